import Foundation
import GeoCore
import Yams

/// The list of permitted sources for a parcel check: where the parcels are, which theme layers to query,
/// and how to measure them. Read from a YAML file (see `sample-data/catalog.yaml` and the README).
///
/// Relative source paths are resolved against the catalog file's folder; connection strings
/// (`PG:…`, `WFS:…`, `OAPIF:…`, URLs) are used as they are.
///
/// Every source (parcels, Gemarkung table, theme layers) is one location string after decoding: the YAML keys
/// `source`, `layer` and `password_env` are folded into it (`path:layer` for files; for `PG:` connections
/// ` layer=schema.table password_env=NAME`, see `VectorSourceLocation`). A password written into a connection
/// string is refused: it would be stored in the catalog and shown in reports.
public struct Catalog: Sendable, Codable, Equatable {
    /// CRS in which areas are measured (planar m²). Default `EPSG:25832`; checked with PROJ when a check starts.
    public var workingCRS: CoordinateReferenceSystem
    public var parcels: ParcelSource
    public var defaults: Thresholds
    public var layers: [ThemeLayer]

    public init(workingCRS: CoordinateReferenceSystem = .etrs89UTM32, parcels: ParcelSource, defaults: Thresholds = Thresholds(), layers: [ThemeLayer]) {
        self.workingCRS = workingCRS
        self.parcels = parcels
        self.defaults = defaults
        self.layers = layers
    }

