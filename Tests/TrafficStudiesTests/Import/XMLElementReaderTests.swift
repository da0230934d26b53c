import Foundation
import Testing
import TrafficCore

@testable import TrafficStudies

@Suite("XML element reader (libxml2 SAX2)")
struct XMLElementReaderTests {
    final class Recorder: XMLElementHandler {
        var events: [String] = []
        var failOn: String?

        func start(_ tag: XMLStartTag) throws(ImportError) {
            if tag.name == failOn {
                throw .unexpectedElement(ImportLocation(source: "t", element: tag.name, line: tag.line))
            }
            let attributes = zip(tag.attributes.names, tag.attributes.values).map { "\($0)=\($1)" }
            events.append("<\(tag.name)@\(tag.line) \(attributes.joined(separator: " "))")
        }

        func end(_ name: String) throws(ImportError) { events.append("</\(name)") }
    }

    /// Character and entity references in attribute values come out decoded, `&amp;` included (libxml2 keeps
    /// that one as `&#38;` in SAX2 callbacks); prefixed names keep their prefix; lines are those of the tags.
    @Test func decodesReferencesAndKeepsOrderAndLines() throws {
        let xml = """
            <net xmlns:x="urn:x">
              <edge id="a&amp;b" name="&lt;Ring&gt; &quot;S&#252;d&quot; &#x41;&apos;" x:k="v"/>
            </net>
            """
        let recorder = Recorder()
        try XMLElementReader.read(data: Data(xml.utf8), source: "t.xml", into: recorder)
        #expect(
            recorder.events == [
                "<net@1 ", "<edge@2 id=a&b name=<Ring> \"Süd\" A' x:k=v", "</edge", "</net",
            ])
    }

    /// A document larger than one 256 KiB chunk, read from a file, gives the same events as from memory.
    @Test func fileInChunksEqualsMemory() throws {
        var xml = "<routes>\n"
        for i in 0..<8_000 { xml += "  <vehicle id=\"v\(i)\" depart=\"\(i).5\" from=\"e\(i % 7)\" to=\"f\"/>\n" }
        xml += "</routes>\n"
        #expect(xml.utf8.count > 3 * (1 << 18) / 2)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = Recorder()
        try XMLElementReader.read(contentsOf: url, into: fromFile)
        let fromMemory = Recorder()
        try XMLElementReader.read(data: Data(xml.utf8), source: "m", into: fromMemory)
        #expect(fromFile.events.count == 2 + 2 * 8_000)
        #expect(fromFile.events == fromMemory.events)
        #expect(fromFile.events[2 * 7_999 + 1] == "<vehicle@8001 id=v7999 depart=7999.5 from=e5 to=f")
    }

    /// Not well-formed input stops at the first error with the libxml2 code's message and line; the
    /// elements after it are never delivered.
    @Test func malformedInputIsAnErrorWithLine() {
        let cases: [(String, Int, String)] = [
            ("", 1, "document is empty"),
            ("<a>\n<b x=\"1\">\n</a>", 3, "opening and ending tag mismatch"),
            ("<a>\n  <b x=&unknown;/>\n</a>", 2, "attribute value not quoted"),
            ("<a>\n  <b x=\"&unknown;\"/>\n</a>", 2, "undeclared entity"),
            ("<a/>\n<b/>", 2, "extra content at the end of the document"),
        ]
        for (xml, line, message) in cases {
            let recorder = Recorder()
            do {
                try XMLElementReader.read(data: Data(xml.utf8), source: "bad.xml", into: recorder)
                Issue.record("no error for \(xml.debugDescription)")
            } catch {
                guard case .malformedXML("bad.xml", let got, let text) = error else {
                    Issue.record("unexpected \(error) for \(xml.debugDescription)")
                    continue
                }
                #expect(got == line, "\(xml.debugDescription)")
                #expect(text.hasPrefix(message), "\(xml.debugDescription): \(text)")
            }
        }
    }

    /// A handler error stops the parse: nothing after the failing element reaches the handler.
    @Test func handlerErrorStopsTheParse() {
        let recorder = Recorder()
        recorder.failOn = "stop"
        #expect(throws: ImportError.self) {
            try XMLElementReader.read(
                data: Data("<a>\n<b/>\n<stop/>\n<c/>\n</a>".utf8), source: "t", into: recorder)
        }
        #expect(recorder.events == ["<a@1 ", "<b@2 ", "</b"])
    }

    @Test func missingFileAndDirectoryAreUnreadable() {
        for path in ["/nonexistent/x.net.xml", FileManager.default.temporaryDirectory.path] {
            #expect(throws: ImportError.self) {
                try XMLElementReader.read(contentsOf: URL(fileURLWithPath: path), into: Recorder())
            }
        }
    }
}
