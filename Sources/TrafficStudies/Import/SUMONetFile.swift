import GeoCore
import TrafficCore

/// The parts of a SUMO `.net.xml` the importer uses, as read (net coordinates, nothing resolved yet).
struct SUMONetFile {
    struct Location {
        var netOffset = Coordinate(0, 0)
        /// `nil` for `projParameter="!"` (no georeference) or when the element is absent.
        var projParameter: String?
        var line: Int
    }

    struct Lane {
        var id: String
        var index: Int
        var speed: Double
        var length: Double
        var shape: [Coordinate]
        var allow: [Substring]?
        var disallow: [Substring]?
        var line: Int

        /// SUMO's permission rule: `allow` lists the classes (or `all`), else `disallow` lists the excluded
        /// ones, else every class may use the lane.
        func allows(_ vehicleClass: String?) -> Bool {
            guard let vehicleClass else { return true }
            if let allow { return allow.contains { $0 == vehicleClass || $0 == "all" } }
            if let disallow { return !disallow.contains { $0 == vehicleClass || $0 == "all" } }
            return true
        }
    }

    struct Edge {
        var id: String
        var from: String
        var to: String
        var shape: [Coordinate]?
        var lanes: [Lane] = []
        var line: Int
    }

    struct Junction {
        var id: String
        var type: String
        var position: Coordinate
        var line: Int
        /// Internal lanes in junction link order: the lane at position m is junction link m (`intLanes`).
        var internalLanes: [String] = []
        /// `foes` of each `<request index>`, by link: netconvert writes the bit of link m at position count − 1 − m
        /// (the rightmost character is link 0); stored reversed, so `foes[i][m]` is link m.
        var foes: [Int: [Bool]] = [:]
        /// `response` of each `<request index>`, stored like `foes`: `response[i][m]` means link i yields to link m
        /// (SUMO: "which links have priority over this one").
        var response: [Int: [Bool]] = [:]
    }

    struct Connection {
        var from: String
        var to: String
        var fromLane: Int
        var toLane: Int
        var tl: String?
        var linkIndex: Int?
        /// The connection's first internal lane (`via`), whose position in its junction's `intLanes` is its
        /// junction link index.
        var via: String?
        /// The link's state where no signal controls it (`M`, `m`, `=`, `s` stop sign, `w` all-way stop, …).
        var state: Character?
        var line: Int
    }

    struct Phase {
        var duration: Double
        var state: [Character]
        /// `minDur` / `maxDur` of actuated programs; SUMO takes `duration` for an absent one.
        var minDuration: Double? = nil
        var maxDuration: Double? = nil
        var line: Int
    }

    struct TrafficLight {
        var id: String
        var type: String
        var programID: String
        var offset: Double
        var phases: [Phase] = []
        /// `<param key value>` children (e.g. `max-gap` of actuated programs).
        var parameters: [String: String] = [:]
        var line: Int
    }

    var location: Location?
    /// Normal edges in file order (`function` absent, `normal` or `connector`).
    var edges: [Edge] = []
    /// Ids of internal, crossing and walking-area edges (junction interiors; never links).
    var interiorEdgeIDs: Set<String> = []
    /// Pedestrian crossings (`function="crossing"`): edge id → length of its lane in metres (the walk across).
    var crossingLengths: [String: Double] = [:]
    /// Internal lanes (`function="internal"`, junction interiors vehicles drive): lane id → length (m) and
    /// speed (m/s), for the time a movement spends crossing its junction.
    var internalLaneGeometry: [String: (length: Double, speed: Double)] = [:]
    /// Shapes of internal and crossing lanes as written (`shape`, parsed only for signalised junctions when
    /// their intergreens are derived), their `width` where given and their `allow` (who uses a signalled
    /// connection that leaves an internal lane, e.g. the second stage of a cyclists' indirect left turn).
    var interiorLaneShapes: [String: (shape: String, width: Double?, allow: [Substring]?)] = [:]
    var junctions: [Junction] = []
    var connections: [Connection] = []
    /// Every program in file order; several may share a traffic-light id.
    var trafficLights: [TrafficLight] = []
}

/// Fills a `SUMONetFile` from `XMLElementReader` callbacks.
final class SUMONetParser: XMLElementHandler {
    let source: String
    var file = SUMONetFile()
    private var depth = 0
    private var currentEdge: SUMONetFile.Edge?
    private var currentEdgeIsInterior = false
    private var currentEdgeIsCrossing = false
    private var currentTrafficLight: SUMONetFile.TrafficLight?
    private var edgeIDs: Set<String> = []
    private var junctionIDs: Set<String> = []
    /// Index into `file.junctions` of the junction whose children are being read.
    private var currentJunction: Int?
    private var programKeys: Set<String> = []

    /// Edge functions that are junction interiors (SUMO writes them with ids starting with `:`).
    static let interiorFunctions: Set<String> = ["internal", "crossing", "walkingarea"]

    init(source: String) { self.source = source }

