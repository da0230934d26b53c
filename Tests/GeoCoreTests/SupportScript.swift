import Foundation

/// Runs a helper script under `Tests/support/` and returns its stdout, or throws with its stderr.
/// Output goes through files and stdin is /dev/null (as in the CLI tests), so no pipe can fill up and block.
enum SupportScript {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func run(_ script: URL, _ arguments: [String]) throws -> String {
        let scratch = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let name = script.deletingPathExtension().lastPathComponent
        let out = scratch.appendingPathComponent("\(name)-\(id).out"), err = scratch.appendingPathComponent("\(name)-\(id).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + arguments
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let output = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let errors = String(decoding: try Data(contentsOf: err), as: UTF8.self)
            throw Failure(
                description: "\(script.lastPathComponent) \(arguments.first ?? "") failed (\(process.terminationStatus)): \(errors)")
        }
        return output
    }
}
