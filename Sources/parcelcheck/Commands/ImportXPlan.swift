import ArgumentParser
import Foundation
import GeoCore
import ParcelCheckKit

struct ImportXPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-xplan",
        abstract: "Import development plans (XPlanGML 4.0–6.0, .gml or XPlanArchiv .zip) into a theme layer.",
        discussion: """
            Reads Bebauungspläne (BP), Flächennutzungspläne (FP), Raumordnungspläne (RP), Landschaftspläne (LP) \
            and sonstige Pläne (SO, e.g. Erhaltungssatzungen). One feature per Geltungsbereich (the plan's and \
            each Bereich's) and one per plan object with an area (Baugebietsteilfläche, überbaubare \
            Grundstücksfläche, Verkehrs-, Grün-, Gemeinbedarfsfläche, …), each with its plan (plan_id, plan_art, \
            plan_name, plan_nummer, rechtsstand, plan_status, inkrafttreten, untergang), its class and German \
            name (objekt_klasse, objekt), its use (nutzung_kuerzel WA, MI, …; zweckbestimmung) and every density \
            value as stored: grz, gr, gfz, gf, bmz, bm, z, zu, each with _min/_max and _ausn (exception), \
            z_zwingend, zu_zwingend, bauweise, dachform. A range stays two columns (gfz_min, gfz_max), never \
            collapsed into one value. Line and point objects (Baugrenzen, Nutzungsgrenzen) are \
            counted, not imported: a check measures areas.

            Geometries in EPSG:25832: arcs linearised, other srsNames (also compound ones such as \
            EPSG:25832*DE_DHHN2016_NH) reprojected, invalid areas repaired (with a note). Several files go into \
            one layer; a plan found in several files (same gml:id, or same kind, number and name) is kept once, \
            from the newer XPlanGML version, with a note. XPlanGML 3.0 is refused with a reason.

            Catalog entry; the check then reports per plan the share of the parcel in its Geltungsbereich and \
            the plan objects on it, and lists plans no longer in force (aufgehoben, außer Kraft) under notes:
              - name: xplan
                theme: Bauleitplanung (XPlanGML)
                source: plans.gpkg:bebauungsplaene_xplan
                label_field: objekt
                attributes: [plan_art, plan_nummer, plan_name, rechtsstand,
                             nutzung_kuerzel, grz, gfz, z]

            A number, code, flag or date that does not parse (GRZ "0,4", a date "15.03.2021") is left empty and \
            named in a note (gml:id, line, value); --strict refuses the file instead. A broken or missing area \
            always refuses the file: leaving an area out would report parcels in the plan as outside it.

            Exit codes: 5 an input file is not usable XPlanGML (the message names file, line and gml:id), \
            6 the output could not be written (an existing file is left as it was).
            """)

    @Argument(help: ArgumentHelp("XPlanGML files (.gml) or XPlanArchiv files (.zip with xplan.gml).", valueName: "FILE"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Output file: .gpkg, .geojson or .fgb.", valueName: "FILE"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Layer name in the output.", valueName: "NAME"))
    var layer: String = XPlanImporter.defaultLayerName

    @Flag(name: .long, help: "Refuse a file with a value that does not parse, instead of leaving it empty with a note.")
    var strict = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one XPlanGML file") }
        let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard ["gpkg", "geojson", "fgb"].contains(ext) else {
            throw ValidationError("--out must end in .gpkg, .geojson or .fgb, got '\(out)'")
        }
        if layer.isEmpty { throw ValidationError("--layer must not be empty") }
    }

    func run() throws {
        let imported: XPlanImportSet
        do {
            imported = try XPlanImporter.readAll(files, options: .init(strictValues: strict))
        } catch {
            throw fail("\(error)", code: .invalidInput)
        }
        do {
            try XPlanImporter.write(imported.features, to: out, layerName: layer)
        } catch {
            throw fail("\(error)", code: .cannotWrite)
        }
        FileHandle.standardError.write(Data(Self.summary(imported, files: files, target: "\(out):\(layer)").utf8))
    }

    /// What was imported, per file and plan, then the notes.
    static func summary(_ set: XPlanImportSet, files: [String], target: String) -> String {
        let geltungsbereiche = set.features.filter { $0["objekt"]?.stringValue == XPlanObjectClass.geltungsbereich }.count
        var lines = [
            "parcelcheck import-xplan: \(set.plans.count) plan(s), \(geltungsbereiche) Geltungsbereich(e), "
                + "\(set.features.count - geltungsbereiche) plan objects from \(files.count) file(s) → \(target)"
        ]
        for (index, file) in set.imports.enumerated() {
            lines.append("  \(file.path): \(file.version)")
            for plan in file.plans {
                var text = "    \(plan.title): \(plan.rechtsstand ?? plan.status.label)"
                if let date = plan.inkrafttreten { text += ", \(plan.kind.inForceDateProperty) \(date)" }
                if let date = plan.untergang { text += ", untergegangen \(date)" }
                if !set.isKept(plan, inFile: index) { text += " (duplicate, left out)" }
                lines.append(text)
            }
            if file.plans.isEmpty { lines.append("    no plan (*_Plan) in the file") }
            let areas = file.areaCounts.values.reduce(0, +)
            if areas > 0 {
                let classes = file.areaCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                lines.append("    \(areas) area objects: " + classes.joined(separator: ", "))
            } else {
                lines.append("    no plan object with an area: only the Geltungsbereich counts in a check")
            }
        }
        lines += set.notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
