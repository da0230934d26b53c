import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Strategy comparison")
struct SignalComparisonTests {
    /// Any number of labelled runs of the same network and demand: here the original 60 s plan, Webster's
    /// 48 s plan (see `WebsterTests`) and a 90 s plan with the original's stage order. Every run serves the
    /// whole hour of demand (600 EW + 450 NS), so throughput per approach equals the demand.
    @Test func threeStrategiesSideBySide() throws {
        let scenario = try Scenario(SignalTestNetworks.crossingScenario(ew: 600, ns: 450))
        let node = scenario.network.node(named: "c")!
        let webster = try #require(
            WebsterOptimizer.optimise(
                plan: SignalTestNetworks.twoStagePlan, node: "c", flowRatios: ["EW": 1.0 / 3, "NS": 0.25]))
        let long = SignalPlan(
            cycle: 90,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 40)]),
                SignalGroup(id: "NS", greenIntervals: [.init(start: 45, end: 85)]),
            ])
        var runs: [StrategyRun] = []
        for (label, plan) in [("original", SignalTestNetworks.twoStagePlan), ("webster", webster.plan), ("long", long)] {
            var s = scenario
            s.signalPlans = [node: plan]
            runs.append(StrategyRun(label: label, plans: s.signalPlans, result: try Simulation.run(s)))
        }
        let comparison = SignalComparison(runs: runs, network: scenario.network, period: 3600)
        #expect(comparison.network.map(\.strategy) == ["original", "webster", "long"])
        #expect(comparison.network.allSatisfy { $0.arrived == 1050 && $0.unfinished == 0 && !$0.gridlock })
        #expect(comparison.approaches.count == 2 * 3)
        for row in comparison.approaches {
            #expect(abs(row.throughput - (row.group == "EW" ? 600 : 450)) < 1e-9, "\(row)")
        }
        // Webster's shorter cycle beats the original, and the 90 s plan is the worst (d1 grows with C).
        let delay = Dictionary(uniqueKeysWithValues: comparison.network.map { ($0.strategy, $0.meanDelay) })
        #expect(delay["webster"]! < delay["original"]!)
        #expect(delay["original"]! < delay["long"]!)
        let markdown = comparison.markdown()
        #expect(markdown.contains("| original | 1050 | 0 |"))
        #expect(markdown.contains("| 1.00 |"))
        let svg = comparison.delaySVG()
        #expect(svg.contains(">webster</text>") && svg.contains(">long</text>"))
        #expect(comparison.csvText().split(separator: "\n").count == 1 + 3 + 6)
    }
}
