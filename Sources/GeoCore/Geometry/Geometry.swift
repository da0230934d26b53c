/// A 2-D geometry value of the OGC simple-features model.
///
/// Values hold no native pointers and are `Sendable`: pass them between tasks freely, and convert them to a
/// `GeometryHandle` (GEOS) inside the task that computes with them. Z and M ordinates are dropped on input.
/// An empty point has no value form of its own; `POINT EMPTY` reads as an empty `MultiPoint`.
public enum Geometry: Sendable, Hashable {
    case point(Point)
    case lineString(LineString)
    case polygon(Polygon)
    case multiPoint(MultiPoint)
    case multiLineString(MultiLineString)
    case multiPolygon(MultiPolygon)
    case geometryCollection(GeometryCollection)

    /// OGC type name, as in WKT (`"Polygon"`, `"MultiPolygon"`, …).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    public var isEmpty: Bool {
        switch self {
        case .point: false
        case .lineString(let l): l.coordinates.isEmpty
        case .polygon(let p): p.exterior.isEmpty
        case .multiPoint(let m): m.points.isEmpty
        case .multiLineString(let m): m.lineStrings.allSatisfy { $0.coordinates.isEmpty }
        case .multiPolygon(let m): m.polygons.allSatisfy { $0.exterior.isEmpty }
        case .geometryCollection(let c): c.geometries.allSatisfy(\.isEmpty)
        }
    }

    /// Every vertex, in storage order.
    public var coordinates: [Coordinate] {
        switch self {
        case .point(let p): [p.coordinate]
        case .lineString(let l): l.coordinates
        case .polygon(let p): p.rings.flatMap { $0 }
        case .multiPoint(let m): m.points.map(\.coordinate)
        case .multiLineString(let m): m.lineStrings.flatMap(\.coordinates)
        case .multiPolygon(let m): m.polygons.flatMap { $0.rings.flatMap { $0 } }
        case .geometryCollection(let c): c.geometries.flatMap(\.coordinates)
        }
    }

    /// The bounding box of all vertices, or `nil` for an empty geometry.
    public var envelope: Envelope? { Envelope(covering: coordinates) }

    /// The index (in `coordinates` order) and value of the first vertex with a NaN or infinite ordinate, `nil`
    /// when every vertex is finite. GEOS does not refuse such vertices (WKT `nan`, `inf`) and measures around
    /// them, so an area from such a geometry is not the area of the shape given.
    public var firstNonFiniteCoordinate: (index: Int, coordinate: Coordinate)? {
        for (i, c) in coordinates.enumerated() where !c.x.isFinite || !c.y.isFinite { return (i, c) }
        return nil
    }

    /// True for polygons and multipolygons (the geometries that have an area).
    public var isPolygonal: Bool {
        switch self {
        case .polygon, .multiPolygon: true
        default: false
        }
    }

    /// This geometry with `transform` applied to every vertex; structure is kept.
    public func mapCoordinates(_ transform: (Coordinate) throws -> Coordinate) rethrows -> Geometry {
        switch self {
        case .point(let p): return .point(Point(try transform(p.coordinate)))
        case .lineString(let l): return .lineString(LineString(try l.coordinates.map(transform)))
        case .polygon(let p): return .polygon(try p.mapCoordinates(transform))
        case .multiPoint(let m): return .multiPoint(MultiPoint(try m.points.map { Point(try transform($0.coordinate)) }))
        case .multiLineString(let m):
            return .multiLineString(MultiLineString(try m.lineStrings.map { LineString(try $0.coordinates.map(transform)) }))
        case .multiPolygon(let m): return .multiPolygon(MultiPolygon(try m.polygons.map { try $0.mapCoordinates(transform) }))
        case .geometryCollection(let c):
            return .geometryCollection(GeometryCollection(try c.geometries.map { try $0.mapCoordinates(transform) }))
        }
    }
}

public struct Point: Sendable, Hashable {
    public var coordinate: Coordinate
    public init(_ coordinate: Coordinate) { self.coordinate = coordinate }
    public init(x: Double, y: Double) { self.coordinate = Coordinate(x, y) }
    public var x: Double { coordinate.x }
    public var y: Double { coordinate.y }
}

public struct LineString: Sendable, Hashable {
    public var coordinates: [Coordinate]
    public init(_ coordinates: [Coordinate]) { self.coordinates = coordinates }
}

/// A polygon: one exterior ring and any number of holes, each ring closed (first vertex repeated last).
public struct Polygon: Sendable, Hashable {
    public var exterior: [Coordinate]
    public var holes: [[Coordinate]]

    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// Exterior ring first, then the holes.
    public var rings: [[Coordinate]] { [exterior] + holes }

    func mapCoordinates(_ transform: (Coordinate) throws -> Coordinate) rethrows -> Polygon {
        Polygon(exterior: try exterior.map(transform), holes: try holes.map { try $0.map(transform) })
    }
}

public struct MultiPoint: Sendable, Hashable {
    public var points: [Point]
    public init(_ points: [Point]) { self.points = points }
}

public struct MultiLineString: Sendable, Hashable {
    public var lineStrings: [LineString]
    public init(_ lineStrings: [LineString]) { self.lineStrings = lineStrings }
}

public struct MultiPolygon: Sendable, Hashable {
    public var polygons: [Polygon]
    public init(_ polygons: [Polygon]) { self.polygons = polygons }
}

public struct GeometryCollection: Sendable, Hashable {
    public var geometries: [Geometry]
    public init(_ geometries: [Geometry]) { self.geometries = geometries }
}
