import TrafficCore

/// One parking trip's search, for `parking_vehicles.csv`.
public struct ParkingVehicleRecord: Sendable, Hashable, Codable {
    public var id: String
    public var driverClass: DriverClass
    /// ID of the destination link.
    public var destination: String
    /// Had sensor guidance.
    public var equipped: Bool
    public var outcome: ParkingOutcome
    /// Segment or car park ID, nil unless parked.
    public var facility: String?
    /// On-street category, nil for car parks and unparked trips.
    public var category: ParkingCategory?
    /// Link of the space (car park: entrance link).
    public var parkedLink: String?
    /// When the vehicle first reached the end of its destination link (s), nil if it never did.
    public var firstReach: Double?
    public var parkTime: Double?
    /// Parking time − first reach; for trips still searching at the end: end − first reach (s).
    public var searchTime: Double?
    /// Distance driven after first reaching the destination link's end (m).
    public var searchDistance: Double
    /// Diverted to a car park after the search tolerance (or at a dead end).
    public var diverted: Bool
    /// Route replacements by the search: search links, car park and guidance targets.
    public var routeChanges: Int
    /// Straight line between the midpoints of the parking link and the destination link (m).
    public var walkDistance: Double?
}

/// Occupancy of one facility at the times of `ParkingResult.occupancyTimes`.
public struct FacilityOccupancy: Sendable, Hashable {
    public var id: String
    /// nil for car parks.
    public var category: ParkingCategory?
    public var isCarPark: Bool
    public var link: String
    public var capacity: Int
    public var occupied: [Int]
    /// Largest occupancy at any moment of the run (every change counted, not only the sampled times).
    public var peak: Int
}

/// Parking results per link (for the map layer): on-street spaces, their time-mean occupancy, and the
/// search traffic that drove the link.
public struct LinkParking: Sendable, Hashable {
    /// On-street spaces of all categories.
    public var capacity: Int
    /// Time-mean occupied share of those spaces over the run (NaN without spaces).
    public var meanOccupancy: Double
    /// Vehicle-metres and vehicle-seconds of search traffic on the link.
    public var searchVehicleMetres: Double
    public var searchVehicleSeconds: Double
}

/// Headline figures of a parking run.
public struct ParkingSummary: Sendable, Hashable, Codable {
    public var guidance: ParkingGuidance
    public var equippedShare: Double
    public var latency: Double
    public var parkingTrips: Int
    public var parkedOnStreet: Int
    public var parkedInCarPark: Int
    /// Reached the destination, still searching at the end (unfinished).
    public var stillSearching: Int
    public var enRoute: Int
    public var gaveUp: Int
    public var unroutable: Int
    public var diverted: Int
    /// Route replacements by the search over all trips.
    public var routeChanges: Int
    /// Over parked trips (s); percentiles by nearest rank. 0 when nobody parked.
    public var meanSearchTime: Double
    public var p50SearchTime: Double
    public var p90SearchTime: Double
    /// Over parked trips (m).
    public var meanSearchDistance: Double
    /// Search traffic (all parking trips, searching ones up to the end) against all traffic in the run.
    public var searchVehicleKm: Double
    public var totalVehicleKm: Double
    public var searchShareOfVehicleKm: Double
    public var searchVehicleHours: Double
    public var totalVehicleHours: Double
    public var searchShareOfVehicleHours: Double

    enum CodingKeys: String, CodingKey {
        case guidance
        case equippedShare = "equipped_share"
        case latency = "latency_s"
        case parkingTrips = "parking_trips"
        case parkedOnStreet = "parked_on_street"
        case parkedInCarPark = "parked_car_park"
        case stillSearching = "still_searching"
        case enRoute = "en_route"
        case gaveUp = "gave_up"
        case unroutable
        case diverted
        case routeChanges = "route_changes"
        case meanSearchTime = "mean_search_time_s"
        case p50SearchTime = "p50_search_time_s"
        case p90SearchTime = "p90_search_time_s"
        case meanSearchDistance = "mean_search_distance_m"
        case searchVehicleKm = "search_vehicle_km"
        case totalVehicleKm = "total_vehicle_km"
        case searchShareOfVehicleKm = "search_share_vehicle_km"
        case searchVehicleHours = "search_vehicle_hours"
        case totalVehicleHours = "total_vehicle_hours"
        case searchShareOfVehicleHours = "search_share_vehicle_hours"
    }

    /// The p-quantile (0 < p ≤ 1) of `values` by nearest rank: the ⌈p·n⌉-th smallest; 0 when empty.
    static func nearestRank(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}

/// Everything a parking run produces: the traffic result plus the parking records.
public struct ParkingResult: Sendable {
    public var simulation: SimulationResult
    /// One record per parking trip, in departure order.
    public var vehicles: [ParkingVehicleRecord]
    /// Times of the occupancy series: t = 0 and the end of every output interval (s).
    public var occupancyTimes: [Double]
    public var occupancy: [FacilityOccupancy]
    /// Per link, in network order.
    public var links: [LinkParking]
    public var summary: ParkingSummary
}
