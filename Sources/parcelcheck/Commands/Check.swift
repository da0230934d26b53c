import ArgumentParser
import Foundation
import GeoCore
import ParcelCheckKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check one parcel or geometry against every catalog layer (the default command).",
        discussion: "Parcel identifiers may be written as:\n" + ParcelIdentifier.acceptedForms.map { "  " + $0 }.joined(separator: "\n"))

    @Option(name: .customLong("flurstueck"), help: ArgumentHelp("The parcel, in any of the forms below.", valueName: "ID"))
    var parcel: String?

    @Option(name: .long, help: ArgumentHelp("An area of interest instead of a parcel: WKT, or a file with WKT or GeoJSON.", valueName: "WKT|FILE"))
    var geometry: String?

    @Option(name: .long, help: ArgumentHelp("CRS of --geometry (default: the working CRS; GeoJSON files default to EPSG:4326).", valueName: "EPSG:n"))
    var crs: String?

    @OptionGroup var sources: CatalogOptions

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Write a map (SVG) of the parcel, affected features, labels, legend and scale bar.", valueName: "FILE.svg"))
    var map: String?

    @Option(name: .long, help: ArgumentHelp("Write a self-contained HTML report (table, map, sources).", valueName: "FILE.html"))
    var report: String?

    @Flag(name: .long, help: "Include layers marked restricted in the map, HTML and GeoJSON.")
    var includeRestricted = false

    func validate() throws {
        if (parcel == nil) == (geometry == nil) {
            throw ValidationError("give exactly one of --flurstueck ID or --geometry WKT|FILE")
        }
    }

    func run() throws {
        let catalog = try sources.resolve()
        let outcome: CheckOutcome
        do {
            let checker = try ParcelChecker(catalog: catalog)
            if let parcel {
                outcome = try checker.check(parcel: parcel)
            } else {
                let (g, defaultCRS) = try GeometryInput.read(geometry ?? "")
                let crs = (self.crs ?? defaultCRS).map { CoordinateReferenceSystem(unchecked: $0) } ?? catalog.workingCRS
                outcome = try checker.check(geometry: g, crs: crs)
            }
        } catch let error as CheckError {
            throw fail(error.description, code: error.exitCode)
        }
        // The report goes to stdout first, so it is not lost when a map or report file cannot be written.
        switch format {
        case .table: print(outcome.report.table(), terminator: "")
        case .json: print(String(decoding: try outcome.report.jsonData(), as: UTF8.self))
        case .geojson: print(String(decoding: try outcome.geoJSON(includeRestricted: includeRestricted), as: UTF8.self))
        }
        let context = map != nil || report != nil
            ? outcome.neighbouringParcels(in: catalog) : []
        if let map {
            try writeOutput(Data(outcome.mapSVG(context: context, includeRestricted: includeRestricted).utf8), to: map)
        }
        if let report {
            try writeOutput(Data(outcome.htmlReport(context: context, includeRestricted: includeRestricted).utf8), to: report)
        }
        if !outcome.report.isComplete {
            let names = outcome.report.unavailableLayers.map(\.layer).joined(separator: ", ")
            throw fail("incomplete: could not read \(names)", code: .unreadableSource)
        }
    }
}
