import GeoCore

/// A junction or a network boundary point.
public struct Node: Sendable, Hashable {
    /// The external identifier (from the source data), unique in a network.
    public var id: String
    /// Position in the network's planar CRS (metres, e.g. EPSG:25832); used for default link lengths and maps.
    public var coordinate: Coordinate

    public init(id: String, coordinate: Coordinate) {
        self.id = id
        self.coordinate = coordinate
    }
}
