import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Demand")
struct DemandTests {
    private let a = LinkID(rawValue: 0)
    private let b = LinkID(rawValue: 1)

    /// 600 veh/h evenly over one hour: headway 6 s, departures 0, 6, …, 3594 → exactly 600.
    @Test func uniformFlowIsEvenlySpaced() {
        let flow = Flow(id: "f", origin: a, destination: b, begin: 0, end: 3600, vehiclesPerHour: 600)
        var generator = Xoshiro256StarStar(seed: 1)
        let times = flow.departureTimes(using: &generator)
        #expect(times.count == 600)
        #expect(times.first == 0 && times.last == 3594)
        #expect(zip(times, times.dropFirst()).allSatisfy { abs($1 - $0 - 6) < 1e-9 })
    }

    /// Poisson, 1200 veh/h for 10 h: expected 12 000 departures, standard deviation √12 000 ≈ 110; the count
    /// must lie within ±5 σ (550), and the mean headway within 2 % of 3 s.
    @Test func poissonFlowHasTheRightRate() {
        let flow = Flow(
            id: "p", origin: a, destination: b, begin: 0, end: 36_000, vehiclesPerHour: 1200, distribution: .poisson)
        var generator = Xoshiro256StarStar(seed: 99)
        let times = flow.departureTimes(using: &generator)
        #expect(abs(times.count - 12_000) <= 550)
        let meanHeadway = (times.last! - times.first!) / Double(times.count - 1)
        #expect(abs(meanHeadway - 3) <= 0.06)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
    }

    /// OD trips: 10.0 vehicles uniform over [0, 100) → departures at the slot midpoints 5, 15, …, 95; the
    /// fractional cell 0.5 yields 0 or 1 vehicle; unknown zones are typed errors.
    @Test func odMatrixGeneratesTrips() throws {
        let matrix = ODMatrix(
            id: "m", zones: ["Z1": [a], "Z2": [b]],
            entries: [
                ODEntry(origin: "Z1", destination: "Z2", vehicles: 10),
                ODEntry(origin: "Z2", destination: "Z1", vehicles: 0.5),
            ],
            begin: 0, end: 100, distribution: .uniform)
        let trips = try matrix.trips(seed: 1, stream: 0)
        let forward = trips.filter { $0.origin == a }
        #expect(forward.map(\.departure) == stride(from: 5.0, to: 100, by: 10).map { $0 })
        #expect(forward.allSatisfy { $0.destination == b })
        #expect((0...1).contains(trips.count - 10))
        var broken = matrix
        broken.entries.append(ODEntry(origin: "Z1", destination: "Z9", vehicles: 1))
        #expect(throws: DemandError.unknownZone("Z9", matrix: "m")) { try broken.trips(seed: 1, stream: 0) }
    }

    /// Trips from all sources are merged in departure order with a stable tie-break.
    @Test func generatedTripsAreSortedAndNamed() throws {
        let demand = Demand(
            trips: [
                Trip(id: "late", origin: a, destination: b, departure: 100),
                Trip(id: "zero", origin: a, destination: b, departure: 0),
            ],
            flows: [Flow(id: "f", origin: a, destination: b, begin: 0, end: 30, vehiclesPerHour: 360)])
        let trips = try demand.generateTrips(seed: 1)
        #expect(trips.map(\.id) == ["zero", "f.0", "f.1", "f.2", "late"])
        #expect(throws: DemandError.invalidFlow(id: "bad", reason: "window [10.0, 5.0) is empty or reversed")) {
            try Demand(flows: [Flow(id: "bad", origin: a, destination: b, begin: 10, end: 5, vehiclesPerHour: 1)])
                .generateTrips(seed: 1)
        }
    }
}
