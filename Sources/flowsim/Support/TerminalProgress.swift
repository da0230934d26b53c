import Foundation
import TrafficCore
import TrafficStudies

/// A one-line progress indicator on standard error, shown only when standard error is a terminal (scripts and
/// CI logs stay clean). Redraws at most five times a second; `finish()` ends the line.
final class TerminalProgress {
    private let label: String
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant?
    private var drawn = false

    /// `nil` when standard error is not a terminal.
    init?(label: String) {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        self.label = label
    }

    func update(_ p: SimulationProgress) {
        let now = clock.now
        if let lastDraw, now - lastDraw < .milliseconds(200), p.fraction < 1 { return }
        lastDraw = now
        drawn = true
        let line = String(
            format: "\rflowsim: %@ %3.0f %% · t = %.0f of %.0f s · %d on the network, %d arrived, %d waiting to enter ",
            label, p.fraction * 100, p.simulatedTime, p.duration, p.vehiclesOnNetwork, p.vehiclesArrived,
            p.vehiclesWaiting)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
