import Foundation
import Support

/// The SUMO vehicle types of a demand and how many vehicles use each, for the one figure of them flowsim's model
/// needs: the saturation flow, the rate at which a queue leaves a stop line.
///
/// SUMO's car-following (Krauss, its default) discharges a queue at a headway that depends on the vehicle type.
/// Measured in SUMO 1.28 (a queue of 60 vehicles on a single-lane 50 km/h approach to a light, the headways of
/// the 5th to 35th vehicle over the stop line, 3 seeds; bench/signals/saturation.py):
///
/// | vType (SUMO's default: τ 1 s, σ 0.5, length 5 m, minGap 2.5 m, accel 2.6) | headway | veh/h |
/// |---|---:|---:|
/// | default | 1.989 s | 1810 |
/// | σ 0 | 1.722 s | 2090 |
/// | σ 0.25 | 1.833 s | 1964 |
/// | τ 1.2 | 2.178 s | 1653 |
/// | σ 0, τ 1.5 | 2.200 s | 1636 |
/// | length 7.5 | 2.278 s | 1580 |
/// | σ 0, length 10 | 2.200 s | 1636 |
/// | accel 2.0 | 1.978 s | 1820 |
///
/// They follow h = τ + 0.53 · σ + (length + minGap) / v_d within 3 %: the vehicles cross the stop line at the
/// discharge speed v_d, about 10.5 m/s at 50 km/h; dawdling σ costs time; acceleration hardly matters.
///
/// The discharge speed follows the lane's speed limit, and with it the saturation flow (SUMO's default type, the
/// same approach at each limit with a red of 600 s and no teleports, 3 seeds; the second table of
/// bench/signals/saturation.py):
///
/// | speed limit (km/h; SUMO writes 5.56 … 22.22 m/s) | 20 | 30 | 40 | 50 | 60 | 70 | 80 |
/// |---|---:|---:|---:|---:|---:|---:|---:|
/// | headway (s) | 3.389 | 2.611 | 2.211 | 1.978 | 1.856 | 1.767 | 1.711 |
/// | veh/h | 1062 | 1379 | 1628 | 1820 | 1940 | 2038 | 2104 |
/// | v_d (m/s) | 3.53 | 5.57 | 7.93 | 10.52 | 12.70 | 14.95 | 16.81 |
///
/// flowsim's 1800 veh/h per lane (DOMAIN.md, 2 s) stands for SUMO's default type at 50 km/h; on a SUMO network the
/// saturation flow of a lane with limit v is 1800 · h(default, 50 km/h) / h(mix, v), h(mix, v) the mean over the
/// demand's vehicles (`saturationFlowPerLane(base:atSpeedLimit:)`), v_d interpolated linearly between the measured
/// limits and in proportion beyond them. Types with another car-following model, distributions and vehicles of
/// unknown type count as the default.
public struct SUMOVehicleTypes: Sendable, Hashable {
    /// The Krauss parameters that set the discharge headway.
    public struct KraussType: Sendable, Hashable {
        public var tau: Double
        public var sigma: Double
        public var length: Double
        public var minGap: Double

        public init(tau: Double = 1, sigma: Double = 0.5, length: Double = 5, minGap: Double = 2.5) {
            self.tau = tau
            self.sigma = sigma
            self.length = length
            self.minGap = minGap
        }

        /// SUMO's `DEFAULT_VEHTYPE` (passenger car).
        public static let sumoDefault = KraussType()

        /// Queue discharge headway at a stop line of limit `limit` (m/s), in s: τ + 0.53 σ + (length + minGap) / v_d.
        public func dischargeHeadway(atSpeedLimit limit: Double) -> Double {
            tau + 0.53 * sigma + (length + minGap) / SUMOVehicleTypes.dischargeSpeed(atSpeedLimit: limit)
        }

        /// The discharge headway at 50 km/h, the limit flowsim's saturation flow per lane refers to.
        public var dischargeHeadway: Double { dischargeHeadway(atSpeedLimit: SUMOVehicleTypes.referenceSpeedLimit) }
    }

    /// 50 km/h as SUMO nets write it (13.89 m/s): SUMO's default type discharges 1800 veh/h per lane there,
    /// flowsim's saturation flow per lane.
    public static let referenceSpeedLimit = 13.89

    /// Measured speed at which SUMO's default type crosses the stop line when a queue discharges, per speed limit
    /// (x: limit, y: discharge speed, m/s; the limits as netconvert writes them; the table above).
    static let dischargeSpeeds: [(x: Double, y: Double)] = [
        (5.56, 3.53), (8.33, 5.57), (11.11, 7.93), (13.89, 10.52), (16.67, 12.70), (19.44, 14.95), (22.22, 16.81),
    ]

