import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

/// Proposals on a SUMO light with pedestrian crossings (`pedestrian-crossing.net.xml`: netconvert's default
/// program, N–S stage 37 s + 5 s pedestrian clearance + 3 s amber, E–W the same): Webster retimes the stages and
/// keeps every transition; the written program has the net's signals; unsafe proposals are not written.
@Suite struct SafeSignalProposalTests {
    static func scenario() throws -> Scenario {
        try Scenario.sumo(net: fixture("pedestrian-crossing.net.xml"))
    }

    /// A hand-written program with pedestrians green against the traffic that crosses them (C:1 with C:12).
    static let unsafeProgram = """
        <additional><tlLogic id="C" type="static" programID="x" offset="0">
          <phase duration="37" state="gGgrrrgGgrrrGGGG"/><phase duration="3" state="yyyrrryyyrrrrrrr"/>
          <phase duration="37" state="rrrgGgrrrgGgGrGr"/><phase duration="3" state="rrryyyrrryyyrrrr"/>
        </tlLogic></additional>
        """

    /// N→S 600 veh/h and E→W 300 veh/h, nothing else.
    static func flows(_ network: Network) -> MovementFlows {
        MovementFlows(
            vehiclesPerHour: network.movements.map { m in
                switch (network[m.from].id, network[m.to].id) {
                case ("NC", "CS"): 600
                case ("EC", "CW"): 300
                default: 0
                }
            }, source: .freeFlowAssignment, period: 3600)
    }

