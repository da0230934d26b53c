import Foundation
import GeoCore

/// Who uses a signal, for the intergreen (RiLSA distinguishes their speeds, lengths and passing times).
public enum RoadUser: String, Sendable, Hashable, CaseIterable {
    /// A motor vehicle going straight (or bending by less than 30°).
    case vehicle
    /// A motor vehicle turning (its path bends by 30° or more through the junction): it clears more slowly.
    case turningVehicle
    case cyclist
    case pedestrian

    /// For messages: "vehicle", "turning vehicle", "cyclist", "pedestrian".
    public var label: String { self == .turningVehicle ? "turning vehicle" : rawValue }
}

/// The design values of the intergreen (Zwischenzeit) between a clearing and an entering stream,
/// t_z = t_ü + t_r − t_e (RiLSA, Richtlinien für Lichtsignalanlagen, FGSV 2015, section 2.5; summarised in
/// `../shared/DOMAIN.md`):
/// - t_ü, the passing time (Überfahrzeit): the last vehicle crosses the stop line during the yellow: 3 s for motor
///   vehicles (the yellow at 50 km/h), 1 s for cyclists, 0 s for pedestrians (they have no yellow);
/// - t_r = (s_r + l) / v_r, the clearing time over the clearing distance s_r from the stop line to the far edge of
///   the conflict area plus the user's length l (6 m for motor vehicles, 0 m for cyclists and pedestrians, as
///   RiLSA fixes them), at the clearing speed v_r: 10 m/s straight, 7 m/s turning, 4 m/s cyclists, 1.2 m/s
///   pedestrians (RiLSA 2015's walking speed; `pedestrianClearingSpeed` 1.0 m/s for barrier-free crossings);
/// - t_e = s_e / v_e, the entering time over the entering distance s_e from the stop line to the near edge of the
///   conflict area, at the entering speed v_e: 11.1 m/s (40 km/h, a flying start) for motor vehicles, 5 m/s for
///   cyclists. Entering pedestrians are taken to stand at the conflict area already (t_e = 0), the safe side.
/// The result is rounded up to whole seconds, as intergreen tables are written. A higher entering speed and a
/// zero entering time for pedestrians only lengthen the intergreen: where a design value is uncertain, the
/// value chosen errs on the safe side.
public struct IntergreenRules: Sendable, Hashable {
    public var passingTime: [RoadUser: Double] = [.vehicle: 3, .turningVehicle: 3, .cyclist: 1, .pedestrian: 0]
    public var clearingSpeed: [RoadUser: Double] = [.vehicle: 10, .turningVehicle: 7, .cyclist: 4, .pedestrian: 1.2]
    public var length: [RoadUser: Double] = [.vehicle: 6, .turningVehicle: 6, .cyclist: 0, .pedestrian: 0]
    /// Entering speeds in m/s; a user without one (pedestrians) enters at once (t_e = 0).
    public var enteringSpeed: [RoadUser: Double] = [.vehicle: 11.1, .turningVehicle: 11.1, .cyclist: 5]
    /// Round t_z up to whole seconds.
    public var roundsUp = true

    public init() {}

    /// t_z for `clearing` over `clearingDistance` metres and `entering` over `enteringDistance` metres; never
    /// negative.
    public func intergreen(
        clearing: RoadUser, clearingDistance: Double, entering: RoadUser, enteringDistance: Double
    ) -> Double {
        let passing = passingTime[clearing] ?? 0
        let clearingTime = (max(clearingDistance, 0) + (length[clearing] ?? 0)) / (clearingSpeed[clearing] ?? 1)
        let enteringTime = enteringSpeed[entering].map { max(enteringDistance, 0) / $0 } ?? 0
        let t = max(0, passing + clearingTime - enteringTime)
        // Rounding up forgives the last bit of floating-point noise (3.0000000001 s is 3 s, not 4 s).
        return roundsUp ? (t - 1e-9).rounded(.up) : t
    }
}

/// An ordered pair of columns: `clearing`'s green ends, `entering`'s starts.
public struct DirectedColumnPair: Sendable, Hashable, Comparable {
    public let clearing: Int
    public let entering: Int

    public init(clearing: Int, entering: Int) {
        self.clearing = clearing
        self.entering = entering
    }

    public static func < (l: DirectedColumnPair, r: DirectedColumnPair) -> Bool {
        (l.clearing, l.entering) < (r.clearing, r.entering)
    }
}

/// The intergreen a junction's geometry requires between two conflicting signals, with its derivation.
public struct RequiredIntergreen: Sendable, Hashable {
    /// t_z in seconds.
    public var seconds: Double
    public var clearing: RoadUser
    public var entering: RoadUser
    /// s_r and s_e in metres (to the far and the near edge of the conflict area).
    public var clearingDistance: Double
    public var enteringDistance: Double

    public init(
        seconds: Double, clearing: RoadUser, entering: RoadUser, clearingDistance: Double, enteringDistance: Double
    ) {
        self.seconds = seconds
        self.clearing = clearing
        self.entering = entering
        self.clearingDistance = clearingDistance
        self.enteringDistance = enteringDistance
    }
}

/// The path of one signal through its junction, from the stop line on, as a polyline in metres.
public struct SignalPath: Sendable, Hashable {
    public var user: RoadUser
    public var points: [Coordinate]
    /// Half the width of the lane or crossing, the margin from the path's centre line to the edge of what it
    /// occupies (the conflict area starts and ends there).
    public var halfWidth: Double
    /// A pedestrian or bicycle crossing is walked in both directions: distances are taken from whichever end is
    /// worse (the far end for clearing, the near end for entering).
    public var bothWays: Bool

