import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

@Suite("Network building, JSON and validation")
struct NetworkJSONTests {
    /// Verification 8a. A signalised grid → JSON → decoded → rebuilt network equals the original, and the
    /// derived adjacency works on the decoded copy.
    @Test func networkJSONRoundTrip() throws {
        let grid = GridNetwork(rows: 2, columns: 3, linkLength: 250, lanes: 2)
        let data = try grid.network.jsonData()
        let decoded = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: data))
        #expect(decoded == grid.network)
        #expect(decoded.movements.count == grid.network.movements.count)
        let link = decoded.id("n_0_0-n_0_1")
        #expect(
            decoded.movements(from: link).count == grid.network.movements(from: grid.network.id("n_0_0-n_0_1")).count)
        #expect(decoded[link].capacity == 3600)  // default: 2 lanes × 1800
        #expect(decoded.signalGroups(at: decoded.node(named: "n_1_1")!) == ["EW", "NS"])
    }

    /// Optional fields take their documented defaults; absent movements mean "all but U-turns".
    @Test func minimalDocumentUsesDefaults() throws {
        let json = """
            { "nodes": [ {"id": "A", "x": 0, "y": 0}, {"id": "B", "x": 300, "y": 400}, {"id": "C", "x": 300, "y": 0} ],
              "links": [ {"id": "AB", "from": "A", "to": "B", "free_flow_speed_mps": 10},
                         {"id": "BA", "from": "B", "to": "A", "free_flow_speed_mps": 10},
                         {"id": "BC", "from": "B", "to": "C", "free_flow_speed_mps": 10, "lanes": 2} ] }
            """
        let network = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: Data(json.utf8)))
        let ab = network[network.id("AB")]
        #expect(ab.length == 500)  // 3-4-5 triangle
        #expect(ab.lanes == 1 && ab.capacity == 1800 && ab.jamDensity == 150)
        #expect(network.movements.count == 1)  // AB→BC; AB→BA is a U-turn
        #expect(network.movements[0].lanes == 1)  // min(1, 2)
    }

    /// Verification 8b. Validation errors are typed and name the element.
    @Test func validationErrorsNameTheElement() throws {
        var b = NetworkBuilder()
        try b.addNode("A", at: Coordinate(0, 0))
        try b.addNode("B", at: Coordinate(100, 0))
        #expect(throws: NetworkError.duplicateNode("A")) { try b.addNode("A", at: Coordinate(1, 1)) }
        #expect(throws: NetworkError.unknownNode("X", referencedBy: "link 'L1'")) {
            try b.addLink("L1", from: "A", to: "X", freeFlowSpeed: 10)
        }
        #expect(throws: NetworkError.invalidLength(link: "L0", length: 0)) {
            try b.addLink("L0", from: "A", to: "B", length: 0, freeFlowSpeed: 10)
        }
        #expect(throws: NetworkError.invalidSpeed(link: "Ls", speed: 0)) {
            try b.addLink("Ls", from: "A", to: "B", freeFlowSpeed: 0)
        }
        #expect(throws: NetworkError.selfLoop(link: "AA")) {
            try b.addLink("AA", from: "A", to: "A", freeFlowSpeed: 10)
        }
        try b.addLink("AB", from: "A", to: "B", freeFlowSpeed: 10)
        try b.addLink("BA", from: "B", to: "A", freeFlowSpeed: 10)
        #expect(throws: NetworkError.duplicateLink("AB")) { try b.addLink("AB", from: "A", to: "B", freeFlowSpeed: 10) }
        #expect(throws: NetworkError.unknownLink("ZZ", referencedBy: "movement 'AB' → 'ZZ'")) {
            try b.addMovement(from: "AB", to: "ZZ")
        }
        #expect(throws: NetworkError.disconnectedMovement(from: "AB", to: "AB")) {
            try b.addMovement(from: "AB", to: "AB")
        }
        try b.addMovement(from: "AB", to: "BA")
        #expect(throws: NetworkError.duplicateMovement(from: "AB", to: "BA")) {
            try b.addMovement(from: "AB", to: "BA")
        }
        // Jam density 20 veh/km is below the critical density 1800 / 36 = 50 veh/km at 10 m/s.
        #expect(throws: NetworkError.invalidJamDensity(link: "Lj", jamDensity: 20, criticalDensity: 50)) {
            try b.addLink("Lj", from: "A", to: "B", freeFlowSpeed: 10, jamDensity: 20)
        }

        let json = """
            { "nodes": [ {"id": "A", "x": 0, "y": 0} ],
              "links": [ {"id": "L9", "from": "A", "to": "Q", "length_m": 10, "free_flow_speed_mps": 10} ] }
            """
        let document = try JSONDecoder().decode(NetworkDocument.self, from: Data(json.utf8))
        #expect(throws: NetworkError.unknownNode("Q", referencedBy: "link 'L9'")) { try Network(document: document) }
    }

    /// Lane connections name lanes the links have, as pairs; otherwise a clear error naming the movement, the lane
    /// and the link. Valid ones survive the JSON round trip.
    @Test func laneConnectionsAreCheckedAndKept() throws {
        var b = NetworkBuilder()
        try b.addNode("A", at: Coordinate(0, 0))
        try b.addNode("B", at: Coordinate(100, 0))
        try b.addNode("C", at: Coordinate(200, 0))
        try b.addLink("AB", from: "A", to: "B", lanes: 2, freeFlowSpeed: 10)
        try b.addLink("BC", from: "B", to: "C", freeFlowSpeed: 10)
        let m = try b.addMovement(from: "AB", to: "BC", lanes: 1)
        #expect(throws: NetworkError.invalidLaneConnection(movement: "'AB' → 'BC'", reason: "are empty")) {
            try b.setLaneUse(m, connections: [])
        }
        let wrongTo = NetworkError.invalidLaneConnection(
            movement: "'AB' → 'BC'", reason: "name lane 1 of 'BC', which has lanes 0 to 0")
        #expect(throws: wrongTo) { try b.setLaneUse(m, connections: [(1, 1)]) }
        #expect("\(wrongTo)" == "movement 'AB' → 'BC': lane connections name lane 1 of 'BC', which has lanes 0 to 0")
        #expect(throws: NetworkError.invalidLaneConnection(
            movement: "'AB' → 'BC'", reason: "name lane 2 of 'AB', which has lanes 0 to 1")) {
            try b.setLaneUse(m, connections: [(2, 0)])
        }
        try b.setLaneUse(m, connections: [(1, 0)])
        let network = b.build()
        let decoded = try Network(document: JSONDecoder().decode(NetworkDocument.self, from: network.jsonData()))
        #expect(decoded == network)
        #expect(decoded.movements[0].fromLanes == [1] && decoded.movements[0].toLanes == [0])

        let json = """
            { "nodes": [ {"id": "A", "x": 0, "y": 0}, {"id": "B", "x": 100, "y": 0}, {"id": "C", "x": 200, "y": 0} ],
              "links": [ {"id": "AB", "from": "A", "to": "B", "free_flow_speed_mps": 10, "lanes": 2},
                         {"id": "BC", "from": "B", "to": "C", "free_flow_speed_mps": 10} ],
              "movements": [ {"from": "AB", "to": "BC", "lane_connections": [[1]]} ] }
            """
        let document = try JSONDecoder().decode(NetworkDocument.self, from: Data(json.utf8))
        #expect(throws: NetworkError.invalidLaneConnection(
            movement: "'AB' → 'BC'", reason: "must be pairs [from-lane, to-lane]")) { try Network(document: document) }
    }
}
