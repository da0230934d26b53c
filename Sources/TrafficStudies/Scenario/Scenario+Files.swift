import Foundation
import Support
import TrafficCore

extension Scenario {
    /// Loads a scenario file; paths inside are resolved against the file's directory. A SUMO network's
    /// actuated programs are read as `actuatedPrograms` says (default: actuated).
    public static func load(
        path: String, actuatedPrograms: SUMONetworkImporter.ActuatedPrograms = .actuated
    ) throws(ScenarioError) -> Scenario {
        try load(contentsOf: URL(fileURLWithPath: path), actuatedPrograms: actuatedPrograms)
    }

    public static func load(
        contentsOf url: URL, actuatedPrograms: SUMONetworkImporter.ActuatedPrograms = .actuated
    ) throws(ScenarioError) -> Scenario {
        // A scenario file may carry the parking study's section, which `ParkingScenario.load` reads.
        let document: ScenarioDocument = try ScenarioFile.decodeStrictly(url, allowed: ["parking"])
        return try Scenario(
            document: document, baseDirectory: url.deletingLastPathComponent(), source: NetworkSource(document.network),
            actuatedPrograms: actuatedPrograms)
    }

    /// Resolves a scenario document: reads the files it names relative to `baseDirectory`.
    public init(document: ScenarioDocument, baseDirectory: URL) throws(ScenarioError) {
        try self.init(document: document, baseDirectory: baseDirectory, source: NetworkSource(document.network))
    }

    /// The scenario of a SUMO network and SUMO routes (`flowsim run --net X.net.xml --routes Y.rou.xml`): the
    /// net's signal programs as plans, the routes' demand, default run parameters and `duration` seconds
    /// (default: the last departure or flow end + 1 h). `net` is read as a SUMO network whatever its name.
    public static func sumo(
        net: URL, routes: URL, duration: Double?, actuatedPrograms: SUMONetworkImporter.ActuatedPrograms = .actuated
    ) throws(ScenarioError) -> Scenario {
        let document = ScenarioDocument(
            network: net.path, demand: .init(routesFile: routes.path), duration: duration ?? 0)
        var scenario = try Scenario(
            document: document, baseDirectory: net.deletingLastPathComponent(), source: .sumo,
            actuatedPrograms: actuatedPrograms)
        if duration == nil {
            let demand = scenario.demand
            scenario.configuration.duration = ((demand.trips.map(\.departure) + demand.flows.map(\.end)).max() ?? 0) + 3_600
        }
        return scenario
    }

    /// The network and signal programs of a SUMO net without demand, for work that simulates nothing
    /// (`flowsim signals check`).
    public static func sumo(net: URL) throws(ScenarioError) -> Scenario {
        let document = ScenarioDocument(network: net.path, demand: .init(), duration: 3_600)
        return try Scenario(document: document, baseDirectory: net.deletingLastPathComponent(), source: .sumo)
    }

    /// `init(document:baseDirectory:)` with the network read as `source` says; an imported network brings its
    /// signal plans (unless the document names its own), traffic lights, CRS and import warnings.
    init(
        document: ScenarioDocument, baseDirectory: URL, source: NetworkSource,
        actuatedPrograms: SUMONetworkImporter.ActuatedPrograms = .actuated
    ) throws(ScenarioError) {
        // SUMO demand with vehicle types of its own: the stop lines discharge at those types' rate at each lane's
        // speed limit (`SUMOVehicleTypes`), so a model compared with SUMO has SUMO's capacities.
        let linkDefaults = LinkDefaults()
        var typeNote: ImportWarning?
        var types = SUMOVehicleTypes.defaultOnly
        if source == .sumo, let routes = document.demand.routesFile {
            let url = ScenarioFile.resolve(routes, against: baseDirectory)
            do throws(ImportError) {
                types = try SUMOVehicleTypes.scan(contentsOf: url)
            } catch {
                throw .imported(error)
            }
            let flow = types.saturationFlowPerLane(base: linkDefaults.saturationFlowPerLane)
            if abs(flow / linkDefaults.saturationFlowPerLane - 1) > 0.005 {
                typeNote = ImportWarning(
                    String(
                        format: "the demand's vehicle types discharge a queue at %.2f s at 50 km/h (SUMO's default type "
                            + "%.2f s): saturation flow %.0f veh/h per lane instead of %.0f (and in proportion at other "
                            + "speed limits)",
                        types.meanDischargeHeadway, SUMOVehicleTypes.KraussType.sumoDefault.dischargeHeadway, flow,
                        linkDefaults.saturationFlowPerLane),
                    at: ImportLocation(source: url.lastPathComponent, element: "vType"))
            }
        }
        let imported = try source.read(
            ScenarioFile.resolve(document.network, against: baseDirectory), actuatedPrograms: actuatedPrograms,
            linkDefaults: linkDefaults, vehicleTypes: types)
        try self.init(document: document, baseDirectory: baseDirectory, network: imported.network)
        if document.signals == nil { signalPlans = imported.signalPlans }
        trafficLights = imported.trafficLights
        crs = imported.crs
        importWarnings = imported.warnings + (typeNote.map { [$0] } ?? []) + importWarnings
        try resolveMeasures(document.measures ?? [], baseDirectory: baseDirectory)
    }

