import Foundation
import Testing
@testable import GeoCore
@testable import ParcelCheckKit

/// Catalog sources in PostgreSQL/PostGIS, against a real PostgreSQL 15 server with PostGIS started for this
/// suite (`Tests/support/pg-test-server.sh`, about 3 s): the sample GeoPackage is loaded into schema `kataster`
/// with its fids and CRS, and the same checks must give the same reports as from the GeoPackage.
///
/// Needs the Debian packages postgresql-15 and postgresql-15-postgis-3 (`make deps` installs them); without
/// them the suite fails, it does not skip.
@Suite(.serialized, .postGISServer) struct PostGISTests {
    /// The environment variable the test catalogs name in `password_env`.
    static let passwordVariable = "PARCELCHECK_TEST_PG_PASSWORD"

    /// Parcels to compare: the README's example, partial overlaps with the layer stored in EPSG:31467
    /// (Landschaftsschutzgebiet) and the one in EPSG:4326 (Raumordnung), a biotope next to a buffered water
    /// body, and a development plan in a water protection zone.
    static let parcels = [
        "Lüneburg 12 45/3", "03272600300031______", "032722010000150008__", "032722003000080007__",
        "032735004000260001__",
    ]

    var server: PGTestServer {
        get throws { try #require(PGTestServer.current, "the PostGIS test server was not started") }
    }

    // MARK: Same answers as the GeoPackage

    @Test func reportsMatchTheGeoPackage() throws {
        let server = try server
        let fromFile = try ParcelChecker(catalog: Catalog.load(path: PGTestServer.sampleCatalog.path))
        let fromPG = try ParcelChecker(catalog: server.catalog())
        var affected = Set<String>()
        for parcel in Self.parcels {
            let expected = try fromFile.check(parcel: parcel).report
            let actual = try fromPG.check(parcel: parcel).report
            Self.expectSame(actual, expected, parcel: parcel)
            affected.formUnion(expected.layers.filter { $0.affected == true }.map(\.layer))

            let json = try #require(String(data: try actual.jsonData(), encoding: .utf8))
            #expect(!json.contains(server.password), "the password must not appear in the report")
            for source in actual.sources {
                #expect(source.path.hasPrefix("PG:host=127.0.0.1 port=\(server.port) "), "\(source.path)")
                #expect(source.path.contains("password_env=\(Self.passwordVariable)"))
                #expect(source.modified == nil)
            }
        }
        // The parcels above must keep exercising the reprojected layers (and a few others), or this test proves little.
        for layer in ["landschaftsschutzgebiete", "raumordnung", "biotope", "gewaesser", "bebauungsplaene"] {
            #expect(affected.contains(layer), "no test parcel is affected by \(layer) any more: pick others")
        }
    }

    /// Layers, features, areas (to 1e-6 m²), notes, and the sources' CRS and feature counts agree.
    static func expectSame(_ actual: CheckReport, _ expected: CheckReport, parcel: String) {
        #expect(actual.parcel.id == expected.parcel.id, "\(parcel)")
        #expect(actual.parcel.label == expected.parcel.label, "\(parcel)")
        #expect(abs(actual.parcel.areaM2 - expected.parcel.areaM2) <= 1e-6, "\(parcel)")
        #expect(actual.parcel.officialAreaM2 == expected.parcel.officialAreaM2, "\(parcel)")
        #expect(actual.parcel.attributes == expected.parcel.attributes, "\(parcel)")
        #expect(actual.notes == expected.notes, "\(parcel)")
        #expect(actual.layers.map(\.layer) == expected.layers.map(\.layer), "\(parcel)")
        for (a, e) in zip(actual.layers, expected.layers) {
            let what = "\(parcel) / \(e.layer)"
            #expect(a.status == .ok, "\(what): \(a.error ?? "")")
            #expect(a.affected == e.affected, "\(what)")
            #expect(a.contact == e.contact, "\(what)")
            #expect(abs((a.overlapAreaM2 ?? .nan) - (e.overlapAreaM2 ?? .nan)) <= 1e-6, "\(what): \(a.overlapAreaM2 ?? -1) vs \(e.overlapAreaM2 ?? -1)")
            #expect(a.features.map(\.fid) == e.features.map(\.fid), "\(what)")
            #expect(a.features.map(\.label) == e.features.map(\.label), "\(what)")
            #expect(a.features.map(\.contact) == e.features.map(\.contact), "\(what)")
            for (fa, fe) in zip(a.features, e.features) {
                #expect(abs(fa.overlapAreaM2 - fe.overlapAreaM2) <= 1e-6, "\(what) feature \(fe.fid)")
                #expect(fa.attributes == fe.attributes, "\(what) feature \(fe.fid)")
            }
        }
        #expect(actual.sources.map(\.layer) == expected.sources.map(\.layer), "\(parcel)")
        for (a, e) in zip(actual.sources, expected.sources) {
            #expect(a.crs == e.crs, "\(parcel) / source \(e.layer)")
            #expect(a.featureCount == e.featureCount, "\(parcel) / source \(e.layer)")
        }
    }

    // MARK: Filters run on the server

    @Test func spatialAndAttributeFiltersArePushedToTheServer() throws {
        let server = try server
        let checker = try ParcelChecker(catalog: server.catalog())
        let kennzeichen = "03272600300031______"
        let logStart = server.logSize()
        let outcome = try checker.check(parcel: kennzeichen)
        let statements = server.log(since: logStart)

        // The parcel is looked up with the attribute filter in the SQL, not by reading the table.
        #expect(statements.contains { $0.contains(#"FROM "kataster"."flurstuecke""#) && $0.contains("flurstueckskennzeichen = '\(kennzeichen)'") })

        // Each layer is read with the parcel's envelope in the layer's own CRS as an index (`&&`) condition.
        let envelope = try #require(outcome.subject.envelope).expanded(by: 0.01)
        for (table, crs) in [("wasserschutzgebiete", "EPSG:25832"), ("landschaftsschutzgebiete", "EPSG:31467"), ("raumordnung_v", "EPSG:4326")] {
            let query = try #require(
                statements.first { $0.contains(#"FROM "kataster"."\#(table)""#) && $0.contains("&&") },
                "no query with a bbox condition on kataster.\(table) in the server log")
            let box = try #require(Self.box(in: query), "no BOX3D/ST_MakeEnvelope in: \(query)")
            let toWorking = try CoordinateTransformer(from: CoordinateReferenceSystem(crs), to: .etrs89UTM32)
            let expected = try toWorking.inverseTransform(envelope)
            let tolerance = crs == "EPSG:4326" ? 1e-9 : 1e-6
            #expect(abs(box.minX - expected.minX) <= tolerance && abs(box.maxX - expected.maxX) <= tolerance, "\(table): \(query)")
            #expect(abs(box.minY - expected.minY) <= tolerance && abs(box.maxY - expected.maxY) <= tolerance, "\(table): \(query)")
        }
        #expect(!statements.contains { $0.contains(server.password) })
    }

    /// The rectangle of `geom && ST_SetSRID('BOX3D(x1 y1, x2 y2)'::box3d, srid)` (GDAL 3.6) or
    /// `geom && ST_MakeEnvelope(x1, y1, x2, y2, srid)` (later GDAL).
    static func box(in query: String) -> Envelope? {
        let pattern = #/(?:BOX3D\(|ST_MakeEnvelope\()\s*([-0-9.eE+]+)[ ,]+([-0-9.eE+]+)[ ,]+([-0-9.eE+]+)[ ,]+([-0-9.eE+]+)/#
        guard let match = query.firstMatch(of: pattern),
            let x1 = Double(match.output.1), let y1 = Double(match.output.2),
            let x2 = Double(match.output.3), let y2 = Double(match.output.4)
        else { return nil }
        return Envelope(minX: x1, minY: y1, maxX: x2, maxY: y2)
    }

    // MARK: Catalog format

    @Test func catalogFoldsLayerAndPasswordVariableIntoTheLocation() throws {
        let server = try server
        let catalog = try server.catalog()
        let connection = "PG:host=127.0.0.1 port=\(server.port) dbname=\(server.database) user=\(server.user)"
        #expect(catalog.parcels.source == "\(connection) layer=kataster.flurstuecke password_env=\(Self.passwordVariable)")
        #expect(catalog.parcels.gemarkungen == "\(connection) layer=kataster.gemarkungen password_env=\(Self.passwordVariable)")
        let location = VectorSourceLocation(parsing: catalog.parcels.source)
        #expect(location == VectorSourceLocation(connection: connection, layer: "kataster.flurstuecke", passwordEnvironment: Self.passwordVariable))

        // YAML anchors and merge keys save repeating the connection; file sources keep `path:layer`.
        let yaml = """
            postgis: &pg
              source: "\(connection)"
              password_env: \(Self.passwordVariable)
            parcels:
              <<: *pg
              layer: kataster.flurstuecke
              gemarkungen: lueneburg.gpkg:gemarkungen
            layers:
              - name: biotope
                <<: *pg
                layer: kataster.biotope
              - name: file
                source: lueneburg.gpkg
                layer: biotope
            """
        let anchored = try Self.load(yaml)
        #expect(anchored.parcels.source == catalog.parcels.source)
        #expect(anchored.layers[0].source == "\(connection) layer=kataster.biotope password_env=\(Self.passwordVariable)")
        #expect(anchored.layers[1].source.hasSuffix("/lueneburg.gpkg:biotope"))
        #expect(anchored.parcels.gemarkungen?.hasSuffix("/lueneburg.gpkg:gemarkungen") == true)

        // A password written into the catalog is refused; password_env only goes with PG: connections.
        let literal = #"parcels: {source: "PG:host=db dbname=gis password='geheim 1'", layer: kataster.flurstuecke}"#
        let error = try #require(throws: CatalogError.self) { try Self.load(literal) }
        #expect(error.description.contains("password_env"))
        #expect(!error.description.contains("geheim"))
        #expect(throws: CatalogError.self) { try Self.load("parcels: {source: a.gpkg, password_env: X}") }

        // The Gemarkung table as a mapping shares the parcels' file when the parcels name their layer apart.
        let shared = try Self.load("parcels: {source: lueneburg.gpkg, layer: flurstuecke, gemarkungen: {layer: gemarkungen}}")
        #expect(shared.parcels.gemarkungen?.hasSuffix("/lueneburg.gpkg:gemarkungen") == true)
        let unclear = try #require(throws: CatalogError.self) {
            try Self.load("parcels: {source: lueneburg.gpkg:flurstuecke, gemarkungen: {layer: gemarkungen}}")
        }
        #expect(unclear.description.contains("missing key 'source' at parcels.gemarkungen"))
    }

    @Test func locationsMaskPasswords() {
        let location = VectorSourceLocation(parsing: "PG:host=db password='se cret' dbname=gis layer=kataster.x")
        #expect(location.source == "PG:host=db password='se cret' dbname=gis")
        #expect(location.layer == "kataster.x")
        #expect(location.description == "PG:host=db password=*** dbname=gis layer=kataster.x")
        #expect(VectorSourceLocation.redacting("PG:postgresql://u:pw@db/gis?password=pw2") == "PG:postgresql://u:***@db/gis?password=***")
        #expect(VectorSourceLocation(parsing: location.text) == location)
    }

    // MARK: Failures name the table and the connection, never the password

    @Test func missingTableIsUnavailableAndNamed() throws {
        let server = try server
        var catalog = try server.catalog()
        catalog.layers.append(
            Catalog.ThemeLayer(name: "fehlt", source: try server.location(table: "kataster.gibt_es_nicht")))
        let report = try ParcelChecker(catalog: catalog).check(parcel: Self.parcels[0]).report
        let missing = try #require(report.layers.first { $0.layer == "fehlt" })
        #expect(missing.status == .unavailable)
        #expect(missing.affected == nil)
        let message = try #require(missing.error)
        #expect(message.contains("kataster.gibt_es_nicht"))
        #expect(message.contains("port=\(server.port)"))
        #expect(!message.contains(server.password))
        #expect(report.layers.filter { $0.status == .ok }.count == catalog.layers.count - 1)

        // A parcel table that is not there: the check cannot run at all.
        catalog.parcels.source = try server.location(table: "kataster.flurstuecke_alt")
        let error = try #require(throws: CheckError.self) { try ParcelChecker(catalog: catalog).check(parcel: Self.parcels[0]) }
        guard case .unreadableSource = error else {
            Issue.record("expected unreadableSource, got \(error)")
            return
        }
        #expect(error.description.contains("no layer 'kataster.flurstuecke_alt'"))
        #expect(!error.description.contains(server.password))
    }

    @Test func unsetPasswordVariableWrongPasswordAndWrongPort() throws {
        let server = try server
        // password_env names a variable that is not set.
        let unset = "PARCELCHECK_TEST_PG_UNSET_\(UUID().uuidString.prefix(8))"
        let noVariable = try VectorSourceLocation(parsing: server.location(table: "kataster.biotope", passwordVariable: unset))
        let error = try #require(throws: GDALError.self) { try VectorDataset.open(noVariable) }
        #expect(error.description.contains("environment variable \(unset) named by password_env is not set"))

        // A wrong password: libpq's message, without the password tried.
        let wrongVariable = "PARCELCHECK_TEST_PG_WRONG"
        setenv(wrongVariable, "falsches-passwort", 1)
        defer { unsetenv(wrongVariable) }
        let wrong = try VectorSourceLocation(parsing: server.location(table: "kataster.biotope", passwordVariable: wrongVariable))
        let denied = try #require(throws: GDALError.self) { try VectorDataset.open(wrong) }
        #expect(denied.description.contains("password authentication failed"))
        #expect(!denied.description.contains("falsches-passwort"))

        // Nothing listens on the port: every layer unavailable, the parcel source unreadable.
        var catalog = try server.catalog(port: server.closedPort)
        let report = try ParcelChecker(catalog: catalog).check(
            geometry: .polygon(Envelope(minX: 593_900, minY: 5_900_500, maxX: 594_000, maxY: 5_900_600).polygon),
            crs: .etrs89UTM32
        ).report
        #expect(report.layers.allSatisfy { $0.status == .unavailable && $0.affected == nil })
        for layer in report.layers {
            #expect(layer.error?.contains("port=\(server.closedPort)") == true, "\(layer.error ?? "")")
            #expect(layer.error?.contains("layer=kataster.") == true, "\(layer.error ?? "")")
        }
        catalog.parcels.gemarkungen = nil
        let unreachable = try #require(throws: CheckError.self) { try ParcelChecker(catalog: catalog).check(parcel: "032718012000450003__") }
        #expect(unreachable.isUnreadableSource)
        #expect(unreachable.description.contains("kataster.flurstuecke"))
        #expect(!unreachable.description.contains(server.password))
    }

    @Test func serverStoppedMidSessionThenBack() throws {
        let server = try server
        let checker = try ParcelChecker(catalog: server.catalog())
        let before = try checker.check(parcel: Self.parcels[1]).report
        #expect(before.isComplete)

        try server.pause()
        var resumed = false
        defer { if !resumed { try? server.resume() } }
        // The parcel lookup runs on the checker's open connection, which the server dropped.
        let error = try #require(throws: CheckError.self) { try checker.check(parcel: Self.parcels[1]) }
        guard case .unreadableSource(let location, _) = error else {
            Issue.record("expected unreadableSource, got \(error)")
            return
        }
        #expect(location.contains("layer=kataster.flurstuecke"))
        #expect(error.description.contains("port=\(server.port)"))
        #expect(!error.description.contains(server.password))
        // Layers read afresh: unavailable, never "not affected".
        let subject = Geometry.polygon(Envelope(minX: 593_900, minY: 5_900_500, maxX: 594_000, maxY: 5_900_600).polygon)
        let down = try checker.check(geometry: subject, crs: .etrs89UTM32).report
        #expect(down.layers.allSatisfy { $0.status == .unavailable && $0.affected == nil })
        #expect(down.layers.allSatisfy { $0.error?.contains(server.password) == false })

        // Back again: the same checker reconnects.
        try server.resume()
        resumed = true
        let after = try checker.check(parcel: Self.parcels[1]).report
        Self.expectSame(after, before, parcel: Self.parcels[1])
    }

    // MARK: Views

    @Test func viewsNeedAnIdColumnForStableFids() throws {
        let server = try server
        let loader = ThemeLoader(workingCRS: .etrs89UTM32)
        let area = Envelope(minX: 585_000, minY: 5_890_000, maxX: 600_000, maxY: 5_910_000)
        let table = try loader.load(.init(name: "t", source: server.location(table: "kataster.raumordnung")), area: area)
        let view = try loader.load(.init(name: "v", source: server.location(table: "kataster.raumordnung_v")), area: area)
        let bare = try loader.load(.init(name: "b", source: server.location(table: "kataster.raumordnung_ohne_id")), area: area)
        #expect(!table.features.isEmpty)
        #expect(view.features.map(\.fid) == table.features.map(\.fid))
        #expect(table.notes.isEmpty && view.notes.isEmpty)
        #expect(bare.notes.contains { $0.contains("read-order numbers") })
    }

    static func load(_ yaml: String) throws(CatalogError) -> Catalog {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pg-catalog-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        do { try yaml.write(to: url, atomically: true, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, message: "\(error)")
        }
        return try Catalog.load(path: url.path)
    }
}

// MARK: - The test server

/// The server `Tests/support/pg-test-server.sh` started: connection details and the statement log.
struct PGTestServer: Sendable {
    @TaskLocal static var current: PGTestServer?

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = repository.appendingPathComponent("Tests/support/pg-test-server.sh")
    static let sampleData = repository.appendingPathComponent("sample-data/lueneburg.gpkg")
    static let sampleCatalog = repository.appendingPathComponent("sample-data/catalog.yaml")

