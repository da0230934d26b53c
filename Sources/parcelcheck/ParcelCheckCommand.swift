import ArgumentParser
import CommandLineSupport
import Foundation
import GeoCore
import ParcelCheckKit
import Support

@main
struct ParcelCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcelcheck",
        abstract: "Check a parcel (Flurstück) or any area against every layer of a catalog: protection zones, development plans, biotopes, …",
        discussion: """
            Examples (sample data):
              parcelcheck --flurstueck "Lüneburg 12 45/3"
              parcelcheck --flurstueck 032718012000450003__ --format json
              parcelcheck --flurstueck "Gemarkung Lüneburg, Flur 12, Flurstück 45/3" --map map.svg --report report.html
              parcelcheck --geometry "POLYGON((593900 5900500,594000 5900500,594000 5900600,593900 5900600,593900 5900500))"
              parcelcheck batch --out parcels.gpkg --where "gemarkung = 'Lüneburg'"

            Exit codes:
              0  done, every source was read
              1  internal error
              3  parcel identifier malformed, unknown or ambiguous (close matches are listed)
              4  a source could not be read (the report names it; no "not affected" for unread layers)
              5  unusable input geometry or CRS
              6  an output file could not be written (an existing file is left as it was)
              64 usage error (also a --where filter the source rejects)
            """,
        version: "0.1.0",
        subcommands: [Check.self, Batch.self, Layers.self, ImportXPlan.self],
        defaultSubcommand: Check.self)
}

/// Exit codes documented in `--help` and the README.
enum ExitCodes {
    static let internalError: Int32 = 1
    static let cannotWrite: Int32 = 6
}

/// Prints `message` to standard error and exits with `code`.
func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data("parcelcheck: \(message)\n".utf8))
    return ExitCode(code)
}

/// Writes `data` to `path` atomically (`Support.writeAtomically`), so a good file is never half overwritten.
func writeOutput(_ data: Data, to path: String) throws(ExitCode) {
    do {
        try writeAtomically(data, to: path)
    } catch {
        throw fail("cannot write \(path): \(error.localizedDescription)", code: ExitCodes.cannotWrite)
    }
}

extension ParcelCheckCommand {
    /// Ends without the libraries' exit handlers once the command has finished (`mainEndingQuickly`).
    static func main() async { await mainEndingQuickly() }
}
