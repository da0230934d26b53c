import GeoCore
import TrafficCore

/// Parking requirement and hourly profiles per use, after German Stellplatzsatzung practice (DOMAIN.md
/// "Parking"). Every value is an overridable parameter; the required spaces of a use are read as its
/// peak parking accumulation, the profiles spread that over the day.
public struct ParkingDemandRates: Sendable, Hashable, Codable {
    /// Spaces per dwelling (Stellplatzsatzung examples: 1–1.5; 1.0 for an inner city).
    public var spacesPerDwelling: Double = 1.0
    /// Gross floor area per dwelling, m² (assumption: 80 m², a typical German flat plus walls and stairs).
    public var floorAreaPerDwelling: Double = 80
    /// Office floor area per space, m² (Stellplatzsatzung examples: 1 per 30–40 m²; mid value).
    public var officeFloorAreaPerSpace: Double = 35
    /// Sales floor area per space, m² (Stellplatzsatzung examples: 1 per 30–50 m²; mid value).
    public var shopFloorAreaPerSpace: Double = 40
    /// Share of commercial floor area that is retail (the rest offices). Assumption: 0.3 for an inner city.
    public var retailShare: Double = 0.3
    /// Mean parking durations, h (assumptions: residents overnight/all day, employees a working day,
    /// customers a shopping trip).
    public var residentDwellHours: Double = 10
    public var employeeDwellHours: Double = 8
    public var customerDwellHours: Double = 1.5
    /// Share of the peak accumulation parked at each clock hour 0…23 (assumed curves: residents away in
    /// the day, employees 8–17 h, customers peaking around noon and late afternoon).
    public var residentProfile: [Double] = [
        1, 1, 1, 1, 1, 1, 0.95, 0.85, 0.7, 0.6, 0.55, 0.55, 0.55, 0.55, 0.55, 0.6, 0.65, 0.75, 0.85, 0.9, 0.95, 1, 1, 1,
    ]
    public var employeeProfile: [Double] = [
        0, 0, 0, 0, 0, 0, 0.05, 0.3, 0.8, 1, 1, 1, 0.95, 1, 1, 0.9, 0.7, 0.4, 0.15, 0.05, 0, 0, 0, 0,
    ]
    public var customerProfile: [Double] = [
        0, 0, 0, 0, 0, 0, 0, 0.05, 0.2, 0.45, 0.7, 0.9, 1, 0.9, 0.8, 0.85, 0.95, 1, 0.8, 0.5, 0.2, 0.05, 0, 0,
    ]

    public init() {}
}

/// Parking arrivals by hour from land use (reusing `LandUseParcel` and its floor area from the land-use
/// trip generation) plus event and point-of-interest visitors.
///
/// Per parcel and use: required spaces S (`ParkingDemandRates`), accumulation N(h) = S · profile(h), and
/// arrivals from the stock-flow balance N(h) = N(h−1) + A(h) − N(h−1) / D (D the mean dwell in hours):
/// A(h) = max(0, N(h) − N(h−1) + N(h−1) / D). Mixed areas split their floor area by
/// `LandUseRates.mixedResidentialShare`.
public struct ParkingDemandEstimator: Sendable {
    public var rates: ParkingDemandRates
    public var landUseRates: LandUseRates

    public init(rates: ParkingDemandRates = ParkingDemandRates(), landUseRates: LandUseRates = LandUseRates()) {
        self.rates = rates
        self.landUseRates = landUseRates
    }

    /// Required spaces of a parcel by group: residents, employees (offices), customers (retail).
    public func requiredSpaces(_ parcel: LandUseParcel) -> (residents: Double, employees: Double, customers: Double) {
        let residentialShare: Double =
            switch parcel.category {
            case .residential: 1
            case .commercial: 0
            case .mixed: landUseRates.mixedResidentialShare
            }
        let residential = parcel.floorArea * residentialShare
        let commercial = parcel.floorArea - residential
        return (
            residential / rates.floorAreaPerDwelling * rates.spacesPerDwelling,
            commercial * (1 - rates.retailShare) / rates.officeFloorAreaPerSpace,
            commercial * rates.retailShare / rates.shopFloorAreaPerSpace
        )
    }

    /// Arrivals in clock hour `hour` (0…23) for required spaces `spaces`, a profile and a mean dwell.
    static func arrivals(spaces: Double, profile: [Double], dwellHours: Double, hour: Int) -> Double {
        let now = spaces * profile[(hour % 24 + 24) % 24]
        let before = spaces * profile[((hour - 1) % 24 + 24) % 24]
        return max(0, now - before + before / dwellHours)
    }

