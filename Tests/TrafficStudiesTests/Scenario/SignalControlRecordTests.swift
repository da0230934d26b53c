import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Scenario signal_control field")
struct SignalControlRecordTests {
    private func decode(_ signalControl: String) throws -> ScenarioDocument {
        let json = """
            { "network": "net.json", "demand": {}, "duration_s": 600, "signal_control": \(signalControl) }
            """
        return try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8))
    }

    @Test func actuatedFieldsAndDefaults() throws {
        let document = try decode(
            """
            { "method": "actuated", "max_green_s": 45, "gap_s": 2.5, "priority_trips": ["amb"],
              "pedestrian_crossings": [ { "node": "x", "group": "NS", "length_m": 14 } ] }
            """)
        let c = document.configuration
        // Absent: min green 5 s, decision interval 1 s, priority min green 5 s, walking speed 1.0 m/s.
        #expect(c.signalControl == .actuated(ActuatedControl(minGreen: 5, maxGreen: 45, gap: 2.5, decisionInterval: 1)))
        #expect(c.signalPriority == SignalPriority(tripIDs: ["amb"], minGreen: 5))
        #expect(
            c.pedestrianDemand
                == PedestrianDemand(
                    walkingSpeed: 1.0, crossings: [PedestrianCrossing(node: "x", group: "NS", length: 14)]))
        let again = try JSONDecoder().decode(ScenarioDocument.self, from: JSONEncoder().encode(document))
        #expect(again == document)
    }

    @Test func maxPressureAndFixed() throws {
        #expect(
            try decode(#"{ "method": "maxpressure", "min_green_s": 8 }"#).configuration.signalControl
                == .maxPressure(MaxPressureControl(minGreen: 8, decisionInterval: 1)))
        let fixed = try decode(#"{ "method": "fixed", "priority_trips": ["a"], "priority_min_green_s": 7 }"#)
        #expect(fixed.configuration.signalControl == .fixedTime)
        #expect(fixed.configuration.signalPriority == SignalPriority(tripIDs: ["a"], minGreen: 7))
        // Without the field: fixed plans, no priority, no pedestrians.
        let none = try JSONDecoder().decode(
            ScenarioDocument.self, from: Data(#"{ "network": "n", "demand": {}, "duration_s": 1 }"#.utf8))
        #expect(none.configuration.signalControl == .fixedTime && none.configuration.signalPriority == nil)
    }

    @Test func fieldsOfAnotherMethodAndUnknownMethodsAreRejected() throws {
        do {
            _ = try decode(#"{ "method": "maxpressure", "gap_s": 3 }"#)
            Issue.record("gap_s accepted for maxpressure")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == "'gap_s' does not apply to method 'maxpressure'")
            #expect(context.codingPath.map(\.stringValue) == ["signal_control", "gap_s"])
        }
        #expect(throws: DecodingError.self) { try decode(#"{ "method": "adaptive" }"#) }
    }

    /// Written and loaded again, a scenario keeps its signal control, priority and pedestrian settings.
    @Test func scenarioFilesRoundTrip() throws {
        let network = try SignalJunction.network()
        let ambulance = Trip(id: "amb", origin: network.id("n_x"), destination: network.id("x_s"), departure: 30)
        let scenario = try Scenario(
            SignalJunction.scenario(ew: 300, ns: 200, duration: 600, extraTrips: [ambulance]) {
                $0.signalControl = .actuated(ActuatedControl(minGreen: 6, maxGreen: 40, gap: 2, decisionInterval: 2))
                $0.signalPriority = SignalPriority(tripIDs: ["amb"], minGreen: 4)
                $0.pedestrianDemand = PedestrianDemand(
                    walkingSpeed: 0.9, crossings: [PedestrianCrossing(node: "x", group: "EW", length: 12)])
            })
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sigctl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let loaded = try Scenario.load(path: scenario.write(to: directory).path)
        #expect(loaded.configuration == scenario.configuration)
        #expect(try Simulation.run(loaded).signalControl == Simulation.run(scenario).signalControl)
    }

    /// With controller-run signals the result files include the stage log and the priority trips. The plan
    /// (EW [0, 27), NS [30, 57)) followed stage by stage: EW turns red at 27 s, NS green at 30 s.
    @Test func stageLogAndPriorityTripsAreWritten() throws {
        let network = try SignalJunction.network()
        let ambulance = Trip(id: "amb", origin: network.id("n_x"), destination: network.id("x_s"), departure: 300)
        let result = try Simulation.run(
            Scenario(
                SignalJunction.scenario(ew: 300, ns: 200, duration: 600, extraTrips: [ambulance]) {
                    $0.signalPriority = SignalPriority(tripIDs: ["amb"])
                }))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sigout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try result.write(to: directory)
        let stages = try String(
            contentsOf: directory.appendingPathComponent(SimulationResult.OutputFile.signalStages), encoding: .utf8
        ).split(separator: "\n")
        #expect(stages.first == "node,time_s,from,to,green_start_s,ended_green_s,reason")
        #expect(stages.dropFirst().first == "x,27.00,EW,NS,30.00,27.00,plan")
        let priority = try String(
            contentsOf: directory.appendingPathComponent(SimulationResult.OutputFile.priorityTrips), encoding: .utf8
        ).split(separator: "\n")
        #expect(priority.count == 2 && priority[1].hasPrefix("amb,300.00,"))
    }
}
