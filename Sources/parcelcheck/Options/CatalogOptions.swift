import ArgumentParser
import Foundation
import Support
import GeoCore
import ParcelCheckKit

/// Where the sources come from: a catalog file, or ad-hoc layers.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Catalog file (YAML) listing the parcel source and theme layers.", discussion: "Default: $PARCELCHECK_CATALOG, else sample-data/catalog.yaml.", valueName: "FILE"))
    var catalog: String?

    @Option(name: .long, help: ArgumentHelp("Parcel source instead of the catalog's.", valueName: "PATH[:LAYER]"))
    var parcels: String?

    @Option(name: .customLong("layer"), help: ArgumentHelp("Add a theme layer (repeatable); without --catalog only these are checked.", valueName: "NAME=PATH[:LAYER]"))
    var layers: [String] = []

    @Option(name: .long, help: ArgumentHelp("Working CRS for areas (planar m²).", valueName: "EPSG:n"))
    var workingCRS: String?

    func validate() throws {
        for source in [parcels].compactMap({ $0 }) + layers where MessageText.containsCredentials(source) {
            throw ValidationError(
                "'\(MessageText.safe(source))' contains a password; it would show in process lists and reports. Use "
                    + "a catalog with password_env (PG:) or GDAL_HTTP_USERPWD in the environment (web services)")
        }
        for spec in layers where !spec.contains("=") {
            throw ValidationError("--layer needs NAME=PATH[:LAYER], got '\(spec)'")
        }
    }

    /// The catalog to use: the named file, the sample catalog, or one built from --parcels/--layer.
    func resolve() throws(ExitCode) -> Catalog {
        var catalog: Catalog
        let adHoc = catalogPath == nil && !layers.isEmpty
        if adHoc {
            catalog = Catalog(parcels: .init(source: parcels ?? ""), layers: [])
        } else {
            guard let path = catalogPath ?? Self.defaultCatalogPath() else {
                throw fail("no catalog: give --catalog FILE or --layer NAME=PATH (the sample catalog sample-data/catalog.yaml was not found)", code: .unreadableSource)
            }
            do { catalog = try Catalog.load(path: path) } catch { throw fail("\(error)", code: .unreadableSource) }
        }
        if let parcels { catalog.parcels.source = parcels }
        if let workingCRS { catalog.workingCRS = CoordinateReferenceSystem(unchecked: workingCRS) }
        for spec in layers {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            catalog.layers.removeAll { $0.name == parts[0] }
            catalog.layers.append(Catalog.ThemeLayer(name: parts[0], source: parts[1]))
        }
        return catalog
    }

    var catalogPath: String? { catalog ?? ProcessInfo.processInfo.environment["PARCELCHECK_CATALOG"] }

    /// sample-data/catalog.yaml in the working directory or above the executable (.build/…/parcelcheck).
    static func defaultCatalogPath() -> String? {
        let fm = FileManager.default
        var candidates = [fm.currentDirectoryPath + "/sample-data/catalog.yaml"]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("sample-data/catalog.yaml").path)
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0) }
    }
}
