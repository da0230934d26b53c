import TestSupport
import Testing

/// A test server a test starts and stops (the PostgreSQL, pygeoapi and MapServer servers of `TestSupport`).
protocol StartableServer: Sendable {
    static func start() throws -> Self
    func stop()
}

extension StartableServer {
    /// Starts a server, runs `body` with it and stops it afterwards.
    static func withStarted<Result>(_ body: (Self) throws -> Result) throws -> Result {
        let server = try start()
        defer { server.stop() }
        return try body(server)
    }
}

/// A server a suite starts once around all its tests (`SuiteServerTrait`); the tests find it in the task-local
/// value the trait binds.
protocol SuiteServer: StartableServer {
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

extension PGTestServer: SuiteServer {
    @TaskLocal static var current: PGTestServer?
    static var currentBinding: TaskLocal<PGTestServer?> { $current }
}

extension OAPIFTestServer: SuiteServer {
    @TaskLocal static var current: OAPIFTestServer?
    static var currentBinding: TaskLocal<OAPIFTestServer?> { $current }
}

extension WFSTestServer: SuiteServer {
    @TaskLocal static var current: WFSTestServer?
    static var currentBinding: TaskLocal<WFSTestServer?> { $current }
}

extension Trait where Self == SuiteServerTrait<PGTestServer> {
    /// A PostgreSQL 15 + PostGIS server with the sample data, for the suite.
    static var postGISServer: Self { Self() }
}

extension Trait where Self == SuiteServerTrait<OAPIFTestServer> {
    /// A pygeoapi server with four sample layers, for the suite.
    static var oapifServer: Self { Self() }
}

extension Trait where Self == SuiteServerTrait<WFSTestServer> {
    /// A MapServer WFS with four sample layers, for the suite.
    static var wfsServer: Self { Self() }
}
