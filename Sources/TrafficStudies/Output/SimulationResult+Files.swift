import Foundation
import Support
import TrafficCore

extension SimulationResult {
    /// File names written by `write(to:)`.
    public enum OutputFile {
        public static let summary = "summary.json"
        public static let trips = "tripinfo.csv"
        public static let linkSeries = "link_timeseries.csv"
        public static let networkSeries = "network_timeseries.csv"
        public static let unroutable = "unroutable.txt"
        public static let meanSpeedPlot = "mean_speed.svg"
        public static let fundamentalDiagramPlot = "mfd.svg"
        /// Only with controller-run signals: the stage-switch log and the priority vehicles' trip records.
        public static let signalStages = "signal_stages.csv"
        public static let priorityTrips = "priority_tripinfo.csv"
    }

    /// The summary as pretty-printed JSON with sorted keys.
    public func summaryJSON() throws -> Data {
        return try stableJSONEncoder().encode(summary)
    }

    /// Writes summary, trip records, time series, unroutable trip IDs, plots and (with controller-run signals)
    /// the stage log and priority trips into `directory` (created if needed) and returns the files written
    /// (summary first). The set is complete when `summary.json` is there: it is removed first and written last
    /// (`OutputSet`), so a run killed midway leaves a folder without it.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        let set = try OutputSet(directory: directory, marker: OutputFile.summary)
        let urls = try writeFilesAtomically(try outputFiles(), to: directory)
        return [try set.finish(try summaryJSON())] + urls
    }

    /// The files of `write(to:)` but the summary.
    func outputFiles() throws -> [(name: String, data: Data)] {
        var files: [(name: String, data: Data)] = [
            (OutputFile.trips, Data(tripsCSV().utf8)),
            (OutputFile.linkSeries, Data(linkSeriesCSV().utf8)),
            (OutputFile.networkSeries, Data(networkSeriesCSV().utf8)),
            (OutputFile.unroutable, Data(unroutableTripIDs.map { $0 + "\n" }.joined().utf8)),
            (OutputFile.meanSpeedPlot, Data(meanSpeedSVG().utf8)),
            (OutputFile.fundamentalDiagramPlot, Data(fundamentalDiagramSVG().utf8)),
        ]
        if let signalControl {
            files.append((OutputFile.signalStages, Data(signalControl.stageSwitchesCSV().utf8)))
            files.append((OutputFile.priorityTrips, Data(Self.tripsCSV(signalControl.priorityTrips).utf8)))
        }
        return files
    }
}
