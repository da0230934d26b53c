import Foundation
import GeoCore
import Support

/// A theme layer read for a check: features in the working CRS, repaired where invalid, buffered where the
/// catalog asks, plus the provenance of the source. A `Sendable` value, so one read can feed many tasks.
public struct LoadedTheme: Sendable {
    public var config: Catalog.ThemeLayer
    public var source: SourceInfo
    public var features: [Feature]
    public var notes: [String]
    /// Features whose geometry was invalid and was repaired with make-valid (each also has a note).
    public var repairedFIDs: Set<Int64> = []
    /// The source's field for each field name the catalog gives (`label_field`, `attributes`) where the two
    /// differ only in case (`VectorLayer.fieldName(matching:)`).
    public var sourceFields: [String: String] = [:]
    /// Set when the layer is a development-plan layer (`PlanLayerFields`): the check then reports per plan.
    public var planFields: PlanLayerFields?

    /// The value of the catalog's field `name` in `feature`, whatever the case of the source's field name.
    public func value(_ name: String, of feature: Feature) -> AttributeValue? {
        feature[sourceFields[name] ?? name]
    }

    /// The feature's label (`label_field`), if the catalog names one and the feature has it.
    public func label(of feature: Feature) -> String? {
        config.labelField.flatMap { value($0, of: feature)?.stringValue }
    }
}

/// A theme layer as read by one loader for measuring: the `LoadedTheme` and, parallel to its features, their
/// GEOS handles in the loader's context — made once when the feature is read and used from the repair to the
/// overlay. Not `Sendable`: the handles stay in the loader's task.
struct ThemeReading {
    var theme: LoadedTheme
    var handles: [GeometryHandle]
}

/// Reads theme layers and parcels from their sources (GDAL) into the working CRS (PROJ), repairing with
/// GEOS make-valid. One loader per task: it owns a GEOS context, a PROJ context and the transformers made in it.
public final class ThemeLoader {
    public let workingCRS: CoordinateReferenceSystem
    let context: GeometryContext
    /// One PROJ context for all of this loader's transformers, so `proj.db` is opened once per task.
    private let projContext = PROJContext()
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
    ///
    /// A WFS feature type that is not delivered in the working CRS but offers it is asked for in the working CRS
    /// (`VectorLayer.wfsLocation(requesting:)`), so the server transforms its own data once.
    public func openLayer(_ location: VectorSourceLocation) throws(GDALError) -> VectorLayer {
        let layer = try openDatasetLayer(location)
        guard location.isWebService, let negotiated = layer.wfsLocation(requesting: workingCRS) else { return layer }
        return try openDatasetLayer(negotiated)
    }

    /// `openLayer(_:)` for a location written as text (`VectorSourceLocation(parsing:)`).
    public func openLayer(_ location: String) throws(GDALError) -> VectorLayer {
        try openLayer(VectorSourceLocation(parsing: location))
    }

    private func openDatasetLayer(_ parsed: VectorSourceLocation) throws(GDALError) -> VectorLayer {
        let key = Self.datasetKey(parsed)
        if let cached = datasets[key] {
            if !parsed.isConnection || cached.isAlive { return try cached.layer(named: parsed.layer) }
            datasets[key] = nil
        }
        let dataset = try VectorDataset.open(parsed)
        datasets[key] = dataset
        return try dataset.layer(named: parsed.layer)
    }

    /// Which open dataset serves a location: the source, plus what changes how it is opened.
    static func datasetKey(_ parsed: VectorSourceLocation) -> String {
        var key = parsed.source + (parsed.passwordEnvironment.map { " password_env=\($0)" } ?? "")
        if parsed.isWebService {
            key += " timeout_s=\(parsed.timeoutSeconds ?? -1) page_size=\(parsed.pageSize ?? -1)"
        }
        return key
    }

    /// Checks that PROJ accepts `crs` (as `CoordinateReferenceSystem.validated()`), in this loader's PROJ context.
    func validate(_ crs: CoordinateReferenceSystem) throws(PROJError) {
        try projContext.validate(crs)
    }

    /// The transformer from the working CRS to longitude/latitude (EPSG:4326), made once in this loader's PROJ
    /// context (for the area-of-use check of a subject).
    func workingToLonLat() throws(PROJError) -> CoordinateTransformer {
        if let cached = lonLatTransformer { return cached }
        let t = try CoordinateTransformer(from: workingCRS, to: .wgs84, areaOfInterest: nil, context: projContext)
        lonLatTransformer = t
        return t
    }
    private var lonLatTransformer: CoordinateTransformer?

