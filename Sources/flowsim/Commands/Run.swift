import ArgumentParser
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario file, or a SUMO network with SUMO routes.")

    @OptionGroup var input: ScenarioInputOptions

    @Option(name: .long, help: "Output folder.")
    var out: String = "flowsim-out"

    func run() throws {
        try simulateAndWrite(try input.load(), out: out)
    }
}