    enum CodingKeys: String, CodingKey {
        case workingCRS = "working_crs", parcels, defaults, layers
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        workingCRS = CoordinateReferenceSystem(
            unchecked: try c.decodeIfPresent(String.self, forKey: .workingCRS) ?? "EPSG:25832")
        parcels = try c.decode(ParcelSource.self, forKey: .parcels)
        defaults = try c.decodeIfPresent(Thresholds.self, forKey: .defaults) ?? Thresholds()
        layers = try c.decodeIfPresent([ThemeLayer].self, forKey: .layers) ?? []
        // `timeout_s`, `page_size` and `cache` under `defaults` apply to every web-service layer without its own.
        if c.contains(.defaults), try !c.decodeNil(forKey: .defaults) {
            let web = try c.decode(WebDefaults.self, forKey: .defaults)
            for i in layers.indices {
                var location = layers[i].location
                guard location.isWebService else { continue }
                location.timeoutSeconds = location.timeoutSeconds ?? web.timeoutSeconds
                location.pageSize = location.pageSize ?? web.pageSize
                layers[i].source = location.text
                if layers[i].cache == nil { layers[i].cache = web.cache }
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(workingCRS.definition, forKey: .workingCRS)
        try c.encode(parcels, forKey: .parcels)
        try c.encode(defaults, forKey: .defaults)
        try c.encode(layers, forKey: .layers)
    }

    /// The keys of `defaults` for web services (OAPIF, WFS).
    struct WebDefaults: Decodable {
        var timeoutSeconds: Double?
        var pageSize: Int?
        var cache: LayerCache.Policy?

        enum CodingKeys: String, CodingKey {
            case timeoutSeconds = "timeout_s", pageSize = "page_size", cache
        }
    }

    /// Where the parcels (Flurstücke) are and which fields carry identifier and official area.
    public struct ParcelSource: Sendable, Codable, Equatable {
        /// The location: `path[:layer]` or a connection string (with ` layer=…` and ` password_env=…` for `PG:`).
        public var source: String {
            didSet { location = VectorSourceLocation(parsing: source) }
        }
        /// `source` parsed (`VectorSourceLocation(parsing:)`), once per change of `source`.
        public private(set) var location: VectorSourceLocation
        public var idField: String
        public var officialAreaField: String?
        /// Optional key table (Gemarkung number ↔ name) as a location like `source` (`path:layer`), with the
        /// fields `gemarkungsnummer`, `gemarkung`. In YAML also a mapping `{source, layer, password_env}` whose
        /// `source` and `password_env` default to those of the parcels (`gemarkungen: {layer: kataster.gemarkungen}`).
        public var gemarkungen: String? {
            didSet { gemarkungenLocation = gemarkungen.map { VectorSourceLocation(parsing: $0) } }
        }
        /// `gemarkungen` parsed.
        public private(set) var gemarkungenLocation: VectorSourceLocation?

        public init(source: String, idField: String = "flurstueckskennzeichen", officialAreaField: String? = "amtlicheflaeche", gemarkungen: String? = nil) {
            self.source = source
            location = VectorSourceLocation(parsing: source)
            self.idField = idField
            self.officialAreaField = officialAreaField
            self.gemarkungen = gemarkungen
            gemarkungenLocation = gemarkungen.map { VectorSourceLocation(parsing: $0) }
        }

        enum CodingKeys: String, CodingKey {
            case source, idField = "id_field", officialAreaField = "official_area_field", gemarkungen
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let location = try LocationEntry(from: decoder)
            source = try location.location(in: decoder)
            self.location = VectorSourceLocation(parsing: source)
            idField = try c.decodeIfPresent(String.self, forKey: .idField) ?? "flurstueckskennzeichen"
            officialAreaField = try c.decodeIfPresent(String.self, forKey: .officialAreaField) ?? "amtlicheflaeche"
            if try !c.contains(.gemarkungen) || c.decodeNil(forKey: .gemarkungen) {
                gemarkungen = nil
            } else if let text = try? c.decode(String.self, forKey: .gemarkungen) {
                gemarkungen = text
            } else {
                // A mapping: without `source`, the parcels' connection (or file) and password variable.
                let nested = try c.superDecoder(forKey: .gemarkungen)
                var table = try LocationEntry(from: nested)
                if table.source == nil, let shared = location.connectionOrPath {
                    table.source = shared
                    table.passwordEnvironment = table.passwordEnvironment ?? location.passwordEnvironment
                }
                gemarkungen = try table.location(in: nested)
            }
            gemarkungenLocation = gemarkungen.map { VectorSourceLocation(parsing: $0) }
        }
    }

    /// When an overlap counts as "affected" rather than boundary contact.
    public struct Thresholds: Sendable, Codable, Equatable {
        /// Overlaps smaller than this (m²) are slivers. Default 1 m².
        public var sliverAreaM2: Double
        /// Overlaps smaller than this share of the parcel (percent) are slivers. Default 0.1 %.
        public var sliverPercent: Double

        public init(sliverAreaM2: Double = 1.0, sliverPercent: Double = 0.1) {
            self.sliverAreaM2 = sliverAreaM2
            self.sliverPercent = sliverPercent
        }

        enum CodingKeys: String, CodingKey {
            case sliverAreaM2 = "sliver_area_m2", sliverPercent = "sliver_percent"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            sliverAreaM2 = try c.decodeIfPresent(Double.self, forKey: .sliverAreaM2) ?? 1.0
            sliverPercent = try c.decodeIfPresent(Double.self, forKey: .sliverPercent) ?? 0.1
        }

        /// True when an overlap of `area` m² on a parcel of `parcelArea` m² is too small to count.
        public func isSliver(area: Double, parcelArea: Double) -> Bool {
            if area < sliverAreaM2 { return true }
            guard parcelArea > 0 else { return false }
            return area / parcelArea * 100 < sliverPercent
        }
    }

    /// One theme layer to check against.
    public struct ThemeLayer: Sendable, Codable, Equatable {
        /// Short identifier used in output (`wasserschutzgebiete`).
        public var name: String
        /// Human label of the theme (`Wasserschutzgebiet`).
        public var theme: String
        /// `path[:layer]` or a GDAL connection string (with ` layer=…` and ` password_env=…` for `PG:`).
        public var source: String {
            didSet { location = VectorSourceLocation(parsing: source) }
        }
        /// `source` parsed (`VectorSourceLocation(parsing:)`), once per change of `source`.
        public private(set) var location: VectorSourceLocation
        /// Field whose value names a feature in reports.
        public var labelField: String?
        /// Fields to report for each affected feature (all fields when empty).
        public var attributes: [String]
        /// Buffer (m) applied to each feature before measuring, e.g. a distance to water bodies.
        public var bufferM: Double?
        /// Per-layer override of the sliver thresholds.
        public var sliverAreaM2: Double?
        public var sliverPercent: Double?
        /// Restricted layers are left out of HTML/GeoJSON exports unless asked for.
        public var restricted: Bool
        /// For web services: keep a local copy of the whole collection and read from it while it is fresh
        /// (`LayerCache`). YAML `cache: {path: cache.gpkg, max_age_h: 24}`, here or in `defaults`.
        public var cache: LayerCache.Policy?

        public init(name: String, theme: String? = nil, source: String, labelField: String? = nil, attributes: [String] = [], bufferM: Double? = nil, sliverAreaM2: Double? = nil, sliverPercent: Double? = nil, restricted: Bool = false, cache: LayerCache.Policy? = nil) {
            self.name = name
            self.theme = theme ?? name
            self.source = source
            location = VectorSourceLocation(parsing: source)
            self.labelField = labelField
            self.attributes = attributes
            self.bufferM = bufferM
            self.sliverAreaM2 = sliverAreaM2
            self.sliverPercent = sliverPercent
            self.restricted = restricted
            self.cache = cache
        }

        enum CodingKeys: String, CodingKey {
            case name, theme, source, labelField = "label_field", attributes, bufferM = "buffer_m"
            case sliverAreaM2 = "sliver_area_m2", sliverPercent = "sliver_percent", restricted, cache
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            theme = try c.decodeIfPresent(String.self, forKey: .theme) ?? name
            source = try LocationEntry(from: decoder).location(in: decoder)
            location = VectorSourceLocation(parsing: source)
            labelField = try c.decodeIfPresent(String.self, forKey: .labelField)
            attributes = try c.decodeIfPresent([String].self, forKey: .attributes) ?? []
            bufferM = try c.decodeIfPresent(Double.self, forKey: .bufferM)
            sliverAreaM2 = try c.decodeIfPresent(Double.self, forKey: .sliverAreaM2)
            sliverPercent = try c.decodeIfPresent(Double.self, forKey: .sliverPercent)
            restricted = try c.decodeIfPresent(Bool.self, forKey: .restricted) ?? false
            cache = try c.decodeIfPresent(LayerCache.Policy.self, forKey: .cache)
            if cache != nil, !location.isWebService {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath + [CodingKeys.cache], debugDescription: "cache applies to web services (OAPIF:, WFS:) only"))
            }
        }

