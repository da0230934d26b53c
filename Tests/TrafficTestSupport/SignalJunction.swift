import GeoCore
import TrafficCore

/// A single signalised junction "x" with two one-lane approaches for the adaptive-control tests:
/// w_x → x_e (group "EW") and n_x → x_s (group "NS"). Every link is 500 m at 12.5 m/s (40 s free flow), so a
/// vehicle's delay is its wait at the junction, and it crosses the stop line 40 s before it arrives.
public enum SignalJunction {
    public static let freeFlowTime = 40.0

    /// - Parameter nsYieldsToEW: NS must give way to EW (a crossing conflict, as of a permitted green).
    public static func network(nsYieldsToEW: Bool = false) throws -> Network {
        var b = NetworkBuilder()
        try b.addNode("x", at: Coordinate(0, 0))
        try b.addNode("w", at: Coordinate(-500, 0))
        try b.addNode("e", at: Coordinate(500, 0))
        try b.addNode("n", at: Coordinate(0, 500))
        try b.addNode("s", at: Coordinate(0, -500))
        for (id, from, to) in [("w_x", "w", "x"), ("x_e", "x", "e"), ("n_x", "n", "x"), ("x_s", "x", "s")] {
            try b.addLink(id, from: from, to: to, length: 500, freeFlowSpeed: 12.5)
        }
        let ew = try b.addMovement(from: "w_x", to: "x_e", signalGroup: "EW")
        let ns = try b.addMovement(from: "n_x", to: "x_s", signalGroup: "NS")
        if nsYieldsToEW { try b.addYield(minor: ns, major: ew) }
        return b.build()
    }

    /// Cycle 60 s: EW green [0, ewEnd), 3 s intergreen, NS green [ewEnd + 3, 57), 3 s intergreen.
    public static func plan(ewEnd: Double = 27) -> SignalPlan {
        SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [GreenInterval(start: 0, end: ewEnd)]),
                SignalGroup(id: "NS", greenIntervals: [GreenInterval(start: ewEnd + 3, end: 57)]),
            ])
    }

    /// Flows "ew" and "ns" over [0, demandEnd), plus `extraTrips`.
    public static func scenario(
        ew: Double, ns: Double, distribution: DepartureDistribution = .uniform, demandEnd: Double = 3600,
        duration: Double, plan: SignalPlan = plan(), extraTrips: [Trip] = [], nsYieldsToEW: Bool = false,
        configure: (inout SimulationConfiguration) -> Void = { _ in }
    ) throws -> SimulationSetup {
        let network = try network(nsYieldsToEW: nsYieldsToEW)
        let flows = [
            Flow(
                id: "ew", origin: network.id("w_x"), destination: network.id("x_e"), begin: 0, end: demandEnd,
                vehiclesPerHour: ew, distribution: distribution),
            Flow(
                id: "ns", origin: network.id("n_x"), destination: network.id("x_s"), begin: 0, end: demandEnd,
                vehiclesPerHour: ns, distribution: distribution),
        ]
        // The point queue: stop-line delays as Webster and the hand derivations count them (no braking and
        // starting loss, `SimulationConfiguration.StopAndGo`).
        var configuration = SimulationConfiguration(duration: duration, seed: 7, outputInterval: 60, stopAndGo: nil)
        configure(&configuration)
        return SimulationSetup(
            name: "junction", network: network, signalPlans: [network.node(named: "x")!: plan],
            demand: Demand(trips: extraTrips, flows: flows), configuration: configuration)
    }

    public static func meanDelay(_ result: SimulationResult) -> Double {
        result.summary.totalDelay / Double(max(1, result.summary.vehiclesArrived))
    }

    /// Green windows of `stage` from a stage log that starts with EW green at t = 0: [green start, red start).
    public static func greenWindows(of stage: String, in switches: [StageSwitch], until end: Double) -> [Range<Double>] {
        var windows: [Range<Double>] = []
        var start: Double? = stage == "EW" ? 0 : nil
        for s in switches {
            if s.from == stage, let open = start {
                windows.append(open..<s.time)
                start = nil
            }
            if s.to == stage { start = s.greenStart }
        }
        if let open = start, open < end { windows.append(open..<end) }
        return windows
    }
}
