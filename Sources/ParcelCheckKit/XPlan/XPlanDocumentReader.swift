import Foundation
import GeoCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One geometry element of a feature as GML text, ready for `OGR_G_CreateFromGML`.
struct GMLSnippet: Sendable {
    /// The element and its subtree, re-serialised (prefixes as in the file, GML elements as `gml:…`).
    var xml: String
    /// Line of the element's start tag.
    var line: Int
    /// The `srsName` of the element, or of the first descendant that has one.
    var srsName: String?
    /// Local name of the geometry's root element (`Polygon`, `MultiSurface`, `LineString`, …).
    var rootElement: String
}

/// A feature of the document as read: its direct properties, not yet interpreted.
struct XPlanRawFeature: Sendable {
    /// Local name of the element, e.g. `BP_BaugebietsTeilFlaeche`.
    var type: String
    var gmlID: String
    var line: Int
    /// Text of simple properties by local name, in document order, with the line of each.
    var texts: [String: [(text: String, line: Int)]] = [:]
    /// Text of leaf elements inside complex properties, by `property/leaf` local names (e.g.
    /// `zweckbestimmung/allgemein` of a 6.0 `BP_KomplexeZweckbestGruen`, `dachgestaltung/dachform`).
    var nestedTexts: [String: [(text: String, line: Int)]] = [:]
    /// Targets of `xlink:href` references by property name, without the leading `#`.
    var references: [String: [String]] = [:]
    /// The first geometry of each geometry property by property name.
    var geometries: [String: GMLSnippet] = [:]
    /// `srsName` of the feature's `gml:boundedBy/gml:Envelope`.
    var envelopeSRSName: String?

    /// The first text of property `name`.
    func text(_ name: String) -> (text: String, line: Int)? { texts[name]?.first }

    /// Every text of property `name` and of the leaves `name/…` inside it, in document order per source.
    func allTexts(_ name: String, leaf: String? = nil) -> [(text: String, line: Int)] {
        (texts[name] ?? []) + (leaf.flatMap { nestedTexts["\(name)/\($0)"] } ?? [])
    }
}

/// The features of an XPlanGML document.
struct XPlanRawDocument: Sendable {
    var version: XPlanVersion
    var features: [XPlanRawFeature]
    /// `srsName` of the document's own `gml:boundedBy/gml:Envelope`.
    var envelopeSRSName: String?
}

/// Streams an XPlanGML file with Foundation's `XMLParser` (libxml2 SAX) and collects the features that are
/// direct children of member elements (`gml:featureMember`, `gml:featureMembers`, `wfs:member`), with their
/// simple properties, `xlink:href` references and geometry elements as GML text.
///
/// Why not GDAL's GML driver (3.6.2, tried on the test fixtures): it guesses field types per file (a plan
/// number `901` becomes an integer, an AGS `03355022` loses its leading zero, dates stay strings), hides the
/// `xlink:href` links between plan, Bereich and Teilfläche unless `GML_ATTRIBUTES_TO_OGR_FIELDS=YES`, writes a
/// `.gfs` file next to the input unless `WRITE_GFS=NO`, gives no line numbers, does not say which namespace
/// the file has, and swaps axes for `urn:ogc:def:crs:EPSG::31467` even when the file has easting first. Geometries still go to GDAL
/// (`XPlanGeometryBuilder`), which knows every GML geometry encoding including arcs.
///
/// Two quirks of `XMLParser` on Linux are handled here: `parse()` returns `true` after some errors
/// (the error only reaches `parseErrorOccurred`/`parserError`), and a truncated document passes either without
/// any error (`<a>`) or with libxml2's misleading "extra content at the end of the document", so unclosed
/// elements are counted and named.
final class XPlanDocumentReader: NSObject, XMLParserDelegate {
    static let gmlNamespaces: Set<String> = ["http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml"]
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"
    static let memberNames: Set<String> = ["featureMember", "featureMembers", "member"]

    private let path: String
    /// Whether to collect a feature of this type (local name); others are skipped without storing anything.
    private let wanted: (String) -> Bool
    private weak var parser: XMLParser?
    private var failure: XPlanError?
    private var firstParseError: (code: Int, line: Int, column: Int)?

    /// Prefix → namespace bindings in scope (innermost last), to resolve prefixed attribute names.
    private var prefixes: [String: [String]] = [:]

    private struct Frame {
        var name: String
        var namespace: String?
        var qualifiedName: String
    }
    private var stack: [Frame] = []
    private var rootName = ""
    private var rootNamespace: String?
    private var sawRoot = false