    /// The transformer from `crs` to the working CRS (`nil` for the identity: `crs` is `nil` or the same).
    ///
    /// `area` (in `crs`) is where the coordinates lie, e.g. the source layer's extent: PROJ then settles on one
    /// operation for it without searching intermediate CRSs (see `CoordinateTransformer`). Transformers are
    /// kept per CRS and area.
    func toWorking(from crs: CoordinateReferenceSystem?, area: Envelope? = nil) throws(PROJError) -> CoordinateTransformer? {
        guard let crs, crs.definition != workingCRS.definition else { return nil }
        let key = crs.definition + (area.map { " \($0)" } ?? "")
        if let cached = transformers[key] { return cached }
        let t = try CoordinateTransformer(from: crs, to: workingCRS, areaOfInterest: area, context: projContext)
        if t.isIdentity { return nil }
        transformers[key] = t
        return t
    }

    /// Provenance of a layer: location (passwords masked), CRS (as delivered), feature count and, for files, the
    /// modification time; for a WFS the capabilities' `updateSequence` when it is a time stamp.
    /// - Parameters:
    ///   - location: the location as the catalog writes it (shown as given for files, masked for connections);
    ///   - parsed: the same, parsed.
    public static func sourceInfo(
        name: String, location: String, parsed: VectorSourceLocation, layer: VectorLayer
    ) -> SourceInfo {
        var modified: String?
        if !parsed.isConnection, let attributes = try? FileManager.default.attributesOfItem(atPath: parsed.source),
            let date = attributes[.modificationDate] as? Date
        {
            modified = date.formatted(.iso8601)
        } else if parsed.isWebService {
            modified = layer.dataset.serviceTimestamp
        }
        return SourceInfo(
            layer: name, path: parsed.isConnection ? VectorSourceLocation.redacting(location) : location,
            crs: layer.crs?.definition,
            featureCount: layer.knownFeatureCount, modified: modified, error: nil)
    }

    /// Reads the features of `theme` whose geometry meets `area` (an envelope in the working CRS, grown by
    /// the theme's buffer), or all features when `area` is `nil`.
    ///
    /// Only the features the source's spatial index returns for the envelope are read — a check never loads
    /// a whole layer. Coordinates are transformed to the working CRS; invalid geometries are repaired with
    /// make-valid and a note says so; the catalog buffer is applied last.
    ///
    /// Web services (OAPIF, WFS) get the envelope as a `bbox` request in their CRS (CRS84 for OAPIF: GDAL 3.6
    /// cannot negotiate another; for WFS the working CRS when the feature type offers it, else its DefaultCRS)
    /// and are paged by GDAL; a failure (unreachable, timeout, unknown collection)
    /// throws `CheckError.unreadableSource` naming the URL and the collection. With `theme.cache` the layer is
    /// read through a `LayerCache` (see `loadThroughCache`).
    public func load(_ theme: Catalog.ThemeLayer, area: Envelope?) throws -> LoadedTheme {
        try read(theme, area: area).theme
    }

    /// `load(_:area:)` with the features' GEOS handles in this loader's context, for measuring.
    func read(_ theme: Catalog.ThemeLayer, area: Envelope?) throws -> ThemeReading {
        let location = theme.location
        guard location.isWebService else {
            let layer = try openLayer(location)
            let source = Self.sourceInfo(name: theme.name, location: theme.source, parsed: location, layer: layer)
            return try read(theme, from: layer, source: source, area: area, notes: [])
        }
        if let cache = theme.cache { return try loadThroughCache(theme, policy: cache, area: area) }
        do {
            let layer = try openLayer(location)
            let source = Self.sourceInfo(name: theme.name, location: theme.source, parsed: location, layer: layer)
            return try read(theme, from: layer, source: source, area: area, notes: [])
        } catch let error as GDALError {
            datasets[Self.datasetKey(location)] = nil
            throw CheckError.unreadableSource(location: VectorSourceLocation.redacting(theme.source), message: "\(error)")
        }
    }

