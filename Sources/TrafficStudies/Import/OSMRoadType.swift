import TrafficCore

/// Defaults for an OSM `highway=*` type: what a way gets when it has no `lanes`, `maxspeed` or `oneway` tag.
///
/// | highway | lanes per direction | km/h | oneway | speed source |
/// |---|---|---|---|---|
/// | motorway | 2 | 120 | yes | below the 130 km/h advisory speed (Autobahn-Richtgeschwindigkeits-Verordnung) for mixed car/truck traffic |
/// | motorway_link | 1 | 60 | yes | SUMO `osmNetconvertUrbanDe.typ.xml` (16.67 m/s) |
/// | trunk | 2 | 100 | no | StVO §3(3) Nr. 2c, outside built-up areas; SUMO `osmNetconvert.typ.xml` (27.78 m/s) |
/// | trunk_link | 1 | 50 | no | SUMO `osmNetconvertUrbanDe.typ.xml` (13.89 m/s) |
/// | primary, secondary, tertiary, unclassified, road | 2, 1, 1, 1, 1 | 50 | no | StVO §3(3) Nr. 1, built-up areas |
/// | primary_link, secondary_link, tertiary_link | 1 | 50 | no | StVO §3(3) Nr. 1 |
/// | residential | 1 | 30 | no | Tempo-30 zones (StVO §45(1c)), the rule in German residential streets |
/// | living_street | 1 | 7 | no | "Schrittgeschwindigkeit" (StVO Anlage 3, Zeichen 325.1; read as 4–7 km/h) |
/// | service | 1 | 20 | no | SUMO `osmNetconvert.typ.xml` (5.56 m/s); not imported by default |
///
/// Lane counts are SUMO's `numLanes` from `data/typemap/osmNetconvert.typ.xml` (eclipse-sumo 1.28), which
/// are per direction. `oneway` for motorways and their links follows the same file and the OSM wiki
/// (Key:oneway: implied on `highway=motorway`).
public struct OSMRoadType: Sendable, Hashable {
    public var lanes: Int
    public var speedKmh: Double
    public var oneway: Bool

    public init(lanes: Int, speedKmh: Double, oneway: Bool = false) {
        self.lanes = lanes
        self.speedKmh = speedKmh
        self.oneway = oneway
    }

    /// Every type in the table above.
    public static let germanDefaults: [String: OSMRoadType] = [
        "motorway": .init(lanes: 2, speedKmh: 120, oneway: true),
        "motorway_link": .init(lanes: 1, speedKmh: 60, oneway: true),
        "trunk": .init(lanes: 2, speedKmh: 100),
        "trunk_link": .init(lanes: 1, speedKmh: 50),
        "primary": .init(lanes: 2, speedKmh: 50),
        "primary_link": .init(lanes: 1, speedKmh: 50),
        "secondary": .init(lanes: 1, speedKmh: 50),
        "secondary_link": .init(lanes: 1, speedKmh: 50),
        "tertiary": .init(lanes: 1, speedKmh: 50),
        "tertiary_link": .init(lanes: 1, speedKmh: 50),
        "unclassified": .init(lanes: 1, speedKmh: 50),
        "road": .init(lanes: 1, speedKmh: 50),
        "residential": .init(lanes: 1, speedKmh: 30),
        "living_street": .init(lanes: 1, speedKmh: 7),
        "service": .init(lanes: 1, speedKmh: 20),
    ]

    /// Priority rank of a `highway=*` class at junctions without signals (higher gives way to none lower):
    /// motorway 10, trunk 9, primary 8, secondary 7, tertiary 6, their `_link`s one below, unclassified and road
    /// 4, residential 3, living_street and service 2, anything else 1. The order of SUMO's
    /// `osmNetconvert.typ.xml` priorities. Roundabouts (`junction=roundabout`) rank above all approaches
    /// (`roundaboutRank`): entering traffic gives way to circulating traffic (StVO § 8 (1a)).
    public static func priorityRank(highway: String) -> Int {
        switch highway {
        case "motorway": 10
        case "trunk", "motorway_link": 9
        case "primary", "trunk_link": 8
        case "secondary", "primary_link": 7
        case "tertiary", "secondary_link": 6
        case "tertiary_link": 5
        case "unclassified", "road": 4
        case "residential": 3
        case "living_street", "service": 2
        default: 1
        }
    }

    /// Rank of a roundabout's circulating carriageway.
    public static let roundaboutRank = 100

    /// The types imported by default: the table without `service` (driveways, parking aisles), which SUMO's
    /// typemap also closes to passenger cars.
    public static var defaultSelection: [String: OSMRoadType] {
        germanDefaults.filter { $0.key != "service" }
    }
}
