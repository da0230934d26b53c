import Foundation
import Support
import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

@Suite("Signal plan writers: scenario JSON and SUMO tlLogic")
struct SignalPlanWriterTests {
    /// Reads the `<tlLogic>` programs of `xml` back with the SUMO importer's own parser (the reference).
    func importedPrograms(_ xml: String) throws -> [SUMOSignalProgram] {
        let net = xml.replacingOccurrences(of: "<additional>", with: "<net>")
            .replacingOccurrences(of: "</additional>", with: "</net>")
        let parser = SUMONetParser(source: "test")
        try XMLElementReader.read(data: Data(net.utf8), source: "test", into: parser)
        return try parser.file.trafficLights.map { try SUMOSignalProgram($0, source: "test") }
    }

    /// Groups named as the SUMO importer names them keep SUMO's link-index columns: J1:0 green [0, 25),
    /// J1:1 green [30, 55), J1:2+3 (two link indices, one group) green [30, 55) → 4 columns.
    /// Cuts at 0, 25, 28 (yellow end), 30, 55, 58, 60 → phases:
    /// [0,25) Grrr, [25,28) yrrr, [28,30) rrrr, [30,55) rGGG, [55,58) ryyy, [58,60) rrrr.
    @Test func sumoNamedGroupsKeepLinkIndexOrderAndRoundTrip() throws {
        let network = try TestNetworks.corridor([.init(id: "a", length: 100), .init(id: "b", length: 100)])
        let plan = SignalPlan(
            cycle: 60, offset: 7,
            groups: [
                SignalGroup(id: "J1:0", greenIntervals: [.init(start: 0, end: 25)]),
                SignalGroup(id: "J1:1", greenIntervals: [.init(start: 30, end: 55)]),
                SignalGroup(id: "J1:2+3", greenIntervals: [.init(start: 30, end: 55)]),
            ])
        let xml = SUMOSignalProgramWriter.xml(plans: [network.node(named: "c1")!: plan], network: network)
        #expect(xml.contains("<tlLogic id=\"J1\" type=\"static\" programID=\"flowsim\" offset=\"7.00\">"))
        let phases = xml.split(separator: "\n").filter { $0.contains("<phase") }.map { String($0).trimmingCharacters(in: .whitespaces) }
        #expect(phases == [
            "<phase duration=\"25.00\" state=\"Grrr\"/>", "<phase duration=\"3.00\" state=\"yrrr\"/>",
            "<phase duration=\"2.00\" state=\"rrrr\"/>", "<phase duration=\"25.00\" state=\"rGGG\"/>",
            "<phase duration=\"3.00\" state=\"ryyy\"/>", "<phase duration=\"2.00\" state=\"rrrr\"/>",
        ])
        let program = try #require(try importedPrograms(xml).first)
        #expect(program.cycle == 60)
        #expect(program.light.offset == 7)
        #expect(program.greenIntervals(columns: [0]) == [GreenInterval(start: 0, end: 25)])
        #expect(program.greenIntervals(columns: [2, 3]) == [GreenInterval(start: 30, end: 55)])
    }

    /// Other group names: one column per group in plan order, a legend comment; a wrapping green
    /// (B [50, 10)) comes back as the same wrapping interval.
    @Test func plainGroupsGetOneColumnEachAndRoundTrip() throws {
        let network = try TestNetworks.corridor([.init(id: "a", length: 100), .init(id: "b", length: 100)])
        let plan = SignalPlan(
            cycle: 80,
            groups: [
                SignalGroup(id: "A--x", greenIntervals: [.init(start: 15, end: 45)]),
                SignalGroup(id: "B", greenIntervals: [.init(start: 50, end: 10)]),
            ])
        let xml = SUMOSignalProgramWriter.xml(plans: [network.node(named: "c1")!: plan], network: network)
        #expect(xml.contains("<!-- node c1: state columns are signal groups: 0 = A- -x, 1 = B -->"))
        #expect(xml.contains("<tlLogic id=\"c1\""))
        let program = try #require(try importedPrograms(xml).first)
        #expect(program.cycle == 80)
        #expect(program.greenIntervals(columns: [0]) == [GreenInterval(start: 15, end: 45)])
        #expect(program.greenIntervals(columns: [1]) == [GreenInterval(start: 50, end: 10)])
    }

    /// A corridor of three 100 m links a, b, c and its inner junctions c1 and c2.
    static func threeLinks() throws -> (Network, NodeID, NodeID) {
        let network = try TestNetworks.corridor([
            .init(id: "a", length: 100), .init(id: "b", length: 100), .init(id: "c", length: 100),
        ])
        return (network, network.node(named: "c1")!, network.node(named: "c2")!)
    }

    /// Traffic light J as a net defines it: 6 link indices, cycle 60, offset 0. Movements drive J:0 (indices 0
    /// and 1, named by the lowest), J:2 and J:3 (shown `g`: it yields); 4 and 5 are pedestrian crossings no
    /// group drives, green [0, 20) (shown `s`, to check that any weaker green is kept) and [30, 50).
    static let lightJ = SUMOTrafficLight(
        program: SignalPlan(
            cycle: 60,
            groups: [[0, 25], [0, 25], [30, 55], [40, 5], [0, 20], [30, 50]].enumerated().map {
                SignalGroup(id: "J:\($0.offset)", greenIntervals: [GreenInterval(start: $0.element[0], end: $0.element[1])])
            }),
        groupLinkIndices: ["J:0": [0, 1], "J:2": [2], "J:3": [3]], greenStates: [3: "g", 4: "s"])

    /// Joined signals: J controls junctions c1 (J:0 [0, 25), J:2 [30, 55), offset 0) and c2 (J:3 [30, 55),
    /// offset 10). One program for J with all 6 link indices; c2's green moves 10 s later in c1's frame:
    /// [40, 60) ∪ [0, 5), written `g`; 4 and 5 keep the net's greens (4 as `s`). Cuts at 0, 3, 5, 8, 20, 23, 25, 28, 30,
    /// 40, 50, 53, 55, 58 give the phases below by hand (durations add up to 60).
    @Test func joinedSignalsBecomeOneProgramForTheWholeNetProgram() throws {
        let (network, c1, c2) = try Self.threeLinks()
        let plans = [
            c1: SignalPlan(
                cycle: 60,
                groups: [
                    SignalGroup(id: "J:0", greenIntervals: [.init(start: 0, end: 25)]),
                    SignalGroup(id: "J:2", greenIntervals: [.init(start: 30, end: 55)]),
                ]),
            c2: SignalPlan(cycle: 60, offset: 10, groups: [SignalGroup(id: "J:3", greenIntervals: [.init(start: 30, end: 55)])]),
        ]
        let xml = SUMOSignalProgramWriter.xml(plans: plans, network: network, trafficLights: ["J": Self.lightJ])
        #expect(xml.components(separatedBy: "<tlLogic").count == 2)
        #expect(xml.contains("<tlLogic id=\"J\" type=\"static\" programID=\"flowsim\" offset=\"0.00\">"))
        let phases = xml.split(separator: "\n").filter { $0.contains("<phase") }.map { String($0).trimmingCharacters(in: .whitespaces) }
        let expected: [(Double, String)] = [
            (5, "GGrgsr"), (3, "GGrysr"), (12, "GGrrsr"), (3, "GGrryr"), (2, "GGrrrr"), (3, "yyrrrr"), (2, "rrrrrr"),
            (10, "rrGrrG"), (10, "rrGgrG"), (3, "rrGgry"), (2, "rrGgrr"), (3, "rrygrr"), (2, "rrrgrr"),
        ]
        #expect(phases == expected.map { "<phase duration=\"\(NumberFormat.fixed($0.0, 2))\" state=\"\($0.1)\"/>" })
        let program = try #require(try importedPrograms(xml).first)
        #expect(program.greenIntervals(columns: [1]) == [GreenInterval(start: 0, end: 25)])
        #expect(program.greenIntervals(columns: [3]) == [GreenInterval(start: 40, end: 5)])
        #expect(program.greenIntervals(columns: [5]) == [GreenInterval(start: 30, end: 50)])
    }

    /// A new cycle stretches the greens of link indices no plan drives in proportion: with the net's program
    /// and the plan both at offset 20, J at 90 s puts crossing 5's [30, 50) of 60 s at [45, 75), and J:2 (in
    /// no plan here) [30, 55) at [45, 82.5). Junctions of one light with different cycles get no program.
    @Test func newCycleStretchesUndrivenIndicesAndDifferentCyclesGetNoProgram() throws {
        let (network, c1, c2) = try Self.threeLinks()
        var light = Self.lightJ
        light.program.offset = 20
        let stretched = SignalPlan(
            cycle: 90, offset: 20, groups: [SignalGroup(id: "J:0", greenIntervals: [.init(start: 0, end: 40)])])
        let xml = SUMOSignalProgramWriter.xml(plans: [c1: stretched], network: network, trafficLights: ["J": light])
        let program = try #require(try importedPrograms(xml).first)
        #expect(program.cycle == 90)
        #expect(program.linkCount == 6)
        #expect(program.greenIntervals(columns: [0]) == [GreenInterval(start: 0, end: 40)])
        #expect(program.greenIntervals(columns: [2]) == [GreenInterval(start: 45, end: 82.5)])  // J:2 is in no plan
        #expect(program.greenIntervals(columns: [4]) == [GreenInterval(start: 0, end: 30)])
        #expect(program.greenIntervals(columns: [5]) == [GreenInterval(start: 45, end: 75)])

        let mixed = [c1: stretched, c2: SignalPlan(cycle: 60, groups: [SignalGroup(id: "J:3", greenIntervals: [.init(start: 0, end: 30)])])]
        let refused = SUMOSignalProgramWriter.xml(plans: mixed, network: network, trafficLights: ["J": Self.lightJ])
        #expect(!refused.contains("<tlLogic"))
        #expect(refused.contains("traffic light J: no program written; its junctions have different cycles (c1 90.0 s, c2 60.0 s)"))
    }

    /// Traffic light J with one movement over two lanes the net times differently: link index 0 green [0, 20),
    /// 1 green [0, 25), both driven by the group "J:0+1"; cycle 60, offset 0.
    static let lanesJ = SUMOTrafficLight(
        program: SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "J:0", greenIntervals: [.init(start: 0, end: 20)]),
                SignalGroup(id: "J:1", greenIntervals: [.init(start: 0, end: 25)]),
            ]),
        groupLinkIndices: ["J:0+1": [0, 1]])

    /// A group driving link indices the net times differently (`J:0+1`: 0 green [0, 20), 1 green [0, 25))
    /// writes each index's own net greens while it is unchanged (green [0, 25), the union) and its own greens
    /// for all of them once changed ([0, 30)). A plan naming an index beyond the net's program (J:7 of 6) gets
    /// no program; SUMO-like names of a light the writer does not know give one program per node, as before.
    @Test func unchangedGroupsKeepTheNetsIndicesAndUnknownOnesStayApart() throws {
        let (network, c1, c2) = try Self.threeLinks()
        let light = Self.lanesJ
        func written(_ green: GreenInterval) throws -> SUMOSignalProgram {
            let plan = SignalPlan(cycle: 60, groups: [SignalGroup(id: "J:0+1", greenIntervals: [green])])
            let xml = SUMOSignalProgramWriter.xml(plans: [c1: plan], network: network, trafficLights: ["J": light])
            return try #require(try importedPrograms(xml).first)
        }
        let unchanged = try written(GreenInterval(start: 0, end: 25))
        #expect(unchanged.greenIntervals(columns: [0]) == [GreenInterval(start: 0, end: 20)])
        #expect(unchanged.greenIntervals(columns: [1]) == [GreenInterval(start: 0, end: 25)])
        let changed = try written(GreenInterval(start: 0, end: 30))
        #expect(changed.greenIntervals(columns: [0]) == [GreenInterval(start: 0, end: 30)])
        #expect(changed.greenIntervals(columns: [1]) == [GreenInterval(start: 0, end: 30)])

        let beyond = SignalPlan(cycle: 60, groups: [SignalGroup(id: "J:7", greenIntervals: [.init(start: 0, end: 30)])])
        let refused = SUMOSignalProgramWriter.xml(plans: [c1: beyond], network: network, trafficLights: ["J": light])
        #expect(!refused.contains("<tlLogic"))
        #expect(refused.contains("traffic light J: no program written; the plans name link index 7 but the net's program has 2"))

        let k = SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "K:1", greenIntervals: [.init(start: 0, end: 30)]),
                SignalGroup(id: "K:2", greenIntervals: [.init(start: 30, end: 60)]),
            ])
        let apart = SUMOSignalProgramWriter.xml(plans: [c1: k, c2: k], network: network)
        #expect(apart.components(separatedBy: "<tlLogic id=\"K\"").count == 3)
        #expect(apart.contains("state=\"rGr\""))
    }

    /// A green wave moves a junction's offset only (`OffsetOptimizer`): the crossing no group drives moves with
    /// the vehicle greens, 30 s after the first stage as in the net, so the two never overlap; a group over
    /// link indices the net times differently, unchanged but for the offset, keeps each index's own greens.
    /// Net: J:0 vehicles [0, 25), J:1 crossing [30, 50), cycle 60, offset 0; plan J:0 [0, 25) at offset 10 →
    /// phases Gr 25, yr 3, rr 2, rG 20, ry 3, rr 7.
    @Test func offsetChangesMoveUndrivenIndicesAlong() throws {
        let network = try TestNetworks.corridor([.init(id: "a", length: 100), .init(id: "b", length: 100)])
        let c1 = network.node(named: "c1")!
        let light = SUMOTrafficLight(
            program: SignalPlan(
                cycle: 60,
                groups: [
                    SignalGroup(id: "J:0", greenIntervals: [.init(start: 0, end: 25)]),
                    SignalGroup(id: "J:1", greenIntervals: [.init(start: 30, end: 50)]),
                ]),
            groupLinkIndices: ["J:0": [0]])
        let moved = SignalPlan(cycle: 60, offset: 10, groups: [SignalGroup(id: "J:0", greenIntervals: [.init(start: 0, end: 25)])])
        let xml = SUMOSignalProgramWriter.xml(plans: [c1: moved], network: network, trafficLights: ["J": light])
        #expect(xml.contains("offset=\"10.00\""))
        let phases = xml.split(separator: "\n").filter { $0.contains("<phase") }.map { String($0).trimmingCharacters(in: .whitespaces) }
        let expected: [(Double, String)] = [(25, "Gr"), (3, "yr"), (2, "rr"), (20, "rG"), (3, "ry"), (7, "rr")]
        #expect(phases == expected.map { "<phase duration=\"\(NumberFormat.fixed($0.0, 2))\" state=\"\($0.1)\"/>" })

        let lanes = Self.lanesJ
        let shifted = SignalPlan(cycle: 60, offset: 10, groups: [SignalGroup(id: "J:0+1", greenIntervals: [.init(start: 0, end: 25)])])
        let written = SUMOSignalProgramWriter.xml(plans: [c1: shifted], network: network, trafficLights: ["J": lanes])
        let program = try #require(try importedPrograms(written).first)
        #expect(program.light.offset == 10)
        #expect(program.greenIntervals(columns: [0]) == [GreenInterval(start: 0, end: 20)])
        #expect(program.greenIntervals(columns: [1]) == [GreenInterval(start: 0, end: 25)])
    }

    /// Writing a SUMO net's imported plans unchanged gives back the net's program: every link index (the
    /// second lane of C:0, the yielding C:2, the crossing C:10) keeps its greens, and `g` stays `g`.
    @Test func importedPlansWrittenBackGiveTheNetsProgram() throws {
        let url = FixtureFile.url("crossing.net.xml")
        let imported = try SUMONetworkImporter().importNetwork(contentsOf: url)
        let light = try #require(imported.trafficLights["C"])
        #expect(light.groupLinkIndices["C:0"] == [0, 1])
        #expect(light.greenStates == [2: "g", 5: "g", 9: "g"])  // the fixture's permitted turns
        let xml = SUMOSignalProgramWriter.xml(
            plans: imported.signalPlans, network: imported.network, trafficLights: imported.trafficLights)
        let program = try #require(try importedPrograms(xml).first)
        #expect(program.linkCount == light.linkCount)
        for i in 0..<light.linkCount {
            #expect(program.greenIntervals(columns: [i]) == light.program.groups[i].greenIntervals, "link index \(i)")
        }
        for phase in program.light.phases {
            for (i, state) in phase.state.enumerated() where state != "r" && state != "y" {
                #expect(state == light.greenStates[i] ?? "G", "link index \(i)")
            }
        }
    }

    /// The scenario signal format (existing `SignalPlansDocument`) reads back the proposal unchanged.
    @Test func scenarioJSONRoundTrip() throws {
        let network = try SignalTestNetworks.crossing()
        let node = network.node(named: "c")!
        let proposal = try #require(
            WebsterOptimizer.optimise(
                plan: SignalTestNetworks.twoStagePlan, node: "c", flowRatios: ["EW": 1.0 / 3, "NS": 0.25]))
        let data = try SignalPlansDocument(plans: [node: proposal.plan], network: network).jsonData()
        let back = try JSONDecoder().decode(SignalPlansDocument.self, from: data).plans(for: network)
        #expect(back == [node: proposal.plan])
    }
}
