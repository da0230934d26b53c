import ArgumentParser
import Foundation
import GeoCore
import TrafficModel

extension PeakHour: ExpressibleByArgument {}

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
            format of the scenario file; map its zones to links there.
            Example: flowsim landuse --parcels sample-data/lueneburg.gpkg:flurstuecke \\
                       --plans sample-data/lueneburg.gpkg:bebauungsplaene --hour morning --out od-am.csv
            """)

    @Option(name: .long, help: ArgumentHelp("Parcel layer.", valueName: "PATH[:LAYER]"))
    var parcels: String

    @Option(name: .long, help: ArgumentHelp("Development-plan layer with use code and GFZ.", valueName: "PATH[:LAYER]"))
    var plans: String

    @Option(name: .long, help: "Peak hour: morning (8 % of daily trips) or afternoon (11 %).")
    var hour: PeakHour = .morning

    @Option(name: .long, help: "Gravity decay β per km.")
    var beta: Double = 0.1

    @Option(name: .long, help: "Output CSV.")
    var out: String

    func validate() throws {
        guard beta >= 0, beta.isFinite else { throw ValidationError("--beta must be ≥ 0") }
    }

    func run() throws {
        let loaded: [LandUseParcel]
        do {
            loaded = try LandUseTripGenerator.loadParcels(parcelLayer: parcels, planLayer: plans)
        } catch {
            throw fail("\(error)", code: 3)
        }
        let generator = LandUseTripGenerator(beta: beta)
        let zones = generator.zoneTrips(parcels: loaded, hour: hour)
        let begin: Double = hour == .morning ? 7 * 3600 : 16 * 3600
        let entries = generator.distribute(zones).map {
            ODEntry(origin: $0.origin, destination: $0.destination, vehicles: $0.vehicles, begin: begin, end: begin + 3600)
        }
        let matrix = ODMatrix(id: "landuse-\(hour.rawValue)", zones: [:], entries: entries, begin: begin, end: begin + 3600)
        let temp = out + ".tmp-\(getpid())"
        do {
            try Data(matrix.csvText().utf8).write(to: URL(fileURLWithPath: temp))
            guard rename(temp, out) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw fail("cannot write \(out): \(error)", code: 6)
        }
        let total = entries.reduce(0) { $0 + $1.vehicles }
        print("\(loaded.count) parcels with a plan in \(zones.count) zones: \(String(format: "%.0f", total)) car trips in the \(hour.rawValue) peak hour → \(out)")
    }
}
