/// What an attribute filter (`WHERE` clause) may contain.
///
/// A filter is a condition on the layer's own attributes, evaluated row by row, so its cost is bounded by the
/// layer's size. GeoPackage and PostgreSQL hand the clause to their SQL engine as it stands, where a subquery
/// can run without bound (a recursive common table expression never ends) or read other tables. Filters with
/// a subquery are therefore refused before they reach the driver.
enum AttributeFilter {
    /// Keywords that open a subquery; refused outside string literals and quoted identifiers.
    static let refusedKeywords: Set<String> = ["SELECT", "WITH", "RECURSIVE", "VALUES"]

    /// Why `filter` is refused, or `nil` when it is a plain condition.
    static func refusal(of filter: String) -> String? {
        if let keyword = keywords(in: filter).first(where: { refusedKeywords.contains($0) }) {
            return "a filter is a condition on the layer's attributes; subqueries (\(keyword)) are not allowed"
        }
        if keywords(in: filter, separators: true).contains(";") {
            return "a filter is one condition; ';' is not allowed outside quotes"
        }
        return nil
    }

    /// The bare words (upper-cased) of `filter`, skipping '…' literals, "…" identifiers and comments; with
    /// `separators`, also each `;`.
    static func keywords(in filter: String, separators: Bool = false) -> [String] {
        let text = Array(filter)
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word.uppercased()) }
            word = ""
        }
        var i = 0
        while i < text.count {
            let c = text[i]
            let next: Character? = i + 1 < text.count ? text[i + 1] : nil
            if c == "'" || c == "\"" {
                // A literal or quoted identifier; a doubled quote inside it is an escaped quote.
                flush()
                i += 1
                while i < text.count {
                    if text[i] == c {
                        if i + 1 < text.count, text[i + 1] == c { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
            } else if c == "-", next == "-" {  // a comment to the end of the line
                flush()
                while i < text.count, text[i] != "\n" { i += 1 }
            } else if c == "/", next == "*" {  // a comment to its end
                flush()
                i += 2
                while i < text.count, !(text[i] == "*" && i + 1 < text.count && text[i + 1] == "/") { i += 1 }
                i += 2
            } else {
                if c.isLetter || c.isNumber || c == "_" {
                    word.append(c)
                } else {
                    flush()
                    if c == ";" && separators { words.append(";") }
                }
                i += 1
            }
        }
        flush()
        return words
    }
}
