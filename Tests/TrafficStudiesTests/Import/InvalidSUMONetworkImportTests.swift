import Foundation
import GeoCore
import TestSupport
import Testing
import TrafficCore

@testable import TrafficStudies

/// What the SUMO network importer refuses or substitutes, each error naming element, id and line.
@Suite struct InvalidSUMONetworkImportTests {
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
        // With `.fixedTime`: fixed time from the durations, with a warning (by default: actuated,
        // SUMOActuatedImportTests).
        let imported = try? SUMONetworkImporter(actuatedPrograms: .fixedTime).importNetwork(
            xml: net(body), source: "ok.net.xml")
        let plan = imported.flatMap { $0.signalPlans[$0.network.node(named: "B")!] }
        #expect(plan?.cycle == 60)
        #expect(plan?.group("B:0")?.greenIntervals == [GreenInterval(start: 0, end: 30)])
        #expect(plan?.actuation == nil)
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
        /// A gzip-compressed copy of the fixture `name`, `name.gz` in `directory`.
        func gzip(_ name: String) throws -> URL {
            let copy = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: fixture(name), to: copy)
            let run = try ProcessRunner.run(URL(fileURLWithPath: "/bin/gzip"), [copy.path])  // replaces it by name.gz
            #expect(run.status == 0, "\(run.stderr)")
            return directory.appendingPathComponent(name + ".gz")
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
