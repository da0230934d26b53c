import Foundation

/// An OGC API Features server (pygeoapi) on loopback, started by `Tests/support/oapif-test-server.sh`: the
/// served layers of the sample GeoPackage reprojected to CRS84, with their fids as feature ids, and its access log.
public struct OAPIFTestServer: Sendable {
    public static let script = Repository.supportScript("oapif-test-server.sh")
    /// The sample layers the server serves as collections.
    public static let servedLayers = ["raumordnung", "landschaftsschutzgebiete", "biotope", "bebauungsplaene"]

    public var directory: String
    /// The service URL, `http://127.0.0.1:PORT`.
    public var url: String
    public var logPath: String

    /// Servers start one at a time: a start installs pygeoapi into the shared virtual environment when it is
    /// not there yet, and two installs at once would spoil it.
    private static let starting = NSLock()

    public static func start() throws -> OAPIFTestServer {
        try TestServerScript.requireSampleData()
        starting.lock()
        defer { starting.unlock() }
        let output = try ProcessRunner.output(ofScript: script, ["start", Repository.sampleData.path] + servedLayers)
        let values = TestServerScript.values(in: output)
        guard let directory = values["OAPIF_DIR"], let url = values["OAPIF_URL"], let log = values["OAPIF_LOG"] else {
            throw TestServerFailure("oapif-test-server.sh start printed no server info:\n\(output)")
        }
        return OAPIFTestServer(directory: directory, url: url, logPath: log)
    }

    /// Stops the server but keeps its folder (a server that went away); `resume()` starts it again on its port.
    public func pause() throws { try ProcessRunner.output(ofScript: Self.script, ["pause", directory]) }
    public func resume() throws { try ProcessRunner.output(ofScript: Self.script, ["resume", directory]) }
    public func stop() { _ = try? ProcessRunner.output(ofScript: Self.script, ["stop", directory]) }

    public func logSize() -> Int { TestServerScript.logSize(logPath) }

    /// The request lines (`GET /path?query`) logged since `offset`.
    public func requests(since offset: Int) -> [String] { TestServerScript.requests(inLog: logPath, since: offset) }
}
