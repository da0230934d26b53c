import Foundation
import TestSupport
import Testing

/// The built `parcelcheck` binary, the sample data and a scratch folder (removed when the value goes away).
final class Parcelcheck {
    typealias Run = ProcessRunner.Run

    /// The repository root.
    static let repository = Repository.root

    let binary: URL
    let sampleData: URL
    let catalog: URL
    let scratch: URL

    /// `--catalog <repo>/sample-data/catalog.yaml`: never depend on $PARCELCHECK_CATALOG or the working folder.
    var catalogArguments: [String] { ["--catalog", catalog.path] }

    init() throws {
        sampleData = Repository.sampleData
        catalog = Repository.sampleCatalog
        try #require(
            FileManager.default.fileExists(atPath: sampleData.path),
            "sample-data/lueneburg.gpkg is missing: run `make sample-data` (the CLI tests run parcelcheck on it)")
        binary = try #require(
            Self.findBinary(),
            "parcelcheck binary not found next to the tests or in .build/debug: run `swift build` first (or set PARCELCHECK_BIN)"
        )
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parcelcheck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// $PARCELCHECK_BIN (file or folder), the folder of the test bundle / runner, then `<repo>/.build/debug`.
    static func findBinary() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["PARCELCHECK_BIN"] {
            let url = URL(fileURLWithPath: env)
            candidates += [url, url.appendingPathComponent("parcelcheck")]
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("parcelcheck"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parcelcheck"))
        if let runner = CommandLine.arguments.first {
            let dir = URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent()
            candidates += [
                dir.appendingPathComponent("parcelcheck"),
                dir.deletingLastPathComponent().appendingPathComponent("parcelcheck"),
            ]
        }
        candidates.append(repository.appendingPathComponent(".build/debug/parcelcheck"))
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: url.path)
        }
    }

    /// Runs parcelcheck in the scratch folder.
    func run(_ arguments: [String]) throws -> Run {
        try Self.execute(binary, arguments, in: scratch)
    }

    /// Runs a program in `directory` (`ProcessRunner`: output through files, stdin /dev/null), without
    /// $PARCELCHECK_CATALOG, so that no run depends on the tester's environment.
    static func execute(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Run {
        try ProcessRunner.run(executable, arguments, in: directory, environment: ["PARCELCHECK_CATALOG": nil])
    }

    /// `COUNT(*) AS n` from GDAL's `ogrinfo` (an independent reader of the same file).
    func ogrCount(_ sql: String, in path: String? = nil) throws -> Int {
        let ogrinfo = try #require(
            ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogrinfo not found: install gdal-bin (make deps)")
        let run = try Self.execute(
            URL(fileURLWithPath: ogrinfo), ["-ro", "-q", "-sql", sql, path ?? sampleData.path], in: scratch)
        try #require(run.status == 0, "ogrinfo failed: \(run.stderr)")
        let match = try #require(
            run.stdout.firstMatch(of: #/n \(Integer[^)]*\) = (\d+)/#), "unexpected ogrinfo output: \(run.stdout)")
        return try #require(Int(match.output.1))
    }
}
