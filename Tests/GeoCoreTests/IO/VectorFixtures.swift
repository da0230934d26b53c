import Foundation
import GeoCore

/// Layers and folders for the vector I/O tests; every test writes into its own temporary directory.
enum VectorFixtures {
    /// A fresh directory under the system temporary directory; remove it with `cleanUp`.
    static func makeDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("VectorIO-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    static func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// An axis-aligned square polygon, counter-clockwise, closed.
    static func square(_ x: Double, _ y: Double, size: Double = 10) -> Geometry {
        .polygon(Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size).polygon)
    }

    /// Origin of the test data in EPSG:25832 (somewhere near Hanover); coordinates stay exactly representable.
    static let x0 = 550_000.0
    static let y0 = 5_800_000.0

    /// Three parcels with one column of each type, including a null.
    static let parcels: [Feature] = [
        Feature(
            geometry: square(x0, y0),
            attributes: ["id": 11, "name": "Acker", "area": 100.25, "kind": "a", "surveyed": .date("2024-03-01")]),
        Feature(
            geometry: .polygon(
                Polygon(
                    exterior: [
                        Coordinate(x0 + 20, y0), Coordinate(x0 + 40, y0), Coordinate(x0 + 40, y0 + 20),
                        Coordinate(x0 + 20, y0 + 20), Coordinate(x0 + 20, y0),
                    ],
                    holes: [[
                        Coordinate(x0 + 25, y0 + 5), Coordinate(x0 + 25, y0 + 15), Coordinate(x0 + 35, y0 + 15),
                        Coordinate(x0 + 35, y0 + 5), Coordinate(x0 + 25, y0 + 5),
                    ]])),
            attributes: ["id": 12, "name": "Wiese mit Loch", "area": 300.5, "kind": "b", "surveyed": nil]),
        Feature(
            geometry: square(x0 + 50, y0 + 0.125, size: 7.5),
            attributes: ["id": 13, "name": "Hof", "area": 56.25, "kind": "a", "surveyed": .date("1999-12-31")]),
    ]

    static let parcelSchema = [
        FieldDefinition("id", .integer64), FieldDefinition("name", .string), FieldDefinition("area", .real),
        FieldDefinition("kind", .string), FieldDefinition("surveyed", .date),
    ]

    /// A 10 × 10 grid of 10 m squares; square (i, j) covers x0+10i…x0+10(i+1), y0+10j…y0+10(j+1).
    static let grid: [Feature] = {
        var features: [Feature] = []
        for j in 0..<10 {
            for i in 0..<10 {
                let kind: AttributeValue = i < 5 ? "a" : "b"
                let geometry = square(x0 + Double(10 * i), y0 + Double(10 * j))
                let attributes: KeyValuePairs<String, AttributeValue> = [
                    "i": .integer(Int64(i)), "j": .integer(Int64(j)), "kind": kind,
                ]
                features.append(Feature(geometry: geometry, attributes: attributes))
            }
        }
        return features
    }()

    /// Writes the grid to `grid.<ext>` in `directory` and returns the path.
    static func writeGrid(_ format: VectorFormat, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("grid.\(format.fileExtension)").path
        try writeVectorLayer(grid, to: path, layerName: "grid", crs: .etrs89UTM32)
        return path
    }

    /// Writes a GeoPackage with layers `parcels` and `roads`.
    static func writeTwoLayers(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("two.gpkg").path
        let writer = try VectorWriter(path: path)
        try writer.addLayer("parcels", features: parcels, schema: parcelSchema, crs: .etrs89UTM32)
        try writer.addLayer(
            "roads",
            features: [
                Feature(
                    geometry: .lineString(LineString([Coordinate(x0, y0), Coordinate(x0 + 100, y0 + 50)])),
                    attributes: ["ref": "B6"])
            ],
            crs: .etrs89UTM32)
        try writer.commit()
        return path
    }
}
