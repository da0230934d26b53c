/// Per-link traffic state per output interval (Edie's generalised definitions over link × interval).
///
/// For link l with length L and interval length T:
/// - flow (veh/h) = vehicles leaving l in the interval / T;
/// - density (veh/km) = vehicle-seconds on l in the interval / (T · L);
/// - mean speed (m/s) = vehicle-metres / vehicle-seconds (NaN when no vehicle was on the link); a vehicle
///   covers the link at free-flow speed and then stands in the exit queue (the mesoscopic assumption);
/// - queue (veh) = time-mean number of vehicles standing at the link end (arrived there, not yet left).
/// Stays are credited when a vehicle leaves a link (or at the end of the run), split over the intervals
/// they overlap.
public struct LinkTimeSeries: Sendable, Hashable {
    public let interval: Double
    public let intervalCount: Int
    public let linkIDs: [String]
    public let linkLengths: [Double]
    // interval-major: [k * linkCount + l]
    package let vehicleSeconds: [Double]
    package let vehicleMetres: [Double]
    let queuedSeconds: [Double]
    let exits: [Int32]
    /// Vehicles that passed each movement's stop line per interval, interval-major: [k * movementCount + m].
    let movementExits: [Int32]

    public var linkCount: Int { linkIDs.count }

    /// Number of movements of the network the series was recorded on.
    public var movementCount: Int { intervalCount > 0 ? movementExits.count / intervalCount : 0 }

    /// Vehicles that took movement `movement` (passed its stop line) in interval `k`: the turn count a detector
    /// or a manual count at the junction gives.
    public func vehiclesTurning(interval k: Int, movement: MovementID) -> Int {
        Int(movementExits[k * movementCount + movement.index])
    }

    /// The state of link `link` in interval `k` (covering [k·T, (k+1)·T)).
    public func state(interval k: Int, link: LinkID) -> LinkState {
        let i = k * linkCount + link.index
        let t = interval
        let lengthKm = linkLengths[link.index] / 1000
        return LinkState(
            flow: Double(exits[i]) * 3600 / t,
            density: vehicleSeconds[i] / t / lengthKm,
            meanSpeed: vehicleSeconds[i] > 0 ? vehicleMetres[i] / vehicleSeconds[i] : .nan,
            queue: queuedSeconds[i] / t,
            vehiclesLeaving: Int(exits[i]))
    }

    /// Network-wide aggregate per interval: density and flow averaged over link length (veh/km, veh/h),
    /// i.e. total vehicle-seconds and vehicle-metres over (T · total length), and their ratio as mean speed.
    public var network: [NetworkInterval] {
        let totalKm = linkLengths.reduce(0, +) / 1000
        return (0..<intervalCount).map { k in
            var seconds = 0.0
            var metres = 0.0
            var queued = 0.0
            for l in 0..<linkCount {
                seconds += vehicleSeconds[k * linkCount + l]
                metres += vehicleMetres[k * linkCount + l]
                queued += queuedSeconds[k * linkCount + l]
            }
            return NetworkInterval(
                start: Double(k) * interval, end: Double(k + 1) * interval,
                density: seconds / interval / totalKm, flow: metres / 1000 / (interval / 3600) / totalKm,
                meanSpeed: seconds > 0 ? metres / seconds : .nan, vehicleSeconds: seconds, vehicleMetres: metres,
                queuedVehicles: queued / interval)
        }
    }
}

/// One link in one interval.
public struct LinkState: Sendable, Hashable {
    public var flow: Double
    public var density: Double
    public var meanSpeed: Double
    public var queue: Double
    public var vehiclesLeaving: Int
}

/// The whole network in one interval (the points of the macroscopic fundamental diagram).
public struct NetworkInterval: Sendable, Hashable {
    public var start: Double
    public var end: Double
    /// Length-weighted mean density, veh/km.
    public var density: Double
    /// Length-weighted mean flow, veh/h.
    public var flow: Double
    /// Space-mean speed, m/s (NaN when the network was empty).
    public var meanSpeed: Double
    public var vehicleSeconds: Double
    public var vehicleMetres: Double
    /// Time-mean number of queued vehicles.
    public var queuedVehicles: Double
}
