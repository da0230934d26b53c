import Foundation
import Testing
import TrafficCore
import TrafficStudies

// Helpers of the importers' suites. They are all called …ImportTests, so that
// `swift test --filter 'TrafficStudiesTests\..*ImportTests'` runs all of them.

/// Who gives way to whom in `network`, as "from>to" link names: each yielding movement and the movements it
/// yields to.
func yieldTable(_ network: Network) -> [String: Set<String>] {
    func name(_ m: Movement) -> String { "\(network[m.from].id)>\(network[m.to].id)" }
    var result: [String: Set<String>] = [:]
    for movement in network.movements where !movement.yieldsTo.isEmpty {
        result[name(movement)] = Set(movement.yieldsTo.map { name(network[$0]) })
    }
    return result
}

/// A file of `Fixtures/`.
func fixture(_ name: String) -> URL { FixtureFile.url(name) }

/// Traffic light `id` of the SUMO net `name` in `Fixtures/`, as the importer reads it.
func trafficLight(_ id: String, ofFixture name: String) throws -> SUMOTrafficLight {
    try #require(try SUMONetworkImporter().importNetwork(contentsOf: fixture(name)).trafficLights[id])
}

/// Expects `light`'s RiLSA intergreen from link `clearing` to link `entering`: its whole seconds, its road users
/// and its distances s_r and s_e in metres.
func expectIntergreen(
    _ light: SUMOTrafficLight, clearing: Int, entering: Int, seconds: Double, users: (RoadUser, RoadUser),
    metres: (Double, Double), sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let t = light.intergreens[DirectedColumnPair(clearing: clearing, entering: entering)] else {
        Issue.record("no intergreen \(clearing) → \(entering)", sourceLocation: sourceLocation)
        return
    }
    #expect(t.seconds == seconds, sourceLocation: sourceLocation)
    #expect(t.clearing == users.0 && t.entering == users.1, sourceLocation: sourceLocation)
    expectClose(t.clearingDistance, metres.0, within: 1e-9, sourceLocation: sourceLocation)
    expectClose(t.enteringDistance, metres.1, within: 1e-9, sourceLocation: sourceLocation)
}

/// A file in a fresh temporary directory with `text` as its content.
func temporaryFile(_ name: String, _ text: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

func expectClose(
    _ a: Double, _ b: Double, within tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(abs(a - b) <= tolerance, "\(a) vs \(b)", sourceLocation: sourceLocation)
}

/// The error `body` throws as an `ImportError` (nil when it throws none or another type).
func importError(_ body: () throws -> Void) -> ImportError? {
    do {
        try body()
        return nil
    } catch let error as ImportError {
        return error
    } catch {
        return nil
    }
}
