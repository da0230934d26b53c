import Foundation
import Testing
import TestSupport

/// The flowsim binary on the demo and on the sample data's land use.
@Suite struct FlowsimCLITests {
    static var binary: URL? {
        guard let parcelcheck = Parcelcheck.findBinary() else { return nil }
        let url = parcelcheck.deletingLastPathComponent().appendingPathComponent("flowsim")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("flowsim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The binary, a scratch folder and the `--net`/`--routes` arguments of the SUMO crossing fixture.
    func crossingRun() throws -> (flowsim: URL, dir: URL, input: [String]) {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let fixtures = Parcelcheck.repository.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures")
        let input = ["--net", fixtures.appendingPathComponent("crossing.net.xml").path,
                     "--routes", fixtures.appendingPathComponent("crossing.rou.xml").path]
        return (flowsim, try scratch(), input)
    }

    @Test func demoWritesEveryOutputAndConserves() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(flowsim, ["demo", "--out", "out"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        for file in ["summary.json", "tripinfo.csv", "link_timeseries.csv", "network_timeseries.csv", "links.gpkg", "mean_speed.svg", "mfd.svg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(file)").path), "\(file)")
        }
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/summary.json"))) as? [String: Any])
        let departed = try #require(summary["vehicles_departed"] as? Int)
        let arrived = try #require(summary["vehicles_arrived"] as? Int)
        let unfinished = try #require(summary["vehicles_unfinished"] as? Int)
        #expect(departed > 0)
        #expect(departed == arrived + unfinished)
        // One tripinfo row per arrived vehicle, plus the header.
        let rows = try String(contentsOf: dir.appendingPathComponent("out/tripinfo.csv"), encoding: .utf8)
            .split(separator: "\n").count
        #expect(rows == arrived + 1)
    }

