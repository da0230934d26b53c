import Foundation
import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

@Suite("Scenario files")
struct ScenarioTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trafficmodel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Verification 8c. The demo scenario (network, signal plans, flows, configuration) plus an OD matrix
    /// and explicit trips survives write → load unchanged, and the loaded copy simulates identically.
    @Test func scenarioRoundTripThroughFiles() throws {
        var scenario = Scenario.demo(seed: 5)
        let network = scenario.network
        scenario.demand.trips = [
            Trip(id: "probe", origin: network.id("W_0-n_0_0"), destination: network.id("n_0_2-E_0"), departure: 12.5)
        ]
        scenario.demand.odMatrices = [
            ODMatrix(
                id: "am",
                zones: [
                    "west": [network.id("W_1-n_1_0")], "east": [network.id("n_1_2-E_1"), network.id("n_2_2-E_2")],
                ],
                entries: [ODEntry(origin: "west", destination: "east", vehicles: 37.5)], begin: 0, end: 1800)
        ]
        scenario.configuration.reroutingInterval = 300
        scenario.configuration.duration = 1200
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try scenario.write(to: directory)
        let loaded = try Scenario.load(path: file.path)
        #expect(loaded == scenario)

        let a = try Simulation.run(scenario)
        let b = try Simulation.run(loaded)
        #expect(a.trips == b.trips)
    }

    /// A scenario in YAML loads to the same scenario as its JSON files: the scenario file (flow style, after
    /// a comment), the network (JSON is YAML too) and hand-written block-style signal plans with comments.
    @Test func yamlFilesLoadLikeTheirJSON() throws {
        let scenario = Scenario.demo(seed: 3)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try scenario.write(to: directory)
        let text = try String(contentsOf: json, encoding: .utf8)
            .replacingOccurrences(of: "\"network.json\"", with: "\"network.yaml\"")
            .replacingOccurrences(of: "\"signals.json\"", with: "\"signals.yml\"")
        try ("# the demo grid\n" + text).write(to: directory.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("network.json"), to: directory.appendingPathComponent("network.yaml"))
        var plans = "# fixed-time plans, effective greens\nplans:\n"
        for node in scenario.signalPlans.keys.sorted() {
            let plan = scenario.signalPlans[node]!
            plans += "  - node: \(scenario.network[node].id)\n    cycle_s: \(plan.cycle)\n    offset_s: \(plan.offset)\n    groups:\n"
            for group in plan.groups {
                let green = group.greenIntervals.map { "[\($0.start), \($0.end)]" }.joined(separator: ", ")
                plans += "      - id: \(group.id)  # signal group\n        green: [\(green)]\n"
            }
        }
        try plans.write(to: directory.appendingPathComponent("signals.yml"), atomically: true, encoding: .utf8)

        let fromYAML = try Scenario.load(path: directory.appendingPathComponent("scenario.yaml").path)
        #expect(fromYAML == (try Scenario.load(path: json.path)))
        #expect(fromYAML.signalPlans == scenario.signalPlans)
    }

    /// YAML scalars are read as the text written: group IDs `1` and `1.50` stay "1" and "1.50".
    @Test func yamlSignalPlanIDsAreTheirText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("signals.yaml")
        try """
            plans:
              - node: 7
                cycle_s: 90
                groups:
                  - { id: 1, green: [[0, 40]] }      # main road
                  - { id: 1.50, green: [[45, 85]] }  # side road
            """.write(to: url, atomically: true, encoding: .utf8)
        let document = try SignalPlansDocument.load(contentsOf: url)
        #expect(document.plans.map(\.node) == ["7"])
        #expect(document.plans[0].groups.map(\.id) == ["1", "1.50"])
        #expect(document.plans[0].cycle == 90)
        #expect(document.plans[0].offset == nil)
    }

    /// A broken YAML scenario is refused with the file, the format and the line of the error.
    @Test func brokenYAMLNamesFileAndLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("scenario.yml")
        try "name: broken\nnetwork: network.json\ndemand:\n  flows: [ { id: f1\n".write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try Scenario.load(path: url.path)
            Issue.record("a broken YAML file was accepted")
        } catch {
            let message = "\(error)"
            #expect(message.contains(url.path))
            #expect(message.contains("invalid YAML for ScenarioDocument"))
            #expect(message.contains("5:"), "the line: \(message)")
        }
    }

    /// A scenario file may name a network to import instead of a network document — a SUMO net (its signal
    /// programs become the plans), a GIS line layer, an OpenStreetMap file — and SUMO routes as demand; the
    /// scenario then equals what the importers give, with the traffic lights and the CRS.
    @Test func scenarioFilesNameSUMOGISAndOSMSources() throws {
        let fixtures = FixtureFile.directory
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["crossing.net.xml", "crossing.rou.xml", "roads.geojson", "junction.osm"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        func load(_ json: String) throws -> Scenario {
            let url = directory.appendingPathComponent("scenario-\(UUID().uuidString).json")
            try Data(json.utf8).write(to: url)
            return try Scenario.load(path: url.path)
        }

        let sumo = try load(#"{ "network": "crossing.net.xml", "demand": { "routes_file": "crossing.rou.xml" }, "duration_s": 600 }"#)
        let net = try SUMONetworkImporter().importNetwork(contentsOf: directory.appendingPathComponent("crossing.net.xml"))
        let routes = try SUMODemandImporter(network: net.network).importDemand(contentsOf: directory.appendingPathComponent("crossing.rou.xml"))
        #expect(sumo.network == net.network)
        #expect(sumo.signalPlans == net.signalPlans && !sumo.signalPlans.isEmpty)
        #expect(sumo.trafficLights == net.trafficLights)
        #expect(sumo.crs == net.crs)
        // The vehicles drive the routes the file gives them, as in SUMO (v1: NC CE EC CW, turning back at E).
        #expect(sumo.demand == routes.demandOnRoutes && !routes.demand.trips.isEmpty)
        #expect(sumo.demand.trips.first { $0.id == "v1" }?.route?.map { net.network[$0].id } == ["NC", "CE", "EC", "CW"])
        #expect(sumo.importWarnings == net.warnings + routes.warnings)
        #expect(try Simulation.run(sumo).summary.vehiclesDeparted > 0)

        let gis = try load(#"{ "network": "roads.geojson", "demand": {}, "duration_s": 60 }"#)
        let roads = try GISNetworkImporter().importNetwork(from: directory.appendingPathComponent("roads.geojson").path)
        #expect(gis.network == roads.network && gis.crs == roads.crs && gis.signalPlans.isEmpty)

        let osm = try load(#"{ "network": "junction.osm", "demand": {}, "duration_s": 60 }"#)
        let map = try OSMNetworkImporter().importNetwork(contentsOf: directory.appendingPathComponent("junction.osm").path)
        #expect(osm.network == map.network && osm.crs == map.crs)

        #expect(NetworkSource("city.net.xml.gz") == .sumo)
        #expect(NetworkSource("roads.gpkg:strassen") == .gis)
        #expect(NetworkSource("network.yaml") == .document)
        #expect(NetworkSource("map.osm.pbf") == .openStreetMap)

        do {
            _ = try load(#"{ "network": "absent.net.xml", "demand": {}, "duration_s": 60 }"#)
            Issue.record("a missing network was accepted")
        } catch {
            #expect("\(error)".contains("absent.net.xml"))
        }
        // A GeoJSON file named .json is a network document by name: the error says how to import it.
        try FileManager.default.copyItem(
            at: directory.appendingPathComponent("roads.geojson"), to: directory.appendingPathComponent("roads.json"))
        do {
            _ = try load(#"{ "network": "roads.json", "demand": {}, "duration_s": 60 }"#)
            Issue.record("GeoJSON read as a network document")
        } catch {
            #expect("\(error)".contains("a GeoJSON file; name it .geojson to import it as a GIS line layer"))
        }
        #expect(Scenario.defaultName(URL(fileURLWithPath: "/x/city.net.xml.gz")) == "city")
        #expect(Scenario.defaultName(URL(fileURLWithPath: "/x/map.osm.pbf")) == "map")
        #expect(Scenario.defaultName(URL(fileURLWithPath: "/x/network.json")) == "network")
        #expect(sumo.name == "crossing")
    }

    /// The scenario document itself round-trips through JSON and uses the documented snake-case keys.
    @Test func scenarioDocumentJSONRoundTrip() throws {
        let json = """
            { "name": "t", "network": "net.json", "signals": "sig.json",
              "demand": { "trips_file": "trips.csv",
                          "flows": [ { "id": "f", "origin": "a", "destination": "b", "begin_s": 0, "end_s": 60,
                                       "vehicles_per_hour": 600, "distribution": "poisson" } ],
                          "od_matrices": [ { "id": "m", "matrix": "od.csv", "zones": { "Z": ["a"] },
                                             "begin_s": 0, "end_s": 3600 } ] },
              "duration_s": 7200, "step_s": 0.5, "seed": 9, "output_interval_s": 60,
              "rerouting_interval_s": 300, "gridlock_timeout_s": 120, "stop_on_gridlock": false, "unroutable": "fail" }
            """
        let document = try JSONDecoder().decode(ScenarioDocument.self, from: Data(json.utf8))
        let again = try JSONDecoder().decode(ScenarioDocument.self, from: JSONEncoder().encode(document))
        #expect(again == document)
        let c = document.configuration
        #expect(c.duration == 7200 && c.step == 0.5 && c.seed == 9 && c.outputInterval == 60)
        #expect(
            c.reroutingInterval == 300 && c.gridlockTimeout == 120 && !c.stopOnGridlock && c.unroutablePolicy == .fail)
        #expect(document.demand.flows?.first?.distribution == .poisson)
    }

    /// Relative paths resolve against the scenario's directory; trips CSV and OD CSV (square, `;`) are read;
    /// zones list entry and exit links and trips use the suitable ones (1 trip + 10 W→E + 4 E→W arrive);
    /// unknown link IDs are typed errors naming the trip.
    @Test func loadResolvesRelativeFilesAndReportsUnknownLinks() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let grid = GridNetwork(rows: 1, columns: 2, signalised: false)
        let sub = directory.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try grid.network.write(to: sub.appendingPathComponent("net.json"))
        try "id,origin,destination,departure_s\nt1,W_0-n_0_0,n_0_1-E_0,5\n".write(
            to: sub.appendingPathComponent("trips.csv"), atomically: true, encoding: .utf8)
        try ";W;E\nW;0;10\nE;4;0\n".write(to: sub.appendingPathComponent("od.csv"), atomically: true, encoding: .utf8)
        let scenarioJSON = """
            { "network": "inputs/net.json", "duration_s": 600,
              "demand": { "trips_file": "inputs/trips.csv",
                          "od_matrices": [ { "id": "m", "matrix": "inputs/od.csv", "begin_s": 0, "end_s": 300,
                                             "distribution": "uniform",
                                             "zones": { "W": ["W_0-n_0_0", "n_0_0-W_0"],
                                                        "E": ["E_0-n_0_1", "n_0_1-E_0"] } } ] } }
            """
        try scenarioJSON.write(to: directory.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        let scenario = try Scenario.load(path: directory.appendingPathComponent("s.json").path)
        #expect(scenario.demand.trips.map(\.id) == ["t1"])
        #expect(scenario.demand.odMatrices.first?.entries.count == 2)
        let result = try Simulation.run(scenario)
        #expect(result.summary.vehiclesArrived == 1 + 10 + 4)

        let bad = scenarioJSON.replacingOccurrences(of: "inputs/trips.csv", with: "inputs/bad.csv")
        try "id,origin,destination,departure_s\nt9,nowhere,n_0_1-E_0,5\n".write(
            to: sub.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try bad.write(to: directory.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let outcome = Result { try Scenario.load(path: directory.appendingPathComponent("bad.json").path) }
        guard case .failure(let error) = outcome, case ScenarioError.demand(let demandError) = error else {
            Issue.record("expected a demand error, got \(outcome)")
            return
        }
        #expect(demandError == .unknownLink("nowhere", referencedBy: "trip 't9'"))
    }
}
