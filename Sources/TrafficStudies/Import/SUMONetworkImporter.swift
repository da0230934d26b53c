import Foundation
import GeoCore
import TrafficCore

/// Imports a SUMO network (`.net.xml`, as written by netconvert) into a `Network` with signal plans.
///
/// The file is read through libxml2's SAX2 parser (`XMLElementReader`), a large one in two halves on two cores
/// (`SUMONetHalves`); only the elements below are kept.
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
/// **Geometry and length.** A link's polyline runs from its from-junction's position to its to-junction's:
/// through the edge's `shape` when given (with the junction positions added where the shape stops short of
/// them, as at joined junctions), else through the interior vertices of the carriageway centre (the mean of
/// the outer lanes' shapes when they have equally many vertices, else lane 0's shape). Length and free-flow
/// speed are those of the first lane open to `vehicleClass` — with every class allowed, lane 0's, as in
/// SUMO's `MSEdge::getLength()` and `getSpeedLimit()`. So by default the length is the lane's, which leaves
/// out the junction interiors (on Berlin-Adlershof 37.7 of 46.7 km); `linkLength = .geometry` measures the
/// polyline instead.
/// Capacity is lanes × `linkDefaults.capacityPerLane`: the saturation flow of SUMO's vehicles (`vehicleTypes`) at
/// the lane's speed limit — 1800 veh/h per lane for SUMO's default type at 50 km/h, 1364 at 30 km/h, 2081 at
/// 80 km/h (`SUMOVehicleTypes`: SUMO's cars leave a stop line slower on slower lanes) — less on very slow lanes,
/// and HCM's uninterrupted-flow capacity on links from 80 km/h that do not end at a traffic light (motorways,
/// ramps).
///
/// **Signals.** A movement whose lane connections carry `tl` and link indices *i, j, …* gets the signal group
/// `"<tl>:<i>"` (the lowest index) when those state columns show green at the same times — netconvert gives
/// all lanes of a movement one signal — and `"<tl>:<i>+<j>…"`, green while any of them is green, otherwise.
/// The plan of each controlled junction holds the groups its movements use; `trafficLights` holds every
/// program with one group per link index, the link indices of each group and the weakest green each index
/// shows (`g`, `s`, …), for writing programs back (`SUMOSignalProgramWriter`). See `SUMOSignalProgram` for the
/// state characters.
/// SUMO starts phase 0 at simulation time `offset` (`NLJunctionControlBuilder`: a positive offset delays all
/// phases), which is `SignalPlan.offset`'s meaning too. Of several programs for one traffic light the last in
/// the file is used (SUMO makes each loaded program the default), unless `programID` names one.
/// Actuated and delay-based programs become actuated plans (`SignalPlan.actuation`: per stage min/max green
/// from the phases' `minDur`/`maxDur`, the gap from `max-gap`; see `SUMOSignalProgram.actuation(of:source:)`),
/// whose greens are the phases' `duration`s, with a warning that says so; `actuatedPrograms = .fixedTime`
/// keeps only those durations (fixed time), `.reject` refuses them. Connections through rail signals and rail
/// crossings (no `tlLogic` in the net: SUMO builds them at run time) and connections with `linkIndex="-1"` (no
/// signal, e.g. trams at a rail crossing) are unsignalised.
///
/// Every failure is an `ImportError` naming the element, its id and line.
public struct SUMONetworkImporter: Sendable {
    /// What to do with `actuated` and `delay_based` programs, which SUMO times from detectors at run time.
    public enum ActuatedPrograms: Sendable, Hashable {
        /// Actuated plans: the engine runs them with their own per-stage min/max green (the default).
        case actuated
        /// Use each phase's `duration` (its initial length) as a fixed time.
        case fixedTime
        /// Throw `ImportError.unsupported`.
        case reject
    }

    /// Where link lengths come from.
    public enum LinkLength: Sendable, Hashable {
        /// The lane's `length` attribute (SUMO's edge length): junction interiors are left out, SUMO drives
        /// them on internal lanes, which have no counterpart here.
        case lane
        /// The planar length of the link's polyline, junction to junction (in the output CRS): junction
        /// interiors are counted, half to each link that meets there.
        case geometry
    }