    var directory: String
    var port: Int
    var database: String
    var user: String
    var password: String
    var logPath: String
    /// A loopback port nothing listens on (the server's port + 1 is not guaranteed free; this is checked).
    var closedPort: Int

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts a server with the sample data loaded; sets `PostGISTests.passwordVariable` to its password.
    static func start() throws -> PGTestServer {
        guard FileManager.default.fileExists(atPath: sampleData.path) else {
            throw Failure(description: "sample-data/lueneburg.gpkg is missing: run make sample-data")
        }
        let output = try run(["start", sampleData.path])
        var values: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let directory = values["PGTEST_DIR"], let port = values["PGTEST_PORT"].flatMap({ Int($0) }),
            let database = values["PGTEST_DB"], let user = values["PGTEST_USER"],
            let password = values["PGTEST_PASSWORD"], let log = values["PGTEST_LOG"]
        else { throw Failure(description: "pg-test-server.sh start printed no connection info:\n\(output)") }
        setenv(PostGISTests.passwordVariable, password, 1)
        return PGTestServer(
            directory: directory, port: port, database: database, user: user, password: password, logPath: log,
            closedPort: Self.unusedPort())
    }

    func pause() throws { _ = try Self.run(["pause", directory]) }
    func resume() throws { _ = try Self.run(["resume", directory]) }
    func stop() { _ = try? Self.run(["stop", directory]) }

