import Dispatch
import Foundation
import Synchronization

/// Writes `data` to `path` so that a good file is never left half overwritten, whatever `path` is:
/// - a regular file or nothing: through a temporary file next to it (`.<name>.tmp-<pid>-<n>`) and a rename;
/// - a symbolic link: the same for the file it points to (the link stays a link);
/// - a character device or a FIFO (`/dev/stdout`, a named pipe): written through, never replaced;
/// - anything else (a directory, a socket, a block device): refused.
/// Temporary files are removed when writing fails, on SIGINT and SIGTERM (`TemporaryFiles`), and — left by a
/// process that was killed — the next time a file is written into the same folder.
///
/// - Throws: `OutputTargetError` for a target that cannot be written, or the error of the write.
public func writeAtomically(_ data: Data, to path: String) throws {
    switch try OutputTarget.resolve(path) {
    case .stream(let stream):
        guard let handle = FileHandle(forWritingAtPath: stream) else {
            throw OutputTargetError.cannotOpen(path: path)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
    case .file(let file):
        let url = URL(fileURLWithPath: file)
        TemporaryFiles.removeStale(in: url.deletingLastPathComponent().path)
        let temp = TemporaryFiles.path(for: file)
        TemporaryFiles.register(temp)
        defer { TemporaryFiles.unregister(temp) }
        do {
            try data.write(to: URL(fileURLWithPath: temp))
            if rename(temp, file) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temp)
            throw error
        }
    }
}

/// A file written piece by piece that replaces its target only when complete, as `writeAtomically` does: the
/// pieces go to a temporary file next to it, renamed onto the target by `commit`; `abandon` (or a failed
/// write, SIGINT, SIGTERM) removes it and the old file stays. A character device or FIFO is written through.
/// For outputs too large to build in memory first (a batch over a million parcels).
public final class AtomicFileStream: Sendable {
    private struct State: ~Copyable {
        var handle: FileHandle?
    }
    private let state: Mutex<State>
    /// The temporary file (nil when writing through to a stream).
    private let temporary: String?
    private let target: String

    /// - Throws: `OutputTargetError` for a target that cannot be written, or the error of creating the file.
    public init(path: String) throws {
        switch try OutputTarget.resolve(path) {
        case .stream(let stream):
            guard let handle = FileHandle(forWritingAtPath: stream) else {
                throw OutputTargetError.cannotOpen(path: path)
            }
            temporary = nil
            target = stream
            state = Mutex(State(handle: handle))
        case .file(let file):
            TemporaryFiles.removeStale(in: URL(fileURLWithPath: file).deletingLastPathComponent().path)
            let temp = TemporaryFiles.path(for: file)
            TemporaryFiles.register(temp)
            guard FileManager.default.createFile(atPath: temp, contents: nil),
                let handle = FileHandle(forWritingAtPath: temp)
            else {
                TemporaryFiles.unregister(temp)
                throw OutputTargetError.cannotOpen(path: path)
            }
            temporary = temp
            target = file
            state = Mutex(State(handle: handle))
        }
    }

    /// Appends `data`. A failed write abandons the file and rethrows.
    public func write(_ data: Data) throws {
        do {
            try state.withLock { s in
                guard let handle = s.handle else { throw CocoaError(.fileWriteUnknown) }
                try handle.write(contentsOf: data)
            }
        } catch {
            abandon()
            throw error
        }
    }

