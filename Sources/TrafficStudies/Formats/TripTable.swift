import Support
import TrafficCore

/// Trips as CSV: a header with `id`, `origin` (or `from`), `destination` (or `to`) and `departure_s` (or
/// `departure`, `depart`) columns, one trip per row; `,` or `;` separated, `#` lines are comments. Origins and
/// destinations are link names, resolved by the reader of the scenario row by row (`row(_:)`), so the first
/// bad row — malformed or naming an unknown link — is the one reported.
struct TripTable {
    struct Row: Sendable, Equatable {
        var id: String
        var origin: String
        var destination: String
        var departure: Double
    }

    let source: String
    private let table: CSVTable
    private let columns: (id: Int, origin: Int, destination: Int, departure: Int)

    /// - Throws: `DemandError.invalidCSV` naming `source` and the line, for text without a header row or a
    ///   header without the four columns.
    init(text: String, source: String) throws(DemandError) {
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
        self.source = source
        columns = (id, o, d, dep)
    }

    var count: Int { table.rows.count }

    /// The `index`-th trip row.
    /// - Throws: `DemandError.invalidCSV` naming the line, for a row with too few fields or a departure that is
    ///   not a number.
    func row(_ index: Int) throws(DemandError) -> Row {
        let row = table.rows[index]
        let c = columns
        guard row.fields.count > max(c.id, c.origin, c.destination, c.departure),
            let departure = Double(row.fields[c.departure])
        else {
            throw .invalidCSV(source: source, line: row.line, message: "malformed trip row")
        }
        return Row(id: row.fields[c.id], origin: row.fields[c.origin], destination: row.fields[c.destination], departure: departure)
    }
}
