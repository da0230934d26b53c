import Foundation
import GeoCore

/// Imports a SUMO network (`.net.xml`, as written by netconvert) into a `Network` with signal plans.
///
/// The file is streamed through Foundation's `XMLParser`; only the elements below are kept.
///
/// | SUMO | becomes |
/// |---|---|
/// | `<location netOffset projParameter>` | the coordinate frame (below) |
/// | `<junction>` (not `type="internal"`) | a node, for junctions that kept edges use |
/// | `<edge>` (not `function="internal"`, `"crossing"`, `"walkingarea"`) | a link with the edge's id |
/// | its `<lane>`s open to `vehicleClass` | the link's lane count; the first such lane gives length and speed |
/// | `<connection>`s between two kept edges | one movement per (from edge, to edge); lanes = distinct from-lanes |
/// | `tl` + `linkIndex` of those connections | the movement's signal group (below) |
/// | `<tlLogic>` + `<phase duration state>` | a `SignalPlan` (cycle = Σ durations, offset = `offset`) |
///
/// **Coordinates.** netconvert shifts projected coordinates by `netOffset` so the network starts near 0, 0:
/// net = projected + netOffset. The importer subtracts `netOffset`, which gives coordinates in the CRS that
/// `projParameter` names (e.g. `+proj=utm +zone=33 …` for a UTM-projected OSM import), and returns that CRS
/// in `ImportedNetwork.crs`. With `targetCRS` they are reprojected into it (e.g. EPSG:25832). A network without
/// georeference (`projParameter="!"`) keeps its net coordinates and has no CRS.
///
/// **Geometry and length.** A link's polyline is the edge's `shape` when given, else the junction positions
/// joined through the interior vertices of the carriageway centre (the mean of the outer lanes' shapes when
/// they have equally many vertices, else lane 0's shape). Length and free-flow speed are those of the first
/// lane open to `vehicleClass` — with every class allowed, lane 0's, as in SUMO's `MSEdge::getLength()` and
/// `getSpeedLimit()`. Capacity is lanes × `linkDefaults.capacityPerLane` (the saturation flow, less on slow lanes).
///
/// **Signals.** A movement whose lane connections carry `tl` and link indices *i, j, …* gets the signal group
/// `"<tl>:<i>"` (the lowest index) when those state columns show green at the same times — netconvert gives
/// all lanes of a movement one signal — and `"<tl>:<i>+<j>…"`, green while any of them is green, otherwise.
/// The plan of each controlled junction holds the groups its movements use; `trafficLightPlans` holds every
/// program with one group per link index. See `SUMOSignalProgram` for the state characters.
/// SUMO starts phase 0 at simulation time `offset` (`NLJunctionControlBuilder`: a positive offset delays all
/// phases), which is `SignalPlan.offset`'s meaning too. Of several programs for one traffic light the last in
/// the file is used (SUMO makes each loaded program the default), unless `programID` names one.
/// Actuated and delay-based programs become fixed-time plans from their phases' `duration` (with a warning),
/// or are refused with `actuatedPrograms = .reject`. Connections through rail signals and rail crossings (no
/// `tlLogic` in the net: SUMO builds them at run time) and connections with `linkIndex="-1"` (no signal,
/// e.g. trams at a rail crossing) are unsignalised.
///
/// Every failure is an `ImportError` naming the element, its id and line.
public struct SUMONetworkImporter: Sendable {
    /// What to do with `actuated` and `delay_based` programs, which SUMO times from detectors at run time.
    public enum ActuatedPrograms: Sendable, Hashable {
        /// Use each phase's `duration` (its initial length) as a fixed time.
        case fixedTime
        /// Throw `ImportError.unsupported`.
        case reject
    }

    /// The SUMO vehicle class whose lanes count (`"passenger"`); edges with no such lane are left out.
    /// `nil` keeps every edge and lane (footways, rail, bus lanes).
    public var vehicleClass: String?
    /// Reproject coordinates from the `projParameter` CRS into this one; `nil` keeps the net's CRS.
    public var targetCRS: CoordinateReferenceSystem?
    public var actuatedPrograms: ActuatedPrograms
    /// The program to use for traffic lights that have it; `nil` takes the last program in the file.
    public var programID: String?
    /// Saturation flow, jam density and the slow-road capacity rule.
    public var linkDefaults: LinkDefaults

