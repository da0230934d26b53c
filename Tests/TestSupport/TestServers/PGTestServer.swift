import Foundation

/// A PostgreSQL 15 + PostGIS server with the sample data in schema `kataster`, started by
/// `Tests/support/pg-test-server.sh` (about 3 s): connection details and the statement log.
public struct PGTestServer: Sendable {
    public static let script = Repository.supportScript("pg-test-server.sh")

    public var directory: String
    public var port: Int
    public var database: String
    public var user: String
    public var password: String
    public var logPath: String
    /// A loopback port nothing listens on (the server's port + 1 is not guaranteed free; this is checked).
    public var closedPort: Int
    /// The environment variable holding the password, for catalogs to name in `password_env`. One per server
    /// (the name ends in its port): suites that run at the same time each start their own server.
    public var passwordVariable: String

    /// Starts a server with the sample data loaded and sets `passwordVariable` to its password.
    public static func start() throws -> PGTestServer {
        try TestServerScript.requireSampleData()
        let output = try ProcessRunner.output(ofScript: script, ["start", Repository.sampleData.path])
        let values = TestServerScript.values(in: output)
        guard let directory = values["PGTEST_DIR"], let port = values["PGTEST_PORT"].flatMap({ Int($0) }),
            let database = values["PGTEST_DB"], let user = values["PGTEST_USER"],
            let password = values["PGTEST_PASSWORD"], let log = values["PGTEST_LOG"]
        else { throw TestServerFailure("pg-test-server.sh start printed no connection info:\n\(output)") }
        let variable = "PARCELCHECK_TEST_PG_PASSWORD_\(port)"
        setenv(variable, password, 1)
        return PGTestServer(
            directory: directory, port: port, database: database, user: user, password: password, logPath: log,
            closedPort: LoopbackPort.unused(), passwordVariable: variable)
    }

    /// Stops the server but keeps its data (a server that went away); `resume()` starts it again on its port.
    public func pause() throws { try ProcessRunner.output(ofScript: Self.script, ["pause", directory]) }
    public func resume() throws { try ProcessRunner.output(ofScript: Self.script, ["resume", directory]) }
    public func stop() { _ = try? ProcessRunner.output(ofScript: Self.script, ["stop", directory]) }

    /// The connection string without password; `port` may point elsewhere.
    public func connection(port: Int? = nil) -> String {
        "PG:host=127.0.0.1 port=\(port ?? self.port) dbname=\(database) user=\(user)"
    }

    /// Size of the server log now, to read only what follows.
    public func logSize() -> Int { TestServerScript.logSize(logPath) }

    /// The statements logged since `offset` (`log_statement=all`), one entry per statement.
    public func log(since offset: Int) -> [String] {
        // Continuation lines of a multi-line statement start with a tab.
        var statements: [String] = []
        for line in TestServerScript.log(logPath, since: offset).split(separator: "\n") {
            if line.hasPrefix("\t"), !statements.isEmpty {
                statements[statements.count - 1] += " " + line.dropFirst()
            } else {
                statements.append(String(line))
            }
        }
        return statements
    }
}
