import Foundation
import Testing
import TrafficCore

@testable import TrafficStudies

/// The two-halves parse of a `.net.xml` is only an acceleration of the single pass: same content, same line
/// numbers, and `nil` (so the single pass runs and reports) whenever the split is in doubt or a half fails.
@Suite("SUMO import in two halves")
struct SUMONetHalvesTests {
    static let crossing = FixtureFile.url("crossing.net.xml")

    static func singlePass(_ data: Data) throws -> SUMONetFile {
        let parser = SUMONetParser(source: "crossing.net.xml")
        try XMLElementReader.read(data: data, source: "crossing.net.xml", into: parser)
        return parser.file
    }

    @Test func halvesGiveWhatOnePassGives() throws {
        let data = try Data(contentsOf: Self.crossing)
        let split = try #require(SUMONetHalves.splitOffset(data))
        #expect(data[split..<(split + 10)].elementsEqual(Array("<junction ".utf8)))
        let whole = try Self.singlePass(data)
        let halves = try #require(SUMONetHalves.parse(data, split: split, source: "crossing.net.xml"))
        #expect(!whole.junctions.isEmpty && !whole.connections.isEmpty && !whole.edges.isEmpty)
        #expect(halves.edges.map(\.id) == whole.edges.map(\.id))
        #expect(halves.edges.map(\.line) == whole.edges.map(\.line))
        #expect(halves.edges.flatMap(\.lanes).map(\.shape) == whole.edges.flatMap(\.lanes).map(\.shape))
        #expect(halves.interiorEdgeIDs == whole.interiorEdgeIDs)
        #expect(halves.junctions.map(\.id) == whole.junctions.map(\.id))
        #expect(halves.junctions.map(\.line) == whole.junctions.map(\.line))
        #expect(halves.junctions.map(\.position) == whole.junctions.map(\.position))
        #expect(halves.connections.map { "\($0.from)>\($0.to):\($0.fromLane)>\($0.toLane) \($0.tl ?? "-")/\($0.linkIndex ?? -1) @\($0.line)" }
            == whole.connections.map { "\($0.from)>\($0.to):\($0.fromLane)>\($0.toLane) \($0.tl ?? "-")/\($0.linkIndex ?? -1) @\($0.line)" })
        #expect(halves.trafficLights.map(\.id) == whole.trafficLights.map(\.id))
        #expect(halves.location?.projParameter == whole.location?.projParameter)
    }

    /// Files with carriage returns are left to one pass (libxml2 counts their lines its own way).
    @Test func carriageReturnsLeaveItToOnePass() throws {
        let text = try String(contentsOf: Self.crossing, encoding: .utf8)
        for ending in ["\r\n", "\r"] {
            #expect(SUMONetHalves.splitOffset(Data(text.replacingOccurrences(of: "\n", with: ending).utf8)) == nil)
        }
    }

    @Test func anErrorInEitherHalfLeavesItToTheSinglePass() throws {
        let text = try String(contentsOf: Self.crossing, encoding: .utf8)
        // A bad connection (second half) and a bad lane (first half).
        for broken in [
            text.replacingOccurrences(of: "<connection ", with: "<connection fromLane=\"x\" ", options: [], range: text.range(of: "<connection ")),
            text.replacingOccurrences(of: "<lane ", with: "<lane index=\"-1\" ", options: [], range: text.range(of: "<lane ")),
            text.replacingOccurrences(of: "</net>", with: ""),
        ] {
            let data = Data(broken.utf8)
            #expect(throws: ImportError.self) { try Self.singlePass(data) }
            let split = try #require(SUMONetHalves.splitOffset(data))
            #expect(SUMONetHalves.parse(data, split: split, source: "crossing.net.xml") == nil)
        }
    }

    @Test func splitPointIsTheFirstJunctionTagOutsideCommentsInAUTF8Document() {
        func split(_ text: String) -> Int? { SUMONetHalves.splitOffset(Data(text.utf8)) }
        let body = "<net><edge id=\"e\"/><junction id=\"j\"/></net>"
        #expect(split("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body) == 38 + 1 + 19)
        #expect(split(body) == 19)
        #expect(split("<!-- <junction id=\"x\"/> --><net><junctions/><junction\tid=\"j\"/></net>") == 44)
        #expect(split("<net><![CDATA[ <junction ]]><junction id=\"j\"/></net>") == 28)
        #expect(split("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + body) == nil)
        #expect(split("<!-- <junction id=\"x\"/> ") == nil)
        #expect(split("<net><edge id=\"e\"/></net>") == nil)
        #expect(split("<!DOCTYPE net [<!ATTLIST junction type CDATA \"priority\">]>" + body) == nil)
    }

    @Test func smallFilesAndOneCoreReadInOnePass() {
        #expect(SUMONetHalves.parse(Self.crossing) == nil)  // below SUMONetHalves.minimumSize
    }
}
