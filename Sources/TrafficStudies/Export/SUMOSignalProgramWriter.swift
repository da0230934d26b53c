import Foundation
import GeoCore
import Support
import TrafficCore

/// Writes signal plans as SUMO `tlLogic` programs (an additional file: `sumo -a plans.tll.xml`).
///
/// **State columns.** When every group of a node's plan is named like the SUMO importer names them —
/// `"<tl>:<i>"` or `"<tl>:<i>+<j>…"` (`SUMONetworkImporter`) — the program gets id `<tl>` and one state
/// character per SUMO link index, in link-index order, so it drops into the original net. With the traffic
/// light as the net defines it (`trafficLights`, from the import of a `.net.xml`, by `--net` or a scenario
/// naming one; network documents do not carry it):
/// - every phase has the net program's number of link indices, and a group drives all the link indices of
///   its movement (the name lists only the lowest of equally timed ones); plans naming an index beyond the
///   net's program get no program (an XML comment says why, and SUMO keeps the net's own);
/// - the plans of all junctions one traffic light controls (joined signals) become one program. They must
///   have the same cycle (a SUMO program has one; Webster gives them one, so does `--common-cycle`); their
///   offsets are folded into the first junction's by shifting green times. Junctions with different cycles
///   get no program, and a comment says why;
/// - a group green exactly when the net shows any of its link indices green, in its own frame (an imported
///   plan unchanged but perhaps for its offset), writes each index's own net greens; a changed group writes
///   its greens for all its indices;
/// - link indices no group of the plans drives (pedestrian crossings, lanes of vehicle classes left out of
///   the import, junctions without a plan) keep their net greens relative to the first junction's first
///   stage, stretched in proportion when the cycle changed (`undrivenGreens`; an approximation: review them);
/// - a link index green is written with the weakest green the net gives it (`greenStates`): `g` stays `g`,
///   `s` stays `s`.
/// Without it, each node's plan becomes its own program, link indices no group names are red (`r`) and the
/// state ends at the highest named index. Plans with other group names get the node ID and one column per
/// signal group in plan order (documented in an XML comment above it).
///
/// **Proposed programs.** A light with a program in `programs` (retimed or shifted by an optimiser) is written
/// as that program: the net's phases with their state strings, the new durations and offset. Otherwise:
///
/// **Phases.** The cycle is cut (at 0.01 s, the written precision) at every green start and end and 3 s
/// (`yellowTime`) after every green end; each piece is one `<phase>`: the green state while a column is
/// green, `y` during the first `yellowTime` after its green ends, `r` otherwise. Plans hold effective greens;
/// SUMO's importer reads `G`, `g`, `s`, `o` and `O` as green and `y` as not green, so importing the file
/// again gives back the same green intervals.
public enum SUMOSignalProgramWriter {
    public static let yellowTime = 3.0

