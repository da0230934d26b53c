/// Everything that generates vehicles: explicit trips, flows and OD matrices.
public struct Demand: Sendable, Hashable {
    public var trips: [Trip]
    public var flows: [Flow]
    public var odMatrices: [ODMatrix]

    public init(trips: [Trip] = [], flows: [Flow] = [], odMatrices: [ODMatrix] = []) {
        self.trips = trips
        self.flows = flows
        self.odMatrices = odMatrices
    }

    /// All trips, sorted by departure time (ties keep the order trips → flows → OD matrices, each in input
    /// order). Deterministic for a given `seed`: flow i draws from stream i, OD matrix j from stream 2³² + j
    /// (see `Xoshiro256StarStar.init(seed:stream:)`). Flow trips are named `<flow id>.<k>`, OD trips
    /// `<matrix id>.<cell>.<k>`. Pass the network to let OD zones pick suitable origin and destination links
    /// (`ODMatrix.trips(seed:stream:network:)`).
    /// The most trips a demand may expand to (trips, flows and OD matrices together): 20 million, far above
    /// a city's peak day, and what the engine's arrays hold in a few GB.
    public static let maximumTrips = 20_000_000
    /// The latest departure time accepted (s): 100 million s (about 3 years); later times are typing errors.
    public static let latestTime = 100_000_000.0

    public func generateTrips(seed: UInt64, network: Network? = nil) throws(DemandError) -> [Trip] {
        var all = trips
        for trip in trips where !trip.departure.isFinite || trip.departure < 0 || trip.departure > Self.latestTime {
            throw .invalidTrip(
                id: trip.id, reason: "departure \(trip.departure) s must lie within 0 and \(Int(Self.latestTime)) s")
        }
        var expected = Double(trips.count)
        for flow in flows {
            try flow.validate()
            expected += flow.vehiclesPerHour * (flow.end - flow.begin) / 3600
        }
        for matrix in odMatrices {
            expected += matrix.entries.reduce(0) { $0 + max($1.vehicles * matrix.scale, 0) }
        }
        guard expected.isFinite, expected <= Double(Self.maximumTrips) else {
            throw .tooManyTrips(expected.isFinite ? Int(min(expected, 1e18)) : Int.max, limit: Self.maximumTrips)
        }
        for (i, flow) in flows.enumerated() {
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(i))
            for (k, t) in flow.departureTimes(using: &generator).enumerated() {
                all.append(
                    Trip(
                        id: "\(flow.id).\(k)", origin: flow.origin, destination: flow.destination, departure: t,
                        vehicleType: flow.vehicleType, departLane: flow.departLane))
            }
        }
        for (j, matrix) in odMatrices.enumerated() {
            all += try matrix.trips(seed: seed, stream: 1 << 32 | UInt64(j), network: network)
        }
        let order = all.indices.sorted { a, b in
            all[a].departure != all[b].departure ? all[a].departure < all[b].departure : a < b
        }
        return order.map { all[$0] }
    }
}
