import Foundation
import ParcelCheckKit
import TestSupport

/// Catalogs for the tests: written from YAML text, or the sample catalog.
enum TestCatalogs {
    /// The catalog `yaml` describes (relative paths are taken from the temporary directory it is written to).
    static func load(_ yaml: String) throws(CatalogError) -> Catalog {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "test-catalog-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        do { try yaml.write(to: url, atomically: true, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, message: "\(error)")
        }
        return try Catalog.load(path: url.path)
    }

    /// `sample-data/catalog.yaml`, restricted to `layers` when given.
    static func sample(layers: [String]? = nil) throws -> Catalog {
        var catalog = try Catalog.load(path: Repository.sampleCatalog.path)
        if let layers { catalog.layers = catalog.layers.filter { layers.contains($0.name) } }
        return catalog
    }
}
