import Foundation
import Support
import TrafficCore

extension SignalStudy.Analysis {
    public enum OutputFile {
        public static let json = "analysis.json"
        public static let csv = "analysis.csv"
    }

    /// Writes analysis.json and analysis.csv into `directory` (created if needed), each file atomically.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        try writeFilesAtomically([(OutputFile.json, try analysis.jsonData()), (OutputFile.csv, Data(analysis.csvText().utf8))], to: directory)
    }
}

extension SignalStudy.Proposal {
    public enum OutputFile {
        /// Every plan of the scenario in the scenario signal format (changed ones replaced).
        public static let plans = "signals.proposed.json"
        /// The same plans as SUMO `tlLogic` programs.
        public static let tlLogic = "tlLogic.proposed.xml"
        /// When nothing is proposed because the changed plans were not better on every demand seed: those plans
        /// as SUMO programs, marked as not proposed, so that the verdict can be checked in SUMO (bench/signals).
        public static let tlLogicNotProposed = "tlLogic.not-proposed.xml"
        public static let comparisonCSV = "comparison.csv"
        /// Comparison tables and the derivation (Webster figures, offsets) for the file note.
        public static let report = "comparison.md"
        public static let delayPlot = "delay_by_approach.svg"
        public static let analysisBefore = "analysis_before.csv"
        public static let analysisAfter = "analysis_after.csv"
        public static let timeSpaceBefore = "time_space_before.svg"
        public static let timeSpaceAfter = "time_space_after.svg"
        /// Adaptive methods: the proposed `signal_control` object for the scenario file.
        public static let control = "signal_control.proposed.json"
        /// Adaptive methods: every stage switch of the simulated controller, with its reason.
        public static let stages = "signal_stages.csv"
    }

    /// Writes the proposal and its evidence into `directory`; every file is written atomically (temporary
    /// file + rename), so an existing good file is never left half-written.
    /// - Parameter trafficLights: a SUMO network's traffic lights (`Scenario.trafficLights`), for
    ///   `tlLogic.proposed.xml`.
    @discardableResult
    public func write(
        to directory: URL, network: Network, scenarioName: String, trafficLights: [String: SUMOTrafficLight] = [:]
    ) throws -> [URL] {
        var files: [(name: String, data: Data)] = []
        if !isProposed {
            // Nothing to propose: only the evidence (comparison.md says why), and the plans that were judged, for
            // checking that verdict elsewhere; never under the proposal's name.
            if control == nil, !changedNodes.isEmpty {
                files.append(
                    (
                        OutputFile.tlLogicNotProposed,
                        Data(
                            SUMOSignalProgramWriter.xml(
                                plans: plans, network: network, programID: "flowsim-not-proposed",
                                trafficLights: trafficLights, programs: programs,
                                comment: "NOT PROPOSED: these plans were simulated and were not better than the running "
                                    + "ones on every demand seed (comparison.md). For checking that verdict only."
                            ).utf8)
                    ))
            }
        } else if let control {
            files.append((OutputFile.control, try stableJSONEncoder().encode(control)))
            if let controlReport { files.append((OutputFile.stages, Data(controlReport.stageSwitchesCSV().utf8))) }
        } else {
            files.append(
                (OutputFile.plans, try SignalPlansDocument(
                    plans: plans, network: network, programs: programs, trafficLights: trafficLights
                ).jsonData()))
            files.append(
                (
                    OutputFile.tlLogic,
                    Data(
                        SUMOSignalProgramWriter.xml(
                            plans: plans, network: network, trafficLights: trafficLights, programs: programs
                        ).utf8)
                ))
        }
        files += [
            (OutputFile.comparisonCSV, Data(comparison.csvText().utf8)),
            (OutputFile.report, Data(report(network: network, scenarioName: scenarioName).utf8)),
            (OutputFile.delayPlot, Data(comparison.delaySVG(title: "Mean delay per approach: \(scenarioName)").utf8)),
            (OutputFile.analysisBefore, Data(before.csvText().utf8)),
            (OutputFile.analysisAfter, Data(after.csvText().utf8)),
        ]
        if let offsets {
            files.append(
                (OutputFile.timeSpaceBefore, Data(TimeSpaceDiagram.svg(
                    corridor: offsets.corridor, plans: originalPlans, network: network,
                    title: "Time-space diagram, original offsets").utf8)))
            files.append(
                (OutputFile.timeSpaceAfter, Data(TimeSpaceDiagram.svg(
                    corridor: offsets.corridor, plans: plans, network: network,
                    title: "Time-space diagram, proposed offsets").utf8)))
        }
        return try writeFilesAtomically(files, to: directory)
    }

    /// The Markdown report: what was changed and why, then the before/after tables.
    /// When some running plans are actuated: what the baseline is (nil for all fixed time, so reports of static
    /// nets stay as they were).
    var actuatedBaselineNote: String? {
        let actuated = originalPlans.values.filter(\.isActuated).count
        guard actuated > 0 else { return nil }
        let fixed = originalPlans.count - actuated
        return "**Baseline: actuated.** The running plans are compared as they run: \(actuated) of "
            + "\(originalPlans.count) signalised nodes vehicle-actuated (each stage between its own min and max green, "
            + "e.g. SUMO's minDur/maxDur), \(fixed) fixed time. Proposed plans are fixed time; nodes a proposal "
            + "leaves unchanged stay actuated (and are left out of `\(OutputFile.tlLogic)`)."
    }

