import ArgumentParser
import TrafficStudies

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the sample scenario: a 3×3 signalised grid with flows across it.")

    @Option(name: .long, help: "Output folder.")
    var out: String = "out/flowsim"

    @Option(name: .long, help: "Seed of the demand generator.")
    var seed: UInt64 = 1

    func run() throws {
        try simulateAndWrite(Scenario.demo(seed: seed), out: out)
    }
}
