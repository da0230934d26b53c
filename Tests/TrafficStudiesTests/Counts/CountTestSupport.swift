import GeoCore
import Testing
import TrafficCore
import TrafficStudies

/// A junction C with arms W, E (two-way) and N (two-way), links named by their ends (`WC` = W → C):
///
///         N (100, 100)
///         |
///   W ----C---- E        W (0, 0), C (100, 0), E (200, 0)
///
/// Movements: WC → CE, WC → CN, EC → CW, NC → CE (no U-turns, so WC → CW is no turn).
func countNetwork() throws -> Network {
    var builder = NetworkBuilder()
    try builder.addNode("W", at: Coordinate(0, 0))
    try builder.addNode("C", at: Coordinate(100, 0))
    try builder.addNode("E", at: Coordinate(200, 0))
    try builder.addNode("N", at: Coordinate(100, 100))
    for (from, to) in [("W", "C"), ("C", "W"), ("C", "E"), ("E", "C"), ("C", "N"), ("N", "C")] {
        try builder.addLink(from + to, from: from, to: to, freeFlowSpeed: 13.9)
    }
    for (from, to) in [("WC", "CE"), ("WC", "CN"), ("EC", "CW"), ("NC", "CE")] {
        try builder.addMovement(from: from, to: to)
    }
    return builder.build()
}

/// Expects `body` to throw `expected`, with a message that names `place` (e.g. `"c.csv, line 3"`).
func expectCountError(
    _ expected: CountError, naming place: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("no error; expected \(expected)", sourceLocation: sourceLocation)
    } catch let error as CountError {
        #expect(error == expected, sourceLocation: sourceLocation)
        #expect(error.description.contains(place), "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(error) is not a CountError", sourceLocation: sourceLocation)
    }
}
