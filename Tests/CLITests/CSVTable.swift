import Foundation

/// A CSV file as written by `parcelcheck batch`: a header line, then rows (quoted fields allowed).
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var records = Self.parse(text)
        header = records.isEmpty ? [] : records.removeFirst()
        rows = records
    }

    func column(_ name: String) -> [String] {
        guard let i = header.firstIndex(of: name) else { return [] }
        return rows.map { i < $0.count ? $0[i] : "" }
    }

    /// Rows keyed by the value in `key`, each as column name → text.
    func keyed(by key: String) -> [String: [String: String]] {
        guard let k = header.firstIndex(of: key) else { return [:] }
        var result: [String: [String: String]] = [:]
        for row in rows where k < row.count {
            result[row[k]] = Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })
        }
        return result
    }

    /// RFC 4180 records: fields separated by `,`, quoted with `"` (doubled inside), records by line breaks.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var previousWasQuote = false
        for c in text {
            if quoted {
                if c == "\"" {
                    quoted = false
                    previousWasQuote = true
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                // A quote right after a closing quote is an escaped quote inside the field.
                if previousWasQuote { field.append("\"") }
                quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.append(c)
            }
            previousWasQuote = false
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
