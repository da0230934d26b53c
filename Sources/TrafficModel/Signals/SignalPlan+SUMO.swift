import Foundation
import GeoCore

/// A SUMO traffic light as its net defines it, kept by the importer (`ImportedNetwork.trafficLights`) so
/// that programs written for it drop into the same net (`SUMOSignalProgramWriter`).
public struct SUMOTrafficLight: Sendable, Hashable {
    /// The program as read, with one group per link index (`"<tl>:<i>"`, i = 0 ..< `linkCount`).
    public var program: SignalPlan
    /// The link indices each imported signal group drives (`"<tl>:<i>"` names only the lowest of a movement's
    /// equally timed indices).
    public var groupLinkIndices: [String: [Int]]
    /// Link indices the program shows green without priority (`g`: yield to priority streams) in a phase.
    public var yieldingLinkIndices: Set<Int>

    public init(program: SignalPlan, groupLinkIndices: [String: [Int]] = [:], yieldingLinkIndices: Set<Int> = []) {
        self.program = program
        self.groupLinkIndices = groupLinkIndices
        self.yieldingLinkIndices = yieldingLinkIndices
    }

    /// The number of link indices, the length of every phase's state.
    public var linkCount: Int { program.groups.count }
}

/// Writes signal plans as SUMO `tlLogic` programs (an additional file: `sumo -a plans.tll.xml`).
///
/// **State columns.** When every group of a node's plan is named like the SUMO importer names them —
/// `"<tl>:<i>"` or `"<tl>:<i>+<j>…"` (`SUMONetworkImporter`) — the program gets id `<tl>` and one state
/// character per SUMO link index, in link-index order, so it drops into the original net. With the traffic
/// light as the net defines it (`trafficLights`, from the import):
/// - every phase has the net program's number of link indices, and a group drives all the link indices of
///   its movement (the name lists only the lowest of equally timed ones);
/// - the plans of all junctions one traffic light controls (joined signals) become one program. They must
///   have the same cycle (a SUMO program has one; `--common-cycle` gives it); their offsets are folded into
///   the first junction's by shifting green times. Junctions with different cycles get no program, and an
///   XML comment says why, so SUMO keeps the net's own;
/// - link indices no group of the plans drives (pedestrian crossings, lanes of vehicle classes left out of
///   the import, junctions without a plan) keep the net program's green times, stretched in proportion when
///   the cycle changed;
/// - link indices the net shows as `g` (green, yield to priority streams, e.g. permitted left turns) are
///   written `g` when green, never `G`, so they keep yielding.
/// Without it, link indices no group names are red (`r`) and the state ends at the highest named index.
/// Otherwise the program gets the node ID and one column per signal group in plan order (documented in an
/// XML comment above it).
///
/// **Phases.** The cycle is cut at every green start and end and 3 s (`yellowTime`) after every green end;
/// each piece is one `<phase>`: `G` (or `g`, see above) while a column is green, `y` during the first
/// `yellowTime` after its green ends, `r` otherwise. Plans hold effective greens; SUMO's importer reads `G`
/// and `g` as green and `y` as not green, so importing the file again gives back the same green intervals.
public enum SUMOSignalProgramWriter {
    public static let yellowTime = 3.0

