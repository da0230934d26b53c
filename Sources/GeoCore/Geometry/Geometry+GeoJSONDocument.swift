import Foundation

extension Geometry {
    /// Reads any GeoJSON document — a geometry, a Feature or a FeatureCollection — as one geometry: a
    /// collection's geometries become a MultiPolygon when all are polygonal, else a GeometryCollection.
    /// - Throws: `GeoJSONError` when the text is none of these, or has no geometry.
    public init(geoJSONDocument text: String) throws(GeoJSONError) {
        let data = Data(text.utf8)
        let decoder = JSONDecoder()
        struct TypeProbe: Decodable { var type: String }
        guard let probe = try? decoder.decode(TypeProbe.self, from: data) else {
            throw GeoJSONError(message: "not a GeoJSON object with a \"type\" member")
        }
        let geometries: [Geometry]
        do {
            switch probe.type {
            case "FeatureCollection":
                geometries = try decoder.decode(GeoJSONFeatureCollection.self, from: data).features.compactMap(\.geometry)
            case "Feature":
                geometries = [try decoder.decode(GeoJSONFeature.self, from: data).geometry].compactMap { $0 }
            default:
                self = try Geometry(geoJSON: data)
                return
            }
        } catch let error as GeoJSONError {
            throw error
        } catch {
            throw GeoJSONError(message: "\(error)")
        }
        guard !geometries.isEmpty else { throw GeoJSONError(message: "the \(probe.type) has no geometry") }
        if geometries.count == 1 { self = geometries[0]; return }
        var polygons: [Polygon] = []
        for g in geometries {
            switch g {
            case .polygon(let p): polygons.append(p)
            case .multiPolygon(let m): polygons += m.polygons
            default:
                self = .geometryCollection(GeometryCollection(geometries))
                return
            }
        }
        self = .multiPolygon(MultiPolygon(polygons))
    }
}
