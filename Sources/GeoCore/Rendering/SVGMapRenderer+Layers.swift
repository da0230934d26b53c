/// Layer content: geometries as SVG elements, hatch patterns and labels.
extension SVGMapRenderer {
    static let pointRadius = 4.0
    static let labelFontSize = 13.0

    static func hatchID(_ layerIndex: Int) -> String { "hatch-\(layerIndex)" }

    /// The fill attribute value for polygons of `style` on layer `index`.
    static func fillPaint(_ style: MapStyle, index: Int) -> String {
        style.hatch ? "url(#\(hatchID(index)))" : SVGFormat.escaped(style.fill ?? "none")
    }

    /// Point symbols are solid: the fill colour, else the stroke colour (escaped).
    static func pointFill(_ style: MapStyle) -> String {
        SVGFormat.escaped(style.fill ?? style.stroke ?? "#000000")
    }

    /// Presentation attributes shared by a layer's elements and its legend swatch (leading space included);
    /// `fill` replaces the style's fill paint (escaped already).
    static func paintAttributes(_ style: MapStyle, index: Int, fill: String? = nil) -> String {
        let n = SVGFormat.number
        var a = " fill=\"\(fill ?? fillPaint(style, index: index))\""
        // With a hatch the pattern carries the fill's opacity itself, so the lines stay crisp.
        if !style.hatch, style.fill != nil, style.fillOpacity != 1 {
            a += " fill-opacity=\"\(n(style.fillOpacity, 3))\""
        }
        a += " stroke=\"\(SVGFormat.escaped(style.stroke ?? "none"))\" stroke-width=\"\(n(style.strokeWidth, 2))\""
        a += " stroke-linejoin=\"round\""
        if let dashes = style.dashPattern, !dashes.isEmpty {
            a += " stroke-dasharray=\"\(dashes.map { n($0, 2) }.joined(separator: " "))\""
        } else {
            a += " stroke-linecap=\"round\""
        }
        return a
    }

    /// Diagonal lines in the stroke colour over the fill colour at the fill opacity, tiled in page space.
    static func hatchPattern(id: String, style: MapStyle) -> String {
        let n = SVGFormat.number
        let lineColor = SVGFormat.escaped(style.stroke ?? style.fill ?? "#000000")
        var out = "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\""
        out += " patternTransform=\"rotate(45)\">"
        if let fill = style.fill {
            out += "<rect width=\"8\" height=\"8\" fill=\"\(SVGFormat.escaped(fill))\""
            out += " fill-opacity=\"\(n(style.fillOpacity, 3))\"/>"
        }
        out += "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"\(lineColor)\" stroke-width=\"1.2\"/>"
        out += "</pattern>\n"
        return out
    }

    static func layerGroup(_ layer: MapLayer, index: Int, transform: MapTransform) -> String {
        var out = "<g id=\"layer-\(index)\" class=\"layer\"\(paintAttributes(layer.style, index: index))>\n"
        out += "<title>\(SVGFormat.escaped(layer.name))</title>\n"
        let pointFill = pointFill(layer.style)
        for item in layer.items {
            appendElements(of: item.geometry, pointFill: pointFill, transform: transform, to: &out)
        }
        out += "</g>\n"
        return out
    }

    /// Polygons become one `<path>` each (all rings as subpaths, even-odd so holes stay open), lines
    /// `<polyline>`, points `<circle>`.
    static func appendElements(
        of geometry: Geometry, pointFill: String, transform: MapTransform, to out: inout String
    ) {
        switch geometry {
        case .point(let p):
            out += circle(at: transform.project(p.coordinate), fill: pointFill)
        case .multiPoint(let m):
            for p in m.points { out += circle(at: transform.project(p.coordinate), fill: pointFill) }
        case .lineString(let l):
            out += polyline(l.coordinates, transform: transform)
        case .multiLineString(let m):
            for l in m.lineStrings { out += polyline(l.coordinates, transform: transform) }
        case .polygon(let p):
            out += path(rings: p.rings, transform: transform)
        case .multiPolygon(let m):
            out += path(rings: m.polygons.flatMap(\.rings), transform: transform)
        case .geometryCollection(let c):
            for g in c.geometries { appendElements(of: g, pointFill: pointFill, transform: transform, to: &out) }
        }
    }

