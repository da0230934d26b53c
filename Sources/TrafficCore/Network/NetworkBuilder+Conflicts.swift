import Foundation
import GeoCore

/// Who yields to whom at a node, derived from the links' geometry where the source has no such data (OSM,
/// GIS layers, generated grids); SUMO nets bring their own (`<request response>`).
///
/// Geometry: each link meets the node in an *arm*, the direction from the node along the link's first (outgoing)
/// or last (incoming) segment; links within 20° are one arm. Driving on the right, a vehicle enters the node just
/// counter-clockwise of its arm's direction and leaves just clockwise of the exit arm's. Two movements from
/// different arms conflict when they leave by the same arm (merge) or when their paths, chords of that circle,
/// cross (their end points interleave); movements from one arm never conflict. Turn: the angle from the heading
/// on arrival to the exit arm — within 40° straight, otherwise left (counter-clockwise) or right; back into the
/// arrival arm a U-turn.
public enum JunctionControl {
    /// Signalised: a left turn gives way to the opposing straight and right turns that are green with it
    /// (`greenTogether`, e.g. the same signal group) — the permitted left turn. Nothing else yields: the plan
    /// separates the other conflicts.
    case signalised(greenTogether: (Movement, Movement) -> Bool)
    /// Unsignalised, by the rank of the incoming links (higher = more important road, e.g. the OSM road class):
    /// movements from a lower-ranked arm give way to every conflicting movement from a higher-ranked one;
    /// between arms of equal rank a left turn gives way to the opposing straight and right turns. When every
    /// arm has the same rank and no incoming link is faster than `rightBeforeLeftSpeed` (m/s), the node is
    /// right-before-left (German StVO § 8): each movement also gives way to conflicting movements from the arm
    /// on its right.
    case priority(rank: (Link) -> Int, rightBeforeLeftSpeed: Double)

    /// netconvert's default limit for right-before-left junctions: 49 km/h.
    public static let defaultRightBeforeLeftSpeed = 49 / 3.6
}

extension NetworkBuilder {
    /// Adds the yields of every movement at `node` that `control` implies (see `JunctionControl`); movements
    /// already yielding keep what they have.
    public mutating func deriveYields(at node: String, control: JunctionControl) throws(NetworkError) {
        guard let nodeID = nodeID(node) else { throw .unknownNode(node, referencedBy: "deriveYields") }
        try deriveYields { $0 == nodeID ? control : nil }
    }

    /// Adds the yields `control` implies at every node it returns a control for (`nil`: leave the node alone).
    /// Nodes with fewer than two arms have nothing to derive. - Complexity: O(movements + Σ per node of the
    /// squared number of its movements).
    public mutating func deriveYields(control: (NodeID) -> JunctionControl?) throws(NetworkError) {
        var atNode: [[MovementID]] = Array(repeating: [], count: nodeCount)
        for m in 0..<movementCount {
            atNode[link(movement(MovementID(m)).from).to.index].append(MovementID(m))
        }
        for (n, here) in atNode.enumerated() where here.count > 1 {
            guard let control = control(NodeID(n)) else { continue }
            try deriveYields(at: NodeID(n), movements: here, control: control)
        }
    }

    private mutating func deriveYields(
        at nodeID: NodeID, movements here: [MovementID], control: JunctionControl
    ) throws(NetworkError) {
        let geometry = JunctionGeometry(node: nodeID, movements: here, builder: self)
        guard geometry.armCount > 1 else { return }
        var pairs: [(MovementID, MovementID)] = []
        switch control {
        case .signalised(let greenTogether):
            for a in here where geometry.turn(a) == .left {
                for b in here where geometry.isOpposite(a, b) && geometry.turn(b) != .left && geometry.turn(b) != .uTurn
                    && geometry.conflict(a, b) && greenTogether(movement(a), movement(b))
                {
                    pairs.append((a, b))
                }
            }
        case .priority(let rank, let speedLimit):
            var ranks: [MovementID: Int] = [:]
            for m in here { ranks[m] = rank(link(movement(m).from)) }
            let equal = Set(ranks.values).count == 1
            let slow = here.allSatisfy { link(movement($0).from).freeFlowSpeed <= speedLimit + 1e-9 }
            for a in here {
                for b in here where a != b && geometry.conflict(a, b) {
                    let ra = ranks[a]!
                    let rb = ranks[b]!
                    if ra < rb {
                        pairs.append((a, b))
                    } else if ra == rb {
                        let opposingLeft =
                            geometry.turn(a) == .left && geometry.isOpposite(a, b) && geometry.turn(b) != .left
                        if opposingLeft || (equal && slow && geometry.isOnTheRight(b, of: a)) { pairs.append((a, b)) }
                    }
                }
            }
        }
        for (minor, major) in pairs { try addYield(minor: minor, major: major) }
    }
}