    /// By hand. RiLSA first: the net's program has only the 3 s yellow between the stages, but north→south
    /// traffic (C:1, straight) crosses the south crossing (C:14, green with east–west) 12.4 m down its internal
    /// lane; with half the crossing's 4 m that is s_r = 14.4 m, so t_z = 3 + (14.4 + 6)/10 = 5.04 → 6 s, 3 s
    /// more than the yellow: an all-red phase of 3 s after each yellow (east–west the same by symmetry, C:4 →
    /// C:15). Then Webster: y(N–S) = 600/1800 = 1/3, y(E–W) = 300/1800 = 1/6, Y = 1/2; the transitions (5 s
    /// clearance + 3 s amber + 3 s all red, twice) are L = 22 s; C0 = (1.5·22 + 5)/(1 − 1/2) = 76 s; G = 54 s
    /// shared 2 : 1 → 36 s and 18 s (the 6.4 m crossings need only max(5, 6.4/2/1.0) = 5 s).
    @Test func websterRetimesTheStagesAndKeepsEveryTransition() throws {
        let scenario = try Self.scenario()
        let analysis = SignalAnalysis(network: scenario.network, plans: scenario.signalPlans, flows: Self.flows(scenario.network))
        let proposals = WebsterOptimizer.optimise(
            plans: scenario.signalPlans, network: scenario.network, analysis: analysis,
            trafficLights: scenario.trafficLights)
        let proposal = try #require(proposals.values.first)
        #expect(proposals.count == 1 && proposal.controller == "C")
        let c1c14 = try #require(scenario.trafficLights["C"]!.intergreens[DirectedColumnPair(clearing: 1, entering: 14)])
        #expect(abs(c1c14.clearingDistance - 14.4) < 1e-9 && c1c14.seconds == 6)
        #expect(proposal.lostTime == 22)
        #expect(proposal.optimalCycle == 76)
        #expect(proposal.program.phases.map(\.duration) == [36, 5, 3, 3, 18, 5, 3, 3])
        var expected = scenario.trafficLights["C"]!.phases!.phases.map(\.states)
        let allRed = [SignalState](repeating: .red, count: 16)
        expected.insert(allRed, at: 6)
        expected.insert(allRed, at: 3)
        #expect(proposal.program.phases.map(\.states) == expected)
        #expect(proposal.plan.cycle == 76)
        #expect(proposal.notes.contains { $0.contains("were lengthened: C:0 → C:4 3.0 → 6.0 s") })
        let light = scenario.trafficLights["C"]!
        #expect(
            SignalSafety.violations(
                of: proposal.program, reference: light.phases!, conflicts: light.conflicts, intergreens: light.intergreens
            ).isEmpty)
        // The running program itself falls short of RiLSA: findings, not violations of a change.
        #expect(
            SignalSafety.findings(in: light.phases!, conflicts: light.conflicts, intergreens: light.intergreens)
                .contains(.intergreenBelowRiLSA(clearing: "C:1", entering: "C:14", required: c1c14, actual: 3)))

        // Written with the net's state strings, every link index (the crossings too) where the net has it; the
        // inserted all-red phases spelt from their states.
        let xml = SUMOSignalProgramWriter.xml(
            plans: [proposals.keys.first!: proposal.plan], network: scenario.network,
            trafficLights: scenario.trafficLights, programs: ["C": proposal.program])
        #expect(xml.contains("<phase duration=\"36.00\" state=\"gGgrrrgGgrrrrGrG\"/>"))
        #expect(xml.contains("<phase duration=\"5.00\" state=\"gGgrrrgGgrrrrrrr\"/>"))
        #expect(xml.contains("<phase duration=\"3.00\" state=\"yyyrrryyyrrrrrrr\"/>\n        <phase duration=\"3.00\" state=\"rrrrrrrrrrrrrrrr\"/>"))
        #expect(xml.contains("<phase duration=\"18.00\" state=\"rrrgGgrrrgGgGrGr\"/>"))

        // Read back as the light's program, the junction's plan is the proposal's.
        let url = try temporaryFile("tlLogic.proposed.xml", xml)
        var reread = scenario
        try reread.useSignals(contentsOf: url)
        #expect(reread.trafficLights["C"]?.phases == proposal.program)
        #expect(reread.signalPlans.values.first == proposal.plan)
        #expect(SignalStudy.check(reread, against: scenario).isSafe)
    }

    /// With --min-green 0 and no demand north–south, Webster would give NS 1 s (its phase floor): shorter than
    /// the running 25 s and than RiLSA's 5 s. The safety check rejects it; the node keeps its plan, the report
    /// says why.
    @Test func anUnsafeProposalIsRejectedAndNotWritten() throws {
        let scenario = try Scenario(SignalTestNetworks.crossingScenario(ew: 600, ns: 0))
        var options = SignalStudy.Options()
        options.webster.minimumGreen = 0
        let proposal = try SignalStudy.optimize(scenario, method: .webster, options: options)
        let reasons = try #require(proposal.rejected["c"])
        #expect(reasons == [.shortGreen(column: "NS", required: 5, actual: 1)])
        #expect(proposal.changedNodes.isEmpty)
        #expect(proposal.plans == scenario.signalPlans)
        let report = proposal.report(network: scenario.network, scenarioName: "test")
        #expect(report.contains("Rejected, keeping the running program:\n\n- c: a green of NS lasts 1 s; minimum 5 s"))
        // The default minimum green (5 s) gives a safe proposal.
        let safe = try SignalStudy.optimize(scenario, method: .webster)
        #expect(safe.rejected.isEmpty && safe.changedNodes.count == 1)
        #expect(safe.report(network: scenario.network, scenarioName: "test").contains("All proposals passed."))
    }

    /// On the SUMO light, even --min-green 0 keeps the pedestrians' 5 s: the E–W stage (crossings 12 and 14 green)
    /// stays at 5 s with no E–W demand, and the proposal is safe.
    @Test func pedestrianGreensKeepRiLSAsMinimumWhateverTheMinimumGreen() throws {
        let scenario = try Self.scenario()
        var flows = Self.flows(scenario.network)
        flows.vehiclesPerHour = zip(scenario.network.movements, flows.vehiclesPerHour).map { m, q in
            scenario.network[m.from].id == "EC" ? 0 : q
        }
        var parameters = WebsterParameters()
        parameters.minimumGreen = 0
        let proposal = try #require(
            WebsterOptimizer.optimise(
                plans: scenario.signalPlans, network: scenario.network,
                analysis: SignalAnalysis(network: scenario.network, plans: scenario.signalPlans, flows: flows),
                parameters: parameters, trafficLights: scenario.trafficLights
            ).values.first)
        #expect(proposal.program.phases[4].duration == 5)  // after N–S's yellow and the RiLSA all-red phase
        let light = scenario.trafficLights["C"]!
        #expect(
            SignalSafety.violations(
                of: proposal.program, reference: light.phases!, conflicts: light.conflicts, intergreens: light.intergreens
            ).isEmpty)
    }

    @Test func signalFilesForALightMustFitItsSignals() throws {
        var scenario = try Self.scenario()
        func error(_ text: String, name: String = "p.xml") -> SignalInputError? {
            do {
                try scenario.useSignals(contentsOf: try temporaryFile(name, text))
                return nil
            } catch let error as SignalInputError {
                return error
            } catch {
                return nil
            }
        }
        guard case .linkCount(_, "C", 16, 3)? = error(
            "<additional><tlLogic id=\"C\" type=\"static\" programID=\"x\" offset=\"0\"><phase duration=\"30\" state=\"GGr\"/></tlLogic></additional>")
        else {
            Issue.record("a 3-signal program for a 16-signal light must be refused")
            return
        }
        guard case .unknownLight(_, "X")? = error(
            "<additional><tlLogic id=\"X\" type=\"static\" programID=\"x\" offset=\"0\"><phase duration=\"30\" state=\"G\"/></tlLogic></additional>")
        else {
            Issue.record("a program for an unknown light must be refused")
            return
        }
        // A document's programs must have the net's number of phases.
        let document = SignalPlansDocument(
            plans: [], programs: [SignalPlansDocument.ProgramRecord(trafficLight: "C", offset: 0, phaseDurations: [30, 3])])
        let json = String(decoding: try document.jsonData(), as: UTF8.self)
        guard case .phaseCount(_, "C", 6, 2)? = error(json, name: "p.json") else {
            Issue.record("2 durations for a 6-phase program must be refused")
            return
        }
        // A hand-written program with pedestrians green against the traffic that crosses them is unsafe.
        var unsafe = try Self.scenario()
        try unsafe.useSignals(contentsOf: try temporaryFile("unsafe.xml", Self.unsafeProgram))
        let report = SignalStudy.check(unsafe, against: scenario)
        #expect(!report.isSafe)
        #expect(report.entries.first?.violations.contains(.conflictingGreen("C:1", "C:12", seconds: 37)) == true)
        #expect(report.text().contains("C: UNSAFE"))
    }

    /// A light no simulated movement uses (a tram signal: its lanes are closed to cars, so no node carries its
    /// plan) is still checked on its own program: here the net's light with the junction plans taken away, the
    /// net's program (safe, the RiLSA shortfalls as findings) and the unsafe hand-written one of the test above.
    @Test func aLightWithoutSimulatedMovementsIsCheckedToo() throws {
        var scenario = try Self.scenario()
        scenario.signalPlans = [:]
        let running = SignalStudy.check(scenario, against: scenario)
        let entry = try #require(running.entries.first)
        #expect(running.entries.count == 1)
        #expect(entry.controller == "C" && entry.nodes.isEmpty && !entry.changed)
        #expect(running.isSafe)
        #expect(entry.findings.contains { if case .intergreenBelowRiLSA = $0 { true } else { false } })
        #expect(running.text().contains("C: safe, unchanged (controls no simulated movement)"))
        var unsafe = scenario
        try unsafe.useSignals(contentsOf: try temporaryFile("unsafe-tram.xml", Self.unsafeProgram))
        let report = SignalStudy.check(unsafe, against: scenario)
        #expect(!report.isSafe)
        #expect(report.entries.first?.violations.contains(.conflictingGreen("C:1", "C:12", seconds: 37)) == true)
    }

    /// A light whose junction plans no longer match its program (plans written by hand for the net) is checked
    /// node by node on the plans' groups, and only so: it does control simulated movements.
    @Test func aLightCheckedNodeByNodeIsNotCheckedAgainAsWithoutMovements() throws {
        var scenario = try Self.scenario()
        let node = try #require(scenario.signalPlans.keys.first)
        scenario.signalPlans[node]!.groups[0].greenIntervals[0].end -= 1
        let report = SignalStudy.check(scenario, against: scenario)
        #expect(report.entries.map(\.controller) == [scenario.network[node].id])
        #expect(report.entries.allSatisfy { $0.note == nil })
    }

    /// A proposal must be better on every demand seed: 200 → 180 s and 210 → 190 s is, but one seed at 205 → 206 s
    /// is not, whatever the mean says ((200 + 210 + 205) → (180 + 190 + 206): −6.3 %).
    @Test func aProposalMustBeBetterOnEverySeed() {
        typealias Run = SignalStudy.SeedEvidence.Run
        let better = SignalStudy.SeedEvidence(runs: [Run(seed: 1, original: 200, proposed: 180), Run(seed: 2, original: 210, proposed: 190)])
        #expect(better.isBetterOnEverySeed)
        #expect(abs(better.meanChangePercent - (370.0 - 410) / 410 * 100) < 1e-9)
        let mixed = SignalStudy.SeedEvidence(runs: better.runs + [Run(seed: 3, original: 205, proposed: 206)])
        #expect(!mixed.isBetterOnEverySeed)
        #expect(abs(mixed.meanChangePercent - (576.0 - 615) / 615 * 100) < 1e-9)
        #expect(mixed.summary.hasSuffix("seed 3: 205.0 → 206.0 s; mean -6.3 %"))
        #expect(!SignalStudy.SeedEvidence(runs: []).isBetterOnEverySeed)
    }

    /// Durations are written from boundaries rounded to 0.01 s, so the phases add up to the cycle: 28.004 + 5 +
    /// 3 + 14.003 + 5 + 2.993 = 58 s: boundaries 28.004, 33.004, 36.004, 50.007, 55.007, 58 round to 28.00, 33.00,
    /// 36.00, 50.01, 55.01, 58.00, so 28.00, 5.00, 3.00, 14.01, 5.00, 2.99 (each rounded alone: 57.99 s).
    @Test func writtenPhasesAddUpToTheCycle() throws {
        let scenario = try Self.scenario()
        var program = try #require(scenario.trafficLights["C"]?.phases)
        for (i, d) in [28.004, 5, 3, 14.003, 5, 2.993].enumerated() { program.phases[i].duration = d }
        let xml = SUMOSignalProgramWriter.xml(
            plans: scenario.signalPlans, network: scenario.network, trafficLights: scenario.trafficLights,
            programs: ["C": program])
        let durations = xml.split(separator: "\n").compactMap { line in
            line.firstMatch(of: #/duration="([0-9.]+)"/#).flatMap { Double($0.output.1) }
        }
        #expect(durations == [28.00, 5.00, 3.00, 14.01, 5.00, 2.99])
        #expect(abs(durations.reduce(0, +) - 58) < 1e-9)
    }
}
