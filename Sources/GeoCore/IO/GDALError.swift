/// Errors from vector I/O over GDAL/OGR. Bad *input* (a missing file, an unknown layer, bad filter SQL) is kept
/// apart from failures of the library itself (`library`).
public enum GDALError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `GDALOpenEx` could not open `location`: a missing file ("no such file"), or GDAL's reason
    /// (e.g. "not recognized as a supported file format" for a corrupt file).
    case openFailed(location: String, message: String)
    /// The dataset at `location` has no layer called `layer`; `available` lists the layers it has.
    case layerNotFound(layer: String, location: String, available: [String])
    /// The dataset at `location` has several layers (or none) and no layer was named; `available` lists them.
    case layerRequired(location: String, available: [String])
    /// A GDAL/OGR C function failed; `message` is `CPLGetLastErrorMsg()` right after the call.
    case library(function: String, message: String)
    /// No vector format is known for this path or name (supported: .gpkg, .geojson, .json, .fgb).
    case unsupportedFormat(String)
    /// Writing `path` failed; the previous file at `path`, if any, is left untouched.
    case writeFailed(path: String, message: String)
    /// The attribute filter (an OGR SQL `WHERE` clause) was rejected by `OGR_L_SetAttributeFilter`.
    case badFilter(String, message: String)
    /// The geometry of feature `fid` could not be converted between OGR and GEOS.
    case geometry(fid: Int64, GEOSError)
    /// Several fields of `layer` match `field` when case is ignored and none matches exactly (`candidates`).
    case ambiguousField(field: String, layer: String, candidates: [String])

    public var description: String {
        switch self {
        case .openFailed(let location, let message):
            "cannot open '\(location)': \(message)"
        case .layerNotFound(let layer, let location, let available):
            "no layer '\(layer)' in '\(location)'; available: \(Self.list(available))"
        case .layerRequired(let location, let available):
            available.isEmpty
                ? "'\(location)' has no layers"
                : "'\(location)' has \(available.count) layers (\(Self.list(available))); "
                    + "name one as '\(location):LAYER'"
        case .library(let function, let message):
            "GDAL \(function) failed: \(message)"
        case .unsupportedFormat(let what):
            "unsupported vector format '\(what)' (use .gpkg, .geojson, .json or .fgb)"
        case .writeFailed(let path, let message):
            "cannot write '\(path)': \(message)"
        case .badFilter(let filter, let message):
            "bad attribute filter '\(filter)': \(message)"
        case .geometry(let fid, let error):
            "geometry of feature \(fid): \(error)"
        case .ambiguousField(let field, let layer, let candidates):
            "field '\(field)' is ambiguous in layer '\(layer)': \(Self.list(candidates)) differ only in case"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "(none)" : names.joined(separator: ", ")
    }
}
