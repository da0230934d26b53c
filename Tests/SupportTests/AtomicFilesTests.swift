import Foundation
import Synchronization
import Testing

@testable import Support

/// Outputs never replace what is not a file, follow links, and leave no temporary files behind (issue 17,
/// items 7, 8, 15).
@Suite struct AtomicFilesTests {
    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aSymbolicLinkKeepsPointingAtItsReplacedTarget() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.txt").path
        let link = dir.appendingPathComponent("link.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
        try writeAtomically(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try OutputTarget.resolve(link) == .file(URL(fileURLWithPath: target).resolvingSymlinksInPath().path))
    }

    @Test func devicesAndPipesAreWrittenThroughAndDirectoriesRefused() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // /dev/null stays a character device (as root a rename would have replaced it with a file).
        try writeAtomically(Data("nothing".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try OutputTarget.resolve("/dev/null") == .stream("/dev/null"))
        // A FIFO: the bytes arrive at its reader, and it stays a FIFO.
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Mutex<Data?>(nil)
        let reader = Thread {
            let data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
            received.withLock { $0 = data }
        }
        reader.start()
        try writeAtomically(Data("through the pipe".utf8), to: fifo)
        for _ in 0..<200 where received.withLock({ $0 }) == nil { usleep(10_000) }
        #expect(received.withLock { $0 } == Data("through the pipe".utf8))
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(throws: OutputTargetError.self) { try writeAtomically(Data(), to: dir.path) }
    }

    /// `.name.tmp-<pid>-…` files of a process that is gone are removed by the next write into the folder; those
    /// of a running process (this one) are not.
    @Test func temporaryFilesOfDeadProcessesAreRemoved() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var dead: pid_t = 4_000_000
        while kill(dead, 0) == 0 || errno == EPERM { dead -= 1 }
        let stale = [".out.gpkg.tmp-\(dead)-1a2b.gpkg", ".out.gpkg.tmp-\(dead)-1a2b.gpkg-journal", ".x.csv.tmp-\(dead)-3"]
        let mine = ".x.csv.tmp-\(getpid())-99"
        for name in stale + [mine, "keep.txt"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        try writeAtomically(Data("a".utf8), to: dir.appendingPathComponent("x.csv").path)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(left == [mine, "keep.txt", "x.csv"])
        #expect(TemporaryFiles.pid(inTemporaryName: ".out.gpkg.tmp-123-abc.gpkg") == 123)
        #expect(TemporaryFiles.pid(inTemporaryName: "out.gpkg") == nil)
    }

    /// A set's marker is removed before the others are written and written last.
    @Test func anOutputSetIsCompleteOnlyWithItsMarker() throws {
        let dir = try Self.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old summary".utf8).write(to: dir.appendingPathComponent("summary.json"))
        let set = try OutputSet(directory: dir, marker: "summary.json")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("summary.json").path))
        _ = try writeFilesAtomically([("a.csv", Data("1".utf8))], to: dir)
        try set.finish(Data("new summary".utf8))
        #expect(try String(contentsOf: dir.appendingPathComponent("summary.json"), encoding: .utf8) == "new summary")
    }
}
