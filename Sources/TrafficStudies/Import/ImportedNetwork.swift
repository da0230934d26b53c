import GeoCore
import TrafficCore

/// What a network importer returns: the built `Network`, how source ids map to its links, the signal plans
/// (SUMO only) and the CRS of all coordinates.
public struct ImportedNetwork: Sendable {
    /// The network as `NetworkBuilder.build()` made it.
    public var network: Network
    /// Link id → `LinkID`, for every link (the same as `network.link(named:)`, as a dictionary to keep).
    public var linkIDs: [String: LinkID]
    /// Source element id → its links in source order: a GIS feature or OSM way gives one link per direction
    /// and split part; a SUMO edge gives one.
    public var sourceLinks: [String: [LinkID]]
    /// Signal plans by node, as the simulation takes them (empty when the source has no signals).
    public var signalPlans: [NodeID: SignalPlan]
    /// SUMO only: each traffic light as the net defines it (its program with one group per link index,
    /// `"<tl>:<index>"`, whichever junctions it controls), by traffic-light id.
    public var trafficLights: [String: SUMOTrafficLight]
    /// SUMO only: each traffic light's program with one group per link index.
    public var trafficLightPlans: [String: SignalPlan] { trafficLights.mapValues(\.program) }
    /// The CRS of node and link coordinates; `nil` when the source has no georeference (SUMO
    /// `projParameter="!"`).
    public var crs: CoordinateReferenceSystem?
    /// Substitutions the importer made (defaults for unreadable tags, elements left out).
    public var warnings: [ImportWarning]

    public init(
        network: Network, linkIDs: [String: LinkID], sourceLinks: [String: [LinkID]] = [:],
        signalPlans: [NodeID: SignalPlan] = [:], trafficLights: [String: SUMOTrafficLight] = [:],
        crs: CoordinateReferenceSystem?, warnings: [ImportWarning] = []
    ) {
        self.network = network
        self.linkIDs = linkIDs
        self.sourceLinks = sourceLinks
        self.signalPlans = signalPlans
        self.trafficLights = trafficLights
        self.crs = crs
        self.warnings = warnings
    }

    /// The initialiser before traffic lights carried more than their programs.
    @available(*, deprecated, message: "pass trafficLights: (SUMOTrafficLight(program:) per plan)")
    public init(
        network: Network, linkIDs: [String: LinkID], sourceLinks: [String: [LinkID]] = [:],
        signalPlans: [NodeID: SignalPlan] = [:], trafficLightPlans: [String: SignalPlan],
        crs: CoordinateReferenceSystem?, warnings: [ImportWarning] = []
    ) {
        self.init(
            network: network, linkIDs: linkIDs, sourceLinks: sourceLinks, signalPlans: signalPlans,
            trafficLights: trafficLightPlans.mapValues { SUMOTrafficLight(program: $0) }, crs: crs,
            warnings: warnings)
    }
}
