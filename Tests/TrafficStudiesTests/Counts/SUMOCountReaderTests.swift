import Foundation
import Testing
import TrafficCore
import TrafficStudies

@Suite("Counts from SUMO edge data and induction loops")
struct SUMOCountReaderTests {
    static let edgeData = """
        <?xml version="1.0" encoding="UTF-8"?>
        <meandata>
            <interval begin="0.00" end="900.00" id="dump">
                <edge id="WC" sampledSeconds="100.00" entered="20" left="18"/>
                <edge id="CE">
                    <lane id="CE_0" entered="7" left="6"/>
                    <lane id="CE_1" entered="5" left="5"/>
                </edge>
                <edgeRelation from="WC" to="CN" count="4"/>
            </interval>
            <interval begin="0:15:00" end="0:30:00" id="dump">
                <edge id="WC" entered="25" left="26"/>
            </interval>
        </meandata>
        """

    @Test func edgeDataCountsEnteredVehiclesPerEdgeAndInterval() throws {
        let counts = try SUMOEdgeDataReader().read(xml: Data(Self.edgeData.utf8), source: "edgedata.xml")
        #expect(counts.map(\.station) == ["WC", "CE", "WC>CN", "WC"])
        #expect(counts.map(\.target) == [.link("WC"), .link("CE"), .turn(from: "WC", to: "CN"), .link("WC")])
        // CE's count is the sum over its lanes, 7 + 5.
        #expect(counts.map(\.vehicles) == [20, 12, 4, 25])
        // The second interval is written as h:m:s.
        #expect(counts.map(\.begin) == [0, 0, 0, 900])
        #expect(counts.map(\.end) == [900, 900, 900, 1800])
        #expect(counts.map(\.location.line) == [4, 5, 9, 12])
        #expect(counts.allSatisfy { $0.heavyVehicles == nil })
    }

    @Test func edgeDataCanCountLeavingVehicles() throws {
        let counts = try SUMOEdgeDataReader(attribute: "left").read(xml: Data(Self.edgeData.utf8))
        #expect(counts.map(\.vehicles) == [18, 11, 4, 26])
    }

