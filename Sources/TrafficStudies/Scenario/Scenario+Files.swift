import Foundation
import Support
import TrafficCore

extension Scenario {
    /// Loads a scenario file; paths inside are resolved against the file's directory.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try load(contentsOf: URL(fileURLWithPath: path))
    }

    public static func load(contentsOf url: URL) throws(ScenarioError) -> Scenario {
        let document: ScenarioDocument = try decode(url)
        return try Scenario(document: document, baseDirectory: url.deletingLastPathComponent())
    }

    /// Resolves a scenario document: reads the files it names relative to `baseDirectory`.
    public init(document: ScenarioDocument, baseDirectory: URL) throws(ScenarioError) {
        try self.init(document: document, baseDirectory: baseDirectory, source: NetworkSource(document.network))
    }

    /// The scenario of a SUMO network and SUMO routes (`flowsim run --net X.net.xml --routes Y.rou.xml`): the
    /// net's signal programs as plans, the routes' demand, default run parameters and `duration` seconds
    /// (default: the last departure or flow end + 1 h). `net` is read as a SUMO network whatever its name.
    public static func sumo(net: URL, routes: URL, duration: Double?) throws(ScenarioError) -> Scenario {
        let document = ScenarioDocument(
            network: net.path, demand: .init(routesFile: routes.path), duration: duration ?? 0)
        var scenario = try Scenario(document: document, baseDirectory: net.deletingLastPathComponent(), source: .sumo)
        if duration == nil {
            let demand = scenario.demand
            scenario.configuration.duration = ((demand.trips.map(\.departure) + demand.flows.map(\.end)).max() ?? 0) + 3_600
        }
        return scenario
    }

    /// `init(document:baseDirectory:)` with the network read as `source` says.
    init(document: ScenarioDocument, baseDirectory: URL, source: NetworkSource) throws(ScenarioError) {
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
        }
        let networkURL = resolve(document.network)
        switch source {
        case .document:
            if DocumentFile.format(of: networkURL) == .json,
                let head = try? FileHandle(forReadingFrom: networkURL).read(upToCount: 4096),
                String(decoding: head, as: UTF8.self).contains("\"FeatureCollection\"")
            {
                throw .cannotRead(
                    path: networkURL.path,
                    reason: "a GeoJSON file; name it .geojson to import it as a GIS line layer (a .json network is a "
                        + "network document)")
            }
            let networkDocument: NetworkDocument = try Self.decode(networkURL)
            let network: Network
            do {
                network = try Network(document: networkDocument)
            } catch {
                throw .network(path: networkURL.path, error)
            }
            try self.init(document: document, baseDirectory: baseDirectory, network: network)
        case let source:
            let imported: ImportedNetwork
            do throws(ImportError) {
                switch source {
                case .sumo: imported = try SUMONetworkImporter().importNetwork(contentsOf: networkURL)
                case .openStreetMap: imported = try OSMNetworkImporter().importNetwork(contentsOf: networkURL.path)
                default: imported = try GISNetworkImporter().importNetwork(from: networkURL.path)
                }
            } catch {
                throw .imported(error)
            }
            try self.init(document: document, baseDirectory: baseDirectory, network: imported.network)
            if document.signals == nil { signalPlans = imported.signalPlans }
            trafficLights = imported.trafficLights
            crs = imported.crs
            importWarnings = imported.warnings + importWarnings
        }
    }

    /// A scenario name from its network file: `city` for `city.json`, `city.net.xml` or `city.net.xml.gz`.
    public static func defaultName(_ url: URL) -> String {
        var name = url.lastPathComponent
        for suffix in [".gz", ".pbf", ".xml", ".net", ".osm", ".json", ".yaml", ".yml", ".geojson", ".gpkg"] {
            if name.lowercased().hasSuffix(suffix), name.count > suffix.count { name.removeLast(suffix.count) }
        }
        return name.split(separator: ":").first.map(String.init) ?? name
    }

    /// What a scenario's `network` names, by its file name: a network document (`.json`, `.yaml`, `.yml`), a
    /// SUMO network (`.net.xml`, `.net.xml.gz`), an OpenStreetMap file (`.osm`, `.osm.pbf`, `.pbf`) or a GIS
    /// line layer (anything else GDAL reads, e.g. `roads.gpkg:strassen`, `roads.geojson`).
    enum NetworkSource: Equatable {
        case document, sumo, openStreetMap, gis

        init(_ path: String) {
            let name = path.lowercased()
            if name.hasSuffix(".net.xml") || name.hasSuffix(".net.xml.gz") {
                self = .sumo
            } else if name.hasSuffix(".osm") || name.hasSuffix(".pbf") {
                self = .openStreetMap
            } else if [".json", ".yaml", ".yml"].contains(where: name.hasSuffix) && !name.hasSuffix(".geojson") {
                self = .document
            } else {
                self = .gis
            }
        }
    }

    /// Resolves a scenario document on a network obtained elsewhere (e.g. imported from a GIS layer);
    /// `document.network` is then only used for the default name.
    init(document: ScenarioDocument, baseDirectory: URL, network: Network) throws(ScenarioError) {
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
        }
        let networkURL = resolve(document.network)

        var plans: [NodeID: SignalPlan] = [:]
        if let signals = document.signals {
            let signalsURL = resolve(signals)
            let plansDocument: SignalPlansDocument = try Self.decode(signalsURL)
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
            let text = try Self.text(url)
            let table: CSVTable
            do {
                table = try CSVTable(text: text, source: url.path)
            } catch {
                throw .demand(DemandError(error))
            }
            guard let id = table.column(["id"]), let o = table.column(["origin", "from"]),
                let d = table.column(["destination", "to"]),
                let dep = table.column(["departure_s", "departure", "depart"])
            else {
                throw .demand(
                    .invalidCSV(
                        source: url.path, line: table.headerLine,
                        message: "need columns id,origin,destination,departure_s"))
            }
            for row in table.rows {
                guard row.fields.count > max(id, o, d, dep), let departure = Double(row.fields[dep]) else {
                    throw .demand(.invalidCSV(source: url.path, line: row.line, message: "malformed trip row"))
                }
                let tripID = row.fields[id]
                demand.trips.append(
                    Trip(
                        id: tripID, origin: try link(row.fields[o], "trip '\(tripID)'"),
                        destination: try link(row.fields[d], "trip '\(tripID)'"), departure: departure))
            }
        }
        var routeWarnings: [ImportWarning] = []
        if let routesFile = document.demand.routesFile {
            do throws(ImportError) {
                let imported = try SUMODemandImporter(network: network).importDemand(contentsOf: resolve(routesFile))
                demand.trips += imported.demand.trips
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
                let text = try Self.text(url)
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

    /// Writes the scenario as files into `directory`: `scenario.json`, `network.json`, `signals.json` (when
    /// there are plans) and one `od-<id>.csv` per OD matrix; trips and flows go inline into the scenario.
    /// Returns the URL of `scenario.json`, which `Scenario.load` reads back to an equal scenario — except
    /// for what files do not carry: a SUMO network's traffic lights, the CRS, import warnings, and the routes
    /// of SUMO vehicles (trips keep origin and destination and are routed again).
    @discardableResult
    public func write(to directory: URL) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try network.write(to: directory.appendingPathComponent("network.json"))
        var signalsFile: String? = nil
        if !signalPlans.isEmpty {
            signalsFile = "signals.json"
            try SignalPlansDocument(plans: signalPlans, network: network).jsonData()
                .write(to: directory.appendingPathComponent("signals.json"), options: .atomic)
        }
        let linkName = { (l: LinkID) in network[l].id }
        var matrices: [ScenarioDocument.ODMatrixRecord] = []
        for m in demand.odMatrices {
            let file = "od-\(m.id).csv"
            try Data(m.csvText().utf8).write(to: directory.appendingPathComponent(file), options: .atomic)
            matrices.append(
                ScenarioDocument.ODMatrixRecord(
                    id: m.id, matrix: file, cells: nil, zones: m.zones.mapValues { $0.map(linkName) }, begin: m.begin,
                    end: m.end, distribution: m.distribution, scale: m.scale))
        }
        let c = configuration
        let document = ScenarioDocument(
            name: name, network: "network.json", signals: signalsFile,
            demand: .init(
                trips: demand.trips.isEmpty
                    ? nil
                    : demand.trips.map {
                        .init(
                            id: $0.id, origin: linkName($0.origin), destination: linkName($0.destination),
                            departure: $0.departure)
                    },
                flows: demand.flows.isEmpty
                    ? nil
                    : demand.flows.map {
                        .init(
                            id: $0.id, origin: linkName($0.origin), destination: linkName($0.destination),
                            begin: $0.begin, end: $0.end, vehiclesPerHour: $0.vehiclesPerHour,
                            distribution: $0.distribution)
                    },
                odMatrices: matrices.isEmpty ? nil : matrices),
            duration: c.duration, step: c.step, seed: c.seed, outputInterval: c.outputInterval,
            reroutingInterval: c.reroutingInterval, gridlockTimeout: c.gridlockTimeout,
            stopOnGridlock: c.stopOnGridlock, unroutable: c.unroutablePolicy,
            signalControl: SignalControlRecord(configuration: c))
        let url = directory.appendingPathComponent("scenario.json")
        try stableJSONEncoder().encode(document).write(to: url, options: .atomic)
        return url
    }

    static func text(_ url: URL) throws(ScenarioError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .cannotRead(path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    static func decode<T: Decodable>(_ url: URL) throws(ScenarioError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .cannotRead(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try DocumentFile.decode(T.self, from: data, url: url)
        } catch {
            throw .cannotRead(path: url.path, reason: "invalid \(DocumentFile.format(of: url).rawValue) for \(T.self): \(error)")
        }
    }
}
