import Support
import TrafficCore

/// OD matrices as CSV.
///
/// Formats read by `parseCSV(_:source:)`:
/// - long: a header with `origin,destination,vehicles` (aliases `from`/`to`, `count`/`trips`/`demand`) and
///   optional `begin_s,end_s` columns; one row per cell.
/// - square: header `,Z1,Z2,…` (first cell empty or `od`), then rows `Z1,0,12.5,…`.
/// Fields may be separated by `;` instead of `,`; `#` lines are comments.
extension ODMatrix {
    /// Reads OD cells from CSV text (long or square form, see the type's documentation).
    public static func parseCSV(_ text: String, source: String = "OD matrix") throws(DemandError) -> [ODEntry] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text, source: source)
        } catch {
            throw DemandError(error)
        }
        func number(_ field: String, line: Int, what: String) throws(DemandError) -> Double {
            guard let value = Double(field), value.isFinite else {
                throw .invalidCSV(source: source, line: line, message: "\(what) '\(field)' is not a number")
            }
            return value
        }
        if let o = table.column(["origin", "from", "o"]), let d = table.column(["destination", "to", "d"]),
            let v = table.column(["vehicles", "count", "trips", "demand"])
        {
            let b = table.column(["begin_s", "begin"])
            let e = table.column(["end_s", "end"])
            var entries: [ODEntry] = []
            for row in table.rows {
                let needed = [o, d, v, b ?? 0, e ?? 0].max()!
                guard row.fields.count > needed else {
                    throw .invalidCSV(source: source, line: row.line, message: "expected \(needed + 1) fields")
                }
                let vehicles = try number(row.fields[v], line: row.line, what: "vehicles")
                guard vehicles >= 0 else {
                    throw .invalidCSV(source: source, line: row.line, message: "negative vehicles \(vehicles)")
                }
                var begin: Double? = nil
                var end: Double? = nil
                if let b, !row.fields[b].isEmpty { begin = try number(row.fields[b], line: row.line, what: "begin") }
                if let e, !row.fields[e].isEmpty { end = try number(row.fields[e], line: row.line, what: "end") }
                entries.append(
                    ODEntry(
                        origin: row.fields[o], destination: row.fields[d], vehicles: vehicles, begin: begin, end: end))
            }
            return entries
        }
        let corner = table.header.first?.lowercased() ?? ""
        guard table.header.count >= 2, corner.isEmpty || corner == "od" || corner.contains("\\") else {
            throw .invalidCSV(
                source: source, line: table.headerLine,
                message: "header needs origin,destination,vehicles columns or a square matrix header ',Z1,Z2,…'")
        }
        let destinations = Array(table.header.dropFirst())
        var entries: [ODEntry] = []
        for row in table.rows {
            guard row.fields.count == table.header.count else {
                throw .invalidCSV(
                    source: source, line: row.line,
                    message: "expected \(table.header.count) fields, found \(row.fields.count)")
            }
            for (j, destination) in destinations.enumerated() {
                let field = row.fields[j + 1]
                if field.isEmpty { continue }
                let vehicles = try number(field, line: row.line, what: "vehicles")
                guard vehicles >= 0 else {
                    throw .invalidCSV(source: source, line: row.line, message: "negative vehicles \(vehicles)")
                }
                if vehicles > 0 {
                    entries.append(ODEntry(origin: row.fields[0], destination: destination, vehicles: vehicles))
                }
            }
        }
        return entries
    }

    /// The cells as long-form CSV (`origin,destination,vehicles,begin_s,end_s`), exact numbers.
    public func csvText() -> String {
        var text = "origin,destination,vehicles,begin_s,end_s\n"
        for e in entries {
            text += "\(e.origin),\(e.destination),\(exactText(e.vehicles)),"
            text += "\(e.begin.map(exactText) ?? ""),\(e.end.map(exactText) ?? "")\n"
        }
        return text
    }
}
