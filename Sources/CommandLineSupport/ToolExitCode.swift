import ArgumentParser
import Foundation
import Support

/// A tool's table of documented exit codes: one case per code, with the meaning its `--help` and the README
/// give. The table is the only place a tool's commands take an exit code from.
public protocol ToolExitCode: CaseIterable, Hashable, Sendable {
    /// The tool's name, the prefix of its messages on standard error (`parcelcheck: …`).
    static var toolName: String { get }
    var code: Int32 { get }
    /// The meaning, as listed under "Exit codes:" in the tool's `--help`.
    var meaning: String { get }
}

extension ToolExitCode {
    /// The error to throw from a command's `run()` to end with this code.
    public var exitCode: ExitCode { ExitCode(code) }

    /// Prints `tool: message` to standard error — credentials masked, control characters escaped, very long
    /// text shortened (`MessageText.safe`) — and returns the exit to throw.
    public func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("\(Self.toolName): \(MessageText.safe(message))\n".utf8))
        return exitCode
    }

    /// The "Exit codes:" block of a `--help`, one line per code of `codes` (default: all), with the meaning a
    /// command gives a code in its own words where `meanings` has one.
    public static func helpText(_ codes: [Self] = Array(allCases), meanings: [Self: String] = [:]) -> String {
        "Exit codes:\n"
            + codes.map { c in
                let number = String(c.code)
                return "  " + number + String(repeating: " ", count: max(1, 3 - number.count))
                    + (meanings[c] ?? c.meaning)
            }.joined(separator: "\n")
    }
}

/// parcelcheck's exit codes (README "Exit codes", `parcelcheck --help`).
public enum ParcelcheckExitCode: ToolExitCode {
    case done
    case internalError
    /// The parcel identifier is malformed, unknown or ambiguous.
    case parcelIdentifier
    /// A source could not be read: catalog, parcel source or a theme layer.
    case unreadableSource
    /// Unusable input geometry or CRS.
    case invalidInput
    case cannotWrite
    /// A usage error, also a `--where` filter the source rejects.
    case usage

    public static let toolName = "parcelcheck"

    public var code: Int32 {
        switch self {
        case .done: 0
        case .internalError: 1
        case .parcelIdentifier: 3
        case .unreadableSource: 4
        case .invalidInput: 5
        case .cannotWrite: 6
        case .usage: 64
        }
    }

    public var meaning: String {
        switch self {
        case .done: "done, every source was read"
        case .internalError: "internal error"
        case .parcelIdentifier: "parcel identifier malformed, unknown or ambiguous (close matches are listed)"
        case .unreadableSource: "a source could not be read (the report names it; no \"not affected\" for unread layers)"
        case .invalidInput: "unusable input geometry or CRS"
        case .cannotWrite: "an output file could not be written (an existing file is left as it was)"
        case .usage: "usage error (also a --where filter the source rejects)"
        }
    }
}

/// flowsim's exit codes (README "flowsim", `flowsim --help`); the subcommands' help says what each means for them.
public enum FlowsimExitCode: ToolExitCode {
    case done
    case internalError
    /// Scenario, network, demand (or parking section, sensor file, input layer) could not be read.
    case unreadableInput
    /// Some trips had no route; the rest was simulated.
    case unroutableTrips
    /// A simulation ended in gridlock.
    case gridlock
    case cannotWrite
    /// `flowsim signals`: no signal plans, or no corridor for offsets.
    case nothingToOptimise
    /// `flowsim signals check`: a checked program is unsafe.
    case unsafeSignals
    /// `flowsim signals optimize`: nothing safe and better on every demand seed to propose.
    case notProposed
    case usage

    public static let toolName = "flowsim"

    public var code: Int32 {
        switch self {
        case .done: 0
        case .internalError: 1
        case .unreadableInput: 3
        case .unroutableTrips: 4
        case .gridlock: 5
        case .cannotWrite: 6
        case .nothingToOptimise: 7
        case .unsafeSignals: 8
        case .notProposed: 9
        case .usage: 64
        }
    }

    public var meaning: String {
        switch self {
        case .done: "done"
        case .internalError: "internal error"
        case .unreadableInput: "scenario, network or demand could not be read (the message names file and element)"
        case .unroutableTrips: "some trips were unroutable (listed in unroutable.txt; the rest was simulated)"
        case .gridlock: "gridlock detected (reported in summary.json; no vehicle is teleported)"
        case .cannotWrite: "outputs could not be written"
        case .nothingToOptimise: "nothing to do: no signal plans, or no corridor for --method offsets (the message says why)"
        case .unsafeSignals: "a checked signal program is unsafe (conflicting greens, a cut intergreen, minimum green or phase)"
        case .notProposed:
            "nothing proposed: no safe change, or not better than the running plans on every demand seed (evidence written)"
        case .usage: "usage error"
        }
    }
}
