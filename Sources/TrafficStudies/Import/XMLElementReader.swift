import CLibXML2
import CZlib
import Foundation
import GeoCore
import TrafficCore

/// An element's attributes in document order. Elements have a handful of attributes, so a linear scan beats
/// hashing every name into a dictionary for every element of a large network.
struct XMLAttributes: ExpressibleByDictionaryLiteral {
    private(set) var names: [String] = []
    private(set) var values: [String] = []

    init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { append(name, value) }
    }

    init() {}

    /// Room for `capacity` attributes, so filling them allocates each array once instead of growing it.
    init(capacity: Int) {
        names.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func append(_ name: String, _ value: String) {
        names.append(name)
        values.append(value)
    }

    subscript(name: String) -> String? {
        for i in names.indices where names[i] == name { return values[i] }
        return nil
    }
}

/// One XML start tag as the importers see it.
struct XMLStartTag {
    let name: String
    let attributes: XMLAttributes
    /// libxml2's line number in the start-tag callback (the line where the start tag ends).
    let line: Int
}

/// Receives the elements of a document in order; throwing stops the parse.
protocol XMLElementHandler: AnyObject {
    func start(_ tag: XMLStartTag) throws(ImportError)
    func end(_ name: String) throws(ImportError)
}

/// Streams a document through libxml2's SAX2 push parser into an `XMLElementHandler`.
///
/// Files are fed in 256 KiB chunks, so a network of any size needs memory only for what the handler keeps.
/// The first well-formedness error stops the parse (libxml2 does not recover; SAX callbacks stop), and so
/// does the first error a handler throws. No external entities or DTDs are loaded, nothing from the network.
/// Attribute values are passed on decoded; only the attributes of elements a handler looks at are turned
/// into strings once (a SUMO network has hundreds of thousands of elements, so this is the import's hot path).
enum XMLElementReader {
    /// Reads `url`, plain or gzip-compressed (as SUMO writes `.net.xml.gz` and `.rou.xml.gz`; recognised by
    /// its content, not its name).
    static func read(contentsOf url: URL, into handler: some XMLElementHandler) throws(ImportError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadable(source: url.path, message: "is a directory")
        }
        // zlib passes files that are not gzip through unchanged.
        guard let file = gzopen(url.path, "rb") else {
            throw .unreadable(source: url.path, message: "no such file or not readable")
        }
        defer { gzclose(file) }
        let session = Session(handler: handler, source: url.lastPathComponent)
        var buffer = [CChar](repeating: 0, count: 1 << 18)
        while true {
            let count = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if count < 0 {
                var code: Int32 = 0
                var message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                if let colon = message.range(of: ": "), message.hasPrefix(url.path) {
                    message = String(message[colon.upperBound...])  // zlib puts the path first
                }
                throw .unreadable(
                    source: url.path, message: code == Z_ERRNO ? String(cString: strerror(errno)) : "gzip: \(message)")
            }
            if count == 0 {
                // zlib ends a gzip stream cut short like a complete one and says so only here.
                var code: Int32 = 0
                _ = gzerror(file, &code)
                if code == Z_BUF_ERROR {
                    throw .unreadable(source: url.path, message: "gzip data ends early (the file is cut short)")
                }
                break
            }
            if !buffer.withUnsafeBufferPointer({ session.feed($0.baseAddress, count: Int(count)) }) { break }
        }
        try session.finish()
    }

    /// Parses `data` (a whole document) into `handler`; `source` names it in errors.
    ///
    /// For a document that is a part of a file (see `SUMONetHalves`): only the bytes in `range` are read,
    /// with `before` fed ahead of them and `after` behind them (no copy of the part), and `lineOffset` is
    /// added to every line number.
    static func read(
        data: Data, range: Range<Int>? = nil, before: String = "", after: String = "", source: String,
        lineOffset: Int = 0, into handler: some XMLElementHandler
    ) throws(ImportError) {
        let session = Session(handler: handler, source: source)
        session.lineOffset = lineOffset
        func feed(_ text: String) -> Bool {
            var text = text
            return text.isEmpty || text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { session.feed($0.baseAddress, count: $0.count) }
            }
        }
        let range = range ?? 0..<data.count
        var offset = range.lowerBound
        let chunk = 1 << 18
        var more = feed(before)
        while more && offset < range.upperBound {
            let count = min(chunk, range.upperBound - offset)
            more = data.withUnsafeBytes { raw in
                session.feed(raw.baseAddress!.assumingMemoryBound(to: CChar.self) + offset, count: count)
            }
            offset += count
        }
        if more { _ = feed(after) }
        try session.finish()
    }

    /// One parse: the libxml2 push-parser context and the first error. Lives on the calling thread only.
    private final class Session {
        let handler: any XMLElementHandler
        let source: String
        var failure: ImportError?
        /// Created with the first bytes: nil means nothing has been fed yet.
        var context: xmlParserCtxtPtr?
        /// The first error libxml2 reported (code, line): later ones are usually consequences of it.
        var firstError: (code: Int, line: Int)?
        /// Added to libxml2's line numbers (the lines of the file before the part being parsed).
        var lineOffset = 0

        init(handler: any XMLElementHandler, source: String) {
            self.handler = handler
            self.source = source
        }

        deinit { if let context { xmlFreeParserCtxt(context) } }

        /// Parses `count` more bytes; false once the parse has failed (the rest need not be read).
        func feed(_ bytes: UnsafePointer<CChar>?, count: Int) -> Bool {
            if context == nil {
                var sax = Session.saxHandler()
                context = xmlCreatePushParserCtxt(
                    &sax, Unmanaged.passUnretained(self).toOpaque(), nil, 0, source)
                guard let context else {
                    failure = .unreadable(source: source, message: "libxml2 could not create a parser")
                    return false
                }
                xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            }
            guard failure == nil else { return false }
            let status = xmlParseChunk(context, bytes, Int32(count), 0)
            return recordParserError(status) && failure == nil
        }

        func finish() throws(ImportError) {
            if failure == nil {
                if let context {
                    _ = recordParserError(xmlParseChunk(context, nil, 0, 1))
                } else {
                    failure = .malformedXML(source: source, line: 1, message: XMLElementReader.message(forCode: 4))
                }
            }
            if let failure { throw failure }
        }

        /// Turns a failed chunk (non-zero status or a document found not well-formed) into `.malformedXML`
        /// with the first error libxml2 reported; false on error.
        private func recordParserError(_ status: Int32) -> Bool {
            guard status != 0 || (context?.pointee.wellFormed ?? 1) == 0 else { return true }
            guard failure == nil else { return false }
            let (code, line) = firstError ?? (Int(status), self.line)
            failure = .malformedXML(source: source, line: line, message: XMLElementReader.message(forCode: code))
            return false
        }

        fileprivate func start(_ tag: XMLStartTag) {
            guard failure == nil else { return }
            do throws(ImportError) { try handler.start(tag) } catch { stop(error) }
        }

        fileprivate func end(_ name: String) {
            guard failure == nil else { return }
            do throws(ImportError) { try handler.end(name) } catch { stop(error) }
        }

        private func stop(_ error: ImportError) {
            failure = error
            if let context { xmlStopParser(context) }
        }

        var line: Int { lineOffset + (context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0) }

        static func saxHandler() -> xmlSAXHandler {
            var sax = xmlSAXHandler()
            sax.initialized = UInt32(XML_SAX2_MAGIC)
            sax.startElementNs = { user, localName, prefix, _, _, _, attributeCount, _, attributes in
                guard let user, let localName else { return }
                let session = Unmanaged<Session>.fromOpaque(user).takeUnretainedValue()
                var values = XMLAttributes(capacity: Int(attributeCount))
                if let attributes {
                    for i in 0..<Int(attributeCount) {
                        guard let name = attributes[5 * i], let start = attributes[5 * i + 3],
                            let end = attributes[5 * i + 4]
                        else { continue }
                        let raw = UnsafeBufferPointer(start: start, count: end - start)
                        values.append(
                            qualifiedName(attributes[5 * i + 1], name), XMLElementReader.decodedAttribute(raw))
                    }
                }
                session.start(XMLStartTag(name: qualifiedName(prefix, localName), attributes: values, line: session.line))
            }
            sax.endElementNs = { user, localName, prefix, _ in
                guard let user, let localName else { return }
                Unmanaged<Session>.fromOpaque(user).takeUnretainedValue().end(qualifiedName(prefix, localName))
            }
            // Keeps the first error for the message (and keeps libxml2 from printing errors itself).
            sax.serror = { user, error in
                guard let user, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let session = Unmanaged<Session>.fromOpaque(user).takeUnretainedValue()
                if session.firstError == nil {
                    session.firstError = (Int(error.pointee.code), session.lineOffset + Int(error.pointee.line))
                }
            }
            return sax
        }
    }
}

