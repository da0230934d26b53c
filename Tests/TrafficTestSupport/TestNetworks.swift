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

    /// A diamond S → s, then the short branch via P (sP, Pt: 2 × 500 m at `pSpeed`) or the long one via Q
    /// (sQ, Qt: 2 × 800 m), → t → T; `in` and `out` 100 m; 10 m/s; every movement at s, P, Q and t. At
    /// free flow the router picks P (100 s vs 160 s on the middle links).
    public static func diamond(pSpeed: Double = 10) throws -> Network {
        var b = NetworkBuilder()
        for (id, x, y) in [("S", 0.0, 0.0), ("s", 100, 0), ("P", 500, 300), ("Q", 500, -600), ("t", 900, 0), ("T", 1000, 0)] {
            try b.addNode(id, at: Coordinate(x, y))
        }
        try b.addLink("in", from: "S", to: "s", length: 100, freeFlowSpeed: 10)
        try b.addLink("sP", from: "s", to: "P", length: 500, freeFlowSpeed: pSpeed)
        try b.addLink("Pt", from: "P", to: "t", length: 500, freeFlowSpeed: pSpeed)
        try b.addLink("sQ", from: "s", to: "Q", length: 800, freeFlowSpeed: 10)
        try b.addLink("Qt", from: "Q", to: "t", length: 800, freeFlowSpeed: 10)
        try b.addLink("out", from: "t", to: "T", length: 100, freeFlowSpeed: 10)
        for n in ["s", "P", "Q", "t"] { try b.addAllMovements(at: n) }
        return b.build()
    }

    public static func corridor(_ links: [LinkSpec], signalGroups: [Int: String] = [:]) throws -> Network {
        var builder = NetworkBuilder()
        try corridor(links, signalGroups: signalGroups, into: &builder)
        return builder.build()
    }

    /// Four ring links of 20 m (3 vehicles each) r0 → r1 → r2 → r3 → r0, an on-ramp of 100 m into each.
    public static func ring(into builder: inout NetworkBuilder) throws {
        let corners = [Coordinate(0, 0), Coordinate(20, 0), Coordinate(20, 20), Coordinate(0, 20)]
        for (i, c) in corners.enumerated() {
            try builder.addNode("r\(i)", at: c)
            try builder.addNode("o\(i)", at: Coordinate(c.x * 6 - 50, c.y * 6 - 50))
        }
        for i in 0..<4 {
            try builder.addLink("ring\(i)", from: "r\(i)", to: "r\((i + 1) % 4)", length: 20, freeFlowSpeed: 10)
            try builder.addLink("ramp\(i)", from: "o\(i)", to: "r\(i)", length: 100, freeFlowSpeed: 10)
        }
        for i in 0..<4 {
            try builder.addMovement(from: "ring\(i)", to: "ring\((i + 1) % 4)")
            try builder.addMovement(from: "ramp\(i)", to: "ring\(i)")
        }
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
