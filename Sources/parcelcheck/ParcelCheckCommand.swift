import ArgumentParser
import CommandLineSupport
import Foundation

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

            \(ParcelcheckExitCode.helpText())
            """,
        version: "0.1.0",
        subcommands: [Check.self, Batch.self, Layers.self, ImportXPlan.self],
        defaultSubcommand: Check.self)
}

/// Prints `parcelcheck: message` to standard error and returns the exit to throw (`ParcelcheckExitCode`).
func fail(_ message: String, code: ParcelcheckExitCode) -> ExitCode {
    code.fail(message)
}

extension ParcelCheckCommand {
    /// Ends without the libraries' exit handlers once the command has finished (`mainEndingQuickly`).
    static func main() async { await mainEndingQuickly() }
}
