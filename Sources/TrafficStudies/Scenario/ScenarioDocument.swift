import Support
import TrafficCore

/// The scenario file (Codable): JSON, or YAML with the same keys when the name ends in `.yaml`/`.yml`
/// (`DocumentFile`; so may the network, signal-plan and parking files it names). Relative paths are resolved
/// against the scenario file's directory.
///
/// ```json
/// {
///   "name": "grid-3x3",
///   "network": "network.json",
///   "signals": "signals.json",
///   "demand": {
///     "trips": [ { "id": "t1", "origin": "W_0-n_0_0", "destination": "n_0_2-E_0", "departure_s": 10 } ],
///     "trips_file": "trips.csv",
///     "flows": [ { "id": "f1", "origin": "N_0-n_0_0", "destination": "n_2_0-S_0", "begin_s": 0,
///                  "end_s": 3600, "vehicles_per_hour": 400, "distribution": "poisson" } ],
///     "od_matrices": [ { "id": "am", "matrix": "od.csv", "zones": { "Z1": ["W_0-n_0_0"], "Z2": ["n_0_2-E_0"] },
///                        "begin_s": 0, "end_s": 3600, "distribution": "poisson", "scale": 1.0 } ]
///   },
///   "duration_s": 5400, "step_s": 1, "seed": 42, "output_interval_s": 60,
///   "rerouting_interval_s": 300, "gridlock_timeout_s": 300, "stop_on_gridlock": true, "unroutable": "report",
///   "signal_control": { "method": "actuated", "max_green_s": 45 }
/// }
/// ```
/// - `network`: a network JSON file (`NetworkDocument`), or a network to import, chosen by the file name
///   (`Scenario.NetworkSource`): a SUMO `.net.xml`/`.net.xml.gz` (with its signal programs as the plans
///   unless `signals` is given), an OpenStreetMap `.osm`/`.pbf`, or a GIS line layer (`roads.gpkg:layer`,
///   `roads.geojson`; attributes as for `GISNetworkImporter`). `signals`: a signal-plan file
///   (`SignalPlansDocument`), required when the network has signal groups and no plans of its own.
/// - `routes_file`: a SUMO route or trip file (vehicles, trips, flows; `SUMODemandImporter`).
/// - `trips_file`: CSV with header `id,origin,destination,departure_s` (link IDs).
/// - `od_matrices[].matrix`: an OD CSV (`ODMatrix.parseCSV`); alternatively `cells` inline. Zones list link
///   IDs: trips start on the origin zone's links and end on the destination zone's links.
/// - `distribution`: `uniform` (evenly spaced) or `poisson` (default for OD, `uniform` for flows).
/// - Defaults: `step_s` 1, `seed` 1, `output_interval_s` 300, no re-routing, `gridlock_timeout_s` 300,
///   `stop_on_gridlock` true, `unroutable` `report` (or `fail`).
/// - `signal_control` (optional, default: fixed plans): see `SignalControlRecord`.
/// - `junction_conflicts` (optional): gap acceptance of movements that yield (`JunctionConflictsRecord`),
///   e.g. `{ "crossing_gap_before_s": 4, "crossing_gap_after_s": 3, "merge_gap_before_s": 4,
///   "merge_gap_after_s": 1.5, "follow_up_s": 3.5, "maximum_wait_s": 30 }` (the defaults), or
///   `{ "enabled": false }` to let every movement flow at its saturation headway.
/// - `time_to_teleport_s` (optional, default: never): as SUMO's `--time-to-teleport`, a vehicle standing that long at
///   its stop line because the next link is full moves on all the same (`SimulationConfiguration.teleportAfter`);
///   for comparisons with SUMO runs that teleport.
/// - `measures` (optional): measures in force during time windows — closures, lane closures, capacity factors,
///   speed limits (also on the links of a Tempo-30 zone layer), turn bans, signal-plan changes, event demand,
///   signposted detours (`MeasureRecord`).
/// - `stop_and_go` (optional): the time lost braking to a stop and starting again (`StopAndGoRecord`),
///   `{ "acceleration_mps2": 2.6, "deceleration_mps2": 4.5, "start_up_loss": true }` (the defaults, SUMO's for
///   passenger cars; `start_up_loss`: a queue that stood at a signal starts slowly, SUMO's measured start-up lost
///   time per approach speed), or `{ "enabled": false }` for the plain point queue (a stop costs only its
///   standing time).
public struct ScenarioDocument: Codable, Sendable, Hashable {
    /// Who yields to whom comes with the network (SUMO `<request response>`, `yields_to` in a network file);
    /// this says how a yielding vehicle finds its gap (`SimulationConfiguration.GapAcceptance`).
    public struct JunctionConflictsRecord: Codable, Sendable, Hashable {
        public var enabled: Bool?
        public var crossingGapBefore: Double?
        public var crossingGapAfter: Double?
        public var mergeGapBefore: Double?
        public var mergeGapAfter: Double?
        public var followUp: Double?
        public var maximumWait: Double?

