import Foundation
import TrafficCore

/// Land-use class of a development plan area (XPlanung `XP_BesondereArtDerBaulNutzung` codes).
public enum LandUseCategory: String, Sendable, Hashable, Codable {
    /// W* areas: 1000 WS, 1100 WR, 1200 WA, 1300 WB.
    case residential
    /// 1400 MD, 1450 MDW, 1500 MI, 1550 MU, 1600 MK: floor area split residential/commercial by
    /// `LandUseRates.mixedResidentialShare`.
    case mixed
    /// 1700 GE, 1800 GI.
    case commercial

    /// The class of an XPlanung code 1000–1800; `nil` for other codes (e.g. SO 2000+), which generate no trips.
    public init?(xplanCode code: Int) {
        switch code {
        case 1000..<1400: self = .residential
        case 1400..<1700: self = .mixed
        case 1700...1800: self = .commercial
        default: return nil
        }
    }
}

/// Which peak hour to generate.
public enum PeakHour: String, Sendable, Hashable, Codable {
    case morning, afternoon
}

/// Trip-generation rates after FGSV "Hinweise zur Schätzung des Verkehrsaufkommens von Gebietstypen"
/// (Bosserhoff method, see DOMAIN.md "Trip generation from land use"). Every rate is a stored property:
/// override any of them (`var r = LandUseRates(); r.tripsPerResident = 3.0`).
///
/// Chain: floor area = parcel area × GFZ → persons (residents, employees, customers) → person trips/day →
/// car trips/day = person trips × car share / occupancy → the hour's car trips = × peak-hour share →
/// split into productions (leaving the zone) and attractions (entering it) by the outbound shares.
public struct LandUseRates: Sendable, Hashable, Codable {
    // MARK: Residential
    /// Gross floor area per resident, m². Assumption (≈ 40–45 m² living space per person in Germany,
    /// gross floor area somewhat larger; 40 chosen for round numbers).
    public var floorAreaPerResident: Double = 40
    /// Person trips per resident and day. Assumption, MiD-like (MiD 2017: ≈ 3.1–3.4 trips/person/day).
    public var tripsPerResident: Double = 3.3
    /// Share of resident trips made by car (drivers and passengers). Assumption, MiD 2017: MIV ≈ 57 %.
    public var residentCarShare: Double = 0.57
    /// Persons per car on resident trips. Assumption (MiD 2017 occupancy ≈ 1.3–1.5; 1.3 makes
    /// share/occupancy ≈ the MiD car-driver share of 43 %).
    public var residentCarOccupancy: Double = 1.3

    // MARK: Commercial (employees)
    /// Gross floor area per employee, m² (FGSV/Bosserhoff worked example).
    public var floorAreaPerEmployee: Double = 60
    /// Share of employees present on an average working day (FGSV/Bosserhoff: 85 %).
    public var employeePresence: Double = 0.85
    /// Trips per present employee and day (FGSV/Bosserhoff: 3.0, i.e. commute both ways plus one business trip).
    public var tripsPerEmployee: Double = 3.0
    /// Employee car share (FGSV/Bosserhoff: 65–85 %; 0.75 mid value).
    public var employeeCarShare: Double = 0.75
    /// Persons per car, employees (FGSV/Bosserhoff: 1.1).
    public var employeeCarOccupancy: Double = 1.1

    // MARK: Commercial (customers)
    /// Gross floor area per customer and day, m² (FGSV/Bosserhoff worked example: 1 customer per 160 m²).
    public var floorAreaPerCustomer: Double = 160
    /// Trips per customer (FGSV/Bosserhoff: 2, arrival and departure).
    public var tripsPerCustomer: Double = 2
    /// Customer car share. Assumption: same as employees (0.75).
    public var customerCarShare: Double = 0.75
    /// Persons per car, customers. Assumption: same as employees (1.1).
    public var customerCarOccupancy: Double = 1.1

    // MARK: Mixed areas
    /// Residential share of the floor area in mixed areas (MI/MU/MK, MD): 50/50 (assumption).
    public var mixedResidentialShare: Double = 0.5

    // MARK: Time of day
    /// Share of the daily traffic in the morning peak hour (FGSV/Bosserhoff: ≈ 8 %).
    public var morningPeakShare: Double = 0.08
    /// Share of the daily traffic in the afternoon peak hour (FGSV/Bosserhoff: ≈ 11 %).
    public var afternoonPeakShare: Double = 0.11
    /// Share of the morning peak-hour resident trips that leave the zone (assumption: 0.8, leaving for work).
    public var residentOutboundMorning: Double = 0.8
    /// Share of the afternoon peak-hour resident trips that leave the zone (assumption: 0.4, mostly returning).
    public var residentOutboundAfternoon: Double = 0.4
    /// Share of the morning peak-hour employee trips that leave the zone (assumption: 0.1, mostly arriving).
    public var employeeOutboundMorning: Double = 0.1
    /// Share of the afternoon peak-hour employee trips that leave the zone (assumption: 0.8, mostly leaving).
    public var employeeOutboundAfternoon: Double = 0.8
    /// Share of customer trips that leave the zone, any hour (assumption: 0.5, arrival = departure).
    public var customerOutbound: Double = 0.5

    public init() {}

    public func peakShare(_ hour: PeakHour) -> Double {
        hour == .morning ? morningPeakShare : afternoonPeakShare
    }
}

/// Car trips generated by some floor area: daily totals and one hour's productions/attractions.
public struct LandUseTrips: Sendable, Hashable {
    public var residents: Double = 0
    public var employees: Double = 0
    public var customers: Double = 0
    /// Person trips per day (all modes).
    public var personTripsPerDay: Double = 0
    /// Car trips per day (in + out).
    public var carTripsPerDay: Double = 0
    /// Car trips leaving in the chosen hour.
    public var productions: Double = 0
    /// Car trips arriving in the chosen hour.
    public var attractions: Double = 0

    public init() {}

    public static func + (a: LandUseTrips, b: LandUseTrips) -> LandUseTrips {
        var s = LandUseTrips()
        s.residents = a.residents + b.residents
        s.employees = a.employees + b.employees
        s.customers = a.customers + b.customers
        s.personTripsPerDay = a.personTripsPerDay + b.personTripsPerDay
        s.carTripsPerDay = a.carTripsPerDay + b.carTripsPerDay
        s.productions = a.productions + b.productions
        s.attractions = a.attractions + b.attractions
        return s
    }
}