    public func report(network: Network, scenarioName: String) -> String {
        func n(_ v: Double, _ d: Int = 1) -> String { v.isFinite ? NumberFormat.fixed(v, d) : "∞" }
        var text = "# Signal plan proposal (\(method.rawValue)): \(scenarioName)\n\n"
        if let baseline = actuatedBaselineNote { text += baseline + "\n\n" }
        if let reason = notProposedReason {
            text += "**Not proposed:** \(reason). No proposal files were written; the figures below are the "
            text += "evidence.\n\n"
        }
        text += "## Demand seeds\n\nTime in the system per trip (network time up to arrival or the end, unfinished "
        text += "vehicles included, plus waiting to enter), running plans → proposal, on the same trips per seed; "
        text += "a proposal must be better on every seed.\n\n| seed | running (s) | proposal (s) | change | "
        text += "unfinished | waiting to enter |\n|---:|---:|---:|---:|---|---|\n"
        for r in evidence.runs {
            let change = r.original > 0 ? (r.proposed - r.original) / r.original * 100 : 0
            text += "| \(r.seed) | \(n(r.original)) | \(n(r.proposed)) | \(n(change)) % | \(r.originalUnfinished) → "
            text += "\(r.proposedUnfinished) | \(r.originalWaiting) → \(r.proposedWaiting) |\n"
        }
        if evidence.fixedDemand {
            text += "\nThe demand does not depend on the seed (a route file or explicit trips): one run. For the "
            text += "spread between demand samples give several route files (e.g. randomTrips.py with other seeds).\n"
        }
        text += "\n"
        if let control, isProposed {
            text += "Proposal only: the scenario is unchanged. The plans stay as they are (their stages, order "
            text += "and intergreens bound the controller); to run the nodes \(method.rawValue), add the object in "
            text += "`\(OutputFile.control)` as `signal_control` to the scenario file. Parameters: "
            text += "minimum green \(n(control.minGreen ?? 0)) s"
            if let maxGreen = control.maxGreen { text += ", maximum green \(n(maxGreen)) s" }
            if let gap = control.gap { text += ", gap \(n(gap)) s" }
            text += ", decision every \(n(control.decisionInterval ?? 1)) s. "
            let switches = controlReport?.stageSwitches.count ?? 0
            text += "The simulated controller switched stages \(switches) times (`\(OutputFile.stages)`).\n\n"
        } else if isProposed {
            text += "Proposal only: the scenario is unchanged. Plans: `\(OutputFile.plans)` (scenario format), "
            text += "`\(OutputFile.tlLogic)` (SUMO). Changed nodes: "
            text += changedNodes.isEmpty ? "none.\n\n" : changedNodes.map { network[$0].id }.joined(separator: ", ") + ".\n\n"
        }
        if control == nil {
            text += "## Safety\n\nEvery proposed program was checked against the running one (`SignalSafety`): no "
            text += "conflicting signals green together, no intergreen, minimum green or phase shorter than in the "
            text += "running program (minimum green at most 5 s, phase at most 1 s), and on SUMO nets no intergreen "
            text += "below RiLSA for the junction's geometry (see `flowsim signals check --help`). "
            if rejected.isEmpty {
                text += "All proposals passed.\n\n"
            } else {
                text += "Rejected, keeping the running program:\n\n"
                for id in rejected.keys.sorted() {
                    text += "- \(id): " + rejected[id]!.prefix(5).map(\.description).joined(separator: "; ")
                    text += rejected[id]!.count > 5 ? "; … (\(rejected[id]!.count) in all)\n" : "\n"
                }
                text += "\n"
            }
        }
        if !webster.isEmpty {
            text += "## Webster\n\n| node | Y | L (s) | C0 (s) | cycle (s) | stage greens (s) | notes |\n"
            text += "|---|---:|---:|---:|---:|---|---|\n"
            for node in webster.keys.sorted() {
                let w = webster[node]!
                let greens = w.stages.map { "\($0.groups.joined(separator: "+")) \(n($0.green))" }.joined(separator: ", ")
                text += "| \(w.node) | \(n(w.criticalFlowRatio, 3)) | \(n(w.lostTime)) | \(n(w.optimalCycle)) | "
                text += "\(n(w.plan.cycle)) | \(greens) | \(w.notes.joined(separator: "; ")) |\n"
            }
            text += "\n"
        }
        if let offsets {
            text += "## Offsets\n\nCorridor: " + offsets.corridor.nodes.map { network[$0].id }.joined(separator: " → ")
            text += ", cycle \(n(offsets.cycle)) s. Offsets (s): "
            text += offsets.corridor.nodes.map {
                "\(network[$0].id) \(n(originalPlans[$0]?.offset ?? 0)) → \(n(offsets.plans[$0]?.offset ?? 0))"
            }.joined(separator: ", ")
            text += ". The optimiser's own model (platoons leave at green and drive at free speed; no queues, no "
            text += "dispersion) estimates the wait per signal at \(n(offsets.delayBefore)) s → \(n(offsets.delayAfter)) s; "
            text += "that is how the offsets were chosen, not a prediction: the simulation below (and the demand seeds "
            text += "above) decide.\n\n"
        }
        text += "## Simulated before/after\n\n" + comparison.markdown()
        return text
    }
}
