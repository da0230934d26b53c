import GeoCore

/// Builds a `Network` element by element, validating each addition.
///
/// ```swift
/// var builder = NetworkBuilder()
/// try builder.addNode("A", at: Coordinate(0, 0))
/// try builder.addNode("B", at: Coordinate(1000, 0))
/// try builder.addLink("A-B", from: "A", to: "B", freeFlowSpeed: 20)   // length from the coordinates
/// let network = builder.build()
/// ```
/// Every failure is a `NetworkError` naming the element (duplicate or unknown IDs, non-positive length,
/// lanes, speed or capacity, movements that do not connect at a node).
public struct NetworkBuilder: Sendable {
    /// Longest link accepted (m): 1 000 km. A longer one is a unit or typing error, and its storage would not fit
    /// the engine's counters.
    public static let longestLink = 1_000_000.0
    /// Most lanes a link may have.
    public static let mostLanes = 64
    /// Fastest free-flow speed accepted (m/s): 150 m/s = 540 km/h.
    public static let fastestSpeed = 150.0

    /// Saturation flow per lane (veh/h) used for the default link capacity (lanes × this). Source: DOMAIN.md,
    /// "about 1800 veh/h per lane (2 s headway) unless measured".
    public var saturationFlowPerLane: Double = 1800
    /// Default jam density in veh/km per lane.
    public var defaultJamDensity: Double = 150

    private var nodes: [Node] = []
    private var links: [Link] = []
    private var movements: [Movement] = []
    private var nodeIndex: [String: NodeID] = [:]
    private var linkIndex: [String: LinkID] = [:]
    /// Movement index by (from link << 32 | to link).
    private var movementKeys: [Int64: Int] = [:]

    public init() {}

    public var nodeCount: Int { nodes.count }

    func nodeCoordinate(_ node: NodeID) -> Coordinate { nodes[node.index].coordinate }
    func movement(_ m: MovementID) -> Movement { movements[m.index] }
    func link(_ l: LinkID) -> Link { links[l.index] }
    var movementCount: Int { movements.count }
    public var linkCount: Int { links.count }

    public func nodeID(_ id: String) -> NodeID? { nodeIndex[id] }
    public func linkID(_ id: String) -> LinkID? { linkIndex[id] }

    @discardableResult
    public mutating func addNode(_ id: String, at coordinate: Coordinate) throws(NetworkError) -> NodeID {
        guard !id.isEmpty else { throw .emptyIdentifier(kind: "node") }
        guard nodeIndex[id] == nil else { throw .duplicateNode(id) }
        let nodeID = NodeID(nodes.count)
        nodes.append(Node(id: id, coordinate: coordinate))
        nodeIndex[id] = nodeID
        return nodeID
    }

    /// Adds a directed link.
    ///
    /// - Parameters:
    ///   - length: metres; `nil` takes the length of `geometry` (or of the straight line between the nodes),
    ///     which assumes a planar CRS in metres.
    ///   - capacity: veh/h over all lanes; `nil` means lanes × `saturationFlowPerLane`.
    ///   - jamDensity: veh/km per lane; `nil` means `defaultJamDensity`.
    ///   - geometry: polyline from the `from` node to the `to` node; `nil` means the straight line.
    @discardableResult
    public mutating func addLink(
        _ id: String, from: String, to: String, length: Double? = nil, lanes: Int = 1, freeFlowSpeed: Double,
        capacity: Double? = nil, jamDensity: Double? = nil, geometry: [Coordinate]? = nil
    ) throws(NetworkError) -> LinkID {
        guard !id.isEmpty else { throw .emptyIdentifier(kind: "link") }
        guard linkIndex[id] == nil else { throw .duplicateLink(id) }
        guard let fromID = nodeIndex[from] else { throw .unknownNode(from, referencedBy: "link '\(id)'") }
        guard let toID = nodeIndex[to] else { throw .unknownNode(to, referencedBy: "link '\(id)'") }
        guard fromID != toID else { throw .selfLoop(link: id) }
        let line = geometry ?? [nodes[fromID.index].coordinate, nodes[toID.index].coordinate]
        let resolvedLength = length ?? Self.polylineLength(line)
        guard resolvedLength > 0, resolvedLength <= NetworkBuilder.longestLink else {
            throw .invalidLength(link: id, length: resolvedLength)
        }
        guard lanes >= 1, lanes <= NetworkBuilder.mostLanes else { throw .invalidLanes(element: "link '\(id)'", lanes: lanes) }
        guard freeFlowSpeed > 0, freeFlowSpeed <= NetworkBuilder.fastestSpeed else {
            throw .invalidSpeed(link: id, speed: freeFlowSpeed)
        }
        let resolvedCapacity = capacity ?? Double(lanes) * saturationFlowPerLane
        guard resolvedCapacity > 0, resolvedCapacity.isFinite else {
            throw .invalidCapacity(link: id, capacity: resolvedCapacity)
        }
        let jam = jamDensity ?? defaultJamDensity
        let link = Link(
            id: id, from: fromID, to: toID, length: resolvedLength, lanes: lanes, freeFlowSpeed: freeFlowSpeed,
            capacity: resolvedCapacity, jamDensity: jam, geometry: line)
        guard jam * Double(lanes) > link.criticalDensity else {
            throw .invalidJamDensity(link: id, jamDensity: jam, criticalDensity: link.criticalDensity)
        }
        let linkID = LinkID(links.count)
        links.append(link)
        linkIndex[id] = linkID
        return linkID
    }

