import Foundation
import Testing
import TrafficStudies

@Suite("Count files told apart by content")
struct CountFilesTests {
    static func write(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("countfiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    /// The names say nothing (all `.txt`); the content does: a CSV, edge data, detector output and its definitions.
    @Test func eachKindIsReadByItsReader() throws {
        let dir = try Self.write([
            "a.txt": "station,link,begin,end,vehicles\nk1,WC,0,900,30\n",
            "b.txt": "<?xml version=\"1.0\"?>\n<!-- edge data -->\n<meandata>\n  <interval begin=\"0\" end=\"900\" id=\"d\">\n"
                + "    <edge id=\"CE\" entered=\"12\"/>\n  </interval>\n</meandata>\n",
            "c.txt": "<detector>\n  <interval begin=\"0\" end=\"900\" id=\"e1_NC\" nVehContrib=\"7\"/>\n</detector>\n",
            "d.txt": "<additional>\n  <e1Detector id=\"e1_NC\" lane=\"NC_0\" pos=\"10\" freq=\"900\" file=\"c.txt\"/>\n</additional>\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = ["a.txt", "b.txt", "c.txt", "d.txt"].map { dir.appendingPathComponent($0) }
        #expect(try urls.map { try CountFiles.kind(of: $0) } == [.csv, .edgeData, .inductionLoopOutput, .detectorDefinitions])
        let counts = try CountFiles.read(urls)
        #expect(counts.map(\.target) == [.link("WC"), .link("CE"), .link("NC")])
        #expect(counts.map(\.vehicles) == [30, 12, 7])
    }

    @Test func detectorOutputWithoutDefinitionsAndUnknownRootsAreRefused() throws {
        let dir = try Self.write([
            "e1.xml": "<detector>\n  <interval begin=\"0\" end=\"900\" id=\"x\" nVehContrib=\"7\"/>\n</detector>\n",
            "net.xml": "<net version=\"1.20\">\n</net>\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect {
            try CountFiles.read([dir.appendingPathComponent("e1.xml")])
        } throws: { error in
            "\(error)".contains("e1.xml") && "\(error)".contains("additional file that defines its detectors")
        }
        #expect {
            try CountFiles.kind(of: dir.appendingPathComponent("net.xml"))
        } throws: { error in
            "\(error)".contains("root element <net> is no count format")
        }
    }
}
