import ArgumentParser
import Foundation
import TrafficStudies

/// The scenario a command simulates: a scenario file, or a SUMO network with SUMO routes (`flowsim run`,
/// `flowsim signals`).
struct ScenarioInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Scenario file (JSON, or YAML for .yaml/.yml) naming network, demand and signals.", valueName: "SCENARIO"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("SUMO network instead of a scenario (edges, lanes, connections, tlLogic; also .net.xml.gz).", valueName: "X.net.xml"))
    var net: String?

    @Option(name: .long, help: ArgumentHelp("SUMO demand for --net (vehicles, trips, flows; also .rou.xml.gz).", valueName: "Y.rou.xml"))
    var routes: String?

    @Option(name: .long, help: "Simulated seconds for --net runs (default: last departure + 1 h).")
    var duration: Double?

    @Option(name: .long, help: "Seed of the demand generator (overrides the scenario's).")
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp("Measures file, JSON or YAML { \"measures\": [...] } as in a scenario file: closures, lane closures, capacity factors, speed limits (links or a Tempo-30 zone layer), turn bans, signal-plan changes, event demand, detours, each with begin_s/end_s. Added to the scenario's own; run once without and once with, then `flowsim compare`.", valueName: "FILE"))
    var measures: String?

    @Option(name: .customLong("time-to-teleport"), help: ArgumentHelp("As SUMO's --time-to-teleport: a vehicle standing this long at its stop line because the next link is full moves onto it all the same (counted in summary.json teleports). Default: never; a jam that does not clear is reported as gridlock. For comparisons with SUMO runs that teleport (SUMO's default 300).", valueName: "SECONDS"))
    var timeToTeleport: Double?

    @Flag(name: .long, help: ArgumentHelp("Let every movement flow at its saturation headway: nobody yields (minor roads, permitted turns). For comparison with the model without junction conflicts; the default gives way as the network says (SUMO <request response>, yields_to)."))
    var ignoreConflicts = false

    @Option(name: .long, help: ArgumentHelp("SUMO actuated and delay_based programs: actuated (run with their minDur/maxDur and max-gap; the baseline as SUMO runs it) or fixed-time (their phase durations, as before).", valueName: "MODE"))
    var actuatedPrograms: ActuatedProgramsMode = .actuated

    func validate() throws {
        if scenario == nil && net == nil { throw ValidationError("give a SCENARIO file or --net X.net.xml --routes Y.rou.xml") }
        if scenario != nil && net != nil { throw ValidationError("give either a SCENARIO file or --net, not both") }
        if net != nil && routes == nil { throw ValidationError("--net needs --routes Y.rou.xml") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be > 0") }
        if let timeToTeleport, !(timeToTeleport > 0) { throw ValidationError("--time-to-teleport must be > 0") }
    }

    /// The scenario (`Scenario.load` or `Scenario.sumo`) with `--seed` applied; warns about what the importers
    /// substituted and about empty demand.
    func load() throws(ExitCode) -> Scenario {
        var loaded: Scenario
        do {
            if let scenario {
                loaded = try Scenario.load(path: scenario, actuatedPrograms: actuatedPrograms.importerValue)
            } else {
                loaded = try Scenario.sumo(
                    net: URL(fileURLWithPath: net ?? ""), routes: URL(fileURLWithPath: routes ?? ""),
                    duration: duration, actuatedPrograms: actuatedPrograms.importerValue)
            }
        } catch {
            throw fail("\(error)", code: .unreadableInput)
        }
        if let measures {
            do {
                try loaded.addMeasures(contentsOf: URL(fileURLWithPath: measures))
            } catch {
                throw fail("\(error)", code: .unreadableInput)
            }
        }
        if let seed { loaded.configuration.seed = seed }
        if let timeToTeleport { loaded.configuration.teleportAfter = timeToTeleport }
        if ignoreConflicts { loaded.configuration.gapAcceptance = nil }
        warnAboutInputs(loaded)
        return loaded
    }
}

/// `--actuated-programs`: how SUMO `actuated` / `delay_based` programs are run.
enum ActuatedProgramsMode: String, ExpressibleByArgument, CaseIterable {
    case actuated
    case fixedTime = "fixed-time"

    var importerValue: SUMONetworkImporter.ActuatedPrograms {
        switch self {
        case .actuated: .actuated
        case .fixedTime: .fixedTime
        }
    }
}
