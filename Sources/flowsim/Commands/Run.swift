import ArgumentParser
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario file, or a SUMO network with SUMO routes.")

    @OptionGroup var input: ScenarioInputOptions

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-out"

    @Flag(name: .customLong("no-map"), help: ArgumentHelp("Leave out the map layer links.gpkg (an older one in --out is removed): the run then never loads GDAL, which costs 30-70 ms of process time, for scripts that read only the tables and run many small scenarios."))
    var noMap = false

    func run() throws {
        try simulateAndWrite(try input.load(), out: out, mapLayer: !noMap)
    }
}
