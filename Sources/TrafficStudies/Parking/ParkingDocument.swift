import Foundation
import GeoCore
import TrafficCore

/// The `parking` section of a scenario file (Codable). `Scenario.load` ignores it; `ParkingScenario.load`
/// reads the scenario and this section from the same file.
///
/// ```json
/// "parking": {
///   "supply": {
///     "on_street": [ { "id": "S1", "link": "n_1_1-n_1_2", "capacity": { "general": 12, "disabled": 1 } } ],
///     "car_parks": [ { "id": "P1", "entrance": "n_1_0-n_2_0", "capacity": 300, "opens": "07:00",
///                      "closes": "22:00", "price_per_hour": 2.0, "park_and_ride": false } ]
///   },
///   "demand": [ { "id": "shops", "origin": "W_1-n_1_0", "destination": "n_1_1-n_1_2", "begin_s": 0,
///                 "end_s": 3600, "vehicles_per_hour": 120, "class": "visitor", "mean_dwell_s": 5400,
///                 "distribution": "poisson" } ],
///   "guidance": "none", "equipped_share": 0.5, "latency_s": 60, "search_tolerance_s": 480,
///   "saturation_threshold": 0.85, "mean_dwell_s": 3600, "initial_occupancy": 0.8,
///   "initial_occupancy_by_facility": { "P1": 0.5 }, "start_time": "08:00", "max_price_per_hour": 3.0,
///   "walking_speed_mps": 1.4, "seed": 1
/// }
/// ```
/// Capacity categories: `general`, `residents`, `disabled`, `delivery`, `taxi`, `bus_lorry`, `bicycle`,
/// `e_charging`. Classes: `visitor`, `resident`, `disabled`, `delivery`, `taxi`, `lorry`, `electric`.
/// Every field but `supply` is optional; defaults are those of `ParkingConfiguration`.
public struct ParkingDocument: Codable, Sendable, Hashable {
    public struct OnStreetRecord: Codable, Sendable, Hashable {
        public var id: String
        public var link: String
        public var capacity: [String: Int]

        public init(id: String, link: String, capacity: [String: Int]) {
            self.id = id
            self.link = link
            self.capacity = capacity
        }
    }

    public struct CarParkRecord: Codable, Sendable, Hashable {
        public var id: String
        public var entrance: String
        public var capacity: Int
        public var opens: String?
        public var closes: String?
        public var pricePerHour: Double?
        public var parkAndRide: Bool?

        enum CodingKeys: String, CodingKey {
            case id, entrance, capacity, opens, closes
            case pricePerHour = "price_per_hour"
            case parkAndRide = "park_and_ride"
        }
    }

    public struct SupplyRecord: Codable, Sendable, Hashable {
        public var onStreet: [OnStreetRecord]?
        public var carParks: [CarParkRecord]?
        /// GIS layers (`path:layer`, relative to the scenario file), see `ParkingSupply.load`.
        public var onStreetLayer: String?
        public var carParksLayer: String?

        public init(
            onStreet: [OnStreetRecord]?, carParks: [CarParkRecord]?, onStreetLayer: String? = nil,
            carParksLayer: String? = nil
        ) {
            self.onStreet = onStreet
            self.carParks = carParks
            self.onStreetLayer = onStreetLayer
            self.carParksLayer = carParksLayer
        }

        enum CodingKeys: String, CodingKey {
            case onStreet = "on_street"
            case carParks = "car_parks"
            case onStreetLayer = "on_street_layer"
            case carParksLayer = "car_parks_layer"
        }
    }

    /// A scenario flow (`ScenarioDocument.FlowRecord`, same keys, Poisson by default) plus the driver
    /// class (`class`) and mean parking duration (`mean_dwell_s`).
    public struct FlowRecord: Codable, Sendable, Hashable {
        public var flow: ScenarioDocument.FlowRecord
        public var driverClass: DriverClass?
        public var meanDwell: Double?

        enum CodingKeys: String, CodingKey {
            case driverClass = "class"
            case meanDwell = "mean_dwell_s"
        }

        public init(from decoder: any Decoder) throws {
            flow = try ScenarioDocument.FlowRecord(from: decoder)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            driverClass = try c.decodeIfPresent(DriverClass.self, forKey: .driverClass)
            meanDwell = try c.decodeIfPresent(Double.self, forKey: .meanDwell)
        }

        public func encode(to encoder: any Encoder) throws {
            try flow.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(driverClass, forKey: .driverClass)
            try c.encodeIfPresent(meanDwell, forKey: .meanDwell)
        }
    }

    /// Parking demand from land use (`ParkingDemandEstimator`): parcel and plan layers as for
    /// `flowsim landuse`, origin links, clock hour of t = 0 and number of hours.
    public struct LandUseRecord: Codable, Sendable, Hashable {
        public var parcels: String
        public var plans: String
        public var origins: [String]
        public var startHour: Int
        public var hours: Int
        public var maxDistance: Double?

