import Foundation
import GeoCore
import TrafficCore
import TrafficStudies

/// Runs a scenario, writes the outputs, prints the summary, and maps the outcome to the exit code.
/// - Parameter mapLayer: false leaves out `links.gpkg` (and removes an older one in `out`), so GDAL is not loaded.
func simulateAndWrite(
    _ scenario: Scenario, out: String, crs: CoordinateReferenceSystem? = nil, mapLayer: Bool = true
) throws {
    if !scenario.measures.isEmpty || !scenario.events.isEmpty {
        let windows = scenario.measures.map { "\($0.id) (\($0.action.kind) \(Measure.windowText($0.begin, $0.end)))" }
            + scenario.events.map { "\($0.id) (event, \($0.trips) trips \(Measure.windowText($0.begin, $0.end)))" }
        print("measures: " + windows.joined(separator: ", "))
    }
    let result: SimulationResult
    do {
        let simulation = try Simulation(scenario: scenario)
        let indicator = TerminalProgress(label: "\(scenario.name) (\(scenario.network.links.count) links)")
        result = simulation.run(progress: indicator.map { indicator in { indicator.update($0) } })
        indicator?.finish()
    } catch {
        throw fail("\(error)", code: .unreadableInput)
    }
    do {
        let dir = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if mapLayer {
            _ = try result.write(to: dir, network: scenario.network, crs: crs ?? scenario.crs)
        } else {
            let stale = dir.appendingPathComponent(SimulationResult.linkLayerFile)
            if FileManager.default.fileExists(atPath: stale.path) { try FileManager.default.removeItem(at: stale) }
            _ = try result.write(to: dir)
        }
    } catch {
        throw fail("cannot write outputs to \(out): \(error)", code: .cannotWrite)
    }
    let s = result.summary
    print("""
        \(scenario.name): departed \(s.vehiclesDeparted), arrived \(s.vehiclesArrived), unfinished \(s.vehiclesUnfinished)
        mean travel time \(String(format: "%.1f", s.meanTravelTime)) s, total delay \(String(format: "%.0f", s.totalDelay)) veh·s, \
        \(String(format: "%.0f", s.vehicleSecondsSimulated)) veh·s simulated in \(String(format: "%.2f", s.wallTime)) s
        outputs: \(out)
        """)
    if let teleports = s.teleports, teleports > 0 {
        FileHandle.standardError.write(Data((
            "flowsim: warning: \(teleports) vehicles stood before a full link for the time to teleport and were moved "
                + "onto it (summary.json teleports)\n").utf8))
    }
    let stalled = s.gridlock.stalledQueues
    if !stalled.isEmpty {
        let shown = stalled.prefix(5).map { "\($0.link) (\($0.reason), from \(Int($0.since)) s)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data((
            "flowsim: warning: \(stalled.count)\(stalled.count == 50 ? "+" : "") queues did not discharge for the "
                + "gridlock timeout: \(shown)\(stalled.count > 5 ? ", …" : ""); see summary.json stalled_queues\n").utf8))
    }
    if let gridlock = result.gridlock {
        throw fail("gridlock: \(gridlock)", code: .gridlock)
    }
    if !result.unroutableTripIDs.isEmpty {
        let shown = result.unroutableTripIDs.prefix(10).joined(separator: ", ")
        throw fail("\(result.unroutableTripIDs.count) trips had no route (\(shown)…); see unroutable.txt", code: .unroutableTrips)
    }
}
