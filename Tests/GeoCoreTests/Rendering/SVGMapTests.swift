import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GeoCore

/// The parcel check map: well-formed SVG, a projection that can be checked by hand, and stable bytes.
@Suite struct SVGMapTests {
    let renderer = SVGMapRenderer()

    // MARK: Fixtures

    func square(_ x: Double, _ y: Double, _ size: Double) -> Geometry {
        .polygon(Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size).polygon)
    }

    /// 100 m × 60 m parcel with a 20 m × 20 m courtyard hole.
    var parcelWithHole: Geometry {
        .polygon(Polygon(
            exterior: [
                Coordinate(500_000, 5_400_000), Coordinate(500_100, 5_400_000), Coordinate(500_100, 5_400_060),
                Coordinate(500_000, 5_400_060), Coordinate(500_000, 5_400_000),
            ],
            holes: [[
                Coordinate(500_040, 5_400_020), Coordinate(500_040, 5_400_040), Coordinate(500_060, 5_400_040),
                Coordinate(500_060, 5_400_020), Coordinate(500_040, 5_400_020),
            ]]))
    }

    var sampleLayers: [MapLayer] {
        [
            MapLayer(name: "Nachbarflurstücke", style: .context, geometries: [square(499_900, 5_399_900, 100)]),
            MapLayer(name: "Wasserschutzgebiet Zone III", style: .zone("#2b8cbe"), items: [
                MapItem(square(500_050, 5_399_950, 150), label: "WSG Zone III\nVO vom 12.03.1998"),
            ]),
            MapLayer(name: "Gewässer", style: .water, items: [
                MapItem(.lineString(LineString([Coordinate(499_950, 5_400_080), Coordinate(500_200, 5_400_090)])),
                        label: "Mühlbach"),
            ]),
            MapLayer(name: "Brunnen", style: MapStyle(fill: "#08519c", stroke: "#ffffff"), items: [
                MapItem(.point(Point(x: 500_120, y: 5_400_010)), label: "Br. 3"),
            ]),
            MapLayer(name: "Flurstück 123/4", style: .parcel, items: [
                MapItem(parcelWithHole, label: "123/4", labelPosition: Coordinate(500_020, 5_400_050)),
            ]),
        ]
    }

    // MARK: XML reading

    struct Element {
        var name: String
        var attributes: [String: String]
        /// `id` or `class` of each enclosing element, outermost first.
        var ancestors: [String]
        var text = ""
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let ancestors = open.map { elements[$0].attributes["id"] ?? elements[$0].attributes["class"] ?? "" }
            elements.append(Element(name: name, attributes: attributes, ancestors: ancestors))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in open { elements[index].text += string }
        }
    }

    /// The elements of `svg`, or `nil` if it is not well-formed XML.
    func parse(_ svg: String) -> [Element]? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            Issue.record("XML parse error: \(String(describing: parser.parserError))")
            return nil
        }
        return collector.elements
    }

    /// The x/y pairs of an SVG path `d` written with only M, L and Z.
    func pathPoints(_ d: String) -> [PixelPoint] {
        let numbers = d.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { PixelPoint(x: numbers[$0], y: numbers[$0 + 1]) }
    }

    // MARK: Tests

    @Test func outputIsWellFormedXML() throws {
        let svg = renderer.render(
            layers: sampleLayers, title: "Flurstücksprüfung 123/4", subtitle: "Gemarkung Süd · Stand 2024-05-01")
        let elements = try #require(parse(svg))
        #expect(elements.first?.name == "svg")
        #expect(elements.first?.attributes["viewBox"] == "0 0 900 700")
        #expect(elements.contains { $0.name == "clipPath" && $0.attributes["id"] == "map-clip" })
        #expect(elements.contains { $0.name == "g" && $0.attributes["clip-path"] == "url(#map-clip)" })
        #expect(elements.contains { $0.name == "polyline" })
        #expect(elements.contains { $0.name == "circle" && $0.ancestors.contains("layer-3") })
        #expect(elements.contains { $0.name == "pattern" && $0.attributes["id"] == "hatch-1" })
        #expect(elements.contains { $0.name == "text" && $0.text == "Flurstücksprüfung 123/4" })
        #expect(elements.contains { $0.attributes["class"] == "north-arrow" })
        #expect(elements.contains { $0.attributes["class"] == "scale-bar" })
        #expect(elements.contains { $0.name == "text" && $0.text == "EPSG:25832" })
    }

    @Test func parcelIsAnEvenOddPath() throws {
        let elements = try #require(parse(renderer.render(layers: sampleLayers)))
        let parcelPaths = elements.filter { $0.name == "path" && $0.ancestors.contains("layer-4") }
        #expect(parcelPaths.count == 1)
        #expect(parcelPaths.first?.attributes["fill-rule"] == "evenodd")
        let group = try #require(elements.first { $0.attributes["id"] == "layer-4" })
        #expect(group.attributes["stroke"] == "#d7191c")
        #expect(group.attributes["fill"] == "none")
    }

    @Test func polygonWithHoleHasTwoSubpaths() throws {
        let layers = [MapLayer(name: "Parcel", style: .parcel, geometries: [parcelWithHole])]
        let elements = try #require(parse(renderer.render(layers: layers)))
        let d = try #require(elements.first { $0.name == "path" }?.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 2)
        #expect(d.filter { $0 == "Z" }.count == 2)
        // Closing vertices are left to `Z`: 4 + 4 vertices, one M and three L per ring.
        #expect(d.filter { $0 == "L" }.count == 6)
    }

    @Test func extentCornersMapToFrameCorners() {
        let frame = renderer.frame(title: nil, subtitle: nil)
        // 20 px margins and a 22 px footer: 860 × 638 px.
        #expect(frame == PixelRect(x: 20, y: 20, width: 860, height: 638))
        // An extent of the frame's shape at 2 m per pixel.
        let extent = Envelope(minX: 1000, minY: 4000, maxX: 1000 + 1720, maxY: 4000 + 1276)
        let t = renderer.mapTransform(layers: [], extent: extent, title: nil, subtitle: nil)
        #expect(t.scale == 0.5)
        #expect(t.extent == extent)
        let topLeft = t.project(Coordinate(extent.minX, extent.maxY))
        let bottomRight = t.project(Coordinate(extent.maxX, extent.minY))
        #expect(abs(topLeft.x - 20) < 1e-9 && abs(topLeft.y - 20) < 1e-9)
        #expect(abs(bottomRight.x - 880) < 1e-9 && abs(bottomRight.y - 658) < 1e-9)
        // North up: a point further north is higher on the page.
        #expect(t.project(Coordinate(1500, 5000)).y < t.project(Coordinate(1500, 4500)).y)
    }

    @Test func otherShapedExtentIsWidenedAboutItsCentre() {
        let frame = PixelRect(x: 0, y: 0, width: 400, height: 200)
        // A square 100 m extent in a 2:1 frame: height decides (2 px/m), width grows to 200 m.
        let t = MapTransform(fitting: Envelope(minX: 0, minY: 0, maxX: 100, maxY: 100), into: frame)
        #expect(t.scale == 2)
        #expect(t.extent == Envelope(minX: -50, minY: 0, maxX: 150, maxY: 100))
        #expect(t.project(Coordinate(-50, 100)) == PixelPoint(x: 0, y: 0))
        #expect(t.project(Coordinate(150, 0)) == PixelPoint(x: 400, y: 200))
        #expect(t.project(Coordinate(50, 50)) == PixelPoint(x: 200, y: 100))
    }

    @Test func aspectRatioIsKept() throws {
        // A 100 m square in a wide, flat extent must still come out square.
        let layers = [MapLayer(name: "Square", style: .parcel, geometries: [square(0, 0, 100)])]
        let svg = renderer.render(layers: layers, extent: Envelope(minX: -900, minY: -20, maxX: 1000, maxY: 120))
        let elements = try #require(parse(svg))
        let d = try #require(elements.first { $0.name == "path" }?.attributes["d"])
        let points = pathPoints(d)
        #expect(points.count == 4)
        let xs = points.map(\.x), ys = points.map(\.y)
        let w = try #require(xs.max()) - xs.min()!
        let h = try #require(ys.max()) - ys.min()!
        #expect(w > 10)
        #expect(abs(w - h) <= 0.2)
    }

    @Test func textIsEscaped() throws {
        let layers = [
            MapLayer(name: "Zone \"A\" & 'B'", style: .zone("#e6550d"), items: [
                MapItem(square(0, 0, 50), label: "A&B <x>"),
            ]),
        ]
        let svg = renderer.render(layers: layers, title: "Prüfung <Entwurf>")
        #expect(svg.contains("A&amp;B &lt;x&gt;"))
        #expect(!svg.contains("A&B"))
        #expect(svg.contains("Zone &quot;A&quot; &amp; &apos;B&apos;"))
        #expect(svg.contains("Prüfung &lt;Entwurf&gt;"))
        let elements = try #require(parse(svg))
        #expect(elements.contains { $0.name == "text" && $0.text == "A&B <x>" })
        #expect(SVGFormat.escaped("a\u{1}b\u{7}c") == "abc")
    }

    @Test func niceScaleLengths() {
        // A fifth of the width, then the nearest of 1, 2, 5, 10 × 10ⁿ:
        // 1000 m → 200 → 200 m; 12 000 m → 2400 (between 2000 and 5000) → 2000 m;
        // 4900 m → 980 (between 500 and 1000) → 1000 m; 3.5 m → 0.7 (between 0.5 and 1) → 0.5 m.
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: 1000) == 200)
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: 12_000) == 2000)
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: 4900) == 1000)
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: 3.5) == 0.5)
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: 0) == 0)
        #expect(SVGMapRenderer.niceScaleLength(forMapWidthMeters: .nan) == 0)
        #expect(SVGMapRenderer.scaleLabel(meters: 200) == "200 m")
        #expect(SVGMapRenderer.scaleLabel(meters: 1000) == "1 km")
        #expect(SVGMapRenderer.scaleLabel(meters: 2000) == "2 km")
        #expect(SVGMapRenderer.scaleLabel(meters: 0.5) == "0.5 m")
    }

    @Test func scaleBarMatchesTheMapScale() throws {
        // 1000 m across 860 px: a 200 m bar, 172 px long, drawn as two 86 px halves.
        let extent = Envelope(minX: 0, minY: 0, maxX: 1000, maxY: 1000 * 638 / 860)
        let elements = try #require(parse(renderer.render(layers: [], extent: extent)))
        let bar = elements.filter { $0.ancestors.contains("scale-bar") }
        #expect(bar.contains { $0.name == "text" && $0.text == "200 m" })
        let halves = bar.filter { $0.name == "rect" && $0.attributes["height"] == "6" }
        #expect(halves.map { $0.attributes["width"] } == ["86", "86"])
    }

    @Test func legendListsEachLayer() throws {
        let layers = sampleLayers
        let elements = try #require(parse(renderer.render(layers: layers)))
        let legendTexts = elements.filter { $0.name == "text" && $0.ancestors.contains("legend") }.map(\.text)
        #expect(legendTexts == ["Legend"] + layers.map(\.name))
        let german = SVGMapRenderer(legendTitle: "Legende")
        #expect(german.render(layers: layers).contains(">Legende</text>"))
    }

    @Test func outputIsDeterministic() {
        let a = renderer.render(layers: sampleLayers, title: "T", subtitle: "S")
        let b = renderer.render(layers: sampleLayers, title: "T", subtitle: "S")
        #expect(a == b)
    }

    @Test func emptyLayersAreSkipped() throws {
        let layers = [
            MapLayer(name: "Keine Treffer", style: .zone("#31a354")),
            MapLayer(name: "Leere Linie", style: .water, geometries: [.lineString(LineString([]))]),
            MapLayer(name: "Flurstück", style: .parcel, geometries: [square(0, 0, 10)]),
        ]
        let elements = try #require(parse(renderer.render(layers: layers)))
        let legendTexts = elements.filter { $0.name == "text" && $0.ancestors.contains("legend") }.map(\.text)
        #expect(legendTexts == ["Legend", "Flurstück"])
        #expect(elements.filter { $0.attributes["class"] == "layer" }.map { $0.attributes["id"] } == ["layer-2"])

        // Nothing at all to draw: a frame, no legend, no crash.
        let blank = try #require(parse(renderer.render(layers: [MapLayer(name: "Leer", style: .parcel)])))
        #expect(!blank.contains { $0.attributes["class"] == "legend" })
        #expect(!blank.contains { $0.attributes["class"] == "layer" })
    }

    @Test func defaultExtentAddsTenPercent() {
        // 100 × 50 m of content → 10 m (10 % of the longer side) on each side.
        let layers = [MapLayer(name: "P", style: .parcel, geometries: [.polygon(
            Envelope(minX: 0, minY: 0, maxX: 100, maxY: 50).polygon)])]
        #expect(SVGMapRenderer.defaultExtent(of: layers) == Envelope(minX: -10, minY: -10, maxX: 110, maxY: 60))
        // A lone point gets a fixed neighbourhood instead of a zero-size map.
        let point = [MapLayer(name: "B", style: .parcel, geometries: [.point(Point(x: 5, y: 5))])]
        let t = renderer.mapTransform(layers: point, extent: nil, title: nil, subtitle: nil)
        #expect(t.scale.isFinite && t.scale > 0)
        #expect(t.extent.minX < 5 && t.extent.maxX > 5)
    }

    @Test func numbersAreShortAndStable() {
        #expect(SVGFormat.number(12.25) == "12.3")
        #expect(SVGFormat.number(5.0) == "5")
        #expect(SVGFormat.number(-0.04) == "0")
        #expect(SVGFormat.number(-3.14159, decimals: 2) == "-3.14")
        #expect(SVGFormat.number(0.05, decimals: 2) == "0.05")
        #expect(SVGFormat.number(.infinity) == "0")
    }
}
