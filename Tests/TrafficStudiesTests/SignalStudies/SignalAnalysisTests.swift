import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Signal analysis: delay formulas, QSV, analytic vs measured")
struct SignalAnalysisTests {
    /// d1 = 0.5·C·(1 − g/C)² / (1 − min(1, X)·g/C).
    /// C 60, g 30, X 2/3: 0.5·60·0.25 / (1 − 1/3) = 7.5 / 0.6667 = 11.25 s.
    /// C 90, g 45, X 1.2 (capped at 1): 0.5·90·0.25 / (1 − 0.5) = 22.5 s.
    /// C 100, g 40, X 0.5: 0.5·100·0.36 / (1 − 0.2) = 18 / 0.8 = 22.5 s.
    @Test func uniformDelayByHand() {
        #expect(abs(SignalFormulas.uniformDelay(cycle: 60, green: 30, degreeOfSaturation: 2.0 / 3) - 11.25) < 1e-9)
        #expect(abs(SignalFormulas.uniformDelay(cycle: 90, green: 45, degreeOfSaturation: 1.2) - 22.5) < 1e-9)
        #expect(abs(SignalFormulas.uniformDelay(cycle: 100, green: 40, degreeOfSaturation: 0.5) - 22.5) < 1e-9)
    }

    /// d2 = 900·T·[(X − 1) + √((X − 1)² + 8kIX/(cT))], T 0.25 h, k 0.5, I 1, c 900 veh/h.
    /// X 2/3: 8·0.5·(2/3)/225 = 0.011852; (X − 1)² = 0.111111; √0.122963 = 0.350661;
    ///        225 · (0.350661 − 0.333333) = 225 · 0.017328 = 3.899 s.
    /// X 1.2: 8·0.5·1.2/225 = 0.021333; √(0.04 + 0.021333) = 0.247656; 225 · (0.2 + 0.247656) = 100.72 s.
    @Test func incrementalDelayByHand() {
        let low = SignalFormulas.incrementalDelay(degreeOfSaturation: 2.0 / 3, capacity: 900)
        #expect(abs(low - 3.899) < 0.001, "\(low)")
        let high = SignalFormulas.incrementalDelay(degreeOfSaturation: 1.2, capacity: 900)
        #expect(abs(high - 100.72) < 0.01, "\(high)")
        #expect(SignalFormulas.incrementalDelay(degreeOfSaturation: 0, capacity: 900) == 0)
        #expect(SignalFormulas.incrementalDelay(degreeOfSaturation: 1, capacity: 0) == .infinity)
    }

