import Foundation
import Yams

/// The file formats of scenario, network, signal-plan and parking documents: JSON, or YAML with the same keys
/// when the file name ends in `.yaml` or `.yml` (YAML allows comments, handy for hand-written signal plans).
///
/// In YAML, quote IDs that YAML would read as something other than text where it matters to you — a bare
/// `1` or `1.50` is read back as the text `1` or `1.50`, but `~` and `null` are no value at all.
public enum DocumentFile {
    public enum Format: String, Sendable {
        case json = "JSON"
        case yaml = "YAML"
    }

    public static func format(of url: URL) -> Format {
        ["yaml", "yml"].contains(url.pathExtension.lowercased()) ? .yaml : .json
    }

    /// Decodes `data`, read from `url`, in the format the file name gives.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, url: URL) throws -> T {
        switch format(of: url) {
        case .json:
            return try JSONDecoder().decode(T.self, from: data)
        case .yaml:
            guard let text = String(data: data, encoding: .utf8) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not UTF-8 text"))
            }
            return try YAMLDecoder().decode(T.self, from: text)
        }
    }
}

extension DocumentFile {
    /// Keys of `data` (JSON or YAML, as `url`'s name says) that `value` — the document decoded from it — does not
    /// hold, as `path.to.key` texts with a suggestion where a known key is close ("did you mean …?").
    ///
    /// Decoding skips keys it does not know, so a misspelt `duraton_s` would silently take the default. The
    /// check encodes `value` again and compares the key trees: a key with a value in the file but not in the
    /// encoding was not read. Keys with a null value, and the names in `allowed` at the top level (sections that
    /// another reader takes, e.g. a scenario's `parking`), are not reported. `vocabulary` adds known keys for the
    /// suggestions (keys that are optional and absent from this document).
    public static func unknownKeys<T: Encodable>(
        in data: Data, url: URL, decoded value: T, allowed: Set<String> = [], vocabulary: [String] = []
    ) -> [String] {
        guard let given = tree(of: data, format: format(of: url)),
            let encoded = try? JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        else { return [] }
        var known = Set(vocabulary)
        collectKeys(encoded, into: &known)
        var found: [String] = []
        compare(given, encoded, path: "", allowed: allowed, known: known, found: &found)
        return found
    }

    /// The document as nested dictionaries and arrays (`nil` when it does not parse).
    static func tree(of data: Data, format: Format) -> Any? {
        switch format {
        case .json: return try? JSONSerialization.jsonObject(with: data)
        case .yaml:
            guard let text = String(data: data, encoding: .utf8) else { return nil }
            return try? Yams.load(yaml: text)
        }
    }

    static func dictionary(_ value: Any) -> [String: Any]? {
        if let d = value as? [String: Any] { return d }
        if let d = value as? [AnyHashable: Any] {
            var result: [String: Any] = [:]
            for (k, v) in d { result["\(k.base)"] = v }
            return result
        }
        return nil
    }

    static func isNull(_ value: Any) -> Bool { value is NSNull || (value as Any?) == nil }

    static func collectKeys(_ value: Any, into keys: inout Set<String>) {
        if let d = dictionary(value) {
            for (k, v) in d {
                keys.insert(k)
                collectKeys(v, into: &keys)
            }
        } else if let a = value as? [Any] {
            for v in a { collectKeys(v, into: &keys) }
        }
    }

    static func compare(
        _ given: Any, _ encoded: Any, path: String, allowed: Set<String>, known: Set<String>, found: inout [String]
    ) {
        if let g = dictionary(given) {
            let e = dictionary(encoded) ?? [:]
            for key in g.keys.sorted() {
                let value = g[key]!
                if isNull(value) || (path.isEmpty && allowed.contains(key)) { continue }
                let here = path.isEmpty ? key : path + "." + key
                guard let other = e[key] else {
                    let close = known.filter { $0 != key && editDistance($0, key) <= 2 }.sorted()
                    found.append(here + (close.isEmpty ? "" : " (did you mean '\(close.joined(separator: "' or '"))'?)"))
                    continue
                }
                compare(value, other, path: here, allowed: allowed, known: known, found: &found)
            }
        } else if let g = given as? [Any], let e = encoded as? [Any] {
            for (i, (x, y)) in zip(g, e).enumerated() {
                compare(x, y, path: "\(path)[\(i)]", allowed: allowed, known: known, found: &found)
            }
        }
    }

    /// Levenshtein distance (small words only).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
