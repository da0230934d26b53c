/// Counters and the end state of the run.
package struct RunStatus: Sendable {
    var departed = 0
    var arrived = 0
    var waiting = 0
    var movedThisStep = false
    var lastMovement = 0.0
    var nextStuckScan = 0.0
    var unroutableIDs: [String] = []
    var gridlock: GridlockReport?
    /// End of the last simulated step.
    package internal(set) var simulatedUntil = 0.0
}
