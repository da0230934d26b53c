import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Scenario junction_conflicts field")
struct JunctionConflictsRecordTests {
    private func decode(_ field: String) throws -> ScenarioDocument {
        let json = """
            { "network": "net.json", "demand": {}, "duration_s": 600\(field.isEmpty ? "" : ", \"junction_conflicts\": \(field)") }
            """
        return try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8))
    }

    @Test func defaultsPartialValuesAndOff() throws {
        #expect(try decode("").configuration.gapAcceptance == SimulationConfiguration.GapAcceptance())
        let partial = try decode(#"{ "crossing_gap_before_s": 5, "follow_up_s": 3 }"#).configuration.gapAcceptance
        #expect(partial == .init(crossingBefore: 5, crossingAfter: 3, mergeBefore: 4, mergeAfter: 1.5, followUp: 3, maximumWait: 30))
        #expect(try decode(#"{ "enabled": false }"#).configuration.gapAcceptance == nil)
    }

    /// Out-of-range gaps are refused when the simulation is set up, naming the field.
    @Test func invalidGapsAreRefused() throws {
        let configuration = try decode(#"{ "merge_gap_after_s": 90 }"#).configuration
        do {
            _ = try Simulation(network: SignalJunction.network(), trips: [], configuration: configuration)
            Issue.record("a merge gap of 90 s was accepted")
        } catch {
            #expect("\(error)".contains("merge gap after"), "\(error)")
        }
    }

    /// Written and loaded again, a scenario keeps its gap acceptance (off, changed, or the defaults).
    @Test func scenarioFilesRoundTrip() throws {
        for gap in [nil, SimulationConfiguration.GapAcceptance(crossingBefore: 5, maximumWait: 90), .init()] {
            let scenario = try Scenario(SignalJunction.scenario(ew: 300, ns: 200, duration: 600) { $0.gapAcceptance = gap })
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gap-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let loaded = try Scenario.load(path: scenario.write(to: directory).path)
            #expect(loaded.configuration.gapAcceptance == gap)
        }
    }
}