    /// GDAL is loaded on first use (Sources/CLazyLibraries): the dynamic loader's own log (`LD_DEBUG=files`) shows
    /// no libgdal for a command that touches no GIS file, shows it once a map layer is written, and none again
    /// for `run --no-map`.
    @Test func gdalIsLoadedOnlyWhenAGISFileIsTouched() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let fixtures = Parcelcheck.repository.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let version = try ProcessRunner.run(flowsim, ["--version"], in: dir, environment: ["LD_DEBUG": "files"])
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.stderr.contains("file=libgeos_c"), "the loader log is not there: \(version.stderr.prefix(300))")
        #expect(!version.stderr.contains("libgdal"))
        let run = try ProcessRunner.run(
            flowsim, ["run", "--net", fixtures.appendingPathComponent("crossing.net.xml").path,
                      "--routes", fixtures.appendingPathComponent("crossing.rou.xml").path, "--out", "out"],
            in: dir, environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(run.stderr.suffix(500))")
        #expect(run.stderr.contains("file=libgdal.so"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/links.gpkg").path))
        // --no-map into the same folder: no GDAL, the tables, and no stale layer from the run before.
        let tables = try ProcessRunner.run(
            flowsim, ["run", "--net", fixtures.appendingPathComponent("crossing.net.xml").path,
                      "--routes", fixtures.appendingPathComponent("crossing.rou.xml").path, "--out", "out", "--no-map"],
            in: dir, environment: ["LD_DEBUG": "files"])
        #expect(tables.status == 0, "\(tables.stderr.suffix(500))")
        #expect(!tables.stderr.contains("libgdal"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/links.gpkg").path))
        for file in ["summary.json", "tripinfo.csv", "link_timeseries.csv"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(file)").path), "\(file)")
        }
    }

    /// `compare` on two real runs of the same scenario: every figure unchanged, the outputs written; a folder
    /// written with --no-map is refused with exit 3 and the reason.
    @Test func compareWritesTheComparisonAndRefusesRunsWithoutTheMapLayer() throws {
        let (flowsim, dir, input) = try crossingRun()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (out, extra) in [("a", [String]()), ("b", []), ("tables", ["--no-map"])] {
            let run = try Parcelcheck.execute(flowsim, ["run"] + input + ["--out", out] + extra, in: dir)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let same = try Parcelcheck.execute(flowsim, ["compare", "a", "b", "--out", "cmp"], in: dir)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("vehicle-hours:") && same.stdout.contains("unchanged"))
        #expect(same.stdout.contains("0 of "))
        for file in ["comparison.json", "summary.html", "link_differences.gpkg", "difference_map.svg"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp/\(file)").path), "\(file)")
        }
        let refused = try Parcelcheck.execute(flowsim, ["compare", "a", "tables", "--out", "cmp2"], in: dir)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("tables: no links.gpkg"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("cmp2").path))
    }

    /// `run --measures FILE` on a SUMO net: the closure is printed, listed in summary.json and in the comparison
    /// with the run without it; a measures file naming an unknown edge is exit 3, names file and measure, and
    /// writes nothing.
    @Test func runWithAMeasuresFileAndCompare() throws {
        let (flowsim, dir, input) = try crossingRun()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{ "measures": [ { "id": "works", "kind": "closure", "links": ["CE"], "begin_s": 0, "end_s": 300 } ] }"#.utf8)
            .write(to: dir.appendingPathComponent("closure.json"))
        let base = try Parcelcheck.execute(flowsim, ["run"] + input + ["--out", "base"], in: dir)
        #expect(base.status == 0, "\(base.stderr)")
        let closed = try Parcelcheck.execute(flowsim, ["run"] + input + ["--measures", "closure.json", "--out", "closed"], in: dir)
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stdout.contains("measures: works (closure 0–300 s)"), "\(closed.stdout)")
        let summary = try String(contentsOf: dir.appendingPathComponent("closed/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"measures\"") && summary.contains("\"works\""))
        let compare = try Parcelcheck.execute(flowsim, ["compare", "base", "closed", "--out", "cmp"], in: dir)
        #expect(compare.status == 0, "\(compare.stderr)")
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("cmp/comparison.json"))) as? [String: Any])
        #expect(json["measure_measures"] as? [String] == ["works: closure 0–300 s"])
        #expect(json["base_measures"] as? [String] == [])

        try Data(#"{ "measures": [ { "id": "works", "kind": "closure", "links": ["XY"] } ] }"#.utf8)
            .write(to: dir.appendingPathComponent("bad.json"))
        let bad = try Parcelcheck.execute(flowsim, ["run"] + input + ["--measures", "bad.json", "--out", "bad"], in: dir)
        #expect(bad.status == 3)
        #expect(bad.stderr.contains("bad.json: measure 'works' (measures[0]): links: unknown link 'XY'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad").path))
    }

    /// `run --net/--routes` shows what the importers substituted (here the footway left out of the passenger
    /// network) and warns when the demand file holds nothing to simulate; both are warnings, the run succeeds.
    @Test func sumoRunShowsImportWarningsAndAnEmptyDemand() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let fixtures = Parcelcheck.repository.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let net = fixtures.appendingPathComponent("crossing.net.xml").path
        let run = try Parcelcheck.execute(
            flowsim, ["run", "--net", net, "--routes", fixtures.appendingPathComponent("crossing.rou.xml").path, "--out", "out"],
            in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("flowsim: warning: crossing.net.xml: edge: 1 of 8 edges have no lane open to 'passenger' and were left out"), "\(run.stderr)")
        #expect(!run.stderr.contains("nothing to simulate"))

        try Data("<routes/>\n".utf8).write(to: dir.appendingPathComponent("empty.rou.xml"))
        let empty = try Parcelcheck.execute(flowsim, ["run", "--net", net, "--routes", "empty.rou.xml", "--out", "out2"], in: dir)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stderr.contains("flowsim: warning: the demand holds no vehicles, trips, flows or OD matrices; nothing to simulate"))
    }

    /// A SUMO actuated program runs as actuated by default (the stage log is written) and as fixed time from
    /// its phase durations with `--actuated-programs fixed-time` (no controller, no stage log); the warning
    /// says which.
    @Test func actuatedProgramsRunActuatedUnlessAskedForFixedTime() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let fixtures = Parcelcheck.repository.appendingPathComponent("Tests/TrafficStudiesTests/Fixtures")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The fixture's last program ("peak", the one used) made actuated: its 20 s greens may run 5…40 s.
        let net = try String(contentsOf: fixtures.appendingPathComponent("crossing.net.xml"), encoding: .utf8)
            .replacingOccurrences(of: "type=\"static\" programID=\"peak\"", with: "type=\"actuated\" programID=\"peak\"")
            .replacingOccurrences(of: "<phase duration=\"20\" ", with: "<phase duration=\"20\" minDur=\"5\" maxDur=\"40\" ")
        try Data(net.utf8).write(to: dir.appendingPathComponent("actuated.net.xml"))
        let routes = fixtures.appendingPathComponent("crossing.rou.xml").path
        for (mode, stages) in [([String](), true), (["--actuated-programs", "fixed-time"], false)] {
            let run = try Parcelcheck.execute(
                flowsim, ["run", "--net", "actuated.net.xml", "--routes", routes, "--out", "out"] + mode, in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains(stages ? "actuated program runs as actuated" : "imported as fixed time"), "\(run.stderr)")
            let log = dir.appendingPathComponent("out/signal_stages.csv").path
            #expect(FileManager.default.fileExists(atPath: log) == stages, "\(mode)")
            try? FileManager.default.removeItem(at: dir.appendingPathComponent("out"))
        }
    }

    @Test func landUseODMatrixSumsToThePrintedTotal() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let gpkg = Parcelcheck.repository.appendingPathComponent("sample-data/lueneburg.gpkg").path
        try #require(FileManager.default.fileExists(atPath: gpkg), "sample-data/lueneburg.gpkg is missing: run `make sample-data`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim, ["landuse", "--parcels", gpkg + ":flurstuecke", "--plans", gpkg + ":bebauungsplaene", "--out", "od.csv"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: dir.appendingPathComponent("od.csv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "origin,destination,vehicles,begin_s,end_s")
        let total = lines.dropFirst().compactMap { Double($0.split(separator: ",")[2]) }.reduce(0, +)
        #expect(total > 0)
        // The summary line states the same total (rounded to whole trips).
        #expect(run.stdout.contains("\(Int(total.rounded())) car trips in the morning peak hour"))
        // Every cell is between two different zones and starts at 07:00.
        #expect(lines.dropFirst().allSatisfy { line in
            let f = line.split(separator: ",")
            return f[0] != f[1] && f[3] == "25200"
        })
    }

    /// Land use → simulation on the sample street network: the printed split (inside, across the boundary,
    /// left out) adds up to the printed peak-hour total (each rounded, so within 2 trips), the simulation
    /// departs between ⌊⌋ and ⌈⌉ of the simulated expectation (stochastic rounding per OD cell, one
    /// extra trip per cell at most) and completes it without unroutable trips or gridlock.
    @Test func landUseSimulatesOnTheSampleStreets() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let gpkg = Parcelcheck.repository.appendingPathComponent("sample-data/lueneburg.gpkg").path
        try #require(FileManager.default.fileExists(atPath: gpkg), "sample-data/lueneburg.gpkg is missing: run `make sample-data`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim,
            ["landuse", "--parcels", gpkg + ":flurstuecke", "--plans", gpkg + ":bebauungsplaene",
             "--network", gpkg + ":strassen", "--simulate", "sim"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        func number(before marker: String) -> Int? {
            guard let range = run.stdout.range(of: marker) else { return nil }
            let digits = run.stdout[..<range.lowerBound].reversed().drop { $0 == " " }.prefix { $0.isNumber }
            return Int(String(digits.reversed()))
        }
        let total = try #require(number(before: " car trips in the morning peak hour"))
        let inside = try #require(number(before: " trips inside"))
        let across = try #require(number(before: " in or out across the boundary"))
        let outside = try #require(number(before: " between outside zones"))
        #expect(abs(inside + across + outside - total) <= 2)
        #expect(inside + across > 0)
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("sim/summary.json"))) as? [String: Any])
        let departed = try #require(summary["vehicles_departed"] as? Int)
        let arrived = try #require(summary["vehicles_arrived"] as? Int)
        #expect(departed > 0 && arrived == departed)
        let unroutable = dir.appendingPathComponent("sim/unroutable.txt")
        if FileManager.default.fileExists(atPath: unroutable.path) {
            #expect(try String(contentsOf: unroutable, encoding: .utf8).isEmpty)
        }
        #expect(Double(departed) >= Double(inside + across) * 0.8 && Double(departed) <= Double(inside + across) * 1.2)
    }

    /// --simulate without --network is a usage error (64) and writes nothing.
    @Test func landUseSimulateNeedsANetwork() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim, ["landuse", "--parcels", "x.gpkg", "--plans", "y.gpkg", "--simulate", "sim"], in: dir)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--network"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("sim").path))
    }

    @Test func missingInputIsExit3AndWritesNothing() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim, ["landuse", "--parcels", "absent.gpkg", "--plans", "absent.gpkg", "--out", "od.csv"], in: dir)
        #expect(run.status == 3)
        #expect(run.stderr.contains("absent.gpkg"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("od.csv").path))
        let missingScenario = try Parcelcheck.execute(flowsim, ["run", "nope.json"], in: dir)
        #expect(missingScenario.status == 3)
        #expect(missingScenario.stderr.contains("nope.json"))
        let usage = try Parcelcheck.execute(flowsim, ["run"], in: dir)
        #expect(usage.status == 64)
    }
    /// `flowsim parking` on the sample parking scenario with --compare: every parking file is written, one
    /// vehicle row per parking trip in the summary, and guidance does not lengthen the mean search.
    @Test func parkingStudyWritesFilesAndComparison() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let scenario = Parcelcheck.repository.appendingPathComponent("sample-data/parking/scenario.json").path
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(flowsim, ["parking", scenario, "--compare", "--no-curve", "--out", "out"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        for file in ["parking_summary.json", "parking_vehicles.csv", "parking_occupancy.csv", "parking_comparison.csv", "links.gpkg", "summary.json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/\(file)").path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/search_time_curve.svg").path))
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/parking_summary.json"))) as? [String: Any])
        let trips = try #require(summary["parking_trips"] as? Int)
        let rows = try String(contentsOf: dir.appendingPathComponent("out/parking_vehicles.csv"), encoding: .utf8)
            .split(separator: "\n").count
        #expect(trips > 0 && rows == trips + 1)
        let comparison = try String(contentsOf: dir.appendingPathComponent("out/parking_comparison.csv"), encoding: .utf8)
            .split(separator: "\n")
        let mean = try #require(comparison.first { $0.hasPrefix("mean_search_time_s,") }?.split(separator: ","))
        #expect(try #require(Double(mean[2])) <= (try #require(Double(mean[1]))))
        #expect(run.stdout.contains("mean_search_time_s"))
    }

    /// A scenario without a parking section is a scenario error (exit 3) that names the section.
    @Test func parkingWithoutParkingSectionExitsWithCode3() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let grid = try Parcelcheck.execute(flowsim, ["grid", "--size", "2", "--write-scenario", "g"], in: dir)
        #expect(grid.status == 0, "\(grid.stderr)")
        let run = try Parcelcheck.execute(flowsim, ["parking", "g/scenario.json", "--out", "out"], in: dir)
        #expect(run.status == 3)
        #expect(run.stderr.contains("parking"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }
    /// --occupancy with the sample sensor file: the deliberate problems are warnings naming file and line
    /// (exit 0), and the forecast covers the requested hours for every facility with readings (4 × 2).
    @Test func parkingSensorDataWarnsWithLinesAndForecasts() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let sample = Parcelcheck.repository.appendingPathComponent("sample-data/parking")
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(
            flowsim,
            ["parking", sample.appendingPathComponent("scenario.json").path, "--occupancy",
             sample.appendingPathComponent("sensors.csv").path, "--forecast-hours", "2", "--no-curve", "--out", "out"],
            in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("sensors.csv, line 15: negative occupancy -1 for 'S-n_2_2-n_2_1' (dropped)"))
        #expect(run.stderr.contains("sensors.csv, line 8: gap of"))
        let forecast = try String(contentsOf: dir.appendingPathComponent("out/parking_forecast.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(forecast.first == "facility,time,occupied,basis")
        #expect(forecast.count == 1 + 4 * 2)
        // P-Markt's last reading is Monday 08:00; Monday 09:00 was seen once, with 55.
        #expect(forecast.contains("P-Markt,2026-11-23T09:00,55.0,weekday_hour_mean"))
    }
    /// The inner-city sample: network, on-street segments and car parks all come from the sample GeoPackage;
    /// the link layer carries EPSG:25832 and the parking columns, and every parking trip has one outcome.
    @Test func parkingOnTheGISSample() throws {
        let flowsim = try #require(Self.binary, "flowsim binary not found next to parcelcheck: run `swift build`")
        let gpkg = Parcelcheck.repository.appendingPathComponent("sample-data/lueneburg.gpkg").path
        try #require(FileManager.default.fileExists(atPath: gpkg), "sample-data/lueneburg.gpkg is missing: run `make sample-data`")
        let scenario = Parcelcheck.repository.appendingPathComponent("sample-data/lueneburg-parking.json").path
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Parcelcheck.execute(flowsim, ["parking", scenario, "--no-curve", "--out", "out"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/parking_summary.json"))) as? [String: Any])
        let keys = ["parked_on_street", "parked_car_park", "still_searching", "en_route", "gave_up", "unroutable"]
        let outcomes = try keys.map { try #require(summary[$0] as? Int) }.reduce(0, +)
        #expect(outcomes == summary["parking_trips"] as? Int)
        #expect((summary["parked_on_street"] as? Int ?? 0) > 0)
        // Every destination (flows, land use, event) is reachable and lies inside the network.
        #expect(summary["unroutable"] as? Int == 0)
        #expect(summary["gave_up"] as? Int == 0)
        let info = try Parcelcheck.execute(URL(fileURLWithPath: "/usr/bin/ogrinfo"), ["-so", "out/links.gpkg", "links"], in: dir)
        #expect(info.stdout.contains("25832"))
        #expect(info.stdout.contains("search_vkm"))
    }
}
