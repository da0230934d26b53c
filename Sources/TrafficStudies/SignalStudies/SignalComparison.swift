import Support
import TrafficCore

/// A simulation run of one signal-control strategy, labelled for comparison (e.g. "original", "webster",
/// "offsets", "actuated"). All runs compared together must share network and demand.
public struct StrategyRun: Sendable {
    public var label: String
    /// The fixed-time plans of the run (for adaptive strategies: the base plans).
    public var plans: [NodeID: SignalPlan]
    public var result: SimulationResult

    public init(label: String, plans: [NodeID: SignalPlan], result: SimulationResult) {
        self.label = label
        self.plans = plans
        self.result = result
    }
}

/// Before/after (or any number of strategies): network figures and per-approach (node, signal group,
/// incoming link) measured delay, stops, throughput and QSV, one row per strategy.
public struct SignalComparison: Sendable, Hashable, Codable {
    public struct NetworkRow: Sendable, Hashable, Codable {
        public var strategy: String
        public var arrived: Int
        public var unfinished: Int
        /// Mean delay per arrived vehicle (travel time − free-flow time), s.
        public var meanDelay: Double
        public var meanTravelTime: Double
        /// Stop-line stops over all signalised movements per arrived vehicle.
        public var stopsPerVehicle: Double
        public var gridlock: Bool
        /// Time in the system per trip (s): on the network up to arrival or the end of the run, so vehicles stuck
        /// at the end count, plus the wait to enter (`SignalStudy.SeedEvidence`). Unlike `meanDelay` it cannot
        /// improve by vehicles not arriving.
        public var timeInSystemPerTrip: Double
    }

    public struct ApproachRow: Sendable, Hashable, Codable {
        public var node: String
        public var group: String
        /// The incoming link (approach).
        public var link: String
        public var strategy: String
        /// Vehicles served per hour of the comparison period.
        public var throughput: Double
        public var meanDelay: Double
        public var stops: Int
        public var maxQueue: Int
        public var quality: QualityLevel
    }

    public var period: Double
    public var network: [NetworkRow]
    /// Sorted by node, group, then strategy in run order; groups that served no vehicle in any run (e.g.
    /// unused turns of an imported SUMO junction) are left out.
    public var approaches: [ApproachRow]

    /// - Parameter period: seconds the throughput is counted over (normally the demand period).
    public init(runs: [StrategyRun], network: Network, period: Double) {
        self.period = period
        let signalised = Set(network.movements.indices.filter { network.movements[$0].signalGroup != nil })
        self.network = runs.map { run in
            let s = run.result.summary
            let stops = run.result.movementStatistics.enumerated().reduce(0) {
                $0 + (signalised.contains($1.offset) ? $1.element.stops : 0)
            }
            return NetworkRow(
                strategy: run.label, arrived: s.vehiclesArrived, unfinished: s.vehiclesUnfinished,
                meanDelay: s.vehiclesArrived > 0 ? s.totalDelay / Double(s.vehiclesArrived) : 0,
                meanTravelTime: s.meanTravelTime,
                stopsPerVehicle: s.vehiclesArrived > 0 ? Double(stops) / Double(s.vehiclesArrived) : 0,
                gridlock: s.gridlock.detected, timeInSystemPerTrip: SignalStudy.SeedEvidence.measure(s))
        }
        // Approaches: the (node, group) pairs of the first run's plans (strategies keep the group structure).
        var rows: [ApproachRow] = []
        let reference = runs.first?.plans ?? [:]
        for node in reference.keys.sorted() {
            let groups = SignalAnalysis.groups(at: node, in: network, plan: reference[node]!).flatMap { group, movements in
                Dictionary(grouping: movements) { network[$0].from }.sorted { $0.key < $1.key }.map { (group, $0.key, $0.value) }
            }
            for (group, link, movements) in groups {
                var groupRows: [ApproachRow] = []
                for run in runs {
                    let stats = MovementStatistics.combined(
                        movements.compactMap {
                            $0.index < run.result.movementStatistics.count ? run.result.movementStatistics[$0.index] : nil
                        })
                    groupRows.append(
                        ApproachRow(
                            node: network[node].id, group: group, link: network[link].id, strategy: run.label,
                            throughput: period > 0 ? Double(stats.served) * 3600 / period : 0,
                            meanDelay: stats.meanDelay, stops: stats.stops, maxQueue: stats.maxQueue,
                            quality: QualityLevel(meanWaitingTime: stats.meanDelay)))
                }
                if groupRows.contains(where: { $0.throughput > 0 }) { rows += groupRows }
            }
        }
        approaches = rows
    }