    @Test func edgeDataCountsAreCheckedLikeCSVCounts() {
        func xml(_ edge: String, interval: String = #"begin="0" end="900""#) -> Data {
            Data("<meandata>\n<interval \(interval)>\n\(edge)\n</interval>\n</meandata>\n".utf8)
        }
        let at = CountLocation(source: "e.xml", line: 3)
        expectCountError(.negativeVehicles(field: "entered", value: -1, at: at), naming: "e.xml, line 3") {
            _ = try SUMOEdgeDataReader().read(xml: xml(#"<edge id="WC" entered="-1"/>"#), source: "e.xml")
        }
        expectCountError(
            .invalidNumber(field: "entered", value: "many", expected: "a number", at: at), naming: "e.xml, line 3"
        ) {
            _ = try SUMOEdgeDataReader().read(xml: xml(#"<edge id="WC" entered="many"/>"#), source: "e.xml")
        }
        expectCountError(.emptyInterval(begin: 900, end: 900, at: at), naming: "e.xml, line 3") {
            _ = try SUMOEdgeDataReader().read(
                xml: xml(#"<edge id="WC" entered="3"/>"#, interval: #"begin="900" end="900""#), source: "e.xml")
        }
        expectCountError(
            .invalidNumber(
                field: "end", value: "soon", expected: "a time in seconds ≥ 0",
                at: CountLocation(source: "e.xml", line: 2)),
            naming: "e.xml, line 2"
        ) {
            _ = try SUMOEdgeDataReader().read(
                xml: xml(#"<edge id="WC" entered="3"/>"#, interval: #"begin="0" end="soon""#), source: "e.xml")
        }
        expectCountError(
            .input(
                .missingAttribute("entered", at: ImportLocation(source: "e.xml", element: "edge", id: "WC", line: 3))),
            naming: "e.xml:3"
        ) {
            _ = try SUMOEdgeDataReader().read(xml: xml(#"<edge id="WC" left="3"/>"#), source: "e.xml")
        }
        // A route file is not edge data.
        expectCountError(
            .input(.unexpectedElement(ImportLocation(source: "r.xml", element: "routes", line: 1))), naming: "r.xml:1"
        ) {
            _ = try SUMOEdgeDataReader().read(xml: Data("<routes/>".utf8), source: "r.xml")
        }
    }

    static let detectors = """
        <additional>
            <e1Detector id="d0" lane="WC_0" pos="400" period="900" file="loops.xml"/>
            <inductionLoop id="d1" lane="WC_1" pos="400" period="900" file="loops.xml"/>
            <e1Detector id="d2" lane="CE_0" pos="10" period="900" file="loops.xml"/>
            <e2Detector id="jam" lane="CE_0" pos="0" length="50" period="900" file="jam.xml"/>
        </additional>
        """

    static func loops(_ intervals: [(id: String, begin: Int, count: String)]) -> Data {
        var text = "<detector>\n"
        for i in intervals {
            text +=
                #"    <interval begin="\#(i.begin)" end="\#(i.begin + 900)" id="\#(i.id)" nVehContrib="\#(i.count)" flow="0"/>"#
            text += "\n"
        }
        return Data((text + "</detector>\n").utf8)
    }

    /// WC has loops d0 and d1 on its two lanes, summed: 12 + 9 = 21, then 10 + 11 = 21; CE has d2 alone.
    @Test func inductionLoopsOnTheLanesOfAnEdgeSumToOneCount() throws {
        let reader = try SUMOInductionLoopReader(definitionsXML: Data(Self.detectors.utf8))
        #expect(reader.detectors.count == 3)
        #expect(reader.detectors["d1"]?.edge == "WC")
        let output = Self.loops([
            ("d0", 0, "12"), ("d1", 0, "9"), ("d2", 0, "5"), ("d0", 900, "10"), ("d1", 900, "11"), ("d2", 900, "7"),
        ])
        let counts = try reader.read(xml: [(output, "loops.xml")])
        #expect(counts.map(\.station) == ["WC", "CE", "WC", "CE"])
        #expect(counts.map(\.target) == [.link("WC"), .link("CE"), .link("WC"), .link("CE")])
        #expect(counts.map(\.begin) == [0, 0, 900, 900])
        #expect(counts.map(\.vehicles) == [21, 5, 21, 7])
        // Each edge count sits at its first detector's line.
        #expect(counts.map(\.location.line) == [2, 4, 5, 7])
    }

    /// SUMO writes one file per `file` attribute; d1 in a file of its own gives the same sums.
    @Test func inductionLoopOutputMaySpanFiles() throws {
        let directory = try temporaryFile("detectors.add.xml", Self.detectors).deletingLastPathComponent()
        let definitions = directory.appendingPathComponent("detectors.add.xml")
        let first = directory.appendingPathComponent("a.xml")
        let second = directory.appendingPathComponent("b.xml")
        try Self.loops([("d0", 0, "12"), ("d2", 0, "5")]).write(to: first)
        try Self.loops([("d1", 0, "9")]).write(to: second)
        let reader = try SUMOInductionLoopReader(definitions: definitions)
        let counts = try reader.read(contentsOf: [first, second])
        #expect(counts.map(\.vehicles) == [21, 5])
        #expect(counts.first?.location.source == "a.xml")
    }

    @Test func crossSectionsMustBeCompleteAndCountedOnce() throws {
        let reader = try SUMOInductionLoopReader(definitionsXML: Data(Self.detectors.utf8))
        // d1 has no output for 900–1800 s: WC's sum would be d0's alone.
        expectCountError(
            .incompleteCrossSection(
                edge: "WC", begin: 900, end: 1800, missing: ["d1"], at: CountLocation(source: "loops.xml", line: 4)),
            naming: "loops.xml, line 4"
        ) {
            _ = try reader.read(xml: [(Self.loops([("d0", 0, "1"), ("d1", 0, "2"), ("d0", 900, "3")]), "loops.xml")])
        }
        expectCountError(
            .unknownDetector("d9", at: CountLocation(source: "loops.xml", line: 3)), naming: "loops.xml, line 3"
        ) {
            _ = try reader.read(xml: [(Self.loops([("d2", 0, "1"), ("d9", 0, "2")]), "loops.xml")])
        }
        expectCountError(
            .negativeVehicles(field: "nVehContrib", value: -2, at: CountLocation(source: "loops.xml", line: 2)),
            naming: "loops.xml, line 2"
        ) {
            _ = try reader.read(xml: [(Self.loops([("d2", 0, "-2")]), "loops.xml")])
        }
        expectCountError(
            .overlappingIntervals(
                station: "d2", target: .link("CE"), at: CountLocation(source: "loops.xml", line: 3),
                previous: CountLocation(source: "loops.xml", line: 2)),
            naming: "loops.xml, line 3"
        ) {
            _ = try reader.read(xml: [(Self.loops([("d2", 0, "1"), ("d2", 0, "1")]), "loops.xml")])
        }

        // An upstream loop and a stop-line loop on lane CE_0 would count CE's vehicles twice.
        let twice = try SUMOInductionLoopReader(
            definitionsXML: Data(
                """
                <additional>
                    <e1Detector id="up" lane="CE_0" pos="10" period="900" file="loops.xml"/>
                    <e1Detector id="stop" lane="CE_0" pos="95" period="900" file="loops.xml"/>
                </additional>
                """.utf8), source: "twice.add.xml")
        expectCountError(
            .detectorsShareLane(
                lane: "CE_0", detectors: ["up", "stop"], at: CountLocation(source: "twice.add.xml", line: 3)),
            naming: "twice.add.xml, line 3"
        ) {
            _ = try twice.read(xml: [(Self.loops([("up", 0, "4"), ("stop", 0, "4")]), "loops.xml")])
        }
    }

    @Test func detectorDefinitionsNeedALaneWithAnIndex() {
        expectCountError(
            .input(
                .invalidValue(
                    attribute: "lane", value: "WC", expected: "a SUMO lane id <edge>_<index>",
                    at: ImportLocation(source: "d.add.xml", element: "e1Detector", id: "d0", line: 1))),
            naming: "d.add.xml:1"
        ) {
            _ = try SUMOInductionLoopReader(
                definitionsXML: Data(#"<additional><e1Detector id="d0" lane="WC" pos="1"/></additional>"#.utf8),
                source: "d.add.xml")
        }
    }
}
