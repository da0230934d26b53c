import Foundation
import Support
import TrafficCore

extension SignalAnalysis {
    /// Pretty-printed JSON with sorted keys; non-finite numbers (X or d2 of a group that is never green) are
    /// written as the strings "inf" / "nan".
    public func jsonData() throws -> Data {
        let encoder = stableJSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self)
    }

    static let csvHeader =
        "node,group,link,lanes,cycle_s,green_s,flow_veh_h,saturation_flow_veh_h,flow_ratio,capacity_veh_h,x,"
        + "d1_s,d2_s,delay_s,queue_veh,qsv,measured_served,measured_delay_s,measured_stops,measured_stop_rate,"
        + "measured_max_queue_veh,measured_mean_queue_veh,measured_qsv"

    /// One row per approach (node, signal group, incoming link); measured columns are empty without a simulation.
    public func csvText() -> String {
        var text = Self.csvHeader + "\n"
        for node in nodes {
            for a in node.approaches {
                var fields = [
                    csvField(a.node), csvField(a.group), csvField(a.link), String(a.lanes),
                    NumberFormat.fixed(a.cycle, 1), NumberFormat.fixed(a.green, 1), NumberFormat.fixed(a.flow, 1),
                    NumberFormat.fixed(a.saturationFlow, 0), NumberFormat.fixed(a.flowRatio, 4),
                    NumberFormat.fixed(a.capacity, 1), NumberFormat.fixed(a.degreeOfSaturation, 4),
                    NumberFormat.fixed(a.uniformDelay, 2), NumberFormat.fixed(a.incrementalDelay, 2),
                    NumberFormat.fixed(a.delay, 2), NumberFormat.fixed(a.queue, 2), a.quality.rawValue,
                ]
                if let m = a.measured {
                    fields += [
                        String(m.served), NumberFormat.fixed(m.meanDelay, 2), String(m.stops),
                        NumberFormat.fixed(m.stopRate, 3), String(m.maxQueue), NumberFormat.fixed(m.meanQueue, 3),
                        m.quality.rawValue,
                    ]
                } else {
                    fields += Array(repeating: "", count: 7)
                }
                text += fields.joined(separator: ",") + "\n"
            }
        }
        return text
    }

    /// A fixed-width table for the terminal: analytic figures, then measured delay, stops and QSV.
    public func tableText() -> String {
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s : String(repeating: " ", count: w - s.count) + s }
        func left(_ s: String, _ w: Int) -> String { s.count >= w ? s : s + String(repeating: " ", count: w - s.count) }
        func number(_ v: Double, _ d: Int) -> String { v.isFinite ? NumberFormat.fixed(v, d) : "inf" }
        let nodeWidth = max(4, nodes.map(\.node.count).max() ?? 4)
        let groupWidth = max(5, nodes.flatMap { $0.approaches.map(\.group.count) }.max() ?? 5)
        let linkWidth = max(4, nodes.flatMap { $0.approaches.map(\.link.count) }.max() ?? 4)
        var text = left("node", nodeWidth) + "  " + left("group", groupWidth) + "  " + left("from", linkWidth)
        text += "  q veh/h  s veh/h  g/C s     X   d1 s   d2 s  queue QSV | sim d s stops  maxQ QSV\n"
        var idle = 0
        for node in nodes {
            for a in node.approaches {
                if a.flow == 0 && (a.measured?.served ?? 0) == 0 {
                    idle += 1
                    continue
                }
                var line = left(a.node, nodeWidth) + "  " + left(a.group, groupWidth) + "  " + left(a.link, linkWidth)
                line += pad(number(a.flow, 0), 9) + pad(number(a.saturationFlow, 0), 9)
                line += pad(number(a.green, 0) + "/" + number(a.cycle, 0), 7)
                line += pad(number(a.degreeOfSaturation, 2), 6) + pad(number(a.uniformDelay, 1), 7)
                line += pad(number(a.incrementalDelay, 1), 7) + pad(number(a.queue, 1), 7) + pad(a.quality.rawValue, 4)
                if let m = a.measured {
                    line += " |" + pad(number(m.meanDelay, 1), 8) + pad(String(m.stops), 6) + pad(String(m.maxQueue), 6)
                    line += pad(m.quality.rawValue, 4)
                }
                text += line + "\n"
            }
            text += left(node.node, nodeWidth) + "  node QSV " + node.quality.rawValue
            if let measured = node.measuredQuality { text += " (simulated " + measured.rawValue + ")" }
            text += ", flow-weighted delay " + number(node.meanDelay, 1) + " s\n"
        }
        if idle > 0 { text += "(\(idle) signal groups without traffic not shown; they are in the files)\n" }
        return text
    }
}