    private var version: XPlanVersion?
    private var documentEnvelopeSRS: String?
    private var features: [XPlanRawFeature] = []

    /// The feature being read and the depth of its element in `stack`.
    private var feature: XPlanRawFeature?
    private var featureDepth = 0
    /// The property being read (depth `featureDepth + 1`): name, line, text so far, child elements seen.
    private var property: (name: String, line: Int, text: String, hasChildren: Bool)?
    /// A leaf element inside a complex property (not a geometry): its name, line and text so far.
    private var leaf: (name: String, depth: Int, line: Int, text: String)?
    /// The geometry being captured. A class, so the growing text is appended in place, never copied.
    private final class Capture {
        /// Depth of the geometry's root element in `stack`.
        let depth: Int
        let line: Int
        /// Local name of the root element.
        let root: String
        var xml = ""
        var srsName: String?
        /// `srsDimension` in force per open element (inherited, default 2).
        var dimensions: [Int] = []

        init(depth: Int, line: Int, root: String) {
            self.depth = depth
            self.line = line
            self.root = root
        }
    }
    private var capture: Capture?
    /// Text of a coordinate element (`pos`, `posList`, …) inside a capture, checked when it ends.
    private var coordinateText: String?

    /// Depth of a feature element whose type is not wanted; its subtree is skipped.
    private var skipDepth: Int?

    private init(path: String, wanted: @escaping (String) -> Bool) {
        self.path = path
        self.wanted = wanted
    }

