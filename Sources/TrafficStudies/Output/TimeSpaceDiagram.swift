import GeoCore
import Support
import TrafficCore

/// A time-space diagram of a signal corridor as SVG: distance along the corridor upwards, time to the right;
/// at each node a bar shows the through group's green (green) and red (red) for the forward direction (below
/// the node line) and the backward direction (above); lines show the first and last vehicle of each cycle's
/// platoon at free-flow speed, waiting where they meet red (the platoon model of `OffsetOptimizer`).
public enum TimeSpaceDiagram {
    public static func svg(
        corridor: Corridor, plans: [NodeID: SignalPlan], network: Network, cycles: Int = 3,
        title: String = "Time-space diagram"
    ) -> String {
        let width = 800.0
        let height = 520.0
        let left = 110.0
        let right = 20.0
        let top = 56.0
        let bottom = 50.0
        let distances = corridor.distances(in: network)
        let cycle = corridor.nodes.map { plans[$0]?.cycle ?? 0 }.max() ?? 60
        let horizon = Double(max(1, cycles)) * cycle
        let (xMax, xStep) = SVGChart.niceAxis(horizon)
        let yMax = max(distances.last ?? 1, 1)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func px(_ t: Double) -> Double { left + t / xMax * plotWidth }
        func py(_ d: Double) -> Double { top + plotHeight - d / yMax * plotHeight }
        func f(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

        var svg = SVGChart.header(width: width, height: height, title: title)
        var tick = 0.0
        while tick <= xMax + 1e-9 {
            svg += "<line x1=\"\(f(px(tick)))\" y1=\"\(f(top))\" x2=\"\(f(px(tick)))\" y2=\"\(f(top + plotHeight))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(f(px(tick)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(NumberFormat.fixed(tick, 0))</text>\n"
            tick += xStep
        }
        svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">time (s)</text>\n"

        // Bars and trajectories are clipped to the plot area.
        svg += "<defs><clipPath id=\"plot\"><rect x=\"\(f(left))\" y=\"\(f(top - 8))\" width=\"\(f(plotWidth))\" "
        svg += "height=\"\(f(plotHeight + 16))\"/></clipPath></defs>\n<g clip-path=\"url(#plot)\">\n"
        let forward = try? OffsetOptimizer.direction(corridor, backward: false, network: network, flows: nil)
        let backward = try? OffsetOptimizer.direction(corridor, backward: true, network: network, flows: nil)
        // Signal bars.
        for (i, node) in corridor.nodes.enumerated() {
            guard let plan = plans[node] else { continue }
            let y = py(distances[i])
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y))\" stroke=\"#bbb\" stroke-dasharray=\"3 3\"/>"
            for (direction, shift) in [(forward, 4.0), (backward, -4.0)] {
                guard let d = direction, let k = d.order.firstIndex(of: i) else { continue }
                svg += bar(plan: plan, group: d.groups[k], y: y + shift, horizon: xMax, px: px)
            }
        }
        // Platoon trajectories: first and last vehicle of each cycle's green at the first node of a direction.
        for (direction, colour) in [(forward, "#1f77b4"), (backward, "#9467bd")] {
            guard let d = direction else { continue }
            let firstPlan = plans[corridor.nodes[d.order[0]]]!
            let window = OffsetOptimizer.greenWindow(firstPlan, d.groups[0])
            guard window.duration > 0 else { continue }
            for k in 0..<(cycles + 1) {
                let start = firstPlan.offset + window.start + Double(k - 1) * cycle
                for release in [start, start + window.duration] {
                    var t = release
                    var points = ["\(f(px(t))),\(f(py(distances[d.order[0]])))"]
                    for s in 0..<(d.order.count - 1) {
                        t += d.travelTimes[s]
                        points.append("\(f(px(t))),\(f(py(distances[d.order[s + 1]])))")
                        let plan = plans[corridor.nodes[d.order[s + 1]]]!
                        t += OffsetOptimizer.waitForGreen(plan, group: d.groups[s + 1], at: t)
                        points.append("\(f(px(t))),\(f(py(distances[d.order[s + 1]])))")
                    }
                    svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.2\" points=\"\(points.joined(separator: " "))\"/>\n"
                }
            }
        }
        svg += "</g>\n"
        for (i, node) in corridor.nodes.enumerated() {
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(py(distances[i])))\" text-anchor=\"end\" dominant-baseline=\"middle\">"
            svg += SVGFormat.escaped(network[node].id) + "</text>\n"
        }
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(f(left))\" y=\"\(f(top - 20))\" font-size=\"11\">blue: forward platoon, purple: backward; "
        svg += "bars: green/red of the through group (lower: forward, upper: backward)</text>\n"
        svg += "</svg>\n"
        return svg
    }

    /// Green and red pieces of `group` over [0, horizon] as thick line segments at height `y`.
    static func bar(plan: SignalPlan, group: String, y: Double, horizon: Double, px: (Double) -> Double) -> String {
        var svg = ""
        func segment(_ a: Double, _ b: Double, _ colour: String) {
            let x1 = px(max(0, a))
            let x2 = px(min(horizon, b))
            guard x2 > x1 else { return }
            svg += "<line x1=\"\(NumberFormat.fixed(x1, 1))\" y1=\"\(NumberFormat.fixed(y, 1))\" "
            svg += "x2=\"\(NumberFormat.fixed(x2, 1))\" y2=\"\(NumberFormat.fixed(y, 1))\" stroke=\"\(colour)\" stroke-width=\"5\"/>\n"
        }
        let windows = GreenInterval.normalised(plan.group(group)?.greenIntervals ?? [], cycle: plan.cycle)
        var cycleStart = plan.offset - plan.cycle * ((plan.offset / plan.cycle).rounded(.up))
        while cycleStart < horizon {
            var t = cycleStart
            for w in windows {
                segment(t, cycleStart + w.start, "#d62728")
                segment(cycleStart + w.start, cycleStart + w.end, "#2ca02c")
                t = cycleStart + w.end
            }
            segment(t, cycleStart + plan.cycle, "#d62728")
            cycleStart += plan.cycle
        }
        return svg
    }
}