    /// Thresholds 20/35/50/70/100 s (inclusive upper bounds); F above 100 s or when X > 1.
    @Test func qualityLevelThresholds() {
        let cases: [(Double, QualityLevel)] = [
            (0, .A), (20, .A), (20.01, .B), (35, .B), (35.5, .C), (50, .C), (50.1, .D), (70, .D), (70.1, .E),
            (100, .E), (100.1, .F), (.infinity, .F),
        ]
        for (wait, level) in cases { #expect(QualityLevel(meanWaitingTime: wait) == level, "\(wait) s") }
        #expect(QualityLevel(meanWaitingTime: 5, degreeOfSaturation: 1.01) == .F)
        #expect(QualityLevel(meanWaitingTime: 5, degreeOfSaturation: 1.0) == .A)
        #expect(QualityLevel.A < QualityLevel.F)
    }

    /// The single approach of `SignalDelayTests`: 600 veh/h, s = 1800, C 60, g 30 → c = 900, X = 0.667,
    /// y = 1/3, d1 = 11.25 s, d2 = 3.899 s, queue = 600·30/3600 = 5 veh + Q2.
    /// Q2 = 0.25·900·0.25·0.017328 = 0.975 veh. QSV A (15.1 s ≤ 20 s).
    /// Simulated: the hand-worked queue of `MovementStatisticsTests` (5868 s over 600 vehicles, max queue 5).
    @Test func singleApproachAnalyticAndMeasuredSideBySide() throws {
        var scenario = try Scenario(SignalTestNetworks.singleApproach())
        scenario.configuration.stopAndGo?.startUpLoss = false  // the hand-worked queue leaves at 2 s from the first
        let node = "c1"
        let trips = try scenario.demand.generateTrips(seed: 1, network: scenario.network)
        let period = MovementFlows.demandPeriod(of: trips, fallback: 0)
        #expect(abs(period - 3600) < 1e-9)
        let result = try Simulation.run(scenario)
        let analysis = SignalAnalysis(
            network: scenario.network, plans: scenario.signalPlans,
            flows: .freeFlowAssignment(network: scenario.network, trips: trips, period: period),
            measured: result.movementStatistics)
        let a = try #require(analysis.approach(node: node, group: "G"))
        #expect(abs(a.flow - 600) < 1e-9)
        #expect(a.saturationFlow == 1800)
        #expect(abs(a.capacity - 900) < 1e-9)
        #expect(abs(a.degreeOfSaturation - 2.0 / 3) < 1e-12)
        #expect(abs(a.flowRatio - 1.0 / 3) < 1e-12)
        #expect(abs(a.uniformDelay - 11.25) < 1e-9)
        #expect(abs(a.incrementalDelay - 3.899) < 0.001)
        #expect(abs(a.queue - 5.975) < 0.001)
        #expect(a.quality == .A)
        let measured = try #require(a.measured)
        #expect(measured.served == 600)
        #expect(abs(measured.meanDelay - 5868.0 / 600) < 1e-9)
        #expect(measured.maxQueue == 5)
        // Flows measured in the simulation equal the assigned ones when every vehicle is served.
        let simulatedFlows = MovementFlows.simulated(result, period: period)
        let fromSimulation = SignalAnalysis(
            network: scenario.network, plans: scenario.signalPlans, flows: simulatedFlows)
        #expect(abs((fromSimulation.approach(node: node, group: "G")?.flow ?? 0) - 600) < 1e-9)
        #expect(fromSimulation.nodes[0].measuredQuality == nil)
    }

    /// Six independent approaches as in `SignalDelayTests` (arrival phases 0…5 s relative to green): the
    /// simulated mean stop-line delay of each group averages to within ±10 % of Webster's d1 = 11.25 s
    /// (d2 models random arrivals; these are uniform, so d1 alone is the analytic reference).
    @Test func simulatedDelayMatchesUniformDelayUnderUndersaturation() throws {
        let scenario = try Scenario(SignalTestNetworks.sixApproaches())
        let network = scenario.network
        let result = try Simulation.run(scenario)
        let analysis = SignalAnalysis(
            network: network, plans: scenario.signalPlans, flows: .simulated(result, period: 3600),
            measured: result.movementStatistics)
        let approaches = analysis.nodes.flatMap(\.approaches)
        #expect(approaches.count == 6)
        let measured = approaches.compactMap { $0.measured?.meanDelay }.reduce(0, +) / 6
        for a in approaches { #expect(abs(a.uniformDelay - 11.25) < 1e-9) }
        #expect(abs(measured - 11.25) <= 0.10 * 11.25, "simulated mean \(measured) s")
    }

    @Test func filesCarryEveryApproach() throws {
        let scenario = try Scenario(SignalTestNetworks.singleApproach())
        let result = try Simulation.run(scenario)
        let analysis = SignalAnalysis(
            network: scenario.network, plans: scenario.signalPlans, flows: .simulated(result, period: 3600),
            measured: result.movementStatistics)
        let csv = analysis.csvText().split(separator: "\n")
        #expect(csv.count == 2)
        #expect(csv[0].split(separator: ",", omittingEmptySubsequences: false).count
            == csv[1].split(separator: ",", omittingEmptySubsequences: false).count)
        #expect(csv[1].hasPrefix("c1,G,in,1,60.0,30.0,600.0,1800,"))
        let decoded = try JSONDecoder().decode(SignalAnalysis.self, from: analysis.jsonData())
        #expect(decoded == analysis)
        #expect(analysis.tableText().contains("node QSV A (simulated A)"))
    }
}