    public init(
        vehicleClass: String? = "passenger", targetCRS: CoordinateReferenceSystem? = nil,
        actuatedPrograms: ActuatedPrograms = .fixedTime, programID: String? = nil,
        linkDefaults: LinkDefaults = LinkDefaults()
    ) {
        self.vehicleClass = vehicleClass
        self.targetCRS = targetCRS
        self.actuatedPrograms = actuatedPrograms
        self.programID = programID
        self.linkDefaults = linkDefaults
    }

    /// Reads and converts the `.net.xml` file at `url`.
    /// - Complexity: one streaming pass over the file, then O(edges + connections + phases).
    public func importNetwork(contentsOf url: URL) throws(ImportError) -> ImportedNetwork {
        let parser = SUMONetParser(source: url.lastPathComponent)
        try XMLElementReader.read(contentsOf: url, into: parser)
        return try assemble(parser.file, source: parser.source)
    }

    /// Converts a `.net.xml` document held in memory; `source` names it in errors.
    public func importNetwork(xml data: Data, source: String = "net.xml") throws(ImportError) -> ImportedNetwork {
        let parser = SUMONetParser(source: source)
        try XMLElementReader.read(data: data, source: source, into: parser)
        return try assemble(parser.file, source: source)
    }

    // MARK: Assembly

    private struct MovementDraft {
        var from: Int  // index into kept edges
        var to: Int
        var fromLanes: Set<Int> = []
        var tl: String?
        var linkIndices: Set<Int> = []
        var line: Int
    }

