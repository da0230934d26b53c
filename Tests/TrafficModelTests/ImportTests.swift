import Foundation
import GeoCore
import Testing

@testable import TrafficCore
@testable import TrafficStudies

/// Fixtures are read relative to this file (no resource bundle needed).
private func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
}

/// A file in a fresh temporary directory with `text` as its content.
private func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

private func expectClose(
    _ a: Double, _ b: Double, within tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(abs(a - b) <= tolerance, "\(a) vs \(b)", sourceLocation: sourceLocation)
}

/// The error `body` throws as an `ImportError` (nil when it throws none or another type).
private func importError(_ body: () throws -> Void) -> ImportError? {
    do {
        try body()
        return nil
    } catch let error as ImportError {
        return error
    } catch {
        return nil
    }
}

/// The importers' tests, grouped so that `swift test --filter ImportTests` runs all of them.
@Suite struct ImportTests {
    @Test func slowLinksGetTheCapacityOfTheirFundamentalDiagram() {
        let defaults = LinkDefaults()
        #expect(defaults.capacityPerLane(freeFlowSpeed: 50 / 3.6) == 1800)
        #expect(defaults.capacityPerLane(freeFlowSpeed: 30 / 3.6) == 1800)  // 150 · 30 · 20 / 50 = 1800 exactly
        expectClose(defaults.capacityPerLane(freeFlowSpeed: 10 / 3.6), 1000, within: 1e-9)  // 150 · 10 · 20 / 30
        // 150 · 7 · 20 / 27
        expectClose(defaults.capacityPerLane(freeFlowSpeed: 7 / 3.6), 777.777_777_8, within: 1e-6)
        // The congested branch then moves upstream at exactly the wave speed: w = q / (k_jam − q / v).
        let link = Link(
            id: "x", from: NodeID(rawValue: 0), to: NodeID(rawValue: 1), length: 100, lanes: 1, freeFlowSpeed: 7 / 3.6,
            capacity: defaults.capacityPerLane(freeFlowSpeed: 7 / 3.6), jamDensity: 150, geometry: [])
        expectClose(link.backwardWaveSpeed, 20 / 3.6, within: 1e-9)
    }
}

// MARK: - SUMO network

extension ImportTests {
    @Suite struct SUMONet {
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
            // WC→CE uses lanes 0 and 1 (link indices 0 and 1, same signal): one movement, 2 lanes, group C:0.
            #expect(
                movement("WC", "CE")
                    == Movement(
                        from: network.link(named: "WC")!, to: network.link(named: "CE")!, lanes: 2, signalGroup: "C:0"))
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
            // 10 km/h is too slow for 1800 veh/h/lane at 150 veh/km: 150·10.008·20/30.008 ≈ 1000.5 per lane.
            expectClose(sc.capacity, 2 * 1000.53, within: 0.01)
            #expect(all.network[all.network.link(named: "ES")!].length == 600)
            #expect(all.network.movements.count == 10)  // the footway has no connections
            #expect(all.warnings.isEmpty)
        }

        @Test func signalPlansFitTheSimulationsChecks() throws {
            // Every signal group a movement names exists in its node's plan, intervals lie in [0, cycle].
            _ = try SignalTable(network: network, plans: imported.signalPlans)
        }
    }
}

// MARK: - SUMO network errors

