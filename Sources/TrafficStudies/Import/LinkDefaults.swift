import TrafficCore

/// Link parameters an importer derives rather than reads: capacity and jam density.
///
/// Capacity per lane is the saturation flow, except on slow roads, where the triangular fundamental diagram
/// would otherwise have no congested branch (`NetworkBuilder` refuses q_max ≥ v_f · k_jam, e.g. 1800 veh/h at
/// 7 km/h and 150 veh/km). There capacity is the flow at which congestion travels upstream at
/// `congestionWaveSpeed`: q_max = k_jam · v_f · w / (v_f + w). With the defaults this leaves roads from 30 km/h up
/// at 1800 veh/h per lane and gives 1000 veh/h at 10 km/h and 778 veh/h at 7 km/h.
public struct LinkDefaults: Sendable, Hashable {
    /// veh/h per lane; DOMAIN.md: about 1800 (2 s headway) unless measured.
    public var saturationFlowPerLane: Double
    /// veh/km per lane (6.7 m per stopped vehicle), as `NetworkBuilder.defaultJamDensity`.
    public var jamDensity: Double
    /// m/s; stop-and-go waves and queue tails move upstream at about 15–20 km/h in measurements (Treiber &
    /// Kesting, "Traffic Flow Dynamics", 2013); 20 km/h keeps 30 km/h streets at full saturation flow.
    public var congestionWaveSpeed: Double

    public init(saturationFlowPerLane: Double = 1800, jamDensity: Double = 150, congestionWaveSpeed: Double = 20 / 3.6)
    {
        self.saturationFlowPerLane = saturationFlowPerLane
        self.jamDensity = jamDensity
        self.congestionWaveSpeed = congestionWaveSpeed
    }

    /// veh/h per lane at free-flow speed `speed` (m/s): min(saturation flow, k_jam · v · w / (v + w)).
    public func capacityPerLane(freeFlowSpeed speed: Double) -> Double {
        let w = congestionWaveSpeed
        let limit = jamDensity * speed * w / (speed + w) * 3.6  // veh/km × m/s → veh/h
        // Within rounding of the saturation flow (30 km/h with the defaults) the saturation flow stands.
        return limit < saturationFlowPerLane * (1 - 1e-9) ? limit : saturationFlowPerLane
    }

    /// A builder that uses these values for the defaults it fills in.
    var builder: NetworkBuilder {
        var builder = NetworkBuilder()
        builder.saturationFlowPerLane = saturationFlowPerLane
        builder.defaultJamDensity = jamDensity
        return builder
    }
}
