import Foundation

/// An induction loop (e1 detector) of a SUMO additional file.
public struct InductionLoop: Sendable, Hashable {
    public var id: String
    /// The SUMO lane id, `<edge>_<index>`.
    public var lane: String
    /// The edge of `lane`: its id without the last `_<index>`.
    public var edge: String
    /// The definition's place, for messages.
    public var location: CountLocation
}

/// Reads counts from SUMO induction-loop (e1 detector) output, one count per edge and interval.
///
/// Detector definitions come from an additional file: `<e1Detector id lane pos …/>` or its alias
/// `<inductionLoop …/>`, anywhere in the file (other elements are ignored). Output files look like
///
/// ```xml
/// <detector>
///   <interval begin="0.00" end="900.00" id="det_WC_0" nVehContrib="21" flow="84.00" …/>
/// </detector>
/// ```
///
/// The count of a detector is `attribute`, by default `nVehContrib` (vehicles that passed the loop completely
/// in the interval, SUMO's basis for `flow`). The detectors on the lanes of one edge form its cross-section:
/// for each interval their counts are summed into one link count of the edge, whose station is the edge id.
/// So that a sum is a whole cross-section, counted once: every detector defined on an edge must have output
/// for each of the edge's intervals (`CountError.incompleteCrossSection`), and two detectors on one lane of
/// an edge that has output are refused (`CountError.detectorsShareLane`: an upstream loop and a stop-line
/// loop would count every vehicle twice; leave one out of the definitions).
public struct SUMOInductionLoopReader: Sendable {
    /// The detectors by id.
    public let detectors: [String: InductionLoop]
    /// The attribute of output `interval` elements that holds the count.
    public var attribute: String

    /// Reads detector definitions from an additional file (plain or gzip-compressed).
    ///
    /// - Throws: `CountError.input` for unreadable or malformed files, a detector without `id` or `lane`, a
    ///   lane id without `_<index>`, or an id used twice.
    public init(definitions url: URL, attribute: String = "nVehContrib") throws(CountError) {
        let parser = DetectorDefinitionParser(source: url.lastPathComponent)
        try parser.run { () throws(ImportError) in try XMLElementReader.read(contentsOf: url, into: parser) }
        self.detectors = parser.detectors
        self.attribute = attribute
    }

    /// Reads detector definitions from memory; `source` names them in errors.
    public init(
        definitionsXML data: Data, source: String = "detectors.add.xml", attribute: String = "nVehContrib"
    ) throws(CountError) {
        let parser = DetectorDefinitionParser(source: source)
        try parser.run { () throws(ImportError) in
            try XMLElementReader.read(data: data, source: source, into: parser)
        }
        self.detectors = parser.detectors
        self.attribute = attribute
    }

    /// Reads output files (SUMO writes one per `file` attribute; a detector's output may be in any of them)
    /// and sums them into edge counts.
    ///
    /// - Throws: `CountError` naming file and line: `.unknownDetector`, `.invalidNumber`, `.negativeVehicles`,
    ///   `.emptyInterval`, `.overlappingIntervals` (one detector's interval given twice),
    ///   `.detectorsShareLane`, `.incompleteCrossSection`; `.input` for unreadable or malformed files.
    public func read(contentsOf urls: [URL]) throws(CountError) -> [TrafficCount] {
        var readings: [TrafficCount] = []
        for url in urls {
            let parser = DetectorOutputParser(reader: self, source: url.lastPathComponent)
            try parser.run { () throws(ImportError) in try XMLElementReader.read(contentsOf: url, into: parser) }
            readings += parser.readings
        }
        return try crossSections(readings)
    }

    /// Reads output documents from memory, each with the name errors give it.
    public func read(xml outputs: [(data: Data, source: String)]) throws(CountError) -> [TrafficCount] {
        var readings: [TrafficCount] = []
        for (data, source) in outputs {
            let parser = DetectorOutputParser(reader: self, source: source)
            try parser.run { () throws(ImportError) in
                try XMLElementReader.read(data: data, source: source, into: parser)
            }
            readings += parser.readings
        }
        return try crossSections(readings)
    }

