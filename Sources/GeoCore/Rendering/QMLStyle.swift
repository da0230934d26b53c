import Support

/// A QGIS 3 layer style (QML) that colours features by one attribute: categories of its values or ranges of
/// a number, each with a simple symbol. The text goes into a GeoPackage as the layer's default style
/// (`QGISLayerStyle`, `VectorWriter.setDefaultStyle`) or into a `.qml` file.
///
/// Only what QGIS needs to draw the layer is written: `<qgis>` with a `categorizedSymbol` or `graduatedSymbol`
/// `<renderer-v2>`, its categories or ranges and one symbol each, and `<layerGeometryType>`. Symbol-layer
/// properties are written twice, as `<Option type="Map">` (read by QGIS 3.16 and later) and as the older
/// `<prop k v>` (read by every QGIS 3), as QGIS itself did during the change — see
/// `QgsSymbolLayerUtils::loadSymbolLayer`/`parseProperties` in qgis/QGIS `src/core/symbology/qgssymbollayerutils.cpp`.
/// Symbols with a higher `level` are drawn on top (`symbollevels="1"`, the symbol layer's `pass`).
public struct QMLStyle: Sendable, Hashable {
    /// The kind of symbol, after the layer's geometry type.
    public enum SymbolKind: String, Sendable, Hashable {
        case marker, line, fill

        /// QGIS's `QgsWkbTypes::GeometryType`: 0 point, 1 line, 2 polygon.
        var geometryTypeCode: Int {
            switch self {
            case .marker: 0
            case .line: 1
            case .fill: 2
            }
        }
    }

    /// A one-layer symbol: a simple line, a filled polygon with a dark outline, or a circle.
    public struct Symbol: Sendable, Hashable {
        /// `#rrggbb`.
        public var colour: String
        /// Millimetres: the line width, the outline width of a fill, the diameter of a marker.
        public var width: Double
        /// Drawing order: symbols of a higher level are drawn after (on top of) lower ones.
        public var level: Int

        public init(colour: String, width: Double, level: Int = 0) {
            self.colour = colour
            self.width = width
            self.level = level
        }
    }

    /// Features whose attribute equals `value` (compared as text).
    public struct Category: Sendable, Hashable {
        public var value: String
        public var label: String
        public var symbol: Symbol

        public init(value: String, label: String? = nil, symbol: Symbol) {
            self.value = value
            self.label = label ?? value
            self.symbol = symbol
        }
    }

    /// Features whose attribute lies in `lower...upper` (QGIS: the first range includes its lower bound, the
    /// others only their upper one).
    public struct Range: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var label: String
        public var symbol: Symbol

