import GeoCore
import TrafficCore

/// A rectangular street grid with boundary entry and exit links, optionally signalised — for demos,
/// tests and benchmarks.
///
/// Interior nodes `n_r_c` sit at (c·L, −r·L) (row 0 is the north edge). Adjacent interior nodes are joined
/// by a link in each direction (`n_0_0-n_0_1`, …). Each edge node also gets a boundary node one link length
/// outside (`N_c`, `S_c`, `W_r`, `E_r`) with an entry link into the grid and an exit link out of it.
/// All non-U-turn movements exist. When signalised, every interior node gets two groups, `NS` (approaches
/// from north and south) and `EW`, with effective greens [0, C/2 − lost) and [C/2, C − lost) and offset 0.
public struct GridNetwork: Sendable {
    public enum Side: String, Sendable, CaseIterable, Hashable {
        case north, south, west, east

        public var opposite: Side {
            switch self {
            case .north: .south
            case .south: .north
            case .west: .east
            case .east: .west
            }
        }
    }

    public let rows: Int
    public let columns: Int
    public let network: Network
    public let signalPlans: [NodeID: SignalPlan]
    /// Entry links per side, in column order (north/south) or row order (west/east).
    public let entryLinks: [Side: [LinkID]]
    /// Exit links per side, same order.
    public let exitLinks: [Side: [LinkID]]

    /// - Parameters:
    ///   - linkLength: metres between adjacent nodes (and to the boundary nodes).
    ///   - freeFlowSpeed: m/s (13.89 ≈ 50 km/h, the German urban limit).
    ///   - cycle, lostTimePerPhase: signal cycle and the lost time (amber + all-red − usable amber) per phase.
    public init(
        rows: Int, columns: Int, linkLength: Double = 300, lanes: Int = 1, freeFlowSpeed: Double = 13.89,
        signalised: Bool = true, cycle: Double = 60, lostTimePerPhase: Double = 3
    ) {
        precondition(rows >= 1 && columns >= 1, "a grid needs at least one row and column")
        precondition(linkLength > 0 && lanes >= 1 && freeFlowSpeed > 0, "grid links need length, lanes and speed > 0")
        precondition(cycle > 2 * lostTimePerPhase && lostTimePerPhase >= 0, "cycle must exceed the lost time")
        do {
            self = try Self.make(
                rows: rows, columns: columns, linkLength: linkLength, lanes: lanes, freeFlowSpeed: freeFlowSpeed,
                signalised: signalised, cycle: cycle, lostTimePerPhase: lostTimePerPhase)
        } catch {
            // IDs are generated and unique and the parameters were checked above, so this cannot happen.
            preconditionFailure("grid construction failed: \(error)")
        }
    }

    private init(
        rows: Int, columns: Int, network: Network, signalPlans: [NodeID: SignalPlan], entryLinks: [Side: [LinkID]],
        exitLinks: [Side: [LinkID]]
    ) {
        self.rows = rows
        self.columns = columns
        self.network = network
        self.signalPlans = signalPlans
        self.entryLinks = entryLinks
        self.exitLinks = exitLinks
    }

    private static func make(
        rows: Int, columns: Int, linkLength: Double, lanes: Int, freeFlowSpeed: Double, signalised: Bool,
        cycle: Double, lostTimePerPhase: Double
    ) throws(NetworkError) -> GridNetwork {
        var b = NetworkBuilder()
        func name(_ r: Int, _ c: Int) -> String { "n_\(r)_\(c)" }
        for r in 0..<rows {
            for c in 0..<columns {
                try b.addNode(name(r, c), at: Coordinate(Double(c) * linkLength, -Double(r) * linkLength))
            }
        }
        func link(_ a: String, _ z: String) throws(NetworkError) -> LinkID {
            try b.addLink("\(a)-\(z)", from: a, to: z, lanes: lanes, freeFlowSpeed: freeFlowSpeed)
        }
        for r in 0..<rows {
            for c in 0..<columns {
                if c + 1 < columns {
                    _ = try link(name(r, c), name(r, c + 1))
                    _ = try link(name(r, c + 1), name(r, c))
                }
                if r + 1 < rows {
                    _ = try link(name(r, c), name(r + 1, c))
                    _ = try link(name(r + 1, c), name(r, c))
                }
            }
        }
        var entries: [Side: [LinkID]] = [:]
        var exits: [Side: [LinkID]] = [:]
        func boundary(_ side: Side, _ id: String, at point: Coordinate, edge: String) throws(NetworkError) {
            try b.addNode(id, at: point)
            entries[side, default: []].append(try link(id, edge))
            exits[side, default: []].append(try link(edge, id))
        }
        for c in 0..<columns {
            try boundary(.north, "N_\(c)", at: Coordinate(Double(c) * linkLength, linkLength), edge: name(0, c))
            try boundary(
                .south, "S_\(c)", at: Coordinate(Double(c) * linkLength, -Double(rows) * linkLength),
                edge: name(rows - 1, c))
        }
        for r in 0..<rows {
            try boundary(.west, "W_\(r)", at: Coordinate(-linkLength, -Double(r) * linkLength), edge: name(r, 0))
            try boundary(
                .east, "E_\(r)", at: Coordinate(Double(columns) * linkLength, -Double(r) * linkLength),
                edge: name(r, columns - 1))
        }
        var plans: [NodeID: SignalPlan] = [:]
        for r in 0..<rows {
            for c in 0..<columns {
                try b.addAllMovements(at: name(r, c)) { incoming, _ in
                    guard signalised else { return nil }
                    // Approach direction from the link's own geometry: mostly vertical → NS.
                    let start = incoming.geometry.first!
                    let end = incoming.geometry.last!
                    return abs(end.y - start.y) > abs(end.x - start.x) ? "NS" : "EW"
                }
                if signalised {
                    let half = cycle / 2
                    plans[b.nodeID(name(r, c))!] = SignalPlan(
                        cycle: cycle, offset: 0,
                        groups: [
                            SignalGroup(
                                id: "NS", greenIntervals: [GreenInterval(start: 0, end: half - lostTimePerPhase)]),
                            SignalGroup(
                                id: "EW", greenIntervals: [GreenInterval(start: half, end: cycle - lostTimePerPhase)]),
                        ])
                }
            }
        }
        // Permitted left turns give way to the opposing straight and right turns of their stage; unsignalised
        // crossings of equal roads follow the priority rule (right before left on slow roads).
        try b.deriveYields { _ in
            signalised
                ? .signalised(greenTogether: { $0.signalGroup == $1.signalGroup })
                : .priority(rank: { _ in 1 }, rightBeforeLeftSpeed: JunctionControl.defaultRightBeforeLeftSpeed)
        }
        return GridNetwork(
            rows: rows, columns: columns, network: b.build(), signalPlans: plans, entryLinks: entries,
            exitLinks: exits)
    }
}
