import Foundation
import GeoCore
import TestSupport
import Testing
import TrafficCore
import TrafficStudies

/// `flowsim compare` on run folders written here with numbers chosen by hand: two links, A (100 m) closed by
/// the measure and B (200 m) taking its traffic; trips t1 (same route), t2 (diverted, 300 → 400 m) and t3 (base
/// only).
@Suite struct RunComparisonTests {
    struct Run {
        var vehicleSeconds = 3600.0
        var delay = 0.0
        var links: [(id: String, length: Double, vehicles: Int, flow: Double, speed: Double?, queue: Double)] = []
        var trips: [(id: String, length: Double, duration: Double)] = []
        /// `summary.json` `measures`: (id, kind, begin_s, end_s or nil).
        var measures: [(id: String, kind: String, begin: Double, end: Double?)] = []
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A run folder as `flowsim run` writes it (the summary keys, links.gpkg with the link layer's schema, trips).
    func write(_ run: Run, to dir: URL, map: Bool = true) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var summary: [String: Any] = [
            "vehicles_departed": run.trips.count, "vehicles_arrived": run.trips.count, "vehicles_unfinished": 0,
            "vehicles_waiting_to_depart": 0, "vehicle_seconds_simulated": run.vehicleSeconds,
            "total_delay_veh_s": run.delay, "mean_travel_time_s": 60.0,
        ]
        if !run.measures.isEmpty {
            summary["measures"] = run.measures.map { m -> [String: Any] in
                var record: [String: Any] = ["id": m.id, "kind": m.kind, "begin_s": m.begin]
                if let end = m.end { record["end_s"] = end }
                return record
            }
        }
        try JSONSerialization.data(withJSONObject: summary).write(to: dir.appendingPathComponent("summary.json"))
        var csv = "id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo\n"
        for t in run.trips { csv += "\(t.id),0,0,\(t.duration),\(t.duration),\(t.length),0,0,0\n" }
        try Data(csv.utf8).write(to: dir.appendingPathComponent("tripinfo.csv"))
        guard map else { return }
        var y = 0.0
        let features = run.links.map { l in
            y += 10
            return Feature(
                geometry: .lineString(LineString([Coordinate(0, y), Coordinate(l.length, y)])),
                orderedAttributes: [
                    ("link_id", .string(l.id)), ("from", .string("a")), ("to", .string("b")), ("length_m", .real(l.length)),
                    ("lanes", .integer(1)), ("free_flow_speed_kmh", .real(50)), ("capacity_vph", .real(1800)),
                    ("vehicles", .integer(Int64(l.vehicles))), ("mean_flow_vph", .real(l.flow)),
                    ("max_density_vpkm", .real(0)), ("mean_speed_kmh", l.speed.map { .real($0) } ?? .null),
                    ("max_queue_veh", .real(l.queue)),
                ])
        }
        try writeVectorLayer(
            features, schema: SimulationResult.linkLayerSchema, to: dir.appendingPathComponent("links.gpkg").path,
            layerName: "links", crs: .etrs89UTM32, geometryType: .lineString)
    }

    static let base = Run(
        links: [("A", 100, 100, 100, 40, 2), ("B", 200, 50, 50, 45, 0)],
        trips: [("t1", 300, 60), ("t2", 300, 70), ("t3", 300, 80)])
    static let closed = Run(
        links: [("A", 100, 0, 0, nil, 0), ("B", 200, 150, 150, 30, 5)],
        trips: [("t1", 300, 61), ("t2", 400, 95)], measures: [("works", "closure", 0, 3600), ("t30", "speed_limit", 600, nil)])

    /// `base` and `closed` written as run folders into `dir` and compared.
    func closure(in dir: URL) throws -> RunComparison {
        try write(Self.base, to: dir.appendingPathComponent("base"))
        try write(Self.closed, to: dir.appendingPathComponent("closed"))
        return RunComparison(
            base: try RunOutputs.readRuns(directory: dir.appendingPathComponent("base").path),
            measure: try RunOutputs.readRuns(directory: dir.appendingPathComponent("closed").path),
            baseLabel: "Bestand", measureLabel: "Sperrung A")
    }