    public func csvText() -> String {
        var text = "scope,node,group,link,strategy,throughput_veh_h,arrived,unfinished,mean_delay_s,mean_travel_time_s,"
        text += "stops,stops_per_vehicle,max_queue_veh,qsv,time_in_system_per_trip_s\n"
        for r in network {
            text += "network,,,,\(csvField(r.strategy)),,\(r.arrived),\(r.unfinished),\(NumberFormat.fixed(r.meanDelay, 2)),"
            text += "\(NumberFormat.fixed(r.meanTravelTime, 2)),,\(NumberFormat.fixed(r.stopsPerVehicle, 3)),,,"
            text += "\(NumberFormat.fixed(r.timeInSystemPerTrip, 2))\n"
        }
        for r in approaches {
            text += "approach,\(csvField(r.node)),\(csvField(r.group)),\(csvField(r.link)),\(csvField(r.strategy)),"
            text += "\(NumberFormat.fixed(r.throughput, 1)),,,\(NumberFormat.fixed(r.meanDelay, 2)),,\(r.stops),,"
            text += "\(r.maxQueue),\(r.quality.rawValue),\n"
        }
        return text
    }

    /// Markdown tables; ratios are against the first strategy.
    public func markdown() -> String {
        var text = "| strategy | arrived | unfinished | time in system per trip (s) | ratio | mean delay of arrived (s) | "
        text += "mean travel time (s) | stops/veh |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
        let base = network.first?.timeInSystemPerTrip ?? 0
        for r in network {
            let ratio = base > 0 ? NumberFormat.fixed(r.timeInSystemPerTrip / base, 2) : "–"
            text += "| \(r.strategy)\(r.gridlock ? " (gridlock)" : "") | \(r.arrived) | \(r.unfinished) | "
            text += "\(NumberFormat.fixed(r.timeInSystemPerTrip, 1)) | \(ratio) | \(NumberFormat.fixed(r.meanDelay, 1)) | "
            text += "\(NumberFormat.fixed(r.meanTravelTime, 1)) | \(NumberFormat.fixed(r.stopsPerVehicle, 2)) |\n"
        }
        text += "\n| node | group | from | strategy | veh/h | mean delay (s) | stops | max queue | QSV |\n"
        text += "|---|---|---|---|---:|---:|---:|---:|:-:|\n"
        for r in approaches {
            text += "| \(r.node) | \(r.group) | \(r.link) | \(r.strategy) | \(NumberFormat.fixed(r.throughput, 0)) | "
            text += "\(NumberFormat.fixed(r.meanDelay, 1)) | \(r.stops) | \(r.maxQueue) | \(r.quality.rawValue) |\n"
        }
        return text
    }

    /// Grouped bars: measured mean delay per approach, one bar per strategy.
    public func delaySVG(title: String = "Mean delay per approach") -> String {
        var categories: [String] = []
        var values: [String: [Double]] = [:]
        for r in approaches {
            let name = r.node + " " + r.group + " " + r.link
            if categories.last != name { categories.append(name) }
            values[r.strategy, default: []].append(r.meanDelay)
        }
        let strategies = network.map(\.strategy)
        return SVGChart(title: title, xLabel: "approach (node, signal group)", yLabel: "mean delay (s)")
            .renderBars(categories: categories, series: strategies.map { ($0, values[$0] ?? []) })
    }
}
