import Foundation
import Support
import TrafficCore

extension Scenario {
    /// Writes the scenario as files into `directory`: `scenario.json`, `network.json`, `signals.json` (when
    /// there are plans), one `od-<id>.csv` per OD matrix and one `measure-<n>-signals.json` per signal-plan
    /// measure; trips, flows and measures go inline into the scenario (a Tempo-30 zone as the links it covers, a
    /// lane closure as its capacity and storage factors, speeds in km/h).
    /// Returns the URL of `scenario.json`, which `Scenario.load` reads back to an equal scenario — except
    /// for what files do not carry: a SUMO network's traffic lights, the CRS, import warnings, and the routes
    /// of SUMO vehicles (trips keep origin and destination and are routed again); a measure's speed comes back
    /// to the precision of km/h in binary (m/s × 3.6 ÷ 3.6).
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
        let records = try measureRecords(writingPlansInto: directory)
        written.measures = records.isEmpty ? nil : records
        let url = directory.appendingPathComponent("scenario.json")
        try writeAtomically(try stableJSONEncoder().encode(written), to: url.path)
        return url
    }

    /// `measures` and `events` as scenario-file records, in that order; the plans of a signal-plan measure go into
    /// `measure-<n>-signals.json` in `directory` (n: the measure's position, from 1).
    func measureRecords(writingPlansInto directory: URL) throws -> [MeasureRecord] {
        let name = { (l: LinkID) in network[l].id }
        var records: [MeasureRecord] = []
        for (n, measure) in measures.enumerated() {
            var record = MeasureRecord(
                id: measure.id, kind: measure.action.kind, begin: measure.begin == 0 ? nil : measure.begin,
                end: measure.end.isFinite ? measure.end : nil)
            switch measure.action {
            case .closure(let links):
                record.links = links.map(name)
            case .capacity(let links, let factor, let storageFactor):
                record.links = links.map(name)
                record.factor = factor
                record.storageFactor = storageFactor == 1 ? nil : storageFactor
            case .speedLimit(let links, let speed):
                record.links = links.map(name)
                record.speedKmh = speed * 3.6
            case .turnBan(let movements):
                record.turns = movements.map {
                    MeasureRecord.Turn(from: name(network[$0].from), to: name(network[$0].to))
                }
            case .signalPlans(let plans):
                let file = "measure-\(n + 1)-signals.json"
                try writeAtomically(
                    try SignalPlansDocument(plans: plans, network: network).jsonData(),
                    to: directory.appendingPathComponent(file).path)
                record.signals = file
            case .detour(let links, let via):
                record.links = links.map(name)
                record.via = via.map(name)
            }
            records.append(record)
        }
        for event in events {
            var record = MeasureRecord(
                id: event.id, kind: "event", begin: event.begin == 0 ? nil : event.begin, end: event.end)
            record.trips = event.trips
            switch event.direction {
            case .to: record.to = event.links.map(name)
            case .from: record.from = event.links.map(name)
            }
            records.append(record)
        }
        return records
    }
}
