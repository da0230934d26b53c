import ArgumentParser
import Foundation
import Support
import GeoCore
import TrafficCore
import TrafficStudies

struct LandUse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landuse",
        abstract: "Peak-hour car trips from land use: parcels × development-plan use and GFZ → OD matrix (CSV).",
        discussion: """
            Each parcel takes the development plan with the largest overlap (use code besondere_art_der_baul_nutzung
            and gfz); floor area = parcel area × GFZ; residents, employees and customers follow from the floor area
            and trips from documented rates (FGSV "Hinweise zur Schätzung des Verkehrsaufkommens von Gebietstypen";
            every rate is in LandUseRates); trips are distributed between zones (Gemarkung and Flur by default)
            with a gravity model exp(−β·distance). The CSV (origin,destination,vehicles,begin_s,end_s) is the OD
            format of the scenario file; map its zones to links there. A layer from `parcelcheck import-xplan` \
            works as it is: Geltungsbereiche and plans no longer in force are skipped, a GFZ given only as a \
            range counts with its maximum (gfz_max).

            With --network and --simulate the same demand is simulated at once: each zone is connected at its
            centroid to the nearest link (origins on a link that leads on, destinations on one that can be
            entered). Zones within --max-connector metres of the network are internal; the others are external
            and enter or leave at the link nearest to them. Trips with an internal end are simulated; trips
            between two external zones are left out (their number is printed). The simulated clock starts with the peak hour;
            the run lasts the hour plus 30 minutes. Outputs in DIR as for `flowsim run`.

            Examples:
              flowsim landuse --parcels sample-data/lueneburg.gpkg:flurstuecke \\
                --plans sample-data/lueneburg.gpkg:bebauungsplaene --hour morning --out od-am.csv
              flowsim landuse --parcels sample-data/lueneburg.gpkg:flurstuecke \\
                --plans sample-data/lueneburg.gpkg:bebauungsplaene --network sample-data/lueneburg.gpkg:strassen \\
                --simulate out/landuse-am

            Exit codes: 0 done, 3 an input layer could not be read or no zone pair is connected to the network,
            4 some trips unroutable, 5 gridlock, 6 outputs not writable, 64 usage.
            """)

    @Option(name: .long, help: ArgumentHelp("Parcel layer.", valueName: "PATH[:LAYER]"))
    var parcels: String

    @Option(name: .long, help: ArgumentHelp("Development-plan layer with use code and GFZ.", valueName: "PATH[:LAYER]"))
    var plans: String

    @Option(name: .long, help: "Peak hour: morning (8 % of daily trips) or afternoon (11 %).")
    var hour: PeakHour = .morning

    @Option(name: .long, help: "Gravity decay β per km.")
    var beta: Double = 0.1

    @Option(name: .long, help: "Output CSV (origin,destination,vehicles,begin_s,end_s).")
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Road network (GIS line layer, attributes as for scenario networks) for --simulate.", valueName: "PATH[:LAYER]"))
    var network: String?

    @Option(name: .long, help: ArgumentHelp("Simulate the peak hour on --network and write the outputs here.", valueName: "DIR"))
    var simulate: String?

    @Option(name: .long, help: "Metres from a zone centroid to the nearest link for it to be connected.")
    var maxConnector: Double = 400

    @Option(name: .long, help: "Seed of the departure times and link choice in the simulation.")
    var seed: UInt64 = 1

    func validate() throws {
        guard beta >= 0, beta.isFinite else { throw ValidationError("--beta must be ≥ 0") }
        guard out != nil || simulate != nil else { throw ValidationError("give --out FILE.csv, --simulate DIR, or both") }
        if simulate != nil && network == nil { throw ValidationError("--simulate needs --network PATH[:LAYER]") }
        if network != nil && simulate == nil { throw ValidationError("--network is used with --simulate DIR") }
        guard maxConnector > 0, maxConnector.isFinite else { throw ValidationError("--max-connector must be > 0") }
    }

    func run() throws {
        let loaded: [LandUseParcel]
        do {
            loaded = try LandUseTripGenerator.loadParcels(parcelLayer: parcels, planLayer: plans)
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        let generator = LandUseTripGenerator(beta: beta)
        let zones = generator.zoneTrips(parcels: loaded, hour: hour)
        let entries = generator.distribute(zones)
        let total = entries.reduce(0) { $0 + $1.vehicles }
        print("\(loaded.count) parcels with a plan in \(zones.count) zones: \(String(format: "%.0f", total)) car trips in the \(hour.rawValue) peak hour")
        if let out { try writeMatrix(entries, to: out) }
        if let simulate, let network { try simulateOn(network, zones: zones, entries: entries, out: simulate) }
    }

    /// The OD matrix at the peak hour's clock time (07:00 or 16:00), written atomically.
    private func writeMatrix(_ entries: [ODEntry], to out: String) throws {
        let begin: Double = hour == .morning ? 7 * 3600 : 16 * 3600
        let timed = entries.map {
            ODEntry(origin: $0.origin, destination: $0.destination, vehicles: $0.vehicles, begin: begin, end: begin + 3600)
        }
        let matrix = ODMatrix(id: "landuse-\(hour.rawValue)", zones: [:], entries: timed, begin: begin, end: begin + 3600)
        do {
            try writeAtomically(Data(matrix.csvText().utf8), to: out)
        } catch {
            throw fail("cannot write \(out): \(error)", code: .cannotWrite)
        }
        print("OD matrix → \(out)")
    }

    private func simulateOn(_ network: String, zones: [ZoneTrips], entries: [ODEntry], out: String) throws {
        let study: LandUseScenario
        do {
            let imported = try GISNetworkImporter().importNetwork(from: network)
            study = try LandUseScenario(
                zoneTrips: zones, entries: entries, hour: hour, network: imported,
                maxConnectorDistance: maxConnector, seed: seed)
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        func count(_ v: Double) -> String { String(format: "%.0f", v) }
        print("""
            \(study.connection.internalZones.count) of \(study.zoneTrips.count) zones within \(Int(maxConnector)) m of the network; \
            simulated: \(count(study.vehiclesInternal)) trips inside, \(count(study.vehiclesCrossingBoundary)) in or out \
            across the boundary; left out: \(count(study.vehiclesOutsideNetwork)) between outside zones
            """)
        try simulateAndWrite(study.scenario, out: out, crs: .etrs89UTM32)
    }
}
