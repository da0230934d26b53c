import Foundation

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
    }

    /// The summary as pretty-printed JSON with sorted keys.
    public func summaryJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(summary)
    }

    /// Writes summary, trip records, time series, unroutable trip IDs and plots into `directory` (created if
    /// needed) and returns the files written.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        let files: [(name: String, data: Data)] = [
            (OutputFile.summary, try summaryJSON()),
            (OutputFile.trips, Data(tripsCSV().utf8)),
            (OutputFile.linkSeries, Data(linkSeriesCSV().utf8)),
            (OutputFile.networkSeries, Data(networkSeriesCSV().utf8)),
            (OutputFile.unroutable, Data(unroutableTripIDs.map { $0 + "\n" }.joined().utf8)),
            (OutputFile.meanSpeedPlot, Data(meanSpeedSVG().utf8)),
            (OutputFile.fundamentalDiagramPlot, Data(fundamentalDiagramSVG().utf8)),
        ]
        return try writeFilesAtomically(files, to: directory)
    }
}