    /// Adds a turning movement from `from` to `to`; the links must meet at a node.
    ///
    /// - Parameter lanes: `nil` means min(lanes of `from`, lanes of `to`).
    @discardableResult
    public mutating func addMovement(
        from: String, to: String, lanes: Int? = nil, signalGroup: String? = nil
    ) throws(NetworkError) -> MovementID {
        let label = "movement '\(from)' → '\(to)'"
        guard let fromID = linkIndex[from] else { throw .unknownLink(from, referencedBy: label) }
        guard let toID = linkIndex[to] else { throw .unknownLink(to, referencedBy: label) }
        let fromLink = links[fromID.index]
        let toLink = links[toID.index]
        guard fromLink.to == toLink.from else { throw .disconnectedMovement(from: from, to: to) }
        let key = Int64(fromID.rawValue) << 32 | Int64(toID.rawValue)
        guard movementKeys[key] == nil else { throw .duplicateMovement(from: from, to: to) }
        let resolvedLanes = lanes ?? min(fromLink.lanes, toLink.lanes)
        guard resolvedLanes >= 1 else { throw .invalidLanes(element: label, lanes: resolvedLanes) }
        let movementID = MovementID(movements.count)
        movements.append(Movement(from: fromID, to: toID, lanes: resolvedLanes, signalGroup: signalGroup))
        movementKeys[key] = movementID.index
        return movementID
    }

    /// Sets the lanes movement `m` leaves from and leads onto (`Movement.fromLanes`, `toLanes`): positions among
    /// the from-link's and the to-link's lanes.
    /// `connections`: pairs (from-lane, to-lane) of the lanes joined, as SUMO's `<connection fromLane toLane>`.
    public mutating func setLaneUse(_ m: MovementID, connections: [(from: Int, to: Int)]) throws(NetworkError) {
        let movement = movements[m.index]
        let label = "'\(links[movement.from.index].id)' → '\(links[movement.to.index].id)'"
        let fromLink = links[movement.from.index]
        let toLink = links[movement.to.index]
        guard !connections.isEmpty else { throw .invalidLaneConnection(movement: label, reason: "are empty") }
        for (from, to) in connections {
            guard from >= 0, from < fromLink.lanes else {
                throw .invalidLaneConnection(
                    movement: label, reason: "name lane \(from) of '\(fromLink.id)', which has lanes 0 to \(fromLink.lanes - 1)")
            }
            guard to >= 0, to < toLink.lanes else {
                throw .invalidLaneConnection(
                    movement: label, reason: "name lane \(to) of '\(toLink.id)', which has lanes 0 to \(toLink.lanes - 1)")
            }
        }
        let fromLanes = Set(connections.map(\.from)).sorted()
        movements[m.index].fromLanes = fromLanes
        movements[m.index].laneConnections = fromLanes.map { lane in
            Set(connections.filter { $0.from == lane }.map(\.to)).sorted()
        }
    }

    /// Puts a stop sign on movement `m` (`Movement.stopSign`): its vehicles stop at the stop line every time.
    public mutating func setStopSign(_ m: MovementID, _ stop: Bool = true) {
        movements[m.index].stopSign = stop
    }

    /// Sets the way through the junction of movement `m` (`Movement.passageLength`, `passageTime`).
    public mutating func setPassage(_ m: MovementID, length: Double, time: Double) throws(NetworkError) {
        let movement = movements[m.index]
        guard length.isFinite, length >= 0, time.isFinite, time >= 0 else {
            throw .invalidPassage(
                movement: "'\(links[movement.from.index].id)' → '\(links[movement.to.index].id)'", length: length,
                time: time)
        }
        movements[m.index].passageLength = length
        movements[m.index].passageTime = time
    }

