import ArgumentParser
import Foundation
import TrafficStudies

/// The input of the signal commands: the scenario, optionally other signal plans, and the analysis settings.
struct SignalStudyOptions: ParsableArguments {
    @OptionGroup var input: ScenarioInputOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Signal plans to use instead of the scenario's: the scenario signal format (JSON, or YAML for .yaml/.yml, e.g. a signals.proposed.json) or, on a SUMO net, a file with <tlLogic> programs (.xml, e.g. a tlLogic.proposed.xml or a hand-written program).",
            valueName: "FILE"))
    var signals: String?

    @Option(name: .long, help: "Flows for the analysis: assigned (demand on free-flow routes) or simulated (vehicles served).")
    var flows: FlowBasis = .assigned

    @Option(name: .long, help: "Saturation flow per lane in veh/h.")
    var saturationFlow: Double = 1800

    func validate() throws {
        if !(saturationFlow > 0) { throw ValidationError("--saturation-flow must be > 0") }
    }

    /// The scenario with `--signals` in place of its plans.
    func load() throws(ExitCode) -> Scenario {
        var loaded = try input.load()
        if let signals {
            guard FileManager.default.fileExists(atPath: signals) else {
                throw fail("signal plans file \(signals) does not exist", code: .unreadableInput)
            }
            do throws(SignalInputError) {
                try loaded.useSignals(contentsOf: URL(fileURLWithPath: signals))
            } catch {
                throw fail("\(error)", code: .unreadableInput)
            }
        }
        return loaded
    }

    var studyOptions: SignalStudy.Options {
        var options = SignalStudy.Options()
        options.flows = flows
        options.analysis.saturationFlowPerLane = saturationFlow
        return options
    }
}
