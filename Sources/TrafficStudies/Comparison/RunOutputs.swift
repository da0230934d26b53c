import Foundation
import GeoCore
import Support
import TrafficCore

/// A run folder that cannot be compared: which file and why.
public struct ComparisonError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// The outputs of one finished `flowsim run` folder that a comparison reads: `summary.json` (network figures),
/// `links.gpkg` (per-link results and geometry) and `tripinfo.csv` (per-trip route length and travel time).
public struct RunOutputs: Sendable {
    /// Per-link results of the run (the columns of `links.gpkg`).
    public struct LinkFigures: Sendable, Hashable {
        public var lengthMetres: Double
        /// Vehicles that left the link during the run.
        public var vehicles: Double
        public var meanFlow: Double
        /// Space-mean speed (km/h); nil when no vehicle used the link.
        public var meanSpeed: Double?
        public var maxQueue: Double

        public init(lengthMetres: Double, vehicles: Double, meanFlow: Double, meanSpeed: Double?, maxQueue: Double) {
            self.lengthMetres = lengthMetres
            self.vehicles = vehicles
            self.meanFlow = meanFlow
            self.meanSpeed = meanSpeed
            self.maxQueue = maxQueue
        }
    }

    /// One arrived trip of `tripinfo.csv`.
    public struct Trip: Sendable, Hashable {
        public var routeLength: Double
        public var duration: Double
    }

    public var directory: String
    public var departed: Int
    public var arrived: Int
    public var unfinished: Int
    public var waitingToDepart: Int
    /// Vehicle-seconds on the network, unfinished vehicles included (`vehicle_seconds_simulated`).
    public var vehicleSeconds: Double
    /// Delay against free flow, unfinished vehicles included (`total_delay_veh_s`).
    public var totalDelay: Double
    public var meanTravelTime: Double
    public var links: [String: LinkFigures]
    public var geometries: [String: Geometry]
    public var crs: CoordinateReferenceSystem?
    public var trips: [String: Trip]
    /// The run's measures as `summary.json` lists them ("works: closure 300–600 s"); empty when it had none.
    public var measures: [String] = []

    /// Σ over links of vehicles × length: the distance driven by vehicles that completed each link.
    public var vehicleKilometres: Double {
        links.values.reduce(0) { $0 + $1.vehicles * $1.lengthMetres } / 1000
    }