        enum CodingKeys: String, CodingKey {
            case parcels, plans, origins, hours
            case startHour = "start_hour"
            case maxDistance = "max_distance_m"
        }
    }

    public var supply: SupplyRecord
    public var demand: [FlowRecord]?
    public var landUse: LandUseRecord?
    /// Event / point-of-interest visitors; they arrive from `event_origins`.
    public var events: [EventVisitors]?
    public var eventOrigins: [String]?
    /// A street line layer (`path:layer`, `GISNetworkImporter` attributes) to use as the network instead
    /// of the scenario's `network` JSON; coordinates in EPSG:25832.
    public var networkLayer: String?
    public var guidance: ParkingGuidance?
    public var equippedShare: Double?
    public var latency: Double?
    public var searchTolerance: Double?
    public var saturationThreshold: Double?
    public var meanDwell: Double?
    public var initialOccupancy: Double?
    public var initialOccupancyByFacility: [String: Double]?
    public var startTime: String?
    public var maxPricePerHour: Double?
    public var walkingSpeed: Double?
    public var seed: UInt64?

    enum CodingKeys: String, CodingKey {
        case supply, demand, guidance, seed
        case networkLayer = "network_layer"
        case landUse = "land_use"
        case events
        case eventOrigins = "event_origins"
        case equippedShare = "equipped_share"
        case latency = "latency_s"
        case searchTolerance = "search_tolerance_s"
        case saturationThreshold = "saturation_threshold"
        case meanDwell = "mean_dwell_s"
        case initialOccupancy = "initial_occupancy"
        case initialOccupancyByFacility = "initial_occupancy_by_facility"
        case startTime = "start_time"
        case maxPricePerHour = "max_price_per_hour"
        case walkingSpeed = "walking_speed_mps"
    }

    /// "HH:MM" or "HH:MM:SS" → seconds after midnight (hours up to 48 for sites open past midnight).
    static func secondsOfDay(_ text: String, field: String) throws(ParkingError) -> Double {
        let parts = text.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }),
            let h = parts[0], let m = parts[1], (0...48).contains(h), (0..<60).contains(m)
        else { throw .invalidConfiguration("\(field) '\(text)' is not a clock time HH:MM") }
        let s = parts.count == 3 ? parts[2]! : 0
        guard (0..<60).contains(s) else { throw .invalidConfiguration("\(field) '\(text)' is not a clock time HH:MM") }
        return Double(h * 3600 + m * 60 + s)
    }

    /// Resolves link IDs against `network`; supply layers are read with `resolvePath` applied and matched
    /// to the network in the working CRS (EPSG:25832).
    public func resolve(network: Network, resolvePath: (String) -> String = { $0 }) throws(ParkingError)
        -> (ParkingSupply, ParkingDemand, ParkingConfiguration)
    {
        func link(_ id: String, _ by: String) throws(ParkingError) -> LinkID {
            guard let l = network.link(named: id) else { throw .unknownLink(id, referencedBy: by) }
            return l
        }
        var supply = ParkingSupply()
        if self.supply.onStreetLayer != nil || self.supply.carParksLayer != nil {
            supply = try ParkingSupply.load(
                onStreetLayer: self.supply.onStreetLayer.map(resolvePath),
                carParkLayer: self.supply.carParksLayer.map(resolvePath), network: network, crs: .etrs89UTM32)
        }
        for s in self.supply.onStreet ?? [] {
            var capacity: [ParkingCategory: Int] = [:]
            for (name, spaces) in s.capacity {
                guard let category = ParkingCategory(rawValue: name) else {
                    throw .invalidSupply(id: s.id, reason: "unknown category '\(name)'")
                }
                capacity[category] = spaces
            }
            supply.onStreet.append(
                OnStreetParking(id: s.id, link: try link(s.link, "on-street parking '\(s.id)'"), capacity: capacity))
        }
        for c in self.supply.carParks ?? [] {
            var hours: Range<Double>? = nil
            if c.opens != nil || c.closes != nil {
                let opens = try Self.secondsOfDay(c.opens ?? "00:00", field: "car park '\(c.id)' opens")
                let closes = try Self.secondsOfDay(c.closes ?? "24:00", field: "car park '\(c.id)' closes")
                guard opens < closes else {
                    throw .invalidSupply(
                        id: c.id, reason: "closes (\(c.closes ?? "")) is not after opens (\(c.opens ?? ""))")
                }
                hours = opens..<closes
            }
            supply.carParks.append(
                CarPark(
                    id: c.id, entrance: try link(c.entrance, "car park '\(c.id)'"), capacity: c.capacity,
                    openingHours: hours, pricePerHour: c.pricePerHour ?? 0, isParkAndRide: c.parkAndRide ?? false))
        }
        var demand = ParkingDemand()
        for record in self.demand ?? [] {
            let f = record.flow
            demand.flows.append(
                ParkingFlow(
                    flow: Flow(
                        id: f.id, origin: try link(f.origin, "parking demand '\(f.id)'"),
                        destination: try link(f.destination, "parking demand '\(f.id)'"), begin: f.begin, end: f.end,
                        vehiclesPerHour: f.vehiclesPerHour, distribution: f.distribution ?? .poisson),
                    driverClass: record.driverClass ?? .visitor, meanDwell: record.meanDwell))
        }
        if let landUse {
            let origins = try landUse.origins.map { o throws(ParkingError) in try link(o, "land_use origins") }
            guard (0...23).contains(landUse.startHour), landUse.hours >= 1 else {
                throw .invalidConfiguration("land_use: start_hour must be 0…23 and hours ≥ 1")
            }
            let parcels: [LandUseParcel]
            do {
                parcels = try LandUseTripGenerator.loadParcels(
                    parcelLayer: resolvePath(landUse.parcels), planLayer: resolvePath(landUse.plans))
            } catch {
                throw .invalidConfiguration("land_use: \(error)")
            }
            demand.flows += ParkingDemandEstimator().flows(
                parcels: parcels, network: network, origins: origins, startHour: landUse.startHour,
                hours: landUse.hours, maxDistance: landUse.maxDistance ?? 300)
        }
        if let events, !events.isEmpty {
            let origins = try (eventOrigins ?? []).map { o throws(ParkingError) in try link(o, "event_origins") }
            for event in events { demand.flows += try event.flows(network: network, origins: origins) }
        }
        let d = ParkingConfiguration()
        let configuration = ParkingConfiguration(
            guidance: guidance ?? d.guidance, equippedShare: equippedShare ?? d.equippedShare,
            latency: latency ?? d.latency, searchTolerance: searchTolerance ?? d.searchTolerance,
            saturationThreshold: saturationThreshold ?? d.saturationThreshold, meanDwell: meanDwell ?? d.meanDwell,
            initialOccupancy: initialOccupancy ?? d.initialOccupancy,
            initialOccupancyByFacility: initialOccupancyByFacility ?? [:],
            startTimeOfDay: try startTime.map { t throws(ParkingError) in try Self.secondsOfDay(t, field: "start_time")
            }
                ?? d.startTimeOfDay,
            maxPricePerHour: maxPricePerHour, walkingSpeed: walkingSpeed ?? d.walkingSpeed, seed: seed ?? d.seed)
        return (supply, demand, configuration)
    }
}