    /// Sums detector readings (station: detector id, target: its edge) into one count per edge and interval,
    /// in the order the intervals first appear.
    func crossSections(_ readings: [TrafficCount]) throws(CountError) -> [TrafficCount] {
        struct Key: Hashable {
            var edge: String
            var begin: Double
            var end: Double
        }
        var order: [Key] = []
        var sums: [Key: (count: TrafficCount, detectors: [String: CountLocation])] = [:]
        for reading in readings {
            let edge = detectors[reading.station]!.edge
            let key = Key(edge: edge, begin: reading.begin, end: reading.end)
            if var sum = sums[key] {
                if let previous = sum.detectors[reading.station] {
                    throw .overlappingIntervals(
                        station: reading.station, target: reading.target, at: reading.location, previous: previous)
                }
                sum.count.vehicles += reading.vehicles
                sum.detectors[reading.station] = reading.location
                sums[key] = sum
            } else {
                order.append(key)
                var count = reading
                count.station = edge
                sums[key] = (count, [reading.station: reading.location])
            }
        }
        let byEdge = Dictionary(grouping: detectors.values, by: \.edge)
        var checked: Set<String> = []
        var counts: [TrafficCount] = []
        counts.reserveCapacity(order.count)
        for key in order {
            let (count, present) = sums[key]!
            let crossSection = byEdge[key.edge] ?? []
            if checked.insert(key.edge).inserted {
                for (lane, loops) in Dictionary(grouping: crossSection, by: \.lane) where loops.count > 1 {
                    let sorted = loops.sorted { ($0.location.line ?? 0, $0.id) < ($1.location.line ?? 0, $1.id) }
                    throw .detectorsShareLane(lane: lane, detectors: sorted.map(\.id), at: sorted.last!.location)
                }
            }
            let missing = crossSection.map(\.id).filter { present[$0] == nil }.sorted()
            guard missing.isEmpty else {
                throw .incompleteCrossSection(
                    edge: key.edge, begin: key.begin, end: key.end, missing: missing, at: count.location)
            }
            counts.append(count)
        }
        return counts
    }
}

private final class DetectorDefinitionParser: CountXMLHandler, XMLElementHandler {
    private(set) var detectors: [String: InductionLoop] = [:]

    func start(_ tag: XMLStartTag) throws(ImportError) {
        guard tag.name == "e1Detector" || tag.name == "inductionLoop" else { return }
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        let lane = try a.nonEmpty("lane")
        guard let underscore = lane.lastIndex(of: "_"), underscore != lane.startIndex,
            !lane[lane.index(after: underscore)...].isEmpty,
            lane[lane.index(after: underscore)...].allSatisfy(\.isASCIIDigit)
        else {
            throw a.invalid("lane", lane, expected: "a SUMO lane id <edge>_<index>")
        }
        guard detectors[id] == nil else { throw .duplicateID(a.location) }
        detectors[id] = InductionLoop(
            id: id, lane: lane, edge: String(lane[..<underscore]), location: location(tag))
    }

    func end(_ name: String) throws(ImportError) {}
}

private final class DetectorOutputParser: CountXMLHandler, XMLElementHandler {
    let reader: SUMOInductionLoopReader
    /// One count per output interval: station = detector id, target = its edge.
    private(set) var readings: [TrafficCount] = []
    private var depth = 0

    init(reader: SUMOInductionLoopReader, source: String) {
        self.reader = reader
        super.init(source: source)
    }

    func start(_ tag: XMLStartTag) throws(ImportError) {
        defer { depth += 1 }
        switch (depth, tag.name) {
        case (0, "detector"):
            break
        case (1, "interval"):
            let a = AttributeReader(tag, source: source)
            let id = try a.nonEmpty("id")
            let begin = try a.string("begin")
            let end = try a.string("end")
            let value = try a.string(reader.attribute)
            try checking(tag) { () throws(CountError) in
                let at = location(tag)
                guard let detector = reader.detectors[id] else { throw .unknownDetector(id, at: at) }
                readings.append(
                    try CountValidation.count(
                        station: id, target: .link(detector.edge),
                        begin: try CountValidation.seconds(begin, field: "begin", sumoTime: true, at: at),
                        end: try CountValidation.seconds(end, field: "end", sumoTime: true, at: at),
                        vehicles: try CountValidation.number(value, field: reader.attribute, at: at),
                        vehiclesField: reader.attribute, at: at))
            }
        case (2..., _):
            break
        default:
            throw .unexpectedElement(ImportLocation(source: source, element: tag.name, line: tag.line))
        }
    }

    func end(_ name: String) throws(ImportError) { depth -= 1 }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
