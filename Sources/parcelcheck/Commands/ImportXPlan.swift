import ArgumentParser
import Foundation
import GeoCore
import ParcelCheckKit

struct ImportXPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-xplan",
        abstract: "Import development plans (XPlanGML 5.0–5.4, 6.0) into a theme layer for the catalog.",
        discussion: """
            One feature per BP_BaugebietsTeilFlaeche with plan_name, plan_nummer, rechtsstand, inkrafttreten, \
            besondere_art_der_baul_nutzung, nutzung_kuerzel (WA, MI, …), allg_art_der_baul_nutzung, grz, gfz, z, \
            xplan_version and gml_id. Geometries in EPSG:25832: arcs linearised, other srsNames reprojected, \
            invalid areas repaired (with a note). Several files go into one layer.

            Catalog entry, so that a check reports plan, use and density:
              - name: xplan
                theme: Bebauungsplan (XPlanGML)
                source: plans.gpkg:bebauungsplaene_xplan
                label_field: plan_name
                attributes: [plan_name, plan_nummer, nutzung_kuerzel,
                             grz, gfz, z, rechtsstand, inkrafttreten]

            Exit codes: 5 an input file is not usable XPlanGML (the message names file, line and gml:id), \
            6 the output could not be written (an existing file is left as it was).
            """)

    @Argument(help: ArgumentHelp("XPlanGML files.", valueName: "FILE"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Output file: .gpkg, .geojson or .fgb.", valueName: "FILE"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Layer name in the output.", valueName: "NAME"))
    var layer: String = XPlanImporter.defaultLayerName

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one XPlanGML file") }
        let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard ["gpkg", "geojson", "fgb"].contains(ext) else {
            throw ValidationError("--out must end in .gpkg, .geojson or .fgb, got '\(out)'")
        }
        if layer.isEmpty { throw ValidationError("--layer must not be empty") }
    }

    func run() throws {
        var features: [Feature] = []
        var summary: [String] = []
        for file in files {
            let imported: XPlanImport
            do {
                imported = try XPlanImporter.read(file)
            } catch {
                throw fail("\(error)", code: .invalidInput)
            }
            for var feature in imported.features {
                feature.fid = Int64(features.count + 1)
                features.append(feature)
            }
            let plans = imported.plans.map { $0.name ?? $0.gmlID }.joined(separator: ", ")
            summary.append("  \(file): \(imported.version), Teilflächen: \(imported.features.count), plans: \(plans.isEmpty ? "none" : plans)")
            summary += imported.notes.map { "  note: \($0)" }
            if imported.features.isEmpty { summary.append("  note: \(file) has no BP_BaugebietsTeilFlaeche") }
        }
        do {
            try XPlanImporter.write(features, to: out, layerName: layer)
        } catch {
            throw fail("\(error)", code: .cannotWrite)
        }
        let header = "parcelcheck import-xplan: \(features.count) Teilflächen from \(files.count) file(s) → \(out):\(layer)"
        FileHandle.standardError.write(Data((([header] + summary).joined(separator: "\n") + "\n").utf8))
    }
}