    public init(user: RoadUser, points: [Coordinate], halfWidth: Double, bothWays: Bool = false) {
        self.user = user
        self.points = points
        self.halfWidth = halfWidth
        self.bothWays = bothWays
    }

    public var length: Double {
        zip(points, points.dropFirst()).reduce(0) { $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y) }
    }

    /// The turning user for a vehicle path whose heading changes by 30° or more from start to end.
    public static func vehicleUser(for points: [Coordinate]) -> RoadUser {
        guard points.count >= 2 else { return .vehicle }
        let a = atan2(points[1].y - points[0].y, points[1].x - points[0].x)
        let n = points.count
        let b = atan2(points[n - 1].y - points[n - 2].y, points[n - 1].x - points[n - 2].x)
        var d = abs(b - a).truncatingRemainder(dividingBy: 2 * .pi)
        if d > .pi { d = 2 * .pi - d }
        return d >= 30 * .pi / 180 ? .turningVehicle : .vehicle
    }
}

extension IntergreenRules {
    /// The intergreen from `clearing` to `entering` at the point where their paths meet: the first crossing
    /// along the clearing path, or, when the centre lines do not cross (merging into neighbouring lanes, paths
    /// that touch at an end), their closest approach. Distances run to the far (clearing) and the near (entering)
    /// edge of the conflict area: ± the other path's half width.
    public func intergreen(clearing: SignalPath, entering: SignalPath) -> RequiredIntergreen? {
        guard let (sa, sb) = ConflictPoint.find(clearing.points, entering.points) else { return nil }
        let la = clearing.length
        let lb = entering.length
        let alongClearing = clearing.bothWays ? max(sa, la - sa) : sa
        let alongEntering = entering.bothWays ? min(sb, lb - sb) : sb
        let clearingDistance = alongClearing + entering.halfWidth
        let enteringDistance = max(0, alongEntering - clearing.halfWidth)
        return RequiredIntergreen(
            seconds: intergreen(
                clearing: clearing.user, clearingDistance: clearingDistance, entering: entering.user,
                enteringDistance: enteringDistance),
            clearing: clearing.user, entering: entering.user, clearingDistance: clearingDistance,
            enteringDistance: enteringDistance)
    }
}

/// Where two paths meet, as arc lengths along each.
enum ConflictPoint {
    /// (distance along `a`, distance along `b`) of the first crossing along `a`, or of the closest approach
    /// (vertex to segment, both ways) when they do not cross; nil for a path with fewer than two points.
    static func find(_ a: [Coordinate], _ b: [Coordinate]) -> (Double, Double)? {
        guard a.count >= 2, b.count >= 2 else { return nil }
        let ca = cumulative(a)
        let cb = cumulative(b)
        for i in 0..<(a.count - 1) {
            var best: (t: Double, u: Double, j: Int)?
            for j in 0..<(b.count - 1) {
                guard let (t, u) = crossing(a[i], a[i + 1], b[j], b[j + 1]) else { continue }
                if best == nil || t < best!.t { best = (t, u, j) }
            }
            if let best {
                return (ca[i] + best.t * (ca[i + 1] - ca[i]), cb[best.j] + best.u * (cb[best.j + 1] - cb[best.j]))
            }
        }
        // Closest approach.
        var result = (distance: Double.infinity, sa: 0.0, sb: 0.0)
        for (i, p) in a.enumerated() {
            for j in 0..<(b.count - 1) {
                let (d, u) = project(p, b[j], b[j + 1])
                if d < result.distance { result = (d, ca[i], cb[j] + u * (cb[j + 1] - cb[j])) }
            }
        }
        for (j, p) in b.enumerated() {
            for i in 0..<(a.count - 1) {
                let (d, t) = project(p, a[i], a[i + 1])
                if d < result.distance { result = (d, ca[i] + t * (ca[i + 1] - ca[i]), cb[j]) }
            }
        }
        return (result.sa, result.sb)
    }

    static func cumulative(_ points: [Coordinate]) -> [Double] {
        var c = [0.0]
        for (p, q) in zip(points, points.dropFirst()) { c.append(c[c.count - 1] + hypot(q.x - p.x, q.y - p.y)) }
        return c
    }

    /// Parameters (t on p0p1, u on q0q1) of the crossing of two segments, nil when they do not cross or are
    /// parallel.
    static func crossing(_ p0: Coordinate, _ p1: Coordinate, _ q0: Coordinate, _ q1: Coordinate) -> (Double, Double)? {
        let rx = p1.x - p0.x, ry = p1.y - p0.y
        let sx = q1.x - q0.x, sy = q1.y - q0.y
        let denominator = rx * sy - ry * sx
        guard abs(denominator) > 1e-12 else { return nil }
        let qx = q0.x - p0.x, qy = q0.y - p0.y
        let t = (qx * sy - qy * sx) / denominator
        let u = (qx * ry - qy * rx) / denominator
        guard t >= 0, t <= 1, u >= 0, u <= 1 else { return nil }
        return (t, u)
    }

    /// Distance from `p` to segment ab and the parameter of the nearest point.
    static func project(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> (Double, Double) {
        let dx = b.x - a.x, dy = b.y - a.y
        let l2 = dx * dx + dy * dy
        let u = l2 > 0 ? min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0
        return (hypot(p.x - (a.x + u * dx), p.y - (a.y + u * dy)), u)
    }
}
