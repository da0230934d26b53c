import Foundation
import Support

/// Reading the files a scenario names, with errors that name the file (`ScenarioError`).
enum ScenarioFile {
    /// `path` as written in a scenario file: absolute, or relative to the scenario's folder.
    static func resolve(_ path: String, against baseDirectory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
    }

    static func text(_ url: URL) throws(ScenarioError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .cannotRead(path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    static func decode<T: Decodable>(_ url: URL) throws(ScenarioError) -> T {
        try decode(url, data: try read(url))
    }

    /// Decodes a whole document and refuses keys it does not read (`DocumentFile.unknownKeys`): a misspelt key
    /// must not silently fall back to a default. `allowed`: top-level sections other readers take.
    static func decodeStrictly<T: Codable>(_ url: URL, allowed: Set<String> = []) throws(ScenarioError) -> T {
        let data = try read(url)
        let value: T = try decode(url, data: data)
        let unknown = DocumentFile.unknownKeys(in: data, url: url, decoded: value, allowed: allowed)
        guard unknown.isEmpty else {
            throw .cannotRead(
                path: url.path,
                reason: "unknown key\(unknown.count > 1 ? "s" : "") " + unknown.prefix(10).joined(separator: ", ")
                    + (unknown.count > 10 ? ", …" : ""))
        }
        return value
    }

    private static func read(_ url: URL) throws(ScenarioError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .cannotRead(path: url.path, reason: error.localizedDescription)
        }
    }

    private static func decode<T: Decodable>(_ url: URL, data: Data) throws(ScenarioError) -> T {
        do {
            return try DocumentFile.decode(T.self, from: data, url: url)
        } catch {
            throw .cannotRead(path: url.path, reason: "invalid \(DocumentFile.format(of: url).rawValue) for \(T.self): \(error)")
        }
    }
}
