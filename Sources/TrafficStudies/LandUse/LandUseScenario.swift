import GeoCore
import TrafficCore

/// Land use → demand → simulation in one step: peak-hour trips from parcels × development plans, distributed
/// between zones by the gravity model, connected to a road network at the zones' centroids, as a scenario.
///
/// ```swift
/// let parcels = try LandUseTripGenerator.loadParcels(parcelLayer: "lueneburg.gpkg:flurstuecke",
///                                                   planLayer: "lueneburg.gpkg:bebauungsplaene")
/// let network = try GISNetworkImporter().importNetwork(from: "lueneburg.gpkg:strassen")
/// let study = try LandUseScenario(parcels: parcels, hour: .morning, network: network)
/// let result = try Simulation.run(study.scenario)
/// ```
///
/// The gravity model runs over all zones; zones near the network are internal, the others external (see
/// `ZoneConnection`). Trips with at least one internal end are simulated — an external end enters or leaves
/// at the link nearest to its zone — and trips between two external zones are left out and counted in
/// `vehiclesOutsideNetwork` (whether they would cross the area is not known without the wider network).
/// The simulated clock starts at the beginning of the peak hour (t = 0); the run lasts the hour plus
/// `clearance` seconds so that late departures can arrive.
public struct LandUseScenario: Sendable {
    public var scenario: Scenario
    public var connection: ZoneConnection
    public var zoneTrips: [ZoneTrips]
    /// Expected peak-hour vehicles with both ends in internal zones.
    public var vehiclesInternal: Double
    /// Expected peak-hour vehicles between an internal and an external zone (entering or leaving the area).
    public var vehiclesCrossingBoundary: Double
    /// Expected peak-hour vehicles between two external zones (not simulated).
    public var vehiclesOutsideNetwork: Double

    /// Generates and distributes the peak-hour trips of `parcels` with `generator`, then builds the scenario
    /// (`init(zoneTrips:entries:hour:network:…)`).
    public init(
        parcels: [LandUseParcel], hour: PeakHour, network imported: ImportedNetwork,
        generator: LandUseTripGenerator = LandUseTripGenerator(), maxConnectorDistance: Double = 400,
        clearance: Double = 1_800, seed: UInt64 = 1, name: String? = nil
    ) throws(ZoneError) {
        let zoneTrips = generator.zoneTrips(parcels: parcels, hour: hour)
        try self.init(
            zoneTrips: zoneTrips, entries: generator.distribute(zoneTrips), hour: hour, network: imported,
            maxConnectorDistance: maxConnectorDistance, clearance: clearance, seed: seed, name: name)
    }

    /// The scenario of demand already generated and distributed (`LandUseTripGenerator.zoneTrips` and
    /// `distribute`); the entries' own time windows are replaced by the simulated peak hour [0, 3600).
    /// - Parameters:
    ///   - maxConnectorDistance: metres from a zone centroid to its nearest link for an internal zone
    ///     (default 400 m, about a five-minute walk).
    ///   - clearance: simulated seconds after the peak hour (default 1 800 s).
    /// - Throws: `ZoneError` when link geometries cannot be read or no trip has an internal end.
    public init(
        zoneTrips: [ZoneTrips], entries: [ODEntry], hour: PeakHour, network imported: ImportedNetwork,
        maxConnectorDistance: Double = 400, clearance: Double = 1_800, seed: UInt64 = 1, name: String? = nil
    ) throws(ZoneError) {
        let connection = try ZoneConnection(
            points: zoneTrips.map { ($0.zone, $0.centroid) }, network: imported.network,
            maxDistance: maxConnectorDistance)
        var inside: [ODEntry] = []
        var internalVehicles = 0.0, crossing = 0.0, outside = 0.0
        for e in entries {
            let internalEnds =
                (connection.internalZones.contains(e.origin) ? 1 : 0)
                + (connection.internalZones.contains(e.destination) ? 1 : 0)
            guard internalEnds > 0, connection.zones[e.origin] != nil, connection.zones[e.destination] != nil else {
                outside += e.vehicles
                continue
            }
            inside.append(ODEntry(origin: e.origin, destination: e.destination, vehicles: e.vehicles))
            if internalEnds == 2 { internalVehicles += e.vehicles } else { crossing += e.vehicles }
        }
        guard !inside.isEmpty else {
            throw .zoneWithoutLinks(
                zone: "every zone (no zone centroid lies within \(Int(maxConnectorDistance)) m of the network "
                    + "with trips to or from it)")
        }
        let matrix = ODMatrix(
            id: "landuse-\(hour.rawValue)", zones: connection.zones, entries: inside, begin: 0, end: 3_600)
        scenario = Scenario(
            name: name ?? "landuse-\(hour.rawValue)", network: imported.network,
            signalPlans: imported.signalPlans, demand: Demand(odMatrices: [matrix]),
            configuration: SimulationConfiguration(duration: 3_600 + clearance, seed: seed))
        self.connection = connection
        self.zoneTrips = zoneTrips
        vehiclesInternal = internalVehicles
        vehiclesCrossingBoundary = crossing
        vehiclesOutsideNetwork = outside
    }
}
