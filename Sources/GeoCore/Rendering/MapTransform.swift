/// A position in SVG pixels: origin top-left, y growing downwards.
struct PixelPoint: Sendable, Hashable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in SVG pixels.
struct PixelRect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var topLeft: PixelPoint { PixelPoint(x: x, y: y) }
    var bottomRight: PixelPoint { PixelPoint(x: maxX, y: maxY) }
}

/// Maps map coordinates to frame pixels: one scale for both axes (shapes keep their proportions), y flipped
/// so north is up.
///
/// The requested extent is widened along its short side, about its centre, until it has the frame's aspect
/// ratio; that widened `extent` fills the frame exactly, corner to corner.
struct MapTransform: Sendable, Hashable {
    let frame: PixelRect
    /// The area shown, in map units; its corners sit on the frame's corners.
    let extent: Envelope
    /// Pixels per map unit.
    let scale: Double

    /// Fallback half-size, in map units, around a point-sized extent (a single point feature).
    static let minimumHalfSize = 50.0

    init(fitting requested: Envelope, into frame: PixelRect) {
        let sane = Self.normalized(requested)
        let scale = Swift.min(frame.width / sane.width, frame.height / sane.height)
        let halfWidth = frame.width / scale / 2
        let halfHeight = frame.height / scale / 2
        let center = sane.center
        self.frame = frame
        self.scale = scale
        self.extent = Envelope(
            minX: center.x - halfWidth, minY: center.y - halfHeight,
            maxX: center.x + halfWidth, maxY: center.y + halfHeight)
    }

    func project(_ c: Coordinate) -> PixelPoint {
        PixelPoint(x: frame.x + (c.x - extent.minX) * scale, y: frame.y + (extent.maxY - c.y) * scale)
    }

    /// Ordered min/max, finite, and with a positive width and height, so the scale is finite and non-zero.
    static func normalized(_ e: Envelope) -> Envelope {
        guard e.minX.isFinite, e.minY.isFinite, e.maxX.isFinite, e.maxY.isFinite else {
            return Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0).expanded(by: minimumHalfSize)
        }
        let ordered = Envelope(
            minX: Swift.min(e.minX, e.maxX), minY: Swift.min(e.minY, e.maxY),
            maxX: Swift.max(e.minX, e.maxX), maxY: Swift.max(e.minY, e.maxY))
        if ordered.width > 0 && ordered.height > 0 { return ordered }
        let longest = Swift.max(ordered.width, ordered.height)
        // A line along one axis gets 10 % room on the flat side; a point gets a fixed neighbourhood.
        return ordered.expanded(by: longest > 0 ? longest * 0.1 : minimumHalfSize)
    }
}
