import TrafficCore

/// A measure in a scenario file (`measures`), by kind; links by their IDs, times in seconds, speeds in km/h.
///
/// ```json
/// "measures": [
///   { "id": "works", "kind": "closure", "links": ["B4-3", "B4-4"], "begin_s": 3600, "end_s": 7200 },
///   { "id": "one-lane", "kind": "lane_closure", "links": ["A7-1"], "lanes": 1 },
///   { "id": "wet", "kind": "capacity", "links": ["A7-1"], "factor": 0.8 },
///   { "id": "t30", "kind": "speed_limit", "speed_kmh": 30, "zone": "tempo30.gpkg:zonen" },
///   { "id": "no-left", "kind": "turn_ban", "turns": [{ "from": "B4-3", "to": "K12-1" }] },
///   { "id": "evening", "kind": "signal_plan", "signals": "evening.add.xml", "begin_s": 1800 },
///   { "id": "concert", "kind": "event", "trips": 1500, "to": ["arena-1", "arena-2"], "begin_s": 3600, "end_s": 5400 },
///   { "id": "U1", "kind": "detour", "links": ["B4-3"], "via": ["K12-1", "K12-4"] }
/// ]
/// ```
/// - `begin_s` (default 0) and `end_s` (default: the end of the run) bound the window (`Measure`).
/// - `closure`: the links take no traffic. `lane_closure`: `lanes` (default 1) of each link closed — capacity
///   and storage fall in proportion (2 lanes, 1 closed: both halve); closing all of a link's lanes is an error
///   (use `closure`). `capacity`: capacity × `factor` (e.g. a work zone that slows discharge), storage ×
///   `storage_factor` (optional, in (0, 1], default 1: unchanged).
/// - `speed_limit`: `speed_kmh` on `links` and/or on the links of `zone`, a polygon layer (`path.gpkg:layer`,
///   `zones.geojson`; in the network's CRS or reprojected to it) — a link is in the zone when at least half its
///   length lies inside.
/// - `turn_ban`: `turns` as `from`/`to` link pairs joined by a movement.
/// - `signal_plan`: `signals` names a SUMO additional file with `<tlLogic>` programmes (for a SUMO net) or a
///   signal-plan document; the nodes whose plans it changes run them during the window.
/// - `event`: `trips` extra trips to (`to`) or from (`from`) the links listed, departing evenly over the
///   window (which must be given); the other end of each is drawn (seeded) from the other trips' origins
///   (`to`) or destinations (`from`): visitors come from where the area's traffic comes from.
/// - `detour`: vehicles that would use one of `links` drive via `via` in order (`Measure.Action.detour`).
public struct MeasureRecord: Codable, Sendable, Hashable {
    public struct Turn: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
    }

    public var id: String
    public var kind: String
    public var begin: Double?
    public var end: Double?
    public var links: [String]?
    public var lanes: Int?
    public var factor: Double?
    /// `capacity` only: the storage factor (default 1; a lane closure's is its capacity factor).
    public var storageFactor: Double?
    public var speedKmh: Double?
    public var zone: String?
    public var turns: [Turn]?
    public var signals: String?
    public var trips: Int?
    public var to: [String]?
    public var from: [String]?
    public var via: [String]?

    enum CodingKeys: String, CodingKey {
        case id, kind, links, lanes, factor, zone, turns, signals, trips, to, from, via
        case begin = "begin_s"
        case end = "end_s"
        case speedKmh = "speed_kmh"
        case storageFactor = "storage_factor"
    }

    public init(id: String, kind: String, begin: Double? = nil, end: Double? = nil, links: [String]? = nil) {
        self.id = id
        self.kind = kind
        self.begin = begin
        self.end = end
        self.links = links
    }

    /// The kinds scenario files may name.
    public static let kinds = [
        "closure", "lane_closure", "capacity", "speed_limit", "turn_ban", "signal_plan", "event", "detour",
    ]
}
