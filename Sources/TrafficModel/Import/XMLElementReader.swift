import Foundation
import GeoCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One XML start tag as the importers see it.
struct XMLStartTag {
    let name: String
    let attributes: [String: String]
    /// `XMLParser.lineNumber` in the start-tag callback.
    let line: Int
}

/// Receives the elements of a document in order; throwing stops the parse.
protocol XMLElementHandler: AnyObject {
    func start(_ tag: XMLStartTag) throws(ImportError)
    func end(_ name: String) throws(ImportError)
}

/// Streams a document through Foundation's `XMLParser` (SAX on libxml2) into an `XMLElementHandler`.
///
/// Files are read through an `InputStream` in chunks (swift-corelibs-foundation's `XMLParser(contentsOf:)`
/// does so for file URLs), so a network of any size needs memory only for what the handler keeps.
enum XMLElementReader {
    static func read(contentsOf url: URL, into handler: some XMLElementHandler) throws(ImportError) {
        let source = url.lastPathComponent
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw .unreadable(source: url.path, message: "no such file or not readable")
        }
        guard let parser = XMLParser(contentsOf: url) else {
            throw .unreadable(source: url.path, message: "XMLParser cannot open it")
        }
        try run(parser, source: source, handler: handler)
    }

    static func read(data: Data, source: String, into handler: some XMLElementHandler) throws(ImportError) {
        try run(XMLParser(data: data), source: source, handler: handler)
    }

    private static func run(_ parser: XMLParser, source: String, handler: some XMLElementHandler) throws(ImportError) {
        let delegate = Delegate(handler: handler, source: source)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let error = delegate.failure { throw error }
        guard ok else {
            let text = parser.parserError.map { message(forCode: ($0 as NSError).code) } ?? "parse failed"
            throw .malformedXML(source: source, line: parser.lineNumber, message: text)
        }
    }

    /// Forwards callbacks; keeps the first error (the handler's or the parser's) and aborts the parse with it.
    ///
    /// swift-corelibs-foundation's `XMLParser` lets libxml2 recover from well-formedness errors: `parse()` may
    /// return true after reporting them, and elements keep coming. So every reported error stops the parse here.
    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLElementHandler
        let source: String
        var failure: ImportError?

        init(handler: any XMLElementHandler, source: String) {
            self.handler = handler
            self.source = source
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard failure == nil else { return }
            let message = XMLElementReader.message(forCode: (parseError as NSError).code)
            failure = .malformedXML(source: source, line: parser.lineNumber, message: message)
            parser.abortParsing()
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            do throws(ImportError) {
                try handler.start(XMLStartTag(name: elementName, attributes: attributeDict, line: parser.lineNumber))
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard failure == nil else { return }
            do throws(ImportError) {
                try handler.end(elementName)
            } catch {
                failure = error
                parser.abortParsing()
            }
        }
    }
}

extension XMLElementReader {
    /// Messages for common libxml2 `xmlParserErrors` codes (xmlerror.h), which corelibs' `XMLParser` passes on
    /// as the error code.
    static let libxml2Messages: [Int: String] = [
        4: "document is empty", 5: "extra content at the end of the document", 9: "invalid character",
        26: "undeclared entity", 38: "'<' in an attribute value", 39: "attribute value not quoted",
        40: "attribute value not finished", 41: "attribute without value", 42: "attribute given twice",
        68: "name expected", 73: "'>' expected", 76: "opening and ending tag mismatch",
        77: "tag not finished (premature end of data)",
    ]

    static func message(forCode code: Int) -> String {
        libxml2Messages[code].map { "\($0) (libxml2 error \(code))" } ?? "libxml2 error \(code)"
    }
}

/// Typed access to a start tag's attributes, with errors that name the element.
struct AttributeReader {
    let tag: XMLStartTag
    let source: String
    /// The element's id for messages (its own `id`, or the parent's for elements without one).
    let id: String?

    init(_ tag: XMLStartTag, source: String, id: String? = nil) {
        self.tag = tag
        self.source = source
        self.id = id ?? tag.attributes["id"]
    }

    var location: ImportLocation { ImportLocation(source: source, element: tag.name, id: id, line: tag.line) }

    subscript(name: String) -> String? { tag.attributes[name] }

    func string(_ name: String) throws(ImportError) -> String {
        guard let value = tag.attributes[name] else { throw .missingAttribute(name, at: location) }
        return value
    }

    func nonEmpty(_ name: String) throws(ImportError) -> String {
        let value = try string(name)
        guard !value.isEmpty else { throw invalid(name, value, expected: "a non-empty string") }
        return value
    }

    func double(_ name: String) throws(ImportError) -> Double {
        let text = try string(name)
        guard let value = Double(text) ?? Double(Self.trimmed(text)), value.isFinite else {
            throw invalid(name, text, expected: "a number")
        }
        return value
    }

    func optionalDouble(_ name: String) throws(ImportError) -> Double? {
        guard tag.attributes[name] != nil else { return nil }
        return try double(name)
    }

    func int(_ name: String) throws(ImportError) -> Int {
        let text = try string(name)
        guard let value = Int(text) ?? Int(Self.trimmed(text)) else {
            throw invalid(name, text, expected: "an integer")
        }
        return value
    }

    func optionalInt(_ name: String) throws(ImportError) -> Int? {
        guard tag.attributes[name] != nil else { return nil }
        return try int(name)
    }

    /// A SUMO shape: `"x,y x,y …"` (a third ordinate, z, is dropped); at least two positions.
    func shape(_ name: String) throws(ImportError) -> [Coordinate] {
        let text = try string(name)
        var points: [Coordinate] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let parts = token.split(separator: ",")
            guard parts.count == 2 || parts.count == 3, let x = Double(parts[0]), let y = Double(parts[1]),
                x.isFinite, y.isFinite
            else { throw invalid(name, text, expected: "positions \"x,y x,y …\"") }
            points.append(Coordinate(x, y))
        }
        guard points.count >= 2 else { throw invalid(name, text, expected: "at least two positions") }
        return points
    }

    /// `text` without surrounding spaces and tabs. Only called when the untrimmed value did not parse:
    /// Foundation's `trimmingCharacters` bridges through NSString and dominated attribute parsing.
    static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = text.lastIndex(where: { !isSpace($0) })!
        return text[first...last]
    }

    func invalid(_ name: String, _ value: String, expected: String) -> ImportError {
        .invalidValue(attribute: name, value: value, expected: expected, at: location)
    }
}
