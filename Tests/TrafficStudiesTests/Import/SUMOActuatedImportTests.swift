import Foundation
import Testing
import TrafficCore

@testable import TrafficStudies

/// SUMO `actuated` programs become actuated plans: per stage min/max green from `minDur`/`maxDur`.
@Suite struct SUMOActuatedImportTests {
    /// Junction B: ab → bd (link 0) and cb → be (link 1); link 2 has no vehicle connection (like a pedestrian
    /// crossing). Phases: 0 "GrG" 30 s (5…40), 1 "Grr" 5 s (no limits: fixed), 2 "yrr" 3 s, 3 "rrG" 10 s (2…20:
    /// an actuated green for link 2 only), 4 "rGr" 20 s (10…25), 5 "ryr" 3 s; cycle 71 s.
    static func net(type: String = "actuated", parameters: String = #"<param key="max-gap" value="2.5"/>"#) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <net version="1.9">
                <location netOffset="0.00,0.00" projParameter="!"/>
                <edge id="ab" from="A" to="B">
                    <lane id="ab_0" index="0" speed="10" length="100" shape="0,0 100,0"/>
                </edge>
                <edge id="bd" from="B" to="D">
                    <lane id="bd_0" index="0" speed="10" length="100" shape="100,0 200,0"/>
                </edge>
                <edge id="cb" from="C" to="B">
                    <lane id="cb_0" index="0" speed="10" length="100" shape="100,100 100,0"/>
                </edge>
                <edge id="be" from="B" to="E">
                    <lane id="be_0" index="0" speed="10" length="100" shape="100,0 100,-100"/>
                </edge>
                <tlLogic id="B" type="\(type)" programID="0" offset="0">
                    \(parameters)
                    <phase duration="30" state="GrG" minDur="5" maxDur="40"/>
                    <phase duration="5" state="Grr"/>
                    <phase duration="3" state="yrr"/>
                    <phase duration="10" state="rrG" minDur="2" maxDur="20"/>
                    <phase duration="20" state="rGr" minDur="10" maxDur="25"/>
                    <phase duration="3" state="ryr"/>
                </tlLogic>
                <junction id="A" type="priority" x="0.00" y="0.00"/>
                <junction id="B" type="traffic_light" x="100.00" y="0.00"/>
                <junction id="C" type="priority" x="100.00" y="100.00"/>
                <junction id="D" type="priority" x="200.00" y="0.00"/>
                <junction id="E" type="priority" x="100.00" y="-100.00"/>
                <connection from="ab" to="bd" fromLane="0" toLane="0" tl="B" linkIndex="0"/>
                <connection from="cb" to="be" fromLane="0" toLane="0" tl="B" linkIndex="1"/>
            </net>
            """.utf8)
    }

    /// B:0 is green in phases 0 and 1 (0…35 s): min 5 + 5 = 10 s, max 40 + 5 = 45 s (the fixed phase counts
    /// its duration in both); then 13 s not green (amber 3 s, link 2's green 10 s), as actuated 3 + 2 = 5 s
    /// (link 2's green at its minimum); B:1 in phase 4 (48…68 s): 10…25 s, then 3 s amber; gap from
    /// `max-gap`, 2.5 s.
    @Test func perStageMinAndMaxGreenComeFromThePhases() throws {
        let imported = try SUMONetworkImporter().importNetwork(xml: Self.net(), source: "act.net.xml")
        let plan = try #require(imported.signalPlans[imported.network.node(named: "B")!])
        #expect(plan.cycle == 71)
        #expect(plan.group("B:0")?.greenIntervals == [GreenInterval(start: 0, end: 35)])
        #expect(plan.group("B:1")?.greenIntervals == [GreenInterval(start: 48, end: 68)])
        #expect(
            plan.actuation
                == SignalActuation(
                    stages: [
                        .init(groups: ["B:0"], minGreen: 10, maxGreen: 45, intergreen: 5),
                        .init(groups: ["B:1"], minGreen: 10, maxGreen: 25, intergreen: 3),
                    ], gap: 2.5))
        #expect(
            imported.warnings.map(\.message) == [
                "actuated program runs as actuated: min/max green per stage from its phases' minDur/maxDur, "
                    + "gap control (max-gap), no stage skipped"
            ])
    }

    /// Without `max-gap` SUMO's default, 3 s; `delay_based` programs get the same actuation.
    @Test func defaultGapAndDelayBasedPrograms() throws {
        let imported = try SUMONetworkImporter().importNetwork(
            xml: Self.net(type: "delay_based", parameters: ""), source: "act.net.xml")
        let plan = try #require(imported.signalPlans[imported.network.node(named: "B")!])
        #expect(plan.actuation?.gap == 3)
        #expect(plan.actuation?.stages.map(\.maxGreen) == [45, 25])
    }

    /// `actuatedPrograms: .fixedTime` keeps the old reading: the same greens, no actuation.
    @Test func fixedTimeOptionKeepsTheDurationsOnly() throws {
        let imported = try SUMONetworkImporter(actuatedPrograms: .fixedTime).importNetwork(
            xml: Self.net(), source: "act.net.xml")
        let plan = try #require(imported.signalPlans[imported.network.node(named: "B")!])
        #expect(plan.actuation == nil)
        #expect(plan.group("B:0")?.greenIntervals == [GreenInterval(start: 0, end: 35)])
        #expect(
            imported.warnings.map(\.message) == ["actuated program imported as fixed time from its phase durations"])
    }

    /// The imported plan runs actuated: without demand every stage shows its min green, 10 s, followed by
    /// the actuated intergreen (5 s after B:0, 3 s after B:1): switches at 10, 25, 38, 53 s.
    @Test func theImportedPlanRunsActuated() throws {
        let imported = try SUMONetworkImporter().importNetwork(xml: Self.net(), source: "act.net.xml")
        let result = try Simulation(
            network: imported.network, signalPlans: imported.signalPlans, trips: [],
            configuration: SimulationConfiguration(duration: 60)
        ).run()
        let switches = try #require(result.signalControl?.stageSwitches)
        #expect(switches.map(\.time) == [10, 25, 38, 53])
        #expect(switches.map { $0.greenStart - $0.time } == [5, 3, 5, 3])
        #expect(switches.map(\.from) == ["B:0", "B:1", "B:0", "B:1"])
    }

    /// A `max-gap` that is not a number is an error naming the program.
    @Test func badMaxGapIsNamed() {
        #expect(throws: ImportError.self) {
            _ = try SUMONetworkImporter().importNetwork(
                xml: Self.net(parameters: #"<param key="max-gap" value="soon"/>"#), source: "act.net.xml")
        }
    }
}

/// One actuated traffic light over two junctions runs as one controller, as SUMO runs its program.
@Suite struct SUMOJointActuatedLightTests {
    /// Light T controls junction B (ab → bd: link 0, cb → be: link 1) and junction F (gf → fh: link 2).
    /// Phases: 0 "GrG" 30 s (5…40), 1 "yry" 3 s, 2 "rGr" 20 s (10…25), 3 "ryr" 3 s.
    static let net = Data(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <net version="1.9">
            <location netOffset="0.00,0.00" projParameter="!"/>
            <edge id="ab" from="A" to="B"><lane id="ab_0" index="0" speed="10" length="100" shape="0,0 100,0"/></edge>
            <edge id="bd" from="B" to="D"><lane id="bd_0" index="0" speed="10" length="100" shape="100,0 200,0"/></edge>
            <edge id="cb" from="C" to="B">
                <lane id="cb_0" index="0" speed="10" length="100" shape="100,99 100,0"/>
            </edge>
            <edge id="be" from="B" to="E">
                <lane id="be_0" index="0" speed="10" length="100" shape="100,0 100,-99"/>
            </edge>
            <edge id="gf" from="G" to="F">
                <lane id="gf_0" index="0" speed="10" length="100" shape="300,99 300,0"/>
            </edge>
            <edge id="fh" from="F" to="H">
                <lane id="fh_0" index="0" speed="10" length="100" shape="300,0 300,-99"/>
            </edge>
            <tlLogic id="T" type="actuated" programID="0" offset="0">
                <phase duration="30" state="GrG" minDur="5" maxDur="40"/>
                <phase duration="3" state="yry"/>
                <phase duration="20" state="rGr" minDur="10" maxDur="25"/>
                <phase duration="3" state="ryr"/>
            </tlLogic>
            <junction id="A" type="priority" x="0.00" y="0.00"/>
            <junction id="B" type="traffic_light" x="100.00" y="0.00"/>
            <junction id="C" type="priority" x="100.00" y="99.00"/>
            <junction id="D" type="priority" x="200.00" y="0.00"/>
            <junction id="E" type="priority" x="100.00" y="-99.00"/>
            <junction id="F" type="traffic_light" x="300.00" y="0.00"/>
            <junction id="G" type="priority" x="300.00" y="99.00"/>
            <junction id="H" type="priority" x="300.00" y="-99.00"/>
            <connection from="ab" to="bd" fromLane="0" toLane="0" tl="T" linkIndex="0"/>
            <connection from="cb" to="be" fromLane="0" toLane="0" tl="T" linkIndex="1"/>
            <connection from="gf" to="fh" fromLane="0" toLane="0" tl="T" linkIndex="2"/>
        </net>
        """.utf8)