    /// The SUMO vehicle class whose lanes count (`"passenger"`); edges with no such lane are left out.
    /// `nil` keeps every edge and lane (footways, rail, bus lanes).
    public var vehicleClass: String?
    /// Reproject coordinates from the `projParameter` CRS into this one; `nil` keeps the net's CRS.
    public var targetCRS: CoordinateReferenceSystem?
    public var actuatedPrograms: ActuatedPrograms
    public var linkLength: LinkLength
    /// The program to use for traffic lights that have it; `nil` takes the last program in the file.
    public var programID: String?
    /// Saturation flow, jam density and the slow-road capacity rule.
    public var linkDefaults: LinkDefaults
    /// The vehicles SUMO would run on the network (the demand's types): a lane's saturation flow is theirs at its
    /// speed limit (`SUMOVehicleTypes.saturationFlowPerLane(base:atSpeedLimit:)`, `linkDefaults`' saturation flow
    /// at 50 km/h). Default: SUMO's default type.
    public var vehicleTypes: SUMOVehicleTypes

    public init(
        vehicleClass: String? = "passenger", targetCRS: CoordinateReferenceSystem? = nil,
        actuatedPrograms: ActuatedPrograms = .actuated, linkLength: LinkLength = .lane, programID: String? = nil,
        linkDefaults: LinkDefaults = LinkDefaults(), vehicleTypes: SUMOVehicleTypes = .defaultOnly
    ) {
        self.vehicleTypes = vehicleTypes
        self.vehicleClass = vehicleClass
        self.targetCRS = targetCRS
        self.actuatedPrograms = actuatedPrograms
        self.linkLength = linkLength
        self.programID = programID
        self.linkDefaults = linkDefaults
    }

    /// Reads and converts the `.net.xml` file at `url`.
    ///
    /// A large file is parsed in two halves on two cores when it has netconvert's layout (edges and traffic
    /// lights before junctions and connections; `SUMONetHalves`); any doubt or error falls back to one streaming
    /// pass, which also gives every error message, so the result and the errors are those of a single pass.
    /// - Complexity: one pass over the file, then O(edges + connections + phases).
    public func importNetwork(contentsOf url: URL) throws(ImportError) -> ImportedNetwork {
        if let file = SUMONetHalves.parse(url) { return try assemble(file, source: url.lastPathComponent) }
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
        /// Its connections' (from-lane, to-lane) pairs, SUMO lane indices.
        var laneConnections: [(from: Int, to: Int)] = []
        var fromLanes: Set<Int> { Set(laneConnections.map(\.from)) }
        var tl: String?
        var linkIndices: Set<Int> = []
        /// The first internal lane (`via`) of each of its connections, with the connection's from-lane: where
        /// it meets its junction's foes.
        var vias: [(lane: String, fromLane: Int)] = []
        /// A connection of it has a stop sign (state `s`, or `w` at an all-way stop).
        var stopSign = false
        var line: Int
    }

    /// The normal edges open to `vehicleClass`, with the lanes that count.
    private struct KeptEdges {
        var edges: [(edge: SUMONetFile.Edge, lanes: [SUMONetFile.Lane])] = []
        var index: [String: Int] = [:]
        /// Every normal edge id, kept or not (to tell "left out" from "unknown").
        var all = Set<String>()
    }