        enum CodingKeys: String, CodingKey {
            case enabled
            case crossingGapBefore = "crossing_gap_before_s"
            case crossingGapAfter = "crossing_gap_after_s"
            case mergeGapBefore = "merge_gap_before_s"
            case mergeGapAfter = "merge_gap_after_s"
            case followUp = "follow_up_s"
            case maximumWait = "maximum_wait_s"
        }

        public init(enabled: Bool? = nil) { self.enabled = enabled }

        /// The record for `gap` (`nil` for the defaults, nothing to write).
        public init?(_ gap: SimulationConfiguration.GapAcceptance?) {
            guard let gap else {
                enabled = false
                return
            }
            guard gap != SimulationConfiguration.GapAcceptance() else { return nil }
            crossingGapBefore = gap.crossingBefore
            crossingGapAfter = gap.crossingAfter
            mergeGapBefore = gap.mergeBefore
            mergeGapAfter = gap.mergeAfter
            followUp = gap.followUp
            maximumWait = gap.maximumWait
        }

        /// The gap acceptance it describes (defaults for absent fields), `nil` when disabled.
        public var gapAcceptance: SimulationConfiguration.GapAcceptance? {
            guard enabled ?? true else { return nil }
            let d = SimulationConfiguration.GapAcceptance()
            return .init(
                crossingBefore: crossingGapBefore ?? d.crossingBefore, crossingAfter: crossingGapAfter ?? d.crossingAfter,
                mergeBefore: mergeGapBefore ?? d.mergeBefore, mergeAfter: mergeGapAfter ?? d.mergeAfter,
                followUp: followUp ?? d.followUp, maximumWait: maximumWait ?? d.maximumWait)
        }
    }

    /// How much a stop costs beyond standing (`SimulationConfiguration.StopAndGo`).
    public struct StopAndGoRecord: Codable, Sendable, Hashable {
        public var enabled: Bool?
        public var acceleration: Double?
        public var deceleration: Double?
        public var startUpLoss: Bool?

        enum CodingKeys: String, CodingKey {
            case enabled
            case acceleration = "acceleration_mps2"
            case deceleration = "deceleration_mps2"
            case startUpLoss = "start_up_loss"
        }

        public init(enabled: Bool? = nil) { self.enabled = enabled }

        /// The record for `stopAndGo` (`nil` for the defaults, nothing to write).
        public init?(_ stopAndGo: SimulationConfiguration.StopAndGo?) {
            guard let stopAndGo else {
                enabled = false
                return
            }
            guard stopAndGo != SimulationConfiguration.StopAndGo() else { return nil }
            acceleration = stopAndGo.acceleration
            deceleration = stopAndGo.deceleration
            startUpLoss = stopAndGo.startUpLoss
        }

        /// The model it describes (defaults for absent fields), `nil` when disabled.
        public var stopAndGo: SimulationConfiguration.StopAndGo? {
            guard enabled ?? true else { return nil }
            let d = SimulationConfiguration.StopAndGo()
            return .init(
                acceleration: acceleration ?? d.acceleration, deceleration: deceleration ?? d.deceleration,
                startUpLoss: startUpLoss ?? d.startUpLoss)
        }
    }

    public struct TripRecord: Codable, Sendable, Hashable {
        public var id: String
        public var origin: String
        public var destination: String
        public var departure: Double

        enum CodingKeys: String, CodingKey {
            case id, origin, destination
            case departure = "departure_s"
        }

        public init(id: String, origin: String, destination: String, departure: Double) {
            self.id = id
            self.origin = origin
            self.destination = destination
            self.departure = departure
        }
    }

    public struct FlowRecord: Codable, Sendable, Hashable {
        public var id: String
        public var origin: String
        public var destination: String
        public var begin: Double
        public var end: Double
        public var vehiclesPerHour: Double
        public var distribution: DepartureDistribution?

        enum CodingKeys: String, CodingKey {
            case id, origin, destination, distribution
            case begin = "begin_s"
            case end = "end_s"
            case vehiclesPerHour = "vehicles_per_hour"
        }
    }

    public struct ODCellRecord: Codable, Sendable, Hashable {
        public var origin: String
        public var destination: String
        public var vehicles: Double
    }

