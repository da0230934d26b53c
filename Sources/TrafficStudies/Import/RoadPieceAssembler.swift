import GeoCore
import TrafficCore

/// A road section in the working CRS, as GIS and OSM importers hand it over: one polyline that becomes one
/// link per permitted direction.
struct RoadPiece {
    enum Direction { case both, forward, backward }

    /// The feature or way it comes from (key of `ImportedNetwork.sourceLinks`).
    var sourceID: String
    /// Id of the link along the geometry; the link against it is `"-" + linkID` (netconvert's convention).
    var linkID: String
    /// Planar coordinates (metres), at least two.
    var line: [Coordinate]
    /// Node ids for the first and last vertex; `nil` snaps the vertex to a node within the tolerance.
    var fromNode: String?
    var toNode: String?
    var direction: Direction
    var forwardLanes: Int
    var backwardLanes: Int
    /// m/s, per direction.
    var forwardSpeed: Double
    var backwardSpeed: Double
    /// veh/h per direction; `nil` means lanes × `LinkDefaults.capacityPerLane` at the direction's speed.
    var capacity: Double?
    var location: ImportLocation
    /// Priority at unsignalised junctions: lower gives way to higher, equal ranks follow the priority rule
    /// (`JunctionControl.priority`).
    var rank = 0
}

/// Turns road pieces into a network: nodes at the ends (named, or snapped within a tolerance on a grid
/// hash), links per direction with lengths measured along the planar polyline, and every turn at every node
/// except U-turns, with who gives way to whom derived from the geometry and the pieces' ranks
/// (`NetworkBuilder.deriveYields`).
struct RoadPieceAssembler {
    let snapTolerance: Double
    let allowUTurns: Bool
    let linkDefaults: LinkDefaults
    private var builder: NetworkBuilder
    private var nodeNames: [String] = []
    private var nodePositions: [Coordinate] = []
    private var nodeByName: [String: Int] = [:]
    /// Grid cells of size `snapTolerance` → nodes in them (for snapping).
    private var grid: [GridCell: [Int]] = [:]
    private var nextSnapName = 0
    private(set) var sourceLinks: [String: [LinkID]] = [:]
    /// The link in the opposite direction on the same piece, for both links of a two-way piece.
    private var twin: [LinkID: LinkID] = [:]
    /// Priority rank of each link (its piece's).
    private var rank: [String: Int] = [:]

    private struct GridCell: Hashable {
        var x: Int64
        var y: Int64
    }

    init(snapTolerance: Double, allowUTurns: Bool, linkDefaults: LinkDefaults) {
        self.snapTolerance = snapTolerance
        self.allowUTurns = allowUTurns
        self.linkDefaults = linkDefaults
        builder = linkDefaults.builder
    }

    private func cell(_ c: Coordinate) -> GridCell {
        let size = max(snapTolerance, 1e-9)
        func index(_ v: Double) -> Int64 { Int64(min(max((v / size).rounded(.down), -9e18), 9e18)) }
        return GridCell(x: index(c.x), y: index(c.y))
    }

    private mutating func register(_ name: String, at position: Coordinate) -> Int {
        let index = nodeNames.count
        nodeNames.append(name)
        nodePositions.append(position)
        nodeByName[name] = index
        grid[cell(position), default: []].append(index)
        return index
    }

    /// The node for an end vertex: the named one (which must lie within the tolerance), else the nearest node
    /// within the tolerance, else a new node `n<k>`.
    private mutating func node(named name: String?, at position: Coordinate, for piece: RoadPiece) throws(ImportError)
        -> Int
    {
        if let name {
            guard let existing = nodeByName[name] else { return register(name, at: position) }
            let d = distance(nodePositions[existing], position)
            guard d <= snapTolerance else {
                throw .invalidGeometry(
                    "end vertex lies \(rounded(d)) m from node '\(name)' (snap tolerance \(snapTolerance) m)",
                    at: piece.location)
            }
            return existing
        }
        let home = cell(position)
        var best: (index: Int, distance: Double)?
        for dx in -1...1 {
            for dy in -1...1 {
                for index in grid[GridCell(x: home.x + Int64(dx), y: home.y + Int64(dy))] ?? [] {
                    let d = distance(nodePositions[index], position)
                    if d <= snapTolerance, d < best?.distance ?? .infinity { best = (index, d) }
                }
            }
        }
        if let best { return best.index }
        while nodeByName["n\(nextSnapName)"] != nil { nextSnapName += 1 }
        defer { nextSnapName += 1 }
        return register("n\(nextSnapName)", at: position)
    }

