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
