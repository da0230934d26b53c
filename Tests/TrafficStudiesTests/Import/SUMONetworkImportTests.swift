import Foundation
import GeoCore
import Testing
import TrafficStudies

@testable import TrafficCore

/// A SUMO `.net.xml` (the `crossing.net.xml` fixture) as a network: links, nodes, movements, geometry, CRS and
/// the signal programs as plans.
@Suite struct SUMONetworkImportTests {
    let imported: ImportedNetwork

    init() throws {
        imported = try SUMONetworkImporter().importNetwork(contentsOf: fixture("crossing.net.xml"))
    }

    var network: Network { imported.network }

    @Test func passengerNetworkHasSevenLinksFiveNodesTenMovements() throws {
        // 8 normal edges; ES has only a pedestrian lane, so 7 links. Junctions C, E, N, S, W in file order.
        #expect(network.links.map(\.id) == ["WC", "CW", "CE", "EC", "NC", "CN", "SC"])
        #expect(network.nodes.map(\.id) == ["C", "E", "N", "S", "W"])
        // 10 car connections at C (WC→CE counted once for its two lanes) + the turn-back CE→EC at E.
        #expect(network.movements.count == 10)
        #expect(imported.linkIDs.count == 7)
        #expect(imported.linkIDs["SC"] == network.link(named: "SC"))
        #expect(imported.sourceLinks["WC"] == [network.link(named: "WC")!])
        #expect(
            imported.warnings.map(\.message) == ["1 of 8 edges have no lane open to 'passenger' and were left out"])
    }

    @Test func lengthsLanesSpeedsComeFromTheLanes() throws {
        let wc = network[network.link(named: "WC")!]
        #expect(wc.length == 490)
        #expect(wc.lanes == 2)
        #expect(wc.freeFlowSpeed == 13.89)
        #expect(wc.capacity == 3600)  // 2 lanes × 1800 veh/h
        let nc = network[network.link(named: "NC")!]
        #expect(nc.length == 385)  // the lane's length attribute, not the shape's
        #expect(nc.freeFlowSpeed == 8.33)
        // SC: lane 0 is a sidewalk; the car lane 1 gives lanes = 1 and speed 11.11.
        let sc = network[network.link(named: "SC")!]
        #expect(sc.lanes == 1)
        #expect(sc.freeFlowSpeed == 11.11)
        #expect(sc.length == 290)
    }

    @Test func coordinatesAreNetMinusNetOffsetInTheProjParameterCRS() throws {
        #expect(
            imported.crs
                == CoordinateReferenceSystem(unchecked: "+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs"))
        #expect(network[network.node(named: "C")!].coordinate == Coordinate(500_500, 5_900_500))
        #expect(network[network.node(named: "W")!].coordinate == Coordinate(500_000, 5_900_500))
        // No edge shape: junction to junction (the lane centre line has no inner vertex).
        #expect(
            network[network.link(named: "WC")!].geometry == [
                Coordinate(500_000, 5_900_500), Coordinate(500_500, 5_900_500),
            ])
        // Edge shape given: used as it is.
        #expect(
            network[network.link(named: "NC")!].geometry == [
                Coordinate(500_500, 5_900_900), Coordinate(500_520, 5_900_700), Coordinate(500_500, 5_900_500),
            ])
    }

    @Test func geometryLengthsRunJunctionToJunction() throws {
        let measured = try SUMONetworkImporter(linkLength: .geometry).importNetwork(
            contentsOf: fixture("crossing.net.xml"))
        func length(_ id: String) -> Double { measured.network[measured.network.link(named: id)!].length }
        #expect(length("WC") == 500)  // W (0, 500) to C (500, 500); the lane says 490
        #expect(length("SC") == 300)
        // NC along its shape: two legs of √(20² + 200²) = 200.998 m.
        expectClose(length("NC"), 2 * (20.0 * 20 + 200 * 200).squareRoot(), within: 1e-9)
    }

    @Test func reprojectionIntoEPSG25832KeepsUTM32Coordinates() throws {
        // projParameter is UTM 32 on GRS80, the same map as ETRS89 / UTM 32N: the positions stay put.
        let reprojected = try SUMONetworkImporter(targetCRS: .etrs89UTM32).importNetwork(
            contentsOf: fixture("crossing.net.xml"))
        #expect(reprojected.crs == .etrs89UTM32)
        let c = reprojected.network[reprojected.network.node(named: "C")!].coordinate
        expectClose(c.x, 500_500, within: 0.001)
        expectClose(c.y, 5_900_500, within: 0.001)
    }

    @Test func movementLanesAndSignalGroups() throws {
        func movement(_ from: String, _ to: String) -> Movement? {
            network.movement(from: network.link(named: from)!, to: network.link(named: to)!).map { network[$0] }
        }
        // WC→CE uses lanes 0 and 1 (link indices 0 and 1, same signal): one movement, 2 lanes, group C:0; its
        // way through the junction is the internal lanes :C_0_0 and :C_0_1, 20 m each at 13.89 m/s; lane 0 leads
        // onto lane 0 of CE, lane 1 onto lane 1.
        var expected = Movement(
            from: network.link(named: "WC")!, to: network.link(named: "CE")!, lanes: 2, signalGroup: "C:0",
            passageLength: 20, passageTime: 20 / 13.89)
        expected.fromLanes = [0, 1]
        expected.laneConnections = [[0], [1]]
        #expect(movement("WC", "CE") == expected)
        #expect(movement("WC", "CE")?.toLanes == [0, 1])
        #expect(movement("WC", "CN")?.signalGroup == "C:2")
        #expect(movement("SC", "CW")?.signalGroup == "C:9")
        #expect(movement("CE", "EC")?.signalGroup == nil)  // priority junction E
        #expect(movement("CE", "EC")?.lanes == 1)
        #expect(movement("WC", "CW") == nil)  // no connection given
        #expect(network.signalisedNodes == [network.node(named: "C")!])
    }

    @Test func lastProgramGivesCycleOffsetAndGreenIntervals() throws {
        // Program "peak" (last in the file): 20 G, 3 y, 2 r, 40 r, 3 r, 2 r, 20 G for link 0 → cycle 90, green
        // [0, 20) and [70, 90), joined into one wrapping interval [70, 20); offset 10.
        let c = network.node(named: "C")!
        let plan = try #require(imported.signalPlans[c])
        #expect(plan.cycle == 90)
        #expect(plan.offset == 10)
        #expect(plan.groups.map(\.id) == ["C:0", "C:2", "C:3", "C:4", "C:5", "C:6", "C:7", "C:8", "C:9"])
        #expect(plan.group("C:0")?.greenIntervals == [GreenInterval(start: 70, end: 20)])
        #expect(plan.effectiveGreen(of: "C:0") == 40)
        #expect(plan.group("C:2")?.greenIntervals == [GreenInterval(start: 70, end: 20)])  // 'g' is green
        #expect(plan.group("C:7")?.greenIntervals == [GreenInterval(start: 25, end: 65)])  // after 20 + 3 + 2
        #expect(plan.group("C:5")?.greenIntervals == [GreenInterval(start: 25, end: 65)])
        // SUMO starts phase 0 at t = offset: at t = 10 link 0 is green, at t = 35 (phase 25 s, amber) not.
        #expect(plan.isGreen(group: "C:0", at: 10))
        #expect(!plan.isGreen(group: "C:0", at: 35))
        #expect(plan.isGreen(group: "C:0", at: 85))
        #expect(!plan.isGreen(group: "C:7", at: 30))  // phase 20: amber
        #expect(plan.isGreen(group: "C:7", at: 40))  // phase 30
        // Per traffic light: one group per link index, crossing (index 10) included.
        let byIndex = try #require(imported.trafficLightPlans["C"])
        #expect(byIndex.groups.count == 11)
        #expect(byIndex.group("C:1")?.greenIntervals == [GreenInterval(start: 70, end: 20)])
        #expect(byIndex.group("C:10")?.greenIntervals == [GreenInterval(start: 70, end: 20)])
    }

    @Test func programIDChoosesAnotherProgram() throws {
        let night = try SUMONetworkImporter(programID: "night").importNetwork(
            contentsOf: fixture("crossing.net.xml"))
        let plan = try #require(night.signalPlans[night.network.node(named: "C")!])
        #expect(plan.cycle == 60)  // 25 + 3 + 2 + 25 + 3 + 2
        #expect(plan.offset == 0)
        #expect(plan.group("C:0")?.greenIntervals == [GreenInterval(start: 0, end: 25)])
        #expect(plan.group("C:7")?.greenIntervals == [GreenInterval(start: 30, end: 55)])
    }

    @Test func withoutVehicleClassEveryEdgeAndLaneCounts() throws {
        let all = try SUMONetworkImporter(vehicleClass: nil).importNetwork(contentsOf: fixture("crossing.net.xml"))
        #expect(all.network.links.count == 8)
        let sc = all.network[all.network.link(named: "SC")!]
        #expect(sc.lanes == 2)
        #expect(sc.freeFlowSpeed == 2.78)  // lane 0's speed, as SUMO's MSEdge::getSpeedLimit
        // 10 km/h is too slow for 1800 veh/h/lane at 150 veh/km (150·10.008·20/30.008 ≈ 1000.5 per lane), and SUMO's
        // cars leave such a stop line at v_d = 3.53 · 2.78/5.56 = 1.765 m/s (in proportion below 20 km/h), every
        // h = 1.265 + 7.5/1.765 = 5.5143 s: 1800 · 1.9779/5.5143 = 645.6 per lane, the lower of the two.
        expectClose(sc.capacity, 2 * 1800 * (1.265 + 7.5 / 10.52) / (1.265 + 7.5 / 1.765), within: 0.01)
        #expect(all.network[all.network.link(named: "ES")!].length == 600)
        #expect(all.network.movements.count == 10)  // the footway has no connections
        #expect(all.warnings.isEmpty)
    }

    @Test func signalPlansFitTheSimulationsChecks() throws {
        // Every signal group a movement names exists in its node's plan, intervals lie in [0, cycle].
        _ = try SignalTable(network: network, plans: imported.signalPlans)
    }
}
