import TrafficCore

/// How drivers learn about free spaces.
public enum ParkingGuidance: String, Codable, Sendable, Hashable, CaseIterable {
    /// Everyone searches on sight (cruising) and diverts to a car park after the search tolerance.
    case none
    /// A share of drivers (`equippedShare`) sees sensor occupancy (as of t − latency) and drives straight to
    /// the nearest segment or car park believed free.
    case sensors
}

/// Parameters of the parking search model (see `ParkingSimulation` for the model).
public struct ParkingConfiguration: Sendable, Hashable {
    public var guidance: ParkingGuidance
    /// Share of parking trips with guidance (0…1), drawn per trip from the seeded generator.
    public var equippedShare: Double
    /// Age of the sensor information in seconds: equipped drivers see occupancy as of t − latency.
    public var latency: Double
    /// Searching this long (s) on street makes a driver divert to the nearest open car park with free
    /// spaces. Default 480 s, about Shoup's mean search time of 8.1 min over 16 studies (DOMAIN.md).
    public var searchTolerance: Double
    /// Occupancy θ below which a driver passing a segment with free spaces always sees one. Above θ the
    /// chance falls linearly, p = (1 − o) / (1 − θ) with o = occupied / capacity, to 1 / (C·(1 − θ)) for the
    /// last free space: free spaces are scattered, hidden behind parked cars or taken by a competitor just
    /// ahead. With θ = 0.85 search time stays low up to about 85 % and rises sharply towards 90–100 %, as
    /// agent-based studies find (DOMAIN.md "Parking"). θ = 1: every free space is found.
    public var saturationThreshold: Double
    /// Mean parking duration (s) for trips without their own; dwell times are exponential with this mean.
    public var meanDwell: Double
    /// Occupancy at t = 0 as a share of capacity, for every facility without its own value.
    public var initialOccupancy: Double
    /// Initial occupancy by facility ID (on-street segment or car park), share of capacity 0…1; overrides
    /// `initialOccupancy`. Vehicles parked at t = 0 leave after an exponential residual time with mean
    /// `meanDwell` (the memoryless residual of an exponential dwell).
    public var initialOccupancyByFacility: [String: Double]
    /// Clock time of t = 0 in seconds after midnight (opening hours of car parks are clock times).
    public var startTimeOfDay: Double
    /// Drivers skip car parks that cost more per hour (euro); nil: no limit.
    public var maxPricePerHour: Double?
    /// Walking speed (m/s) from a space to the destination, in the generalised cost by which guided and
    /// diverting drivers pick a facility (driving time + walking time). 1.4 m/s is a common design value.
    public var walkingSpeed: Double
    /// Seed of the parking decisions (guidance equipment, sighting a space, dwell times).
    public var seed: UInt64

    public init(
        guidance: ParkingGuidance = .none, equippedShare: Double = 0.5, latency: Double = 60,
        searchTolerance: Double = 480, saturationThreshold: Double = 0.85, meanDwell: Double = 3600,
        initialOccupancy: Double = 0, initialOccupancyByFacility: [String: Double] = [:],
        startTimeOfDay: Double = 8 * 3600, maxPricePerHour: Double? = nil, walkingSpeed: Double = 1.4,
        seed: UInt64 = 1
    ) {
        self.guidance = guidance
        self.equippedShare = equippedShare
        self.latency = latency
        self.searchTolerance = searchTolerance
        self.saturationThreshold = saturationThreshold
        self.meanDwell = meanDwell
        self.initialOccupancy = initialOccupancy
        self.initialOccupancyByFacility = initialOccupancyByFacility
        self.startTimeOfDay = startTimeOfDay
        self.maxPricePerHour = maxPricePerHour
        self.walkingSpeed = walkingSpeed
        self.seed = seed
    }

    func validate() throws(ParkingError) {
        func share(_ value: Double, _ name: String) throws(ParkingError) {
            guard value >= 0, value <= 1 else { throw .invalidConfiguration("\(name) must be in 0…1, is \(value)") }
        }
        try share(equippedShare, "equipped share")
        try share(saturationThreshold, "saturation threshold")
        try share(initialOccupancy, "initial occupancy")
        for (id, value) in initialOccupancyByFacility { try share(value, "initial occupancy of '\(id)'") }
        guard latency >= 0, latency.isFinite else { throw .invalidConfiguration("latency must be ≥ 0 s") }
        guard searchTolerance >= 0 else { throw .invalidConfiguration("search tolerance must be ≥ 0 s") }
        guard meanDwell > 0, meanDwell.isFinite else { throw .invalidConfiguration("mean dwell must be > 0 s") }
        guard walkingSpeed > 0, walkingSpeed.isFinite else { throw .invalidConfiguration("walking speed must be > 0") }
        guard startTimeOfDay.isFinite else { throw .invalidConfiguration("start time of day must be finite") }
    }

    /// Chance that a driver passing a segment sees one of its free spaces (see `saturationThreshold`).
    func sightingProbability(occupied: Int, capacity: Int) -> Double {
        guard occupied < capacity else { return 0 }
        let o = Double(occupied) / Double(capacity)
        if o < saturationThreshold { return 1 }
        return min(1, (1 - o) / (1 - saturationThreshold))
    }
}

/// A trip that looks for a parking space at its destination.
public struct ParkingTrip: Sendable, Hashable {
    /// ID of the underlying `Trip` (unique).
    public var tripID: String
    public var driverClass: DriverClass
    /// Mean parking duration (s); nil: `ParkingConfiguration.meanDwell`.
    public var meanDwell: Double?

    public init(tripID: String, driverClass: DriverClass = .visitor, meanDwell: Double? = nil) {
        self.tripID = tripID
        self.driverClass = driverClass
        self.meanDwell = meanDwell
    }
}

/// A stream of parking trips: a `Flow` whose vehicles park at the destination.
public struct ParkingFlow: Sendable, Hashable {
    public var flow: Flow
    public var driverClass: DriverClass
    public var meanDwell: Double?

    public init(flow: Flow, driverClass: DriverClass = .visitor, meanDwell: Double? = nil) {
        self.flow = flow
        self.driverClass = driverClass
        self.meanDwell = meanDwell
    }
}

/// Parking demand: flows of parking trips (from land use, events, counts). Trips are named
/// `park.<flow id>.<k>`; flow i draws its departures from stream 2³³ + i of the scenario seed, so adding
/// parking demand leaves the background traffic unchanged.
public struct ParkingDemand: Sendable, Hashable {
    public var flows: [ParkingFlow]

    public init(flows: [ParkingFlow] = []) { self.flows = flows }

    public func generate(seed: UInt64) throws(ParkingError) -> (trips: [Trip], parking: [ParkingTrip]) {
        var trips: [Trip] = []
        var parking: [ParkingTrip] = []
        for (i, p) in flows.enumerated() {
            do {
                try p.flow.validate()
            } catch {
                throw .invalidDemand(id: p.flow.id, reason: "\(error)")
            }
            if let dwell = p.meanDwell, !(dwell > 0 && dwell.isFinite) {
                throw .invalidDemand(id: p.flow.id, reason: "mean dwell must be > 0 s")
            }
            var generator = Xoshiro256StarStar(seed: seed, stream: 1 << 33 | UInt64(i))
            for (k, t) in p.flow.departureTimes(using: &generator).enumerated() {
                let id = "park.\(p.flow.id).\(k)"
                trips.append(Trip(id: id, origin: p.flow.origin, destination: p.flow.destination, departure: t))
                parking.append(ParkingTrip(tripID: id, driverClass: p.driverClass, meanDwell: p.meanDwell))
            }
        }
        return (trips, parking)
    }
}
