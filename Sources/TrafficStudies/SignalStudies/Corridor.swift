import Foundation
import Support
import TrafficCore

/// Why a corridor for signal coordination could not be formed; names the nodes concerned.
public enum CorridorError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case noPlan(node: String)
    case tooShort(count: Int)
    /// No straight road leads from one listed node to the next.
    case notConnected(from: String, to: String)
    /// A listed node's through movement in the corridor direction has no signal group.
    case noThroughGroup(node: String)
    /// Offsets need one common cycle.
    case differentCycles([String: Double])

    public var description: String {
        switch self {
        case .unknownNode(let node): "corridor: unknown node '\(node)'"
        case .noPlan(let node): "corridor: node '\(node)' has no signal plan"
        case .tooShort(let count): "corridor: need at least 2 signalised nodes, got \(count)"
        case .notConnected(let from, let to): "corridor: no straight road from node '\(from)' to node '\(to)'"
        case .noThroughGroup(let node): "corridor: the through movement at node '\(node)' is not signalised"
        case .differentCycles(let cycles):
            "corridor: offsets need a common cycle, but the nodes have "
                + cycles.sorted { $0.key < $1.key }.map { "\($0.key): \(NumberFormat.fixed($0.value, 1)) s" }
                .joined(separator: ", ") + " (run --method webster with a common cycle first)"
        }
    }
}

/// An ordered chain of signalised nodes along a road, with the links driven between them in both directions.
///
/// Between two consecutive signalised nodes the road may pass unsignalised nodes: the path follows the
/// straightest continuation (smallest turn) from link to link.
public struct Corridor: Sendable, Hashable {
    public var nodes: [NodeID]
    /// Links driven from node i to node i + 1 (`forward[i]`), and from node i + 1 back to node i
    /// (`backward[i]`, empty when the road is one-way there).
    public var forward: [[LinkID]]
    public var backward: [[LinkID]]

    /// At most this many links are followed between two signalised nodes.
    static let maximumLinksBetweenSignals = 50
    /// Continuations turning more than this (degrees) do not continue a straight road.
    static let maximumStraightTurn = 30.0

    /// The corridor through `names`, in that order.
    public init(nodes names: [String], network: Network, plans: [NodeID: SignalPlan]) throws(CorridorError) {
        var ids: [NodeID] = []
        for name in names {
            guard let id = network.node(named: name) else { throw .unknownNode(name) }
            guard plans[id] != nil else { throw .noPlan(node: name) }
            ids.append(id)
        }
        guard ids.count >= 2 else { throw .tooShort(count: ids.count) }
        let outgoing = Self.outgoingLinks(network)
        var forward: [[LinkID]] = []
        var backward: [[LinkID]] = []
        for (a, b) in zip(ids, ids.dropFirst()) {
            guard let path = Self.straightPath(from: a, to: b, network: network, outgoing: outgoing) else {
                throw .notConnected(from: network[a].id, to: network[b].id)
            }
            forward.append(path)
            backward.append(Self.straightPath(from: b, to: a, network: network, outgoing: outgoing) ?? [])
        }
        self.nodes = ids
        self.forward = forward
        self.backward = backward
    }

    /// The longest straight chain of nodes with plans (most nodes; ties: longer road, then lower node index).
    /// Nil when no two planned nodes are joined by a straight road.
    public static func longest(in network: Network, plans: [NodeID: SignalPlan]) -> Corridor? {
        let outgoing = outgoingLinks(network)
        var best: Corridor?
        var bestLength = 0.0
        for start in plans.keys.sorted() {
            for first in outgoing[start.index] {
                var nodes = [start]
                var forward: [[LinkID]] = []
                var link = first
                var path: [LinkID] = [first]
                var visited: Set<NodeID> = [start]
                while true {
                    let end = network[link].to
                    if plans[end] != nil {
                        guard visited.insert(end).inserted else { break }
                        nodes.append(end)
                        forward.append(path)
                        path = []
                    }
                    guard path.count < maximumLinksBetweenSignals,
                        let next = straightContinuation(of: link, network: network)
                    else { break }
                    link = next
                    path.append(next)
                }
                guard nodes.count >= 2 else { continue }
                let length = forward.joined().reduce(0) { $0 + network[$1].length }
                if let current = best {
                    let better = nodes.count > current.nodes.count
                        || (nodes.count == current.nodes.count && length > bestLength + 1e-9)
                    if !better { continue }
                }
                let backward = zip(nodes, nodes.dropFirst()).map { a, b in
                    straightPath(from: b, to: a, network: network, outgoing: outgoing) ?? []
                }
                best = Corridor(nodes: nodes, forward: forward, backward: backward)
                bestLength = length
            }
        }
        return best
    }

