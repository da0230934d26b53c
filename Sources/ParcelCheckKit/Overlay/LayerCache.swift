import Foundation
import GeoCore
import Synchronization

/// A local copy of web-service layers (OAPIF, WFS) in one GeoPackage, so repeated checks are fast and work
/// offline.
///
/// Each catalog layer is a GeoPackage layer of the same name holding the whole collection as fetched (fids and
/// the service's CRS kept); the attribute table `parcelcheck_cache` records per layer the source location (URL
/// and collection), the fetch time and the feature count. A store rewrites the file atomically
/// (`VectorWriter`: temporary file + rename) with the other layers copied over, under a lock (in this process
/// a mutex, across processes `flock` on `<path>.lock`), so readers always see a complete file.
public struct LayerCache: Sendable {
    /// The catalog's `cache: {path: cache.gpkg, max_age_h: 24}`.
    public struct Policy: Sendable, Codable, Equatable {
        /// The GeoPackage (relative paths are resolved against the catalog's folder).
        public var path: String
        /// How long a copy counts as fresh, hours. Default 24; 0 fetches on every check.
        public var maxAgeHours: Double

        public init(path: String, maxAgeHours: Double = 24) {
            self.path = path
            self.maxAgeHours = maxAgeHours
        }

        enum CodingKeys: String, CodingKey {
            case path, maxAgeHours = "max_age_h"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            path = try c.decode(String.self, forKey: .path)
            maxAgeHours = try c.decodeIfPresent(Double.self, forKey: .maxAgeHours) ?? 24
            guard maxAgeHours >= 0 else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath + [CodingKeys.maxAgeHours], debugDescription: "max_age_h must not be negative"))
            }
        }
    }

    /// What the metadata table says about one cached layer.
    public struct Entry: Sendable, Equatable {
        public var layer: String
        /// The location the copy was fetched from (`VectorSourceLocation.text` without timeout and page size).
        public var source: String
        public var fetchedAt: Date
        public var featureCount: Int
    }

    static let metadataTable = "parcelcheck_cache"
    /// Serialises rewrites of cache files within this process.
    private static let writeLock = Mutex(())

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The identity of a source for the cache: URL and collection, without timeout or page size.
    public static func sourceKey(_ location: VectorSourceLocation) -> String {
        var parsed = location
        parsed.timeoutSeconds = nil
        parsed.pageSize = nil
        return VectorSourceLocation.redacting(parsed.text)
    }

    /// The entry for `layer`, or `nil` when the file, the layer or its metadata are missing or unreadable.
    public func entry(for layer: String) -> Entry? {
        guard FileManager.default.fileExists(atPath: path),
            let dataset = try? VectorDataset.open(VectorSourceLocation(path: path)),
            dataset.layerNames.contains(layer),
            let table = try? dataset.layer(named: Self.metadataTable),
            let row = try? table.features(where: "layer = \(VectorLayer.sqlLiteral(layer))").last,
            let source = row["source"]?.stringValue, let fetched = row["fetched_at"]?.stringValue,
            let fetchedAt = try? Date(fetched, strategy: .iso8601),
            let count = row["feature_count"]?.integerValue
        else { return nil }
        return Entry(layer: layer, source: source, fetchedAt: fetchedAt, featureCount: Int(count))
    }

    /// The cached layer, opened afresh (a store replaces the file, so an open dataset would show the old copy).
    public func openLayer(_ layer: String) throws(GDALError) -> VectorLayer {
        try VectorDataset.open(VectorSourceLocation(path: path)).layer(named: layer)
    }

    /// Replaces the copy of `layer` with `features` (read from `source`) and records the fetch.
    /// - Throws: `GDALError.writeFailed` when the file cannot be written; the previous file is left as it was.
    public func store(
        layer: String, source: String, features: [Feature], fields: [FieldDefinition], crs: CoordinateReferenceSystem?,
        geometryType: VectorGeometryType, fetchedAt: Date
    ) throws(GDALError) {
        let lock = FileLock(path: path + ".lock")
        defer { lock.release() }
        let result: Result<Void, GDALError> = Self.writeLock.withLock { _ in
            do throws(GDALError) {
                try rewrite(
                    layer: layer, source: source, features: features, fields: fields, crs: crs, geometryType: geometryType,
                    fetchedAt: fetchedAt)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    private func rewrite(
        layer: String, source: String, features: [Feature], fields: [FieldDefinition], crs: CoordinateReferenceSystem?,
        geometryType: VectorGeometryType, fetchedAt: Date
    ) throws(GDALError) {
        var metadata: [Feature] = []
        let writer = try VectorWriter(path: path, format: .geoPackage)
        // The other layers and their metadata rows, as they are.
        if FileManager.default.fileExists(atPath: path), let old = try? VectorDataset.open(VectorSourceLocation(path: path)) {
            for name in old.layerNames where name != layer && name != Self.metadataTable {
                let copy = try old.layer(named: name)
                try writer.addLayer(
                    name, features: copy.features(), schema: copy.fields, crs: copy.crs, geometryType: copy.geometryType,
                    preservingFIDs: true)
            }
            if let table = try? old.layer(named: Self.metadataTable) {
                metadata = try table.features().filter { $0["layer"]?.stringValue != layer && old.layerNames.contains($0["layer"]?.stringValue ?? "") }
            }
        }
        try writer.addLayer(layer, features: features, schema: fields, crs: crs, geometryType: geometryType, preservingFIDs: true)
        metadata.append(
            Feature(
                geometry: nil,
                orderedAttributes: [
                    ("layer", .string(layer)), ("source", .string(source)), ("fetched_at", .string(fetchedAt.formatted(.iso8601))),
                    ("feature_count", .integer(Int64(features.count))),
                ]))
        try writer.addLayer(
            Self.metadataTable, features: metadata,
            schema: [.init("layer", .string), .init("source", .string), .init("fetched_at", .string), .init("feature_count", .integer64)],
            crs: nil, geometryType: .noGeometry)
        try writer.commit()
    }
}

/// An exclusive advisory lock (`flock`) on a lock file, held until `release()`; a no-op when the file cannot be
/// opened (the in-process mutex still applies).
private struct FileLock {
    let descriptor: Int32

    init(path: String) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        if descriptor >= 0 { _ = flock(descriptor, LOCK_EX) }
    }

    func release() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
