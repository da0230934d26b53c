import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of an XML document in document order, each with its attributes, as Foundation's `XMLParser`
/// reads them; `nil` when the document is not well-formed. For tests that check generated XML (QGIS styles).
public struct XMLElements: Sendable {
    public struct Element: Sendable, Hashable {
        public var name: String
        public var attributes: [String: String]
    }

    public let elements: [Element]

    public init?(parsing text: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        elements = collector.elements
    }

    /// The elements called `name`.
    public func named(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// For a QGIS QML document: the `<prop k v>` properties of each `<symbol>`, by the symbol's `name`.
    public var qmlSymbolProperties: [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        var symbol: String?
        for element in elements {
            if element.name == "symbol" {
                symbol = element.attributes["name"]
            } else if element.name == "prop", let symbol, let key = element.attributes["k"] {
                result[symbol, default: [:]][key] = element.attributes["v"]
            }
        }
        return result
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: elementName, attributes: attributes))
        }
    }
}