    static func circle(at p: PixelPoint, fill: String) -> String {
        let n = SVGFormat.number
        return "<circle cx=\"\(n(p.x, 1))\" cy=\"\(n(p.y, 1))\" r=\"\(n(pointRadius, 1))\" fill=\"\(fill)\"/>\n"
    }

    static func polyline(_ coordinates: [Coordinate], transform: MapTransform) -> String {
        let vertices = pixelVertices(coordinates, transform: transform)
        guard !vertices.isEmpty else { return "" }
        return "<polyline fill=\"none\" points=\"\(vertices.map { "\($0.x),\($0.y)" }.joined(separator: " "))\"/>\n"
    }

    static func path(rings: [[Coordinate]], transform: MapTransform) -> String {
        var d = ""
        for ring in rings {
            var vertices = pixelVertices(ring, transform: transform)
            // The closing vertex repeats the first; `Z` closes the ring instead.
            if vertices.count > 1, let first = vertices.first, let last = vertices.last, first == last {
                vertices.removeLast()
            }
            guard let first = vertices.first else { continue }
            d += "M\(first.x) \(first.y)"
            for v in vertices.dropFirst() { d += "L\(v.x) \(v.y)" }
            d += "Z"
        }
        guard !d.isEmpty else { return "" }
        return "<path fill-rule=\"evenodd\" d=\"\(d)\"/>\n"
    }

    /// Projected vertices written to one decimal, with repeats left by the rounding removed.
    static func pixelVertices(_ coordinates: [Coordinate], transform: MapTransform) -> [(x: String, y: String)] {
        var out: [(x: String, y: String)] = []
        out.reserveCapacity(coordinates.count)
        for c in coordinates {
            let p = transform.project(c)
            let v = (x: SVGFormat.number(p.x, decimals: 1), y: SVGFormat.number(p.y, decimals: 1))
            if let last = out.last, last == v { continue }
            out.append(v)
        }
        return out
    }

    /// All labels, above every layer, dark text with a white halo (the stroke is painted under the fill).
    static func labels(_ layers: [MapLayer], transform: MapTransform) -> String {
        let n = SVGFormat.number
        let lineHeight = labelFontSize * 1.2
        var body = ""
        for layer in layers {
            for item in layer.items {
                guard let label = item.label, let anchor = item.resolvedLabelPosition else { continue }
                let lines = label.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                guard lines.contains(where: { !$0.isEmpty }) else { continue }
                var p = transform.project(anchor)
                if item.labelPosition == nil, item.geometry.rendersAsPoints {
                    // Put the text above the symbol rather than on top of it.
                    p.y -= pointRadius + 4 + Double(lines.count) * lineHeight / 2
                }
                let x = n(p.x, 1)
                if lines.count == 1 {
                    body += "<text x=\"\(x)\" y=\"\(n(p.y, 1))\" dy=\"0.35em\">\(SVGFormat.escaped(lines[0]))</text>\n"
                } else {
                    // Centre the block of lines on the anchor: first baseline half the block height up.
                    let firstDy = 0.35 - 0.6 * Double(lines.count - 1)
                    body += "<text x=\"\(x)\" y=\"\(n(p.y, 1))\">"
                    for (i, line) in lines.enumerated() {
                        let dy = i == 0 ? n(firstDy, 2) : "1.2"
                        body += "<tspan x=\"\(x)\" dy=\"\(dy)em\">\(SVGFormat.escaped(line))</tspan>"
                    }
                    body += "</text>\n"
                }
            }
        }
        guard !body.isEmpty else { return "" }
        var out = "<g class=\"labels\" font-size=\"\(n(labelFontSize, 1))\" text-anchor=\"middle\" fill=\"#1a1a1a\""
        out += " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n"
        out += body
        out += "</g>\n"
        return out
    }
}

extension Geometry {
    /// True for points and multipoints, whose labels go beside the symbol.
    fileprivate var rendersAsPoints: Bool {
        switch self {
        case .point, .multiPoint: true
        default: false
        }
    }
}
