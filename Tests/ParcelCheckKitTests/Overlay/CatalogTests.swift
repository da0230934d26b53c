import GeoCore
import ParcelCheckKit
import Testing

/// Catalog keys as they become source locations and cache settings.
@Suite struct CatalogTests {
    @Test func catalogKeysForWebServices() throws {
        let yaml = """
            parcels: {source: lueneburg.gpkg:flurstuecke}
            defaults: {timeout_s: 7, page_size: 50, cache: {path: cache.gpkg, max_age_h: 12}}
            layers:
              - {name: a, source: "OAPIF:http://127.0.0.1:5000", layer: biotope}
              - {name: b, source: "OAPIF:http://127.0.0.1:5000", layer: raumordnung, timeout_s: 2, page_size: 10, cache: {path: /tmp/x.gpkg}}
              - {name: c, source: "WFS:http://127.0.0.1:8080/wfs?", layer: "ns:gebiete"}
              - {name: d, source: lueneburg.gpkg:biotope}
            """
        let catalog = try TestCatalogs.load(yaml)
        #expect(catalog.layers[0].source == "OAPIF:http://127.0.0.1:5000 layer=biotope timeout_s=7 page_size=50")
        #expect(catalog.layers[0].cache?.maxAgeHours == 12)
        #expect(catalog.layers[0].cache?.path.hasSuffix("/cache.gpkg") == true)
        #expect(catalog.layers[1].source == "OAPIF:http://127.0.0.1:5000 layer=raumordnung timeout_s=2 page_size=10")
        #expect(catalog.layers[1].cache == .init(path: "/tmp/x.gpkg", maxAgeHours: 24))
        let wfs = VectorSourceLocation(parsing: catalog.layers[2].source)
        #expect(wfs.source == "WFS:http://127.0.0.1:8080/wfs?" && wfs.layer == "ns:gebiete" && wfs.isWebService)
        #expect(catalog.layers[3].cache == nil)
        #expect(throws: CatalogError.self) { try TestCatalogs.load("parcels: {source: a.gpkg}\nlayers: [{name: x, source: b.gpkg, timeout_s: 3}]") }
    }

    /// Passwords in any URL form or connection string are refused (they would be stored in the catalog and
    /// printed), and the refusal itself does not print them (issue 17, item 6).
    @Test func credentialsInSourcesAreRefusedWithoutBeingShown() {
        for (source, hint) in [
            ("OAPIF:https://reader:Sup3rS3cret@127.0.0.1:5/ogcapi", "GDAL_HTTP_USERPWD"),
            ("WFS:http://reader:Sup3rS3cret@127.0.0.1:8080/wfs?", "GDAL_HTTP_USERPWD"),
            ("PG:host=db user=reader password=Sup3rS3cret dbname=gis", "password_env"),
            ("postgresql://reader:Sup3rS3cret@db/gis", "password_env"),
        ] {
            do {
                _ = try TestCatalogs.load("parcels: {source: a.gpkg}\nlayers: [{name: x, source: \"\(source)\"}]")
                Issue.record("\(source) must be refused")
            } catch {
                #expect("\(error)".contains(hint), "\(error)")
                #expect(!"\(error)".contains("Sup3rS3cret"))
            }
        }
    }
}
