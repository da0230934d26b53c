import Foundation
import Testing

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

    /// The `KEY=VALUE` lines of a script's output (what the test-server scripts print after `start`).
    static func values(in output: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        return values
    }

    /// The size of a server's access log, to read only what later requests add (`requests(inLog:since:)`).
    static func logSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The request lines (`GET /path?query`) an access log holds after `offset` bytes.
    static func requests(inLog path: String, since offset: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(offset))
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            line.firstMatch(of: #/"(GET [^"]*)"/#).map { String($0.output.1) }
        }
    }
}

/// A server a suite starts once around all its tests (`SuiteServerTrait`); the tests find it in the
/// task-local value the trait binds.
protocol SuiteServer: Sendable {
    static func start() throws -> Self
    func stop()
    /// The task-local the tests read (the projection `$current` of a `@TaskLocal static var current`).
    static var currentBinding: TaskLocal<Self?> { get }
}

/// Starts `Server` once around the suite and stops it afterwards. A server that cannot start fails the suite
/// with the script's message.
struct SuiteServerTrait<Server: SuiteServer>: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let server = try Server.start()
        defer { server.stop() }
        try await Server.currentBinding.withValue(server) { try await function() }
    }
}
