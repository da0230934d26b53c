import Foundation

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
/// They follow h = τ + (length + minGap) / 10.4 m/s + 0.53 · σ within 3 % (the vehicles cross the stop line at
/// about 10.4 m/s; dawdling σ costs time; acceleration hardly matters). flowsim's 1800 veh/h per lane (DOMAIN.md,
/// 2 s) is SUMO's default type; a demand of other types scales it by h(default) / h(mix), h(mix) the mean over
/// the vehicles. Types with another car-following model, distributions and vehicles of unknown type count as
/// the default.
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

        /// Queue discharge headway at a stop line (s): τ + (length + minGap) / 10.4 + 0.53 σ.
        public var dischargeHeadway: Double { tau + (length + minGap) / 10.4 + 0.53 * sigma }
    }

    /// Vehicles per type id (flows by their vehicle count).
    public var vehicles: [String: Double]
    /// The types the file defines (Krauss only); others count as the default.
    public var types: [String: KraussType]

    /// The vehicle-weighted mean discharge headway; the default type's without vehicles.
    public var meanDischargeHeadway: Double {
        let total = vehicles.values.reduce(0, +)
        guard total > 0 else { return KraussType.sumoDefault.dischargeHeadway }
        return vehicles.reduce(0) { sum, entry in
            sum + entry.value * (types[entry.key] ?? .sumoDefault).dischargeHeadway
        } / total
    }

    /// `base` (the saturation flow of SUMO's default type) scaled to this demand's types.
    public func saturationFlowPerLane(base: Double = LinkDefaults().saturationFlowPerLane) -> Double {
        base * KraussType.sumoDefault.dischargeHeadway / meanDischargeHeadway
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
