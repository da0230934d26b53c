// The libFuzzer entry point. Built only by bench/fuzz/run.sh (GEOTRAFFIC_FUZZ=1 adds this target to the package;
// every module is compiled with -sanitize=fuzzer so coverage guides the search through the parsers themselves).
//
// libFuzzer calls LLVMFuzzerTestOneInput on the process's main thread, one input at a time; the harness state
// (which target, fixtures) lives on the main actor and is reached with MainActor.assumeIsolated, which checks
// that thread at run time.
import Foundation
import ParcelCheckKit
import TrafficCore

/// libFuzzer's driver (compiler-rt), started from the executable's entry point below.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable target's entry point as `<module>_main`; here it hands over to libFuzzer.
@_cdecl("fuzz_targets_main")
public func fuzzTargetsMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments, fuzzTestOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    MainActor.assumeIsolated { Harness.shared.run(data) }
    return 0
}

/// Fails the run with a message libFuzzer reports as a crash: a property the input broke.
func violated(_ what: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    fatalError("property violated: \(what)", file: file, line: line)
}

@MainActor
final class Harness {
    static let shared = Harness()

    let target: FuzzTarget
    let fixtures: URL
    let scratch: URL
    /// The sample catalog's checker (wkt, geojson).
    var checker: ParcelChecker?
    /// The network demand is read against (sumo-routes).
    var network: Network?

    private init() {
        let environment = ProcessInfo.processInfo.environment
        guard let name = environment["FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(64)
        }
        guard let fixtures = environment["FUZZ_FIXTURES"] else {
            FileHandle.standardError.write(Data("set FUZZ_FIXTURES to the repository root\n".utf8))
            exit(64)
        }
        self.target = target
        self.fixtures = URL(fileURLWithPath: fixtures)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("geotraffic-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        self.scratch = scratch
        target.prepare(self)
    }

    func run(_ data: Data) {
        target.run(data, harness: self)
    }

    /// Writes `data` to `name` in the scratch folder (for readers that take a path) and returns the path.
    func file(_ name: String, _ data: Data) -> String {
        let url = scratch.appendingPathComponent(name)
        do { try data.write(to: url) } catch { violated("scratch file not writable: \(error)") }
        return url.path
    }
}