        /// The thresholds in force for this layer.
        public func thresholds(defaults: Thresholds) -> Thresholds {
            Thresholds(sliverAreaM2: sliverAreaM2 ?? defaults.sliverAreaM2, sliverPercent: sliverPercent ?? defaults.sliverPercent)
        }
    }
}

extension Catalog {
    /// The YAML keys that say where an entry's data is: `source` (a path, `path:layer` or a connection string),
    /// `layer` (for PostgreSQL `schema.table`) and `password_env` (the environment variable holding the
    /// database password, read only when the source is opened; libpq's `PGPASSWORD` and `~/.pgpass` work too).
    struct LocationEntry: Decodable {
        var source: String?
        var layer: String?
        var passwordEnvironment: String?
        /// Web services: HTTP timeout (s) and features per request.
        var timeoutSeconds: Double?
        var pageSize: Int?

        enum CodingKeys: String, CodingKey {
            case source, layer, passwordEnvironment = "password_env", timeoutSeconds = "timeout_s", pageSize = "page_size"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            source = try c.decodeIfPresent(String.self, forKey: .source)
            layer = try c.decodeIfPresent(String.self, forKey: .layer)
            passwordEnvironment = try c.decodeIfPresent(String.self, forKey: .passwordEnvironment)
            timeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .timeoutSeconds)
            pageSize = try c.decodeIfPresent(Int.self, forKey: .pageSize)
        }

        /// The source without a layer, for entries that share it: the connection (its `layer=` taken out), or the
        /// path when the layer is given apart (`layer:`) or the path has no `:` (so names no `path:layer`).
        var connectionOrPath: String? {
            guard let source else { return nil }
            guard VectorSourceLocation.isConnection(source) else {
                return layer != nil || !source.contains(":") ? source : nil
            }
            var location = VectorSourceLocation(parsing: source)
            location.layer = nil
            return location.text
        }

