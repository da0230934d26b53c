import Support

/// Count data that cannot be used, naming the file and line (or feature) at fault.
public enum CountError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read, its XML is malformed or of the wrong kind, a GIS layer cannot be opened or
    /// reprojected: the importers' error, which names file, element and line itself.
    case input(ImportError)
    /// A column the CSV needs is not in its header (at the header's line).
    case missingColumn(String, source: String, line: Int)
    /// A value that is missing or empty in a row or element: a short CSV row, an empty station.
    case missingField(String, at: CountLocation)
    /// A number or time that cannot be read; `expected` says what would be accepted.
    case invalidNumber(field: String, value: String, expected: String, at: CountLocation)
    /// A negative number of vehicles (`field` is `vehicles`, `heavy_vehicles` or the XML attribute).
    case negativeVehicles(field: String, value: Double, at: CountLocation)
    /// More heavy vehicles than vehicles (`vehicles` counts all vehicles, heavy ones included).
    case heavyVehiclesExceedTotal(heavy: Double, vehicles: Double, at: CountLocation)
    /// An interval whose end is not after its begin.
    case emptyInterval(begin: Double, end: Double, at: CountLocation)
    /// A CSV row that names a link and a turn at once.
    case ambiguousTarget(at: CountLocation)
    /// Two counts of one station and target whose intervals overlap (or repeat).
    case overlappingIntervals(station: String, target: CountTarget, at: CountLocation, previous: CountLocation)
    /// A link that is not in the network.
    case unknownLink(String, at: CountLocation)
    /// Two links of the network without a movement from the first into the second.
    case unknownTurn(from: String, to: String, at: CountLocation)
    /// A CSV row without a link whose station is not in the station layer joined to it.
    case unknownStation(String, at: CountLocation)
    /// An induction-loop output interval of a detector the definitions do not have.
    case unknownDetector(String, at: CountLocation)
    /// Two detectors on one lane: summing a cross-section over them would count its vehicles twice.
    case detectorsShareLane(lane: String, detectors: [String], at: CountLocation)
    /// An interval of an edge's cross-section for which some of the edge's detectors have no output.
    case incompleteCrossSection(edge: String, begin: Double, end: Double, missing: [String], at: CountLocation)
    /// A count that does not fit in one slice of the aggregation grid (it spans a slice boundary).
    case offGrid(begin: Double, end: Double, interval: Double, at: CountLocation)
    /// A station feature that cannot be read (no station id, not a point).
    case invalidStation(String, at: CountLocation)

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .missingColumn(let name, let source, let line):
            "\(source), line \(line): the header has no '\(name)' column"
        case .missingField(let name, let at): "\(at): no \(name)"
        case .invalidNumber(let field, let value, let expected, let at):
            "\(at): \(field) '\(value)' is not \(expected)"
        case .negativeVehicles(let field, let value, let at): "\(at): negative \(field) \(exactText(value))"
        case .heavyVehiclesExceedTotal(let heavy, let vehicles, let at):
            "\(at): \(exactText(heavy)) heavy vehicles of only \(exactText(vehicles)) vehicles "
                + "(vehicles counts all vehicles, heavy ones included)"
        case .emptyInterval(let begin, let end, let at):
            "\(at): end \(exactText(end)) is not after begin \(exactText(begin))"
        case .ambiguousTarget(let at): "\(at): both a link and a turn (from_link, to_link); give one"
        case .overlappingIntervals(let station, let target, let at, let previous):
            "\(at): station '\(station)' counts \(target) again in an interval that overlaps the one of \(previous)"
        case .unknownLink(let link, let at): "\(at): no link '\(link)' in the network"
        case .unknownTurn(let from, let to, let at): "\(at): the network has no turn from '\(from)' into '\(to)'"
        case .unknownStation(let station, let at):
            "\(at): station '\(station)' names no link and is not in the station layer"
        case .unknownDetector(let id, let at): "\(at): detector '\(id)' is not in the detector definitions"
        case .detectorsShareLane(let lane, let detectors, let at):
            "\(at): detectors \(detectors.map { "'\($0)'" }.joined(separator: " and ")) are both on lane '\(lane)'; "
                + "summing them would count its vehicles twice (keep one in the definitions)"
        case .incompleteCrossSection(let edge, let begin, let end, let missing, let at):
            "\(at): edge '\(edge)', \(exactText(begin))–\(exactText(end)) s: no output of detector"
                + (missing.count == 1 ? " " : "s ") + missing.map { "'\($0)'" }.joined(separator: ", ")
                + ", so the edge's sum would be short"
        case .offGrid(let begin, let end, let interval, let at):
            "\(at): the count \(exactText(begin))–\(exactText(end)) s does not fit in one \(exactText(interval)) s "
                + "slice (counts are summed into slices, never split); aggregate to a longer interval"
        case .invalidStation(let reason, let at): "\(at): \(reason)"
        }
    }
}