extension ImportTests {
    @Suite struct SUMONetErrors {
        /// A minimal net around `body` (lines 1–3 are the header, so `body`'s first line is line 4).
        func net(_ body: String) -> Data {
            Data(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <net version="1.9">
                    <location netOffset="0.00,0.00" projParameter="!"/>
                \(body)
                </net>
                """.utf8)
        }

        let twoJunctions = """
                <junction id="A" type="priority" x="0.00" y="0.00"/>
                <junction id="B" type="traffic_light" x="100.00" y="0.00"/>
            """

        func run(_ body: String) -> ImportError? {
            importError { _ = try SUMONetworkImporter().importNetwork(xml: net(body), source: "bad.net.xml") }
        }

        func at(_ element: String, _ id: String?, _ line: Int) -> ImportLocation {
            ImportLocation(source: "bad.net.xml", element: element, id: id, line: line)
        }

        @Test func edgeToUnknownJunction() {
            let error = run(
                """
                    <edge id="e1" from="A" to="X">
                        <lane id="e1_0" index="0" speed="13.89" length="100.00" shape="0.00,0.00 100.00,0.00"/>
                    </edge>
                \(twoJunctions)
                """)
            #expect(error == .unknownReference(kind: "junction", id: "X", at: at("edge", "e1", 4)))
        }

        @Test func laneWithoutSpeed() {
            let error = run(
                """
                    <edge id="e1" from="A" to="B">
                        <lane id="e1_0" index="0" length="100.00" shape="0.00,0.00 100.00,0.00"/>
                    </edge>
                """)
            #expect(error == .missingAttribute("speed", at: at("lane", "e1_0", 5)))
        }

        @Test func negativeLaneLength() {
            let error = run(
                """
                    <edge id="e1" from="A" to="B">
                        <lane id="e1_0" index="0" speed="10" length="-5" shape="0.00,0.00 100.00,0.00"/>
                    </edge>
                """)
            #expect(
                error
                    == .invalidValue(
                        attribute: "length", value: "-5", expected: "a length > 0 m", at: at("lane", "e1_0", 5)))
        }

        @Test func badShape() {
            let error = run(
                """
                    <edge id="e1" from="A" to="B">
                        <lane id="e1_0" index="0" speed="10" length="100" shape="0.00;0.00"/>
                    </edge>
                """)
            guard case .invalidValue("shape", "0.00;0.00", _, let location)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(location == at("lane", "e1_0", 5))
        }

        /// Shapes are read byte by byte: positions apart by spaces, tabs or newlines, a z ordinate dropped;
        /// anything else (missing or extra ordinates, empty numbers, other separators) names the attribute.
        @Test func shapeForms() throws {
            func shape(_ text: String) throws(ImportError) -> [Coordinate] {
                try AttributeReader(XMLStartTag(name: "lane", attributes: ["shape": text], line: 1), source: "t.net.xml").shape("shape")
            }
            #expect(try shape("0,0 100,0") == [Coordinate(0, 0), Coordinate(100, 0)])
            #expect(try shape("  1.5,-2e1,7\t3,4\n 5,6 ") == [Coordinate(1.5, -20), Coordinate(3, 4), Coordinate(5, 6)])
            for bad in ["0,0", "0,0 1", "0,0 1,2,3,4", "0,0 1,,2", "0,0 1,2,", "0;0 1;1", "0,0 x,1", "0,0 1,inf", ""] {
                #expect(throws: ImportError.self, "\(bad)") { try shape(bad) }
            }
        }

        @Test func duplicateEdge() {
            let error = run(
                """
                    <edge id="e1" from="A" to="B">
                        <lane id="e1_0" index="0" speed="10" length="100" shape="0,0 100,0"/>
                    </edge>
                    <edge id="e1" from="B" to="A">
                        <lane id="e1_0" index="0" speed="10" length="100" shape="100,0 0,0"/>
                    </edge>
                """)
            #expect(error == .duplicateID(at("edge", "e1", 7)))
        }

        let edgesAB = """
                <edge id="ab" from="A" to="B">
                    <lane id="ab_0" index="0" speed="10" length="100" shape="0,0 100,0"/>
                </edge>
                <edge id="ba" from="B" to="A">
                    <lane id="ba_0" index="0" speed="10" length="100" shape="100,0 0,0"/>
                </edge>
            """

        @Test func connectionToUnknownEdge() {
            let error = run(
                """
                \(edgesAB)
                \(twoJunctions)
                    <connection from="ab" to="zz" fromLane="0" toLane="0"/>
                """)
            #expect(error == .unknownReference(kind: "edge", id: "zz", at: at("connection", "ab→zz", 12)))
        }

        @Test func connectionToMissingLane() {
            let error = run(
                """
                \(edgesAB)
                \(twoJunctions)
                    <connection from="ab" to="ba" fromLane="0" toLane="3"/>
                """)
            #expect(error == .unknownReference(kind: "lane", id: "ba_3", at: at("connection", "ab→ba", 12)))
        }

        @Test func signalWithoutProgram() {
            let error = run(
                """
                \(edgesAB)
                \(twoJunctions)
                    <connection from="ab" to="ba" fromLane="0" toLane="0" tl="B" linkIndex="0"/>
                """)
            #expect(error == .unknownReference(kind: "tlLogic", id: "B", at: at("connection", "ab→ba", 12)))
        }

        @Test func railCrossingsAndLinkIndexMinusOneAreUnsignalised() throws {
            // As netconvert writes them: a rail crossing has no tlLogic, and its tram links carry linkIndex -1.
            let body = """
                \(edgesAB)
                    <junction id="A" type="priority" x="0.00" y="0.00"/>
                    <junction id="B" type="rail_crossing" x="100.00" y="0.00"/>
                    <connection from="ab" to="ba" fromLane="0" toLane="0" tl="B" linkIndex="0"/>
                    <connection from="ba" to="ab" fromLane="0" toLane="0" tl="A" linkIndex="-1"/>
                """
            let imported = try SUMONetworkImporter().importNetwork(xml: net(body), source: "rail.net.xml")
            #expect(imported.network.movements.count == 2)
            #expect(imported.network.movements.allSatisfy { $0.signalGroup == nil })
            #expect(imported.signalPlans.isEmpty)
            #expect(
                run(
                    """
                    \(edgesAB)
                    \(twoJunctions)
                        <connection from="ab" to="ba" fromLane="0" toLane="0" tl="B" linkIndex="-2"/>
                    """)
                    == .invalidValue(
                        attribute: "linkIndex", value: "-2", expected: "an index ≥ 0, or -1 for no signal",
                        at: at("connection", "ab→ba", 12)))
        }

        @Test func linkIndexBeyondTheStates() {
            let error = run(
                """
                \(edgesAB)
                    <tlLogic id="B" type="static" programID="0" offset="0">
                        <phase duration="30" state="G"/>
                        <phase duration="30" state="r"/>
                    </tlLogic>
                \(twoJunctions)
                    <connection from="ab" to="ba" fromLane="0" toLane="0" tl="B" linkIndex="1"/>
                """)
            #expect(
                error
                    == .invalidValue(
                        attribute: "linkIndex", value: "1", expected: "an index below the 1 states of tlLogic 'B'",
                        at: at("connection", "ab→ba", 16)))
        }

        @Test func unknownStateCharacter() {
            let error = run(
                """
                    <tlLogic id="B" type="static" programID="0" offset="0">
                        <phase duration="30" state="GX"/>
                    </tlLogic>
                """)
            #expect(
                error
                    == .invalidValue(
                        attribute: "state", value: "GX", expected: "SUMO link states rRyYgGsuoO (found 'X')",
                        at: at("phase", "B", 5)))
        }

        @Test func phasesOfDifferentWidth() {
            let error = run(
                """
                    <tlLogic id="B" type="static" programID="0" offset="0">
                        <phase duration="30" state="Gr"/>
                        <phase duration="30" state="rGr"/>
                    </tlLogic>
                """)
            #expect(
                error
                    == .invalidValue(
                        attribute: "state", value: "rGr", expected: "2 link states like the first phase",
                        at: at("phase", "B", 6)))
        }

        @Test func staticPhaseJumpsAreUnsupported() {
            let error = run(
                """
                    <tlLogic id="B" type="static" programID="0" offset="0">
                        <phase duration="30" state="G" next="0"/>
                    </tlLogic>
                """)
            #expect(error == .unsupported("phase 'next' (phase jumps) in a static program", at: at("phase", "B", 5)))
        }

        @Test func actuatedProgramsCanBeRefused() {
            let body = """
                \(edgesAB)
                    <tlLogic id="B" type="actuated" programID="0" offset="0">
                        <phase duration="30" state="G" minDur="5" maxDur="50"/>
                        <phase duration="30" state="r"/>
                    </tlLogic>
                \(twoJunctions)
                    <connection from="ab" to="ba" fromLane="0" toLane="0" tl="B" linkIndex="0"/>
                """
            let error = importError {
                _ = try SUMONetworkImporter(actuatedPrograms: .reject).importNetwork(
                    xml: net(body), source: "bad.net.xml")
            }
            #expect(error == .unsupported("actuated program (actuatedPrograms is .reject)", at: at("tlLogic", "B", 10)))
            // By default: fixed time from the durations, with a warning.
            let imported = try? SUMONetworkImporter().importNetwork(xml: net(body), source: "ok.net.xml")
            let plan = imported.flatMap { $0.signalPlans[$0.network.node(named: "B")!] }
            #expect(plan?.cycle == 60)
            #expect(plan?.group("B:0")?.greenIntervals == [GreenInterval(start: 0, end: 30)])
            #expect(
                imported?.warnings.map(\.message) == [
                    "actuated program imported as fixed time from its phase durations"
                ])
        }

        @Test func wrongRootElement() {
            let error = importError {
                _ = try SUMONetworkImporter().importNetwork(
                    xml: Data("<routes>\n</routes>".utf8), source: "bad.net.xml")
            }
            #expect(error == .unexpectedElement(at("routes", nil, 1)))
        }

        @Test func malformedXMLNamesTheLine() {
            let error = run(
                """
                    <edge id="e1" from="A" to="B">
                        <lane id="e1_0" index="0" speed="10" length="100" shape="0,0 100,0">
                    </edge>
                """)
            guard case .malformedXML("bad.net.xml", let line, _)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(line == 6)  // where </edge> closes the still open <lane>
        }

        @Test func missingFile() {
            let error = importError { _ = try SUMONetworkImporter().importNetwork(contentsOf: fixture("nope.net.xml")) }
            guard case .unreadable? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
        }

        /// SUMO's gzip-compressed nets and routes (`.net.xml.gz`) read like the plain files; a compressed file
        /// cut short is refused as unreadable, not parsed as far as it goes.
        @Test func gzipFilesReadLikePlainOnesAndCutShortOnesAreRefused() throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            func gzip(_ name: String) throws -> URL {
                let target = directory.appendingPathComponent(name + ".gz")
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/gzip")
                process.arguments = ["-c", fixture(name).path]
                FileManager.default.createFile(atPath: target.path, contents: nil)
                let output = try FileHandle(forWritingTo: target)
                defer { try? output.close() }
                process.standardOutput = output
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                return target
            }
            let plain = try SUMONetworkImporter().importNetwork(contentsOf: fixture("crossing.net.xml"))
            let compressed = try SUMONetworkImporter().importNetwork(contentsOf: try gzip("crossing.net.xml"))
            #expect(compressed.network == plain.network)
            #expect(compressed.signalPlans == plain.signalPlans)
            let routes = try SUMODemandImporter(network: plain.network).importDemand(contentsOf: try gzip("crossing.rou.xml"))
            #expect(routes.demand == (try SUMODemandImporter(network: plain.network).importDemand(contentsOf: fixture("crossing.rou.xml"))).demand)

            let whole = try Data(contentsOf: directory.appendingPathComponent("crossing.net.xml.gz"))
            let cut = directory.appendingPathComponent("cut.net.xml.gz")
            try whole.prefix(whole.count / 2).write(to: cut)
            let error = importError { _ = try SUMONetworkImporter().importNetwork(contentsOf: cut) }
            #expect(error == .unreadable(source: cut.path, message: "gzip data ends early (the file is cut short)"))
        }

        @Test func reprojectingANetWithoutGeoreferenceIsRefused() {
            let error = importError {
                _ = try SUMONetworkImporter(targetCRS: .etrs89UTM32).importNetwork(
                    xml: net(edgesAB + twoJunctions), source: "bad.net.xml")
            }
            #expect(
                error
                    == .unsupported(
                        "reprojection of a network without georeference (projParameter=\"!\" or no location)",
                        at: at("location", nil, 3)))
        }
    }
}

// MARK: - SUMO demand

extension ImportTests {
    @Suite struct SUMORoutes {
        let network: Network
        let demand: SUMODemand

        init() throws {
            network = try SUMONetworkImporter().importNetwork(contentsOf: fixture("crossing.net.xml")).network
            demand = try SUMODemandImporter(network: network).importDemand(contentsOf: fixture("crossing.rou.xml"))
        }

        func link(_ id: String) -> LinkID { network.link(named: id)! }

        @Test func vehiclesAndTripsBecomeTrips() {
            #expect(
                demand.demand.trips == [
                    Trip(id: "v0", origin: link("WC"), destination: link("CE"), departure: 0),
                    Trip(id: "v1", origin: link("NC"), destination: link("CW"), departure: 12.5),
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
                        attribute: "depart", value: "triggered", expected: "a time in seconds or [d:]h:m:s",
                        at: at("trip", "t9", 2)))
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
}

// MARK: - GIS line layer

extension ImportTests {
    @Suite struct GISLayer {
        let imported: ImportedNetwork

        init() throws {
            imported = try GISNetworkImporter().importNetwork(from: fixture("roads.geojson").path)
        }

        var network: Network { imported.network }

        func link(_ id: String) -> Link { network[network.link(named: id)!] }

        @Test func linksPerDirectionWithLengthsFromGeometry() {
            // a, d, e two-way; b one-way; c oneway=-1 → only -c. 8 links.
            #expect(network.links.map(\.id) == ["a", "-a", "b", "-c", "d", "-d", "e", "-e"])
            #expect(link("a").length == 500)  // 300-400-500 triangle
            #expect(link("b").length == 300)  // start snapped 0.36 m onto a's end node, then measured
            #expect(link("-c").length == 700)  // 400 + 300
            #expect(link("d").length == 500)
            #expect(link("e").length == 400)  // a MultiLineString of one part
            #expect(imported.sourceLinks["c"] == [network.link(named: "-c")!])
            #expect(imported.sourceLinks["a"] == [network.link(named: "a")!, network.link(named: "-a")!])
        }

        @Test func attributesAndDefaults() {
            #expect(link("a").lanes == 2)
            #expect(link("a").freeFlowSpeed == 50 / 3.6)
            #expect(link("b").freeFlowSpeed == 30 / 3.6)
            #expect(link("d").freeFlowSpeed == 20)  // 72 km/h
            #expect(link("d").capacity == 2500)  // given
            #expect(link("a").capacity == 3600)  // 2 × 1800
            #expect(link("e").lanes == 1)  // default
            // -c runs against the digitised direction: from (590900, 5896400) to (591300, 5896700).
            #expect(
                link("-c").geometry == [
                    Coordinate(590_900, 5_896_400), Coordinate(590_900, 5_896_700), Coordinate(591_300, 5_896_700),
                ])
        }

        @Test func nodesAreSnappedEndpoints() {
            #expect(network.nodes.count == 6)
            #expect(network.nodes.map(\.id) == ["n0", "n1", "n2", "n3", "n4", "n5"])
            #expect(network[network.node(named: "n1")!].coordinate == Coordinate(591_300, 5_896_400))
            #expect(link("b").from == network.node(named: "n1"))
            #expect(link("b").geometry[0] == Coordinate(591_300, 5_896_400))
        }

        @Test func everyTurnButUTurns() {
            // n0: -a→d, -d→a; n1: a→b, a→e, -e→-a, -e→b; n2 is a sink (b and -c end there), n3 a source.
            #expect(network.movements.count == 6)
            #expect(network.movement(from: network.link(named: "a")!, to: network.link(named: "-a")!) == nil)
            #expect(network.movement(from: network.link(named: "a")!, to: network.link(named: "b")!) != nil)
            let uTurns = try? GISNetworkImporter(allowUTurns: true).importNetwork(from: fixture("roads.geojson").path)
            // + a→-a, -d→d, -e→e at n0/n1, d→-d at n4, e→-e at n5
            #expect(uTurns?.network.movements.count == 12)
        }

        @Test func reprojectionToAnotherWorkingCRS() throws {
            // EPSG:4647 is UTM 32 with the zone number in front of the easting: x + 32 000 000, same lengths.
            let shifted = try GISNetworkImporter(workingCRS: CoordinateReferenceSystem(unchecked: "EPSG:4647"))
                .importNetwork(from: fixture("roads.geojson").path)
            let n0 = shifted.network[shifted.network.node(named: "n0")!].coordinate
            expectClose(n0.x, 32_591_000, within: 1e-6)
            expectClose(n0.y, 5_896_000, within: 1e-6)
            expectClose(shifted.network[shifted.network.link(named: "a")!].length, 500, within: 1e-6)
            #expect(shifted.crs == CoordinateReferenceSystem(unchecked: "EPSG:4647"))
        }

        @Test func geoPackageGivesTheSameNetwork() throws {
            let features = try VectorDataset.openLayer(fixture("roads.geojson").path).features()
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("roads-\(UUID().uuidString).gpkg")
                .path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try writeVectorLayer(features, to: path, layerName: "roads", crs: .etrs89UTM32)
            let fromGPKG = try GISNetworkImporter().importNetwork(from: path + ":roads")
            #expect(fromGPKG.network == network)
        }

        @Test func namedNodes() throws {
            let url = try temporaryFile(
                "named.geojson",
                """
                {"type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
                 "features": [
                  {"type": "Feature", "properties": {"id": 1, "from_node": "K1", "to_node": "K2"},
                   "geometry": {"type": "LineString", "coordinates": [[0, 0], [0, 100]]}},
                  {"type": "Feature", "properties": {"id": 2, "from_node": "K2", "to_node": "K3", "oneway": 1},
                   "geometry": {"type": "LineString", "coordinates": [[0.2, 100], [100, 100]]}}
                 ]}
                """)
            let named = try GISNetworkImporter().importNetwork(from: url.path)
            #expect(named.network.nodes.map(\.id) == ["K1", "K2", "K3"])
            #expect(named.network.links.map(\.id) == ["1", "-1", "2"])
            #expect(named.network[named.network.link(named: "2")!].length == 100)  // moved 0.2 m onto K2
            #expect(named.network[named.network.link(named: "1")!].freeFlowSpeed == 50 / 3.6)  // default speed
        }

        func run(_ features: String, crs: Bool = true) throws -> ImportError? {
            let crsMember =
                crs ? #""crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},"# : ""
            let url = try temporaryFile(
                "bad.geojson", #"{"type": "FeatureCollection", \#(crsMember) "features": [\#(features)]}"#)
            return importError { _ = try GISNetworkImporter().importNetwork(from: url.path) }
        }

        func at(_ id: String) -> ImportLocation { ImportLocation(source: "bad.geojson", element: "feature", id: id) }

        @Test func badInputNamesTheFeature() throws {
            #expect(
                try run(
                    #"{"type": "Feature", "properties": {"id": "p"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}"#
                )
                    == .invalidGeometry("a Polygon, not a line", at: at("p")))
            #expect(
                try run(
                    #"{"type": "Feature", "properties": {"id": "q", "oneway": "sometimes"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
                )
                    == .invalidValue(attribute: "oneway", value: "sometimes", expected: "yes, no or -1", at: at("q")))
            #expect(
                try run(
                    #"{"type": "Feature", "properties": {"id": "r", "lanes": 0}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
                )
                    == .invalidValue(attribute: "lanes", value: "0", expected: "an integer ≥ 1", at: at("r")))
            #expect(
                try run(
                    #"{"type": "Feature", "properties": {"id": "s", "speed_kmh": "fast"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,0]]}}"#
                )
                    == .invalidValue(attribute: "speed_kmh", value: "fast", expected: "a number", at: at("s")))
            #expect(
                try run(
                    #"{"type": "Feature", "properties": {"id": "t"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[0.2,0]]}}"#
                )
                    == .invalidGeometry("both ends on node 'n0' and no vertex between", at: at("t")))
            #expect(
                try run(
                    #"""
                    {"type": "Feature", "properties": {"id": "u", "from_node": "A", "to_node": "B"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[10,0]]}},
                    {"type": "Feature", "properties": {"id": "v", "from_node": "B", "to_node": "C"}, "geometry": {"type": "LineString", "coordinates": [[12,0],[20,0]]}}
                    """#) == .invalidGeometry("end vertex lies 2.0 m from node 'B' (snap tolerance 0.5 m)", at: at("v"))
            )
            #expect(
                try run(
                    #"""
                    {"type": "Feature", "properties": {"id": "w"}, "geometry": {"type": "LineString", "coordinates": [[0,0],[10,0]]}},
                    {"type": "Feature", "properties": {"id": "w"}, "geometry": {"type": "LineString", "coordinates": [[10,0],[20,0]]}}
                    """#) == .network(.duplicateLink("w"), at: at("w")))
        }

        @Test func layerWithoutCRS() throws {
            let features = try VectorDataset.openLayer(fixture("roads.geojson").path).features()
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("nocrs-\(UUID().uuidString).gpkg")
                .path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try writeVectorLayer(features, to: path, layerName: "roads", crs: nil)
            let error = importError { _ = try GISNetworkImporter().importNetwork(from: path) }
            #expect(error == .missingCRS(source: (path as NSString).lastPathComponent))
            // With a source CRS given, the same layer imports.
            #expect(try GISNetworkImporter(sourceCRS: .etrs89UTM32).importNetwork(from: path).network.links.count == 8)
        }

        @Test func missingFile() {
            let error = importError { _ = try GISNetworkImporter().importNetwork(from: fixture("nope.gpkg").path) }
            guard case .gdal(.openFailed)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
        }
    }
}

// MARK: - OpenStreetMap

extension ImportTests {
    @Suite struct OSMFile {
        let imported: ImportedNetwork

        init() throws {
            imported = try OSMNetworkImporter().importNetwork(contentsOf: fixture("junction.osm").path)
        }

        var network: Network { imported.network }

        func link(_ id: String) -> Link { network[network.link(named: id)!] }

        @Test func waysAreSplitAtSharedNodesOnly() {
            // 100 and 200 split at node 2; 700 crosses 100 (bridge) without a shared node and stays whole;
            // the roundabout 900 is closed at node 3 and split at its middle vertex (node 13).
            // Footway 500 and service road 800 are not imported.
            #expect(
                Set(network.links.map(\.id)) == [
                    "100#0", "-100#0", "100#1", "-100#1", "200#0", "-200#0", "200#1", "-200#1", "300", "-400", "600",
                    "-600",
                    "700", "-700", "900#0", "900#1",
                ])
            #expect(network.links.count == 16)
            // Nodes 1, 2, 3, 4, 5, 6, 8, 10, 13.
            #expect(network.nodes.count == 9)
            #expect(network.node(named: "9.0000000,53.2500000") != nil)  // node 2
            #expect(network.node(named: "8.9985000,53.2500000") == nil)  // no node where the bridge crosses 100
            #expect(imported.sourceLinks["100"]?.count == 4)
            #expect(imported.crs == .etrs89UTM32)
        }

        @Test func lengthsAreUTMGridLengths() throws {
            // Hand-derived on GRS80 at φ = 53.25°, on the central meridian (k0 = 0.9996):
            // 0.003° of longitude: k0·N·cos φ·Δλ = 200.166 m; 0.002° of latitude: k0·M·Δφ = 222.493 m.
            expectClose(link("100#0").length, 200.166, within: 0.01)
            expectClose(link("100#1").length, 200.166, within: 0.01)
            expectClose(link("200#0").length, 222.493, within: 0.01)
            expectClose(link("-200#1").length, 222.493, within: 0.01)
            // And every link equals GEOS's length of the way part reprojected with PROJ.
            let toUTM = try CoordinateTransformer(from: .wgs84, to: .etrs89UTM32)
            let context = GeometryContext()
            let parts: [String: [Coordinate]] = [
                "100#0": [Coordinate(8.997, 53.25), Coordinate(9.0, 53.25)],
                "700": [Coordinate(8.9985, 53.249), Coordinate(8.9985, 53.251), Coordinate(9.0, 53.252)],
                "900#0": [Coordinate(9.003, 53.25), Coordinate(9.0035, 53.2495), Coordinate(9.004, 53.25)],
                "-400": [Coordinate(9.003, 53.248), Coordinate(9.0, 53.248)],
            ]
            for (id, lonLat) in parts {
                let line = Geometry.lineString(LineString(try toUTM.transform(lonLat)))
                expectClose(link(id).length, try context.handle(line).length(), within: 1e-6)
                #expect(link(id).geometry.count == line.coordinates.count)
                for (a, b) in zip(link(id).geometry, line.coordinates) {
                    expectClose(a.x, b.x, within: 1e-6)
                    expectClose(a.y, b.y, within: 1e-6)
                }
            }
        }

        @Test func tagsAndTypeDefaults() {
            // 100: primary, lanes=4 on a two-way road → 2 per direction, maxspeed 50.
            #expect(link("100#0").lanes == 2)
            #expect(link("-100#0").lanes == 2)
            #expect(link("100#0").freeFlowSpeed == 50 / 3.6)
            // 200: residential, maxspeed=DE:zone30.
            #expect(link("200#0").freeFlowSpeed == 30 / 3.6)
            #expect(link("200#0").lanes == 1)
            // 300: oneway=yes, maxspeed 30; 400: oneway=-1 with 2 lanes, DE:urban = 50 km/h, from node 6 to node 5.
            #expect(network.link(named: "-300") == nil)
            #expect(link("300").freeFlowSpeed == 30 / 3.6)
            #expect(network.link(named: "400") == nil)
            #expect(link("-400").lanes == 2)
            #expect(link("-400").freeFlowSpeed == 50 / 3.6)
            #expect(network[link("-400").from].id == "9.0030000,53.2480000")
            // 600: living_street defaults, 1 lane at 7 km/h; 700: primary default 2 lanes, maxspeed=fast → 50.
            #expect(link("600").freeFlowSpeed == 7 / 3.6)
            expectClose(link("600").capacity, 777.78, within: 0.01)  // slow road: see LinkDefaults
            #expect(link("100#0").capacity == 3600)
            #expect(link("700").lanes == 2)
            #expect(link("700").freeFlowSpeed == 50 / 3.6)
            // The roundabout is one-way (implied by junction=roundabout): no -900#0.
            #expect(network.link(named: "-900#0") == nil)
            #expect(
                imported.warnings.map(\.description) == [
                    "junction.osm: way '700': maxspeed=fast not understood; 50.0 km/h (highway=primary)"
                ])
        }

        @Test func turnsAtTheJunctions() {
            func turn(_ from: String, _ to: String) -> Bool {
                network.movement(from: network.link(named: from)!, to: network.link(named: to)!) != nil
            }
            // Node 2: 4 incoming × 3 non-U-turn outgoing = 12; node 3: 5; node 4: 3 × 2 = 6; nodes 5, 6, 13: 1 each.
            #expect(network.movements.count == 26)
            #expect(turn("100#0", "100#1"))
            #expect(turn("100#0", "200#1"))
            #expect(!turn("100#0", "-100#0"))  // U-turn
            #expect(turn("300", "-400"))  // one-way chain 3 → 6 → 5
            #expect(turn("-400", "-200#1"))
            // Going round the roundabout passes node 3 from 900#1 to 900#0: a turn, not a U-turn.
            #expect(turn("900#1", "900#0"))
            #expect(turn("900#0", "900#1"))
        }

        @Test func selectedTypesOnly() throws {
            var types = OSMRoadType.defaultSelection
            types["service"] = OSMRoadType.germanDefaults["service"]
            let withService = try OSMNetworkImporter(roadTypes: types).importNetwork(
                contentsOf: fixture("junction.osm").path)
            #expect(withService.network.links.count == 18)  // + 800 and -800
            expectClose(
                withService.network[withService.network.link(named: "800")!].freeFlowSpeed, 20 / 3.6, within: 1e-12)
        }

        @Test func tagParsing() {
            #expect(
                OSMTags.parseHstore(#""lanes"=>"2","name"=>"Am \"Berg\"""#) == ["lanes": "2", "name": #"Am "Berg""#])
            #expect(OSMTags.parseHstore(#""lanes"=>2"#) == nil)
            #expect(OSMTags.speed("50") == .kmh(50))
            #expect(OSMTags.speed("30 mph") == .kmh(30 * 1.609344))
            #expect(OSMTags.speed("DE:rural") == .kmh(100))
            #expect(OSMTags.speed("DE:zone:30") == .kmh(30))
            #expect(OSMTags.speed("none") == .typeDefault)
            #expect(OSMTags.speed("national") == .typeDefault)
            #expect(OSMTags.speed("70;50") == .kmh(70))
            #expect(OSMTags.speed("fast") == .invalid)
            #expect(OSMTags.lanes("2;3") == 2)
            #expect(OSMTags.lanes("0") == nil)
        }

        @Test func unsortedNodeIDsAreNamed() throws {
            let url = try temporaryFile(
                "unsorted.osm",
                """
                <osm version="0.6">
                  <node id="2" lat="53.25" lon="9.001"/>
                  <node id="1" lat="53.25" lon="9.0"/>
                  <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
                </osm>
                """)
            let error = importError { _ = try OSMNetworkImporter().importNetwork(contentsOf: url.path) }
            #expect(
                error
                    == .unsupported(
                        "node ids not in increasing order; GDAL's OSM driver reads such files with the environment "
                            + "variable OSM_USE_CUSTOM_INDEXING=NO",
                        at: ImportLocation(source: "unsorted.osm", element: "osm")))
        }

        @Test func missingFile() {
            let error = importError { _ = try OSMNetworkImporter().importNetwork(contentsOf: fixture("nope.osm").path) }
            guard case .gdal(.openFailed)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
        }
    }
}

@Suite("XML attribute values")
struct XMLAttributeValueTests {
    /// Numbers parse with or without surrounding blanks (SUMO writes none, hand-edited files may); anything
    /// else inside the value is an error naming attribute, element and line.
    @Test func numbersTolerateSurroundingBlanksOnly() throws {
        let tag = XMLStartTag(
            name: "lane", attributes: ["id": "e_0", "speed": " 13.89\t", "index": "\t2 ", "length": "1 2", "n": "x"],
            line: 7)
        let reader = AttributeReader(tag, source: "t.net.xml")
        #expect(try reader.double("speed") == 13.89)
        #expect(try reader.int("index") == 2)
        #expect(AttributeReader.trimmed("  ") == "")
        #expect(throws: ImportError.self) { try reader.double("length") }
        do {
            _ = try reader.int("n")
            Issue.record("\"x\" parsed as an integer")
        } catch {
            #expect("\(error)".contains("n") && "\(error)".contains("7"))
        }
    }
}