    /// The `<additional>` document with one `<tlLogic>` per plan (per traffic light for the SUMO-named plans
    /// of a light in `trafficLights`), sorted by node. Actuated plans (`SignalPlan.actuation`) are the net's
    /// own actuated programs, unchanged: they are left out, so SUMO keeps running them as actuated, as flowsim
    /// does.
    /// - Parameter programs: proposed programs of SUMO lights (`SignalStudy.Proposal.programs`): a light with
    ///   one is written phase by phase with the net's own state strings and the program's durations and offset,
    ///   every link index (crossings, other vehicle classes) exactly where the net has it.
    public static func xml(
        plans: [NodeID: SignalPlan], network: Network, programID: String = "flowsim",
        trafficLights: [String: SUMOTrafficLight] = [:], programs: [String: PhaseProgram] = [:],
        comment: String = "Signal plan proposals written by flowsim; review before use."
    ) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<!-- \(commentSafe(comment)) -->\n<additional>\n"
        typealias Part = (node: String, plan: SignalPlan, columns: [Int: [String]])
        // Plans of one known traffic light are written together, where its first junction comes.
        var byLight: [String: [Part]] = [:]
        var order: [(node: NodeID, light: String?)] = []
        for node in plans.keys.sorted() where !plans[node]!.isActuated {
            let plan = plans[node]!
            let nodeID = network[node].id
            if let (light, columns) = sumoColumns(of: plan, trafficLights: trafficLights) {
                if trafficLights[light] != nil {
                    if byLight[light] == nil { order.append((node, light)) }
                    byLight[light, default: []].append((nodeID, plan, columns))
                } else {
                    text += program(light: light, parts: [(nodeID, plan, columns)], layout: nil, programID: programID)
                }
            } else {
                order.append((node, nil))
            }
        }
        for (node, light) in order {
            if let light, let proposed = programs[light], let layout = trafficLights[light],
                let states = stateStrings(of: proposed, layout: layout)
            {
                text += tlLogic(id: light, programID: programID, program: proposed, states: states)
            } else if let light {
                text += program(light: light, parts: byLight[light]!, layout: trafficLights[light], programID: programID)
            } else {
                let plan = plans[node]!
                let nodeID = network[node].id
                let legend = plan.groups.enumerated().map { "\($0.offset) = \($0.element.id)" }.joined(separator: ", ")
                text += "    <!-- node \(commentSafe(nodeID)): state columns are signal groups: \(commentSafe(legend)) -->\n"
                let windows = plan.groups.map { GreenInterval.normalised($0.greenIntervals, cycle: plan.cycle) }
                text += tlLogic(
                    id: nodeID, programID: programID, cycle: plan.cycle, offset: plan.offset,
                    columns: windows.map { ($0, "G") })
            }
        }
        return text + "</additional>\n"
    }

    /// The traffic light of a plan whose groups are all named `"<tl>:<i>"` or `"<tl>:<i>+<j>…"` with one
    /// `<tl>`, and the group IDs driving each link index; nil for other names.
    static func sumoColumns(
        of plan: SignalPlan, trafficLights: [String: SUMOTrafficLight]
    ) -> (light: String, columns: [Int: [String]])? {
        var light: String?
        var byIndex: [Int: [String]] = [:]
        for group in plan.groups {
            guard let colon = group.id.lastIndex(of: ":") else { return nil }
            let tl = String(group.id[..<colon])
            let indices = group.id[group.id.index(after: colon)...].split(separator: "+", omittingEmptySubsequences: false)
                .map { Int($0) }
            guard light == nil || light == tl, !indices.isEmpty, indices.allSatisfy({ ($0 ?? -1) >= 0 }) else {
                return nil
            }
            light = tl
            for i in trafficLights[tl]?.groupLinkIndices[group.id] ?? indices.map({ $0! }) {
                byIndex[i, default: []].append(group.id)
            }
        }
        guard let light else { return nil }
        return (light, byIndex)
    }

    /// One program for the SUMO traffic light `light` from the plans of the junctions it controls (see the
    /// type for the rules), or an XML comment saying why none is written.
    static func program(
        light: String, parts: [(node: String, plan: SignalPlan, columns: [Int: [String]])],
        layout: SUMOTrafficLight?, programID: String
    ) -> String {
        let reference = parts[0].plan
        let cycle = reference.cycle
        if parts.contains(where: { abs($0.plan.cycle - cycle) > 1e-6 }) {
            let cycles = parts.map { "\(commentSafe($0.node)) \(NumberFormat.fixed($0.plan.cycle, 1)) s" }
                .joined(separator: ", ")
            return "    <!-- traffic light \(commentSafe(light)): no program written; its junctions have different "
                + "cycles (\(cycles)) and a SUMO program has one (Webster gives them one; so does `--common-cycle`). -->\n"
        }
        let maxNamed = parts.flatMap { $0.columns.keys }.max() ?? -1
        if let layout, maxNamed >= layout.linkCount {
            return "    <!-- traffic light \(commentSafe(light)): no program written; the plans name link index "
                + "\(maxNamed) but the net's program has \(layout.linkCount) (0 to \(layout.linkCount - 1)). -->\n"
        }
        let width = layout?.linkCount ?? maxNamed + 1
        var columns: [(windows: [GreenInterval], state: Character)] = []
        for i in 0..<width {
            var windows: [GreenInterval] = []
            var named = false
            for part in parts {
                guard let groups = part.columns[i] else { continue }
                named = true
                let shift = part.plan.offset - reference.offset
                for id in groups {
                    let own = GreenInterval.normalised(part.plan.group(id)?.greenIntervals ?? [], cycle: cycle)
                    if let layout, let indices = layout.groupLinkIndices[id], indices.count > 1,
                        indices.allSatisfy({ $0 < layout.linkCount }), abs(layout.program.cycle - cycle) < 1e-6,
                        same(own, GreenInterval.normalised(indices.flatMap { netGreens($0, of: layout) }, cycle: cycle))
                    {
                        // Unchanged in its own frame (an offset may have moved): each index keeps its own greens.
                        windows += netGreens(i, of: layout).map { shifted($0, by: shift, cycle: cycle) }
                    } else {
                        windows += own.map { shifted($0, by: shift, cycle: cycle) }
                    }
                }
            }
            if !named, let layout {
                windows = undrivenGreens(i, of: layout, reference: parts[0], cycle: cycle)
            }
            columns.append((GreenInterval.normalised(windows, cycle: cycle), layout?.greenStates[i] ?? "G"))
        }
        return tlLogic(id: light, programID: programID, cycle: cycle, offset: reference.offset, columns: columns)
    }

    /// The net program's greens of link index `i`, in the net program's frame, normalised.
    static func netGreens(_ i: Int, of layout: SUMOTrafficLight) -> [GreenInterval] {
        GreenInterval.normalised(layout.program.groups[i].greenIntervals, cycle: layout.program.cycle)
    }

    /// The greens of link index `i`, which no group of the plans drives, in the frame of `reference` (the
    /// light's first junction, whose offset the program takes) at `cycle`.
    ///
    /// They keep their time relative to an anchor, the reference plan's group whose net green starts first
    /// (its first stage), stretched in proportion to the cycle: a crossing that ran with the first stage still
    /// does after an optimiser moved the offset (green waves) or the cycle start (Webster). Without an anchor
    /// the net's times are kept in absolute time, stretched.
    static func undrivenGreens(
        _ i: Int, of layout: SUMOTrafficLight, reference: (node: String, plan: SignalPlan, columns: [Int: [String]]),
        cycle: Double
    ) -> [GreenInterval] {
        let original = layout.program
        let scale = cycle / original.cycle
        let wrap = OffsetOptimizer.positive
        // (net start, new start) of the anchor, both as the intervals are written (a wrapping green starts late).
        var anchor: (old: Double, new: Double)?
        var groupIndices: [String: [Int]] = [:]
        for (index, groups) in reference.columns {
            for group in groups { groupIndices[group, default: []].append(index) }
        }
        for group in reference.plan.groups {
            guard let new = group.greenIntervals.first?.start,
                let old = (groupIndices[group.id] ?? []).filter({ $0 < layout.linkCount })
                    .compactMap({ original.groups[$0].greenIntervals.first?.start }).min()
            else { continue }
            if anchor == nil || old < anchor!.old { anchor = (old, new) }
        }
        return original.groups[i].greenIntervals.map { green in
            let length = green.duration(cycle: original.cycle) * scale
            let start =
                anchor.map { wrap($0.new + wrap(green.start - $0.old, original.cycle) * scale, cycle) }
                ?? wrap(wrap(green.start + original.offset - reference.plan.offset, original.cycle) * scale, cycle)
            return length >= cycle - 1e-9
                ? GreenInterval(start: 0, end: cycle) : GreenInterval(start: start, end: wrap(start + length, cycle))
        }
    }

    /// Whether two normalised interval lists are the same to 1e-6 s.
    static func same(_ a: [GreenInterval], _ b: [GreenInterval]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0.start - $1.start) < 1e-6 && abs($0.end - $1.end) < 1e-6 }
    }

    /// `interval` in a frame whose cycle starts `shift` seconds earlier (wrapping at `cycle`).
    static func shifted(_ interval: GreenInterval, by shift: Double, cycle: Double) -> GreenInterval {
        guard shift != 0, interval.end - interval.start < cycle else { return interval }
        return GreenInterval(
            start: OffsetOptimizer.positive(interval.start + shift, cycle),
            end: OffsetOptimizer.positive(interval.end + shift, cycle))
    }

    /// A `<tlLogic>` with one state column per entry of `columns` (green windows as `GreenInterval.normalised`
    /// gives them: sorted, not wrapping).
    static func tlLogic(
        id: String, programID: String, cycle: Double, offset: Double,
        columns: [(windows: [GreenInterval], state: Character)]
    ) -> String {
        // Cut points at the written precision, so that the written durations add up to the cycle.
        func rounded(_ t: Double) -> Double { (t * 100).rounded() / 100 }
        let end = rounded(cycle)
        var cuts: Set<Double> = [0, end]
        for w in columns.flatMap(\.windows) {
            cuts.insert(rounded(w.start))
            cuts.insert(rounded(w.end))
            cuts.insert(rounded((w.end + yellowTime).truncatingRemainder(dividingBy: cycle)))
        }
        let points = cuts.filter { $0 >= 0 && $0 <= end }.sorted()
        var phases: [(duration: Double, state: String)] = []
        for (a, b) in zip(points, points.dropFirst()) where b - a > 1e-9 {
            let mid = (a + b) / 2
            let state = String(
                columns.map { column -> Character in
                    let ws = column.windows
                    if ws.contains(where: { $0.start <= mid && mid < $0.end }) { return column.state }
                    let sinceEnd = ws.map { OffsetOptimizer.positive(mid - $0.end, cycle) }
                    return sinceEnd.contains { $0 < yellowTime } ? "y" : "r"
                })
            if let last = phases.last, last.state == state {
                phases[phases.count - 1].duration += b - a
            } else {
                phases.append((b - a, state))
            }
        }
        var text = "    <tlLogic id=\"\(SVGFormat.escaped(id))\" type=\"static\" programID=\"\(SVGFormat.escaped(programID))\" "
        text += "offset=\"\(NumberFormat.fixed(offset, 2))\">\n"
        for phase in phases {
            text += "        <phase duration=\"\(NumberFormat.fixed(phase.duration, 2))\" state=\"\(phase.state)\"/>\n"
        }
        return text + "    </tlLogic>\n"
    }

    /// A `<tlLogic>` of `program`'s phases (durations to 0.01 s; zero-length phases left out) with the state
    /// strings `states` (one per phase: the net's own, so every signal keeps its character).
    static func tlLogic(id: String, programID: String, program: PhaseProgram, states: [[Character]]) -> String {
        var offset = program.offset.truncatingRemainder(dividingBy: program.cycle)
        if offset < 0 { offset += program.cycle }
        var text = "    <tlLogic id=\"\(SVGFormat.escaped(id))\" type=\"static\" programID=\"\(SVGFormat.escaped(programID))\" "
        text += "offset=\"\(NumberFormat.fixed(offset, 2))\">\n"
        // Durations from phase boundaries rounded to 0.01 s, so that the written phases add up to the rounded
        // cycle exactly (rounding each duration on its own can lose or gain a hundredth per phase).
        var start = 0.0
        var written = 0.0
        for (phase, state) in zip(program.phases, states) {
            start += phase.duration
            let end = (start * 100).rounded() / 100
            let duration = end - written
            guard duration >= 0.005 else { continue }
            written = end
            text += "        <phase duration=\"\(NumberFormat.fixed(duration, 2))\" state=\"\(String(state))\"/>\n"
        }
        return text + "    </tlLogic>\n"
    }

    /// The state string of every phase of `proposed`, a program derived from the net's (`layout.phases`):
    /// phases the net has, in order, keep the net's own strings; a phase inserted by an optimiser (an all-red
    /// clearance, `PhaseProgram.lengtheningIntergreens`) is spelt from its states — a green link index with the
    /// character the net gives it (`greenStates`, `G` otherwise), amber `y`, red `r`. Nil when the net's phases
    /// are unknown or `proposed` has other columns.
    static func stateStrings(of proposed: PhaseProgram, layout: SUMOTrafficLight) -> [[Character]]? {
        guard let original = layout.phases, let strings = layout.phaseStates, strings.count == original.phases.count,
            proposed.columns == original.columns
        else { return nil }
        var next = 0
        return proposed.phases.map { phase in
            if next < original.phases.count, original.phases[next].states == phase.states {
                next += 1
                return strings[next - 1]
            }
            return phase.states.enumerated().map { i, state in
                switch state {
                case .green: layout.greenStates[i] ?? "G"
                case .permissive: layout.greenStates[i] ?? "g"
                case .amber: "y"
                case .red: "r"
                }
            }
        }
    }

    /// XML comments may not contain "--".
    static func commentSafe(_ text: String) -> String { text.replacingOccurrences(of: "--", with: "- -") }
}
