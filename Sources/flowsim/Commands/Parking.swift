import ArgumentParser
import CommandLineSupport
import Foundation
import TrafficCore
import TrafficStudies

struct Parking: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parking study: supply, search traffic, occupancy and sensor guidance for a scenario.",
        discussion: """
            The scenario file needs a "parking" section (supply, parking demand, search parameters; see README "flowsim parking"). Parking trips drive to their destination link, try its on-street spaces, search in expanding circles and divert to a car park after the search tolerance; with --guidance sensors a share of drivers drives straight to a space the sensors show free.

            Examples:
              flowsim parking sample-data/parking/scenario.json --out out/parking
              flowsim parking sample-data/lueneburg-parking.json --out out/city
              flowsim parking s.json --guidance sensors --equipped-share 0.3 --latency 90
              flowsim parking s.json --compare --no-curve --out out/p
              flowsim parking s.json --occupancy sensors.csv --out out/p

            Outputs in --out: parking_summary.json, parking_vehicles.csv (search time, distance, where parked, diverted), parking_occupancy.csv (per facility over time), links.gpkg (with parking_spaces, mean_occupancy, search_vkm, search_vh per link), parking_comparison.csv (--compare: no guidance vs guidance), search_time_curve.csv/.svg (unless --no-curve), parking_forecast.csv (--occupancy), and the usual flowsim outputs.

            Defaults: guidance, equipped share (0.5), latency (60 s), search tolerance (480 s) and initial occupancy come from the scenario's parking section; the options override them.

            \(FlowsimExitCode.helpText(
                [.done, .internalError, .unreadableInput, .unroutableTrips, .gridlock, .cannotWrite, .usage],
                meanings: [
                    .unreadableInput: "scenario, network, demand, parking section or sensor file unreadable\n"
                        + "     (file and element named); bad single sensor readings are warnings",
                    .unroutableTrips: "some trips had no route (listed in unroutable.txt; the rest was simulated)",
                    .gridlock: "gridlock detected (outputs are still written)",
                ]))
            """)

    @Argument(help: ArgumentHelp("Scenario file (JSON, or YAML for .yaml/.yml) with a parking section.", valueName: "SCENARIO"))
    var scenario: String

    @Option(name: .long, help: "Guidance: none (search on sight) or sensors (default: the scenario's, else none).")
    var guidance: ParkingGuidance?

    @Option(name: .long, help: ArgumentHelp("Share of drivers with guidance, 0…1 (default: scenario's, else 0.5).", valueName: "SHARE"))
    var equippedShare: Double?

    @Option(name: .long, help: ArgumentHelp("Age of the sensor data in seconds (default: scenario's, else 60).", valueName: "S"))
    var latency: Double?

    @Option(name: .long, help: ArgumentHelp("Sensor occupancy (CSV facility,time,occupied or JSON): the latest reading of each facility sets its initial occupancy; parking_forecast.csv forecasts the next hours. Problems are warned about with line numbers.", valueName: "SENSORS.csv"))
    var occupancy: String?

    @Option(name: .long, help: "Hours to forecast from the sensor history (with --occupancy).")
    var forecastHours: Int = 3

    @Option(name: .long, help: "Seed of the parking decisions (overrides the scenario's).")
    var seed: UInt64?

    @Flag(name: .long, help: "Also run the other guidance mode and write parking_comparison.csv.")
    var compare = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Search time against initial occupancy (8 extra runs).")
    var curve = true

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-parking"

    func validate() throws {
        if forecastHours < 1 { throw ValidationError("--forecast-hours must be ≥ 1") }
        if let equippedShare, !(0...1).contains(equippedShare) { throw ValidationError("--equipped-share must be in 0…1") }
        if let latency, !(latency >= 0 && latency.isFinite) { throw ValidationError("--latency must be ≥ 0 s") }
    }

    func run() throws {
        var study: ParkingScenario
        do { study = try ParkingScenario.load(path: scenario) } catch { throw fail("\(error)", code: .unreadableInput) }
        warn(study.scenario.importWarnings)
        if let guidance { study.configuration.guidance = guidance }
        if let equippedShare { study.configuration.equippedShare = equippedShare }
        if let latency { study.configuration.latency = latency }
        if let seed { study.configuration.seed = seed }
        var sensors: SensorOccupancy?
        if let occupancy {
            do { sensors = try SensorOccupancy.load(path: occupancy, supply: study.supply) } catch { throw fail("\(error)", code: .unreadableInput) }
            for warning in sensors?.warnings ?? [] { FileHandle.standardError.write(Data("flowsim: warning: \(warning)\n".utf8)) }
            study.configuration.initialOccupancyByFacility.merge(sensors?.latestShares ?? [:]) { _, sensor in sensor }
        }
        var result: ParkingStudyResult
        do { result = try study.study(compare: compare, curve: curve) } catch { throw fail("\(error)", code: .unreadableInput) }
        result.forecastCSV = sensors?.forecastCSV(hours: forecastHours)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try result.write(to: URL(fileURLWithPath: out), network: study.scenario.network, crs: study.crs ?? study.scenario.crs)
        } catch {
            throw fail("cannot write outputs to \(out): \(error)", code: .cannotWrite)
        }
        let s = result.main.summary
        print("""
            \(study.scenario.name) (guidance \(s.guidance.rawValue)): \(s.parkingTrips) parking trips, \
            \(s.parkedOnStreet) parked on street, \(s.parkedInCarPark) in car parks, \(s.stillSearching) still searching, \
            \(s.diverted) diverted
            search time mean \(String(format: "%.0f", s.meanSearchTime)) s, p50 \(String(format: "%.0f", s.p50SearchTime)) s, \
            p90 \(String(format: "%.0f", s.p90SearchTime)) s; search traffic \(String(format: "%.1f", s.searchShareOfVehicleKm * 100)) % \
            of vehicle-km, \(String(format: "%.1f", s.searchShareOfVehicleHours * 100)) % of vehicle-hours
            """)
        if let (a, b) = result.comparison {
            print(ParkingReport.comparisonTable(withoutGuidance: a, withGuidance: b), terminator: "")
        }
        print("outputs: \(out)")
        if let gridlock = result.main.simulation.gridlock { throw fail("gridlock: \(gridlock)", code: .gridlock) }
        let unroutable = result.main.simulation.unroutableTripIDs
        if !unroutable.isEmpty {
            throw fail("\(unroutable.count) trips had no route (\(unroutable.prefix(10).joined(separator: ", "))…); see unroutable.txt", code: .unroutableTrips)
        }
    }
}
