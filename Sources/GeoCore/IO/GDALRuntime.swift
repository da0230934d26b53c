internal import CGDAL
internal import CLazyLibraries

/// Process-wide GDAL set-up and the per-thread error plumbing.
///
/// GDAL keeps its last error per thread, so every check follows the same pattern, synchronously and with no
/// `await` in between: `resetError()` (`CPLErrorReset`), call, then read `lastMessage()` (`CPLGetLastErrorMsg`).
enum GDALRuntime {
    /// Runs once, lazily and thread-safely (a Swift `static let`): installs `CPLQuietErrorHandler` with
    /// `CPLSetErrorHandler`, so GDAL records errors without printing them to stderr, then `GDALAllRegister()`.
    private static let registered: Bool = {
        CPLSetErrorHandler(CPLQuietErrorHandler)
        GDALAllRegister()
        return true
    }()

    /// Registers the drivers on first use; call before every open or create.
    static func ensureRegistered() {
        _ = registered
    }

    /// Forgets the calling thread's last GDAL error (`CPLErrorReset`).
    static func resetError() {
        CPLErrorReset()
    }

    /// The calling thread's last GDAL message (`CPLGetLastErrorMsg`), or `fallback` when GDAL said nothing.
    static func lastMessage(or fallback: String = "no message from GDAL") -> String {
        guard let text = CPLGetLastErrorMsg() else { return fallback }
        let message = String(cString: text)
        return message.isEmpty ? fallback : message
    }

    /// True when the last error on this thread is `CE_Failure` or worse (`CPLGetLastErrorType`).
    static var lastCallFailed: Bool {
        CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
    }

    /// The typed error for a failed call of `function`, with GDAL's message.
    static func failure(_ function: String) -> GDALError {
        .library(function: function, message: lastMessage())
    }

    /// True when `path` exists (`VSIStatExL` with `VSI_STAT_EXISTS_FLAG`); understands `/vsi…` paths too.
    static func exists(_ path: String) -> Bool {
        // `VSIStatBufL` is `struct stat64`, which the Swift importer sees as incomplete (an `OpaquePointer`);
        // with `VSI_STAT_EXISTS_FLAG` GDAL fills at most that struct, far smaller than this buffer.
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 16)
        defer { buffer.deallocate() }
        return VSIStatExL(path, OpaquePointer(buffer), VSI_STAT_EXISTS_FLAG) == 0
    }

    /// A string from a C string GDAL keeps ownership of; `nil` for NULL.
    static func string(_ text: UnsafePointer<CChar>?) -> String? {
        guard let text else { return nil }
        return String(cString: text)
    }

    /// A string from a C string GDAL hands over; freed with `VSIFree` (what `CPLFree` expands to).
    static func takeString(_ text: UnsafeMutablePointer<CChar>?) -> String? {
        guard let text else { return nil }
        defer { VSIFree(text) }
        return String(cString: text)
    }

    /// The GDAL release the declarations were compiled against (`GDAL_RELEASE_NAME`). The library is not
    /// linked but loaded on the first GDAL call (Sources/CLazyLibraries), so a process that reads no GIS file does
    /// not pay for loading it; `version` is what was loaded.
    static var headerRelease: String {
        String(cString: cll_gdal_header_release())
    }

    /// The GDAL release, e.g. `"3.6.2"` (`GDALVersionInfo("RELEASE_NAME")`).
    static var version: String {
        string(GDALVersionInfo("RELEASE_NAME")) ?? "unknown"
    }
}
