import Foundation

// GeoJSON (RFC 7946) through `Codable`. The types live together here because they only make sense together;
// `Coordinate`, `Geometry`, `JSONValue`, `JSONObject`, `GeoJSONFeature` and `GeoJSONFeatureCollection` each
// get their own section.

// MARK: - Coordinate

/// A GeoJSON position, `[x, y]`. On decode a third ordinate (altitude) and anything after it is read and
/// dropped, matching the 2-D value model; fewer than two numbers is an error.
extension Coordinate: Codable {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        if let count = container.count, count < 2 {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a position needs at least 2 numbers [x, y], has \(count)"))
        }
        let x = try container.decode(Double.self)
        let y = try container.decode(Double.self)
        while !container.isAtEnd { _ = try container.decode(Double.self) }
        self.init(x, y)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(x)
        try container.encode(y)
    }
}

// MARK: - Geometry

/// A GeoJSON geometry object: `{"type": "Polygon", "coordinates": [[[x, y], …]]}`, or
/// `{"type": "GeometryCollection", "geometries": […]}`.
///
/// Decoding checks structure the way `GeometryContext.handle(_:)` does: lines need 2 or more positions,
/// rings 4 or more with the first repeated last. Empty geometries are empty `coordinates` arrays
/// (RFC 7946 §3.1); an empty Point reads as an empty MultiPoint, as `POINT EMPTY` does in WKT. Ring
/// orientation is kept as written, not rewound to the right-hand rule. Foreign members (`bbox`, …) are ignored.
extension Geometry: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, coordinates, geometries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decodeRequired(String.self, forKey: .type, "a geometry needs a \"type\"")
        func coordinates<T: Decodable>(_: T.Type) throws -> T {
            try container.decodeRequired(T.self, forKey: .coordinates, "a \(type) needs \"coordinates\"")
        }
        func invalid(_ message: String) -> DecodingError {
            .dataCorruptedError(forKey: .coordinates, in: container, debugDescription: message)
        }
        func line(_ positions: [Coordinate], _ name: String) throws -> LineString {
            // Zero positions is the empty line; one cannot be drawn.
            guard positions.count != 1 else { throw invalid("\(name) needs at least 2 positions, has 1") }
            return LineString(positions)
        }
        func polygon(_ rings: [[Coordinate]], _ name: String) throws -> Polygon {
            for (i, ring) in rings.enumerated() {
                guard ring.count >= 4 else {
                    throw invalid("\(name) ring \(i) needs at least 4 positions, has \(ring.count)")
                }
                guard ring.first == ring.last else {
                    throw invalid("\(name) ring \(i) is not closed (its first position must be repeated last)")
                }
            }
            guard let exterior = rings.first else { return Polygon(exterior: []) }
            return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
        }

        switch type {
        case "Point":
            // Read once as plain numbers to tell the empty form `[]` apart.
            if try coordinates([Double].self).isEmpty {
                self = .multiPoint(MultiPoint([]))
            } else {
                self = .point(Point(try coordinates(Coordinate.self)))
            }
        case "LineString":
            self = .lineString(try line(coordinates([Coordinate].self), "a LineString"))
        case "Polygon":
            self = .polygon(try polygon(coordinates([[Coordinate]].self), "Polygon"))
        case "MultiPoint":
            self = .multiPoint(MultiPoint(try coordinates([Coordinate].self).map(Point.init)))
        case "MultiLineString":
            let lines = try coordinates([[Coordinate]].self).enumerated().map { i, l in try line(l, "line \(i)") }
            self = .multiLineString(MultiLineString(lines))
        case "MultiPolygon":
            let polygons = try coordinates([[[Coordinate]]].self).enumerated().map { i, rings in
                try polygon(rings, "polygon \(i),")
            }
            self = .multiPolygon(MultiPolygon(polygons))
        case "GeometryCollection":
            let parts = try container.decodeRequired(
                [Geometry].self, forKey: .geometries, "a GeometryCollection needs \"geometries\"")
            self = .geometryCollection(GeometryCollection(parts))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown geometry type \"\(type)\" (expected Point, LineString, Polygon, "
                    + "MultiPoint, MultiLineString, MultiPolygon or GeometryCollection)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .type)
        switch self {
        case .point(let p): try container.encode(p.coordinate, forKey: .coordinates)
        case .lineString(let l): try container.encode(l.coordinates, forKey: .coordinates)
        case .polygon(let p): try container.encode(p.geoJSONRings, forKey: .coordinates)
        case .multiPoint(let m): try container.encode(m.points.map(\.coordinate), forKey: .coordinates)
        case .multiLineString(let m): try container.encode(m.lineStrings.map(\.coordinates), forKey: .coordinates)
        case .multiPolygon(let m): try container.encode(m.polygons.map(\.geoJSONRings), forKey: .coordinates)
        case .geometryCollection(let c): try container.encode(c.geometries, forKey: .geometries)
        }
    }
}

extension Polygon {
    /// Rings as GeoJSON writes them: none for the empty polygon.
    fileprivate var geoJSONRings: [[Coordinate]] { exterior.isEmpty ? [] : rings }
}

extension Geometry {
    /// Reads a GeoJSON geometry object from text.
    /// - Throws: `GeoJSONError` for malformed JSON or a malformed geometry, saying where.
    public init(geoJSON: String) throws(GeoJSONError) {
        try self.init(geoJSON: Data(geoJSON.utf8))
    }

