import Foundation
import GeoCore
import Support
import TrafficCore

/// The JSON network format (Codable).
///
/// ```json
/// {
///   "nodes": [ { "id": "A", "x": 0, "y": 0 }, { "id": "B", "x": 1000, "y": 0 } ],
///   "links": [
///     { "id": "A-B", "from": "A", "to": "B", "length_m": 1000, "lanes": 1,
///       "free_flow_speed_mps": 13.9, "capacity_veh_h": 1800, "jam_density_veh_km_lane": 150,
///       "geometry": [[0, 0], [1000, 0]] }
///   ],
///   "movements": [ { "from": "A-B", "to": "B-C", "lanes": 1, "signal_group": "NS",
///                    "yields_to": [ { "from": "D-B", "to": "B-A", "lanes": 1 } ] } ]
/// }
/// ```
/// - Coordinates are planar (metres, e.g. EPSG:25832), `x` = easting, `y` = northing.
/// - Optional link fields and their defaults: `length_m` (length of `geometry`, else the straight line
///   between the nodes), `lanes` (1), `capacity_veh_h` (lanes × 1800), `jam_density_veh_km_lane` (150),
///   `geometry` (straight line).
/// - Optional movement fields: `lanes` (min of both links' lanes), `signal_group` (unsignalised), `yields_to`
///   (movements of the same node this one gives way to: minor to major road, permitted left turn to opposing
///   traffic; none), each with `lanes`, how many of that movement's lanes the conflict involves (all). The
///   simulation's gap acceptance lets it go only through gaps in those. `passage_length_m` and `passage_time_s`
///   (0): the way through the junction beyond the two links (SUMO nets: their internal lanes).
///   `lane_connections` ([[from-lane, to-lane], …], 0 = rightmost lane; any lane to any when absent): the lanes
///   joined, as SUMO's connections; a vehicle queues on the lanes of its next turn and gets their storage.
///   `stop` (false): a stop sign, every vehicle stops at the stop line (ignored with a `signal_group`).
///   A node is signalised when any of its movements names a signal group; timings come from a signal-plan
///   file (see `SignalPlansDocument`).
/// - When `movements` is absent, every non-U-turn movement at every node is created, unsignalised.
/// Semantic errors (unknown node, duplicate ID, zero length, …) are reported as `NetworkError`.
public struct NetworkDocument: Codable, Sendable, Hashable {
    public struct NodeRecord: Codable, Sendable, Hashable {
        public var id: String
        public var x: Double
        public var y: Double
        public init(id: String, x: Double, y: Double) {
            self.id = id
            self.x = x
            self.y = y
        }
    }

    public struct LinkRecord: Codable, Sendable, Hashable {
        public var id: String
        public var from: String
        public var to: String
        public var length: Double?
        public var lanes: Int?
        public var freeFlowSpeed: Double
        public var capacity: Double?
        public var jamDensity: Double?
        public var geometry: [Coordinate]?

        enum CodingKeys: String, CodingKey {
            case id, from, to, lanes, geometry
            case length = "length_m"
            case freeFlowSpeed = "free_flow_speed_mps"
            case capacity = "capacity_veh_h"
            case jamDensity = "jam_density_veh_km_lane"
        }

        public init(
            id: String, from: String, to: String, length: Double? = nil, lanes: Int? = nil,
            freeFlowSpeed: Double, capacity: Double? = nil, jamDensity: Double? = nil, geometry: [Coordinate]? = nil
        ) {
            self.id = id
            self.from = from
            self.to = to
            self.length = length
            self.lanes = lanes
            self.freeFlowSpeed = freeFlowSpeed
            self.capacity = capacity
            self.jamDensity = jamDensity
            self.geometry = geometry
        }
    }

    /// A movement named by its links; in `yields_to`, `lanes` is how many of its lanes the conflict involves
    /// (absent: all).
    public struct MovementReference: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public var lanes: Int?

        public init(from: String, to: String, lanes: Int? = nil) {
            self.from = from
            self.to = to
            self.lanes = lanes
        }
    }

    public struct MovementRecord: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public var lanes: Int?
        public var signalGroup: String?
        public var yieldsTo: [MovementReference]?
        public var passageLength: Double?
        public var passageTime: Double?
        /// Pairs [from-lane, to-lane] of the lanes joined (0 = rightmost; `Movement.laneConnections`).
        public var laneConnections: [[Int]]?
        /// A stop sign: every vehicle stops at the stop line (`Movement.stopSign`); absent: false.
        public var stop: Bool?

        enum CodingKeys: String, CodingKey {
            case from, to, lanes
            case signalGroup = "signal_group"
            case yieldsTo = "yields_to"
            case passageLength = "passage_length_m"
            case passageTime = "passage_time_s"
            case laneConnections = "lane_connections"
            case stop
        }

        public init(
            from: String, to: String, lanes: Int? = nil, signalGroup: String? = nil,
            yieldsTo: [MovementReference]? = nil, passageLength: Double? = nil, passageTime: Double? = nil,
            laneConnections: [[Int]]? = nil, stop: Bool? = nil
        ) {
            self.from = from
            self.to = to
            self.lanes = lanes
            self.signalGroup = signalGroup
            self.yieldsTo = yieldsTo
            self.passageLength = passageLength
            self.passageTime = passageTime
            self.laneConnections = laneConnections
            self.stop = stop
        }
    }

    public var nodes: [NodeRecord]
    public var links: [LinkRecord]
    public var movements: [MovementRecord]?

    public init(nodes: [NodeRecord], links: [LinkRecord], movements: [MovementRecord]?) {
        self.nodes = nodes
        self.links = links
        self.movements = movements
    }
}

