import GeoCore
import Testing
import TrafficTestSupport

@testable import TrafficCore

@Suite("Given routes: a trip's own route is what it drives")
struct GivenRouteTests {
    /// `TestNetworks.diamond`: in, the short branch via P (2 × 500 m) or the long one via Q (2 × 800 m), out.
    private func diamond() throws -> Network { try TestNetworks.diamond() }

    /// Without a route the vehicle takes P (1200 m, 120 s); given the route via Q it drives 1800 m in 180 s,
    /// also when the run re-routes.
    @Test func aGivenRouteIsDrivenInsteadOfTheShortestPath() throws {
        let network = try diamond()
        let viaQ = ["in", "sQ", "Qt", "out"].map(network.id)
        let trips = [
            Trip(id: "free", origin: network.id("in"), destination: network.id("out"), departure: 0),
            Trip(id: "given", origin: network.id("in"), destination: network.id("out"), departure: 10, route: viaQ),
        ]
        let result = try Simulation(
            network: network, trips: trips,
            configuration: SimulationConfiguration(duration: 600, reroutingInterval: 60, stopAndGo: nil)
        ).run()
        let byID = Dictionary(uniqueKeysWithValues: result.trips.map { ($0.id, $0) })
        #expect(try #require(byID["free"]).routeLength == 1200)
        #expect(try #require(byID["given"]).routeLength == 1800)
        #expect(abs(try #require(byID["given"]).duration - 180) < 1)
    }

    @Test func aRouteThatDoesNotConnectItsEndsIsRefused() throws {
        let network = try diamond()
        let broken = Trip(
            id: "x", origin: network.id("in"), destination: network.id("out"), departure: 0,
            route: ["in", "sP", "Qt", "out"].map(network.id))
        #expect(throws: SimulationError.invalidTrip(id: "x", reason: "its route goes from 'sP' to 'Qt' without a movement")) {
            try Simulation(network: network, trips: [broken], configuration: SimulationConfiguration(duration: 60))
        }
        let wrongEnd = Trip(
            id: "y", origin: network.id("in"), destination: network.id("out"), departure: 0,
            route: ["in", "sP", "Pt"].map(network.id))
        #expect(throws: SimulationError.self) {
            try Simulation(network: network, trips: [wrongEnd], configuration: SimulationConfiguration(duration: 60))
        }
    }
}
