import Support
import TrafficCore

/// The safety of a scenario's signal programs against the programs it runs (`flowsim signals check`).
public struct SignalSafetyReport: Sendable {
    public struct Entry: Sendable {
        /// The SUMO light or node.
        public var controller: String
        public var nodes: [String]
        /// Whether the checked program differs from the running one.
        public var changed: Bool
        /// What the checked program breaks against the running one (`SignalSafety.violations`).
        public var violations: [SignalViolation]
        /// What the junction's conflict matrix finds in the checked program on its own
        /// (`SignalSafety.findings`: conflicting signals both priority green).
        public var findings: [SignalViolation]
        /// Why the entry is special, e.g. a light that controls no simulated movement.
        public var note: String? = nil
    }

    public var entries: [Entry]

    /// True when no checked program breaks a rule against the running one.
    public var isSafe: Bool { entries.allSatisfy { $0.violations.isEmpty } }

    /// One block per controller: "ok", or the violations; then findings.
    public func text() -> String {
        var out = ""
        for entry in entries {
            let nodes = entry.nodes.count > 1 ? " (junctions \(entry.nodes.joined(separator: ", ")))" : ""
            let state = (entry.changed ? "" : ", unchanged") + (entry.note.map { " (\($0))" } ?? "")
            if entry.violations.isEmpty {
                out += "\(entry.controller)\(nodes): safe\(state)\n"
            } else {
                out += "\(entry.controller)\(nodes): UNSAFE, \(entry.violations.count) violation(s)\n"
                out += entry.violations.map { "  - \($0)\n" }.joined()
            }
            out += entry.findings.map { "  finding: \($0)\n" }.joined()
        }
        let unsafe = entries.filter { !$0.violations.isEmpty }.count
        out += unsafe == 0
            ? "all \(entries.count) controller(s) safe\n"
            : "\(unsafe) of \(entries.count) controller(s) unsafe\n"
        return out
    }
}

extension SignalStudy {
    /// Checks the programs of `candidate` against those `reference` runs (the same network): every SUMO light,
    /// or every node with a plan, by `SignalSafety` with the junctions' conflict matrices where the net gives them.
    /// A light whose junction plans in `candidate` do not match a program of the light (plans written by hand
    /// for a SUMO net) is checked node by node on its signal groups. A light that controls no simulated
    /// movement (a tram or bus signal: its lanes are not open to the simulated vehicle class) is checked on its
    /// own program all the same, so no light of the net goes unchecked.
    public static func check(
        _ candidate: Scenario, against reference: Scenario, rules: SignalSafetyRules = .init()
    ) -> SignalSafetyReport {
        let running = SignalController.controllers(
            plans: reference.signalPlans, network: reference.network, trafficLights: reference.trafficLights)
        let checked = SignalController.controllers(
            plans: candidate.signalPlans, network: candidate.network, trafficLights: candidate.trafficLights)
        let byID = Dictionary(checked.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [SignalSafetyReport.Entry] = []
        for controller in running {
            let names = controller.nodes.keys.sorted().map { reference.network[$0].id }
            if controller.light != nil, let other = byID[controller.id], other.light != nil {
                entries.append(
                    lightEntry(
                        controller.id, nodes: names, running: controller.program, checked: other.program,
                        conflicts: controller.conflicts, intergreens: controller.intergreens, rules: rules))
                continue
            }
            // Node by node, on the plans' signal groups.
            for node in controller.nodes.keys.sorted() {
                guard let original = reference.signalPlans[node], let plan = candidate.signalPlans[node] else { continue }
                let before = PhaseProgram(plan: original)
                let after = PhaseProgram(plan: plan)
                entries.append(
                    SignalSafetyReport.Entry(
                        controller: reference.network[node].id, nodes: [reference.network[node].id],
                        changed: plan != original,
                        violations: SignalSafety.violations(of: after, reference: before, rules: rules), findings: []))
            }
        }
        // Lights with a junction plan were checked above, as a light or node by node.
        let covered = Set(running.compactMap(\.light)).union(
            reference.signalPlans.values.compactMap {
                SUMOSignalProgramWriter.sumoColumns(of: $0, trafficLights: reference.trafficLights)?.light
            })
        for id in reference.trafficLights.keys.sorted() where !covered.contains(id) {
            guard let light = reference.trafficLights[id], let before = light.phases,
                let after = candidate.trafficLights[id]?.phases
            else { continue }
            entries.append(
                lightEntry(
                    id, nodes: [], running: before, checked: after, conflicts: light.conflicts,
                    intergreens: light.intergreens, rules: rules, note: "controls no simulated movement"))
        }
        return SignalSafetyReport(entries: entries)
    }

    /// The entry of a SUMO light: `checked` against `running` with the junctions' conflicts, and RiLSA
    /// `intergreens` where the program changed (an unchanged program is not held to them: they are findings).
    private static func lightEntry(
        _ id: String, nodes: [String], running: PhaseProgram, checked: PhaseProgram, conflicts: Set<ColumnPair>?,
        intergreens: [DirectedColumnPair: RequiredIntergreen], rules: SignalSafetyRules, note: String? = nil
    ) -> SignalSafetyReport.Entry {
        SignalSafetyReport.Entry(
            controller: id, nodes: nodes, changed: checked != running,
            violations: SignalSafety.violations(
                of: checked, reference: running, conflicts: conflicts,
                intergreens: checked == running ? [:] : intergreens, rules: rules),
            findings: conflicts.map {
                SignalSafety.findings(in: checked, conflicts: $0, intergreens: intergreens, rules: rules)
            } ?? [],
            note: note)
    }
}