/// `prefix:name`, or `name` without a prefix (the name as written, like XMLParser without namespace processing).
private func qualifiedName(_ prefix: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>) -> String {
    guard let prefix else { return String(cString: name) }
    return String(cString: prefix) + ":" + String(cString: name)
}

extension XMLElementReader {
    /// An attribute value from libxml2's SAX2 callback as a string. libxml2 hands over values with
    /// character references already replaced, except that it keeps `&` (from `&amp;` or `&#38;`) as the
    /// reference `&#38;`; references left in the value are decoded here.
    static func decodedAttribute(_ raw: UnsafeBufferPointer<xmlChar>) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        let text = String(decoding: raw, as: UTF8.self)
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp)..<semicolon]
            let replacement: String?
            switch name {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                var scalar: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst())
                }
                replacement = scalar.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            }
            if let replacement {
                result += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += rest[amp...semicolon]
                rest = rest[rest.index(after: semicolon)...]
            }
        }
        return result + rest
    }
}

extension XMLElementReader {
    /// Messages for common libxml2 `xmlParserErrors` codes (xmlerror.h).
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
    ///
    /// Scans the UTF-8 bytes (positions are separated by spaces, tabs or newlines, ordinates by commas) rather
    /// than splitting into `Character`s: shapes are most of a `.net.xml`'s text.
    func shape(_ name: String) throws(ImportError) -> [Coordinate] {
        let text = try string(name)
        guard let points = Self.parseShape(text) else {
            throw invalid(name, text, expected: "positions \"x,y x,y …\" (at least two)")
        }
        return points
    }

    /// The positions of a SUMO shape, nil when it is not one (see `shape`).
    static func parseShape(_ text: String) -> [Coordinate]? {
        let utf8 = text.utf8
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var points: [Coordinate] = []
        var i = utf8.startIndex
        while true {
            while i < utf8.endIndex, isSeparator(utf8[i]) { i = utf8.index(after: i) }
            if i == utf8.endIndex { break }
            var ordinates: (Double, Double) = (0, 0)
            var count = 0
            while true {
                let start = i
                while i < utf8.endIndex, utf8[i] != UInt8(ascii: ","), !isSeparator(utf8[i]) { i = utf8.index(after: i) }
                guard let value = Double(text[start..<i]), value.isFinite else { return nil }
                if count == 0 { ordinates.0 = value } else if count == 1 { ordinates.1 = value }
                count += 1
                guard i < utf8.endIndex, utf8[i] == UInt8(ascii: ",") else { break }
                i = utf8.index(after: i)
            }
            guard count == 2 || count == 3 else { return nil }
            points.append(Coordinate(ordinates.0, ordinates.1))
        }
        return points.count >= 2 ? points : nil
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
