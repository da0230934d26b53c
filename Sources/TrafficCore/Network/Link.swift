import GeoCore

/// A directed road section between two nodes, with the parameters of a triangular fundamental diagram.
///
/// The triangular diagram has free-flow speed `v_f`, capacity `q_max` and jam density `k_jam`; the critical
/// density is `k_c = q_max / v_f` and the backward (congestion) wave speed `w = q_max / (k_jam − k_c)`.
/// Example: 1 lane, 20 m/s, 1800 veh/h, 150 veh/km → k_c = 25 veh/km, w = 1800 / 125 km/h = 4 m/s.
public struct Link: Sendable, Hashable {
    /// The external identifier, unique in a network.
    public var id: String
    public var from: NodeID
    public var to: NodeID
    /// Length in metres.
    public var length: Double
    public var lanes: Int
    /// Free-flow speed in m/s.
    public var freeFlowSpeed: Double
    /// Capacity in veh/h over all lanes (default: lanes × saturation flow, 1800 veh/h/lane).
    public var capacity: Double
    /// Jam density in veh/km per lane (default 150, i.e. 6.7 m per stopped vehicle).
    public var jamDensity: Double
    /// The link's polyline, from the `from` node to the `to` node.
    public var geometry: [Coordinate]

    public init(
        id: String, from: NodeID, to: NodeID, length: Double, lanes: Int, freeFlowSpeed: Double,
        capacity: Double, jamDensity: Double, geometry: [Coordinate]
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.length = length
        self.lanes = lanes
        self.freeFlowSpeed = freeFlowSpeed
        self.capacity = capacity
        self.jamDensity = jamDensity
        self.geometry = geometry
    }

    /// Free-flow travel time in seconds: length / free-flow speed.
    public var freeFlowTime: Double { length / freeFlowSpeed }

    /// Vehicles the link can hold when jammed: ⌊length × lanes × jam density⌋, at least 1.
    public var storageCapacity: Int {
        let vehicles = length * Double(lanes) * jamDensity / 1000
        return max(1, Int((vehicles + 1e-9).rounded(.down)))
    }

    /// Critical density k_c = q_max / v_f in veh/km (all lanes).
    public var criticalDensity: Double { capacity / (freeFlowSpeed * 3.6) }

    /// Backward wave speed w = q_max / (k_jam − k_c) in m/s (Newell's triangular diagram).
    ///
    /// Space freed at the downstream end of a jammed link reaches the upstream end `length / w` seconds later.
    public var backwardWaveSpeed: Double {
        let qPerSecond = capacity / 3600
        let jamPerMetre = jamDensity * Double(lanes) / 1000
        let criticalPerMetre = qPerSecond / freeFlowSpeed
        return qPerSecond / (jamPerMetre - criticalPerMetre)
    }

    /// The polyline as a GeoCore geometry (for maps and GIS export).
    public var lineString: Geometry { .lineString(LineString(geometry)) }
}