    /// Makes movement `minor` yield to movement `major` (same node): a vehicle of `minor` goes only through a gap
    /// in `major`'s traffic — on `lanes` of the major's lanes (nil: all of them; at least 1). Adding the same
    /// pair twice keeps the larger number of lanes.
    public mutating func addYield(minor: MovementID, major: MovementID, lanes: Int? = nil) throws(NetworkError) {
        func label(_ m: MovementID) -> String {
            guard m.index >= 0 && m.index < movements.count else { return "#\(m.rawValue)" }
            return "'\(links[movements[m.index].from.index].id)' → '\(links[movements[m.index].to.index].id)'"
        }
        guard minor.index >= 0 && minor.index < movements.count && major.index >= 0 && major.index < movements.count
        else { throw .invalidYield(minor: label(minor), major: label(major), reason: "no such movement") }
        guard minor != major else {
            throw .invalidYield(minor: label(minor), major: label(major), reason: "it is the same movement")
        }
        let minorNode = links[movements[minor.index].from.index].to
        let majorNode = links[movements[major.index].from.index].to
        guard minorNode == majorNode else {
            throw .invalidYield(
                minor: label(minor), major: label(major),
                reason: "they are at different nodes ('\(nodes[minorNode.index].id)', '\(nodes[majorNode.index].id)')")
        }
        let count = min(max(lanes ?? Int.max, 1), movements[major.index].lanes)
        if let k = movements[minor.index].yieldsTo.firstIndex(of: major) {
            movements[minor.index].yieldLanes[k] = max(movements[minor.index].yieldLanes[k], count)
        } else {
            movements[minor.index].yieldsTo.append(major)
            movements[minor.index].yieldLanes.append(count)
        }
    }

    /// Makes the movement `minorFrom` → `minorTo` yield to `majorFrom` → `majorTo` (link IDs).
    public mutating func addYield(
        minorFrom: String, minorTo: String, majorFrom: String, majorTo: String, lanes: Int? = nil
    ) throws(NetworkError) {
        func find(_ from: String, _ to: String) throws(NetworkError) -> MovementID {
            let label = "yield of '\(minorFrom)' → '\(minorTo)' to '\(majorFrom)' → '\(majorTo)'"
            guard let f = linkIndex[from] else { throw .unknownLink(from, referencedBy: label) }
            guard let t = linkIndex[to] else { throw .unknownLink(to, referencedBy: label) }
            guard let m = movementKeys[Int64(f.rawValue) << 32 | Int64(t.rawValue)] else {
                throw .invalidYield(
                    minor: "'\(minorFrom)' → '\(minorTo)'", major: "'\(majorFrom)' → '\(majorTo)'",
                    reason: "there is no movement '\(from)' → '\(to)'")
            }
            return MovementID(m)
        }
        try addYield(minor: find(minorFrom, minorTo), major: find(majorFrom, majorTo), lanes: lanes)
    }

    /// Adds every movement from an incoming to an outgoing link of `node` that does not exist yet.
    ///
    /// - Parameters:
    ///   - allowUTurns: when false, skips outgoing links that lead back to the incoming link's start node.
    ///   - signalGroup: chooses the signal group of each movement (incoming link, outgoing link); `nil` leaves
    ///     it unsignalised.
    public mutating func addAllMovements(
        at node: String, allowUTurns: Bool = false, signalGroup: (Link, Link) -> String? = { _, _ in nil }
    ) throws(NetworkError) {
        guard let nodeID = nodeIndex[node] else { throw .unknownNode(node, referencedBy: "addAllMovements") }
        let incoming = links.indices.filter { links[$0].to == nodeID }
        let outgoing = links.indices.filter { links[$0].from == nodeID }
        for i in incoming {
            for o in outgoing {
                if !allowUTurns && links[o].to == links[i].from { continue }
                let key = Int64(i) << 32 | Int64(o)
                if movementKeys[key] != nil { continue }
                try addMovement(from: links[i].id, to: links[o].id, signalGroup: signalGroup(links[i], links[o]))
            }
        }
    }

    /// The network; all elements were validated as they were added.
    public func build() -> Network {
        Network(nodes: nodes, links: links, movements: movements, nodeIndex: nodeIndex, linkIndex: linkIndex)
    }

    package static func polylineLength(_ line: [Coordinate]) -> Double {
        var total = 0.0
        for i in line.indices.dropFirst() {
            let dx = line[i].x - line[i - 1].x
            let dy = line[i].y - line[i - 1].y
            total += (dx * dx + dy * dy).squareRoot()
        }
        return total
    }
}
