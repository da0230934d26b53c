import Foundation
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Outputs")
struct OutputTests {
    /// The summary encodes to exactly the documented keys (the ones the issue fixes, plus the extra counts).
    @Test func summaryJSONKeys() throws {
        let result = try Simulation.run(Scenario.grid(size: 2, demandDuration: 300, duration: 600))
        let object = try #require(JSONSerialization.jsonObject(with: result.summaryJSON()) as? [String: Any])
        let required: Set = [
            "vehicles_departed", "vehicles_arrived", "vehicles_unfinished", "mean_travel_time_s", "total_delay_veh_s",
            "vehicle_seconds_simulated", "wall_time_s", "gridlock", "vehicles_unroutable",
        ]
        #expect(required.isSubset(of: Set(object.keys)))
        #expect(
            Set(object.keys)
                == required.union([
                    "trips_total", "vehicles_waiting_to_depart", "total_depart_delay_veh_s", "simulated_time_s",
                    "vehicles_scheduled_after_end",
                ]))
        let gridlock = try #require(object["gridlock"] as? [String: Any])
        #expect(gridlock["detected"] as? Bool == false)
        #expect(gridlock["time_s"] is NSNull)
        let decoded = try JSONDecoder().decode(SimulationSummary.self, from: result.summaryJSON())
        #expect(decoded == result.summary)
    }

    /// One vehicle, one 1000 m link, 20 m/s, output interval 20 s: it spends [0, 50) on the link driving, so
    /// intervals 0 and 1 have 20 vehicle-seconds each → density 20 / 20 / 1 km = 1 veh/km, speed 20 m/s;
    /// interval 2 has 10 s → 0.5 veh/km; the exit (t = 50 s) falls in interval 2 → 1 veh / 20 s = 180 veh/h.
    @Test func linkSeriesFollowsEdieDefinitions() throws {
        let network = try TestNetworks.corridor([.init(id: "L", length: 1000, speed: 20)])
        let result = try Simulation(
            network: network,
            trips: [Trip(id: "v", origin: network.id("L"), destination: network.id("L"), departure: 0)],
            configuration: .init(duration: 80, outputInterval: 20)
        ).run()
        let link = network.id("L")
        let s0 = result.linkSeries.state(interval: 0, link: link)
        let s2 = result.linkSeries.state(interval: 2, link: link)
        #expect(abs(s0.density - 1) < 1e-9 && abs(s0.meanSpeed - 20) < 1e-9 && s0.flow == 0)
        #expect(abs(s2.density - 0.5) < 1e-9 && abs(s2.flow - 180) < 1e-9 && s2.queue == 0)
        #expect(result.linkSeries.state(interval: 3, link: link).meanSpeed.isNaN)
        let csv = result.linkSeriesCSV().split(separator: "\n")
        #expect(csv.first == "interval_start_s,interval_end_s,link,flow_veh_h,density_veh_km,mean_speed_mps,queue_veh")
        #expect(csv[3] == "40.0,60.0,L,180.0,0.500,20.000,0.000")
        #expect(csv[4] == "60.0,80.0,L,0.0,0.000,,0.000")
        let trips = result.tripsCSV().split(separator: "\n")
        #expect(
            trips == [
                "id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo",
                "v,0.00,0.00,50.00,50.00,1000.00,0.00,0.00,0",
            ])
    }

    /// Files are written, SVG plots are deterministic and well-formed enough to contain their data.
    @Test func writesAllOutputFiles() throws {
        let result = try Simulation.run(Scenario.demo())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "trafficmodel-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try result.write(to: directory)
        #expect(files.count == 7)
        for file in files { #expect(FileManager.default.fileExists(atPath: file.path)) }
        let svg = result.meanSpeedSVG()
        #expect(svg.hasPrefix("<svg") && svg.contains("<polyline") && svg.hasSuffix("</svg>\n"))
        #expect(svg == result.meanSpeedSVG())
        let mfd = result.fundamentalDiagramSVG()
        #expect(
            mfd.components(separatedBy: "<circle").count - 1
                == result.networkSeries.filter { $0.density.isFinite }.count)
    }

    /// The demo runs: a 3 × 3 signalised grid, 12 entries × 300 veh/h for an hour, 90 min simulated;
    /// every vehicle arrives and delays are those of an undersaturated signalised grid: below 60 s per vehicle,
    /// with the permitted left turns giving way to opposing traffic (more delay) and without.
    @Test func demoScenarioRuns() throws {
        var scenario = Scenario.demo()
        // Conflicts against the plain point queue (with braking and starting, `StopAndGo`, both grow by the
        // stops: 83 s and 59 s here).
        scenario.configuration.stopAndGo = nil
        #expect(scenario.network.nodes.count == 9 + 12)
        #expect(scenario.network.links.count == 24 + 24)
        #expect(scenario.signalPlans.count == 9)
        #expect(scenario.network.movements.contains { !$0.yieldsTo.isEmpty })
        let result = try Simulation.run(scenario)
        scenario.configuration.gapAcceptance = nil
        let free = try Simulation.run(scenario)
        for s in [result.summary, free.summary] {
            #expect(s.vehiclesDeparted > 3000)
            #expect(s.vehiclesUnfinished == 0)
            #expect(s.gridlock.detected == false)
        }
        let delay = result.summary.totalDelay / Double(result.summary.vehiclesArrived)
        let freeDelay = free.summary.totalDelay / Double(free.summary.vehiclesArrived)
        #expect(delay > freeDelay && delay < 60, "\(delay) s with conflicts, \(freeDelay) s without")
    }
}