extension Network {
    /// Builds and validates the network described by `document`.
    public init(document: NetworkDocument) throws(NetworkError) {
        var builder = NetworkBuilder()
        for n in document.nodes { try builder.addNode(n.id, at: Coordinate(n.x, n.y)) }
        for l in document.links {
            try builder.addLink(
                l.id, from: l.from, to: l.to, length: l.length, lanes: l.lanes ?? 1, freeFlowSpeed: l.freeFlowSpeed,
                capacity: l.capacity, jamDensity: l.jamDensity, geometry: l.geometry)
        }
        if let movements = document.movements {
            for m in movements {
                let id = try builder.addMovement(from: m.from, to: m.to, lanes: m.lanes, signalGroup: m.signalGroup)
                if m.passageLength != nil || m.passageTime != nil {
                    try builder.setPassage(id, length: m.passageLength ?? 0, time: m.passageTime ?? 0)
                }
                if m.stop == true { builder.setStopSign(id) }
                if let pairs = m.laneConnections {
                    guard pairs.allSatisfy({ $0.count == 2 }) else {
                        throw .invalidLaneConnection(
                            movement: "'\(m.from)' → '\(m.to)'", reason: "must be pairs [from-lane, to-lane]")
                    }
                    try builder.setLaneUse(id, connections: pairs.map { ($0[0], $0[1]) })
                }
            }
            for m in movements {
                for major in m.yieldsTo ?? [] {
                    try builder.addYield(
                        minorFrom: m.from, minorTo: m.to, majorFrom: major.from, majorTo: major.to, lanes: major.lanes)
                }
            }
        } else {
            for n in document.nodes { try builder.addAllMovements(at: n.id) }
        }
        self = builder.build()
    }

    /// The document describing this network, with every field explicit.
    public var document: NetworkDocument {
        NetworkDocument(
            nodes: nodes.map { .init(id: $0.id, x: $0.coordinate.x, y: $0.coordinate.y) },
            links: links.map {
                .init(
                    id: $0.id, from: nodes[$0.from.index].id, to: nodes[$0.to.index].id, length: $0.length,
                    lanes: $0.lanes, freeFlowSpeed: $0.freeFlowSpeed, capacity: $0.capacity,
                    jamDensity: $0.jamDensity, geometry: $0.geometry)
            },
            movements: movements.map { movement in
                let pairs = movement.fromLanes.flatMap { from in
                    movement.laneConnections.map { to in
                        zip(from, to).flatMap { lane, targets in targets.map { [lane, $0] } }
                    }
                }
                return .init(
                    from: links[movement.from.index].id, to: links[movement.to.index].id, lanes: movement.lanes,
                    signalGroup: movement.signalGroup,
                    yieldsTo: movement.yieldsTo.isEmpty
                        ? nil
                        : zip(movement.yieldsTo, movement.yieldLanes).map { y, lanes in
                            let major = movements[y.index]
                            return .init(
                                from: links[major.from.index].id, to: links[major.to.index].id,
                                lanes: lanes < major.lanes ? lanes : nil)
                        },
                    passageLength: movement.passageLength > 0 ? movement.passageLength : nil,
                    passageTime: movement.passageTime > 0 ? movement.passageTime : nil,
                    laneConnections: pairs, stop: movement.stopSign ? true : nil)
            })
    }

    /// Reads a network file (see `NetworkDocument`): JSON, or YAML with the same keys for `.yaml`/`.yml`.
    public static func load(contentsOf url: URL) throws -> Network {
        let data = try Data(contentsOf: url)
        return try Network(document: DocumentFile.decode(NetworkDocument.self, from: data, url: url))
    }

    /// The network as pretty-printed JSON with sorted keys (stable diffs).
    public func jsonData() throws -> Data {
        return try stableJSONEncoder().encode(document)
    }

    public func write(to url: URL) throws {
        try writeAtomically(try jsonData(), to: url.path)
    }
}