    /// Both junctions' plans carry the light's actuation: stages over the groups of both, {T:0, T:2} 5…40 s and
    /// {T:1} 10…25 s, each followed by 3 s amber, controller "T". Without demand the light runs its minimum
    /// greens: T:0 + T:2 until 5 s, T:1 green 8…18 s, T:0 + T:2 21…26 s, T:1 29…39 s; F's signal switches
    /// with B's.
    @Test func bothJunctionsRunAsOneController() throws {
        let imported = try SUMONetworkImporter().importNetwork(xml: Self.net, source: "joint.net.xml")
        let b = try #require(imported.signalPlans[imported.network.node(named: "B")!])
        let f = try #require(imported.signalPlans[imported.network.node(named: "F")!])
        #expect(f.groups.map(\.id) == ["T:2"])
        let expected = SignalActuation(
            stages: [
                .init(groups: ["T:0", "T:2"], minGreen: 5, maxGreen: 40, intergreen: 3),
                .init(groups: ["T:1"], minGreen: 10, maxGreen: 25, intergreen: 3),
            ], controller: "T")
        #expect(b.actuation == expected && f.actuation == expected)

        let result = try Simulation(
            network: imported.network, signalPlans: imported.signalPlans, trips: [],
            configuration: SimulationConfiguration(duration: 40)
        ).run()
        let switches = try #require(result.signalControl?.stageSwitches)
        #expect(switches.map(\.node) == ["T", "T", "T", "T"])
        #expect(switches.map(\.time) == [5, 18, 26, 39])
        #expect(switches.map(\.from) == ["T:0+T:2", "T:1", "T:0+T:2", "T:1"])
    }
}

/// Proposals leave the net's actuated programs alone.
@Suite struct ActuatedProgramWritingTests {
    /// An actuated plan (unchanged by a proposal) is left out of `tlLogic.proposed.xml`, so SUMO keeps running
    /// the net's actuated program; the same plan read as fixed time is written.
    @Test func actuatedPlansAreNotWrittenAsStaticPrograms() throws {
        for (mode, written) in [(SUMONetworkImporter.ActuatedPrograms.actuated, false), (.fixedTime, true)] {
            let imported = try SUMONetworkImporter(actuatedPrograms: mode).importNetwork(
                xml: SUMOActuatedImportTests.net(), source: "act.net.xml")
            let xml = SUMOSignalProgramWriter.xml(
                plans: imported.signalPlans, network: imported.network, trafficLights: imported.trafficLights)
            #expect(xml.contains("<tlLogic id=\"B\"") == written, "\(mode)")
        }
    }
}
