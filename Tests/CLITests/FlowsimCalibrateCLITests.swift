import Foundation
import Testing
import TestSupport

/// `flowsim calibrate` on the SUMO crossing fixture (edges WC, CE, CW, CN, …) with hand-written counts.
@Suite struct FlowsimCalibrateCLITests {
    static let fixtures = Parcelcheck.repository.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures")
    static let net = fixtures.appendingPathComponent("crossing.net.xml").path
    static let routes = fixtures.appendingPathComponent("crossing.rou.xml").path

    func scratch(_ files: [String: String]) throws -> (flowsim: URL, dir: URL) {
        let flowsim = try #require(FlowsimCLITests.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("flowsim-calibrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return (flowsim, dir)
    }

    /// The routes file sends 90 vehicles an hour along WC → CE (`f_number`) plus a few; the counts want 240
    /// veh/h on CE: every output is written, calibration.json has its keys, the fit is good, and the calibrated
    /// routes run again through `flowsim run` (the project's route reader), every vehicle of them departing.
    @Test func calibrateWritesEveryOutputAndTheRoutesRunAgain() throws {
        let counts = "station,link,begin,end,vehicles\n"
            + (0..<4).map { "k1,CE,\($0 * 900),\($0 * 900 + 900),60\n" }.joined()
        let (flowsim, dir) = try scratch(["counts.csv": counts])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim,
            ["calibrate", "--net", Self.net, "--counts", "counts.csv", "--prior", Self.routes, "--out", "out",
             "--iterations", "8", "--seed", "3"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("flowsim: calibrate 8/8 · relative gap"), "\(run.stderr)")
        for file in ["calibrated.rou.xml", "calibrated-od.csv", "geh.csv", "calibration.json", "geh.svg", "residuals.gpkg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(file)").path), "\(file)")
        }
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/calibration.json")))
                as? [String: Any])
        for key in ["geh_share_below_5", "r_squared", "mean_abs_error", "iterations", "counts_used", "counts_unplaced"] {
            #expect(json[key] != nil, "\(key)")
        }
        let iterations = try #require(json["iterations"] as? [[String: Any]])
        #expect(iterations.count == 8)
        #expect(iterations.allSatisfy { $0["geh_share_below_5"] is Double && $0["kept"] is Bool })
        // A dropped iteration's fastest routes are not searched: no gap.
        #expect(iterations.allSatisfy { ($0["kept"] as? Bool == true) == ($0["relative_gap"] is Double) })
        // Few OD pairs and slices: a kept iteration searches all of them (`od_cells`).
        let cells = try #require(json["od_cells"] as? Int)
        // (0 also for a kept iteration that repeats the best's trips and reuses its routes)
        #expect(iterations.allSatisfy { [0, $0["kept"] as? Bool == true ? cells : 0].contains($0["searched_cells"] as? Int ?? -1) })
        #expect(iterations.first?["searched_cells"] as? Int == cells)
        #expect(json["result_iteration"] is Int)
        #expect(json["counts_used"] as? Int == 4)
        #expect(json["geh_share_below_5"] as? Double == 1)
        let geh = try String(contentsOf: dir.appendingPathComponent("out/geh.csv"), encoding: .utf8).split(separator: "\n")
        #expect(geh.first == "station,link,from_link,to_link,begin,end,observed,simulated,geh")
        #expect(geh.count == 5)
        let svg = try String(contentsOf: dir.appendingPathComponent("out/geh.svg"), encoding: .utf8)
        #expect(svg.contains("observed flow C (veh/h)") && svg.contains("GEH 5") && svg.contains("GEH 10"))

        // The prior's vType definition and its vehicles' type come along (crossing.rou.xml: v0, v1 are "car").
        let routesXML = try String(contentsOf: dir.appendingPathComponent("out/calibrated.rou.xml"), encoding: .utf8)
        #expect(routesXML.contains("<vType id=\"car\" accel=\"2.6\" decel=\"4.5\" length=\"5.0\" maxSpeed=\"50\"></vType>"))
        #expect(routesXML.contains("type=\"car\""))
        let calibrated = try #require(json["vehicles_calibrated"] as? Int)
        let again = try Parcelcheck.execute(
            flowsim, ["run", "--net", Self.net, "--routes", "out/calibrated.rou.xml", "--out", "again"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("again/summary.json")))
                as? [String: Any])
        #expect(summary["vehicles_departed"] as? Int == calibrated)

        // The calibrated OD matrix is a prior again.
        let od = try Parcelcheck.execute(
            flowsim,
            ["calibrate", "--net", Self.net, "--counts", "counts.csv", "--prior", "out/calibrated-od.csv", "--out", "od",
             "--iterations", "2"], in: dir)
        #expect(od.status == 0, "\(od.stderr)")
    }

    /// Bad counts end with exit 3 before anything is simulated or written, and the message names file and line.
    @Test func badCountsNameFileAndLineAndExit3() throws {
        let header = "station,link,begin,end,vehicles\n"
        let (flowsim, dir) = try scratch([
            "unknown.csv": header + "k1,CE,0,900,60\nk2,NOPE,0,900,10\n",
            "negative.csv": header + "k1,CE,0,900,-4\n",
            "overlap.csv": header + "k1,CE,0,900,60\nk1,CE,600,1500,60\n",
            "od.csv": "origin,destination,vehicles\nWC,CE,10\nWC,XX,5\n",
            "good.csv": header + "k1,CE,0,900,60\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        for (file, message) in [
            ("unknown.csv", "flowsim: unknown.csv, line 3: no link 'NOPE' in the network"),
            ("negative.csv", "flowsim: negative.csv, line 2: negative vehicles -4"),
            ("overlap.csv", "flowsim: overlap.csv, line 3: station 'k1' counts link 'CE' again in an interval that overlaps the one of overlap.csv, line 2"),
        ] {
            let run = try Parcelcheck.execute(
                flowsim, ["calibrate", "--net", Self.net, "--counts", file, "--prior", Self.routes, "--out", "out"], in: dir)
            #expect(run.status == 3, "\(file): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        let od = try Parcelcheck.execute(
            flowsim, ["calibrate", "--net", Self.net, "--counts", "good.csv", "--prior", "od.csv", "--out", "out"], in: dir)
        #expect(od.status == 3, "\(od.stderr)")
        #expect(od.stderr.contains("flowsim: od.csv, line 3: no link 'XX' in the network"), "\(od.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        let usage = try Parcelcheck.execute(flowsim, ["calibrate", "--net", Self.net, "--prior", Self.routes, "--out", "out"], in: dir)
        #expect(usage.status == 64, "\(usage.stderr)")
        let tolerance = try Parcelcheck.execute(
            flowsim,
            ["calibrate", "--net", Self.net, "--counts", "good.csv", "--prior", Self.routes, "--out", "out",
             "--count-tolerance=-1"], in: dir)
        #expect(tolerance.status == 64, "\(tolerance.stderr)")
        #expect(tolerance.stderr.contains("--count-tolerance must lie within 0 and 100"), "\(tolerance.stderr)")
    }

    @Test func helpTeachesMethodOutputsAndExitCodes() throws {
        let (flowsim, dir) = try scratch([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let help = try Parcelcheck.execute(flowsim, ["calibrate", "--help"], in: dir)
        #expect(help.status == 0)
        // The help is wrapped to the terminal: compare with runs of spaces and line breaks as one space.
        let text = help.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        for phrase in ["successive averages", "relative gap", "geometric mean", "keep their prior demand exactly",
                       "path-flow correction", "--count-tolerance (GEH 3)",
                       "calibrated.rou.xml", "residuals.gpkg", "Exit codes:", "3 network, prior, scenario or counts"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }
}