    init(nodes: [NodeID], forward: [[LinkID]], backward: [[LinkID]]) {
        self.nodes = nodes
        self.forward = forward
        self.backward = backward
    }

    /// Cumulative distance of each node from the first along the forward links (m).
    public func distances(in network: Network) -> [Double] {
        var result = [0.0]
        for path in forward { result.append(result.last! + path.reduce(0) { $0 + network[$1].length }) }
        return result
    }

    static func outgoingLinks(_ network: Network) -> [[LinkID]] {
        var result = [[LinkID]](repeating: [], count: network.nodes.count)
        for (i, link) in network.links.enumerated() { result[link.from.index].append(LinkID(i)) }
        return result
    }

    /// The outgoing movement target of `link` that turns least, if it turns at most `maximumStraightTurn`.
    static func straightContinuation(of link: LinkID, network: Network) -> LinkID? {
        var best: (LinkID, Double)?
        for m in network.movements(from: link) {
            let to = network[m].to
            let turn = turnAngle(from: link, to: to, network: network)
            if turn <= maximumStraightTurn, best == nil || turn < best!.1 { best = (to, turn) }
        }
        return best?.0
    }

    /// The movement from `link` whose target turns least (any angle), for the first and last corridor node.
    static func straightestMovement(from link: LinkID, network: Network) -> MovementID? {
        network.movements(from: link).min { a, b in
            turnAngle(from: link, to: network[a].to, network: network)
                < turnAngle(from: link, to: network[b].to, network: network)
        }
    }

    /// The movement into `link` from the incoming link that turns least.
    static func straightestMovement(into link: LinkID, network: Network) -> MovementID? {
        network.movements(into: link).min { a, b in
            turnAngle(from: network[a].from, to: link, network: network)
                < turnAngle(from: network[b].from, to: link, network: network)
        }
    }

    /// Absolute heading change in degrees between the end of `from` and the start of `to` (node positions).
    static func turnAngle(from: LinkID, to: LinkID, network: Network) -> Double {
        let a = network[from]
        let b = network[to]
        let p0 = network[a.from].coordinate
        let p1 = network[a.to].coordinate
        let p2 = network[b.to].coordinate
        let h1 = (p1.y - p0.y, p1.x - p0.x)
        let h2 = (p2.y - p1.y, p2.x - p1.x)
        var delta = abs(atan2Degrees(h2.0, h2.1) - atan2Degrees(h1.0, h1.1))
        if delta > 180 { delta = 360 - delta }
        return delta
    }

    static func atan2Degrees(_ y: Double, _ x: Double) -> Double { atan2(y, x) * 180 / .pi }

    /// Links from node `a` straight on to node `b`, trying every road leaving `a`.
    static func straightPath(from a: NodeID, to b: NodeID, network: Network, outgoing: [[LinkID]]) -> [LinkID]? {
        for first in outgoing[a.index] {
            var path = [first]
            var link = first
            while network[link].to != b {
                guard path.count < maximumLinksBetweenSignals, let next = straightContinuation(of: link, network: network),
                    network[next].to != a
                else { break }
                link = next
                path.append(next)
            }
            if network[link].to == b { return path }
        }
        return nil
    }
}
