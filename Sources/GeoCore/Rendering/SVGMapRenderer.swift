import Foundation

/// Writes a self-contained SVG map for a file note: the layers in order (first at the bottom), their labels,
/// a legend, a scale bar, a north arrow, an optional title and the CRS name.
///
/// Map units are taken to be metres (a projected CRS such as EPSG:25832); the scale bar is only right then.
/// The map keeps its proportions — one map unit is the same number of pixels across and down — and north is
/// up. Output is deterministic: the same input gives the same bytes.
public struct SVGMapRenderer: Sendable {
    /// Picture size in pixels.
    public var width: Double
    public var height: Double
    /// Blank border around everything, in pixels.
    public var margin: Double
    /// Heading of the legend box.
    public var legendTitle: String

    public init(width: Double = 900, height: Double = 700, margin: Double = 20, legendTitle: String = "Legend") {
        self.width = width
        self.height = height
        self.margin = margin
        self.legendTitle = legendTitle
    }

    /// The SVG document.
    /// - Parameters:
    ///   - layers: drawn in order, so the first is at the bottom; layers with nothing to draw are skipped and
    ///     left out of the legend.
    ///   - extent: area to show, in map units; `nil` shows every geometry with 10 % room on each side. It is
    ///     widened along its short side to the frame's aspect ratio.
    ///   - crsLabel: written under the map.
    public func render(
        layers: [MapLayer], extent: Envelope? = nil, title: String? = nil, subtitle: String? = nil,
        crsLabel: String = "EPSG:25832"
    ) -> String {
        let transform = mapTransform(layers: layers, extent: extent, title: title, subtitle: subtitle)
        let frame = transform.frame
        let drawn = layers.enumerated().filter { !$0.element.isEmpty }
        let n = SVGFormat.number

        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width, 1))\" height=\"\(n(height, 1))\""
        svg += " viewBox=\"0 0 \(n(width, 1)) \(n(height, 1))\" font-family=\"\(Self.fontFamily)\">\n"
        if let title { svg += "<title>\(SVGFormat.escaped(title))</title>\n" }

        svg += "<defs>\n<clipPath id=\"map-clip\">\(Self.rect(frame))</clipPath>\n"
        for (index, layer) in drawn where layer.style.hatch {
            svg += Self.hatchPattern(id: Self.hatchID(index), style: layer.style)
        }
        svg += "</defs>\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        svg += header(title: title, subtitle: subtitle)

        svg += "<g clip-path=\"url(#map-clip)\">\n"
        for (index, layer) in drawn {
            svg += Self.layerGroup(layer, index: index, transform: transform)
        }
        svg += Self.labels(drawn.map(\.element), transform: transform)
        svg += "</g>\n"

        svg += "<rect x=\"\(n(frame.x, 1))\" y=\"\(n(frame.y, 1))\" width=\"\(n(frame.width, 1))\""
        svg += " height=\"\(n(frame.height, 1))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>\n"
        svg += Self.northArrow(in: frame)
        svg += Self.scaleBar(transform)
        svg += legend(drawn, frame: frame)
        svg += "<text x=\"\(n(frame.x, 1))\" y=\"\(n(frame.maxY + Layout.footerBaseline, 1))\" font-size=\"11\""
        svg += " fill=\"#555555\">\(SVGFormat.escaped(crsLabel))</text>\n"
        svg += "</svg>\n"
        return svg
    }

    /// A scale-bar length of 1, 2 or 5 × 10ⁿ metres, the one nearest a fifth of `width` (the smaller on a tie);
    /// 0 when `width` is not a positive finite number.
    ///
    /// 1000 m → a fifth is 200 → 200 m. 12 000 m → 2400, between 2000 and 5000 → 2000 m.
    public static func niceScaleLength(forMapWidthMeters width: Double) -> Double {
        guard width.isFinite, width > 0 else { return 0 }
        let target = width / 5
        let base = pow(10, log10(target).rounded(.down))
        let candidates = [1.0, 2, 5, 10].map { $0 * base }
        return candidates.min { abs($0 - target) < abs($1 - target) } ?? base
    }

    // MARK: Layout

    enum Layout {
        static let titleBlock = 28.0
        static let subtitleBlock = 20.0
        static let headerGap = 6.0
        static let footer = 22.0
        static let footerBaseline = 15.0
    }

    static let fontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif"

    /// The map frame in pixels: the picture less margins, header (title, subtitle) and footer (CRS line).
    func frame(title: String?, subtitle: String?) -> PixelRect {
        var header = 0.0
        if title != nil { header += Layout.titleBlock }
        if subtitle != nil { header += Layout.subtitleBlock }
        if header > 0 { header += Layout.headerGap }
        return PixelRect(
            x: margin, y: margin + header,
            width: Swift.max(1, width - 2 * margin),
            height: Swift.max(1, height - 2 * margin - header - Layout.footer))
    }

    /// The transform `render` uses for these arguments.
    func mapTransform(layers: [MapLayer], extent: Envelope?, title: String?, subtitle: String?) -> MapTransform {
        let shown = extent ?? Self.defaultExtent(of: layers) ?? Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)
        return MapTransform(fitting: shown, into: frame(title: title, subtitle: subtitle))
    }

    /// The envelope of every geometry, grown on each side by 10 % of its longer side; `nil` with no geometry.
    static func defaultExtent(of layers: [MapLayer]) -> Envelope? {
        var union: Envelope?
        for layer in layers {
            for item in layer.items {
                guard let e = item.geometry.envelope else { continue }
                if union == nil { union = e } else { union!.expand(toInclude: e) }
            }
        }
        guard let union else { return nil }
        return union.expanded(by: Swift.max(union.width, union.height) * 0.1)
    }

    func header(title: String?, subtitle: String?) -> String {
        var out = ""
        var y = margin
        if let title {
            out += "<text x=\"\(SVGFormat.number(margin))\" y=\"\(SVGFormat.number(y + 20))\" font-size=\"20\""
            out += " font-weight=\"bold\" fill=\"#1a1a1a\">\(SVGFormat.escaped(title))</text>\n"
            y += Layout.titleBlock
        }
        if let subtitle {
            out += "<text x=\"\(SVGFormat.number(margin))\" y=\"\(SVGFormat.number(y + 14))\" font-size=\"13\""
            out += " fill=\"#444444\">\(SVGFormat.escaped(subtitle))</text>\n"
        }
        return out
    }

    static func rect(_ r: PixelRect) -> String {
        let n = SVGFormat.number
        return "<rect x=\"\(n(r.x, 1))\" y=\"\(n(r.y, 1))\" width=\"\(n(r.width, 1))\" height=\"\(n(r.height, 1))\"/>"
    }

    /// Rough text width for laying out boxes: 0.6 em per character (DejaVu Sans averages a little less).
    static func estimatedTextWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