    /// The connection string without password; `port` may point elsewhere.
    func connection(port: Int? = nil) -> String {
        "PG:host=127.0.0.1 port=\(port ?? self.port) dbname=\(database) user=\(user)"
    }

    /// A catalog location for one table or view.
    func location(table: String, passwordVariable: String = PostGISTests.passwordVariable) throws -> String {
        VectorSourceLocation(connection: connection(), layer: table, passwordEnvironment: passwordVariable).text
    }

    /// `sample-data/catalog.yaml` with every `source: lueneburg.gpkg:NAME` turned into the PG connection,
    /// `layer: kataster.NAME` and `password_env` (Raumordnung read through the view `raumordnung_v`), and the
    /// Gemarkung table as `{layer: kataster.gemarkungen}` (connection and password from the parcels).
    func catalog(port: Int? = nil) throws -> Catalog {
        var lines: [String] = []
        let text = try String(contentsOf: Self.sampleCatalog, encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let match = line.firstMatch(of: #/^(\s*)source: lueneburg\.gpkg:(\w+)/#) {
                let indent = String(match.output.1)
                let table = match.output.2 == "raumordnung" ? "raumordnung_v" : String(match.output.2)
                lines.append("\(indent)source: \"\(connection(port: port))\"")
                lines.append("\(indent)layer: kataster.\(table)")
                lines.append("\(indent)password_env: \(PostGISTests.passwordVariable)")
            } else if let match = line.firstMatch(of: #/^(\s*)gemarkungen: lueneburg\.gpkg:gemarkungen/#) {
                lines.append("\(match.output.1)gemarkungen: {layer: kataster.gemarkungen}")
            } else {
                lines.append(line)
            }
        }
        let yaml = lines.joined(separator: "\n")
        guard !yaml.contains("lueneburg.gpkg") else { throw Failure(description: "catalog still names the GeoPackage:\n\(yaml)") }
        return try PostGISTests.load(yaml)
    }

