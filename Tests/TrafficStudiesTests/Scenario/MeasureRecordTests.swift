import Foundation
import Testing
import TrafficCore

@testable import TrafficStudies

/// The scenario field `measures` (`MeasureRecord`) and measures files (`flowsim run --measures`): every kind
/// resolves to the measure it names on a 2 × 2 grid (300 m blocks, 2 lanes, signalised), bad records are refused
/// with the measure's name.
@Suite struct MeasureRecordTests {
    static func setUp() throws -> (URL, GridNetwork) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("measures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let grid = GridNetwork(rows: 2, columns: 2, lanes: 2)
        try grid.network.write(to: directory.appendingPathComponent("net.json"))
        try SignalPlansDocument(plans: grid.signalPlans, network: grid.network).jsonData()
            .write(to: directory.appendingPathComponent("signals.json"))
        // The evening programme: node n_0_0 on a 90 s cycle, the others as they are.
        var evening = grid.signalPlans
        let corner = grid.network.node(named: "n_0_0")!
        evening[corner] = SignalPlan(
            cycle: 90, groups: [
                SignalGroup(id: "NS", greenIntervals: [.init(start: 0, end: 40)]),
                SignalGroup(id: "EW", greenIntervals: [.init(start: 45, end: 85)]),
            ])
        try SignalPlansDocument(plans: evening, network: grid.network).jsonData()
            .write(to: directory.appendingPathComponent("evening.json"))
        // A Tempo-30 zone around the street n_1_0 – n_1_1 (y = −300 m, x 0 … 300 m): 200 of its 300 m inside.
        let zone = #"{ "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": { "name": "T30" }, "geometry": { "type": "Polygon", "coordinates": [[[50, -320], [250, -320], [250, -280], [50, -280], [50, -320]]] } } ] }"#
        try Data(zone.utf8).write(to: directory.appendingPathComponent("tempo30.geojson"))
        return (directory, grid)
    }

    static func scenario(measures: String, in directory: URL) -> Result<Scenario, any Error> {
        let json = #"{ "network": "net.json", "signals": "signals.json", "demand": { "flows": [ { "id": "f", "origin": "W_0-n_0_0", "destination": "n_0_1-E_0", "begin_s": 0, "end_s": 300, "vehicles_per_hour": 600 } ] }, "duration_s": 900, "measures": "#
            + measures + " }"
        let url = directory.appendingPathComponent("s-\(UUID().uuidString).json")
        try? Data(json.utf8).write(to: url)
        return Result { try Scenario.load(path: url.path) }
    }

