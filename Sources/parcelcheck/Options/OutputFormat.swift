import ArgumentParser

/// `--format` of a single check.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson
}
