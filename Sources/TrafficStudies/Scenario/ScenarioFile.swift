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
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .cannotRead(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try DocumentFile.decode(T.self, from: data, url: url)
        } catch {
            throw .cannotRead(path: url.path, reason: "invalid \(DocumentFile.format(of: url).rawValue) for \(T.self): \(error)")
        }
    }
}