    private func assemble(_ file: SUMONetFile, source: String) throws(ImportError) -> ImportedNetwork {
        var warnings: [ImportWarning] = []
        var kept = KeptEdges()
        for edge in file.edges {
            kept.all.insert(edge.id)
            let lanes = edge.lanes.filter { $0.allows(vehicleClass) }
            guard !lanes.isEmpty else { continue }
            kept.index[edge.id] = kept.edges.count
            kept.edges.append((edge, lanes))
        }
        if kept.edges.count < file.edges.count, let vehicleClass {
            warnings.append(
                ImportWarning(
                    "\(file.edges.count - kept.edges.count) of \(file.edges.count) edges have no lane open to "
                        + "'\(vehicleClass)' and were left out",
                    at: ImportLocation(source: source, element: "edge")))
        }
        var junctionIndex: [String: Int] = [:]
        for (i, junction) in file.junctions.enumerated() { junctionIndex[junction.id] = i }

        let placed = try nodesAndLinks(file, kept: kept, junctionIndex: junctionIndex, source: source)
        var builder = placed.builder
        let crs = placed.crs
        let programs = try choosePrograms(file, source: source, warnings: &warnings)
        let drafts = try movementDrafts(
            file, kept: kept, junctionIndex: junctionIndex, programs: programs, source: source)

        // Movements with their signal groups; each controlled junction's plan holds the groups used there.
        var groupsByNode: [NodeID: (tl: String, groups: [String: [GreenInterval]])] = [:]
        var groupLinkIndices: [String: [String: Set<Int>]] = [:]  // per traffic light
        var movementIDs: [MovementID] = []  // per draft
        let junctionLinks = JunctionLinks(file)
        for draft in drafts {
            let fromID = kept.edges[draft.from].edge.id
            let toID = kept.edges[draft.to].edge.id
            let location = ImportLocation(
                source: source, element: "connection", id: "\(fromID)→\(toID)", line: draft.line)
            var group: String?
            if let tl = draft.tl, let program = programs[tl] {
                let columns = draft.linkIndices.sorted()
                let patterns = Set(columns.map { program.greenIntervals(columns: [$0]) })
                let name =
                    patterns.count == 1
                    ? "\(tl):\(columns[0])" : "\(tl):" + columns.map(String.init).joined(separator: "+")
                let node = builder.nodeID(kept.edges[draft.from].edge.to)!
                if let existing = groupsByNode[node], existing.tl != tl {
                    throw .unsupported(
                        "junction controlled by traffic lights '\(existing.tl)' and '\(tl)'", at: location)
                }
                let intervals = program.greenIntervals(columns: columns)
                if intervals.isEmpty, groupsByNode[node]?.groups[name] == nil {
                    warnings.append(ImportWarning("signal group '\(name)' is never green", at: location))
                }
                groupsByNode[node, default: (tl, [:])].groups[name] = intervals
                groupLinkIndices[tl, default: [:]][name, default: []].formUnion(columns)
                group = name
            }
            do throws(NetworkError) {
                let id = try builder.addMovement(
                    from: fromID, to: toID, lanes: draft.fromLanes.count, signalGroup: group)
                movementIDs.append(id)
                try builder.setLaneUse(
                    id,
                    connections: draft.laneConnections.compactMap { c in
                        guard let from = Self.lanePosition(c.from, of: kept.edges[draft.from].lanes),
                            let to = Self.lanePosition(c.to, of: kept.edges[draft.to].lanes)
                        else { return nil }
                        return (from, to)
                    })
                if let passage = Self.passage(draft, junctionLinks: junctionLinks, file: file) {
                    try builder.setPassage(id, length: passage.length, time: passage.time)
                }
                if draft.stopSign { builder.setStopSign(id) }
            } catch {
                throw .network(error, at: location)
            }
        }
        // Priorities: movement d yields to movement e when a connection of d must let one of e pass (`response`).
        for (minor, major, lanes) in Self.yields(file, drafts: drafts, programs: programs) {
            do throws(NetworkError) {
                try builder.addYield(minor: movementIDs[minor], major: movementIDs[major], lanes: lanes)
            } catch {
                throw .network(
                    error,
                    at: ImportLocation(
                        source: source, element: "request", id: kept.edges[drafts[minor].from].edge.to,
                        line: drafts[minor].line))
            }
        }

        var signalPlans: [NodeID: SignalPlan] = [:]
        var nodesByLight: [String: [NodeID]] = [:]
        for (node, entry) in groupsByNode {
            let program = programs[entry.tl]!
            signalPlans[node] = SignalPlan(
                cycle: program.cycle, offset: program.light.offset,
                groups: entry.groups.keys.sorted().map { SignalGroup(id: $0, greenIntervals: entry.groups[$0]!) })
            nodesByLight[entry.tl, default: []].append(node)
        }
        // An actuated light runs as one controller: over several junctions, its stages are those of all their
        // groups together (SUMO switches the whole program phase by phase).
        for (tl, nodes) in nodesByLight where actuatedPrograms == .actuated && programs[tl]!.isActuated {
            let program = programs[tl]!
            let all = SignalPlan(
                cycle: program.cycle, offset: program.light.offset,
                groups: nodes.flatMap { signalPlans[$0]!.groups }.sorted { $0.id < $1.id })
            var actuation = try program.actuation(of: all, source: source)
            if nodes.count > 1 { actuation.controller = tl }
            for node in nodes { signalPlans[node]!.actuation = actuation }
        }
        let network = builder.build()
        var linkIDs: [String: LinkID] = [:]
        var sourceLinks: [String: [LinkID]] = [:]
        for (i, link) in network.links.enumerated() {
            linkIDs[link.id] = LinkID(rawValue: Int32(i))
            sourceLinks[link.id] = [LinkID(rawValue: Int32(i))]
        }
        return ImportedNetwork(
            network: network, linkIDs: linkIDs, sourceLinks: sourceLinks, signalPlans: signalPlans,
            trafficLights: Self.lightDetails(file, programs: programs).mapValues { details in
                let program = details.program
                return SUMOTrafficLight(
                    program: program.planByLinkIndex,
                    groupLinkIndices: (groupLinkIndices[program.light.id] ?? [:]).mapValues { $0.sorted() },
                    greenStates: program.weakestGreens, phases: program.phaseProgram,
                    phaseStates: program.light.phases.map(\.state), conflicts: details.conflicts,
                    crossings: details.crossings, linkJunctions: details.junctions, intergreens: details.intergreens)
            },
            crs: crs, warnings: warnings)
    }

