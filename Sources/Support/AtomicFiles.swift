import Foundation

/// Writes `data` to `path` through a temporary file next to it (`.<name>.tmp-<pid>`) and a rename, so a good
/// file at `path` is never left half overwritten; the temporary file is removed when writing fails.
///
/// - Throws: the error of the write, or `CocoaError(.fileWriteUnknown)` when the rename fails.
public func writeAtomically(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    do {
        try data.write(to: temp)
        if rename(temp.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
    } catch {
        try? FileManager.default.removeItem(at: temp)
        throw error
    }
}

/// Writes named files into `directory` (created if needed), each atomically (temporary file + rename), so an
/// existing good file is never left half-written; returns the URLs in order.
public func writeFilesAtomically(_ files: [(name: String, data: Data)], to directory: URL) throws -> [URL] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var urls: [URL] = []
    for (name, data) in files {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url, options: .atomic)
        urls.append(url)
    }
    return urls
}

/// The encoder of every JSON file the tools write: pretty-printed with sorted keys, so files diff stably.
public func stableJSONEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return encoder
}
