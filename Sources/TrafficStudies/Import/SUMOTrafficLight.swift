import Foundation
import GeoCore
import Support
import TrafficCore

/// A SUMO traffic light as its net defines it, kept by the importer (`ImportedNetwork.trafficLights`) so
/// that programs written for it drop into the same net (`SUMOSignalProgramWriter`) and proposals can be
/// checked against the junctions' conflict matrices (`SignalSafety`).
public struct SUMOTrafficLight: Sendable, Hashable {
    /// The program as read, with one group per link index (`"<tl>:<i>"`, i = 0 ..< `linkCount`).
    public var program: SignalPlan
    /// The link indices each imported signal group drives (`"<tl>:<i>"` names only the lowest of a movement's
    /// equally timed indices).
    public var groupLinkIndices: [String: [Int]]
    /// The state character a link index shows when green, where it is not `G`: the weakest green the program
    /// gives it (`s` stop then go < `o` off, yield < `g` yield < `O` off, priority < `G`), so that written
    /// programs keep a permitted turn yielding and a right-turn arrow stopping. An index shown `G` in one phase
    /// and `g` in another (a protected, then permitted left turn) is written `g` throughout: it yields in its
    /// protected phase too (safe; a little capacity is lost there).
    public var greenStates: [Int: Character]
    /// The net's program phase by phase, one column per link index (`"<tl>:<i>"`), with the states as written
    /// in `phaseStates`; nil for a light built in code from a plan.
    public var phases: PhaseProgram?
    /// The state string of each phase of `phases` as the net writes it (`GGgrrryyy…`), so that a retimed
    /// program is written with exactly the net's signals.
    public var phaseStates: [[Character]]?
    /// Pairs of link indices whose connections the junction defines as foes (`<request foes>` of
    /// netconvert: crossing or merging paths, vehicles and pedestrians); only links of one junction conflict.
    public var conflicts: Set<ColumnPair>
    /// Link indices of pedestrian crossings, with the length of the crossing in metres.
    public var crossings: [Int: Double]
    /// The junction of each link index (a light may control several junctions).
    public var linkJunctions: [Int: String]
    /// The intergreen each ordered pair of conflicting link indices needs by RiLSA from the junction's
    /// geometry (internal lane and crossing shapes; see `IntergreenRules`).
    public var intergreens: [DirectedColumnPair: RequiredIntergreen]

    public init(
        program: SignalPlan, groupLinkIndices: [String: [Int]] = [:], greenStates: [Int: Character] = [:],
        phases: PhaseProgram? = nil, phaseStates: [[Character]]? = nil, conflicts: Set<ColumnPair> = [],
        crossings: [Int: Double] = [:], linkJunctions: [Int: String] = [:],
        intergreens: [DirectedColumnPair: RequiredIntergreen] = [:]
    ) {
        self.program = program
        self.groupLinkIndices = groupLinkIndices
        self.greenStates = greenStates
        self.phases = phases
        self.phaseStates = phaseStates
        self.conflicts = conflicts
        self.crossings = crossings
        self.linkJunctions = linkJunctions
        self.intergreens = intergreens
    }

    /// The number of link indices, the length of every phase's state.
    public var linkCount: Int { program.groups.count }

    /// Green states from weakest to strongest.
    static let greenStrength: [Character] = ["s", "o", "g", "O", "G"]

    /// The state a SUMO link-state character stands for (`G` priority green; `g`, `s`, `o`, `O` green that
    /// yields or stops first; `y`, `Y`, `u` amber or red-amber; `r`, `R` red).
    static func state(_ character: Character) -> SignalState {
        switch character {
        case "G": .green
        case "g", "s", "o", "O": .permissive
        case "y", "Y", "u": .amber
        default: .red
        }
    }
}
