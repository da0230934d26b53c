import Foundation
import GeoCore
import Testing

/// Datasets, their layers, `path:layer` locations and formats by extension.
@Suite struct VectorLayerLocationTests {
    @Test func layersAreListedAndPickedByName() throws {
        let directory = try VectorFixtures.makeDirectory()
        defer { VectorFixtures.cleanUp(directory) }
        let path = try VectorFixtures.writeTwoLayers(in: directory)

        let dataset = try VectorDataset.open(path)
        #expect(dataset.driverName == "GPKG")
        #expect(dataset.layerNames == ["parcels", "roads"])
        #expect(try dataset.layer(named: "roads").featureCount == 1)
        #expect(try dataset.layer(at: 0).name == "parcels")
        #expect(try dataset.layer(named: "roads").geometryType == .lineString)

        let roads = try VectorDataset.openLayer("\(path):roads")
        #expect(roads.name == "roads")
        #expect(try roads.features().first?["ref"] == "B6")

        #expect(throws: GDALError.layerRequired(location: path, available: ["parcels", "roads"])) {
            try VectorDataset.openLayer(path)
        }
    }

    @Test func locationParsingSplitsPathAndLayer() throws {
        let existing: Set<String> = ["/data/a.gpkg", "/data/odd:name.gpkg"]
        let exists = { (path: String) in existing.contains(path) }

        let plain = VectorSourceLocation(parsing: "/data/a.gpkg", exists: exists)
        #expect(plain == VectorSourceLocation(path: "/data/a.gpkg"))

        let withLayer = VectorSourceLocation(parsing: "/data/a.gpkg:parcels", exists: exists)
        #expect(withLayer.source == "/data/a.gpkg")
        #expect(withLayer.layer == "parcels")
        #expect(withLayer.description == "/data/a.gpkg:parcels")

        // An existing file whose name contains ':' is taken whole; a layer after it splits at the last ':'.
        #expect(VectorSourceLocation(parsing: "/data/odd:name.gpkg", exists: exists).layer == nil)
        let odd = VectorSourceLocation(parsing: "/data/odd:name.gpkg:roads", exists: exists)
        #expect(odd.source == "/data/odd:name.gpkg")
        #expect(odd.layer == "roads")

        // Neither the whole nor the left part exists: the whole string is the path.
        let missing = VectorSourceLocation(parsing: "/data/none.gpkg:x", exists: exists)
        #expect(missing == VectorSourceLocation(path: "/data/none.gpkg:x"))

        // Connection strings are never split or checked on disk.
        let connections = [
            "PG:dbname=gis host=db", "WFS:https://example.org/wfs", "OAPIF:https://example.org",
            "https://example.org/a.geojson",
        ]
        for text in connections {
            let location = VectorSourceLocation(parsing: text, exists: exists)
            #expect(location.isConnection)
            #expect(location.source == text)
            #expect(location.layer == nil)
        }
        let pg = VectorSourceLocation(connection: "PG:dbname=gis", layer: "parcels")
        #expect(pg.layer == "parcels")
    }

    @Test func formatIsInferredFromExtension() throws {
        #expect(try VectorFormat(path: "/x/a.gpkg") == .geoPackage)
        #expect(try VectorFormat(path: "a.GeoJSON") == .geoJSON)
        #expect(try VectorFormat(path: "a.json") == .geoJSON)
        #expect(try VectorFormat(path: "dir.v2/a.fgb") == .flatGeobuf)
        #expect(throws: GDALError.unsupportedFormat("a.shp")) { try VectorFormat(path: "a.shp") }
        #expect(throws: GDALError.unsupportedFormat("dir.gpkg/noext")) { try VectorFormat(path: "dir.gpkg/noext") }
    }

    @Test func locationsMaskPasswords() {
        let location = VectorSourceLocation(parsing: "PG:host=db password='se cret' dbname=gis layer=kataster.x")
        #expect(location.source == "PG:host=db password='se cret' dbname=gis")
        #expect(location.layer == "kataster.x")
        #expect(location.description == "PG:host=db password=*** dbname=gis layer=kataster.x")
        #expect(VectorSourceLocation.redacting("PG:postgresql://u:pw@db/gis?password=pw2") == "PG:postgresql://u:***@db/gis?password=***")
        #expect(VectorSourceLocation(parsing: location.text) == location)
    }
}