    func start(_ tag: XMLStartTag) throws(ImportError) {
        depth += 1
        if depth == 1 {
            guard tag.name == "net" else {
                throw .unexpectedElement(ImportLocation(source: source, element: tag.name, line: tag.line))
            }
            return
        }
        switch tag.name {
        case "location": try readLocation(tag)
        case "edge": try startEdge(tag)
        case "lane": try readLane(tag)
        case "junction": try readJunction(tag)
        case "connection": try readConnection(tag)
        case "tlLogic": try startTrafficLight(tag)
        case "request": try readRequest(tag)
        case "phase": try readPhase(tag)
        case "param": readParameter(tag)
        default: break  // type, request, roundabout, neigh, stopOffset, … carry nothing the model uses
        }
    }

    func end(_ name: String) throws(ImportError) {
        depth -= 1
        switch name {
        case "edge":
            if let edge = currentEdge {
                if currentEdgeIsInterior {
                    file.interiorEdgeIDs.insert(edge.id)
                } else {
                    guard !edge.lanes.isEmpty else {
                        throw .missingAttribute(
                            "lane", at: ImportLocation(source: source, element: "edge", id: edge.id, line: edge.line))
                    }
                    file.edges.append(edge)
                }
            }
            currentEdge = nil
        case "tlLogic":
            if let light = currentTrafficLight { file.trafficLights.append(light) }
            currentTrafficLight = nil
        case "junction":
            currentJunction = nil
        default: break
        }
    }