    /// Reads a GeoJSON geometry object from UTF-8 bytes.
    /// - Throws: `GeoJSONError` for malformed JSON or a malformed geometry, saying where.
    public init(geoJSON data: Data) throws(GeoJSONError) {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = Self.nonFiniteDecoding
        do {
            self = try decoder.decode(Geometry.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let detail = Self.syntaxError(in: data)
            {
                throw GeoJSONError(message: "not valid JSON: \(detail)")
            }
            throw GeoJSONError(message: error.readableMessage)
        } catch {
            throw GeoJSONError(message: String(describing: error))
        }
    }

    /// Compact GeoJSON with members in sorted order, so equal values give equal text. Numbers are written in
    /// their shortest form that reads back to the same `Double`. JSON has no NaN or infinity: such ordinates
    /// are written as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`, which `init(geoJSON:)` reads back
    /// and other readers reject.
    public func geoJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = Self.nonFiniteEncoding
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            // Only non-finite numbers can fail, and the strategy above handles them.
            preconditionFailure("GeoJSON encoding of a geometry failed: \(error)")
        }
    }

    /// What is wrong with malformed JSON and where. `JSONDecoder` on Linux only says "not valid JSON";
    /// `JSONSerialization` names the problem and the character offset.
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    private static let nonFiniteEncoding = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    private static let nonFiniteDecoding = JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
}

// MARK: - JSONValue and JSONObject

/// Any JSON value, for GeoJSON `properties` and `id`. Numbers are `Double`: integers beyond 2^53 lose precision.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode(JSONObject.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let n): try container.encode(n)
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
}

/// A JSON object whose members keep the order they were given in.
///
/// Order survives in memory and reaches any encoder that keeps it, but Foundation's `JSONEncoder` writes
/// object members in hash order (use `.sortedKeys` for stable output), and `JSONDecoder` does not report the
/// document's order, so decoding yields members sorted by key. Keys should be unique; lookups find the first.
public struct JSONObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public typealias Key = String
    public typealias Value = JSONValue

    public var members: [(key: String, value: JSONValue)]

    public init(_ members: [(key: String, value: JSONValue)] = []) { self.members = members }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }

    /// The value of the first member named `key`.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    public var keys: [String] { members.map(\.key) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for (key, value) in members {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}

extension JSONObject: Codable {
    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberKey.self)
        let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
        self.init(
            try keys.map { key in (key: key.stringValue, value: try container.decode(JSONValue.self, forKey: key)) })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        for (key, value) in members { try container.encode(value, forKey: MemberKey(stringValue: key)) }
    }
}

// MARK: - Features

/// A GeoJSON Feature: a geometry (or none) with properties and an optional `id`.
public struct GeoJSONFeature: Sendable, Hashable {
    /// A string or a number (RFC 7946 §3.2); decoding rejects other kinds.
    public var id: JSONValue?
    /// `nil` is written as `"geometry": null`, an unlocated feature.
    public var geometry: Geometry?
    /// Written as a JSON object, `{}` when there are none; `"properties": null` reads as no properties.
    public var properties: JSONObject

    public init(id: JSONValue? = nil, geometry: Geometry?, properties: JSONObject = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }
}

extension GeoJSONFeature: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, id, geometry, properties
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.expectType("Feature", forKey: .type)
        id = try container.decodeIfPresent(JSONValue.self, forKey: .id)
        switch id {
        case nil, .string?, .number?: break
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .id, in: container, debugDescription: "a Feature id must be a string or a number")
        }
        geometry = try container.decodeIfPresent(Geometry.self, forKey: .geometry)
        properties = try container.decodeIfPresent(JSONObject.self, forKey: .properties) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("Feature", forKey: .type)
        try container.encodeIfPresent(id, forKey: .id)
        if let geometry {
            try container.encode(geometry, forKey: .geometry)
        } else {
            try container.encodeNil(forKey: .geometry)
        }
        try container.encode(properties, forKey: .properties)
    }
}

/// A GeoJSON FeatureCollection, the usual top-level object of a `.geojson` file.
public struct GeoJSONFeatureCollection: Sendable, Hashable {
    public var features: [GeoJSONFeature]

    public init(_ features: [GeoJSONFeature] = []) { self.features = features }
}

extension GeoJSONFeatureCollection: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, features
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try container.expectType("FeatureCollection", forKey: .type)
        features = try container.decodeRequired(
            [GeoJSONFeature].self, forKey: .features, "a FeatureCollection needs \"features\"")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("FeatureCollection", forKey: .type)
        try container.encode(features, forKey: .features)
    }
}

// MARK: - Decoding helpers

extension KeyedDecodingContainer {
    /// `decode(_:forKey:)` that reports a missing or null member with `description` instead of the generic
    /// "No value associated with key CodingKeys(…)".
    fileprivate func decodeRequired<T: Decodable>(
        _ type: T.Type, forKey key: Key, _ description: @autoclosure () -> String
    ) throws -> T {
        guard contains(key), try !decodeNil(forKey: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: description()))
        }
        return try decode(type, forKey: key)
    }

    /// Checks that the member `key` (GeoJSON's `"type"`) is `expected`.
    fileprivate func expectType(_ expected: String, forKey key: Key) throws {
        let type = try decodeRequired(String.self, forKey: key, "a \(expected) needs a \"type\"")
        guard type == expected else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected type \"\(expected)\", found \"\(type)\"")
        }
    }
}

extension DecodingError {
    /// One line for people: where in the document the problem is (`geometries[1].coordinates[0]`) and what it is.
    var readableMessage: String {
        let context: Context
        switch self {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return String(describing: self)
        }
        let message = context.debugDescription
        let path = context.codingPath.enumerated().map { i, key in
            if let index = key.intValue { "[\(index)]" } else { (i == 0 ? "" : ".") + key.stringValue }
        }.joined()
        return path.isEmpty ? message : "at \(path): \(message)"
    }
}
