import ArgumentParser
import CommandLineSupport
import GeoCore
import ParcelCheckKit

struct Layers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the catalog's sources with CRS, feature count and state.")

    @OptionGroup var sources: CatalogOptions

    func run() throws {
        let catalog = try sources.resolve()
        var failed = false
        for (name, location) in [("parcels", catalog.parcels.source)] + catalog.layers.map({ ($0.name, $0.source) }) {
            do {
                let layer = try VectorDataset.openLayer(location)
                print("\(name): \(VectorSourceLocation.redacting(location)) — \(layer.knownFeatureCount.map(String.init) ?? "?") features, \(layer.crs?.definition ?? "no CRS"), fields: \(layer.fieldNames.joined(separator: ", "))")
            } catch {
                failed = true
                print("\(name): \(VectorSourceLocation.redacting(location)) — UNREADABLE: \(error)")
            }
        }
        if failed { throw ParcelcheckExitCode.unreadableSource.exitCode }
    }
}