    /// One measure of every kind on the grid of `setUp()`.
    static let everyKind = #"""
        [ { "id": "works", "kind": "closure", "links": ["n_0_0-n_0_1"], "begin_s": 300, "end_s": 600 },
          { "id": "lane", "kind": "lane_closure", "links": ["n_0_0-n_0_1"] },
          { "id": "wet", "kind": "capacity", "links": ["n_0_1-n_0_0"], "factor": 0.8 },
          { "id": "t30", "kind": "speed_limit", "speed_kmh": 30, "zone": "tempo30.geojson" },
          { "id": "no-left", "kind": "turn_ban", "turns": [ { "from": "W_0-n_0_0", "to": "n_0_0-n_1_0" } ] },
          { "id": "evening", "kind": "signal_plan", "signals": "evening.json", "begin_s": 600 },
          { "id": "fest", "kind": "event", "trips": 10, "to": ["n_0_1-E_0"], "begin_s": 100, "end_s": 200 },
          { "id": "U1", "kind": "detour", "links": ["n_0_0-n_0_1"], "via": ["n_0_0-n_1_0"] } ]
        """#

    @Test func everyKindResolvesToItsMeasure() throws {
        let (directory, grid) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let n = grid.network
        let scenario = try Self.scenario(measures: Self.everyKind, in: directory).get()
        let byID = Dictionary(uniqueKeysWithValues: scenario.measures.map { ($0.id, $0) })
        #expect(byID["works"] == Measure(id: "works", begin: 300, end: 600, action: .closure(links: [n.id("n_0_0-n_0_1")])))
        #expect(byID["lane"]?.action == .capacity(links: [n.id("n_0_0-n_0_1")], factor: 0.5, storageFactor: 0.5))
        #expect(byID["wet"]?.action == .capacity(links: [n.id("n_0_1-n_0_0")], factor: 0.8, storageFactor: 1))
        // Both directions of the street have 2/3 of their length inside; no other link has half.
        #expect(
            byID["t30"]?.action
                == .speedLimit(links: [n.id("n_1_0-n_1_1"), n.id("n_1_1-n_1_0")].sorted(), speed: 30 / 3.6))
        #expect(
            byID["no-left"]?.action
                == .turnBan(movements: [n.movement(from: n.id("W_0-n_0_0"), to: n.id("n_0_0-n_1_0"))!]))
        guard case .signalPlans(let plans)? = byID["evening"]?.action else {
            Issue.record("evening must be a signal-plan measure")
            return
        }
        #expect(Array(plans.keys) == [n.node(named: "n_0_0")!])
        #expect(plans.values.first?.cycle == 90)
        #expect(byID["U1"]?.action == .detour(links: [n.id("n_0_0-n_0_1")], via: [n.id("n_0_0-n_1_0")]))
        #expect(scenario.events == [EventDemand(id: "fest", trips: 10, direction: .to, links: [n.id("n_0_1-E_0")], begin: 100, end: 200)])

        // The event's trips: 10 evenly over [100, 200) (spacing 10 s, first at 105), all to the event's link, from
        // the other trips' origins (here all W_0-n_0_0); and the run carries every measure.
        let simulation = try Simulation(scenario: scenario)
        let event = simulation.trips.filter { $0.id.hasPrefix("fest.") }
        #expect(event.map(\.departure) == (0..<10).map { 105 + Double($0) * 10 })
        #expect(Set(event.map(\.destination)) == [n.id("n_0_1-E_0")])
        #expect(Set(event.map(\.origin)) == [n.id("W_0-n_0_0")])
        // All arrive: the detour via n_0_0-n_1_0 would need the banned turn, so it is not taken (a detour that needs a
        // closed movement falls back to the way round the closures), and the closure of [300, 600) ends.
        let result = simulation.run()
        #expect(result.summary.measures?.map(\.id) == ["works", "lane", "wet", "t30", "no-left", "evening", "U1"])
        #expect(result.summary.vehiclesArrived == 60)
    }

    /// Written and loaded again, a scenario keeps every measure: the same measures in the same order (the lane
    /// closure as its factors, the Tempo-30 zone as the links it covered, the evening programme in a file of
    /// its own), the speed within a rounding error of the km/h conversion, and the event.
    @Test func measuresAreWrittenBack() throws {
        let (directory, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = try Self.scenario(measures: Self.everyKind, in: directory).get()
        #expect(scenario.measures.count == 7 && scenario.events.count == 1)
        let out = directory.appendingPathComponent("written")
        let loaded = try Scenario.load(path: scenario.write(to: out).path)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("measure-6-signals.json").path))
        #expect(loaded.events == scenario.events)
        #expect(loaded.measures.map(\.id) == scenario.measures.map(\.id))
        for (written, original) in zip(loaded.measures, scenario.measures) {
            if case .speedLimit(let links, let speed) = original.action {
                guard case .speedLimit(let back, let backSpeed) = written.action else {
                    Issue.record("\(written.id) came back as \(written.action.kind)")
                    continue
                }
                #expect(back == links && abs(backSpeed - speed) < 1e-12 && !links.isEmpty)
                #expect(written.begin == original.begin && written.end == original.end)
            } else {
                #expect(written == original)
            }
        }
        // A capacity measure with its own storage factor (only the API makes one) comes back too.
        var custom = scenario
        custom.measures = [
            Measure(id: "narrow", action: .capacity(links: [scenario.network.id("n_0_0-n_0_1")], factor: 0.9, storageFactor: 0.7))
        ]
        custom.events = []
        let again = try Scenario.load(path: custom.write(to: directory.appendingPathComponent("custom")).path)
        #expect(again.measures == custom.measures)
    }

    @Test func badMeasuresAreRefusedWithTheirName() throws {
        let (directory, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        func message(_ measures: String) -> String {
            guard case .failure(let error) = Self.scenario(measures: measures, in: directory) else { return "accepted" }
            return "\(error)"
        }
        #expect(
            message(#"[ { "id": "x", "kind": "closure", "links": ["nowhere"] } ]"#)
                == "scenario field 'measures': measure 'x' (measures[0]): links: unknown link 'nowhere'")
        #expect(message(#"[ { "id": "x", "kind": "closed", "links": ["W_0-n_0_0"] } ]"#).contains("unknown kind 'closed'"))
        #expect(
            message(#"[ { "id": "x", "kind": "lane_closure", "links": ["W_0-n_0_0"], "lanes": 2 } ]"#)
                .contains("link 'W_0-n_0_0' has 2 lane(s); closing 2 closes it (use kind 'closure')"))
        #expect(
            message(#"[ { "id": "x", "kind": "event", "trips": 5, "to": ["W_0-n_0_0"] } ]"#)
                .contains("an event needs 'end_s'"))
        #expect(
            message(#"[ { "id": "x", "kind": "closure", "links": ["W_0-n_0_0"], "begin_s": 600, "end_s": 300 } ]"#)
                .contains("the window [600.0, 300.0) s is empty or negative"))
        #expect(
            message(#"[ { "id": "x", "kind": "turn_ban", "turns": [ { "from": "W_0-n_0_0", "to": "n_1_1-S_1" } ] } ]"#)
                .contains("no movement from 'W_0-n_0_0' to 'n_1_1-S_1'"))
        #expect(
            message(#"[ { "id": "x", "kind": "closure", "links": ["W_0-n_0_0"] }, { "id": "x", "kind": "closure", "links": ["W_0-n_0_0"] } ]"#)
                .contains("the id is used by another measure"))
        #expect(
            message(#"[ { "id": "x", "kind": "signal_plan", "signals": "signals.json" } ]"#)
                .contains("changes no node's plan"))
    }

    /// `flowsim run --measures FILE`: a measures file adds to the scenario's measures, paths relative to it.
    @Test func aMeasuresFileAddsToTheScenario() throws {
        let (directory, grid) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        var scenario = try Self.scenario(measures: "[]", in: directory).get()
        let file = directory.appendingPathComponent("closure.json")
        try Data(#"{ "measures": [ { "id": "t30", "kind": "speed_limit", "speed_kmh": 30, "zone": "tempo30.geojson" } ] }"#.utf8)
            .write(to: file)
        try scenario.addMeasures(contentsOf: file)
        #expect(scenario.measures.map(\.id) == ["t30"])
        #expect(scenario.measures.first?.action.kind == "speed_limit")
        // The same id again is refused, naming the file.
        #expect(throws: ScenarioError.self) { try scenario.addMeasures(contentsOf: file) }
        _ = grid
    }
}