    /// Vehicle-km = Σ vehicles × length: base (100·100 + 50·200)/1000 = 20, closed (0 + 150·200)/1000 = 30.
    /// Flows: A 100 → 0 (−100 %, bottom class), B 50 → 150 (+200 %, top class). t2's route changed by 100 m
    /// (33 %): diverted; t1 unchanged; t3 arrived in the base only, so 2 trips were compared.
    @Test func closureShowsInFiguresLinksAndDivertedTrips() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let comparison = try closure(in: dir)
        let vkm = try #require(comparison.figures.first { $0.name == "vehicle-kilometres" })
        #expect(abs(vkm.base.mean - 20) < 1e-9 && abs(vkm.measure.mean - 30) < 1e-9)
        #expect(abs(vkm.differencePercent! - 50) < 1e-9)
        #expect(vkm.verdict == .noSpread)
        let a = try #require(comparison.links.first { $0.id == "A" })
        let b = try #require(comparison.links.first { $0.id == "B" })
        #expect(a.flowChange == -100 && a.flowChangePercent == -100 && a.speedChange == nil)
        #expect(b.flowChange == 100 && b.flowChangePercent == 200 && b.speedChange == -15 && b.queueChange == 5)
        #expect(RunComparison.changeClass(of: a).label == "less than −20 %")
        #expect(RunComparison.changeClass(of: b).label == "more than +20 %")
        #expect(comparison.tripsCompared == 2)
        #expect(comparison.diverted.map(\.id) == ["t2"])
        #expect(comparison.diverted.first?.measureRouteLength == 400)

        let out = dir.appendingPathComponent("out")
        try comparison.write(to: out)
        for file in ["comparison.json", "network_figures.csv", "link_differences.csv", "link_differences.gpkg",
                     "difference_map.svg", "diverted_trips.csv", "summary.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let layer = try VectorDataset.openLayer(out.appendingPathComponent("link_differences.gpkg").path)
        let features = try layer.features()
        #expect(features.count == 2)
        #expect(features.first { $0.attributes["link_id"]?.stringValue == "B" }?.attributes["flow_change_vph"]?.doubleValue == 100)
        let csv = try String(contentsOf: out.appendingPathComponent("link_differences.csv"), encoding: .utf8)
        #expect(csv.contains("\nB,200.0,50.0,150.0,100.0,200.0,45.0,30.0,-15.0,0.0,5.0,5.0\n"))
        let html = try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8)
        #expect(html.contains("Sperrung A against Bestand") && html.contains("1 of 2 trips"))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("comparison.json"))) as? [String: Any])
        #expect(json["trips_diverted"] as? Int == 1)
        #expect(json["links_changed"] as? Int == 2)
        // The measures of each side, as the runs' summaries list them.
        #expect(json["base_measures"] as? [String] == [])
        #expect(json["measure_measures"] as? [String] == ["works: closure 0–3600 s", "t30: speed_limit from 600 s"])
        #expect(html.contains("Bestand: none; Sperrung A: works: closure 0–3600 s; t30: speed_limit from 600 s"))
    }

    /// `link_differences.gpkg` opens styled in QGIS: one default row in `layer_styles` for its layer and geometry
    /// column, also after writing the comparison twice, categorized on `change_class` with a category for every
    /// class (so for every value in the data), red for more traffic, blue for less, grey unchanged, and the
    /// larger changes drawn wider.
    @Test func linkDifferencesLayerCarriesItsQGISStyle() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let comparison = try closure(in: dir)
        let out = dir.appendingPathComponent("out")
        try comparison.write(to: out)
        try comparison.write(to: out)
        let path = out.appendingPathComponent(RunComparison.OutputFile.linkLayer).path

