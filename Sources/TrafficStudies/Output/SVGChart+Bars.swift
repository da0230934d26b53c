import GeoCore
import Support
import TrafficCore

extension SVGChart {
    static let seriesColours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]

    /// Grouped vertical bars: one group per category, one bar per series (legend at the top right).
    func renderBars(categories: [String], series: [(name: String, values: [Double])]) -> String {
        var chart = self
        chart.width = max(width, 120 + Double(categories.count * max(1, series.count)) * 14)
        let finite = series.flatMap(\.values).filter(\.isFinite)
        let (yMax, yStep) = Self.niceAxis(finite.max() ?? 1)
        let left = 70.0
        let top = 40.0
        let plotWidth = chart.width - left - 20
        let plotHeight = chart.height - top - 95
        func f(_ v: Double) -> String { NumberFormat.fixed(v, 1) }
        func py(_ y: Double) -> Double { top + plotHeight - min(max(y, 0), yMax) / yMax * plotHeight }
        var svg = Self.header(width: chart.width, height: chart.height, title: title)
        var tick = 0.0
        while tick <= yMax + yStep * 1e-9 {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(py(tick)))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(py(tick)))\" text-anchor=\"end\" dominant-baseline=\"middle\">"
            svg += NumberFormat.fixed(tick, yStep < 1 ? 1 : 0) + "</text>\n"
            tick += yStep
        }
        let groupWidth = plotWidth / Double(max(1, categories.count))
        let barWidth = groupWidth * 0.8 / Double(max(1, series.count))
        for (c, category) in categories.enumerated() {
            let x0 = left + Double(c) * groupWidth + groupWidth * 0.1
            for (s, entry) in series.enumerated() where c < entry.values.count && entry.values[c].isFinite {
                let y = py(entry.values[c])
                svg += "<rect x=\"\(f(x0 + Double(s) * barWidth))\" y=\"\(f(y))\" width=\"\(f(barWidth))\" "
                svg += "height=\"\(f(top + plotHeight - y))\" fill=\"\(Self.seriesColours[s % Self.seriesColours.count])\"/>\n"
            }
            let lx = x0 + groupWidth * 0.4
            let ly = top + plotHeight + 12
            svg += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" text-anchor=\"end\" font-size=\"10\" "
            svg += "transform=\"rotate(-45 \(f(lx)) \(f(ly)))\">\(SVGFormat.escaped(category))</text>\n"
        }
        for (s, entry) in series.enumerated() {
            let y = top + 4 + Double(s) * 16
            let x = left + plotWidth - 150
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"12\" height=\"12\" fill=\"\(Self.seriesColours[s % Self.seriesColours.count])\"/>"
            svg += "<text x=\"\(f(x + 18))\" y=\"\(f(y + 10))\">\(SVGFormat.escaped(entry.name))</text>\n"
        }
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg += "<text x=\"16\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" "
        svg += "transform=\"rotate(-90 16 \(f(top + plotHeight / 2)))\">\(SVGFormat.escaped(yLabel))</text>\n"
        return svg + "</svg>\n"
    }
}
