/// Map furniture drawn over the frame: north arrow (top right), scale bar (bottom left), legend (bottom right).
extension SVGMapRenderer {
    /// A split arrowhead under an "N", on a light backing so it reads over any content.
    static func northArrow(in frame: PixelRect) -> String {
        let n = SVGFormat.number
        let cx = frame.maxX - 28, top = frame.y + 8
        let tip = "\(n(cx, 1)),\(n(top + 22, 1))"
        let notch = "\(n(cx, 1)),\(n(top + 44, 1))"
        let left = "\(n(cx - 9, 1)),\(n(top + 52, 1))"
        let right = "\(n(cx + 9, 1)),\(n(top + 52, 1))"
        var out = "<g class=\"north-arrow\">"
        out += "<rect x=\"\(n(cx - 16, 1))\" y=\"\(n(top, 1))\" width=\"32\" height=\"58\" rx=\"3\""
        out += " fill=\"#ffffff\" fill-opacity=\"0.8\"/>"
        out += "<text x=\"\(n(cx, 1))\" y=\"\(n(top + 16, 1))\" font-size=\"14\" font-weight=\"bold\""
        out += " text-anchor=\"middle\" fill=\"#1a1a1a\">N</text>"
        out += "<polygon points=\"\(tip) \(left) \(notch)\" fill=\"#1a1a1a\"/>"
        out += "<polygon points=\"\(tip) \(notch) \(right)\" fill=\"#ffffff\" stroke=\"#1a1a1a\""
        out += " stroke-width=\"1\" stroke-linejoin=\"round\"/>"
        out += "</g>\n"
        return out
    }

    /// "200 m", "1 km", "2.5 km", "0.5 m".
    static func scaleLabel(meters: Double) -> String {
        meters >= 1000
            ? "\(SVGFormat.number(meters / 1000, decimals: 3)) km"
            : "\(SVGFormat.number(meters, decimals: 3)) m"
    }

    /// A bar of `niceScaleLength` metres in two halves, black and white, labelled at 0, half and full length.
    static func scaleBar(_ transform: MapTransform) -> String {
        let meters = niceScaleLength(forMapWidthMeters: transform.extent.width)
        let barWidth = meters * transform.scale
        guard meters > 0, barWidth.isFinite, barWidth > 0 else { return "" }
        let n = SVGFormat.number
        let frame = transform.frame
        let label = scaleLabel(meters: meters)
        let x0 = frame.x + 16, barY = frame.maxY - 18, half = barWidth / 2
        let backingWidth = barWidth + 10 + 6 + estimatedTextWidth(label, fontSize: 11) / 2

        var out = "<g class=\"scale-bar\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">"
        out += "<rect x=\"\(n(frame.x + 6, 1))\" y=\"\(n(barY - 20, 1))\" width=\"\(n(backingWidth, 1))\""
        out += " height=\"32\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>"
        for (i, fill) in ["#1a1a1a", "#ffffff"].enumerated() {
            out += "<rect x=\"\(n(x0 + Double(i) * half, 1))\" y=\"\(n(barY, 1))\" width=\"\(n(half, 1))\""
            out += " height=\"6\" fill=\"\(fill)\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>"
        }
        let ticks = [(0.0, "0"), (half, ""), (barWidth, label)]
        for (offset, text) in ticks where !text.isEmpty {
            out += "<text x=\"\(n(x0 + offset, 1))\" y=\"\(n(barY - 5, 1))\">\(SVGFormat.escaped(text))</text>"
        }
        out += "</g>\n"
        return out
    }

    /// A box listing each drawn layer with a swatch in its style; nothing when no layer is drawn.
    func legend(_ entries: [(offset: Int, element: MapLayer)], frame: PixelRect) -> String {
        guard !entries.isEmpty else { return "" }
        let n = SVGFormat.number
        let padding = 8.0, titleRow = 20.0, row = 20.0, swatchWidth = 24.0, swatchHeight = 14.0, gap = 8.0
        let fontSize = 12.0, titleFontSize = 13.0
        let longestName = entries.map { Self.estimatedTextWidth($0.element.name, fontSize: fontSize) }.max() ?? 0
        let contentWidth = Swift.max(
            Self.estimatedTextWidth(legendTitle, fontSize: titleFontSize) * 1.1, swatchWidth + gap + longestName)
        let boxWidth = Swift.min(contentWidth + 2 * padding, frame.width - 20)
        let boxHeight = 2 * padding + titleRow + Double(entries.count) * row
        let x = frame.maxX - 10 - boxWidth, y = frame.maxY - 10 - boxHeight

        var out = "<g class=\"legend\" font-size=\"\(n(fontSize, 1))\" fill=\"#1a1a1a\">\n"
        out += "<rect x=\"\(n(x, 1))\" y=\"\(n(y, 1))\" width=\"\(n(boxWidth, 1))\" height=\"\(n(boxHeight, 1))\""
        out += " rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"#888888\" stroke-width=\"0.75\"/>\n"
        out += "<text x=\"\(n(x + padding, 1))\" y=\"\(n(y + padding + 13, 1))\" font-size=\"\(n(titleFontSize, 1))\""
        out += " font-weight=\"bold\">\(SVGFormat.escaped(legendTitle))</text>\n"
        for (rowIndex, entry) in entries.enumerated() {
            let rowTop = y + padding + titleRow + Double(rowIndex) * row
            let swatch = PixelRect(
                x: x + padding, y: rowTop + (row - swatchHeight) / 2, width: swatchWidth, height: swatchHeight)
            out += Self.swatch(for: entry.element, index: entry.offset, in: swatch)
            out += "<text x=\"\(n(swatch.maxX + gap, 1))\" y=\"\(n(rowTop + row / 2, 1))\" dy=\"0.35em\">"
            out += "\(SVGFormat.escaped(entry.element.name))</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// The layer's symbol in miniature: a filled box for areas, a stroke for lines, a dot for points.
    static func swatch(for layer: MapLayer, index: Int, in box: PixelRect) -> String {
        let n = SVGFormat.number
        var style = layer.style
        // A 3 px outline would swamp a 24 × 14 box.
        style.strokeWidth = Swift.min(style.strokeWidth, 2.5)
        let symbol = layer.legendSymbol
        let paint = paintAttributes(style, index: index, fill: symbol == .point ? pointFill(style) : nil)
        let midY = n(box.y + box.height / 2, 1)
        switch symbol {
        case .area:
            return "<rect x=\"\(n(box.x, 1))\" y=\"\(n(box.y, 1))\" width=\"\(n(box.width, 1))\""
                + " height=\"\(n(box.height, 1))\"\(paint)/>\n"
        case .line:
            return "<line x1=\"\(n(box.x, 1))\" y1=\"\(midY)\" x2=\"\(n(box.maxX, 1))\" y2=\"\(midY)\"\(paint)/>\n"
        case .point:
            return "<circle cx=\"\(n(box.x + box.width / 2, 1))\" cy=\"\(midY)\" r=\"\(n(pointRadius, 1))\"\(paint)/>\n"
        }
    }
}
