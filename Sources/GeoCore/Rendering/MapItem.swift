/// One geometry on a map layer, optionally labelled.
public struct MapItem: Sendable, Hashable {
    public var geometry: Geometry
    /// Text drawn at `labelPosition`; `"\n"` starts a new line.
    public var label: String?
    /// Where the label's centre goes, in map coordinates. Pass a point-on-surface for concave polygons;
    /// `nil` uses the centre of the geometry's envelope.
    public var labelPosition: Coordinate?

    public init(_ geometry: Geometry, label: String? = nil, labelPosition: Coordinate? = nil) {
        self.geometry = geometry
        self.label = label
        self.labelPosition = labelPosition
    }

    /// The label anchor actually used, or `nil` when there is nowhere to put it.
    var resolvedLabelPosition: Coordinate? {
        labelPosition ?? geometry.envelope?.center
    }
}