        /// The three keys as one location string (see `Catalog`).
        /// - Throws: `DecodingError.dataCorrupted` (shown with the entry's path) for a missing `source`, a password
        ///   in the connection string, `password_env` on a file, or two different layers.
        func location(in decoder: any Decoder) throws -> String {
            func invalid(_ key: CodingKeys, _ message: String) -> DecodingError {
                .dataCorrupted(.init(codingPath: decoder.codingPath + [key], debugDescription: message))
            }
            guard let source else {
                throw DecodingError.keyNotFound(
                    CodingKeys.source, .init(codingPath: decoder.codingPath, debugDescription: "no source"))
            }
            if let passwordEnvironment, passwordEnvironment.isEmpty || passwordEnvironment.contains(where: \.isWhitespace) {
                throw invalid(.passwordEnvironment, "'\(passwordEnvironment)' is not an environment variable name")
            }
            if let timeoutSeconds, !(timeoutSeconds > 0) { throw invalid(.timeoutSeconds, "timeout_s must be positive") }
            if let pageSize, pageSize < 1 { throw invalid(.pageSize, "page_size must be at least 1") }
            let isWeb = VectorSourceLocation(parsing: source, exists: { _ in false }).isWebService
            if !isWeb, timeoutSeconds != nil || pageSize != nil {
                throw invalid(timeoutSeconds != nil ? .timeoutSeconds : .pageSize, "timeout_s and page_size apply to web services (OAPIF:, WFS:) only")
            }
            if VectorSourceLocation.redacting(source) != source {  // any URL form or connection string
                throw invalid(
                    .source,
                    isWeb
                        ? "the URL contains a user and password, which would be stored in the catalog and printed in "
                            + "reports; give them to GDAL through the environment (GDAL_HTTP_USERPWD=user:password, "
                            + "GDAL_HTTP_AUTH=BASIC)"
                        : "the source contains a password, which would be stored in the catalog; for PG: name an "
                            + "environment variable with password_env (or use PGPASSWORD or ~/.pgpass)")
            }
            guard VectorSourceLocation.isConnection(source) else {
                if passwordEnvironment != nil {
                    throw invalid(.passwordEnvironment, "password_env applies to PG: connections only, not to files")
                }
                return layer.map { "\(source):\($0)" } ?? source
            }
            var location = VectorSourceLocation(parsing: source)
            if let layer {
                if let named = location.layer, named != layer {
                    throw invalid(.layer, "layer '\(layer)' differs from layer=\(named) in the source")
                }
                location.layer = layer
            }
            if let passwordEnvironment {
                guard source.uppercased().hasPrefix("PG:") else {
                    throw invalid(.passwordEnvironment, "password_env applies to PG: connections only")
                }
                location.passwordEnvironment = passwordEnvironment
            }
            if let timeoutSeconds { location.timeoutSeconds = timeoutSeconds }
            if let pageSize { location.pageSize = pageSize }
            return location.text
        }
    }
}

/// Why a catalog could not be used.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, message: String)
    case invalid(path: String, message: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let message): "cannot read catalog \(path): \(message)"
        case .invalid(let path, let message): "catalog \(path) is not valid: \(message)"
        }
    }
}

extension Catalog {
    /// Reads a YAML catalog and resolves its relative source paths against the file's folder.
    public static func load(path: String) throws(CatalogError) -> Catalog {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .unreadable(path: path, message: FileManager.default.fileExists(atPath: path) ? "not UTF-8 text" : "no such file")
        }
        var catalog: Catalog
        do { catalog = try YAMLDecoder().decode(Catalog.self, from: text) } catch {
            throw .invalid(path: path, message: Self.describe(error))
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent().path
        catalog.parcels.source = Self.resolve(catalog.parcels.source, base: base)
        catalog.parcels.gemarkungen = catalog.parcels.gemarkungen.map { Self.resolve($0, base: base) }
        for i in catalog.layers.indices {
            catalog.layers[i].source = Self.resolve(catalog.layers[i].source, base: base)
            if let path = catalog.layers[i].cache?.path { catalog.layers[i].cache?.path = Self.resolve(path, base: base) }
        }
        var seen = Set<String>()
        for layer in catalog.layers where !seen.insert(layer.name).inserted {
            throw .invalid(path: path, message: "layer name '\(layer.name)' appears twice")
        }
        return catalog
    }

    /// A relative file source made absolute; connection strings and absolute paths stay as they are.
    static func resolve(_ source: String, base: String) -> String {
        if source.hasPrefix("/") || VectorSourceLocation.isConnection(source) {
            return source
        }
        return base + "/" + source
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
