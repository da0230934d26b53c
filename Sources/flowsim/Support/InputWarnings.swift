import Foundation
import TrafficStudies

/// Prints the substitutions an importer made (defaults for unreadable tags, elements left out, actuated
/// programs run as fixed time) to standard error, at most `limit` of them with a count of the rest.
func warn(_ warnings: [ImportWarning], limit: Int = 10) {
    var text = ""
    for warning in warnings.prefix(limit) { text += "flowsim: warning: \(warning)\n" }
    if warnings.count > limit { text += "flowsim: warning: … and \(warnings.count - limit) more like these\n" }
    FileHandle.standardError.write(Data(text.utf8))
}

/// Warns about what the importers substituted and about a scenario without any demand.
func warnAboutInputs(_ scenario: Scenario) {
    warn(scenario.importWarnings)
    let d = scenario.demand
    if d.trips.isEmpty && d.flows.isEmpty && d.odMatrices.isEmpty {
        FileHandle.standardError.write(Data("flowsim: warning: the demand holds no vehicles, trips, flows or OD matrices; nothing to simulate\n".utf8))
    }
}