    /// Reads a web-service layer through its cache: a copy younger than `max_age_h` is read locally (note
    /// "from cache … fetched …"); otherwise the whole collection is fetched (paged), stored and then read. When
    /// the fetch fails and an older copy exists, that copy is used with a note saying the server was unreachable;
    /// without a copy the layer is unreadable (`CheckError.unreadableSource`).
    func loadThroughCache(
        _ theme: Catalog.ThemeLayer, policy: LayerCache.Policy, area: Envelope?, now: Date = Date()
    ) throws -> ThemeReading {
        let cache = LayerCache(path: policy.path)
        let key = LayerCache.sourceKey(theme.location)
        let remote = VectorSourceLocation.redacting(theme.source)
        let entry = cache.entry(for: theme.name).flatMap { $0.source == key ? $0 : nil }
        func fromCache(_ entry: LayerCache.Entry, note: String) throws -> ThemeReading {
            let layer = try cache.openLayer(theme.name)
            let source = SourceInfo(
                layer: theme.name, path: remote, crs: layer.crs?.definition, featureCount: entry.featureCount,
                modified: entry.fetchedAt.formatted(.iso8601), error: nil)
            return try read(theme, from: layer, source: source, area: area, notes: [note])
        }
        if let entry, now.timeIntervalSince(entry.fetchedAt) < policy.maxAgeHours * 3600 {
            return try fromCache(entry, note: "\(theme.name): from cache \(policy.path) fetched \(entry.fetchedAt.formatted(.iso8601))")
        }
        if let error = Self.fetch(theme.location, into: cache, layer: theme.name, key: key, requesting: workingCRS) {
            let message = VectorSourceLocation.redacting("\(error)")
            guard let entry else {
                throw CheckError.unreadableSource(location: remote, message: "\(message) (no cached copy in \(policy.path))")
            }
            return try fromCache(
                entry,
                note: "\(theme.name): server unreachable (\(message)); cache from \(entry.fetchedAt.formatted(.iso8601)), "
                    + "older than max age \(exactText(policy.maxAgeHours)) h")
        }
        guard let stored = cache.entry(for: theme.name) else {
            throw CheckError.unreadableSource(location: remote, message: "the cache \(policy.path) could not be read back")
        }
        return try fromCache(stored, note: "\(theme.name): fetched into cache \(policy.path) at \(stored.fetchedAt.formatted(.iso8601))")
    }

    /// Fetches the whole collection (paged by GDAL) into the cache, a WFS feature type in `crs` when it offers
    /// it; the error when that fails.
    static func fetch(
        _ location: VectorSourceLocation, into cache: LayerCache, layer name: String, key: String,
        requesting crs: CoordinateReferenceSystem
    ) -> GDALError? {
        do throws(GDALError) {
            var layer = try VectorDataset.open(location).defaultLayer()
            if let negotiated = layer.wfsLocation(requesting: crs) { layer = try VectorDataset.open(negotiated).defaultLayer() }
            let features = try layer.features()
            try cache.store(
                layer: name, source: key, features: features, fields: layer.fields, crs: layer.crs,
                geometryType: layer.geometryType, fetchedAt: Date())
            return nil
        } catch {
            return error
        }
    }

    /// The features of `layer` around `area`, in the working CRS, repaired and buffered (see `load`).
    func read(
        _ theme: Catalog.ThemeLayer, from layer: VectorLayer, source: SourceInfo, area: Envelope?, notes: [String]
    ) throws -> ThemeReading {
        // A file's stored extent (no request, no scan) lets PROJ settle on one operation for the layer; a
        // database or web service is not asked for its extent (that would be a query of its own).
        let needsTransform = layer.crs.map { $0.definition != workingCRS.definition } ?? false
        let extent = needsTransform && !layer.dataset.location.isConnection ? layer.knownExtent : nil
        let transformer = try toWorking(from: layer.crs, area: extent)
        let buffer = theme.bufferM ?? 0
        var filter: Envelope?
        if let area {
            let grown = area.expanded(by: buffer + 0.01)
            filter = try transformer?.inverseTransform(grown) ?? grown
        }
        var notes = notes
        var sourceFields: [String: String] = [:]
        for name in (theme.labelField.map { [$0] } ?? []) + theme.attributes {
            if let field = try layer.fieldName(matching: name), field != name { sourceFields[name] = field }
        }
        let planFields = try PlanLayerFields(layer)
        if layer.dataset.driverName == "PostgreSQL", layer.fidColumn.isEmpty {
            // GDAL takes ids from the primary key, or from a column `ogc_fid` (config PGSQL_OGR_FID); a view has
            // no primary key, so without that column its features are numbered in read order.
            notes.append(
                "\(theme.name): \(layer.name) has no primary key or ogc_fid column (a view?); "
                    + "its feature ids are read-order numbers, not stable ids")
        }
        var features: [Feature] = []
        var handles: [GeometryHandle] = []
        var repaired = Set<Int64>()
        for var feature in try layer.features(bbox: filter) {
            guard var geometry = feature.geometry, !geometry.isEmpty else { continue }
            if let transformer { geometry = try transformer.transform(geometry) }
            var handle = try context.handle(geometry)
            let invalid = try !handle.isValid()
            if invalid {
                let reason = try handle.validityReason()
                handle = try handle.makeValid()
                repaired.insert(feature.fid)
                notes.append("\(theme.name) feature \(feature.fid) was invalid (\(reason)); repaired with make-valid")
            }
            if buffer > 0 { handle = try handle.buffer(buffer, quadrantSegments: 8) }
            if buffer > 0 || invalid { geometry = try handle.geometry() }
            feature.geometry = geometry
            features.append(feature)
            handles.append(handle)
        }
        return ThemeReading(
            theme: LoadedTheme(
                config: theme, source: source, features: features, notes: notes, repairedFIDs: repaired,
                sourceFields: sourceFields, planFields: planFields),
            handles: handles)
    }
}