    /// A builder holding the junctions that kept edges use (in file order) and one link per kept edge, with
    /// coordinates placed (net − netOffset, then reprojected in one PROJ call); and the CRS they are in.
    private func nodesAndLinks(
        _ file: SUMONetFile, kept: KeptEdges, junctionIndex: [String: Int], source: String
    ) throws(ImportError) -> (builder: NetworkBuilder, crs: CoordinateReferenceSystem?) {
        var used = Set<String>()
        for (edge, _) in kept.edges {
            for end in [edge.from, edge.to] {
                guard junctionIndex[end] != nil else {
                    throw .unknownReference(
                        kind: "junction", id: end,
                        at: ImportLocation(source: source, element: "edge", id: edge.id, line: edge.line))
                }
                used.insert(end)
            }
        }
        let nodes = file.junctions.filter { used.contains($0.id) }
        var positions = nodes.map(\.position)
        var geometries: [[Coordinate]] = kept.edges.map { entry in
            let from = file.junctions[junctionIndex[entry.edge.from]!].position
            let to = file.junctions[junctionIndex[entry.edge.to]!].position
            guard var shape = entry.edge.shape else { return Self.centreLine(entry.edge, from: from, to: to) }
            // Shapes into joined junctions (clusters) stop short of the junction's position; links run node to node.
            if shape[0] != from { shape.insert(from, at: 0) }
            if shape[shape.count - 1] != to { shape.append(to) }
            return shape
        }

        let offset = file.location?.netOffset ?? Coordinate(0, 0)
        let sourceCRS = file.location?.projParameter.map { CoordinateReferenceSystem(unchecked: $0) }
        if targetCRS != nil, sourceCRS == nil {
            throw .unsupported(
                "reprojection of a network without georeference (projParameter=\"!\" or no location)",
                at: ImportLocation(source: source, element: "location", line: file.location?.line))
        }
        var crs = sourceCRS
        do throws(PROJError) {
            var flat = (positions + geometries.flatMap { $0 }).map { Coordinate($0.x - offset.x, $0.y - offset.y) }
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
        for (i, entry) in kept.edges.enumerated() {
            let first = entry.lanes[0]
            do throws(NetworkError) {
                try builder.addLink(
                    entry.edge.id, from: entry.edge.from, to: entry.edge.to,
                    length: linkLength == .lane ? first.length : nil,
                    lanes: entry.lanes.count, freeFlowSpeed: first.speed,
                    capacity: Double(entry.lanes.count)
                        * linkDefaults.capacityPerLane(
                            freeFlowSpeed: first.speed,
                            endsAtSignal: junctionIndex[entry.edge.to].map { file.junctions[$0].type.hasPrefix("traffic_light") }
                                ?? true,
                            saturationFlow: vehicleTypes.saturationFlowPerLane(
                                base: linkDefaults.saturationFlowPerLane, atSpeedLimit: first.speed)),
                    geometry: geometries[i])
            } catch {
                throw .network(
                    error, at: ImportLocation(source: source, element: "edge", id: entry.edge.id, line: entry.edge.line)
                )
            }
        }
        return (builder, crs)
    }

    /// A SUMO lane index as its position among the lanes that count (`kept`, in index order): the lanes of a
    /// movement as `Movement.fromLanes`/`toLanes` see them.
    private static func lanePosition(_ index: Int, of kept: [SUMONetFile.Lane]) -> Int? {
        kept.firstIndex { $0.index == index }
    }

    /// Lane connections between kept edges grouped by (from edge, to edge), in order of first appearance,
    /// with the traffic light and link indices that control them.
    private func movementDrafts(
        _ file: SUMONetFile, kept: KeptEdges, junctionIndex: [String: Int], programs: [String: SUMOSignalProgram],
        source: String
    ) throws(ImportError) -> [MovementDraft] {
        var drafts: [MovementDraft] = []
        var draftIndex: [Int64: Int] = [:]
        for c in file.connections {
            let location = ImportLocation(
                source: source, element: "connection", id: "\(c.from)→\(c.to)", line: c.line)
            if c.from.hasPrefix(":") || file.interiorEdgeIDs.contains(c.from) || file.interiorEdgeIDs.contains(c.to) {
                continue  // connections inside junctions (internal lanes, crossings)
            }
            for edge in [c.from, c.to] where !kept.all.contains(edge) {
                throw .unknownReference(kind: "edge", id: edge, at: location)
            }
            guard let from = kept.index[c.from], let to = kept.index[c.to] else { continue }  // left out by class
            let fromEdge = kept.edges[from].edge
            let toEdge = kept.edges[to].edge
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
            let d: Int
            if let existing = draftIndex[key] {
                d = existing
            } else {
                d = drafts.count
                draftIndex[key] = d
                drafts.append(MovementDraft(from: from, to: to, line: c.line))
            }
            drafts[d].laneConnections.append((c.fromLane, c.toLane))
            if let via = c.via { drafts[d].vias.append((via, c.fromLane)) }
            if c.tl == nil, c.state == "s" || c.state == "w" { drafts[d].stopSign = true }
            guard let tl = c.tl, let linkIndex = c.linkIndex else { continue }
            if let other = drafts[d].tl, other != tl {
                throw .unsupported(
                    "lanes of one movement controlled by traffic lights '\(other)' and '\(tl)'", at: location)
            }
            guard let program = programs[tl] else {
                let junction = file.junctions[junctionIndex[fromEdge.to]!]
                guard Self.runtimeSignalJunctions.contains(junction.type) else {
                    throw .unknownReference(kind: "tlLogic", id: tl, at: location)
                }
                continue  // rail signals and crossings are built by SUMO at run time; no program in the net
            }
            guard linkIndex < program.linkCount else {
                throw .invalidValue(
                    attribute: "linkIndex", value: String(linkIndex),
                    expected: "an index below the \(program.linkCount) states of tlLogic '\(tl)'", at: location)
            }
            drafts[d].tl = tl
            drafts[d].linkIndices.insert(linkIndex)
        }
        return drafts
    }

    /// What the importer derives per traffic light from its junctions.
    struct LightDetails {
        var program: SUMOSignalProgram
        var conflicts: Set<ColumnPair>
        var crossings: [Int: Double]
        var junctions: [Int: String]
        var intergreens: [DirectedColumnPair: RequiredIntergreen]
    }

    /// Per traffic light: its junction conflict matrix at link-index level, its pedestrian crossings, the
    /// junction of each link index and the intergreens the junctions' geometry requires (RiLSA, `IntergreenRules`).
    ///
    /// Every connection with `tl` and `linkIndex` k is a signalled connection of link k: from a normal edge,
    /// from a walking area to a crossing (the crossing's link), and from an internal lane (hand-edited nets such
    /// as Ingolstadt's gneJ21 signal the part after an internal stop this way, netconvert its `linkIndex2`, e.g.
    /// the second stage of a cyclists' indirect left turn). A link index may have several, of different
    /// directions and road users. Each belongs to the junction whose `intLanes` hold its internal lane — `via` or
    /// the lane it continues in after an internal junction, or the crossing's lane — and its junction link m is
    /// that lane's position there. Two connections of one junction conflict when the `foes` of either's
    /// `<request>` has the other's bit set (netconvert writes the bit of link m at position count − 1 − m: the
    /// rightmost character is link 0); link indices k and k′ conflict when some connection of k conflicts with
    /// some connection of k′. Both stages of a connection with an internal stop carry the foes of its whole
    /// junction link (the `<request>` has one row per junction link, not per stage): on the safe side, a stage
    /// may be paired with a stream that only the other stage meets.
    ///
    /// Intergreens: a vehicle connection's path is its internal lanes from its stop line (or internal stop) to
    /// the next edge (their shapes joined; width from the first, 3.2 m, netconvert's default, without one), a
    /// crossing's path its lane, walked both ways (width default 4 m). A connection whose from-lane (the
    /// internal lane, for one that leaves an internal lane) allows only bicycles is a cyclist's. Every pair of
    /// conflicting connections with both paths known gets t_z in both directions; a pair of link indices keeps
    /// the longest over its conflicting connections (RiLSA: the intergreen of two signals is that of their
    /// most demanding conflicting streams; connections that never meet need none), of equal whole seconds the
    /// one with the longest unrounded t_z, so the finding names the stream that decides it.
    /// - Complexity: O(n²) in the signalled connections of a light.
    static func lightDetails(
        _ file: SUMONetFile, programs: [String: SUMOSignalProgram], rules: IntergreenRules = .init()
    ) -> [String: LightDetails] {
        let place = JunctionLinks(file)
        var signalled: [String: [SignalledConnection]] = [:]
        var crossings: [String: [Int: Double]] = [:]
        var edgeIndex: [String: Int] = [:]
        for (i, edge) in file.edges.enumerated() { edgeIndex[edge.id] = i }
        func vehiclePath(_ c: SUMONetFile.Connection, via: String) -> SignalPath? {
            var points: [Coordinate] = []
            var width: Double?
            for lane in place.chain(from: via) {
                guard let entry = file.interiorLaneShapes[lane], let shape = AttributeReader.parseShape(entry.shape)
                else { return nil }
                if width == nil { width = entry.width }
                if let last = points.last, let next = shape.first, last == next { points.removeLast() }
                points += shape
            }
            let fromLaneAllow: [Substring]? =
                if let e = edgeIndex[c.from] {
                    file.edges[e].lanes.indices.contains(c.fromLane) ? file.edges[e].lanes[c.fromLane].allow : nil
                } else {
                    file.interiorLaneShapes["\(c.from)_\(c.fromLane)"]?.allow
                }
            let cyclist = fromLaneAllow.map { !$0.isEmpty && $0.allSatisfy { $0 == "bicycle" } } ?? false
            return SignalPath(
                user: cyclist ? .cyclist : SignalPath.vehicleUser(for: points), points: points,
                halfWidth: (width ?? 3.2) / 2)
        }
        for c in file.connections {
            guard let tl = c.tl, let k = c.linkIndex, programs[tl] != nil else { continue }
            var lane: String
            var path: SignalPath?
            if let via = c.via {
                lane = via
                path = vehiclePath(c, via: via)
            } else if file.crossingLengths[c.to] != nil {
                lane = "\(c.to)_\(c.toLane)"
                crossings[tl, default: [:]][k] = file.crossingLengths[c.to]
                if let entry = file.interiorLaneShapes[lane], let shape = AttributeReader.parseShape(entry.shape) {
                    path = SignalPath(user: .pedestrian, points: shape, halfWidth: (entry.width ?? 4) / 2, bothWays: true)
                }
            } else {
                continue
            }
            guard let junctionLink = place(lane) else { continue }
            signalled[tl, default: []].append(
                SignalledConnection(index: k, junction: junctionLink.junction, link: junctionLink.link, path: path))
        }
        var exact = rules
        exact.roundsUp = false
        // Whole seconds first, then the unrounded t_z.
        func demandsMore(_ t: RequiredIntergreen, than kept: RequiredIntergreen?) -> Bool {
            guard let kept else { return true }
            if t.seconds != kept.seconds { return t.seconds > kept.seconds }
            func unrounded(_ r: RequiredIntergreen) -> Double {
                exact.intergreen(
                    clearing: r.clearing, clearingDistance: r.clearingDistance, entering: r.entering,
                    enteringDistance: r.enteringDistance)
            }
            return unrounded(t) > unrounded(kept)
        }
        var result: [String: LightDetails] = [:]
        for (tl, program) in programs {
            let members = signalled[tl] ?? []
            var conflicts = Set<ColumnPair>()
            var intergreens: [DirectedColumnPair: RequiredIntergreen] = [:]
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where a.index != b.index && a.junction == b.junction && a.link != b.link {
                    let foes = file.junctions[a.junction].foes
                    func foe(_ m: Int, _ n: Int) -> Bool {
                        guard let bits = foes[m], n < bits.count else { return false }
                        return bits[n]
                    }
                    guard foe(a.link, b.link) || foe(b.link, a.link) else { continue }
                    conflicts.insert(ColumnPair(a.index, b.index))
                    guard let pa = a.path, let pb = b.path else { continue }
                    for (x, y, pair) in [
                        (pa, pb, DirectedColumnPair(clearing: a.index, entering: b.index)),
                        (pb, pa, DirectedColumnPair(clearing: b.index, entering: a.index)),
                    ] {
                        guard let t = rules.intergreen(clearing: x, entering: y),
                            demandsMore(t, than: intergreens[pair])
                        else { continue }
                        intergreens[pair] = t
                    }
                }
            }
            var junctions: [Int: String] = [:]
            for m in members where junctions[m.index] == nil { junctions[m.index] = file.junctions[m.junction].id }
            result[tl] = LightDetails(
                program: program, conflicts: conflicts, crossings: crossings[tl] ?? [:], junctions: junctions,
                intergreens: intergreens)
        }
        return result
    }

