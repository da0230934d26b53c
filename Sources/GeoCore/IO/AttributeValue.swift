/// One attribute value of a feature, independent of GDAL.
///
/// Encodes as a plain JSON scalar: `integer` as a number without fraction, `real` as a number, `null` as
/// `null`, strings, dates and date-times as strings. Decoding cannot tell a date from a string and reads
/// strings back as `.string`.
public enum AttributeValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case string(String)
    /// An ISO 8601 date, `YYYY-MM-DD`.
    case date(String)
    /// An ISO 8601 date-time, `YYYY-MM-DDTHH:MM:SS[.sss][Z|±HH:MM]`.
    case dateTime(String)

    /// The text of any non-null value (numbers formatted as Swift does), `nil` for `null`.
    @inlinable
    public var stringValue: String? {
        switch self {
        case .null: nil
        case .integer(let v): String(v)
        case .real(let v): String(v)
        case .string(let s), .date(let s), .dateTime(let s): s
        }
    }

    /// The number for `integer` and `real`, else `nil` (strings are not parsed).
    @inlinable
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }

    /// The value for `integer`, else `nil`.
    @inlinable
    public var integerValue: Int64? {
        if case .integer(let v) = self { return v }
        return nil
    }

    public var isNull: Bool { self == .null }

    public var description: String { stringValue ?? "null" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let v = try? container.decode(Int64.self) {
            self = .integer(v)
        } else if let v = try? container.decode(Double.self) {
            self = .real(v)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let v): try container.encode(v)
        case .real(let v): try container.encode(v)
        case .string(let s), .date(let s), .dateTime(let s): try container.encode(s)
        }
    }
}

extension AttributeValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .string(value) }
}
