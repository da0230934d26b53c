import GeoCore
import Testing

@testable import TrafficCore
@testable import TrafficStudies

/// Small hand-checkable networks for the verification tests.
enum TestNetworks {
    struct LinkSpec {
        var id: String
        var length: Double
        var lanes: Int = 1
        var speed: Double = 20
    }

    /// A straight chain of links L0 → L1 → … along the x axis, nodes `c0`, `c1`, …; one movement between
    /// consecutive links, optionally signalised (group `signalGroups[i]` on the movement out of link i).
    static func corridor(
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

    static func corridor(_ links: [LinkSpec], signalGroups: [Int: String] = [:]) throws -> Network {
        var builder = NetworkBuilder()
        try corridor(links, signalGroups: signalGroups, into: &builder)
        return builder.build()
    }
}

extension Network {
    func id(_ name: String) -> LinkID { link(named: name)! }
}

extension SimulationSummary {
    /// The summary without the one field that legitimately differs between identical runs.
    var ignoringWallTime: SimulationSummary {
        var copy = self
        copy.wallTime = 0
        return copy
    }
}