    /// The `<additional>` document with one `<tlLogic>` per plan (per traffic light for SUMO-named plans),
    /// sorted by node.
    public static func xml(
        plans: [NodeID: SignalPlan], network: Network, programID: String = "flowsim",
        trafficLights: [String: SUMOTrafficLight] = [:]
    ) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<!-- Signal plan proposals written by flowsim; review before use. -->\n<additional>\n"
        // SUMO-named plans of one traffic light are written together, where its first junction comes.
        var byLight: [String: [(node: String, plan: SignalPlan, columns: [Int: [String]])]] = [:]
        var order: [(node: NodeID, light: String?)] = []
        for node in plans.keys.sorted() {
            let plan = plans[node]!
            let nodeID = network[node].id
            if let (light, columns) = sumoColumns(of: plan, trafficLights: trafficLights) {
                if byLight[light] == nil { order.append((node, light)) }
                byLight[light, default: []].append((nodeID, plan, columns))
            } else {
                order.append((node, nil))
            }
        }
        for (node, light) in order {
            if let light {
                text += program(light: light, parts: byLight[light]!, layout: trafficLights[light], programID: programID)
            } else {
                let plan = plans[node]!
                let nodeID = network[node].id
                let legend = plan.groups.enumerated().map { "\($0.offset) = \($0.element.id)" }.joined(separator: ", ")
                text += "    <!-- node \(commentSafe(nodeID)): state columns are signal groups: \(commentSafe(legend)) -->\n"
                let windows = plan.groups.map { SignalTable.normalised($0.greenIntervals, cycle: plan.cycle) }
                text += tlLogic(
                    id: nodeID, programID: programID, cycle: plan.cycle, offset: plan.offset,
                    columns: windows.map { ($0, false) })
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

    /// One program for the SUMO traffic light `light` from the plans of the junctions it controls.
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
        let width = max(maxNamed + 1, layout?.linkCount ?? 0)
        var columns: [(windows: [GreenInterval], yielding: Bool)] = []
        for i in 0..<width {
            var windows: [GreenInterval] = []
            var named = false
            for part in parts {
                guard let groups = part.columns[i] else { continue }
                named = true
                let shift = part.plan.offset - reference.offset
                for id in groups {
                    let intervals = SignalTable.normalised(part.plan.group(id)?.greenIntervals ?? [], cycle: cycle)
                    windows += intervals.map { shifted($0, by: shift, cycle: cycle) }
                }
            }
            if !named, let layout, i < layout.linkCount {
                // Driven by no group of the plans: the net program's greens, stretched to the cycle.
                let original = layout.program
                let scale = cycle / original.cycle
                let shift = original.offset * scale - reference.offset
                windows = SignalTable.normalised(original.groups[i].greenIntervals, cycle: original.cycle).map {
                    shifted(GreenInterval(start: $0.start * scale, end: $0.end * scale), by: shift, cycle: cycle)
                }
            }
            columns.append((SignalTable.normalised(windows, cycle: cycle), layout?.yieldingLinkIndices.contains(i) ?? false))
        }
        return tlLogic(id: light, programID: programID, cycle: cycle, offset: reference.offset, columns: columns)
    }

    /// `interval` in a frame whose cycle starts `shift` seconds earlier (wrapping at `cycle`).
    static func shifted(_ interval: GreenInterval, by shift: Double, cycle: Double) -> GreenInterval {
        guard shift != 0, interval.end - interval.start < cycle else { return interval }
        func wrap(_ t: Double) -> Double {
            let r = t.truncatingRemainder(dividingBy: cycle)
            return r < 0 ? r + cycle : r
        }
        return GreenInterval(start: wrap(interval.start + shift), end: wrap(interval.end + shift))
    }

    /// A `<tlLogic>` with one state column per entry of `columns` (green windows as `SignalTable.normalised`
    /// gives them: sorted, not wrapping).
    static func tlLogic(
        id: String, programID: String, cycle: Double, offset: Double,
        columns: [(windows: [GreenInterval], yielding: Bool)]
    ) -> String {
        var cuts: Set<Double> = [0, cycle]
        for w in columns.flatMap(\.windows) {
            cuts.insert(w.start)
            cuts.insert(w.end)
            cuts.insert((w.end + yellowTime).truncatingRemainder(dividingBy: cycle))
        }
        let points = cuts.filter { $0 >= 0 && $0 <= cycle }.sorted()
        var phases: [(duration: Double, state: String)] = []
        for (a, b) in zip(points, points.dropFirst()) where b - a > 1e-9 {
            let mid = (a + b) / 2
            let state = String(
                columns.map { column -> Character in
                    let ws = column.windows
                    if ws.contains(where: { $0.start <= mid && mid < $0.end }) { return column.yielding ? "g" : "G" }
                    let sinceEnd = ws.map { w -> Double in
                        var d = (mid - w.end).truncatingRemainder(dividingBy: cycle)
                        if d < 0 { d += cycle }
                        return d
                    }
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

    /// XML comments may not contain "--".
    static func commentSafe(_ text: String) -> String { text.replacingOccurrences(of: "--", with: "- -") }
}
