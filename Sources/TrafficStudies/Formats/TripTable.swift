import Support
import TrafficCore

/// Trips as CSV: a header with `id`, `origin` (or `from`), `destination` (or `to`) and `departure_s` (or
/// `departure`, `depart`) columns, one trip per row; `,` or `;` separated, `#` lines are comments. Origins and
/// destinations are link names, resolved by the reader of the scenario.
enum TripTable {
    struct Row: Sendable, Equatable {
        var id: String
        var origin: String
        var destination: String
        var departure: Double
        /// 1-based line in the file.
        var line: Int
    }

    /// - Throws: `DemandError.invalidCSV` naming `source` and the line, for a missing column or a malformed row.
    static func parseCSV(_ text: String, source: String) throws(DemandError) -> [Row] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text, source: source)
        } catch {
            throw DemandError(error)
        }
        guard let id = table.column(["id"]), let o = table.column(["origin", "from"]),
            let d = table.column(["destination", "to"]),
            let dep = table.column(["departure_s", "departure", "depart"])
        else {
            throw .invalidCSV(source: source, line: table.headerLine, message: "need columns id,origin,destination,departure_s")
        }
        return try table.rows.map { (row) throws(DemandError) -> Row in
            guard row.fields.count > max(id, o, d, dep), let departure = Double(row.fields[dep]) else {
                throw .invalidCSV(source: source, line: row.line, message: "malformed trip row")
            }
            return Row(
                id: row.fields[id], origin: row.fields[o], destination: row.fields[d], departure: departure,
                line: row.line)
        }
    }
}