    /// Parking flows for clock hours `hours` (simulation time 0 = `startHour`): one flow per parcel group
    /// with arrivals, to the nearest link with movements in and out (parcels within `maxDistance` m), from
    /// the `origins` in turn. Flows are Poisson; residents park as `.resident`, the rest as `.visitor`.
    public func flows(
        parcels: [LandUseParcel], network: Network, origins: [LinkID], startHour: Int, hours: Int,
        maxDistance: Double = 300
    ) -> [ParkingFlow] {
        guard !origins.isEmpty else { return [] }
        var flows: [ParkingFlow] = []
        var next = 0
        for parcel in parcels {
            // Only links inside the network: entry links have no movement into them, exit links none out
            // (a driver could neither reach the one nor search on from the other).
            guard
                let link = try? ParkingSupply.nearestLink(
                    to: parcel.centroid, in: network, within: maxDistance, for: parcel.id,
                    where: {
                        !network.movements(into: LinkID($0)).isEmpty && !network.movements(from: LinkID($0)).isEmpty
                    })
            else { continue }
            let s = requiredSpaces(parcel)
            let groups: [(String, Double, [Double], Double, DriverClass)] = [
                ("res", s.residents, rates.residentProfile, rates.residentDwellHours, .resident),
                ("emp", s.employees, rates.employeeProfile, rates.employeeDwellHours, .visitor),
                ("cus", s.customers, rates.customerProfile, rates.customerDwellHours, .visitor),
            ]
            for (name, spaces, profile, dwell, driverClass) in groups where spaces > 0 {
                for h in 0..<hours {
                    let perHour = Self.arrivals(
                        spaces: spaces, profile: profile, dwellHours: dwell, hour: startHour + h)
                    guard perHour > 0 else { continue }
                    let origin = origins[next % origins.count]
                    next += 1
                    flows.append(
                        ParkingFlow(
                            flow: Flow(
                                id: "lu.\(parcel.id).\(name).\(startHour + h)", origin: origin, destination: link,
                                begin: Double(h) * 3600, end: Double(h + 1) * 3600, vehiclesPerHour: perHour,
                                distribution: .poisson),
                            driverClass: driverClass, meanDwell: dwell * 3600))
                }
            }
        }
        return flows
    }
}

/// Visitors of an event or point of interest (stadium, theatre, market, Christmas market) arriving by car.
public struct EventVisitors: Sendable, Hashable, Codable {
    public var id: String
    /// Link next to the venue.
    public var destination: String
    public var visitors: Double
    /// Share arriving by car (assumption for a town centre event: 0.5) and persons per car (1.5).
    public var carShare: Double
    public var carOccupancy: Double
    /// Arrival window in simulation seconds and the mean stay.
    public var begin: Double
    public var end: Double
    public var meanDwell: Double

    enum CodingKeys: String, CodingKey {
        case id, destination, visitors
        case begin = "begin_s"
        case end = "end_s"
        case carShare = "car_share"
        case carOccupancy = "car_occupancy"
        case meanDwell = "mean_dwell_s"
    }

    public init(
        id: String, destination: String, visitors: Double, carShare: Double = 0.5, carOccupancy: Double = 1.5,
        begin: Double, end: Double, meanDwell: Double
    ) {
        self.id = id
        self.destination = destination
        self.visitors = visitors
        self.carShare = carShare
        self.carOccupancy = carOccupancy
        self.begin = begin
        self.end = end
        self.meanDwell = meanDwell
    }

    /// Cars = visitors × car share / occupancy, spread evenly (Poisson) over [begin, end), from `origins`
    /// in equal parts.
    public func flows(network: Network, origins: [LinkID]) throws(ParkingError) -> [ParkingFlow] {
        guard let link = network.link(named: destination) else {
            throw .unknownLink(destination, referencedBy: "event '\(id)'")
        }
        guard end > begin, visitors >= 0, carShare >= 0, carShare <= 1, carOccupancy >= 1, meanDwell > 0 else {
            throw .invalidDemand(
                id: id, reason: "needs end > begin, visitors ≥ 0, car share 0…1, occupancy ≥ 1, dwell > 0")
        }
        guard !origins.isEmpty else { throw .invalidDemand(id: id, reason: "no origin links") }
        let cars = visitors * carShare / carOccupancy
        let perHour = cars / Double(origins.count) / ((end - begin) / 3600)
        return origins.enumerated().map { k, origin in
            ParkingFlow(
                flow: Flow(
                    id: "event.\(id).\(k)", origin: origin, destination: link, begin: begin, end: end,
                    vehiclesPerHour: perHour, distribution: .poisson),
                driverClass: .visitor, meanDwell: meanDwell)
        }
    }
}
