import ArgumentParser
import Foundation
import GeoCore
import ParcelCheckKit
import Support

struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check many parcels (all by default) and write one row per parcel with per-layer overlap.",
        discussion: """
            Columns: fid, flurstueckskennzeichen, area_m2, official_area_m2, per catalog layer
            <layer>_m2 (area of the union of its features on the parcel), <layer>_pct (share of the parcel),
            <layer>_contact (covers, overlap, sliver, boundary, none), and status: ok, no_geometry (the parcel
            source has none) or unusable_geometry (non-finite coordinates, no area); every selected parcel gets a
            row, one that could not be checked has empty figures (never 0) and the summary counts them.
            GeoPackage/GeoJSON/FlatGeobuf output carries the parcel geometry as MultiPolygon, ready to style in
            QGIS (FlatGeobuf cannot hold a row without geometry: with such parcels use .gpkg or .geojson); CSV and
            JSON carry none. Layers marked restricted in the catalog are left out unless
            --include-restricted (a batch result is an export).
            Runs on all cores (--jobs to change). Output is written to a temporary file and renamed at the end.
            Areas are measured by the area kernel (exact orientation tests, Green's theorem; no overlay geometry
            is built); pairs it cannot decide with certainty, invalid parcels and unions of overlapping features
            of one layer go to GEOS, and the summary counts them ("GEOS fallbacks"). --geos-only measures
            everything with GEOS overlay, the reference: slower, the same figures within 1e-9 relative or 1e-6 m².
            """)

    @OptionGroup var sources: CatalogOptions

    @Option(name: .long, help: ArgumentHelp(
        "Condition on the parcel attributes (OGR SQL WHERE clause, e.g. \"gemarkung = 'Lüneburg'\"); no subqueries.",
        valueName: "SQL"))
    var `where`: String?

    @Option(name: .long, help: ArgumentHelp("Output file: .gpkg, .geojson, .fgb, .csv or .json.", valueName: "FILE"))
    var out: String

    @Option(name: .long, help: "Worker tasks (default: all cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Check the catalog's restricted layers too and write their columns.")
    var includeRestricted = false

    @Flag(name: .long, help: "Measure every parcel with GEOS overlay instead of the area kernel (the reference).")
    var geosOnly = false

    func validate() throws {
        let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
        guard ["gpkg", "geojson", "fgb", "csv", "json"].contains(ext) else {
            throw ValidationError("--out must end in .gpkg, .geojson, .fgb, .csv or .json, got '\(out)'")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let catalog = try sources.resolve()
        let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
        let started = Date()
        let result: BatchResult
        // CSV is streamed to a temporary file while the parcels are checked (memory stays bounded); the file
        // replaces --out only when the batch is complete.
        let stream: AtomicFileStream?
        do { stream = ext == "csv" ? try AtomicFileStream(path: out) : nil } catch {
            throw fail("cannot write \(out): \(error)", code: .cannotWrite)
        }
        defer { stream?.abandon() }  // after a commit there is nothing left to abandon
        let writeCSV: (@Sendable (Data) throws -> Void)? =
            if let stream { { data in try stream.write(data) } } else { nil }
        do {
            result = try await BatchCheck.run(
                catalog: catalog, where: self.where, jobs: jobs, keepGeometry: !["csv", "json"].contains(ext),
                includeRestricted: includeRestricted, areaKernel: !geosOnly, csv: writeCSV)
        } catch GDALError.badFilter(let filter, let message) {
            throw fail("bad --where filter '\(filter)': \(message)", code: .usage)
        } catch let error as GDALError {
            throw fail("\(error)", code: .unreadableSource)
        } catch let error as PROJError {
            throw fail("\(error)", code: .invalidInput)
        } catch {
            throw fail("\(error)", code: .internalError)
        }
        do {
            switch ext {
            case "csv": try stream?.commit()
            case "json": try writeOutput(try result.json(), to: out)
            default: try result.writeVector(to: out, crs: catalog.workingCRS)
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail("\(error)", code: .cannotWrite)
        }
        let seconds = Date().timeIntervalSince(started)
        let f = result.fallbacks
        let note = "parcelcheck batch: \(result.rowCount) parcels × \(result.layers.count) layers, "
            + "\(result.intersectingPairs) intersecting pairs (\(result.coveredPairs) covered) → \(out) in \(String(format: "%.2f", seconds)) s\n"
            + (geosOnly
                ? "  measured with GEOS overlay (--geos-only)\n"
                : "  GEOS fallbacks: \(f.parcelsViaGEOS) parcels read, \(f.validityChecks) validity checks, "
                    + "\(f.layerMeasurements) layer measurements (\(f.undecidedPairs) undecided pairs, "
                    + "\(f.nonPolygonalFeatures) non-polygonal features, \(f.overlappingFeatures) unions of overlapping "
                    + "features); the rest by the area kernel\n")
        FileHandle.standardError.write(Data(note.utf8))
        for n in result.notes { FileHandle.standardError.write(Data("  note: \(n)\n".utf8)) }
    }
}
