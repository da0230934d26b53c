/// A feature as a `Sendable` value: id, optional geometry and attributes.
///
/// `attributes` gives lookup by name; `fieldOrder` keeps the column order of the source (or the order the
/// attributes were given in), so JSON output and written files list columns stably.
public struct Feature: Sendable, Hashable {
    /// The feature id the source assigned (`OGR_F_GetFID`); `-1` (`OGRNullFID`) when there is none.
    public var fid: Int64
    public var geometry: Geometry?
    public var attributes: [String: AttributeValue]
    /// Attribute names in column order.
    public var fieldOrder: [String]

    /// A feature whose column order is the order of `attributes`.
    public init(fid: Int64 = -1, geometry: Geometry?, attributes: KeyValuePairs<String, AttributeValue> = [:]) {
        self.init(fid: fid, geometry: geometry, orderedAttributes: attributes.map { ($0.key, $0.value) })
    }

    /// A feature from `(name, value)` pairs in column order; a repeated name keeps its last value.
    public init(fid: Int64 = -1, geometry: Geometry?, orderedAttributes: [(String, AttributeValue)]) {
        self.fid = fid
        self.geometry = geometry
        var attributes: [String: AttributeValue] = [:]
        var order: [String] = []
        for (name, value) in orderedAttributes {
            if attributes.updateValue(value, forKey: name) == nil { order.append(name) }
        }
        self.attributes = attributes
        self.fieldOrder = order
    }

    /// The value of attribute `name`, `nil` when the feature has no such attribute.
    public subscript(name: String) -> AttributeValue? {
        get { attributes[name] }
        set {
            if newValue != nil, attributes[name] == nil { fieldOrder.append(name) }
            if newValue == nil { fieldOrder.removeAll { $0 == name } }
            attributes[name] = newValue
        }
    }

    /// `(name, value)` pairs: the names of `fieldOrder` first, then any other keys of `attributes` sorted.
    public var orderedAttributes: [(name: String, value: AttributeValue)] {
        var seen = Set<String>()
        var result: [(name: String, value: AttributeValue)] = []
        result.reserveCapacity(attributes.count)
        for name in fieldOrder where !seen.contains(name) {
            guard let value = attributes[name] else { continue }
            seen.insert(name)
            result.append((name, value))
        }
        if result.count < attributes.count {
            for name in attributes.keys.sorted() where !seen.contains(name) {
                result.append((name, attributes[name] ?? .null))
            }
        }
        return result
    }
}

/// A feature as read, before any conversion to `Geometry`: hand `wkb` to `GeometryContext.read(wkb:)` to build a
/// GEOS handle directly.
public struct RawFeature: Sendable {
    /// `OGR_F_GetFID`.
    public var fid: Int64
    /// ISO WKB, little-endian, 2-D, curves linearised (`OGR_G_ExportToIsoWkb`); `nil` when the feature has none.
    public var wkb: [UInt8]?
    /// The layer's field names, in column order; `values` is parallel to it.
    public var fieldNames: [String]
    public var values: [AttributeValue]

    /// The value of field `name`, `nil` when the layer has no such field.
    /// Inlinable: the batch reads every parcel's fields through it, from another module (measured: the call
    /// cost 0.16 % of a 100 000-parcel batch, bench/RESULTS.md).
    @inlinable
    public subscript(name: String) -> AttributeValue? {
        guard let i = fieldNames.firstIndex(of: name) else { return nil }
        return values[i]
    }

    /// `(name, value)` pairs in column order.
    public var orderedAttributes: [(String, AttributeValue)] {
        Array(zip(fieldNames, values))
    }
}
