import GeoCore

/// Why a parcel check could not run at all (the `parcelcheck` tool maps each case to a documented exit code).
public enum CheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parcel identifier text could not be read.
    case parcelID(ParcelIDError)
    /// No parcel with this identifier; `suggestions` are existing parcels nearby in numbering.
    case unknownParcel(String, suggestions: [String])
    /// The identifier leaves out the Nenner and several parcels match.
    case ambiguousParcel(String, candidates: [String])
    /// The parcel source, the Gemarkung table or the catalog could not be read.
    case unreadableSource(location: String, message: String)
    /// The geometry or CRS given for the check is unusable.
    case invalidInput(String)

    public var description: String {
        switch self {
        case .parcelID(let e): return e.description
        case .unknownParcel(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; close matches: " + suggestions.joined(separator: "; ")
            return "no parcel \(id) in the parcel source\(hint)"
        case .ambiguousParcel(let id, let candidates):
            let shown = candidates.prefix(12).joined(separator: "; ")
            let more = candidates.count > 12 ? "; … and \(candidates.count - 12) more" : ""
            return "'\(id)' matches \(candidates.count) parcels, give the Nenner: " + shown + more
        case .unreadableSource(let location, let message): return "cannot read \(location): \(message)"
        case .invalidInput(let message): return message
        }
    }
}
