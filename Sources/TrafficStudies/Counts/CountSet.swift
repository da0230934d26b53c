import TrafficCore

/// A count's target as the network knows it: the link, or the movement of a turn.
public enum ResolvedCountTarget: Sendable, Hashable {
    case link(LinkID)
    case movement(MovementID)
}

/// Counts checked against a network, ready to compare with a simulation.
///
/// Link ids are resolved with `Network.link(named:)` and turns with `Network.movement(from:to:)`. The counts
/// of one station and target must not overlap in time (two stations may count the same link: they stay two
/// series). Counts are kept sorted by station, target and begin (file order among equals), so that outputs
/// built from them are in a stable order.
public struct CountSet: Sendable {
    /// The counts, sorted by station, target and begin.
    public let counts: [TrafficCount]
    /// `targets[i]` is where `counts[i]` counted, in the network.
    public let targets: [ResolvedCountTarget]

    /// Resolves and checks `counts` (from any reader, or several) against `network`.
    ///
    /// - Throws: `CountError.unknownLink`, `.unknownTurn` for a target the network lacks;
    ///   `.overlappingIntervals` for two counts of one station and target that overlap (naming both).
    public init(_ counts: [TrafficCount], network: Network) throws(CountError) {
        let sorted = counts.enumerated().sorted { a, b in
            (a.element.station, a.element.target, a.element.begin, a.offset)
                < (b.element.station, b.element.target, b.element.begin, b.offset)
        }.map(\.element)
        var targets: [ResolvedCountTarget] = []
        targets.reserveCapacity(sorted.count)
        for (i, count) in sorted.enumerated() {
            if i > 0, sorted[i - 1].station == count.station, sorted[i - 1].target == count.target,
                count.begin < sorted[i - 1].end
            {
                throw .overlappingIntervals(
                    station: count.station, target: count.target, at: count.location,
                    previous: sorted[i - 1].location)
            }
            targets.append(try Self.resolve(count, in: network))
        }
        self.counts = sorted
        self.targets = targets
    }

    /// Counts already checked and sorted, with their resolved targets (the aggregation's result).
    init(checked counts: [TrafficCount], targets: [ResolvedCountTarget]) {
        precondition(counts.count == targets.count)
        self.counts = counts
        self.targets = targets
    }

    /// The hourly flow of every count (`TrafficCount.hourlyFlow`), parallel to `counts`.
    public var hourlyFlows: [Double] { counts.map(\.hourlyFlow) }

    static func resolve(_ count: TrafficCount, in network: Network) throws(CountError) -> ResolvedCountTarget {
        func link(_ name: String) throws(CountError) -> LinkID {
            guard let id = network.link(named: name) else { throw .unknownLink(name, at: count.location) }
            return id
        }
        switch count.target {
        case .link(let name):
            return .link(try link(name))
        case .turn(let from, let to):
            guard let movement = network.movement(from: try link(from), to: try link(to)) else {
                throw .unknownTurn(from: from, to: to, at: count.location)
            }
            return .movement(movement)
        }
    }
}
