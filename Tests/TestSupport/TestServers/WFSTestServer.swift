import Foundation

/// A WFS 2.0 server (MapServer) on loopback, started by `Tests/support/wfs-test-server.sh`: the served layers of
/// the sample GeoPackage, each in its own CRS with EPSG:25832 offered as another CRS, the GeoPackage fids as
/// feature ids, and its access log.
public struct WFSTestServer: Sendable {
    public static let script = Repository.supportScript("wfs-test-server.sh")
    /// The sample layers the server serves as feature types (those of the OGC API Features server).
    public static let servedLayers = OAPIFTestServer.servedLayers

    public var directory: String
    /// The service URL, `http://127.0.0.1:PORT/wfs`.
    public var url: String
    public var logPath: String
    /// The capabilities' `updateSequence` (the served data's modification time).
    public var updated: String

    public static func start() throws -> WFSTestServer {
        try TestServerScript.requireSampleData()
        let output = try ProcessRunner.output(ofScript: script, ["start", Repository.sampleData.path] + servedLayers)
        let values = TestServerScript.values(in: output)
        guard let directory = values["WFS_DIR"], let url = values["WFS_URL"], let log = values["WFS_LOG"],
            let updated = values["WFS_UPDATED"]
        else {
            throw TestServerFailure("wfs-test-server.sh start printed no server info:\n\(output)")
        }
        return WFSTestServer(directory: directory, url: url, logPath: log, updated: updated)
    }

    /// Stops the server but keeps its folder (a server that went away); `resume()` starts it again on its port.
    public func pause() throws { try ProcessRunner.output(ofScript: Self.script, ["pause", directory]) }
    public func resume() throws { try ProcessRunner.output(ofScript: Self.script, ["resume", directory]) }
    public func stop() { _ = try? ProcessRunner.output(ofScript: Self.script, ["stop", directory]) }

    public func logSize() -> Int { TestServerScript.logSize(logPath) }

    /// The request lines (`GET /path?query`) logged since `offset`.
    public func requests(since offset: Int) -> [String] { TestServerScript.requests(inLog: logPath, since: offset) }
}
