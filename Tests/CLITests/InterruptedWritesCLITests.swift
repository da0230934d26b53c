import Foundation
import TestSupport
import Testing

/// Runs stopped in the middle of writing: no temporary file is left behind after SIGTERM, and a flowsim result
/// folder shows whether its set is complete (issue 17, items 8 and 15).
@Suite struct InterruptedWritesCLITests {
    /// Starts `binary` with `arguments` in `directory`; waits until a temporary file (`.…tmp-…`) appears in
    /// `watch` (the write phase has begun), sends `signal`, and returns the exit status and the folder's names.
    static func interrupt(
        _ binary: URL, _ arguments: [String], in directory: URL, watch: URL, signal: Int32
    ) throws -> (status: Int32, reason: Process.TerminationReason, names: [String], sawTemporary: Bool) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var saw = false
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: watch.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".") && $0.contains(".tmp-") }) {
                saw = true
                kill(process.processIdentifier, signal)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        return (
            process.terminationStatus, process.terminationReason,
            (try? FileManager.default.contentsOfDirectory(atPath: watch.path)) ?? [], saw
        )
    }

    @Test func aBatchStoppedWithSIGTERMLeavesNoTemporaryFile() throws {
        let cli = try Parcelcheck()
        let out = cli.scratch.appendingPathComponent("result")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("good".utf8).write(to: out.appendingPathComponent("batch.gpkg"))
        let run = try Self.interrupt(
            cli.binary, ["batch", "--out", out.appendingPathComponent("batch.gpkg").path] + cli.catalogArguments,
            in: cli.scratch, watch: out, signal: SIGTERM)
        try #require(run.sawTemporary, "the batch ended before its write phase could be interrupted")
        // The signal ends the run soon, not at once: it may still finish its rename. Either way no temporary
        // file is left, and batch.gpkg is the old file or the complete new one.
        #expect((run.reason == .uncaughtSignal && run.status == SIGTERM) || (run.reason == .exit && run.status == 0))
        #expect(run.names == ["batch.gpkg"], "\(run.names)")
        let file = try Data(contentsOf: out.appendingPathComponent("batch.gpkg"))
        if file != Data("good".utf8) {
            #expect(try cli.ogrCount("SELECT COUNT(*) AS n FROM parcelcheck", in: out.appendingPathComponent("batch.gpkg").path) > 0)
        }
    }

    @Test func aFlowsimRunKilledWhileWritingLeavesNoSummary() throws {
        let flowsim = try #require(FlowsimCLITests.binary, "flowsim binary not found")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("killed-\(UUID().uuidString)")
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"old\": true}".utf8).write(to: out.appendingPathComponent("summary.json"))
        let run = try Self.interrupt(
            flowsim, ["grid", "--size", "9", "--link-length", "400", "--rate", "300", "--demand-duration", "1800", "--out", "out"],
            in: dir, watch: out, signal: SIGKILL)
        try #require(run.sawTemporary, "the run ended before its write phase could be interrupted")
        // The old summary was removed before anything was written, the new one is written last: no summary,
        // no complete set.
        #expect(!run.names.contains("summary.json"), "\(run.names)")
        // The next run removes the dead run's temporaries and completes the set.
        let again = try Parcelcheck.execute(
            flowsim, ["grid", "--size", "3", "--link-length", "400", "--rate", "100", "--demand-duration", "600", "--out", "out"],
            in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("summary.json"))
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    }
}