    /// Size of the server log now, to read only what follows.
    func logSize() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: logPath))?[.size] as? Int) ?? 0
    }

    /// The statements logged since `offset` (`log_statement=all`), one entry per statement.
    func log(since offset: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: logPath) else { return [] }
        defer { try? handle.close() }
        try? handle.seek(toOffset: UInt64(offset))
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        // Continuation lines of a multi-line statement start with a tab.
        var statements: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("\t"), !statements.isEmpty {
                statements[statements.count - 1] += " " + line.dropFirst()
            } else {
                statements.append(String(line))
            }
        }
        return statements
    }

    /// Runs the helper script (see `SupportScript`).
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        try SupportScript.run(script, arguments)
    }

    /// A loopback TCP port that refuses connections: bound and released again.
    static func unusedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let port = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw -> Int in
                guard bind(fd, raw, length) == 0, getsockname(fd, raw, &length) == 0 else { return 1 }
                return Int(UInt16(bigEndian: pointer.pointee.sin_port))
            }
        }
        return port
    }
}

extension PGTestServer: SuiteServer {
    static var currentBinding: TaskLocal<PGTestServer?> { $current }
}

extension Trait where Self == SuiteServerTrait<PGTestServer> {
    /// A PostgreSQL 15 + PostGIS server with the sample data, for the suite.
    static var postGISServer: Self { Self() }
}
