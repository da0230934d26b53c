/// What a count counted: the vehicles on one link (a SUMO edge, a GIS street direction), or the vehicles turning
/// from one link into another at a junction. Links are named by their network ids.
public enum CountTarget: Sendable, Hashable, Comparable, CustomStringConvertible {
    case link(String)
    case turn(from: String, to: String)

    public var description: String {
        switch self {
        case .link(let link): "link '\(link)'"
        case .turn(let from, let to): "turn '\(from)' → '\(to)'"
        }
    }
}

/// Where a count was read: the file, and its line (CSV, XML) or feature (GIS layer), for messages.
public struct CountLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name (last path component), or the name given with in-memory text.
    public var source: String
    /// 1-based line of the CSV row or of the XML element's start tag (libxml2's line: where the tag ends).
    public var line: Int?
    /// The feature of a GIS layer: its station id, else `fid N`.
    public var feature: String?

    public init(source: String, line: Int? = nil, feature: String? = nil) {
        self.source = source
        self.line = line
        self.feature = feature
    }

    /// `counts.csv, line 7`, `stations.gpkg, feature 'K12'`, or the source alone.
    public var description: String {
        var text = source
        if let line { text += ", line \(line)" }
        if let feature { text += ", feature '\(feature)'" }
        return text
    }
}

/// One traffic count: the vehicles a counting station saw on a link or turn during [begin, end).
///
/// `vehicles` is the total of all vehicles, heavy ones included (vehicles, not passenger-car units);
/// `heavyVehicles` is the part of it that are heavy vehicles (SV, Schwerverkehr), when the source says.
/// Counts may be fractional (averages over several days, scaled counts).
public struct TrafficCount: Sendable, Hashable {
    /// The counting station (a loop, a camera, a manual count point); for SUMO outputs the edge id.
    public var station: String
    public var target: CountTarget
    /// Seconds from the start of the simulated day (the simulation's clock).
    public var begin: Double
    public var end: Double
    public var vehicles: Double
    public var heavyVehicles: Double?
    public var location: CountLocation

    public init(
        station: String, target: CountTarget, begin: Double, end: Double, vehicles: Double,
        heavyVehicles: Double? = nil, location: CountLocation
    ) {
        self.station = station
        self.target = target
        self.begin = begin
        self.end = end
        self.vehicles = vehicles
        self.heavyVehicles = heavyVehicles
        self.location = location
    }

    /// end − begin, in seconds.
    public var duration: Double { end - begin }

    /// The count as an hourly flow: vehicles · 3600 / duration (veh/h), e.g. 25 vehicles in 15 min → 100 veh/h.
    public var hourlyFlow: Double { vehicles * 3600 / duration }
}