    /// A scenario name from its network file: `city` for `city.json`, `city.net.xml` or `city.net.xml.gz`.
    public static func defaultName(_ url: URL) -> String {
        var name = url.lastPathComponent
        for suffix in [".gz", ".pbf", ".xml", ".net", ".osm", ".json", ".yaml", ".yml", ".geojson", ".gpkg"] {
            if name.lowercased().hasSuffix(suffix), name.count > suffix.count { name.removeLast(suffix.count) }
        }
        return name.split(separator: ":").first.map(String.init) ?? name
    }

    /// Resolves a scenario document on a network obtained elsewhere (e.g. imported from a GIS layer);
    /// `document.network` is then only used for the default name.
    init(document: ScenarioDocument, baseDirectory: URL, network: Network) throws(ScenarioError) {
        func resolve(_ path: String) -> URL { ScenarioFile.resolve(path, against: baseDirectory) }
        let networkURL = resolve(document.network)

        var plans: [NodeID: SignalPlan] = [:]
        if let signals = document.signals {
            let signalsURL = resolve(signals)
            let plansDocument: SignalPlansDocument = try ScenarioFile.decodeStrictly(signalsURL)
            do {
                plans = try plansDocument.plans(for: network)
            } catch {
                throw .signals(path: signalsURL.path, error)
            }
        }

        func link(_ id: String, _ usedBy: String) throws(ScenarioError) -> LinkID {
            guard let link = network.link(named: id) else { throw .demand(.unknownLink(id, referencedBy: usedBy)) }
            return link
        }
        var demand = Demand()
        for t in document.demand.trips ?? [] {
            demand.trips.append(
                Trip(
                    id: t.id, origin: try link(t.origin, "trip '\(t.id)'"),
                    destination: try link(t.destination, "trip '\(t.id)'"), departure: t.departure))
        }
        if let tripsFile = document.demand.tripsFile {
            let url = resolve(tripsFile)
            let text = try ScenarioFile.text(url)
            let table: TripTable
            do { table = try TripTable(text: text, source: url.path) } catch { throw .demand(error) }
            for index in 0..<table.count {
                let row: TripTable.Row
                do { row = try table.row(index) } catch { throw .demand(error) }
                demand.trips.append(
                    Trip(
                        id: row.id, origin: try link(row.origin, "trip '\(row.id)'"),
                        destination: try link(row.destination, "trip '\(row.id)'"), departure: row.departure))
            }
        }
        var routeWarnings: [ImportWarning] = []
        if let routesFile = document.demand.routesFile {
            do throws(ImportError) {
                let imported = try SUMODemandImporter(network: network).importDemand(contentsOf: resolve(routesFile))
                demand.trips += imported.demandOnRoutes.trips
                demand.flows += imported.demand.flows
                routeWarnings = imported.warnings
            } catch {
                throw .imported(error)
            }
        }
        for f in document.demand.flows ?? [] {
            demand.flows.append(
                Flow(
                    id: f.id, origin: try link(f.origin, "flow '\(f.id)'"),
                    destination: try link(f.destination, "flow '\(f.id)'"), begin: f.begin, end: f.end,
                    vehiclesPerHour: f.vehiclesPerHour, distribution: f.distribution ?? .uniform))
        }
        for m in document.demand.odMatrices ?? [] {
            var zones: [String: [LinkID]] = [:]
            for (zone, links) in m.zones {
                var ids: [LinkID] = []
                for l in links { ids.append(try link(l, "zone '\(zone)' of OD matrix '\(m.id)'")) }
                zones[zone] = ids
            }
            var entries = (m.cells ?? []).map {
                ODEntry(origin: $0.origin, destination: $0.destination, vehicles: $0.vehicles)
            }
            if let matrix = m.matrix {
                let url = resolve(matrix)
                let text = try ScenarioFile.text(url)
                do {
                    entries += try ODMatrix.parseCSV(text, source: url.path)
                } catch {
                    throw .demand(error)
                }
            }
            demand.odMatrices.append(
                ODMatrix(
                    id: m.id, zones: zones, entries: entries, begin: m.begin, end: m.end,
                    distribution: m.distribution ?? .poisson, scale: m.scale ?? 1))
        }
        self.init(
            name: document.name ?? Self.defaultName(networkURL), network: network,
            signalPlans: plans, demand: demand, configuration: document.configuration)
        importWarnings = routeWarnings
    }
}
