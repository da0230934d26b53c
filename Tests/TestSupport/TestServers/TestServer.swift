import Foundation

/// A failed start of a test server (the script's own failures are `ProcessRunner.Failure`s with its stderr).
public struct TestServerFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

/// What the test-server scripts of `Tests/support` have in common: `start` prints `KEY=VALUE` lines, and the
/// server writes a log that the tests read from an offset on, to see what later requests reached it.
public enum TestServerScript {
    /// The `KEY=VALUE` lines of a script's output (what the test-server scripts print after `start`).
    public static func values(in output: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        return values
    }

    /// Fails unless the sample data the servers serve is there.
    static func requireSampleData() throws {
        guard FileManager.default.fileExists(atPath: Repository.sampleData.path) else {
            throw TestServerFailure("sample-data/lueneburg.gpkg is missing: run make sample-data")
        }
    }

    /// The size of a server's log, to read only what later requests add (`requests(inLog:since:)`).
    public static func logSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The text a log holds after `offset` bytes.
    static func log(_ path: String, since offset: Int) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(offset))
        return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The request lines (`GET /path?query`) an HTTP access log holds after `offset` bytes.
    public static func requests(inLog path: String, since offset: Int) -> [String] {
        log(path, since: offset).split(separator: "\n").compactMap { line in
            line.firstMatch(of: #/"(GET [^"]*)"/#).map { String($0.output.1) }
        }
    }
}