    /// A connection with `tl` and `linkIndex`: its link index, its junction link and its path through the
    /// junction (nil without shapes).
    struct SignalledConnection {
        var index: Int
        var junction: Int
        var link: Int
        var path: SignalPath?
    }

    /// Junction link of an internal lane: its junction and its position in the junction's `intLanes`.
    struct JunctionLinks {
        private var laneJunction: [String: (junction: Int, link: Int)] = [:]
        /// Internal lanes split at an internal junction continue in another
        /// (`<connection from=":C_0" … via=":C_12_0">`).
        private var nextLane: [String: String] = [:]

        init(_ file: SUMONetFile) {
            for (j, junction) in file.junctions.enumerated() {
                for (m, lane) in junction.internalLanes.enumerated() { laneJunction[lane] = (j, m) }
            }
            for c in file.connections {
                if let via = c.via, c.from.utf8.first == 0x3A { nextLane["\(c.from)_\(c.fromLane)"] = via }
            }
        }

        /// The internal lanes from `lane` (a connection's `via`) to the next normal edge, in driving order (at
        /// most 8 steps on).
        func chain(from lane: String) -> [String] {
            var lanes = [lane]
            while let next = nextLane[lanes[lanes.count - 1]], lanes.count <= 8 { lanes.append(next) }
            return lanes
        }

