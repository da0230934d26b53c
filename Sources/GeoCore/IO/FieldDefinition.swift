internal import CGDAL

/// An attribute column: name and type.
public struct FieldDefinition: Sendable, Hashable, Codable {
    public var name: String
    public var type: FieldType

    public init(_ name: String, _ type: FieldType) {
        self.name = name
        self.type = type
    }

    public init(name: String, type: FieldType) {
        self.init(name, type)
    }

    /// The schema that holds every attribute of `features`: names in first-seen order (each feature's
    /// `fieldOrder`), types from the values — `integer64` for integers, `real` when any value is real
    /// (integers included), `date`/`dateTime` when all non-null values are, else `string`. A column
    /// with only nulls becomes `string`.
    public static func inferSchema(from features: [Feature]) -> [FieldDefinition] {
        var order: [String] = []
        var types: [String: FieldType?] = [:]
        for feature in features {
            for (name, value) in feature.orderedAttributes {
                if types[name] == nil {
                    order.append(name)
                    types[name] = .some(nil)
                }
                guard let type = FieldType(of: value) else { continue }
                switch types[name] {
                case .some(.none): types[name] = .some(type)
                case .some(.some(let seen)): types[name] = .some(seen.widened(with: type))
                case .none: break
                }
            }
        }
        return order.map { FieldDefinition($0, (types[$0] ?? nil) ?? .string) }
    }
}

/// The attribute types GeoCore reads and writes; other OGR types read as `other` with string values.
public enum FieldType: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 32-bit integer (`OFTInteger`).
    case integer
    /// 64-bit integer (`OFTInteger64`).
    case integer64
    /// Double (`OFTReal`).
    case real
    /// Text (`OFTString`).
    case string
    /// Calendar date (`OFTDate`).
    case date
    /// Date and time (`OFTDateTime`).
    case dateTime
    /// Boolean (`OFTInteger` with subtype `OFSTBoolean`); values read as `integer` 0 or 1.
    case boolean
    /// Any other OGR type, by OGR's name (`OGR_GetFieldTypeName`), e.g. `"IntegerList"`; read as strings.
    case other(String)

    public var description: String {
        switch self {
        case .integer: "Integer"
        case .integer64: "Integer64"
        case .real: "Real"
        case .string: "String"
        case .date: "Date"
        case .dateTime: "DateTime"
        case .boolean: "Boolean"
        case .other(let name): name
        }
    }

    /// The type a value suggests; `nil` for `null`.
    init?(of value: AttributeValue) {
        switch value {
        case .null: return nil
        case .integer: self = .integer64
        case .real: self = .real
        case .string: self = .string
        case .date: self = .date
        case .dateTime: self = .dateTime
        }
    }

    /// The narrowest type holding values of both `self` and `other`.
    func widened(with other: FieldType) -> FieldType {
        if self == other { return self }
        switch (self, other) {
        case (.integer64, .real), (.real, .integer64): return .real
        case (.date, .dateTime), (.dateTime, .date): return .dateTime
        default: return .string
        }
    }

    /// Maps an OGR field type and subtype (`OGR_Fld_GetType`, `OGR_Fld_GetSubType`).
    init(ogrType: OGRFieldType, subType: OGRFieldSubType) {
        switch ogrType {
        case OFTInteger: self = subType == OFSTBoolean ? .boolean : .integer
        case OFTInteger64: self = .integer64
        case OFTReal: self = .real
        case OFTString: self = .string
        case OFTDate: self = .date
        case OFTDateTime: self = .dateTime
        default: self = .other(GDALRuntime.string(OGR_GetFieldTypeName(ogrType)) ?? "Unknown")
        }
    }

    /// The OGR type and subtype to create a field with; `nil` for `other`, which cannot be written.
    var ogrType: (OGRFieldType, OGRFieldSubType)? {
        switch self {
        case .integer: (OFTInteger, OFSTNone)
        case .integer64: (OFTInteger64, OFSTNone)
        case .real: (OFTReal, OFSTNone)
        case .string: (OFTString, OFSTNone)
        case .date: (OFTDate, OFSTNone)
        case .dateTime: (OFTDateTime, OFSTNone)
        case .boolean: (OFTInteger, OFSTBoolean)
        case .other: nil
        }
    }
}
