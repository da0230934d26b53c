/// A signal plan that does not fit the network or is not a valid fixed-time plan; names node and group.
public enum SignalPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownNode(String)
    case invalidCycle(node: String, cycle: Double)
    case intervalOutsideCycle(node: String, group: String, start: Double, end: Double)
    /// A signalised node (its movements name signal groups) has no plan.
    case missingPlan(node: String)
    /// A movement names a signal group the node's plan does not define.
    case missingGroup(node: String, group: String)
    case duplicateGroup(node: String, group: String)

    public var description: String {
        switch self {
        case .unknownNode(let node): "signal plan for unknown node '\(node)'"
        case .invalidCycle(let node, let cycle): "node '\(node)': cycle \(cycle) s must be > 0"
        case .intervalOutsideCycle(let node, let group, let start, let end):
            "node '\(node)', group '\(group)': green [\(start), \(end)) is empty or outside the cycle"
        case .missingPlan(let node): "signalised node '\(node)' has no signal plan"
        case .missingGroup(let node, let group): "node '\(node)': signal group '\(group)' is not in the plan"
        case .duplicateGroup(let node, let group): "node '\(node)': signal group '\(group)' defined twice"
        }
    }
}
