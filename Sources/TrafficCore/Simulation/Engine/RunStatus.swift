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
    /// The first local gridlock (a ring of full links stuck while others moved); the run goes on.
    var localGridlock: GridlockReport?
    var nextLocalScan = 0.0
    /// Vehicles moved onto a full link after `SimulationConfiguration.teleportAfter`, and the next scan for them.
    var teleports = 0
    var nextTeleportScan = 0.0
    /// Queues that did not discharge for the gridlock timeout, in the order noticed (at most 50), and per link
    /// whether it was reported already.
    var stalledQueues: [StalledQueue] = []
    var stalledLinks: Set<Int32> = []
    /// End of the last simulated step.
    package internal(set) var simulatedUntil = 0.0
}
