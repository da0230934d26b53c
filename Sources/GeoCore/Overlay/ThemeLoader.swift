import Foundation

/// A theme layer read for a check: features in the working CRS, repaired where invalid, buffered where the
/// catalog asks, plus the provenance of the source. A `Sendable` value, so one read can feed many tasks.
public struct LoadedTheme: Sendable {
    public var config: Catalog.ThemeLayer
    public var source: SourceInfo
    public var features: [Feature]
    public var notes: [String]
}

/// Reads theme layers and parcels from their sources (GDAL) into the working CRS (PROJ), repairing with
/// GEOS make-valid. One loader per task: it owns a GEOS context and cached PROJ transformers.
public final class ThemeLoader {
    public let workingCRS: CoordinateReferenceSystem
    let context: GeometryContext
    private var transformers: [String: CoordinateTransformer] = [:]
    /// Open datasets by file or connection, so layers of one GeoPackage share one open.
    private var datasets: [String: VectorDataset] = [:]

    public init(workingCRS: CoordinateReferenceSystem, context: GeometryContext = GeometryContext()) {
        self.workingCRS = workingCRS
        self.context = context
    }

    /// The layer a location names (`path`, `path:layer` or a connection), opening each dataset only once.
    ///
    /// A cached database connection is checked first (`VectorDataset.isAlive`) and opened again when the server
    /// dropped it (a restart), so a long-lived loader recovers; a server that is down then fails to open with
    /// a clear `GDALError.openFailed`.
    public func openLayer(_ location: String) throws(GDALError) -> VectorLayer {
        let parsed = VectorSourceLocation(parsing: location)
        let key = parsed.source + (parsed.passwordEnvironment.map { " password_env=\($0)" } ?? "")
        if let cached = datasets[key] {
            if !parsed.isConnection || cached.isAlive { return try cached.layer(named: parsed.layer) }
            datasets[key] = nil
        }
        let dataset = try VectorDataset.open(parsed)
        datasets[key] = dataset
        return try dataset.layer(named: parsed.layer)
    }

    /// The transformer from `crs` to the working CRS (identity when `crs` is `nil` or the same).
    func toWorking(from crs: CoordinateReferenceSystem?) throws(PROJError) -> CoordinateTransformer? {
        guard let crs, crs.definition != workingCRS.definition else { return nil }
        if let cached = transformers[crs.definition] { return cached }
        let t = try CoordinateTransformer(from: crs, to: workingCRS)
        transformers[crs.definition] = t.isIdentity ? nil : t
        return t.isIdentity ? nil : t
    }

    /// Provenance of a layer: location (passwords masked), CRS, feature count and, for files, the
    /// modification time.
    public static func sourceInfo(name: String, location: String, layer: VectorLayer) -> SourceInfo {
        let parsed = VectorSourceLocation(parsing: location)
        var modified: String?
        if !parsed.isConnection, let attributes = try? FileManager.default.attributesOfItem(atPath: parsed.source),
            let date = attributes[.modificationDate] as? Date
        {
            modified = date.formatted(.iso8601)
        }
        return SourceInfo(
            layer: name, path: parsed.isConnection ? VectorSourceLocation.redacting(location) : location,
            crs: layer.crs?.definition,
            featureCount: layer.featureCount, modified: modified, error: nil)
    }

    /// Reads the features of `theme` whose geometry meets `area` (an envelope in the working CRS, grown by
    /// the theme's buffer), or all features when `area` is `nil`.
    ///
    /// Only the features the source's spatial index returns for the envelope are read — a check never loads
    /// a whole layer. Coordinates are transformed to the working CRS; invalid geometries are repaired with
    /// make-valid and a note says so; the catalog buffer is applied last.
    public func load(_ theme: Catalog.ThemeLayer, area: Envelope?) throws -> LoadedTheme {
        let layer = try openLayer(theme.source)
        let source = Self.sourceInfo(name: theme.name, location: theme.source, layer: layer)
        let transformer = try toWorking(from: layer.crs)
        let buffer = theme.bufferM ?? 0
        var filter: Envelope?
        if let area {
            let grown = area.expanded(by: buffer + 0.01)
            filter = try transformer?.inverseTransform(grown) ?? grown
        }
        var notes: [String] = []
        if layer.dataset.driverName == "PostgreSQL", layer.fidColumn.isEmpty {
            // GDAL takes ids from the primary key, or from a column `ogc_fid` (config PGSQL_OGR_FID); a view has
            // no primary key, so without that column its features are numbered in read order.
            notes.append(
                "\(theme.name): \(layer.name) has no primary key or ogc_fid column (a view?); "
                    + "its feature ids are read-order numbers, not stable ids")
        }
        var features: [Feature] = []
        for var feature in try layer.features(bbox: filter) {
            guard var geometry = feature.geometry, !geometry.isEmpty else { continue }
            if let transformer { geometry = try transformer.transform(geometry) }
            var handle = try context.handle(geometry)
            if try !handle.isValid() {
                let reason = try handle.validityReason()
                handle = try handle.makeValid()
                notes.append("\(theme.name) feature \(feature.fid) was invalid (\(reason)); repaired with make-valid")
            }
            if buffer > 0 { handle = try handle.buffer(buffer, quadrantSegments: 8) }
            if buffer > 0 || notes.last?.hasPrefix("\(theme.name) feature \(feature.fid) ") == true {
                geometry = try handle.geometry()
            }
            feature.geometry = geometry
            features.append(feature)
        }
        return LoadedTheme(config: theme, source: source, features: features, notes: notes)
    }
}
