import ArgumentParser
import CommandLineSupport
import Foundation
import TrafficStudies

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two scenarios' runs side by side: network figures, per-link differences, diverted trips.",
        discussion: """
            BASE_DIR and MEASURE_DIR are `flowsim run` output folders (with summary.json and links.gpkg, so not \
            --no-map), or folders holding one such run folder per demand seed (e.g. base/seed-1, base/seed-2): \
            then every figure is the mean over the runs with its standard deviation, and a difference smaller \
            than two standard errors of the difference (√(s_b²/n_b + s_m²/n_m)) is labelled "within noise". \
            With one run on a side there is no spread to judge by and the verdict says so: run several seeds \
            before deciding on a small difference. Runs are paired in name order for the diverted trips, so give \
            both sides the same seeds.

            Outputs in --out:
              network_figures.csv    vehicle-km, vehicle-hours, delay, mean travel time, trips arrived and \
            unfinished: base and measure (mean, sd, runs), difference, 2 standard errors, verdict
              link_differences.csv   per link: flow, speed and queue of each side and the change
              link_differences.gpkg  the same as a line layer (field change_class for styling in QGIS)
              difference_map.svg     the links coloured by flow change (±10 veh/h or ±5 % counts as unchanged)
              diverted_trips.csv     trips that arrived on both sides with a route > 1 % longer or shorter
              summary.html           one page to attach to a decision: figures, map, top links, diversions
              comparison.json        the figures and counts; written last (a folder without it is incomplete)

            Example:
              flowsim run base.json --out runs/base && flowsim run closure.json --out runs/closure
              flowsim compare runs/base runs/closure --out compare/closure --base-label "Bestand" \\
                --measure-label "Sperrung Hauptstraße"

            \(FlowsimExitCode.helpText(
                [.done, .internalError, .unreadableInput, .cannotWrite, .usage],
                meanings: [.unreadableInput: "a folder is not a finished run (summary.json, links.gpkg missing or unreadable; the path is named)"]))
            """)

    @Argument(help: ArgumentHelp("The base runs: a flowsim run folder or a folder of run folders (one per seed).", valueName: "BASE_DIR"))
    var base: String

    @Argument(help: ArgumentHelp("The measure's runs, as BASE_DIR.", valueName: "MEASURE_DIR"))
    var measure: String

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-compare"

    @Option(name: .long, help: "Name of the base in tables and the summary.")
    var baseLabel: String = "base"

    @Option(name: .long, help: "Name of the measure in tables and the summary.")
    var measureLabel: String = "measure"

    func run() throws {
        let comparison: RunComparison
        do throws(ComparisonError) {
            comparison = RunComparison(
                base: try RunOutputs.readRuns(directory: base), measure: try RunOutputs.readRuns(directory: measure),
                baseLabel: baseLabel, measureLabel: measureLabel)
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        do {
            try comparison.write(to: URL(fileURLWithPath: out))
        } catch {
            throw fail("cannot write the comparison to \(out): \(error)", code: .cannotWrite)
        }
        for f in comparison.figures {
            let pct = f.differencePercent.map { String(format: " (%+.1f %%)", $0) } ?? ""
            let values = String(format: "%.1f → %.1f", f.base.mean, f.measure.mean)
            print("\(f.name): \(values) \(f.unit)\(pct), \(f.verdict.rawValue)")
        }
        print("\(comparison.diverted.count) of \(comparison.tripsCompared) trips diverted; outputs: \(out)")
    }
}
