import ParcelCheckKit

extension CheckError {
    /// A source that could not be read (the case parcelcheck ends with exit code 4).
    var isUnreadableSource: Bool {
        if case .unreadableSource = self { return true }
        return false
    }
}
