import Foundation
import GeoCore
import Support
import TrafficCore

/// A SUMO traffic light as its net defines it, kept by the importer (`ImportedNetwork.trafficLights`) so
/// that programs written for it drop into the same net (`SUMOSignalProgramWriter`).
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

    public init(program: SignalPlan, groupLinkIndices: [String: [Int]] = [:], greenStates: [Int: Character] = [:]) {
        self.program = program
        self.groupLinkIndices = groupLinkIndices
        self.greenStates = greenStates
    }

    /// The number of link indices, the length of every phase's state.
    public var linkCount: Int { program.groups.count }

    /// Green states from weakest to strongest.
    static let greenStrength: [Character] = ["s", "o", "g", "O", "G"]
}