    /// Reads the file at `path`.
    /// - Throws: `XPlanError.unreadable`, `.notXML`, `.notXPlanGML`, `.unsupportedVersion`, `.brokenGeometry`
    ///   for coordinates that are not numbers.
    static func read(path: String, wanted: @escaping (String) -> Bool) throws(XPlanError) -> XPlanRawDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, message: "is a directory") }
        // A stream, not `XMLParser(data:)`: with data, the Linux XMLParser hands libxml2 the whole buffer in one
        // chunk, and files over 10 MB fail with libxml2 error 1 (measured with a 10.02 MB plan).
        guard FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path) else {
            throw .unreadable(path: path, message: "no permission to read")
        }
        try XPlanEncodingCheck.check(path: path)
        return try read(stream, path: path, wanted: wanted)
    }

    /// Reads a document from `data` (e.g. the `xplan.gml` of an XPlanArchiv); `path` names it in errors.
    static func read(data: Data, path: String, wanted: @escaping (String) -> Bool) throws(XPlanError) -> XPlanRawDocument {
        try XPlanEncodingCheck.check(data: data, path: path)
        // A stream over the data, for the same reason as above.
        return try read(InputStream(data: data), path: path, wanted: wanted)
    }

    private static func read(
        _ stream: InputStream, path: String, wanted: @escaping (String) -> Bool
    ) throws(XPlanError) -> XPlanRawDocument {
        let reader = XPlanDocumentReader(path: path, wanted: wanted)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        reader.parser = parser
        _ = parser.parse()
        return try reader.result()
    }

    private func result() throws(XPlanError) -> XPlanRawDocument {
        if let failure { throw failure }
        if let error = firstParseError {
            // At the end of a truncated file libxml2 says "extra content at the end of the document" (5).
            let message =
                if error.code == 5, let open = stack.last {
                    "premature end of the document, <\(open.qualifiedName)> is not closed (libxml2 error 5)"
                } else {
                    Self.describe(libxml2Code: error.code)
                }
            throw .notXML(path: path, line: error.line, column: error.column, message: message)
        }
        guard sawRoot else {
            throw .notXML(path: path, line: 1, column: 1, message: "no root element")
        }
        if let open = stack.last {
            throw .notXML(
                path: path, line: parser?.lineNumber ?? 0, column: parser?.columnNumber ?? 0,
                message: "premature end of the document, <\(open.qualifiedName)> is not closed")
        }
        guard let version else {
            throw .notXPlanGML(path: path, root: rootName, namespace: rootNamespace)
        }
        return XPlanRawDocument(version: version, features: features, envelopeSRSName: documentEnvelopeSRS)
    }

    private func fail(_ error: XPlanError) {
        guard failure == nil else { return }
        failure = error
        parser?.abortParsing()
    }

    private var line: Int { parser?.lineNumber ?? 0 }

    // MARK: Namespaces

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        prefixes[prefix, default: []].append(namespaceURI)
    }

    func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
        _ = prefixes[prefix]?.popLast()
    }

    /// The value of the attribute with local name `local` in one of `namespaces`, or unprefixed when
    /// `namespaces` is empty. Attribute keys arrive as qualified names (`gml:id`), so prefixes are resolved.
    private func attribute(_ local: String, in namespaces: Set<String>, _ attributes: [String: String]) -> String? {
        for (key, value) in attributes {
            let parts = key.split(separator: ":", maxSplits: 1)
            if parts.count == 1 {
                if namespaces.isEmpty, key == local { return value }
            } else if parts[1] == local, let namespace = prefixes[String(parts[0])]?.last,
                namespaces.contains(namespace)
            {
                return value
            }
        }
        return nil
    }

    // MARK: Elements

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let qualified = qualifiedName ?? elementName
        let parent = stack.last
        stack.append(Frame(name: elementName, namespace: namespaceURI, qualifiedName: qualified))
        let depth = stack.count

        if !sawRoot {
            sawRoot = true
            rootName = qualified
            rootNamespace = namespaceURI
        }
        if let namespaceURI, namespaceURI.hasPrefix(XPlanVersion.namespacePrefix), version == nil {
            guard let known = XPlanVersion(namespace: namespaceURI) else {
                fail(.unsupportedVersion(path: path, namespace: namespaceURI, line: line))
                return
            }
            version = known
        }
        if let skipDepth, depth > skipDepth { return }

        if capture != nil {
            startCaptured(elementName, namespaceURI, qualified, attributes)
            return
        }
        if let feature, depth > featureDepth {
            startInsideFeature(feature, depth, elementName, namespaceURI, qualified, attributes)
            return
        }
        // The document's envelope: root > gml:boundedBy > gml:Envelope.
        if depth == 3, elementName == "Envelope", stack[1].name == "boundedBy" {
            documentEnvelopeSRS = attribute("srsName", in: [], attributes)
        }
        // A feature: an element of the document's XPlanGML namespace inside a member element.
        if let parent, Self.memberNames.contains(parent.name), let version, namespaceURI == version.namespace {
            guard wanted(elementName) else {
                skipDepth = depth
                return
            }
            let id = attribute("id", in: Self.gmlNamespaces, attributes) ?? "(no gml:id, line \(line))"
            feature = XPlanRawFeature(type: elementName, gmlID: id, line: line)
            featureDepth = depth
        }
    }

    private func startInsideFeature(
        _ feature: XPlanRawFeature, _ depth: Int, _ name: String, _ namespace: String?, _ qualified: String,
        _ attributes: [String: String]
    ) {
        if depth == featureDepth + 1 {
            property = (name, line, "", false)
            if let href = attribute("href", in: [Self.xlinkNamespace], attributes) {
                let target = href.split(separator: "#", omittingEmptySubsequences: false).last.map(String.init) ?? href
                self.feature?.references[name, default: []].append(target)
            }
            return
        }
        property?.hasChildren = true
        // Only a GML element right inside a property starts a geometry (or is the feature's envelope).
        guard depth == featureDepth + 2, let property, let namespace, Self.gmlNamespaces.contains(namespace) else {
            // An element of the plan's own namespace inside a property: a candidate leaf of a data type.
            if let namespace, !Self.gmlNamespaces.contains(namespace) { leaf = (name, depth, line, "") }
            return
        }
        if property.name == "boundedBy" {
            if name == "Envelope" { self.feature?.envelopeSRSName = attribute("srsName", in: [], attributes) }
            return
        }
        guard feature.geometries[property.name] == nil else { return }
        capture = Capture(depth: depth, line: line, root: name)
        startCaptured(name, namespace, qualified, attributes)
    }

    /// Appends a start tag to the captured geometry and notes `srsName`/`srsDimension`.
    private func startCaptured(_ name: String, _ namespace: String?, _ qualified: String, _ attributes: [String: String]) {
        guard let capture else { return }
        let tag = namespace.map { Self.gmlNamespaces.contains($0) } == true ? "gml:" + name : qualified
        capture.xml += "<" + tag
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !key.hasPrefix("xmlns") {
            capture.xml += " \(key)=\"\(Self.escape(value, attribute: true))\""
        }
        capture.xml += ">"
        if capture.srsName == nil { capture.srsName = attribute("srsName", in: [], attributes) }
        let dimension = attribute("srsDimension", in: [], attributes).flatMap { Int($0) } ?? capture.dimensions.last ?? 2
        capture.dimensions.append(dimension)
        if Self.coordinateElements.contains(name) { coordinateText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, skipDepth == nil else { return }
        if capture != nil {
            capture?.xml += Self.escape(string, attribute: false)
            if coordinateText != nil { coordinateText? += string }
        } else if feature != nil, stack.count == featureDepth + 1 {
            property?.text += string
        } else if feature != nil, let leaf, stack.count == leaf.depth {
            self.leaf?.text += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        guard failure == nil else { return }
        let depth = stack.count
        defer { stack.removeLast() }
        if let skipDepth {
            if depth == skipDepth { self.skipDepth = nil }
            return
        }

        if let capture {
            let frame = stack[depth - 1]
            if let text = coordinateText {
                coordinateText = nil
                if let problem = Self.coordinateProblem(text, element: elementName, dimension: capture.dimensions.last ?? 2) {
                    fail(.brokenGeometry(path: path, gmlID: feature?.gmlID ?? "?", line: line, message: problem))
                    return
                }
            }
            let tag = frame.namespace.map { Self.gmlNamespaces.contains($0) } == true ? "gml:" + frame.name : frame.qualifiedName
            capture.xml += "</" + tag + ">"
            capture.dimensions.removeLast()
            if depth == capture.depth {
                if let name = property?.name {
                    feature?.geometries[name] = GMLSnippet(
                        xml: capture.xml, line: capture.line, srsName: capture.srsName, rootElement: capture.root)
                }
                self.capture = nil
            }
            return
        }
        guard let feature else { return }
        if let leaf, depth == leaf.depth {
            let text = leaf.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, let property {
                self.feature?.nestedTexts["\(property.name)/\(leaf.name)", default: []].append((text, leaf.line))
            }
            self.leaf = nil
        }
        if depth == featureDepth + 1, let property {
            let text = property.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !property.hasChildren, !text.isEmpty {
                self.feature?.texts[property.name, default: []].append((text, property.line))
            }
            self.property = nil
        } else if depth == featureDepth {
            features.append(feature)
            self.feature = nil
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard firstParseError == nil else { return }
        firstParseError = ((parseError as NSError).code, parser.lineNumber, parser.columnNumber)
    }

    // MARK: Text helpers

    /// GML elements holding coordinates as text.
    static let coordinateElements: Set<String> = ["pos", "posList", "coordinates", "lowerCorner", "upperCorner"]

    /// Why the text of a coordinate element is unusable, `nil` when it is fine. GDAL reads a token such as
    /// `x` as 0 (with `atof`) instead of failing, so every token is checked here.
    static func coordinateProblem(_ text: String, element: String, dimension: Int) -> String? {
        // gml:coordinates separates tuples by blanks and values by commas (defaults of cs/ts). Bytes, not
        // Characters: a plan holds millions of coordinates.
        let commaSeparates = element == "coordinates"
        let tokens = text.utf8.split { byte in
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || (commaSeparates && byte == 0x2C)
        }
        if let bad = tokens.first(where: { Double(Substring($0)) == nil }) {
            return "gml:\(element) contains '\(Substring(bad))', which is not a number"
        }
        if !commaSeparates, dimension > 0, tokens.count % dimension != 0 {
            return "gml:\(element) has \(tokens.count) numbers, not a multiple of srsDimension \(dimension)"
        }
        return nil
    }

    static func escape(_ text: String, attribute: Bool) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// libxml2's error numbers (`xmlParserErrors` in `libxml/xmlerror.h`) that `XMLParser` reports without
    /// any message on Linux, in words.
    static func describe(libxml2Code code: Int) -> String {
        let text: String? =
            switch code {
            case 3: "document does not start like XML"
            case 4: "document is empty or not XML (no start tag)"
            case 5: "extra content at the end of the document"
            case 9: "invalid character"
            case 23: "entity reference without ';'"
            case 26: "undeclared entity"
            case 31, 81: "unknown or invalid encoding"
            case 33, 34: "unterminated attribute value"
            case 38: "'<' in an attribute value"
            case 39, 41: "attribute without a value"
            case 40: "unterminated attribute or tag (truncated file?)"
            case 42: "attribute given twice"
            case 64: "reserved name 'xml'"
            case 68: "element name expected"
            case 73: "'>' expected"
            case 74: "'</' expected"
            case 76: "opening and ending tag mismatch"
            case 77: "premature end of data in a tag"
            case 201: "undeclared namespace prefix"
            default: nil
            }
        return text.map { "\($0) (libxml2 error \(code))" } ?? "libxml2 error \(code)"
    }
}