    /// Reads a run folder. It must hold a complete set (`summary.json`, written last) and the map layer
    /// (`links.gpkg`: a run with `--no-map` cannot be compared per link).
    public static func read(directory: String) throws(ComparisonError) -> RunOutputs {
        let dir = URL(fileURLWithPath: directory)
        let summaryPath = dir.appendingPathComponent(SimulationResult.OutputFile.summary).path
        guard FileManager.default.fileExists(atPath: summaryPath) else {
            throw ComparisonError(
                path: directory, "no summary.json: not a finished flowsim run folder (a run writes it last)")
        }
        let summary: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath)))
                as? [String: Any]
            else { throw ComparisonError(path: summaryPath, "not a JSON object") }
            summary = object
        } catch let error as ComparisonError {
            throw error
        } catch {
            throw ComparisonError(path: summaryPath, "unreadable: \(error.localizedDescription)")
        }
        func number(_ key: String) throws(ComparisonError) -> Double {
            guard let value = (summary[key] as? NSNumber)?.doubleValue else {
                throw ComparisonError(path: summaryPath, "no number '\(key)'")
            }
            return value
        }
        let layerPath = dir.appendingPathComponent(SimulationResult.linkLayerFile).path
        guard FileManager.default.fileExists(atPath: layerPath) else {
            throw ComparisonError(
                path: directory, "no links.gpkg: per-link differences need the map layer (run without --no-map)")
        }
        var links: [String: LinkFigures] = [:]
        var geometries: [String: Geometry] = [:]
        let crs: CoordinateReferenceSystem?
        let features: [Feature]
        do throws(GDALError) {
            let layer = try VectorDataset.openLayer(layerPath)
            crs = layer.crs
            features = try layer.features()
        } catch {
            throw ComparisonError(path: layerPath, "\(error)")
        }
        for feature in features {
            let a = feature.attributes
            guard let id = a["link_id"]?.stringValue else {
                throw ComparisonError(path: layerPath, "feature \(feature.fid) has no link_id")
            }
            links[id] = LinkFigures(
                lengthMetres: a["length_m"]?.doubleValue ?? 0, vehicles: a["vehicles"]?.doubleValue ?? 0,
                meanFlow: a["mean_flow_vph"]?.doubleValue ?? 0, meanSpeed: a["mean_speed_kmh"]?.doubleValue,
                maxQueue: a["max_queue_veh"]?.doubleValue ?? 0)
            geometries[id] = feature.geometry
        }
        let trips = try readTrips(dir.appendingPathComponent(SimulationResult.OutputFile.trips).path)
        return RunOutputs(
            directory: directory, departed: Int(try number("vehicles_departed")),
            arrived: Int(try number("vehicles_arrived")), unfinished: Int(try number("vehicles_unfinished")),
            waitingToDepart: Int((summary["vehicles_waiting_to_depart"] as? NSNumber)?.intValue ?? 0),
            vehicleSeconds: try number("vehicle_seconds_simulated"), totalDelay: try number("total_delay_veh_s"),
            meanTravelTime: try number("mean_travel_time_s"), links: links, geometries: geometries, crs: crs,
            trips: trips, measures: Self.measures(in: summary))
    }

    /// The `measures` of a summary as text: "id: kind begin–end s" or "id: kind from begin s".
    static func measures(in summary: [String: Any]) -> [String] {
        (summary["measures"] as? [[String: Any]] ?? []).map { m in
            let id = m["id"] as? String ?? "?"
            let kind = m["kind"] as? String ?? "?"
            let begin = (m["begin_s"] as? NSNumber)?.doubleValue ?? 0
            let window = Measure.windowText(begin, (m["end_s"] as? NSNumber)?.doubleValue ?? .infinity)
            return "\(id): \(kind) \(window)"
        }
    }

    /// `tripinfo.csv`: id, duration and routeLength of each arrived trip; none when the file is missing.
    static func readTrips(_ path: String) throws(ComparisonError) -> [String: Trip] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let table: CSVTable
        do {
            table = try CSVTable(text: try String(contentsOfFile: path, encoding: .utf8), source: path)
        } catch {
            throw ComparisonError(path: path, "\(error)")
        }
        guard let id = table.header.firstIndex(of: "id"), let duration = table.header.firstIndex(of: "duration"),
            let length = table.header.firstIndex(of: "routeLength")
        else { throw ComparisonError(path: path, "needs the columns id, duration, routeLength") }
        var trips: [String: Trip] = [:]
        for row in table.rows {
            guard row.fields.count > max(id, duration, length), let d = Double(row.fields[duration]),
                let l = Double(row.fields[length])
            else { throw ComparisonError(path: "\(path), line \(row.line)", "not a trip record") }
            trips[row.fields[id]] = Trip(routeLength: l, duration: d)
        }
        return trips
    }

    /// The runs of `directory`: the folder itself when it is a run, else each sub-folder that is one (e.g. one
    /// per demand seed), sorted by name.
    public static func readRuns(directory: String) throws(ComparisonError) -> [RunOutputs] {
        let dir = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ComparisonError(path: directory, "no such folder")
        }
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent(SimulationResult.OutputFile.summary).path) {
            return [try read(directory: directory)]
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var runs: [RunOutputs] = []
        for name in names {
            let sub = dir.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: sub.appendingPathComponent(SimulationResult.OutputFile.summary).path) {
                runs.append(try read(directory: sub.path))
            }
        }
        guard !runs.isEmpty else {
            throw ComparisonError(
                path: directory, "neither a flowsim run folder (summary.json) nor a folder of runs (one per seed)")
        }
        return runs
    }
}
