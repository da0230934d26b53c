/// How one map layer is painted: fill, outline and an optional diagonal hatch.
///
/// Colours are CSS colour strings (`"#d7191c"`, `"steelblue"`, `"rgb(0,0,0)"`); widths are screen pixels, so
/// a style looks the same whatever the map scale.
public struct MapStyle: Sendable, Hashable {
    /// Fill colour of polygons (and of point symbols); `nil` leaves polygons unfilled.
    public var fill: String?
    /// Opacity of the fill, 0…1.
    public var fillOpacity: Double
    /// Outline colour; `nil` draws no outline.
    public var stroke: String?
    /// Outline width in pixels.
    public var strokeWidth: Double
    /// Dash and gap lengths in pixels (`[6, 4]`); `nil` or empty draws a solid line.
    public var dashPattern: [Double]?
    /// Overlays polygons with diagonal lines in the stroke colour, the usual mark of protection zones.
    public var hatch: Bool

    public init(
        fill: String? = nil, fillOpacity: Double = 1, stroke: String? = "#000000", strokeWidth: Double = 1,
        dashPattern: [Double]? = nil, hatch: Bool = false
    ) {
        self.fill = fill
        self.fillOpacity = fillOpacity
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.dashPattern = dashPattern
        self.hatch = hatch
    }

    /// The parcel under review: a strong red outline and no fill, so everything beneath stays visible.
    public static let parcel = MapStyle(fill: nil, stroke: "#d7191c", strokeWidth: 3)

    /// An affected zone in `color`: light translucent fill, thin outline and, by default, a diagonal hatch.
    public static func zone(_ color: String, hatch: Bool = true) -> MapStyle {
        MapStyle(fill: color, fillOpacity: 0.2, stroke: color, strokeWidth: 1.5, hatch: hatch)
    }

    /// Water bodies and watercourses: light blue fill, blue outline.
    public static let water = MapStyle(fill: "#9ecae1", fillOpacity: 0.6, stroke: "#3182bd", strokeWidth: 1)

    /// Surroundings for orientation (neighbouring parcels, buildings, roads): thin grey outline, no fill.
    public static let context = MapStyle(fill: nil, stroke: "#969696", strokeWidth: 0.75)
}