    /// The discharge speed v_d at speed limit `limit` (m/s): linear between the measured limits, in proportion to
    /// the limit below 20 and above 80 km/h.
    public static func dischargeSpeed(atSpeedLimit limit: Double) -> Double {
        let first = dischargeSpeeds[0]
        guard limit > first.x else { return max(limit, 0.1) * first.y / first.x }
        return measuredCurve(dischargeSpeeds, at: limit)
    }

    /// No vehicles counted: every vehicle of SUMO's default type.
    public static let defaultOnly = SUMOVehicleTypes(vehicles: [:], types: [:])

    /// Vehicles per type id (flows by their vehicle count).
    public var vehicles: [String: Double]
    /// The types the file defines (Krauss only); others count as the default.
    public var types: [String: KraussType]

    /// The vehicle-weighted mean discharge headway at 50 km/h; the default type's without vehicles.
    public var meanDischargeHeadway: Double { meanDischargeHeadway(atSpeedLimit: Self.referenceSpeedLimit) }

    /// The vehicle-weighted mean discharge headway at speed limit `limit` (m/s); the default type's without
    /// vehicles.
    public func meanDischargeHeadway(atSpeedLimit limit: Double) -> Double {
        let total = vehicles.values.reduce(0, +)
        guard total > 0 else { return KraussType.sumoDefault.dischargeHeadway(atSpeedLimit: limit) }
        return vehicles.reduce(0) { sum, entry in
            sum + entry.value * (types[entry.key] ?? .sumoDefault).dischargeHeadway(atSpeedLimit: limit)
        } / total
    }

    /// `base` (the saturation flow of SUMO's default type at 50 km/h) scaled to this demand's types on a lane
    /// with speed limit `limit` (m/s; default 50 km/h).
    public func saturationFlowPerLane(
        base: Double = LinkDefaults().saturationFlowPerLane, atSpeedLimit limit: Double = referenceSpeedLimit
    ) -> Double {
        base * KraussType.sumoDefault.dischargeHeadway / meanDischargeHeadway(atSpeedLimit: limit)
    }

    /// Scans a SUMO route file (plain or gzip): `vType`s and the `type` of every `vehicle`, `trip` and `flow`.
    public static func scan(contentsOf url: URL) throws(ImportError) -> SUMOVehicleTypes {
        let scanner = Scanner(source: url.lastPathComponent)
        try XMLElementReader.read(contentsOf: url, into: scanner)
        return SUMOVehicleTypes(vehicles: scanner.vehicles, types: scanner.types)
    }

    private final class Scanner: XMLElementHandler {
        let source: String
        var vehicles: [String: Double] = [:]
        var types: [String: KraussType] = [:]
        /// The vType being read, when its car-following model is Krauss so far.
        var open: (id: String, type: KraussType)?

        init(source: String) { self.source = source }

        func start(_ tag: XMLStartTag) throws(ImportError) {
            let a = AttributeReader(tag, source: source)
            switch tag.name {
            case "vType":
                open = nil
                guard let id = a["id"], (a["carFollowModel"] ?? "Krauss") == "Krauss" else { return }
                let d = KraussType.sumoDefault
                open = (
                    id,
                    KraussType(
                        tau: try a.optionalDouble("tau") ?? d.tau, sigma: try a.optionalDouble("sigma") ?? d.sigma,
                        length: try a.optionalDouble("length") ?? d.length,
                        minGap: try a.optionalDouble("minGap") ?? d.minGap)
                )
                types[id] = open?.type
            case let name where name.hasPrefix("carFollowing-"):
                // A nested model other than Krauss: the type counts as the default.
                if let id = open?.id, name != "carFollowing-Krauss" { types[id] = nil }
            case "vehicle", "trip":
                vehicles[a["type"] ?? "DEFAULT_VEHTYPE", default: 0] += 1
            case "flow":
                vehicles[a["type"] ?? "DEFAULT_VEHTYPE", default: 0] += Self.count(of: a)
            default:
                break
            }
        }

        func end(_ name: String) throws(ImportError) {
            if name == "vType" { open = nil }
        }

        /// A flow's vehicles: `number`, or its rate over begin…end (`vehsPerHour`, `period`, `probability` per s).
        static func count(of a: AttributeReader) -> Double {
            if let n = a["number"].flatMap(Double.init) { return n }
            let begin = a["begin"].flatMap(Double.init) ?? 0
            guard let end = a["end"].flatMap(Double.init), end > begin else { return 1 }
            if let rate = a["vehsPerHour"].flatMap(Double.init) { return rate * (end - begin) / 3600 }
            if let period = a["period"].flatMap(Double.init), period > 0 { return (end - begin) / period }
            if let p = a["probability"].flatMap(Double.init) { return p * (end - begin) }
            return 1
        }
    }
}
