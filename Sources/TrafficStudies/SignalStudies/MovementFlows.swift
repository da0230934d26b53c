import Foundation
import TrafficCore

/// Hourly flow per turning movement (veh/h, indexed by `MovementID`) and where it came from.
public struct MovementFlows: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// Trips routed on free-flow shortest paths, counted per movement (no congestion, no signals).
        case freeFlowAssignment = "free_flow_assignment"
        /// Vehicles that crossed each stop line in a simulation.
        case simulation
    }

    public var vehiclesPerHour: [Double]
    public var source: Source
    /// The period (s) the counts were divided by.
    public var period: Double

    public init(vehiclesPerHour: [Double], source: Source, period: Double) {
        self.vehiclesPerHour = vehiclesPerHour
        self.source = source
        self.period = period
    }

    /// The demand period of `trips`: for n departures spanning [first, last], (last − first)·n/(n − 1) — one
    /// mean headway more than the span, so that n uniform departures every h seconds give exactly n·h
    /// (600 departures at 0, 6, …, 3594 s → 3600 s). `fallback` when fewer than two trips or a zero span.
    public static func demandPeriod(of trips: [Trip], fallback: Double) -> Double {
        guard trips.count >= 2 else { return fallback }
        var first = Double.infinity
        var last = -Double.infinity
        for t in trips {
            first = min(first, t.departure)
            last = max(last, t.departure)
        }
        let span = last - first
        return span > 0 ? span * Double(trips.count) / Double(trips.count - 1) : fallback
    }

    /// Routes every trip on its free-flow shortest path (the simulation's initial routes) and counts the
    /// movements used, per hour of `period`. Unroutable trips are skipped.
    /// - Complexity: one Dijkstra per distinct destination (on all cores, `RouteTable`) plus O(route length)
    ///   per trip.
    public static func freeFlowAssignment(
        network: Network, trips: [Trip], period: Double,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> MovementFlows {
        let routes = RouteTable(
            router: Router(network: network), origins: trips.map(\.origin.rawValue),
            destinations: trips.map(\.destination.rawValue), workers: workers)
        var counts = [Double](repeating: 0, count: network.movements.count)
        var links: [Int32] = []
        var movements: [Int32] = []
        for trip in trips {
            links.removeAll(keepingCapacity: true)
            movements.removeAll(keepingCapacity: true)
            guard routes.appendRoute(
                from: trip.origin.rawValue, to: trip.destination.rawValue, links: &links, movements: &movements) == true
            else { continue }
            for m in movements where m >= 0 { counts[Int(m)] += 1 }
        }
        let scale = period > 0 ? 3600 / period : 0
        return MovementFlows(vehiclesPerHour: counts.map { $0 * scale }, source: .freeFlowAssignment, period: period)
    }

    /// Vehicles served per movement in a simulation, per hour of `period`.
    public static func simulated(_ result: SimulationResult, period: Double) -> MovementFlows {
        let scale = period > 0 ? 3600 / period : 0
        return MovementFlows(
            vehiclesPerHour: result.movementStatistics.map { Double($0.served) * scale }, source: .simulation,
            period: period)
    }
}