    private func assemble(_ file: SUMONetFile, source: String) throws(ImportError) -> ImportedNetwork {
        var warnings: [ImportWarning] = []
        func at(_ element: String, _ id: String?, _ line: Int?) -> ImportLocation {
            ImportLocation(source: source, element: element, id: id, line: line)
        }

        // Edges open to the vehicle class, with their counted lanes.
        var kept: [(edge: SUMONetFile.Edge, lanes: [SUMONetFile.Lane])] = []
        var keptIndex: [String: Int] = [:]
        var allEdges = Set<String>()
        for edge in file.edges {
            allEdges.insert(edge.id)
            let lanes = edge.lanes.filter { $0.allows(vehicleClass) }
            guard !lanes.isEmpty else { continue }
            keptIndex[edge.id] = kept.count
            kept.append((edge, lanes))
        }
        if kept.count < file.edges.count, let vehicleClass {
            warnings.append(
                ImportWarning(
                    "\(file.edges.count - kept.count) of \(file.edges.count) edges have no lane open to '\(vehicleClass)' and were left out",
                    at: at("edge", nil, nil)))
        }

        // Junctions that kept edges use, in file order.
        var junctionIndex: [String: Int] = [:]
        for (i, junction) in file.junctions.enumerated() { junctionIndex[junction.id] = i }
        var used = Set<String>()
        for (edge, _) in kept {
            for end in [edge.from, edge.to] {
                guard junctionIndex[end] != nil else {
                    throw .unknownReference(kind: "junction", id: end, at: at("edge", edge.id, edge.line))
                }
                used.insert(end)
            }
        }
        let nodes = file.junctions.filter { used.contains($0.id) }

        // Coordinates: net − netOffset, then optionally reprojected, all in one PROJ call.
        let offset = file.location?.netOffset ?? Coordinate(0, 0)
        let sourceCRS = file.location?.projParameter.map { CoordinateReferenceSystem(unchecked: $0) }
        var geometries: [[Coordinate]] = kept.map { entry in
            entry.edge.shape ?? Self.centreLine(entry.edge, from: file.junctions[junctionIndex[entry.edge.from]!].position,
                                                 to: file.junctions[junctionIndex[entry.edge.to]!].position)
        }
        var positions = nodes.map(\.position)
        var crs = sourceCRS
        if targetCRS != nil, sourceCRS == nil {
            throw .unsupported(
                "reprojection of a network without georeference (projParameter=\"!\" or no location)",
                at: at("location", nil, file.location?.line))
        }
        do throws(PROJError) {
            var flat = positions + geometries.flatMap { $0 }
            flat = flat.map { Coordinate($0.x - offset.x, $0.y - offset.y) }
            if let targetCRS, let sourceCRS {
                flat = try CoordinateTransformer(from: try sourceCRS.validated(), to: targetCRS).transform(flat)
                crs = targetCRS
            }
            positions = Array(flat[0..<positions.count])
            var next = positions.count
            for i in geometries.indices {
                let n = geometries[i].count
                geometries[i] = Array(flat[next..<next + n])
                next += n
            }
        } catch {
            throw .proj(error)
        }

        var builder = linkDefaults.builder
        do throws(NetworkError) {
            for (node, position) in zip(nodes, positions) { try builder.addNode(node.id, at: position) }
        } catch {
            throw .network(error, at: nil)
        }
        var sourceLinks: [String: [LinkID]] = [:]
        for (i, entry) in kept.enumerated() {
            let first = entry.lanes[0]
            do throws(NetworkError) {
                let id = try builder.addLink(
                    entry.edge.id, from: entry.edge.from, to: entry.edge.to, length: first.length,
                    lanes: entry.lanes.count, freeFlowSpeed: first.speed,
                    capacity: Double(entry.lanes.count) * linkDefaults.capacityPerLane(freeFlowSpeed: first.speed),
                    geometry: geometries[i])
                sourceLinks[entry.edge.id] = [id]
            } catch {
                throw .network(error, at: at("edge", entry.edge.id, entry.edge.line))
            }
        }

        // Traffic-light programs.
        let programs = try choosePrograms(file, source: source, warnings: &warnings)

        // Movements: lane connections grouped by (from edge, to edge), in order of first appearance.
        var drafts: [MovementDraft] = []
        var draftIndex: [Int64: Int] = [:]
        for c in file.connections {
            let location = at("connection", "\(c.from)→\(c.to)", c.line)
            if c.from.hasPrefix(":") || file.interiorEdgeIDs.contains(c.from) || file.interiorEdgeIDs.contains(c.to) {
                continue  // connections inside junctions (internal lanes)
            }
            for edge in [c.from, c.to] where !allEdges.contains(edge) {
                throw .unknownReference(kind: "edge", id: edge, at: location)
            }
            guard let from = keptIndex[c.from], let to = keptIndex[c.to] else { continue }  // left out by class
            let fromEdge = kept[from].edge
            let toEdge = kept[to].edge
            guard c.fromLane >= 0, c.fromLane < fromEdge.lanes.count else {
                throw .unknownReference(kind: "lane", id: "\(c.from)_\(c.fromLane)", at: location)
            }
            guard c.toLane >= 0, c.toLane < toEdge.lanes.count else {
                throw .unknownReference(kind: "lane", id: "\(c.to)_\(c.toLane)", at: location)
            }
            guard fromEdge.lanes[c.fromLane].allows(vehicleClass), toEdge.lanes[c.toLane].allows(vehicleClass) else {
                continue
            }
            let key = Int64(from) << 32 | Int64(to)
            let d = draftIndex[key] ?? {
                drafts.append(MovementDraft(from: from, to: to, line: c.line))
                draftIndex[key] = drafts.count - 1
                return drafts.count - 1
            }()
            drafts[d].fromLanes.insert(c.fromLane)
            if let tl = c.tl, let linkIndex = c.linkIndex {
                if let other = drafts[d].tl, other != tl {
                    throw .unsupported("lanes of one movement controlled by traffic lights '\(other)' and '\(tl)'", at: location)
                }
                if programs[tl] == nil {
                    let junction = file.junctions[junctionIndex[fromEdge.to]!]
                    guard Self.runtimeSignalJunctions.contains(junction.type) else {
                        throw .unknownReference(kind: "tlLogic", id: tl, at: location)
                    }
                    continue  // rail signals and crossings are built by SUMO at run time; no program in the net
                }
                guard linkIndex < programs[tl]!.linkCount else {
                    throw .invalidValue(
                        attribute: "linkIndex", value: String(linkIndex),
                        expected: "an index below the \(programs[tl]!.linkCount) states of tlLogic '\(tl)'",
                        at: location)
                }
                drafts[d].tl = tl
                drafts[d].linkIndices.insert(linkIndex)
            }
        }

        var groupsByNode: [NodeID: (tl: String, groups: [String: [GreenInterval]])] = [:]
        for draft in drafts {
            let fromID = kept[draft.from].edge.id
            let toID = kept[draft.to].edge.id
            let location = at("connection", "\(fromID)→\(toID)", draft.line)
            var group: String?
            if let tl = draft.tl, let program = programs[tl] {
                let columns = draft.linkIndices.sorted()
                let patterns = Set(columns.map { program.greenIntervals(columns: [$0]) })
                group = patterns.count == 1 ? "\(tl):\(columns[0])" : "\(tl):" + columns.map(String.init).joined(separator: "+")
                let node = builder.nodeID(kept[draft.from].edge.to)!
                if let existing = groupsByNode[node], existing.tl != tl {
                    throw .unsupported("junction controlled by traffic lights '\(existing.tl)' and '\(tl)'", at: location)
                }
                let intervals = program.greenIntervals(columns: columns)
                if intervals.isEmpty, groupsByNode[node]?.groups[group!] == nil {
                    warnings.append(ImportWarning("signal group '\(group!)' is never green", at: location))
                }
                groupsByNode[node, default: (tl, [:])].groups[group!] = intervals
            }
            do throws(NetworkError) {
                try builder.addMovement(from: fromID, to: toID, lanes: draft.fromLanes.count, signalGroup: group)
            } catch {
                throw .network(error, at: location)
            }
        }

        var signalPlans: [NodeID: SignalPlan] = [:]
        for (node, entry) in groupsByNode {
            let program = programs[entry.tl]!
            signalPlans[node] = SignalPlan(
                cycle: program.cycle, offset: program.light.offset,
                groups: entry.groups.keys.sorted().map { SignalGroup(id: $0, greenIntervals: entry.groups[$0]!) })
        }
        let network = builder.build()
        var linkIDs: [String: LinkID] = [:]
        for (i, link) in network.links.enumerated() { linkIDs[link.id] = LinkID(rawValue: Int32(i)) }
        return ImportedNetwork(
            network: network, linkIDs: linkIDs, sourceLinks: sourceLinks, signalPlans: signalPlans,
            trafficLightPlans: programs.mapValues(\.planByLinkIndex), crs: crs, warnings: warnings)
    }

