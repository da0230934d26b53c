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

    /// Free-flow speed from which a link that does not end at a signal is an uninterrupted-flow road
    /// (motorways, expressways, their ramps): 80 km/h, the lower end of HCM's basic freeway segments.
    public var uninterruptedFlowSpeed: Double = 80 / 3.6

    /// veh/h per lane at free-flow speed `speed` (m/s): min(saturation flow, k_jam · v · w / (v + w)) — the saturation
    /// flow `saturationFlow` when given (SUMO's vehicles at this speed limit: `SUMOVehicleTypes`), else
    /// `saturationFlowPerLane`; on a link
    /// that does not end at a signal (`endsAtSignal` false) and is at least `uninterruptedFlowSpeed` fast, the
    /// capacity of uninterrupted flow instead: HCM (6th edition, 2016) basic freeway segments,
    /// c = 2200 + 10 · (min(FFS, 70 mph) − 50 mph) pc/h/ln — 2200 at 80 km/h, 2400 from 113 km/h. The saturation
    /// flow (about 1800 veh/h, DOMAIN.md) is a stop line's discharge and stays the capacity of approaches to
    /// signals.
    public func capacityPerLane(freeFlowSpeed speed: Double, endsAtSignal: Bool = true, saturationFlow: Double? = nil)
        -> Double
    {
        if !endsAtSignal, speed >= uninterruptedFlowSpeed - 1e-9 {
            let mph = speed * 3.6 / 1.609344
            return max(saturationFlowPerLane, 2200 + 10 * (min(mph, 70) - 50))
        }
        let w = congestionWaveSpeed
        let limit = jamDensity * speed * w / (speed + w) * 3.6  // veh/km × m/s → veh/h
        // Within rounding of the saturation flow (30 km/h with the defaults) the saturation flow stands.
        let saturation = saturationFlow ?? saturationFlowPerLane
        return limit < saturation * (1 - 1e-9) ? limit : saturation
    }

    /// A builder that uses these values for the defaults it fills in.
    var builder: NetworkBuilder {
        var builder = NetworkBuilder()
        builder.saturationFlowPerLane = saturationFlowPerLane
        builder.defaultJamDensity = jamDensity
        return builder
    }
}