    public struct ODMatrixRecord: Codable, Sendable, Hashable {
        public var id: String
        public var matrix: String?
        public var cells: [ODCellRecord]?
        public var zones: [String: [String]]
        public var begin: Double
        public var end: Double
        public var distribution: DepartureDistribution?
        public var scale: Double?

        enum CodingKeys: String, CodingKey {
            case id, matrix, cells, zones, distribution, scale
            case begin = "begin_s"
            case end = "end_s"
        }
    }

    public struct DemandRecord: Codable, Sendable, Hashable {
        public var trips: [TripRecord]?
        public var tripsFile: String?
        /// A SUMO route or trip file (`.rou.xml`, `.trips.xml`, also gzip-compressed): its vehicles, trips and
        /// flows, on links named like the SUMO edges.
        public var routesFile: String?
        public var flows: [FlowRecord]?
        public var odMatrices: [ODMatrixRecord]?

        enum CodingKeys: String, CodingKey {
            case trips, flows
            case tripsFile = "trips_file"
            case routesFile = "routes_file"
            case odMatrices = "od_matrices"
        }

        public init(
            trips: [TripRecord]? = nil, tripsFile: String? = nil, routesFile: String? = nil,
            flows: [FlowRecord]? = nil, odMatrices: [ODMatrixRecord]? = nil
        ) {
            self.trips = trips
            self.tripsFile = tripsFile
            self.routesFile = routesFile
            self.flows = flows
            self.odMatrices = odMatrices
        }
    }

    public var name: String?
    public var network: String
    public var signals: String?
    public var demand: DemandRecord
    public var duration: Double
    public var step: Double?
    public var seed: UInt64?
    public var outputInterval: Double?
    public var reroutingInterval: Double?
    public var gridlockTimeout: Double?
    public var stopOnGridlock: Bool?
    public var unroutable: SimulationConfiguration.UnroutablePolicy?
    public var signalControl: SignalControlRecord?
    public var junctionConflicts: JunctionConflictsRecord?
    public var stopAndGo: StopAndGoRecord?
    public var measures: [MeasureRecord]?
    public var timeToTeleport: Double?

    enum CodingKeys: String, CodingKey {
        case name, network, signals, demand, seed, unroutable, measures
        case duration = "duration_s"
        case step = "step_s"
        case outputInterval = "output_interval_s"
        case reroutingInterval = "rerouting_interval_s"
        case gridlockTimeout = "gridlock_timeout_s"
        case stopOnGridlock = "stop_on_gridlock"
        case signalControl = "signal_control"
        case junctionConflicts = "junction_conflicts"
        case stopAndGo = "stop_and_go"
        case timeToTeleport = "time_to_teleport_s"
    }

    public init(
        name: String? = nil, network: String, signals: String? = nil, demand: DemandRecord, duration: Double,
        step: Double? = nil, seed: UInt64? = nil, outputInterval: Double? = nil, reroutingInterval: Double? = nil,
        gridlockTimeout: Double? = nil, stopOnGridlock: Bool? = nil,
        unroutable: SimulationConfiguration.UnroutablePolicy? = nil, signalControl: SignalControlRecord? = nil
    ) {
        self.name = name
        self.network = network
        self.signals = signals
        self.demand = demand
        self.duration = duration
        self.step = step
        self.seed = seed
        self.outputInterval = outputInterval
        self.reroutingInterval = reroutingInterval
        self.gridlockTimeout = gridlockTimeout
        self.stopOnGridlock = stopOnGridlock
        self.unroutable = unroutable
        self.signalControl = signalControl
    }

    /// The run parameters, with defaults for absent fields.
    public var configuration: SimulationConfiguration {
        let defaults = SimulationConfiguration(duration: duration)
        var configuration = SimulationConfiguration(
            duration: duration, step: step ?? defaults.step, seed: seed ?? defaults.seed,
            outputInterval: outputInterval ?? defaults.outputInterval, reroutingInterval: reroutingInterval,
            gridlockTimeout: gridlockTimeout ?? defaults.gridlockTimeout,
            stopOnGridlock: stopOnGridlock ?? defaults.stopOnGridlock,
            unroutablePolicy: unroutable ?? defaults.unroutablePolicy)
        signalControl?.apply(to: &configuration)
        if let junctionConflicts { configuration.gapAcceptance = junctionConflicts.gapAcceptance }
        if let stopAndGo { configuration.stopAndGo = stopAndGo.stopAndGo }
        configuration.teleportAfter = timeToTeleport
        return configuration
    }
}
