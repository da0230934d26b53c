import Foundation
import GeoCore
import ParcelCheckKit
import TestSupport
import Testing

/// Catalog sources in PostgreSQL/PostGIS, against a real PostgreSQL 15 server with PostGIS started for this
/// suite (`PGTestServer`): the sample GeoPackage is loaded into schema `kataster` with its fids and CRS. That the
/// checks give the GeoPackage's reports is `RemoteSourceParityTests`; here: filters on the server, the catalog
/// format, failures that name table and connection but never the password, a server that goes away, views.
///
/// Needs the Debian packages postgresql-15 and postgresql-15-postgis-3 (`make deps` installs them); without
/// them the suite fails, it does not skip.
@Suite(.serialized, .postGISServer) struct PostGISTests {
    static let parcels = RemoteSourceParityTests.parcels

    var server: PGTestServer {
        get throws { try #require(PGTestServer.current, "the PostGIS test server was not started") }
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
        #expect(catalog.parcels.source == "\(connection) layer=kataster.flurstuecke password_env=\(server.passwordVariable)")
        #expect(catalog.parcels.gemarkungen == "\(connection) layer=kataster.gemarkungen password_env=\(server.passwordVariable)")
        let location = VectorSourceLocation(parsing: catalog.parcels.source)
        #expect(location == VectorSourceLocation(connection: connection, layer: "kataster.flurstuecke", passwordEnvironment: server.passwordVariable))

        // YAML anchors and merge keys save repeating the connection; file sources keep `path:layer`.
        let yaml = """
            postgis: &pg
              source: "\(connection)"
              password_env: \(server.passwordVariable)
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
        let anchored = try TestCatalogs.load(yaml)
        #expect(anchored.parcels.source == catalog.parcels.source)
        #expect(anchored.layers[0].source == "\(connection) layer=kataster.biotope password_env=\(server.passwordVariable)")
        #expect(anchored.layers[1].source.hasSuffix("/lueneburg.gpkg:biotope"))
        #expect(anchored.parcels.gemarkungen?.hasSuffix("/lueneburg.gpkg:gemarkungen") == true)

        // A password written into the catalog is refused; password_env only goes with PG: connections.
        let literal = #"parcels: {source: "PG:host=db dbname=gis password='geheim 1'", layer: kataster.flurstuecke}"#
        let error = try #require(throws: CatalogError.self) { try TestCatalogs.load(literal) }
        #expect(error.description.contains("password_env"))
        #expect(!error.description.contains("geheim"))
        #expect(throws: CatalogError.self) { try TestCatalogs.load("parcels: {source: a.gpkg, password_env: X}") }

        // The Gemarkung table as a mapping shares the parcels' file when the parcels name their layer apart.
        let shared = try TestCatalogs.load("parcels: {source: lueneburg.gpkg, layer: flurstuecke, gemarkungen: {layer: gemarkungen}}")
        #expect(shared.parcels.gemarkungen?.hasSuffix("/lueneburg.gpkg:gemarkungen") == true)
        let unclear = try #require(throws: CatalogError.self) {
            try TestCatalogs.load("parcels: {source: lueneburg.gpkg:flurstuecke, gemarkungen: {layer: gemarkungen}}")
        }
        #expect(unclear.description.contains("missing key 'source' at parcels.gemarkungen"))
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
        ReportComparison.expectSame(after, before, parcel: Self.parcels[1])
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
}
