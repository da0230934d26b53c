import TrafficCore

extension Scenario {
    /// A square signalised grid with boundary-to-boundary flows (Poisson).
    ///
    /// Every entry link sends `vehiclesPerHourPerEntry` over [0, `demandDuration`): half straight through to
    /// the exit on the opposite side (same row/column), a quarter to each adjacent side (exit with the same
    /// index, clamped to the grid). The run lasts `duration` so that the network can empty.
    /// - Parameters: `linkLength` m, `freeFlowSpeed` m/s; signals as in `GridNetwork`.
    public static func grid(
        size: Int, linkLength: Double = 300, lanes: Int = 1, freeFlowSpeed: Double = 13.89, signalised: Bool = true,
        vehiclesPerHourPerEntry: Double = 300, demandDuration: Double = 3600, duration: Double? = nil,
        step: Double = 1, seed: UInt64 = 1, outputInterval: Double = 60, distribution: DepartureDistribution = .poisson
    ) -> Scenario {
        let grid = GridNetwork(
            rows: size, columns: size, linkLength: linkLength, lanes: lanes, freeFlowSpeed: freeFlowSpeed,
            signalised: signalised)
        var flows: [Flow] = []
        let adjacent: [GridNetwork.Side: [GridNetwork.Side]] = [
            .north: [.west, .east], .south: [.east, .west], .west: [.south, .north], .east: [.north, .south],
        ]
        for side in GridNetwork.Side.allCases {
            for (i, entry) in grid.entryLinks[side, default: []].enumerated() {
                let straight = grid.exitLinks[side.opposite]![i]
                flows.append(
                    Flow(
                        id: "\(side.rawValue)\(i)-straight", origin: entry, destination: straight, begin: 0,
                        end: demandDuration, vehiclesPerHour: vehiclesPerHourPerEntry / 2, distribution: distribution))
                for turn in adjacent[side]! {
                    let exits = grid.exitLinks[turn]!
                    flows.append(
                        Flow(
                            id: "\(side.rawValue)\(i)-\(turn.rawValue)", origin: entry,
                            destination: exits[min(i, exits.count - 1)], begin: 0, end: demandDuration,
                            vehiclesPerHour: vehiclesPerHourPerEntry / 4, distribution: distribution))
                }
            }
        }
        let runDuration = duration ?? demandDuration + 1800
        return Scenario(
            name: "grid-\(size)x\(size)", network: grid.network, signalPlans: grid.signalPlans,
            demand: Demand(flows: flows),
            configuration: SimulationConfiguration(
                duration: runDuration, step: step, seed: seed, outputInterval: outputInterval))
    }

    /// The demo for `flowsim demo`: a signalised 3×3 grid of 300 m single-lane streets at 50 km/h, cycle
    /// 60 s, 300 veh/h from every one of its 12 entries for one hour, simulated for 90 minutes.
    public static func demo(seed: UInt64 = 1) -> Scenario {
        var scenario = grid(size: 3, seed: seed)
        scenario.name = "demo-grid-3x3"
        return scenario
    }
}
