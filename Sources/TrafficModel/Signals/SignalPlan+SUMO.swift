import Foundation
import GeoCore

/// Writes signal plans as SUMO `tlLogic` programs (an additional file: `sumo -a plans.tll.xml`).
///
/// **State columns.** When every group of a node's plan is named like the SUMO importer names them —
/// `"<tl>:<i>"` or `"<tl>:<i>+<j>…"` (`SUMONetworkImporter`) — the program gets id `<tl>` and one state
/// character per SUMO link index, in link-index order, so it drops into the original net. Link indices no
/// group names are written red (`r`). Otherwise the program gets the node ID and one column per signal group
/// in plan order (documented in an XML comment above it).
///
/// **Phases.** The cycle is cut at every green start and end and 3 s (`yellowTime`) after every green end;
/// each piece is one `<phase>`: `G` while a column's group is green, `y` during the first `yellowTime` after
/// its green ends, `r` otherwise. Plans hold effective greens; SUMO's importer reads `G` as green and `y` as
/// not green, so importing the file again gives back the same green intervals.
public enum SUMOSignalProgramWriter {
    public static let yellowTime = 3.0

    /// The `<additional>` document with one `<tlLogic>` per plan, sorted by node.
    public static func xml(plans: [NodeID: SignalPlan], network: Network, programID: String = "flowsim") -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<!-- Signal plan proposals written by flowsim; review before use. -->\n<additional>\n"
        for node in plans.keys.sorted() {
            text += tlLogic(plan: plans[node]!, nodeID: network[node].id, programID: programID)
        }
        return text + "</additional>\n"
    }

    /// The program ID and the state columns (group IDs per column) of `plan`.
    static func columns(of plan: SignalPlan, nodeID: String) -> (id: String, columns: [[String]], sumo: Bool) {
        var prefix: String?
        var byIndex: [Int: [String]] = [:]
        var sumoNames = !plan.groups.isEmpty
        for group in plan.groups {
            guard let colon = group.id.lastIndex(of: ":") else {
                sumoNames = false
                break
            }
            let tl = String(group.id[..<colon])
            let indices = group.id[group.id.index(after: colon)...].split(separator: "+", omittingEmptySubsequences: false)
                .map { Int($0) }
            guard prefix == nil || prefix == tl, !indices.isEmpty, indices.allSatisfy({ ($0 ?? -1) >= 0 }) else {
                sumoNames = false
                break
            }
            prefix = tl
            for i in indices { byIndex[i!, default: []].append(group.id) }
        }
        if sumoNames, let prefix, let maxIndex = byIndex.keys.max() {
            return (prefix, (0...maxIndex).map { byIndex[$0] ?? [] }, true)
        }
        return (nodeID, plan.groups.map { [$0.id] }, false)
    }

    static func tlLogic(plan: SignalPlan, nodeID: String, programID: String) -> String {
        let (id, columns, sumo) = columns(of: plan, nodeID: nodeID)
        let cycle = plan.cycle
        let windows = Dictionary(
            plan.groups.map { ($0.id, SignalTable.normalised($0.greenIntervals, cycle: cycle)) },
            uniquingKeysWith: { a, _ in a })
        var cuts: Set<Double> = [0, cycle]
        for w in windows.values.joined() {
            cuts.insert(w.start)
            cuts.insert(w.end)
            cuts.insert((w.end + yellowTime).truncatingRemainder(dividingBy: cycle))
        }
        let points = cuts.filter { $0 >= 0 && $0 <= cycle }.sorted()
        var phases: [(duration: Double, state: String)] = []
        for (a, b) in zip(points, points.dropFirst()) where b - a > 1e-9 {
            let mid = (a + b) / 2
            let state = String(
                columns.map { groups -> Character in
                    let ws = groups.flatMap { windows[$0] ?? [] }
                    if ws.contains(where: { $0.start <= mid && mid < $0.end }) { return "G" }
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
        var text = ""
        if !sumo {
            let legend = columns.enumerated().map { "\($0.offset) = \($0.element[0])" }.joined(separator: ", ")
            text += "    <!-- node \(commentSafe(nodeID)): state columns are signal groups: \(commentSafe(legend)) -->\n"
        }
        text += "    <tlLogic id=\"\(SVGFormat.escaped(id))\" type=\"static\" programID=\"\(SVGFormat.escaped(programID))\" "
        text += "offset=\"\(NumberFormat.fixed(plan.offset, 2))\">\n"
        for phase in phases {
            text += "        <phase duration=\"\(NumberFormat.fixed(phase.duration, 2))\" state=\"\(phase.state)\"/>\n"
        }
        return text + "    </tlLogic>\n"
    }

    /// XML comments may not contain "--".
    static func commentSafe(_ text: String) -> String { text.replacingOccurrences(of: "--", with: "- -") }
}
