import GeoCore
import TrafficCore

/// Small hand-checkable networks for the verification tests.
public enum TestNetworks {
    public struct LinkSpec: Sendable {
        public var id: String
        public var length: Double
        public var lanes: Int
        public var speed: Double

        public init(id: String, length: Double, lanes: Int = 1, speed: Double = 20) {
            self.id = id
            self.length = length
            self.lanes = lanes
            self.speed = speed
        }
    }

    /// A straight chain of links L0 → L1 → … along the x axis, nodes `c0`, `c1`, …; one movement between
    /// consecutive links, optionally signalised (group `signalGroups[i]` on the movement out of link i).
    public static func corridor(
        _ links: [LinkSpec], prefix: String = "", signalGroups: [Int: String] = [:],
        into builder: inout NetworkBuilder, y: Double = 0
    ) throws {
        var x = 0.0
        try builder.addNode("\(prefix)c0", at: Coordinate(x, y))
        for (i, spec) in links.enumerated() {
            x += spec.length
            try builder.addNode("\(prefix)c\(i + 1)", at: Coordinate(x, y))
            try builder.addLink(
                spec.id, from: "\(prefix)c\(i)", to: "\(prefix)c\(i + 1)", length: spec.length, lanes: spec.lanes,
                freeFlowSpeed: spec.speed)
        }
        for i in links.indices.dropLast() {
            try builder.addMovement(from: links[i].id, to: links[i + 1].id, signalGroup: signalGroups[i])
        }
    }

    public static func corridor(_ links: [LinkSpec], signalGroups: [Int: String] = [:]) throws -> Network {
        var builder = NetworkBuilder()
        try corridor(links, signalGroups: signalGroups, into: &builder)
        return builder.build()
    }
}

extension Network {
    /// The link named `name`, which the test knows is there.
    public func id(_ name: String) -> LinkID { link(named: name)! }
}

extension SimulationSummary {
    /// The summary without the one field that legitimately differs between identical runs.
    public var ignoringWallTime: SimulationSummary {
        var copy = self
        copy.wallTime = 0
        return copy
    }
}