    /// One program per traffic light: `programID` where present, else the last in the file.
    private func choosePrograms(
        _ file: SUMONetFile, source: String, warnings: inout [ImportWarning]
    ) throws(ImportError) -> [String: SUMOSignalProgram] {
        var chosen: [String: SUMONetFile.TrafficLight] = [:]
        for light in file.trafficLights {
            if let programID, chosen[light.id]?.programID == programID, light.programID != programID { continue }
            chosen[light.id] = light
        }
        var programs: [String: SUMOSignalProgram] = [:]
        for id in chosen.keys.sorted() {
            let light = chosen[id]!
            let location = ImportLocation(source: source, element: "tlLogic", id: light.id, line: light.line)
            if let programID, light.programID != programID {
                warnings.append(ImportWarning("no program '\(programID)'; using program '\(light.programID)'", at: location))
            }
            switch light.type {
            case "static": break
            case "actuated", "delay_based":
                guard actuatedPrograms == .fixedTime else {
                    throw .unsupported("\(light.type) program (actuatedPrograms is .reject)", at: location)
                }
                warnings.append(ImportWarning("\(light.type) program imported as fixed time from its phase durations", at: location))
            default:
                throw .unsupported("tlLogic type '\(light.type)'", at: location)
            }
            programs[id] = try SUMOSignalProgram(light, source: source)
        }
        return programs
    }

    /// Junction types whose signals SUMO builds at run time (no `tlLogic` in the net); their links are
    /// unsignalised here.
    static let runtimeSignalJunctions: Set<String> = ["rail_signal", "rail_crossing"]

    /// Junction to junction through the interior vertices of the carriageway centre line.
    static func centreLine(_ edge: SUMONetFile.Edge, from: Coordinate, to: Coordinate) -> [Coordinate] {
        let first = edge.lanes[0].shape
        let last = edge.lanes[edge.lanes.count - 1].shape
        let centre =
            first.count == last.count
            ? zip(first, last).map { Coordinate(($0.x + $1.x) / 2, ($0.y + $1.y) / 2) }
            : first
        return [from] + centre.dropFirst().dropLast() + [to]
    }
}
