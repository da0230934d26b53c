/// Errors from the GEOS layer. Invalid or unreadable *input* is kept apart from failures of the library itself.
public enum GEOSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A GEOS C function failed; `message` is what GEOS's error handler reported.
    case library(function: String, message: String)
    /// Text or bytes could not be read as a geometry of `format` (`"WKT"`, `"WKB"`, `"GeoJSON"`).
    case parse(format: String, message: String)
    /// The geometry is not valid (OGC rules); `reason` is GEOS's explanation with the location.
    case invalidGeometry(reason: String)
    /// The operation needs a non-empty geometry.
    case emptyGeometry(operation: String)
    /// The value cannot be represented (e.g. a ring with fewer than 4 points, a curve type).
    case unsupported(String)

    public var description: String {
        switch self {
        case .library(let function, let message): "GEOS \(function) failed: \(message)"
        case .parse(let format, let message): "cannot read \(format): \(message)"
        case .invalidGeometry(let reason): "invalid geometry: \(reason)"
        case .emptyGeometry(let operation): "\(operation) needs a non-empty geometry"
        case .unsupported(let what): "unsupported geometry: \(what)"
        }
    }
}
