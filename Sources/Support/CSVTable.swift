/// A CSV file that could not be read as a table at all (a row-level problem is the reader's to report).
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public var description: String { "\(source), line \(line): \(message)" }
}

/// A minimal CSV reader for input tables (demand, sensor readings): `,` or `;` separated (the latter is what
/// German spreadsheet exports use), `#` comment lines and blank lines skipped, double-quoted fields with `""`
/// escapes.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let headerLine: Int
    public let rows: [Row]

    /// - Throws: `CSVError` when the text has no header row.
    public init(text: String, source: String) throws(CSVError) {
        var lines: [(Int, Substring)] = []
        // "\r\n" is one Character in Swift, so Windows line ends (spreadsheet exports) are split on explicitly.
        let rawLines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (offset, raw) in rawLines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            lines.append((offset + 1, line))
        }
        guard let first = lines.first else { throw CSVError(source: source, line: 1, message: "no header row") }
        let separator: Character = first.1.contains(";") && !first.1.contains(",") ? ";" : ","
        header = Self.fields(first.1, separator: separator).map { $0.trimmingCharacters(in: " \t") }
        headerLine = first.0
        rows = lines.dropFirst().map { Row(line: $0.0, fields: Self.fields($0.1, separator: separator)) }
    }

    static func fields(_ line: Substring, separator: Character) -> [String] {
        var result: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            current.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                result.append(current.trimmingCharacters(in: " \t"))
                current = ""
            } else {
                current.append(c)
            }
        }
        result.append(current.trimmingCharacters(in: " \t"))
        return result
    }

    /// Index of the first header column whose lower-cased name is in `names`.
    public func column(_ names: [String]) -> Int? {
        header.firstIndex { names.contains($0.lowercased()) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters of `set` (e.g. `" \t"`).
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let f = slice.first, set.contains(f) { slice.removeFirst() }
        while let l = slice.last, set.contains(l) { slice.removeLast() }
        return String(slice)
    }
}

/// Shortest round-trip text of a double, for files that are read back (`"\(x)"` is exact in Swift).
public func exactText(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
}
