import Foundation
import Yams

/// The list of permitted sources for a parcel check: where the parcels are, which theme layers to query,
/// and how to measure them. Read from a YAML file (see `sample-data/catalog.yaml` and the README).
///
/// Relative source paths are resolved against the catalog file's folder; connection strings
/// (`PG:…`, `WFS:…`, `OAPIF:…`, URLs) are used as they are.
public struct Catalog: Sendable, Codable, Equatable {
    /// CRS in which areas are measured (planar m²). Default `EPSG:25832`.
    public var workingCRS: String
    public var parcels: ParcelSource
    public var defaults: Thresholds
    public var layers: [ThemeLayer]

    public init(workingCRS: String = "EPSG:25832", parcels: ParcelSource, defaults: Thresholds = Thresholds(), layers: [ThemeLayer]) {
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
        workingCRS = try c.decodeIfPresent(String.self, forKey: .workingCRS) ?? "EPSG:25832"
        parcels = try c.decode(ParcelSource.self, forKey: .parcels)
        defaults = try c.decodeIfPresent(Thresholds.self, forKey: .defaults) ?? Thresholds()
        layers = try c.decodeIfPresent([ThemeLayer].self, forKey: .layers) ?? []
    }

    /// Where the parcels (Flurstücke) are and which fields carry identifier and official area.
    public struct ParcelSource: Sendable, Codable, Equatable {
        public var source: String
        public var idField: String
        public var officialAreaField: String?
        /// Optional key table (Gemarkung number ↔ name) as `path:layer` with fields `gemarkungsnummer`, `gemarkung`.
        public var gemarkungen: String?

        public init(source: String, idField: String = "flurstueckskennzeichen", officialAreaField: String? = "amtlicheflaeche", gemarkungen: String? = nil) {
            self.source = source
            self.idField = idField
            self.officialAreaField = officialAreaField
            self.gemarkungen = gemarkungen
        }

        enum CodingKeys: String, CodingKey {
            case source, idField = "id_field", officialAreaField = "official_area_field", gemarkungen
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            source = try c.decode(String.self, forKey: .source)
            idField = try c.decodeIfPresent(String.self, forKey: .idField) ?? "flurstueckskennzeichen"
            officialAreaField = try c.decodeIfPresent(String.self, forKey: .officialAreaField) ?? "amtlicheflaeche"
            gemarkungen = try c.decodeIfPresent(String.self, forKey: .gemarkungen)
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
        /// `path[:layer]` or a GDAL connection string.
        public var source: String
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

        public init(name: String, theme: String? = nil, source: String, labelField: String? = nil, attributes: [String] = [], bufferM: Double? = nil, sliverAreaM2: Double? = nil, sliverPercent: Double? = nil, restricted: Bool = false) {
            self.name = name
            self.theme = theme ?? name
            self.source = source
            self.labelField = labelField
            self.attributes = attributes
            self.bufferM = bufferM
            self.sliverAreaM2 = sliverAreaM2
            self.sliverPercent = sliverPercent
            self.restricted = restricted
        }

        enum CodingKeys: String, CodingKey {
            case name, theme, source, labelField = "label_field", attributes, bufferM = "buffer_m"
            case sliverAreaM2 = "sliver_area_m2", sliverPercent = "sliver_percent", restricted
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            theme = try c.decodeIfPresent(String.self, forKey: .theme) ?? name
            source = try c.decode(String.self, forKey: .source)
            labelField = try c.decodeIfPresent(String.self, forKey: .labelField)
            attributes = try c.decodeIfPresent([String].self, forKey: .attributes) ?? []
            bufferM = try c.decodeIfPresent(Double.self, forKey: .bufferM)
            sliverAreaM2 = try c.decodeIfPresent(Double.self, forKey: .sliverAreaM2)
            sliverPercent = try c.decodeIfPresent(Double.self, forKey: .sliverPercent)
            restricted = try c.decodeIfPresent(Bool.self, forKey: .restricted) ?? false
        }

        /// The thresholds in force for this layer.
        public func thresholds(defaults: Thresholds) -> Thresholds {
            Thresholds(sliverAreaM2: sliverAreaM2 ?? defaults.sliverAreaM2, sliverPercent: sliverPercent ?? defaults.sliverPercent)
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
        for i in catalog.layers.indices { catalog.layers[i].source = Self.resolve(catalog.layers[i].source, base: base) }
        var seen = Set<String>()
        for layer in catalog.layers where !seen.insert(layer.name).inserted {
            throw .invalid(path: path, message: "layer name '\(layer.name)' appears twice")
        }
        return catalog
    }

    /// A relative file source made absolute; connection strings and absolute paths stay as they are.
    static func resolve(_ source: String, base: String) -> String {
        if source.hasPrefix("/") || VectorSourceLocation.connectionPrefixes.contains(where: { source.uppercased().hasPrefix($0.uppercased()) }) {
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
