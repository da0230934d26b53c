import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Scenario stop_and_go field")
struct StopAndGoRecordTests {
    private func decode(_ field: String) throws -> ScenarioDocument {
        let json = """
            { "network": "net.json", "demand": {}, "duration_s": 600\(field.isEmpty ? "" : ", \"stop_and_go\": \(field)") }
            """
        return try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8))
    }

    @Test func defaultsPartialValuesAndOff() throws {
        #expect(try decode("").configuration.stopAndGo == SimulationConfiguration.StopAndGo())
        #expect(SimulationConfiguration.StopAndGo() == .init(acceleration: 2.6, deceleration: 4.5, startUpLoss: true))
        #expect(try decode(#"{ "start_up_loss": false }"#).configuration.stopAndGo == .init(startUpLoss: false))
        #expect(try decode(#"{ "acceleration_mps2": 1.5 }"#).configuration.stopAndGo == .init(acceleration: 1.5))
        #expect(try decode(#"{ "enabled": false }"#).configuration.stopAndGo == nil)
    }

    @Test func aNonPositiveAccelerationIsRefused() throws {
        let configuration = try decode(#"{ "deceleration_mps2": 0 }"#).configuration
        do {
            _ = try Simulation(network: SignalJunction.network(), trips: [], configuration: configuration)
            Issue.record("a deceleration of 0 was accepted")
        } catch {
            #expect("\(error)".contains("stop-and-go deceleration"), "\(error)")
        }
    }

    /// Written and loaded again, a scenario keeps its stop-and-go model (off, changed, or the defaults).
    @Test func scenarioFilesRoundTrip() throws {
        for model in [
            nil, SimulationConfiguration.StopAndGo(acceleration: 2, deceleration: 3), .init(), .init(startUpLoss: false),
        ] {
            let scenario = try Scenario(SignalJunction.scenario(ew: 300, ns: 200, duration: 600) { $0.stopAndGo = model })
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stop-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let loaded = try Scenario.load(path: scenario.write(to: directory).path)
            #expect(loaded.configuration.stopAndGo == model)
        }
    }
}
