import Foundation

/// Writes named files into `directory` (created if needed), each atomically (temporary file + rename), so an
/// existing good file is never left half-written; returns the URLs in order.
func writeFilesAtomically(_ files: [(name: String, data: Data)], to directory: URL) throws -> [URL] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var urls: [URL] = []
    for (name, data) in files {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url, options: .atomic)
        urls.append(url)
    }
    return urls
}

/// The encoder of every JSON file TrafficModel writes: pretty-printed with sorted keys, so files diff stably.
func stableJSONEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return encoder
}
