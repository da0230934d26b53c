import Foundation

/// Paths in the repository, from this file's location (`Tests/TestSupport/Repository.swift`), so that tests find
/// the sample data and the helper scripts whatever the working directory.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `sample-data/lueneburg.gpkg`, built by `make sample-data`.
    public static let sampleData = root.appendingPathComponent("sample-data/lueneburg.gpkg")

    /// `sample-data/catalog.yaml`, the catalog of the sample data.
    public static let sampleCatalog = root.appendingPathComponent("sample-data/catalog.yaml")

    /// A helper script in `Tests/support/`.
    public static func supportScript(_ name: String) -> URL {
        root.appendingPathComponent("Tests/support/\(name)")
    }
}