/// Turn of a movement at its node.
public enum TurnDirection: Sendable, Hashable {
    case straight, left, right, uTurn
}

/// The arms of one node and the position of each movement's entry and exit on the circle around it.
struct JunctionGeometry {
    private var arm: [MovementID: (from: Int, to: Int)] = [:]
    private var armAngles: [Double] = []
    private var turns: [MovementID: TurnDirection] = [:]

    var armCount: Int { armAngles.count }

    init(node: NodeID, movements: [MovementID], builder: NetworkBuilder) {
        let center = builder.nodeCoordinate(node)
        /// Direction from the node along a link: the far end of its segment at the node.
        func angle(_ link: Link, incoming: Bool) -> Double {
            let line = link.geometry
            var p = incoming ? line[line.count - 2] : line[1]
            if hypot(p.x - center.x, p.y - center.y) < 1e-6 { p = incoming ? line[0] : line[line.count - 1] }
            return atan2(p.y - center.y, p.x - center.x)
        }
        func armIndex(_ a: Double) -> Int {
            for (i, existing) in armAngles.enumerated() where abs(Self.wrap(a - existing)) < 20 * .pi / 180 { return i }
            armAngles.append(a)
            return armAngles.count - 1
        }
        for m in movements {
            let movement = builder.movement(m)
            let from = armIndex(angle(builder.link(movement.from), incoming: true))
            let to = armIndex(angle(builder.link(movement.to), incoming: false))
            arm[m] = (from, to)
        }
        for m in movements {
            let (from, to) = arm[m]!
            if from == to {
                turns[m] = .uTurn
                continue
            }
            // Heading on arrival points from the arm to the node: the arm's direction + π.
            let turn = Self.wrap(armAngles[to] - (armAngles[from] + .pi))
            turns[m] = abs(turn) < 40 * .pi / 180 ? .straight : (turn > 0 ? .left : .right)
        }
    }

    static func wrap(_ a: Double) -> Double {
        var x = a.truncatingRemainder(dividingBy: 2 * .pi)
        if x > .pi { x -= 2 * .pi }
        if x <= -.pi { x += 2 * .pi }
        return x
    }

    func turn(_ m: MovementID) -> TurnDirection { turns[m]! }

    /// Whether `b` arrives from the arm opposite `a`'s (more than 135° apart).
    func isOpposite(_ a: MovementID, _ b: MovementID) -> Bool {
        abs(Self.wrap(armAngles[arm[b]!.from] - armAngles[arm[a]!.from])) > 135 * .pi / 180
    }

    /// Whether `b` arrives from the right of a driver of `a`: its arm lies 20°–160° counter-clockwise of `a`'s
    /// arm, as seen from the node (a driver arriving from the south has the east arm on the right).
    func isOnTheRight(_ b: MovementID, of a: MovementID) -> Bool {
        let d = Self.wrap(armAngles[arm[b]!.from] - armAngles[arm[a]!.from])
        return d > 20 * .pi / 180 && d < 160 * .pi / 180
    }

    /// Whether the paths of `a` and `b` meet inside the node: same exit arm (merge) or crossing chords.
    func conflict(_ a: MovementID, _ b: MovementID) -> Bool {
        let (af, at) = arm[a]!
        let (bf, bt) = arm[b]!
        if af == bf { return false }  // from one arm: diverging or side by side
        if at == bt { return true }  // merging
        // Positions on the circle: entry just counter-clockwise of the arm, exit just clockwise.
        let e = 1e-3
        func position(_ armIndex: Int, entry: Bool) -> Double {
            let p = armAngles[armIndex] + (entry ? e : -e)
            return p < 0 ? p + 2 * .pi : p
        }
        let a0 = position(af, entry: true)
        let a1 = position(at, entry: false)
        let b0 = position(bf, entry: true)
        let b1 = position(bt, entry: false)
        func between(_ x: Double, _ lo: Double, _ hi: Double) -> Bool {
            lo < hi ? (x > lo && x < hi) : (x > lo || x < hi)
        }
        return between(b0, a0, a1) != between(b1, a0, a1)
    }
}
