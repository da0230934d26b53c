import GeoCore
import TrafficCore

/// Where an imported element sits: file, element name, its id and the line of its start tag.
///
/// `line` is libxml2's line number in the start-tag callback (its current
/// line, i.e. the line where the start tag ends); `nil` for sources without lines (GDAL features).
public struct ImportLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name (last path component), or the name given with in-memory data.
    public var source: String
    /// The element kind: `"edge"`, `"lane"`, `"connection"`, `"tlLogic"`, `"phase"`, `"vehicle"`, `"flow"`,
    /// `"feature"`, `"way"`, …
    public var element: String
    /// The element's id (for a lane, connection or phase: its parent's or its own, as the case names).
    public var id: String?
    public var line: Int?

    public init(source: String, element: String, id: String? = nil, line: Int? = nil) {
        self.source = source
        self.element = element
        self.id = id
        self.line = line
    }

    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        text += ": \(element)"
        if let id { text += " '\(id)'" }
        return text
    }
}

/// Input an importer cannot turn into a network or demand, naming the element (kind, id, line) at fault.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(source: String, message: String)
    /// The XML is not well-formed (libxml2's first error, at its line).
    case malformedXML(source: String, line: Int, message: String)
    /// An element the importer does not know, at a place it does not expect it (e.g. the wrong root element).
    case unexpectedElement(ImportLocation)
    case missingAttribute(String, at: ImportLocation)
    /// An attribute value that cannot be read; `expected` says what would be accepted.
    case invalidValue(attribute: String, value: String, expected: String, at: ImportLocation)
    /// A reference to something that does not exist: `kind` is what was looked for (`"edge"`, `"junction"`,
    /// `"lane"`, `"route"`, `"tlLogic"`, `"linkIndex"`), `id` its name.
    case unknownReference(kind: String, id: String, at: ImportLocation)
    /// A second element with an id already used by an element of the same kind.
    case duplicateID(ImportLocation)
    /// Valid input this importer does not handle, e.g. a tlLogic phase with `next`, a trip between TAZ.
    case unsupported(String, at: ImportLocation)
    /// A feature geometry that cannot be a link (not a line, too few vertices, zero length).
    case invalidGeometry(String, at: ImportLocation)
    /// A layer without a CRS when none was given to the importer.
    case missingCRS(source: String)
    /// The network builder rejected an element (e.g. a self-loop or a non-positive length).
    case network(NetworkError, at: ImportLocation?)
    case gdal(GDALError)
    case proj(PROJError)
    case geos(GEOSError)

    public var description: String {
        switch self {
        case .unreadable(let source, let message): "cannot read \(source): \(message)"
        case .malformedXML(let source, let line, let message): "\(source):\(line): malformed XML: \(message)"
        case .unexpectedElement(let at): "\(at): unexpected element"
        case .missingAttribute(let name, let at): "\(at): missing attribute '\(name)'"
        case .invalidValue(let attribute, let value, let expected, let at):
            "\(at): \(attribute)=\"\(value)\" is invalid (expected \(expected))"
        case .unknownReference(let kind, let id, let at): "\(at): unknown \(kind) '\(id)'"
        case .duplicateID(let at): "\(at): duplicate id"
        case .unsupported(let what, let at): "\(at): unsupported: \(what)"
        case .invalidGeometry(let reason, let at): "\(at): invalid geometry: \(reason)"
        case .missingCRS(let source): "\(source): the layer has no CRS; give the importer a source CRS"
        case .network(let error, let at): at.map { "\($0): \(error)" } ?? error.description
        case .gdal(let error): error.description
        case .proj(let error): error.description
        case .geos(let error): error.description
        }
    }
}

/// Input an importer accepted with a substitution (a default for an unreadable tag, an ignored element).
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    public var location: ImportLocation
    public var message: String

    public init(_ message: String, at location: ImportLocation) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
