import Foundation

/// The small input files in `Tests/TrafficStudiesTests/Fixtures` (a SUMO net and routes, a GeoJSON road layer,
/// an OpenStreetMap extract), read from their place in the repository: Package.swift excludes the folder from
/// the target, and the CLI tests run flowsim on them too.
enum FixtureFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
}
