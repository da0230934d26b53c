/// A planar position: `x` is easting or longitude, `y` is northing or latitude — always in that order,
/// whatever axis order a CRS defines (see `CoordinateReferenceSystem`).
public struct Coordinate: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public init(x: Double, y: Double) {
        self.init(x, y)
    }
}
