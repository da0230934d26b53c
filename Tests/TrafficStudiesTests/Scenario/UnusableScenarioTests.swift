import Foundation
import Testing
import TrafficCore

@testable import TrafficStudies

/// Scenario numbers and keys a run must refuse rather than crash on, run forever or silently ignore (issue 17,
/// items 11, 14, 16).
@Suite struct UnusableScenarioTests {
    static func grid() throws -> (URL, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("unusable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try GridNetwork(rows: 1, columns: 2, signalised: false).network.write(to: directory.appendingPathComponent("net.json"))
        return (directory, #"{ "network": "net.json", "demand": { "flows": [ { "id": "f", "origin": "W_0-n_0_0", "destination": "n_0_1-E_0", "begin_s": 0, "end_s": 300, "vehicles_per_hour": 600 } ] }, "duration_s": 600 }"#)
    }

    static func load(_ json: String, in directory: URL) -> Result<Scenario, any Error> {
        let url = directory.appendingPathComponent("s-\(UUID().uuidString).json")
        try? Data(json.utf8).write(to: url)
        return Result { try Scenario.load(path: url.path) }
    }

    @Test func misspeltKeysAreRefusedWithASuggestion() throws {
        let (directory, json) = try Self.grid()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect((try? Self.load(json, in: directory).get()) != nil)
        let typo = json.replacingOccurrences(of: "\"duration_s\"", with: "\"duration_s\": 600, \"duraton_s\"")
        guard case .failure(let error) = Self.load(typo, in: directory) else {
            Issue.record("a misspelt key must be refused")
            return
        }
        #expect("\(error)".contains("unknown key duraton_s (did you mean 'duration_s'?)"), "\(error)")
        let nested = json.replacingOccurrences(of: "\"vehicles_per_hour\"", with: "\"vehicles_per_huor\": 1, \"vehicles_per_hour\"")
        guard case .failure(let nestedError) = Self.load(nested, in: directory) else {
            Issue.record("a misspelt nested key must be refused")
            return
        }
        #expect("\(nestedError)".contains("demand.flows[0].vehicles_per_huor (did you mean 'vehicles_per_hour'?)"), "\(nestedError)")
        // A misspelt required key reads as missing, and the message names where.
        let missing = json.replacingOccurrences(of: "\"vehicles_per_hour\"", with: "\"vehicles_per_huor\"")
        guard case .failure(let missingError) = Self.load(missing, in: directory) else {
            Issue.record("a missing required key must be refused")
            return
        }
        #expect("\(missingError)".contains("vehicles_per_hour"), "\(missingError)")
        // The parking study's section is another reader's, not unknown.
        let parking = json.replacingOccurrences(of: "\"duration_s\"", with: "\"parking\": {}, \"duration_s\"")
        #expect((try? Self.load(parking, in: directory).get()) != nil)
    }

    @Test func runsThatCannotEndOrFitAreRefused() throws {
        let (directory, json) = try Self.grid()
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = try Self.load(json, in: directory).get()
        for (change, expected) in [
            ({ (c: inout SimulationConfiguration) in c.duration = 1e18 }, "longer than"),
            ({ (c: inout SimulationConfiguration) in c.step = 1e9 }, "must lie within"),
            ({ (c: inout SimulationConfiguration) in c.step = 1e-9 }, "must lie within"),
            ({ (c: inout SimulationConfiguration) in c.outputInterval = 0.001 }, "shorter than the step"),
            ({ (c: inout SimulationConfiguration) in c.duration = 10_000_000; c.outputInterval = 1 }, "intervals, more than"),
        ] {
            var configuration = scenario.configuration
            change(&configuration)
            guard case .failure(let error) = Result(catching: { () throws -> Simulation in
                try Simulation(network: scenario.network, trips: [], configuration: configuration)
            }) else {
                Issue.record("\(configuration) must be refused")
                continue
            }
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    @Test func aLinkOfAMillionKilometresIsRefused() throws {
        var builder = NetworkBuilder()
        try builder.addNode("a", at: .init(0, 0))
        try builder.addNode("b", at: .init(1, 0))
        #expect(throws: NetworkError.invalidLength(link: "ab", length: 1e12)) {
            try builder.addLink("ab", from: "a", to: "b", length: 1e12, freeFlowSpeed: 13.9)
        }
        #expect(throws: NetworkError.invalidSpeed(link: "ab", speed: 1e6)) {
            try builder.addLink("ab", from: "a", to: "b", length: 100, freeFlowSpeed: 1e6)
        }
    }

    /// Trips departing after the end are accounted for: departed + waiting + unroutable + scheduled after the
    /// end = trips total (before, the last ones were in none of the counts).
    @Test func everyTripIsAccountedFor() throws {
        let (directory, json) = try Self.grid()
        defer { try? FileManager.default.removeItem(at: directory) }
        var scenario = try Self.load(json, in: directory).get()
        scenario.configuration.duration = 150  // the flow runs for 300 s: about half its trips depart after the end
        let s = try Simulation.run(scenario).summary
        #expect(s.vehiclesScheduledAfterEnd > 0)
        #expect(s.vehiclesDeparted + s.vehiclesWaitingToDepart + s.vehiclesUnroutable + s.vehiclesScheduledAfterEnd == s.tripsTotal)
        let demand = Demand(flows: [Flow(id: "huge", origin: LinkID(rawValue: 0), destination: LinkID(rawValue: 1), begin: 0, end: 3600, vehiclesPerHour: 1e15)])
        #expect(throws: DemandError.self) { _ = try demand.generateTrips(seed: 1) }
    }
}
