import Foundation
import Support
import TrafficCore

/// The JSON signal-plan format (Codable).
///
/// ```json
/// {
///   "plans": [
///     { "node": "n_1_1", "cycle_s": 60, "offset_s": 0,
///       "groups": [ { "id": "NS", "green": [[0, 27]] }, { "id": "EW", "green": [[30, 57]] } ] }
///   ]
/// }
/// ```
/// `green` lists effective green intervals `[start, end)` in seconds from the cycle start (end < start wraps
/// around the cycle end). Group IDs are the `signal_group` names used by the node's movements in the network.
///
/// The same document in YAML (a file ending in `.yaml` or `.yml`, see `DocumentFile`):
///
/// ```yaml
/// plans:
///   - node: n_1_1
///     cycle_s: 60
///     offset_s: 0
///     groups:
///       - { id: NS, green: [[0, 27]] }   # north–south
///       - { id: EW, green: [[30, 57]] }
/// ```
public struct SignalPlansDocument: Codable, Sendable, Hashable {
    public struct PlanRecord: Codable, Sendable, Hashable {
        public var node: String
        public var cycle: Double
        public var offset: Double?
        public var groups: [GroupRecord]

        enum CodingKeys: String, CodingKey {
            case node, groups
            case cycle = "cycle_s"
            case offset = "offset_s"
        }
    }

    public struct GroupRecord: Codable, Sendable, Hashable {
        public var id: String
        /// `[[start, end], …]`
        public var green: [[Double]]
    }

    /// A SUMO traffic light's program as an optimiser changed it: the net's phases (same states, same order)
    /// with these durations and this offset — or, when the optimiser inserted phases (an all-red clearance that
    /// RiLSA requires), every phase's SUMO state string in `phaseStates`. Written for SUMO nets, so that a second
    /// step (`--signals`) runs every signal of the light — pedestrian crossings too — exactly as the first step
    /// proposed.
    public struct ProgramRecord: Codable, Sendable, Hashable {
        public var trafficLight: String
        public var offset: Double
        public var phaseDurations: [Double]
        /// One SUMO state string per phase (`"GGrr…"`), when the phases are not the net's.
        public var phaseStates: [String]?

        public init(trafficLight: String, offset: Double, phaseDurations: [Double], phaseStates: [String]? = nil) {
            self.trafficLight = trafficLight
            self.offset = offset
            self.phaseDurations = phaseDurations
            self.phaseStates = phaseStates
        }

        enum CodingKeys: String, CodingKey {
            case trafficLight = "traffic_light"
            case offset = "offset_s"
            case phaseDurations = "phase_durations_s"
            case phaseStates = "phase_states"
        }
    }

    public var plans: [PlanRecord]
    /// Programs of SUMO traffic lights (optional; see `ProgramRecord`).
    public var programs: [ProgramRecord]?

    public init(plans: [PlanRecord], programs: [ProgramRecord]? = nil) {
        self.plans = plans
        self.programs = programs
    }

    /// The document for `plans` on `network`, sorted by node for stable files, with `programs` (by light id)
    /// as `ProgramRecord`s; a program whose phases are not those of its light in `trafficLights` carries its
    /// state strings.
    public init(
        plans: [NodeID: SignalPlan], network: Network, programs: [String: PhaseProgram] = [:],
        trafficLights: [String: SUMOTrafficLight] = [:]
    ) {
        self.programs =
            programs.isEmpty
            ? nil
            : programs.keys.sorted().map { light in
                let program = programs[light]!
                var states: [String]?
                if let layout = trafficLights[light], program.phases.map(\.states) != layout.phases?.phases.map(\.states) {
                    states = SUMOSignalProgramWriter.stateStrings(of: program, layout: layout)?.map { String($0) }
                }
                return ProgramRecord(
                    trafficLight: light, offset: program.offset, phaseDurations: program.phases.map(\.duration),
                    phaseStates: states)
            }
        self.plans = plans.keys.sorted().map { node in
            let plan = plans[node]!
            return PlanRecord(
                node: network[node].id, cycle: plan.cycle, offset: plan.offset,
                groups: plan.groups.map { group in
                    GroupRecord(id: group.id, green: group.greenIntervals.map { [$0.start, $0.end] })
                })
        }
    }

    /// Resolves node IDs against `network`.
    public func plans(for network: Network) throws(SignalPlanError) -> [NodeID: SignalPlan] {
        var result: [NodeID: SignalPlan] = [:]
        for record in plans {
            guard let node = network.node(named: record.node) else { throw .unknownNode(record.node) }
            var groups: [SignalGroup] = []
            for g in record.groups {
                var intervals: [GreenInterval] = []
                for pair in g.green {
                    guard pair.count == 2 else {
                        throw .intervalOutsideCycle(
                            node: record.node, group: g.id, start: pair.first ?? .nan, end: .nan)
                    }
                    intervals.append(GreenInterval(start: pair[0], end: pair[1]))
                }
                groups.append(SignalGroup(id: g.id, greenIntervals: intervals))
            }
            result[node] = SignalPlan(cycle: record.cycle, offset: record.offset ?? 0, groups: groups)
        }
        return result
    }

    /// Reads a signal-plan file: JSON, or YAML with the same keys for `.yaml`/`.yml` (`DocumentFile`).
    public static func load(contentsOf url: URL) throws -> SignalPlansDocument {
        try DocumentFile.decode(SignalPlansDocument.self, from: Data(contentsOf: url), url: url)
    }

    public func jsonData() throws -> Data {
        return try stableJSONEncoder().encode(self)
    }
}