        public init(lower: Double, upper: Double, label: String, symbol: Symbol) {
            self.lower = lower
            self.upper = upper
            self.label = label
            self.symbol = symbol
        }
    }

    public enum Renderer: Sendable, Hashable {
        case categorized(attribute: String, categories: [Category])
        case graduated(attribute: String, ranges: [Range])
    }

    public var kind: SymbolKind
    public var renderer: Renderer

    public init(kind: SymbolKind, renderer: Renderer) {
        self.kind = kind
        self.renderer = renderer
    }

    /// The QGIS release the document says it was written for (the format of QGIS 3.28 LTR).
    public static let qgisVersion = "3.28.0-Firenze"

    /// The attribute the style classifies by.
    public var attribute: String {
        switch renderer {
        case .categorized(let attribute, _), .graduated(let attribute, _): attribute
        }
    }

    /// The QML document.
    public var document: String {
        let e = SVGFormat.escaped
        let symbols: [Symbol]
        var xml = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        xml += "<qgis version=\"\(Self.qgisVersion)\" styleCategories=\"Symbology\">\n"
        switch renderer {
        case .categorized(let attribute, let categories):
            symbols = categories.map(\.symbol)
            xml += rendererStart(type: "categorizedSymbol", attribute: attribute, symbols: symbols) + ">\n"
            xml += "    <categories>\n"
            for (index, category) in categories.enumerated() {
                xml += "      <category value=\"\(e(category.value))\" label=\"\(e(category.label))\" "
                xml += "symbol=\"\(index)\" render=\"true\" type=\"string\"/>\n"
            }
            xml += "    </categories>\n"
        case .graduated(let attribute, let ranges):
            symbols = ranges.map(\.symbol)
            xml += rendererStart(type: "graduatedSymbol", attribute: attribute, symbols: symbols)
            xml += " graduatedMethod=\"GraduatedColor\">\n"
            xml += "    <ranges>\n"
            for (index, range) in ranges.enumerated() {
                xml += "      <range lower=\"\(NumberFormat.fixed(range.lower, 6))\" "
                xml += "upper=\"\(NumberFormat.fixed(range.upper, 6))\" label=\"\(e(range.label))\" "
                xml += "symbol=\"\(index)\" render=\"true\"/>\n"
            }
            xml += "    </ranges>\n"
        }
        xml += "    <symbols>\n"
        for (index, symbol) in symbols.enumerated() {
            xml += symbolElement(symbol, name: String(index))
        }
        xml += "    </symbols>\n"
        xml += "  </renderer-v2>\n"
        xml += "  <layerGeometryType>\(kind.geometryTypeCode)</layerGeometryType>\n"
        xml += "</qgis>\n"
        return xml
    }

    private func rendererStart(type: String, attribute: String, symbols: [Symbol]) -> String {
        let levels = symbols.contains { $0.level != 0 } ? 1 : 0
        return "  <renderer-v2 type=\"\(type)\" attr=\"\(SVGFormat.escaped(attribute))\" symbollevels=\"\(levels)\" "
            + "enableorderby=\"0\" forceraster=\"0\""
    }

    private func symbolElement(_ symbol: Symbol, name: String) -> String {
        let colour = Self.qgisColour(symbol.colour)
        let width = NumberFormat.trimmed(symbol.width, 3)
        let (layerClass, properties): (String, [(String, String)]) =
            switch kind {
            case .line:
                (
                    "SimpleLine",
                    [
                        ("capstyle", "round"), ("joinstyle", "round"), ("line_color", colour), ("line_style", "solid"),
                        ("line_width", width), ("line_width_unit", "MM"),
                    ]
                )
            case .fill:
                (
                    "SimpleFill",
                    [
                        ("color", colour), ("outline_color", "35,35,35,255"), ("outline_style", "solid"),
                        ("outline_width", width), ("outline_width_unit", "MM"), ("style", "solid"),
                    ]
                )
            case .marker:
                (
                    "SimpleMarker",
                    [
                        ("color", colour), ("name", "circle"), ("outline_color", "35,35,35,255"),
                        ("outline_style", "solid"), ("outline_width", "0.2"), ("size", width), ("size_unit", "MM"),
                    ]
                )
            }
        var xml =
            "      <symbol type=\"\(kind.rawValue)\" name=\"\(name)\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
        xml += "        <layer class=\"\(layerClass)\" enabled=\"1\" locked=\"0\" pass=\"\(symbol.level)\">\n"
        xml += "          <Option type=\"Map\">\n"
        for (key, value) in properties {
            xml += "            <Option name=\"\(key)\" type=\"QString\" value=\"\(value)\"/>\n"
        }
        xml += "          </Option>\n"
        for (key, value) in properties {
            xml += "          <prop k=\"\(key)\" v=\"\(value)\"/>\n"
        }
        xml += "        </layer>\n"
        xml += "      </symbol>\n"
        return xml
    }

    /// `#rrggbb` as QGIS writes colours, `"r,g,b,255"`; anything else as mid grey.
    static func qgisColour(_ hex: String) -> String {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : hex[...]
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return "128,128,128,255" }
        return "\(value >> 16 & 0xFF),\(value >> 8 & 0xFF),\(value & 0xFF),255"
    }
}
