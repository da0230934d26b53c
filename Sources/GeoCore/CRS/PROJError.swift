/// Errors from the PROJ layer, with PROJ's errno text.
public enum PROJError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PROJ does not know this CRS definition (e.g. an unknown EPSG code).
    case unknownCRS(definition: String, message: String)
    /// No transformation between the two systems could be made.
    case noTransformation(from: String, to: String, message: String)
    /// A coordinate could not be transformed (outside the area of use, missing grid, …).
    case transformFailed(function: String, message: String)

    public var description: String {
        switch self {
        case .unknownCRS(let definition, let message): "unknown CRS '\(definition)': \(message)"
        case .noTransformation(let from, let to, let message): "no transformation \(from) → \(to): \(message)"
        case .transformFailed(let function, let message): "PROJ \(function) failed: \(message)"
        }
    }
}