    private func readLocation(_ tag: XMLStartTag) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        var location = SUMONetFile.Location(line: tag.line)
        if let offset = a["netOffset"] {
            let parts = offset.split(separator: ",")
            guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else {
                throw a.invalid("netOffset", offset, expected: "\"x,y\"")
            }
            location.netOffset = Coordinate(x, y)
        }
        let projection = a["projParameter"]?.trimmingCharacters(in: .whitespaces)
        location.projParameter = (projection == nil || projection == "!" || projection == "") ? nil : projection
        file.location = location
    }

    private func startEdge(_ tag: XMLStartTag) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        guard edgeIDs.insert(id).inserted else { throw .duplicateID(a.location) }
        if let function = a["function"], Self.interiorFunctions.contains(function) {
            currentEdge = SUMONetFile.Edge(id: id, from: "", to: "", line: tag.line)
            currentEdgeIsInterior = true
            currentEdgeIsCrossing = function == "crossing"
            return
        }
        currentEdgeIsInterior = false
        currentEdgeIsCrossing = false
        if let function = a["function"], function != "normal", function != "connector" {
            throw a.invalid("function", function, expected: "normal, connector, internal, crossing or walkingarea")
        }
        currentEdge = SUMONetFile.Edge(
            id: id, from: try a.nonEmpty("from"), to: try a.nonEmpty("to"),
            shape: a["shape"] == nil ? nil : try a.shape("shape"), line: tag.line)
    }

    private func readLane(_ tag: XMLStartTag) throws(ImportError) {
        guard currentEdge != nil else {
            throw .unexpectedElement(
                ImportLocation(source: source, element: "lane", id: tag.attributes["id"], line: tag.line))
        }
        if currentEdgeIsInterior {
            if let id = tag.attributes["id"], let shape = tag.attributes["shape"] {
                file.interiorLaneShapes[id] = (
                    shape, tag.attributes["width"].flatMap(Double.init),
                    tag.attributes["allow"].map { $0.split(separator: " ") }
                )
            }
            if currentEdgeIsCrossing, let id = currentEdge?.id, file.crossingLengths[id] == nil,
                let length = tag.attributes["length"].flatMap(Double.init), length > 0
            {
                file.crossingLengths[id] = length
            } else if !currentEdgeIsCrossing, let id = tag.attributes["id"],
                let length = tag.attributes["length"].flatMap(Double.init), length.isFinite, length >= 0,
                let speed = tag.attributes["speed"].flatMap(Double.init), speed.isFinite, speed > 0
            {
                file.internalLaneGeometry[id] = (length, speed)
            }
            return
        }
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        let index = try a.int("index")
        guard index == currentEdge!.lanes.count else {
            throw a.invalid(
                "index", String(index), expected: "lanes numbered 0, 1, … (next: \(currentEdge!.lanes.count))")
        }
        let speed = try a.double("speed")
        guard speed > 0 else { throw a.invalid("speed", a["speed"]!, expected: "a speed > 0 m/s") }
        let length = try a.double("length")
        guard length > 0 else { throw a.invalid("length", a["length"]!, expected: "a length > 0 m") }
        let lane = SUMONetFile.Lane(
            id: id, index: index, speed: speed, length: length, shape: try a.shape("shape"),
            allow: a["allow"].map { $0.split(separator: " ") },
            disallow: a["disallow"].map { $0.split(separator: " ") },
            line: tag.line)
        currentEdge!.lanes.append(lane)
    }

    private func readJunction(_ tag: XMLStartTag) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        let type = a["type"] ?? "unknown"
        currentJunction = nil
        if type == "internal" { return }
        guard junctionIDs.insert(id).inserted else { throw .duplicateID(a.location) }
        // Internal lanes and requests give the conflict matrices of the lights and the priorities of every
        // junction (who yields to whom).
        file.junctions.append(
            SUMONetFile.Junction(
                id: id, type: type, position: Coordinate(try a.double("x"), try a.double("y")), line: tag.line,
                internalLanes: (a["intLanes"] ?? "").split(separator: " ").map(String.init)))
        currentJunction = file.junctions.count - 1
    }

    /// A `<request>` of the junction being read: its `foes` (conflict matrix) and `response` (priorities).
    private func readRequest(_ tag: XMLStartTag) throws(ImportError) {
        guard let j = currentJunction, depth == 3 else { return }
        let a = AttributeReader(tag, source: source, id: file.junctions[j].id)
        let index = try a.int("index")
        func bits(_ name: String) throws(ImportError) -> [Bool] {
            guard let text = a[name], text.utf8.allSatisfy({ $0 == 0x30 || $0 == 0x31 }) else {
                throw a.invalid(name, a[name] ?? "", expected: "a string of 0 and 1")
            }
            return text.utf8.reversed().map { $0 == 0x31 }
        }
        file.junctions[j].foes[index] = try bits("foes")
        if a["response"] != nil { file.junctions[j].response[index] = try bits("response") }
    }

    private func readConnection(_ tag: XMLStartTag) throws(ImportError) {
        let from = tag.attributes["from"] ?? ""
        let to = tag.attributes["to"] ?? ""
        let a = AttributeReader(tag, source: source, id: "\(from)→\(to)")
        _ = try a.nonEmpty("from")
        _ = try a.nonEmpty("to")
        var tl = a["tl"].flatMap { $0.isEmpty ? nil : $0 }
        var linkIndex = try a.optionalInt("linkIndex")
        if tl != nil, linkIndex == nil { throw .missingAttribute("linkIndex", at: a.location) }
        if let index = linkIndex, index < -1 {
            throw a.invalid("linkIndex", String(index), expected: "an index ≥ 0, or -1 for no signal")
        }
        if linkIndex == -1 {
            // netconvert writes -1 for links through a controlled junction that no signal controls (trams at
            // rail crossings).
            tl = nil
            linkIndex = nil
        }
        file.connections.append(
            SUMONetFile.Connection(
                from: from, to: to, fromLane: try a.int("fromLane"), toLane: try a.int("toLane"), tl: tl,
                linkIndex: linkIndex,
                // The junction link of each connection (lights' conflict matrices, every junction's priorities).
                via: a["via"].flatMap { $0.isEmpty ? nil : $0 },
                state: a["state"]?.first,
                line: tag.line))
    }

    private func startTrafficLight(_ tag: XMLStartTag) throws(ImportError) {
        let a = AttributeReader(tag, source: source)
        let id = try a.nonEmpty("id")
        let programID = a["programID"] ?? "0"
        guard programKeys.insert(id + "\u{0}" + programID).inserted else { throw .duplicateID(a.location) }
        currentTrafficLight = SUMONetFile.TrafficLight(
            id: id, type: a["type"] ?? "static", programID: programID, offset: try a.optionalDouble("offset") ?? 0,
            line: tag.line)
    }

    private func readPhase(_ tag: XMLStartTag) throws(ImportError) {
        guard let light = currentTrafficLight else { return }  // phases of other parents (none in net files)
        let a = AttributeReader(tag, source: source, id: light.id)
        let duration = try a.double("duration")
        guard duration >= 0 else { throw a.invalid("duration", a["duration"]!, expected: "a duration ≥ 0 s") }
        let state = Array(try a.nonEmpty("state"))
        if let bad = state.first(where: { !SUMOSignalProgram.knownStates.contains($0) }) {
            throw a.invalid("state", String(state), expected: "SUMO link states rRyYgGsuoO (found '\(bad)')")
        }
        if let first = light.phases.first, first.state.count != state.count {
            throw a.invalid("state", String(state), expected: "\(first.state.count) link states like the first phase")
        }
        if light.type == "static", a["next"] != nil {
            throw .unsupported("phase 'next' (phase jumps) in a static program", at: a.location)
        }
        var limits: [Double?] = []
        for name in ["minDur", "maxDur"] {
            let value = try a.optionalDouble(name)
            if let value, value < 0 { throw a.invalid(name, a[name]!, expected: "a duration ≥ 0 s") }
            limits.append(value)
        }
        if let minimum = limits[0], let maximum = limits[1], maximum < minimum {
            throw a.invalid("maxDur", a["maxDur"]!, expected: "a duration ≥ minDur (\(a["minDur"]!))")
        }
        currentTrafficLight!.phases.append(
            SUMONetFile.Phase(
                duration: duration, state: state, minDuration: limits[0], maxDuration: limits[1], line: tag.line))
    }

    /// A `<param>` of a traffic light program (params of other elements carry nothing the model uses).
    private func readParameter(_ tag: XMLStartTag) {
        guard currentTrafficLight != nil, let key = tag.attributes["key"] else { return }
        currentTrafficLight!.parameters[key] = tag.attributes["value"] ?? ""
    }
}
