import Foundation

/// Reads counts from SUMO edge data: meandata output (`<edgeData>`/`<laneData>` in an additional file) and
/// the count files of SUMO's routeSampler, which have the same form.
///
/// ```xml
/// <meandata>                                  <!-- or <data> -->
///   <interval begin="0.00" end="900.00" id="dump">
///     <edge id="WC" entered="42" left="40" …/>
///     <edge id="CE"><lane id="CE_0" entered="12"/><lane id="CE_1" entered="9"/></edge>
///     <edgeRelation from="WC" to="CN" count="7"/>
///   </interval>
/// </meandata>
/// ```
///
/// - An `edge` gives a link count of that edge; the station is the edge id. The count is the attribute
///   `attribute`, by default `entered`: the vehicles that drove onto the edge from upstream, as a loop near its
///   start counts them (vehicles inserted on the edge are in `departed`, not counted). `left` counts at the
///   edge's end instead. An edge without the attribute sums it over its `lane` children (laneData output).
/// - An `edgeRelation` gives a turn count (routeSampler's turn counts), attribute `turnAttribute` (default
///   `count`); the station is `from>to`.
/// - Edges absent from an interval have no count there (meandata writes every edge unless `excludeEmpty`).
/// - Times are seconds or SUMO's `[d:]h:m:s`.
public struct SUMOEdgeDataReader: Sendable {
    /// The attribute of `edge` (or `lane`) elements that holds the count.
    public var attribute: String
    /// The attribute of `edgeRelation` elements that holds the count.
    public var turnAttribute: String

    public init(attribute: String = "entered", turnAttribute: String = "count") {
        self.attribute = attribute
        self.turnAttribute = turnAttribute
    }

    /// Reads a file, plain or gzip-compressed.
    ///
    /// - Throws: `CountError` naming file and line; `.input` for unreadable files, malformed XML, a root
    ///   other than `meandata` or `data`, missing attributes.
    public func read(contentsOf url: URL) throws(CountError) -> [TrafficCount] {
        let parser = EdgeDataParser(reader: self, source: url.lastPathComponent)
        try parser.run { () throws(ImportError) in try XMLElementReader.read(contentsOf: url, into: parser) }
        return parser.counts
    }

    /// Reads a document from memory; `source` names it in errors.
    public func read(xml data: Data, source: String = "edgedata.xml") throws(CountError) -> [TrafficCount] {
        let parser = EdgeDataParser(reader: self, source: source)
        try parser.run { () throws(ImportError) in
            try XMLElementReader.read(data: data, source: source, into: parser)
        }
        return parser.counts
    }
}

/// An XML handler whose checks throw `CountError`: the first one is kept, and the parse is stopped with an
/// `ImportError` that `run` replaces by it.
class CountXMLHandler {
    let source: String
    private var failure: CountError?

    init(source: String) { self.source = source }

    func location(_ tag: XMLStartTag) -> CountLocation { CountLocation(source: source, line: tag.line) }

    /// Runs `body`, keeping a `CountError` it throws and stopping the parse.
    func checking(_ tag: XMLStartTag, _ body: () throws(CountError) -> Void) throws(ImportError) {
        do {
            try body()
        } catch {
            if case .input(let importError) = error { throw importError }
            failure = error
            throw .unsupported("count data", at: ImportLocation(source: source, element: tag.name, line: tag.line))
        }
    }

    /// Runs the parse, throwing the kept `CountError`, or the parse's own error as `CountError.input`.
    func run(_ parse: () throws(ImportError) -> Void) throws(CountError) {
        do {
            try parse()
        } catch {
            throw failure ?? .input(error)
        }
    }
}

private final class EdgeDataParser: CountXMLHandler, XMLElementHandler {
    let reader: SUMOEdgeDataReader
    private(set) var counts: [TrafficCount] = []
    private var stack: [String] = []
    private var interval: (begin: Double, end: Double)?
    /// An edge without the count attribute, and the sum over its lanes so far (nil: no lane had it).
    private var edge: (tag: XMLStartTag, sum: Double?)?

    init(reader: SUMOEdgeDataReader, source: String) {
        self.reader = reader
        super.init(source: source)
    }

    func start(_ tag: XMLStartTag) throws(ImportError) {
        defer { stack.append(tag.name) }
        let a = AttributeReader(tag, source: source)
        switch (stack.count, tag.name) {
        case (0, "meandata"), (0, "data"):
            break
        case (1, "interval"):
            try checking(tag) { () throws(CountError) in
                let at = location(tag)
                interval = (
                    try CountValidation.seconds(
                        try CountValidation.importing { () throws(ImportError) in try a.string("begin") },
                        field: "begin", sumoTime: true, at: at),
                    try CountValidation.seconds(
                        try CountValidation.importing { () throws(ImportError) in try a.string("end") },
                        field: "end", sumoTime: true, at: at)
                )
            }
        case (2, "edge"):
            let id = try a.nonEmpty("id")
            if let text = a[reader.attribute] {
                try checking(tag) { () throws(CountError) in
                    try add(station: id, target: .link(id), text: text, field: reader.attribute, tag: tag)
                }
            } else {
                edge = (tag, nil)
            }
        case (2, "edgeRelation"):
            let from = try a.nonEmpty("from")
            let to = try a.nonEmpty("to")
            let text = try a.string(reader.turnAttribute)
            try checking(tag) { () throws(CountError) in
                try add(
                    station: "\(from)>\(to)", target: .turn(from: from, to: to), text: text,
                    field: reader.turnAttribute, tag: tag)
            }
        case (3, "lane") where edge != nil:
            guard let text = a[reader.attribute] else { return }
            try checking(tag) { () throws(CountError) in
                let value = try CountValidation.number(text, field: reader.attribute, at: location(tag))
                guard value >= 0 else {
                    throw .negativeVehicles(field: reader.attribute, value: value, at: location(tag))
                }
                edge!.sum = (edge!.sum ?? 0) + value
            }
        case (2..., "param"), (3..., _):
            break
        default:
            throw .unexpectedElement(ImportLocation(source: source, element: tag.name, line: tag.line))
        }
    }

    func end(_ name: String) throws(ImportError) {
        stack.removeLast()
        guard stack.count == 2, name == "edge", let pending = edge else { return }
        edge = nil
        let tag = pending.tag
        guard let sum = pending.sum else {
            throw .missingAttribute(reader.attribute, at: AttributeReader(tag, source: source).location)
        }
        let id = tag.attributes["id"]!
        try checking(tag) { () throws(CountError) in
            try add(station: id, target: .link(id), value: sum, field: reader.attribute, tag: tag)
        }
    }

    private func add(
        station: String, target: CountTarget, text: String, field: String, tag: XMLStartTag
    ) throws(CountError) {
        let value = try CountValidation.number(text, field: field, at: location(tag))
        try add(station: station, target: target, value: value, field: field, tag: tag)
    }

    private func add(
        station: String, target: CountTarget, value: Double, field: String, tag: XMLStartTag
    ) throws(CountError) {
        guard let interval else { return }
        counts.append(
            try CountValidation.count(
                station: station, target: target, begin: interval.begin, end: interval.end, vehicles: value,
                vehiclesField: field, at: location(tag)))
    }
}
