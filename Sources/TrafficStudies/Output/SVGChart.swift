import GeoCore
import Support
import TrafficCore

/// A small, deterministic SVG chart writer (hand-written markup, fixed-point numbers, no dependencies).
struct SVGChart {
    enum Style {
        /// A polyline, broken at NaN values.
        case line
        /// Markers joined by a faint line in data order (shows hysteresis in a fundamental diagram).
        case scatter
        /// Markers only.
        case points
    }

    /// A line drawn under the data (reference lines, bands), broken at NaN values, with an optional label
    /// at its last point.
    struct Overlay {
        var points: [(x: Double, y: Double)]
        var colour: String
        var dashed: Bool
        var label: String?
    }

    var title: String
    var xLabel: String
    var yLabel: String
    var width = 640.0
    var height = 400.0
    private let left = 70.0
    private let right = 20.0
    private let top = 40.0
    private let bottom = 55.0

    init(title: String, xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// A "nice" axis maximum and tick step (1, 2 or 5 × 10ⁿ) for data up to `maximum`, about 5 ticks.
    static func niceAxis(_ maximum: Double) -> (maximum: Double, step: Double) {
        guard maximum > 0, maximum.isFinite else { return (1, 0.2) }
        let raw = maximum / 5
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        return ((maximum / step).rounded(.up) * step, step)
    }

    /// The opening of a chart document: `<svg>` of the given size, white background, centred title.
    static func header(width: Double, height: Double, title: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
        viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(NumberFormat.fixed(width / 2, 1))" y="22" text-anchor="middle" \
        font-size="15">\(SVGFormat.escaped(title))</text>

        """
    }

    /// The chart of `points`; `overlays` are drawn first, clipped to the axes, which end at the nice value
    /// above `axisMaximum` (x and y) when given, else above the data.
    func render(
        _ points: [(x: Double, y: Double)], style: Style, overlays: [Overlay] = [], axisMaximum: Double? = nil
    ) -> String {
        let finite = points.filter { $0.x.isFinite && $0.y.isFinite }
        let (xMax, xStep) = Self.niceAxis(axisMaximum ?? finite.map(\.x).max() ?? 1)
        let (yMax, yStep) = Self.niceAxis(axisMaximum ?? finite.map(\.y).max() ?? 1)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func px(_ x: Double) -> String { NumberFormat.fixed(left + x / xMax * plotWidth, 1) }
        func py(_ y: Double) -> String { NumberFormat.fixed(top + plotHeight - y / yMax * plotHeight, 1) }
        func label(_ v: Double, step: Double) -> String { NumberFormat.fixed(v, step < 1 ? (step < 0.1 ? 2 : 1) : 0) }

        var svg = Self.header(width: width, height: height, title: title)
        var tick = 0.0
        while tick <= xMax + xStep * 1e-9 {
            svg += "<line x1=\"\(px(tick))\" y1=\"\(py(0))\" x2=\"\(px(tick))\" y2=\"\(py(yMax))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(px(tick))\" y=\"\(NumberFormat.fixed(top + plotHeight + 18, 1))\" "
            svg += "text-anchor=\"middle\">\(label(tick, step: xStep))</text>\n"
            tick += xStep
        }
        tick = 0
        while tick <= yMax + yStep * 1e-9 {
            svg += "<line x1=\"\(px(0))\" y1=\"\(py(tick))\" x2=\"\(px(xMax))\" y2=\"\(py(tick))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(NumberFormat.fixed(left - 8, 1))\" y=\"\(py(tick))\" text-anchor=\"end\" "
            svg += "dominant-baseline=\"middle\">\(label(tick, step: yStep))</text>\n"
            tick += yStep
        }
        svg += "<rect x=\"\(NumberFormat.fixed(left, 1))\" y=\"\(NumberFormat.fixed(top, 1))\" "
        svg += "width=\"\(NumberFormat.fixed(plotWidth, 1))\" height=\"\(NumberFormat.fixed(plotHeight, 1))\" "
        svg += "fill=\"none\" stroke=\"#333\"/>\n"
        svg += "<text x=\"\(NumberFormat.fixed(left + plotWidth / 2, 1))\" y=\"\(NumberFormat.fixed(height - 12, 1))\" "
        svg += "text-anchor=\"middle\">\(SVGFormat.escaped(xLabel))</text>\n"
        svg += "<text x=\"16\" y=\"\(NumberFormat.fixed(top + plotHeight / 2, 1))\" text-anchor=\"middle\" "
        svg += "transform=\"rotate(-90 16 \(NumberFormat.fixed(top + plotHeight / 2, 1)))\">\(SVGFormat.escaped(yLabel))</text>\n"

        // Polylines split at non-finite values.
        func polylines(_ points: [(x: Double, y: Double)], colour: String, width: String, dashed: Bool = false) {
            var segments: [[String]] = [[]]
            for p in points {
                if p.x.isFinite && p.y.isFinite && p.x <= xMax && p.y <= yMax {
                    segments[segments.count - 1].append("\(px(p.x)),\(py(p.y))")
                } else if !(segments.last?.isEmpty ?? true) {
                    segments.append([])
                }
            }
            for segment in segments where segment.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(width)\" "
                if dashed { svg += "stroke-dasharray=\"6 4\" " }
                svg += "points=\"\(segment.joined(separator: " "))\"/>\n"
            }
        }
        for overlay in overlays {
            polylines(overlay.points, colour: overlay.colour, width: "1.5", dashed: overlay.dashed)
            if let label = overlay.label,
                let end = overlay.points.last(where: { $0.x.isFinite && $0.y.isFinite && $0.x <= xMax && $0.y <= yMax })
            {
                svg += "<text x=\"\(px(end.x))\" y=\"\(py(end.y))\" dx=\"-4\" dy=\"-4\" text-anchor=\"end\" "
                svg += "fill=\"\(overlay.colour)\">\(SVGFormat.escaped(label))</text>\n"
            }
        }
        if style != .points {
            polylines(points, colour: style == .line ? "#1f77b4" : "#9ecae1", width: style == .line ? "2" : "1")
        }
        if style != .line {
            for p in finite {
                svg += "<circle cx=\"\(px(p.x))\" cy=\"\(py(p.y))\" r=\"3\" fill=\"#d62728\" fill-opacity=\"0.7\"/>\n"
            }
        }
        svg += "</svg>\n"
        return svg
    }
}

extension SimulationResult {
    /// Network space-mean speed (km/h) per output interval, plotted at the interval end (min).
    public func meanSpeedSVG(title: String = "Network mean speed") -> String {
        let points = networkSeries.map { (x: $0.end / 60, y: $0.meanSpeed * 3.6) }
        return SVGChart(title: title, xLabel: "time (min)", yLabel: "mean speed (km/h)").render(points, style: .line)
    }

    /// The macroscopic fundamental diagram: network density (veh/km) against flow (veh/h), one point per
    /// output interval, joined in time order.
    public func fundamentalDiagramSVG(title: String = "Macroscopic fundamental diagram") -> String {
        let points = networkSeries.map { (x: $0.density, y: $0.flow) }
        return SVGChart(title: title, xLabel: "network density (veh/km)", yLabel: "network flow (veh/h)")
            .render(points, style: .scatter)
    }
}
