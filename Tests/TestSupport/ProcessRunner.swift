import Foundation

/// Runs an external program to its end and returns its exit status and output: the built command-line tools,
/// GDAL's `ogrinfo` and the test-server scripts of `Tests/support`.
///
/// Standard output and standard error go to temporary files, not pipes, so a program that writes more than a
/// pipe buffer holds cannot block waiting for a reader; standard input is /dev/null, so nothing waits for input.
public enum ProcessRunner {
    /// A finished run.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// A script that exited with a status other than 0 (`output(ofScript:_:)`).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `executable` with `arguments` and waits for it to end.
    /// - Parameters:
    ///   - directory: the working directory; the test process's when nil.
    ///   - changes: environment variables to set (a value) or to remove (nil) in a copy of the test process's
    ///     environment; the program inherits that environment unchanged when empty.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment changes: [String: String?] = [:]
    ) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory
        let id = "\(executable.lastPathComponent)-\(UUID().uuidString)"
        let out = scratch.appendingPathComponent("\(id).stdout")
        let err = scratch.appendingPathComponent("\(id).stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !changes.isEmpty {
            var environment = ProcessInfo.processInfo.environment
            for (name, value) in changes { environment[name] = value }
            process.environment = environment
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs a bash script (a helper of `Tests/support`) and returns its standard output; throws `Failure` with
    /// its standard error when it exits with a status other than 0.
    @discardableResult
    public static func output(ofScript script: URL, _ arguments: [String]) throws -> String {
        let run = try run(URL(fileURLWithPath: "/bin/bash"), [script.path] + arguments)
        guard run.status == 0 else {
            throw Failure(
                description:
                    "\(script.lastPathComponent) \(arguments.first ?? "") failed (\(run.status)): \(run.stderr)")
        }
        return run.stdout
    }
}