        let rows = try VectorDataset.open(path).layer(named: QGISLayerStyle.tableName).features().map(\.attributes)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row["f_table_name"] == .string(RunComparison.linkLayerName))
        #expect(row["f_geometry_column"] == .string("geom"))
        #expect(row["f_table_schema"] == .string(""))
        #expect(row["useAsDefault"]?.integerValue == 1)
        let qml = try #require(XMLElements(parsing: row["styleQML"]?.stringValue ?? ""))
        let renderer = try #require(qml.named("renderer-v2").first)
        #expect(renderer.attributes["type"] == "categorizedSymbol")
        #expect(renderer.attributes["attr"] == "change_class")

        let categories = qml.named("category")
        let values = categories.compactMap { $0.attributes["value"] }
        let inData = Set(try VectorDataset.openLayer(path).features().compactMap { $0.attributes["change_class"]?.stringValue })
        #expect(inData == ["less than −20 %", "more than +20 %"])
        #expect(inData.isSubset(of: Set(values)))
        #expect(values == RunComparison.changeClasses.map(\.label))
        let symbols = qml.qmlSymbolProperties
        func property(_ key: String, of value: String) -> String? {
            categories.first { $0.attributes["value"] == value }?.attributes["symbol"].flatMap { symbols[$0]?[key] }
        }
        #expect(property("line_color", of: "more than +20 %") == "178,24,43,255")  // #b2182b, red
        #expect(property("line_color", of: "less than −20 %") == "33,102,172,255")  // #2166ac, blue
        #expect(property("line_color", of: "within ±5 %") == "189,189,189,255")  // #bdbdbd, grey
        let width = { (value: String) in Double(property("line_width", of: value) ?? "") ?? 0 }
        #expect(width("more than +20 %") > width("+5 to +20 %") && width("+5 to +20 %") > width("within ±5 %"))
    }

    /// Two seeds per side. Vehicle-hours: base 1 and 2 h (mean 1.5, s 0.707), measure 3 and 4 h (mean 3.5,
    /// s 0.707): 2 standard errors = 2·√(0.5/2 + 0.5/2) = 1.414 < 2, an increase. Delay: base 0 and 2 h (mean 1,
    /// s 1.414), measure 1 and 2 h (mean 1.5, s 0.707): 2·√(2/2 + 0.5/2) = 2.236 > 0.5, within noise.
    @Test func differencesSmallerThanTheSeedSpreadAreLabelledNoise() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (side, runs) in [("base", [(3600.0, 0.0), (7200, 7200)]), ("measure", [(10800.0, 3600.0), (14400, 7200)])] {
            for (i, r) in runs.enumerated() {
                var run = Self.base
                run.vehicleSeconds = r.0
                run.delay = r.1
                try write(run, to: dir.appendingPathComponent("\(side)/seed-\(i + 1)"))
            }
        }
        let comparison = RunComparison(
            base: try RunOutputs.readRuns(directory: dir.appendingPathComponent("base").path),
            measure: try RunOutputs.readRuns(directory: dir.appendingPathComponent("measure").path))
        let hours = try #require(comparison.figures.first { $0.name == "vehicle-hours" })
        #expect(hours.base.runs == 2 && abs(hours.base.standardDeviation - 0.5.squareRoot()) < 1e-9)
        #expect(abs(hours.noise! - 2 * 0.5.squareRoot()) < 1e-9)
        #expect(hours.verdict == .increase)
        let delay = try #require(comparison.figures.first { $0.name == "delay" })
        #expect(abs(delay.noise! - 2 * 1.25.squareRoot()) < 1e-9)
        #expect(delay.verdict == .withinNoise)
        #expect(comparison.diverted.isEmpty && comparison.tripsCompared == 6)
    }

    /// A folder that is no finished run names itself; a run written with --no-map says what is missing.
    @Test func foldersThatAreNoRunsAreRefusedWithTheirPath() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: ComparisonError.self) { try RunOutputs.readRuns(directory: dir.path) }
        try write(Self.base, to: dir.appendingPathComponent("tables-only"), map: false)
        do {
            _ = try RunOutputs.readRuns(directory: dir.appendingPathComponent("tables-only").path)
            Issue.record("a run without links.gpkg must be refused")
        } catch {
            #expect(error.path.hasSuffix("tables-only") && error.message.contains("--no-map"))
        }
    }
}
