import GeoCore
import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

@Suite("Parking demand from land use and events")
struct ParkingDemandTests {
    /// Commercial parcel, 1000 m² floor area (area 1000, GFZ 1): offices 700 m² / 35 = 20 spaces, retail
    /// 300 m² / 40 = 7.5 spaces. Employees 08→09 h: N = 16 → 20, D = 8 h: A = 20 − 16 + 16/8 = 6 veh.
    /// Customers 11→12 h: N = 6.75 → 7.5, D = 1.5 h: A = 0.75 + 4.5 = 5.25 veh.
    /// Residential parcel, 800 m² floor area: 10 dwellings → 10 spaces; 07→08 h: N = 8.5 → 7, D = 10 h:
    /// A = max(0, −1.5 + 0.85) = 0 (more leave than arrive).
    @Test func stockFlowArrivalsByHour() throws {
        let estimator = ParkingDemandEstimator()
        let shop = LandUseParcel(id: "c", zone: "z", category: .commercial, gfz: 1, area: 1000, centroid: Coordinate(50, 5))
        let spaces = estimator.requiredSpaces(shop)
        #expect(spaces.employees == 20)
        #expect(spaces.customers == 7.5)
        #expect(spaces.residents == 0)
        let r = estimator.rates
        #expect(abs(ParkingDemandEstimator.arrivals(spaces: 20, profile: r.employeeProfile, dwellHours: 8, hour: 9) - 6) < 1e-12)
        #expect(abs(ParkingDemandEstimator.arrivals(spaces: 7.5, profile: r.customerProfile, dwellHours: 1.5, hour: 12) - 5.25) < 1e-12)
        let home = LandUseParcel(id: "r", zone: "z", category: .residential, gfz: 1, area: 800, centroid: Coordinate(50, 5))
        #expect(estimator.requiredSpaces(home).residents == 10)
        #expect(ParkingDemandEstimator.arrivals(spaces: 10, profile: r.residentProfile, dwellHours: 10, hour: 8) == 0)

        // As flows on the loop fixture: the shop is 5 m from `street`; hour 9 (t = 0…3600) employees 6 veh/h.
        let network = try ParkingFixtures.loop()
        let flows = estimator.flows(
            parcels: [shop, home], network: network, origins: [network.id("in")], startHour: 9, hours: 1)
        let employees = try #require(flows.first { $0.flow.id == "lu.c.emp.9" })
        #expect(abs(employees.flow.vehiclesPerHour - 6) < 1e-12)
        #expect(network[employees.flow.destination].id == "street")
        // Next to the entry link `in` (no movement into it), the parcel's trips go to the nearest link a
        // driver can reach and leave again, never to `in` or to the dead-end `garage`.
        let byTheEntry = LandUseParcel(id: "e", zone: "z", category: .commercial, gfz: 1, area: 1000, centroid: Coordinate(-100, 3))
        let entryFlows = estimator.flows(
            parcels: [byTheEntry], network: network, origins: [network.id("in")], startHour: 9, hours: 1)
        #expect(!entryFlows.isEmpty)
        #expect(entryFlows.allSatisfy { !["in", "garage"].contains(network[$0.flow.destination].id) })
        #expect(employees.meanDwell == 28_800.0)  // 8 h
        // A parcel 10 km away from every link generates nothing here.
        let far = LandUseParcel(id: "f", zone: "z", category: .commercial, gfz: 1, area: 1000, centroid: Coordinate(10_000, 0))
        #expect(estimator.flows(parcels: [far], network: network, origins: [network.id("in")], startHour: 9, hours: 1).isEmpty)
    }

    /// 3000 visitors, half by car at 1.5 per car → 1000 cars; two origins over one hour → 500 veh/h each.
    @Test func eventVisitorsBecomeCarFlows() throws {
        let network = try ParkingFixtures.loop()
        let event = EventVisitors(id: "concert", destination: "street", visitors: 3000, begin: 0, end: 3600, meanDwell: 10_800)
        let flows = try event.flows(network: network, origins: [network.id("in"), network.id("down")])
        #expect(flows.count == 2)
        #expect(flows.allSatisfy { abs($0.flow.vehiclesPerHour - 500) < 1e-9 && $0.meanDwell == 10_800 })
        let unknown = EventVisitors(id: "x", destination: "nowhere", visitors: 10, begin: 0, end: 60, meanDwell: 60)
        #expect(throws: ParkingError.unknownLink("nowhere", referencedBy: "event 'x'")) {
            try unknown.flows(network: network, origins: [network.id("in")])
        }
    }
}
