import TrafficCore

/// Kinds of on-street parking space. Which a driver may use depends on the driver class
/// (`DriverClass.usableCategories`); bicycle stands are listed for completeness (supply maps, occupancy
/// reports) but no car driver class may use them.
public enum ParkingCategory: String, Codable, Sendable, Hashable, CaseIterable {
    case general
    case residents
    case disabled
    case delivery
    case taxi
    case busLorry = "bus_lorry"
    case bicycle
    case eCharging = "e_charging"
}

/// Who is looking for a space; decides which on-street categories count as supply for the driver.
public enum DriverClass: String, Codable, Sendable, Hashable, CaseIterable {
    /// Visitors, shoppers, commuters: general spaces only.
    case visitor
    /// Holders of a residents' permit (Bewohnerparkausweis).
    case resident
    /// Holders of a disabled parking permit.
    case disabled
    /// Delivery and loading vehicles.
    case delivery
    case taxi
    /// Buses and lorries.
    case lorry
    /// Electric cars that may use charging bays.
    case electric

    /// Categories the class may use, in the order a driver tries them on one street segment (the
    /// reserved category first, then general spaces where the class may also use those).
    public var usableCategories: [ParkingCategory] {
        switch self {
        case .visitor: [.general]
        case .resident: [.residents, .general]
        case .disabled: [.disabled, .general]
        case .delivery: [.delivery, .general]
        case .taxi: [.taxi]
        case .lorry: [.busLorry]
        case .electric: [.eCharging, .general]
        }
    }
}

/// On-street parking along one street link, by category.
public struct OnStreetParking: Sendable, Hashable {
    /// Identifier of the segment (e.g. from the GIS layer); unique across segments and car parks.
    public var id: String
    public var link: LinkID
    /// Spaces per category (categories absent have none).
    public var capacity: [ParkingCategory: Int]

    public init(id: String, link: LinkID, capacity: [ParkingCategory: Int]) {
        self.id = id
        self.link = link
        self.capacity = capacity
    }
}

/// A car park (Parkhaus, Tiefgarage) or Park and Ride site, reached through its entrance link.
public struct CarPark: Sendable, Hashable {
    public var id: String
    /// A vehicle enters the car park at the downstream end of this link.
    public var entrance: LinkID
    public var capacity: Int
    /// Opening hours as seconds after midnight, `opens ..< closes`; nil: always open. `closes` may exceed
    /// 86 400 for sites open past midnight.
    public var openingHours: Range<Double>?
    /// Price per started hour in euro (reported; drivers skip car parks above their price limit).
    public var pricePerHour: Double
    public var isParkAndRide: Bool

    public init(
        id: String, entrance: LinkID, capacity: Int, openingHours: Range<Double>? = nil, pricePerHour: Double = 0,
        isParkAndRide: Bool = false
    ) {
        self.id = id
        self.entrance = entrance
        self.capacity = capacity
        self.openingHours = openingHours
        self.pricePerHour = pricePerHour
        self.isParkAndRide = isParkAndRide
    }

    /// Whether the car park accepts vehicles at `secondsOfDay` (taken modulo 24 h).
    public func isOpen(atSecondOfDay secondsOfDay: Double) -> Bool {
        guard let hours = openingHours else { return true }
        let t = secondsOfDay.truncatingRemainder(dividingBy: 86_400)
        return hours.contains(t) || hours.contains(t + 86_400)
    }
}

/// All parking supply of a study area: on-street segments and car parks (Park and Ride included).
public struct ParkingSupply: Sendable, Hashable {
    public var onStreet: [OnStreetParking]
    public var carParks: [CarPark]

    public init(onStreet: [OnStreetParking] = [], carParks: [CarPark] = []) {
        self.onStreet = onStreet
        self.carParks = carParks
    }

    /// Checks identifiers (unique, non-empty), capacities (≥ 0), links (in `network`) and opening hours.
    public func validate(network: Network) throws(ParkingError) {
        var seen = Set<String>()
        func check(_ id: String) throws(ParkingError) {
            guard !id.isEmpty else { throw .invalidSupply(id: id, reason: "empty identifier") }
            guard seen.insert(id).inserted else { throw .invalidSupply(id: id, reason: "identifier used twice") }
        }
        for s in onStreet {
            try check(s.id)
            guard s.link.index >= 0, s.link.index < network.links.count else {
                throw .invalidSupply(id: s.id, reason: "link is not in the network")
            }
            for (category, spaces) in s.capacity where spaces < 0 {
                throw .invalidSupply(id: s.id, reason: "negative capacity \(spaces) for \(category.rawValue)")
            }
        }
        for c in carParks {
            try check(c.id)
            guard c.entrance.index >= 0, c.entrance.index < network.links.count else {
                throw .invalidSupply(id: c.id, reason: "entrance link is not in the network")
            }
            guard c.capacity >= 0 else { throw .invalidSupply(id: c.id, reason: "negative capacity \(c.capacity)") }
            guard c.pricePerHour >= 0, c.pricePerHour.isFinite else {
                throw .invalidSupply(id: c.id, reason: "price per hour must be ≥ 0")
            }
            if let h = c.openingHours, !(h.lowerBound >= 0 && h.upperBound <= 2 * 86_400) {
                throw .invalidSupply(id: c.id, reason: "opening hours \(h) outside 0 … 48 h")
            }
        }
    }

    /// Total spaces a driver of `driverClass` may use (on-street usable categories plus car parks).
    public func usableCapacity(for driverClass: DriverClass) -> Int {
        let usable = driverClass.usableCategories
        let street = onStreet.reduce(0) { sum, s in sum + usable.reduce(0) { $0 + (s.capacity[$1] ?? 0) } }
        return street + carParks.reduce(0) { $0 + $1.capacity }
    }
}