    /// Adds the piece's links (and its end nodes). A piece whose ends fall on one node is split at its middle
    /// vertex into `<id>#0` and `<id>#1`, since a link cannot start and end at the same node.
    mutating func add(_ piece: RoadPiece) throws(ImportError) {
        guard piece.line.count >= 2 else { throw .invalidGeometry("fewer than two vertices", at: piece.location) }
        guard piece.line.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw .invalidGeometry("a coordinate that is not a finite number", at: piece.location)
        }
        var line = piece.line
        let from = try node(named: piece.fromNode, at: line[0], for: piece)
        let to = try node(named: piece.toNode, at: line[line.count - 1], for: piece)
        // Ends move onto their nodes, so links meet exactly.
        line[0] = nodePositions[from]
        line[line.count - 1] = nodePositions[to]
        if from == to {
            guard line.count >= 3 else {
                throw .invalidGeometry(
                    "both ends on node '\(nodeNames[from])' and no vertex between", at: piece.location)
            }
            let middle = line.count / 2
            let split = register("\(piece.linkID)#mid", at: line[middle])
            try addLinks(piece, suffix: "#0", line: Array(line[...middle]), from: from, to: split)
            try addLinks(piece, suffix: "#1", line: Array(line[middle...]), from: split, to: to)
        } else {
            try addLinks(piece, suffix: "", line: line, from: from, to: to)
        }
    }

    private mutating func addLinks(_ piece: RoadPiece, suffix: String, line: [Coordinate], from: Int, to: Int)
        throws(ImportError)
    {
        let length = NetworkBuilder.polylineLength(line)
        guard length > 0 else { throw .invalidGeometry("zero length", at: piece.location) }
        do throws(NetworkError) {
            for name in [nodeNames[from], nodeNames[to]] where builder.nodeID(name) == nil {
                try builder.addNode(name, at: nodePositions[nodeByName[name]!])
            }
            var forward: LinkID?
            if piece.direction != .backward {
                let id = try builder.addLink(
                    piece.linkID + suffix, from: nodeNames[from], to: nodeNames[to], length: length,
                    lanes: piece.forwardLanes, freeFlowSpeed: piece.forwardSpeed,
                    capacity: piece.capacity ?? Double(piece.forwardLanes)
                        * linkDefaults.capacityPerLane(freeFlowSpeed: piece.forwardSpeed),
                    geometry: line)
                sourceLinks[piece.sourceID, default: []].append(id)
                rank[piece.linkID + suffix] = piece.rank
                forward = id
            }
            if piece.direction != .forward {
                let id = try builder.addLink(
                    "-" + piece.linkID + suffix, from: nodeNames[to], to: nodeNames[from], length: length,
                    lanes: piece.backwardLanes, freeFlowSpeed: piece.backwardSpeed,
                    capacity: piece.capacity ?? Double(piece.backwardLanes)
                        * linkDefaults.capacityPerLane(freeFlowSpeed: piece.backwardSpeed),
                    geometry: line.reversed())
                sourceLinks[piece.sourceID, default: []].append(id)
                rank["-" + piece.linkID + suffix] = piece.rank
                if let forward {
                    twin[forward] = id
                    twin[id] = forward
                }
            }
        } catch {
            throw .network(error, at: piece.location)
        }
    }

    /// Whether a link of that id was added.
    func hasLink(_ id: String) -> Bool { builder.linkID(id) != nil }

    /// The network with every turn from each incoming to each outgoing link of a node, except U-turns unless
    /// `allowUTurns`. A U-turn is the turn onto the opposite direction of the same piece; turning back over a
    /// *different* piece between the same two nodes (the halves of a split roundabout, parallel roads) is a
    /// turn like any other.
    /// - Complexity: O(Σ in-degree × out-degree) over the nodes.
    /// - Parameters:
    ///   - stopLinks: links whose movements have a stop sign (`Movement.stopSign`).
    ///   - stopNodes: nodes with a stop sign: the movements from their approaches of lower rank than the node's
    ///     highest have one (where every approach has the same rank, the movements that give way), every movement
    ///     when the value is true (an all-way stop).
    func build(stopLinks: Set<String> = [], stopNodes: [String: Bool] = [:]) throws(ImportError)
        -> (Network, [String: LinkID])
    {
        var builder = self.builder
        let links = builder.build().links
        var incoming: [NodeID: [Int]] = [:]
        var outgoing: [NodeID: [Int]] = [:]
        for (i, link) in links.enumerated() {
            incoming[link.to, default: []].append(i)
            outgoing[link.from, default: []].append(i)
        }
        for node in incoming.keys.sorted() {
            for i in incoming[node]! {
                for o in outgoing[node] ?? []
                where allowUTurns || twin[LinkID(rawValue: Int32(i))] != LinkID(rawValue: Int32(o)) {
                    do throws(NetworkError) {
                        try builder.addMovement(from: links[i].id, to: links[o].id)
                    } catch {
                        throw .network(error, at: nil)
                    }
                }
            }
        }
        // Who gives way where: by the pieces' ranks, right before left between equal slow roads.
        do throws(NetworkError) {
            try builder.deriveYields { _ in
                .priority(
                    rank: { [rank] link in rank[link.id] ?? 0 },
                    rightBeforeLeftSpeed: JunctionControl.defaultRightBeforeLeftSpeed)
            }
        } catch {
            throw .network(error, at: nil)
        }
        if !stopLinks.isEmpty || !stopNodes.isEmpty {
            let draft = builder.build()
            var ranks: [NodeID: (low: Int, high: Int)] = [:]
            for link in draft.links {
                let r = rank[link.id] ?? 0
                let known = ranks[link.to] ?? (r, r)
                ranks[link.to] = (min(known.low, r), max(known.high, r))
            }
            for (i, m) in draft.movements.enumerated() {
                let from = draft.links[m.from.index]
                var stop = stopLinks.contains(from.id)
                if let all = stopNodes[draft.nodes[from.to.index].id], let node = ranks[from.to] {
                    let r = rank[from.id] ?? 0
                    stop = stop || all || (node.low < node.high ? r < node.high : !m.yieldsTo.isEmpty)
                }
                if stop { builder.setStopSign(MovementID(i)) }
            }
        }
        let network = builder.build()
        var ids: [String: LinkID] = [:]
        for (i, link) in network.links.enumerated() { ids[link.id] = LinkID(rawValue: Int32(i)) }
        return (network, ids)
    }

    private func distance(_ a: Coordinate, _ b: Coordinate) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
