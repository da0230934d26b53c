import Foundation
import GeoCore
import Testing
import TrafficCore

@testable import TrafficStudies

/// SUMO routes (`crossing.rou.xml`) as demand: vehicles, trips, flows and their errors.
@Suite struct SUMODemandImportTests {
    let network: Network
    let demand: SUMODemand

    init() throws {
        network = try SUMONetworkImporter().importNetwork(contentsOf: fixture("crossing.net.xml")).network
        demand = try SUMODemandImporter(network: network).importDemand(contentsOf: fixture("crossing.rou.xml"))
    }

    func link(_ id: String) -> LinkID { network.link(named: id)! }

    /// Vehicle type definitions are kept as the file gives them, nested elements and escaped values included,
    /// in file order (a distribution's own types inside it, not twice), and each vehicle's and trip's `type`.
    @Test func vehicleTypeDefinitionsAndTypesAreKept() throws {
        let text = """
            <routes>
              <vType id="truck" vClass="truck" length="12" sigma="0"><param key="note" value="a &amp; b"/></vType>
              <vTypeDistribution id="mix"><vType id="car1" probability="0.7"/><vType id="car2" probability="0.3"/></vTypeDistribution>
              <vehicle id="v0" type="truck" depart="0"><route edges="NC CS"/></vehicle>
              <trip id="t0" depart="1" from="NC" to="CS"/>
            </routes>
            """
        let url = try temporaryFile("defs.rou.xml", text)
        let scenario = try Scenario.sumo(net: fixture("pedestrian-crossing.net.xml"), routes: url, duration: 60)
        let demand = try SUMODemandImporter(network: scenario.network).importDemand(contentsOf: url)
        #expect(demand.vehicleTypeDefinitions == [
            "<vType id=\"truck\" vClass=\"truck\" length=\"12\" sigma=\"0\"><param key=\"note\" value=\"a &amp; b\"></param></vType>",
            "<vTypeDistribution id=\"mix\"><vType id=\"car1\" probability=\"0.7\"></vType><vType id=\"car2\" probability=\"0.3\"></vType></vTypeDistribution>",
        ])
        let trips = try scenario.demand.generateTrips(seed: 1, network: scenario.network)
        #expect(trips.first { $0.id == "v0" }?.vehicleType == "truck")
        #expect(trips.first { $0.id == "t0" }.map { $0.vehicleType == nil } == true)
    }

    /// `departLane`: free, random and allowed start on the emptiest lane, first on the rightmost, anything else
    /// (best, a lane number, none) on the emptiest lane along the route; a flow's vehicles take its departLane
    /// and type.
    @Test func departLanesAreRead() throws {
        let text = """
            <routes>
              <trip id="free" depart="0" from="WC" to="CE" departLane="free"/>
              <trip id="random" depart="0" from="WC" to="CE" departLane="random"/>
              <trip id="first" depart="0" from="WC" to="CE" departLane="first"/>
              <trip id="best" depart="0" from="WC" to="CE" departLane="best"/>
              <trip id="given" depart="0" from="WC" to="CE" departLane="1"/>
              <trip id="none" depart="0" from="WC" to="CE"/>
              <flow id="f" begin="0" end="10" number="2" from="WC" to="CE" departLane="first" type="truck"/>
            </routes>
            """
        let url = try temporaryFile("lanes.rou.xml", text)
        let demand = try SUMODemandImporter(network: network).importDemand(contentsOf: url).demand
        #expect(demand.trips.map(\.departLane) == [.free, .free, .first, .best, .best, .best])
        let flowTrips = try demand.generateTrips(seed: 1, network: network).filter { $0.id.hasPrefix("f.") }
        #expect(flowTrips.count == 2)
        #expect(flowTrips.allSatisfy { $0.departLane == .first && $0.vehicleType == "truck" })
    }

    @Test func vehiclesAndTripsBecomeTrips() {
        #expect(
            demand.demand.trips == [
                Trip(id: "v0", origin: link("WC"), destination: link("CE"), departure: 0, vehicleType: "car"),
                Trip(id: "v1", origin: link("NC"), destination: link("CW"), departure: 12.5, vehicleType: "car"),
                Trip(id: "t0", origin: link("SC"), destination: link("CW"), departure: 30),  // "0:00:30"
            ])
        #expect(demand.routes["v0"] == [link("WC"), link("CE")])
        #expect(demand.routes["v1"] == [link("NC"), link("CE"), link("EC"), link("CW")])
        #expect(demand.routes["t0"] == nil)
        #expect(demand.warnings.map(\.description) == ["crossing.rou.xml: person: 1 skipped (not vehicle demand)"])
    }

    @Test func flowRates() throws {
        let flows = Dictionary(uniqueKeysWithValues: demand.demand.flows.map { ($0.id, $0) })
        #expect(flows.count == 4)
        // period 6 s → 600 veh/h, uniform.
        #expect(
            flows["f_period"]
                == Flow(
                    id: "f_period", origin: link("WC"), destination: link("CN"), begin: 0, end: 600,
                    vehiclesPerHour: 600))
        #expect(flows["f_vph"]?.vehiclesPerHour == 360)
        #expect(flows["f_vph"]?.begin == 100)
        // number 90 over 3600 s → 90 veh/h, a headway of 40 s, the window closed at 89.5 × 40 = 3580 s;
        // origin and destination from route r_we.
        #expect(
            flows["f_number"]
                == Flow(
                    id: "f_number", origin: link("WC"), destination: link("CE"), begin: 0, end: 3580,
                    vehiclesPerHour: 90))
        #expect(demand.routes["f_number"] == [link("WC"), link("CE")])
        // probability 0.05 per second → Poisson at 180 veh/h.
        #expect(flows["f_prob"]?.vehiclesPerHour == 180)
        #expect(flows["f_prob"]?.distribution == .poisson)
        // Uniform flows give hand-countable vehicles: 600 s × 600/h = 100, 900 s × 360/h = 90, 90.
        let trips = try demand.demand.generateTrips(seed: 1)
        #expect(trips.filter { $0.id.hasPrefix("f_period.") }.count == 100)
        #expect(trips.filter { $0.id.hasPrefix("f_vph.") }.count == 90)
        #expect(trips.filter { $0.id.hasPrefix("f_number.") }.count == 90)
    }

    @Test func numberFlowsGiveExactlyThatManyVehicles() throws {
        // 19 over 1000 s: a headway of 52.63 s; 19 × headway rounds to just below 1000, so a window ending at
        // 1000 would let a 20th vehicle leave.
        let xml = Data(#"<routes><flow id="f" begin="0" end="1000" number="19" from="WC" to="CE"/></routes>"#.utf8)
        let read = try SUMODemandImporter(network: network).importDemand(xml: xml)
        #expect(try read.demand.generateTrips(seed: 1).count == 19)
    }

    @Test func timeValues() {
        #expect(SUMODemandImporter.seconds("12.5") == 12.5)
        #expect(SUMODemandImporter.seconds("1:00:00") == 3600)
        #expect(SUMODemandImporter.seconds("1:02:03:04") == 93784)
        #expect(SUMODemandImporter.seconds("1:30") == nil)  // SUMO wants h:m:s
        #expect(SUMODemandImporter.seconds("triggered") == nil)
    }

    func run(_ body: String) -> ImportError? {
        let xml = Data("<routes>\n\(body)\n</routes>".utf8)  // body starts on line 2
        return importError {
            _ = try SUMODemandImporter(network: network).importDemand(xml: xml, source: "bad.rou.xml")
        }
    }

    func at(_ element: String, _ id: String?, _ line: Int) -> ImportLocation {
        ImportLocation(source: "bad.rou.xml", element: element, id: id, line: line)
    }

    @Test func unknownEdgeInAVehiclesRouteNamesVehicleAndEdge() {
        let error = run(
            """
            <vehicle id="v9" depart="0">
                <route edges="WC XX"/>
            </vehicle>
            """)
        #expect(error == .unknownReference(kind: "edge", id: "XX", at: at("vehicle", "v9", 3)))
    }

    @Test func unknownEdgeInATrip() {
        let error = run(#"<trip id="t9" depart="0" from="WC" to="footway"/>"#)
        #expect(error == .unknownReference(kind: "edge", id: "footway", at: at("trip", "t9", 2)))
    }

    @Test func unknownRoute() {
        let error = run(#"<vehicle id="v9" depart="0" route="nope"/>"#)
        #expect(error == .unknownReference(kind: "route", id: "nope", at: at("vehicle", "v9", 2)))
    }

    @Test func routeWithoutMovement() {
        let error = run(#"<route id="r" edges="WC EC"/>"#)  // WC ends at C, EC starts at E
        #expect(error == .unknownReference(kind: "movement", id: "WC→EC", at: at("route", "r", 2)))
    }

    @Test func flowWithoutRateOrWithTwo() {
        #expect(
            run(#"<flow id="f9" begin="0" end="10" from="WC" to="CE"/>"#)
                == .missingAttribute("vehsPerHour, period, probability or number", at: at("flow", "f9", 2)))
        #expect(
            run(#"<flow id="f9" begin="0" end="10" period="2" number="5" from="WC" to="CE"/>"#)
                == .invalidValue(
                    attribute: "period+number", value: "2, 5",
                    expected: "exactly one of vehsPerHour, period, probability, number",
                    at: at("flow", "f9", 2)))
    }

    @Test func unreadableDeparture() {
        #expect(
            run(#"<trip id="t9" depart="triggered" from="WC" to="CE"/>"#)
                == .invalidValue(
                    attribute: "depart", value: "triggered",
                    expected: "a time in seconds or [d:]h:m:s, from 0 to 100000000 s", at: at("trip", "t9", 2)))
    }

    /// Negative times (also as a clock, `-0:00:05`), and times beyond 100 million s (`1e308`), are refused with
    /// file and line, not run from 0 s or +5 s or crashed on (issue 17, item 12).
    @Test func departuresOutsideTheDayOfRecordAreRefused() {
        for text in ["-10", "-0:00:05", "0:-1:00", "1e308", "inf", "nan"] {
            #expect(
                run(#"<trip id="t9" depart="\#(text)" from="WC" to="CE"/>"#)
                    == .invalidValue(
                        attribute: "depart", value: text,
                        expected: "a time in seconds or [d:]h:m:s, from 0 to 100000000 s", at: at("trip", "t9", 2)),
                "\(text)")
        }
        #expect(SUMODemandImporter.seconds("1:00:00:00") == 86_400)
        #expect(SUMODemandImporter.seconds("0") == 0)
    }

    /// A flow of 1e15 veh/h, or one per second for 1e12 s, would not fit in memory: refused with file and line
    /// (issue 17, item 13).
    @Test func flowsBeyondTheEnginesLimitAreRefused() {
        guard case .invalidValue(let attribute, _, let expected, _)? = run(
            #"<flow id="f" begin="0" end="3600" vehsPerHour="1e15" from="WC" to="CE"/>"#)
        else {
            Issue.record("a flow of 1e15 veh/h must be refused")
            return
        }
        #expect(attribute == "vehsPerHour" && expected.contains("at most 20000000 vehicles"))
        guard case .invalidValue(let attribute2, let value2, _, _)? = run(
            #"<flow id="f" begin="0" end="1e12" period="1" from="WC" to="CE"/>"#)
        else {
            Issue.record("a flow ending at 1e12 s must be refused")
            return
        }
        #expect(attribute2 == "end" && value2 == "1e12")
    }

    @Test func duplicateVehicle() {
        let error = run(
            """
            <trip id="t1" depart="0" from="WC" to="CE"/>
            <trip id="t1" depart="5" from="WC" to="CE"/>
            """)
        #expect(error == .duplicateID(at("trip", "t1", 3)))
    }

    @Test func tazTripsAreUnsupported() {
        #expect(
            run(#"<trip id="t9" depart="0" fromTaz="z1" toTaz="z2"/>"#)
                == .unsupported("'fromTaz' (only edges are resolved)", at: at("trip", "t9", 2)))
    }
}
