import Support
import TrafficCore

extension DemandError {
    /// A demand table that could not be read as CSV at all, with the file and line the reader names.
    init(_ error: CSVError) {
        self = .invalidCSV(source: error.source, line: error.line, message: error.message)
    }
}
