import GeoCore
import Testing
import TrafficCore
import TrafficStudies

@Suite("Land use → scenario")
struct LandUseScenarioTests {
    /// A two-way street A(0,0)–B(1000,0)–C(2000,0): links ab, bc, cb, ba with turns at the ends, so every
    /// link leads on and can be entered.
    private func street() throws -> ImportedNetwork {
        var b = NetworkBuilder()
        _ = try b.addNode("A", at: Coordinate(0, 0))
        _ = try b.addNode("B", at: Coordinate(1000, 0))
        _ = try b.addNode("C", at: Coordinate(2000, 0))
        for (id, from, to) in [("ab", "A", "B"), ("bc", "B", "C"), ("cb", "C", "B"), ("ba", "B", "A")] {
            _ = try b.addLink(id, from: from, to: to, freeFlowSpeed: 10)
        }
        for (from, to) in [("ab", "bc"), ("bc", "cb"), ("cb", "ba"), ("ba", "ab")] {
            _ = try b.addMovement(from: from, to: to)
        }
        let network = b.build()
        return ImportedNetwork(
            network: network, linkIDs: Dictionary(uniqueKeysWithValues: network.links.indices.map {
                (network.links[$0].id, LinkID($0))
            }), crs: .etrs89UTM32)
    }

    /// Zone points: west (100, 50) is 50 m from ab and ba (tie → lower index ab, for both ends); east
    /// (1900, −30) is 30 m from bc/cb (→ bc); far (5000, 0) is 3000 m from bc — beyond 400 m, so external
    /// with gateway bc; far2 (−3000, 4000) is 5000 m from A, i.e. from ab/ba (→ ab), external too.
    @Test func connectorsAreNearestLinksAndFarZonesAreExternal() throws {
        let network = try street().network
        let c = try ZoneConnection(
            points: [("west", Coordinate(100, 50)), ("east", Coordinate(1900, -30)), ("far", Coordinate(5000, 0)),
                ("far2", Coordinate(-3000, 4000))],
            network: network, maxDistance: 400)
        let name = { (z: String) in c.zones[z]?.map { network.links[$0.index].id } }
        #expect(name("west") == ["ab"])
        #expect(name("east") == ["bc"])
        #expect(name("far") == ["bc"])
        #expect(name("far2") == ["ab"])
        #expect(c.internalZones == ["west", "east"])
        #expect(abs(c.distance["west"]! - 50) < 1e-9 && abs(c.distance["far"]! - 3000) < 1e-9)
        #expect(abs(c.distance["far2"]! - 5000) < 1e-9)
    }

    /// Trips between the four zones split into inside (west↔east), across the boundary (one external end)
    /// and left out (far↔far2); the three add up to all distributed trips, the scenario's OD matrix holds
    /// exactly the first two groups, and the simulation of the scenario routes and completes every trip
    /// (external trips start or end on their gateway link).
    @Test func tripsArePartitionedAndSimulated() throws {
        let imported = try street()
        func parcel(_ id: String, _ zone: String, _ category: LandUseCategory, _ x: Double, _ y: Double) -> LandUseParcel {
            LandUseParcel(id: id, zone: zone, category: category, gfz: 1.2, area: 2_000, centroid: Coordinate(x, y))
        }
        let parcels = [
            parcel("w1", "west", .residential, 100, 50), parcel("e1", "east", .commercial, 1900, -30),
            parcel("f1", "far", .mixed, 5000, 0), parcel("g1", "far2", .residential, -3000, 4000),
        ]
        let generator = LandUseTripGenerator()
        let study = try LandUseScenario(parcels: parcels, hour: .morning, network: imported, generator: generator)
        let all = generator.distribute(generator.zoneTrips(parcels: parcels, hour: .morning))
        let internalZones: Set<String> = ["west", "east"]
        func sum(_ keep: (ODEntry) -> Bool) -> Double { all.filter(keep).reduce(0) { $0 + $1.vehicles } }
        let inside = sum { internalZones.contains($0.origin) && internalZones.contains($0.destination) }
        let across = sum { internalZones.contains($0.origin) != internalZones.contains($0.destination) }
        let outside = sum { !internalZones.contains($0.origin) && !internalZones.contains($0.destination) }
        #expect(outside > 0 && across > 0 && inside > 0)
        #expect(abs(study.vehiclesInternal - inside) < 1e-9)
        #expect(abs(study.vehiclesCrossingBoundary - across) < 1e-9)
        #expect(abs(study.vehiclesOutsideNetwork - outside) < 1e-9)
        let matrix = try #require(study.scenario.demand.odMatrices.first)
        #expect(Set(matrix.entries.map { "\($0.origin)>\($0.destination)" }) == Set(all.filter {
            internalZones.contains($0.origin) || internalZones.contains($0.destination)
        }.map { "\($0.origin)>\($0.destination)" }))
        #expect(matrix.begin == 0 && matrix.end == 3_600 && study.scenario.configuration.duration == 5_400)

        let result = try Simulation.run(study.scenario)
        #expect(result.unroutableTripIDs.isEmpty)
        #expect(result.summary.vehiclesDeparted > 0)
        #expect(result.summary.vehiclesArrived == result.summary.vehiclesDeparted)
        // Stochastic rounding: each cell gives ⌊v⌋ or ⌈v⌉ vehicles.
        let low = matrix.entries.reduce(0) { $0 + Int($1.vehicles.rounded(.down)) }
        let high = matrix.entries.reduce(0) { $0 + Int($1.vehicles.rounded(.up)) }
        #expect((low...high).contains(result.summary.vehiclesDeparted))
    }

    /// No zone near the network with trips → a clear error instead of an empty run.
    @Test func noInternalZoneIsAnError() throws {
        let parcels = [
            LandUseParcel(id: "f", zone: "far", category: .residential, gfz: 1, area: 1_000, centroid: Coordinate(9000, 0)),
            LandUseParcel(id: "g", zone: "far2", category: .commercial, gfz: 1, area: 1_000, centroid: Coordinate(-9000, 0)),
        ]
        #expect(throws: ZoneError.self) {
            try LandUseScenario(parcels: parcels, hour: .morning, network: try street())
        }
    }
}
