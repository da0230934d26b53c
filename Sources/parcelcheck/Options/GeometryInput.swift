import ArgumentParser
import Foundation
import GeoCore

/// Reads `--geometry`: WKT text, or a file holding WKT or GeoJSON (geometry, Feature or FeatureCollection).
enum GeometryInput {
    static func read(_ value: String) throws(ExitCode) -> (Geometry, String?) {
        var text = value
        var isFile = false
        if FileManager.default.fileExists(atPath: value) {
            guard let contents = try? String(contentsOfFile: value, encoding: .utf8) else {
                throw fail("cannot read geometry file \(value)", code: .invalidInput)
            }
            text = contents
            isFile = true
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") {
            do {
                return (try Geometry(geoJSONDocument: trimmed), "EPSG:4326")
            } catch {
                throw fail("cannot read GeoJSON\(isFile ? " in \(value)" : ""): \(error)", code: .invalidInput)
            }
        }
        do { return (try Geometry(wkt: trimmed), nil) } catch {
            throw fail("cannot read --geometry\(isFile ? " file \(value)" : ""): \(error)", code: .invalidInput)
        }
    }
}