/// A scenario with parking: the traffic scenario (background demand) plus supply, parking demand and the
/// search model's parameters. Load one from a scenario file with a `parking` section (`ParkingDocument`).
public struct ParkingScenario: Sendable {
    public var scenario: Scenario
    public var supply: ParkingSupply
    public var demand: ParkingDemand
    public var configuration: ParkingConfiguration
    /// CRS of the network coordinates when known (EPSG:25832 for a GIS network layer), for map outputs.
    public var crs: CoordinateReferenceSystem?

    public init(
        scenario: Scenario, supply: ParkingSupply, demand: ParkingDemand, configuration: ParkingConfiguration,
        crs: CoordinateReferenceSystem? = nil
    ) {
        self.scenario = scenario
        self.supply = supply
        self.demand = demand
        self.configuration = configuration
        self.crs = crs
    }

    private struct FileWithParking: Decodable {
        var parking: ParkingDocument?
    }

    /// Loads the scenario (`Scenario.load`) and its `parking` section.
    /// - Throws: `ScenarioError`; `.invalid(field: "parking", …)` when the section is missing or wrong.
    public static func load(path: String) throws(ScenarioError) -> ParkingScenario {
        let url = URL(fileURLWithPath: path)
        let base = url.deletingLastPathComponent()
        let file: FileWithParking = try ScenarioFile.decode(url)
        guard let document = file.parking else {
            throw .invalid(field: "parking", message: "\(path) has no parking section (see README, flowsim parking)")
        }
        func resolve(_ path: String) -> String { path.hasPrefix("/") ? path : base.appendingPathComponent(path).path }
        var scenario: Scenario
        var crs: CoordinateReferenceSystem? = nil
        if let layer = document.networkLayer {
            let imported: ImportedNetwork
            do {
                imported = try GISNetworkImporter().importNetwork(from: resolve(layer))
            } catch {
                throw .invalid(field: "parking.network_layer", message: "\(layer): \(error)")
            }
            let scenarioDocument: ScenarioDocument = try ScenarioFile.decode(url)
            scenario = try Scenario(document: scenarioDocument, baseDirectory: base, network: imported.network)
            scenario.importWarnings = imported.warnings + scenario.importWarnings
            crs = imported.crs
        } else {
            scenario = try Scenario.load(path: path)
        }
        do {
            let (supply, demand, configuration) = try document.resolve(network: scenario.network, resolvePath: resolve)
            return ParkingScenario(
                scenario: scenario, supply: supply, demand: demand, configuration: configuration, crs: crs)
        } catch {
            throw .invalid(field: "parking", message: error.description)
        }
    }

    /// The runnable study.
    public func simulation() throws(ParkingError) -> ParkingSimulation {
        try ParkingSimulation(scenario: scenario, supply: supply, demand: demand, configuration: configuration)
    }
}
