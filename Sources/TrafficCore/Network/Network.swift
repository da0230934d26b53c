import GeoCore

/// A road network: nodes, directed links and turning movements in contiguous arrays indexed by typed IDs.
///
/// Build one with `NetworkBuilder` (the importers and network files of TrafficStudies use it too). Adjacency is
/// kept in compressed-sparse-row form so the simulation and the router never look anything up by name.
public struct Network: Sendable {
    public let nodes: [Node]
    public let links: [Link]
    public let movements: [Movement]

    let nodeIndex: [String: NodeID]
    let linkIndex: [String: LinkID]
    // CSR: movements leaving each link (by `from`), movements entering each link (by `to`). The adjacency
    // accessors below are inlinable: importers, studies and the parking search call them in loops from other
    // modules (measured, bench/RESULTS.md).
    @usableFromInline package let outgoingStart: [Int32]
    @usableFromInline package let outgoingMovements: [MovementID]
    @usableFromInline let incomingStart: [Int32]
    @usableFromInline let incomingMovements: [MovementID]
    // CSR: links ending at each node.
    @usableFromInline let nodeIncomingStart: [Int32]
    @usableFromInline let nodeIncomingLinks: [LinkID]

    init(
        nodes: [Node], links: [Link], movements: [Movement], nodeIndex: [String: NodeID],
        linkIndex: [String: LinkID]
    ) {
        self.nodes = nodes
        self.links = links
        self.movements = movements
        self.nodeIndex = nodeIndex
        self.linkIndex = linkIndex
        (outgoingStart, outgoingMovements) = Self.csr(
            count: links.count, keys: movements.map { $0.from.index }, values: movements.indices.map(MovementID.init))
        (incomingStart, incomingMovements) = Self.csr(
            count: links.count, keys: movements.map { $0.to.index }, values: movements.indices.map(MovementID.init))
        (nodeIncomingStart, nodeIncomingLinks) = Self.csr(
            count: nodes.count, keys: links.map { $0.to.index }, values: links.indices.map(LinkID.init))
    }

    /// Groups `values` by `keys` (0 ..< count), keeping the input order within a group (counting sort).
    private static func csr<T>(count: Int, keys: [Int], values: [T]) -> ([Int32], [T]) {
        var start = [Int32](repeating: 0, count: count + 1)
        for k in keys { start[k + 1] += 1 }
        for i in 0..<count { start[i + 1] += start[i] }
        var cursor = start
        var ordered = [T?](repeating: nil, count: values.count)
        for (k, v) in zip(keys, values) {
            ordered[Int(cursor[k])] = v
            cursor[k] += 1
        }
        return (start, ordered.map { $0! })
    }

    @inlinable public subscript(node: NodeID) -> Node { nodes[node.index] }
    @inlinable public subscript(link: LinkID) -> Link { links[link.index] }
    @inlinable public subscript(movement: MovementID) -> Movement { movements[movement.index] }

    /// The node with external ID `id`. - Complexity: O(1) hash lookup; not for hot loops.
    public func node(named id: String) -> NodeID? { nodeIndex[id] }
    /// The link with external ID `id`. - Complexity: O(1) hash lookup; not for hot loops.
    public func link(named id: String) -> LinkID? { linkIndex[id] }

    /// Movements out of `link` (toward the links it feeds).
    @inlinable public func movements(from link: LinkID) -> ArraySlice<MovementID> {
        outgoingMovements[Int(outgoingStart[link.index])..<Int(outgoingStart[link.index + 1])]
    }

    /// Movements into `link`.
    @inlinable public func movements(into link: LinkID) -> ArraySlice<MovementID> {
        incomingMovements[Int(incomingStart[link.index])..<Int(incomingStart[link.index + 1])]
    }

    /// Links ending at `node`.
    @inlinable public func incomingLinks(of node: NodeID) -> ArraySlice<LinkID> {
        nodeIncomingLinks[Int(nodeIncomingStart[node.index])..<Int(nodeIncomingStart[node.index + 1])]
    }

    /// The movement from `from` to `to`, if any. - Complexity: O(out-degree of `from`).
    public func movement(from: LinkID, to: LinkID) -> MovementID? {
        movements(from: from).first { movements[$0.index].to == to }
    }

    /// The node where a movement takes place (end of its from-link).
    @inlinable public func node(of movement: MovementID) -> NodeID { links[movements[movement.index].from.index].to }

    /// Signal groups named by movements at `node`, sorted; empty for an unsignalised node.
    public func signalGroups(at node: NodeID) -> [String] {
        var groups = Set<String>()
        for l in incomingLinks(of: node) {
            for m in movements(from: l) { if let g = movements[m.index].signalGroup { groups.insert(g) } }
        }
        return groups.sorted()
    }

    /// True when any movement at `node` has a signal group.
    public func isSignalised(_ node: NodeID) -> Bool { !signalGroups(at: node).isEmpty }

    /// Nodes with at least one signalised movement.
    public var signalisedNodes: [NodeID] { nodes.indices.map(NodeID.init).filter(isSignalised) }

    /// Total link length in km (the denominator of network density and flow).
    public var totalLengthKm: Double { links.reduce(0) { $0 + $1.length } / 1000 }

    /// The bounding box of all link geometries and nodes.
    public var envelope: Envelope? {
        Envelope(covering: nodes.map(\.coordinate) + links.flatMap(\.geometry))
    }
}

extension Network: Equatable {
    /// Two networks are equal when their elements are; derived indexes follow from those.
    public static func == (a: Network, b: Network) -> Bool {
        a.nodes == b.nodes && a.links == b.links && a.movements == b.movements
    }
}
