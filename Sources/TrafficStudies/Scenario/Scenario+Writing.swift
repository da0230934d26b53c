import Foundation
import Support
import TrafficCore

extension Scenario {
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
            try writeAtomically(
                try SignalPlansDocument(plans: signalPlans, network: network).jsonData(),
                to: directory.appendingPathComponent("signals.json").path)
        }
        let linkName = { (l: LinkID) in network[l].id }
        var matrices: [ScenarioDocument.ODMatrixRecord] = []
        for m in demand.odMatrices {
            let file = "od-\(m.id).csv"
            try writeAtomically(Data(m.csvText().utf8), to: directory.appendingPathComponent(file).path)
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
        var written = document
        written.junctionConflicts = ScenarioDocument.JunctionConflictsRecord(c.gapAcceptance)
        written.stopAndGo = ScenarioDocument.StopAndGoRecord(c.stopAndGo)
        let url = directory.appendingPathComponent("scenario.json")
        try writeAtomically(try stableJSONEncoder().encode(written), to: url.path)
        return url
    }
}