    /// Closes the file and puts it in place of the target.
    public func commit() throws {
        let handle = state.withLock { s in
            defer { s.handle = nil }
            return s.handle
        }
        guard let handle else { throw CocoaError(.fileWriteUnknown) }
        try handle.close()
        guard let temporary else { return }
        defer { TemporaryFiles.unregister(temporary) }
        if rename(temporary, target) != 0 {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Closes and removes the temporary file; the target is left as it was.
    public func abandon() {
        let handle = state.withLock { s in
            defer { s.handle = nil }
            return s.handle
        }
        try? handle?.close()
        if let temporary {
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
        }
    }
}

/// Writes named files into `directory` (created if needed), each as `writeAtomically` does, so an existing good
/// file is never left half-written; returns the URLs in order.
public func writeFilesAtomically(_ files: [(name: String, data: Data)], to directory: URL) throws -> [URL] {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var urls: [URL] = []
    for (name, data) in files {
        let url = directory.appendingPathComponent(name)
        try writeAtomically(data, to: url.path)
        urls.append(url)
    }
    return urls
}

/// A set of output files in one folder that a reader can tell complete: its `marker` (e.g. `summary.json`) is
/// removed before any other file is written and written last, so a folder with the marker holds a complete
/// set, and a run that was killed midway leaves none.
public struct OutputSet: Sendable {
    public let directory: URL
    public let marker: String

    /// Creates the folder and removes the marker (and stale temporary files of dead processes).
    public init(directory: URL, marker: String) throws {
        self.directory = directory
        self.marker = marker
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        TemporaryFiles.removeStale(in: directory.path)
        let url = directory.appendingPathComponent(marker)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }

    /// Writes the marker last; returns its URL.
    @discardableResult
    public func finish(_ data: Data) throws -> URL {
        let url = directory.appendingPathComponent(marker)
        try writeAtomically(data, to: url.path)
        return url
    }
}

/// Why an output cannot go where it was asked to.
public enum OutputTargetError: Error, Sendable, CustomStringConvertible {
    /// The target is a directory, socket or block device: it is never replaced.
    case notAFile(path: String, kind: String)
    case cannotOpen(path: String)

    public var description: String {
        switch self {
        case .notAFile(let path, let kind):
            "'\(path)' is a \(kind), not a file: it is not replaced (give a file name)"
        case .cannotOpen(let path): "cannot open '\(path)' for writing"
        }
    }
}

/// What writing to a path means (see `writeAtomically`).
public enum OutputTarget: Sendable, Equatable {
    /// Replace (or create) the regular file at this path — a symbolic link resolved to its target.
    case file(String)
    /// Write through to this character device or FIFO.
    case stream(String)

    /// - Throws: `OutputTargetError.notAFile` for a directory, socket or block device (also behind a link).
    public static func resolve(_ path: String) throws(OutputTargetError) -> OutputTarget {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .file(path) }  // nothing there yet
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                // A dangling link: write the file it names.
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? path
                let base = URL(fileURLWithPath: path).deletingLastPathComponent()
                return .file(destination.hasPrefix("/") ? destination : base.appendingPathComponent(destination).path)
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { return .file(target) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(target)
        case S_IFCHR, S_IFIFO: return .stream(target)
        case S_IFDIR: throw .notAFile(path: path, kind: "directory")
        case S_IFSOCK: throw .notAFile(path: path, kind: "socket")
        case S_IFBLK: throw .notAFile(path: path, kind: "block device")
        default: throw .notAFile(path: path, kind: "special file")
        }
    }
}

/// The temporary files this process is writing: removed on SIGINT and SIGTERM (before the process ends with
/// the signal's exit status), and — when a process was killed without a chance to clean up (SIGKILL) — by the
/// next process that writes into the same folder (`removeStale`).
///
/// Names: `.<file>.tmp-<pid>-<n>[.<ext>]` in the folder of the file they replace; the pid tells whose they are.
public enum TemporaryFiles {
    private static let registry = Mutex(State())
    private struct State: ~Copyable {
        var paths: Set<String> = []
        var counter = 0
        var handlersInstalled = false
    }

    /// A fresh temporary path next to `path`, keeping its extension (GDAL picks drivers by extension).
    public static func path(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let n = registry.withLock { state in
            state.counter += 1
            return state.counter
        }
        let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        return url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(n)\(ext)"
        ).path
    }

    /// Remembers `path` (and its SQLite journal) for removal on SIGINT/SIGTERM; installs the handlers once.
    public static func register(_ path: String) {
        let install = registry.withLock { state -> Bool in
            state.paths.insert(path)
            defer { state.handlersInstalled = true }
            return !state.handlersInstalled
        }
        if install { installHandlers() }
    }

    public static func unregister(_ path: String) {
        _ = registry.withLock { $0.paths.remove(path) }
    }

    /// Removes the temporary files (and `-journal`, `-wal`, `-shm` files) in `directory` whose process is gone.
    public static func removeStale(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)
        else { return }
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            guard let pid = Self.pid(inTemporaryName: name), pid != getpid(), !isAlive(pid) else { continue }
            unlink(URL(fileURLWithPath: directory).appendingPathComponent(name).path)
        }
    }

    /// The pid in `.<file>.tmp-<pid>-…`, `nil` for other names.
    static func pid(inTemporaryName name: String) -> pid_t? {
        guard let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let digits = name[range.upperBound...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : pid_t(digits)
    }

    static func isAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes every registered temporary file (and its SQLite side files).
    static func removeAll() {
        let paths = registry.withLock { $0.paths }
        for path in paths {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
        }
    }

    private static func installHandlers() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                removeAll()
                signal(sig, SIG_DFL)
                kill(getpid(), sig)
            }
            source.resume()
            _ = Unmanaged.passRetained(source as AnyObject)  // kept for the life of the process
        }
    }
}

/// The encoder of every JSON file the tools write: pretty-printed with sorted keys, so files diff stably.
public func stableJSONEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return encoder
}
