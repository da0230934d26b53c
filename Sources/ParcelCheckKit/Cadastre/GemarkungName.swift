/// Name normalisation and distance for Gemarkung lookups.
enum GemarkungName {
    /// Lower-cased, umlauts and ß spelled out (ä → ae, ö → oe, ü → ue, ß → ss), whitespace trimmed and runs
    /// collapsed to one space: "  Lüneburg " and "LUENEBURG" both give "lueneburg".
    /// Decomposed umlauts (u + U+0308) compare equal to "ü" as Swift `Character`s, so they are covered too.
    static func normalized(_ name: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in name.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            switch character {
            case "ä": result += "ae"
            case "ö": result += "oe"
            case "ü": result += "ue"
            case "ß": result += "ss"
            default: result.append(character)
            }
        }
        return result
    }

    /// Levenshtein distance (insertions, deletions, substitutions each cost 1) over `Character`s.
    /// - Complexity: O(m·n) time, O(n) memory.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
