import Foundation
import Support
import TrafficCore

/// Prior demand for a calibration from an OD CSV whose zones are links.
extension ODMatrix {
    /// Reads an OD CSV (`ODMatrix.parseCSV`, long or square form) whose origins and destinations are link ids
    /// of `network` (SUMO edge ids), each its own zone; cells without `begin_s`/`end_s` depart within
    /// `window`. Departures are evenly spread over each cell's window (`DepartureDistribution.uniform`),
    /// so the prior does not depend on the seed. `calibrated-od.csv` is read back the same way.
    ///
    /// - Throws: `DemandError` naming file and line: `.invalidCSV` for what the CSV reader refuses and for a
    ///   link the network does not have (the line in long form; the header's line in square form).
    public static func linkMatrix(
        contentsOf url: URL, network: Network, window: ClosedRange<Double>
    ) throws(DemandError) -> ODMatrix {
        let source = url.lastPathComponent
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .invalidCSV(source: source, line: 0, message: "cannot be read: \(error.localizedDescription)")
        }
        let entries = try parseCSV(text, source: source)
        let table = try? CSVTable(text: text, source: source)
        var zones: [String: [LinkID]] = [:]
        for (i, entry) in entries.enumerated() {
            for name in [entry.origin, entry.destination] where zones[name] == nil {
                guard let link = network.link(named: name) else {
                    let line = table.map { $0.rows.count == entries.count ? $0.rows[i].line : $0.headerLine } ?? 0
                    throw .invalidCSV(source: source, line: line, message: "no link '\(name)' in the network")
                }
                zones[name] = [link]
            }
        }
        return ODMatrix(
            id: Scenario.defaultName(url), zones: zones, entries: entries, begin: window.lowerBound,
            end: window.upperBound, distribution: .uniform)
    }
}
