/// A named group of map items painted in one style; the name is the legend text.
public struct MapLayer: Sendable, Hashable {
    public var name: String
    public var style: MapStyle
    public var items: [MapItem]

    public init(name: String, style: MapStyle, items: [MapItem] = []) {
        self.name = name
        self.style = style
        self.items = items
    }

    /// A layer of unlabelled geometries.
    public init(name: String, style: MapStyle, geometries: [Geometry]) {
        self.init(name: name, style: style, items: geometries.map { MapItem($0) })
    }

    /// True when nothing on the layer would be drawn; such layers get no legend entry.
    public var isEmpty: Bool { items.allSatisfy { $0.geometry.isEmpty } }

    /// The legend symbol that fits the layer's content: an area if it holds any polygon, else a line, else a point.
    var legendSymbol: LegendSymbol {
        var hasLines = false
        for item in items {
            switch item.geometry.mapDimension {
            case 2: return .area
            case 1: hasLines = true
            default: break
            }
        }
        return hasLines ? .line : .point
    }

    enum LegendSymbol { case area, line, point }
}

fileprivate extension Geometry {
    /// Highest topological dimension present among non-empty parts: 0 points, 1 lines, 2 areas, −1 empty.
    var mapDimension: Int {
        switch self {
        case .point: 0
        case .multiPoint(let m): m.points.isEmpty ? -1 : 0
        case .lineString(let l): l.coordinates.isEmpty ? -1 : 1
        case .multiLineString(let m): m.lineStrings.contains { !$0.coordinates.isEmpty } ? 1 : -1
        case .polygon(let p): p.exterior.isEmpty ? -1 : 2
        case .multiPolygon(let m): m.polygons.contains { !$0.exterior.isEmpty } ? 2 : -1
        case .geometryCollection(let c): c.geometries.map(\.mapDimension).max() ?? -1
        }
    }
}
