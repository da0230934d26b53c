import CommandLineSupport
import ParcelCheckKit

extension CheckError {
    /// The documented exit code for a check that could not run (`ParcelcheckExitCode`).
    var exitCode: ParcelcheckExitCode {
        switch self {
        case .parcelID, .unknownParcel, .ambiguousParcel: .parcelIdentifier
        case .unreadableSource: .unreadableSource
        case .invalidInput: .invalidInput
        }
    }
}
