import Testing

@testable import TrafficStudies

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
