import Foundation
import Testing

@testable import TrafficModel

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
