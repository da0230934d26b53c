import Foundation
import Testing

/// `flowsim signals analyze|optimize` on a 3×3 grid scenario written by `flowsim grid`.
@Suite struct FlowsimSignalsCLITests {
    func gridScenario() throws -> (flowsim: URL, dir: URL) {
        let flowsim = try #require(FlowsimCLITests.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("flowsim-signals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let grid = try Parcelcheck.execute(
            flowsim,
            ["grid", "--size", "3", "--link-length", "400", "--rate", "300", "--demand-duration", "1800",
             "--write-scenario", "scenario"], in: dir)
        #expect(grid.status == 0, "\(grid.stderr)")
        return (flowsim, dir)
    }

    @Test func analyzePrintsATableAndWritesJSONAndCSV() throws {
        let (flowsim, dir) = try gridScenario()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(flowsim, ["signals", "analyze", "scenario/scenario.json", "--out", "an"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("node QSV"))
        let csv = try String(contentsOf: dir.appendingPathComponent("an/analysis.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(csv.first?.hasPrefix("node,group,link,lanes,cycle_s") == true)
        #expect(csv.count == 1 + 9 * 4)  // 9 signalised nodes × 4 approaches (groups NS and EW, two links each)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("an/analysis.json")))
                as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == 9)
        #expect(json["flow_source"] as? String == "free_flow_assignment")
    }

    @Test func optimizeWritesProposalsAndLeavesTheScenarioAlone() throws {
        let (flowsim, dir) = try gridScenario()
        defer { try? FileManager.default.removeItem(at: dir) }
        let signals = dir.appendingPathComponent("scenario/signals.json")
        let original = try Data(contentsOf: signals)
        let run = try Parcelcheck.execute(
            flowsim, ["signals", "optimize", "scenario/scenario.json", "--method", "webster", "--out", "plans"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: signals) == original)
        for file in ["signals.proposed.json", "tlLogic.proposed.xml", "comparison.csv", "comparison.md",
                     "delay_by_approach.svg", "analysis_before.csv", "analysis_after.csv"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("plans/\(file)").path), "\(file)")
        }
        let plans = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("plans/signals.proposed.json")))
                as? [String: Any])
        #expect((plans["plans"] as? [Any])?.count == 9)
        let xml = try String(contentsOf: dir.appendingPathComponent("plans/tlLogic.proposed.xml"), encoding: .utf8)
        #expect(xml.components(separatedBy: "<tlLogic ").count - 1 == 9)
        // The proposal is in the scenario signal format: swap it into a copy of the scenario and run that.
        try FileManager.default.copyItem(at: dir.appendingPathComponent("scenario"), to: dir.appendingPathComponent("applied"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("applied/signals.json"))
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("plans/signals.proposed.json"), to: dir.appendingPathComponent("applied/signals.json"))
        let applied = try Parcelcheck.execute(flowsim, ["run", "applied/scenario.json", "--out", "applied-out"], in: dir)
        #expect(applied.status == 0, "\(applied.stderr)")
        let comparison = try String(contentsOf: dir.appendingPathComponent("plans/comparison.csv"), encoding: .utf8)
        #expect(comparison.contains("network,,,,original,"))
        #expect(comparison.contains("network,,,,webster,"))

        let offsets = try Parcelcheck.execute(
            flowsim, ["signals", "optimize", "scenario/scenario.json", "--method", "offsets", "--out", "wave"], in: dir)
        #expect(offsets.status == 0, "\(offsets.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("wave/time_space_after.svg").path))
    }

    /// Webster with one common cycle, then a green wave on those plans (`--signals`): every proposed plan of
    /// step 1 has the same cycle, and step 2 starts from step 1's plans (its "original" is step 1's proposal).
    @Test func websterWithCommonCycleThenOffsets() throws {
        let (flowsim, dir) = try gridScenario()
        defer { try? FileManager.default.removeItem(at: dir) }
        let step1 = try Parcelcheck.execute(
            flowsim,
            ["signals", "optimize", "scenario/scenario.json", "--method", "webster", "--common-cycle", "--min-cycle", "10",
             "--out", "step1"], in: dir)
        #expect(step1.status == 0, "\(step1.stderr)")
        let plans = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("step1/signals.proposed.json")))
                as? [String: Any])
        let cycles = Set(((plans["plans"] as? [[String: Any]]) ?? []).compactMap { $0["cycle_s"] as? Double })
        #expect(cycles.count == 1)
        let step2 = try Parcelcheck.execute(
            flowsim,
            ["signals", "optimize", "scenario/scenario.json", "--signals", "step1/signals.proposed.json", "--method",
             "offsets", "--out", "step2"], in: dir)
        #expect(step2.status == 0, "\(step2.stderr)")
        #expect(step2.stdout.contains("cycle \(Int(cycles.first ?? 0)).0 s"))
        let missing = try Parcelcheck.execute(
            flowsim, ["signals", "analyze", "scenario/scenario.json", "--signals", "absent.json"], in: dir)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("absent.json"))
    }

    @Test func errorsHaveDocumentedExitCodesAndWriteNothing() throws {
        let (flowsim, dir) = try gridScenario()
        defer { try? FileManager.default.removeItem(at: dir) }
        let noCorridor = try Parcelcheck.execute(
            flowsim,
            ["signals", "optimize", "scenario/scenario.json", "--method", "offsets", "--corridor", "n_0_0,n_2_2",
             "--out", "bad"], in: dir)
        #expect(noCorridor.status == 7)
        #expect(noCorridor.stderr.contains("n_0_0") && noCorridor.stderr.contains("n_2_2"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad").path))
        let missing = try Parcelcheck.execute(flowsim, ["signals", "analyze", "absent.json"], in: dir)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("absent.json"))
        let usage = try Parcelcheck.execute(flowsim, ["signals", "optimize", "scenario/scenario.json"], in: dir)
        #expect(usage.status == 64)
        let badCrossing = try Parcelcheck.execute(
            flowsim, ["signals", "optimize", "scenario/scenario.json", "--method", "webster", "--crossing", "n_0_0=3"],
            in: dir)
        #expect(badCrossing.status == 64)
        let help = try Parcelcheck.execute(flowsim, ["signals", "--help"], in: dir)
        #expect(help.stdout.contains("Exit codes") && help.stdout.contains("flowsim signals optimize"))
    }
}