        /// The junction lists one lane of the via chain in intLanes (the part after the internal junction).
        func callAsFunction(_ lane: String) -> (junction: Int, link: Int)? {
            chain(from: lane).lazy.compactMap { laneJunction[$0] }.first
        }
    }

    /// The way through the junction of a movement: over its connections, the mean length and free-flow time of
    /// the internal lanes a vehicle drives from the stop line to the next edge (`via` and the lanes it continues
    /// in after an internal junction), each at its own speed. nil when the net has no internal lanes (built with
    /// `--no-internal-links`) or when one is missing from the file.
    private static func passage(
        _ draft: MovementDraft, junctionLinks: JunctionLinks, file: SUMONetFile
    ) -> (length: Double, time: Double)? {
        guard !draft.vias.isEmpty else { return nil }
        var length = 0.0, time = 0.0
        for via in draft.vias {
            for lane in junctionLinks.chain(from: via.lane) {
                guard let geometry = file.internalLaneGeometry[lane] else { return nil }
                length += geometry.length
                time += geometry.length / geometry.speed
            }
        }
        let count = Double(draft.vias.count)
        return (length / count, time / count)
    }

    /// Pairs (minor, major) of movement drafts: a connection of `minor` yields to one of `major` at their
    /// junction (`<request response>`), for every junction type netconvert writes requests for (priority,
    /// right_before_left, traffic lights with permitted turns, …). Drafts without internal lanes (nets built
    /// with `--no-internal-links`) have no junction link and yield to nobody.
    ///
    /// At a traffic light SUMO applies the response only while the link shows a minor green (`g`, also `s`, `o`):
    /// a `G` link goes regardless. So a signalised movement yields only when its program gives it a minor green in
    /// some phase (a permitted turn); one that is only ever `G` yields to nobody.
    private static func yields(
        _ file: SUMONetFile, drafts: [MovementDraft], programs: [String: SUMOSignalProgram]
    ) -> [(minor: Int, major: Int, lanes: Int)] {
        let minorGreens: Set<Character> = ["g", "s", "o"]
        let place = JunctionLinks(file)
        // junction → junction link → (draft, from-lane of the connection)
        var draftOfLink: [Int: [Int: (draft: Int, fromLane: Int)]] = [:]
        var mayYield = [Bool](repeating: true, count: drafts.count)
        for (d, draft) in drafts.enumerated() {
            if let tl = draft.tl, let program = programs[tl] {
                mayYield[d] = program.light.phases.contains { phase in
                    draft.linkIndices.contains { $0 < phase.state.count && minorGreens.contains(phase.state[$0]) }
                }
            }
            for via in draft.vias {
                guard let p = place(via.lane) else { continue }
                draftOfLink[p.junction, default: [:]][p.link] = (d, via.fromLane)
            }
        }
        var order: [Int64] = []
        var majorLanes: [Int64: Set<Int>] = [:]
        for j in draftOfLink.keys.sorted() {
            let byLink = draftOfLink[j]!
            let response = file.junctions[j].response
            for m in byLink.keys.sorted() {
                guard let minor = byLink[m]?.draft, mayYield[minor], let bits = response[m] else { continue }
                for (n, yields) in bits.enumerated() where yields {
                    guard let major = byLink[n], major.draft != minor else { continue }
                    let key = Int64(minor) << 32 | Int64(major.draft)
                    if majorLanes[key] == nil { order.append(key) }
                    majorLanes[key, default: []].insert(major.fromLane)
                }
            }
        }
        // The lanes of the major movement met: its connections' from-lanes that the minor yields to.
        return order.map { key in (Int(key >> 32), Int(key & 0xFFFF_FFFF), majorLanes[key]!.count) }
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
                warnings.append(
                    ImportWarning("no program '\(programID)'; using program '\(light.programID)'", at: location))
            }
            switch light.type {
            case "static": break
            case "actuated", "delay_based":
                switch actuatedPrograms {
                case .reject:
                    throw .unsupported("\(light.type) program (actuatedPrograms is .reject)", at: location)
                case .fixedTime:
                    warnings.append(
                        ImportWarning(
                            "\(light.type) program imported as fixed time from its phase durations", at: location))
                case .actuated:
                    warnings.append(
                        ImportWarning(
                            "\(light.type) program runs as actuated: min/max green per stage from its phases' "
                                + "minDur/maxDur, gap control (max-gap), no stage skipped", at: location))
                }
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
