internal import CLazyLibraries
internal import CPROJ

/// One PROJ threading context (`proj_context_create`) with network access switched off and PROJ's error log
/// captured, so failures can be reported with PROJ's own words instead of being printed to stderr.
///
/// A context belongs to one task at a time (PROJ contexts are not thread-safe); this class is deliberately not
/// `Sendable`. Objects created in it (`PJ *`) must be destroyed before it is.
public final class PROJContext {
    let handle: OpaquePointer
    private let log: LogBox

    /// Holds the last error-level message PROJ logged on this context.
    final class LogBox {
        var lastError: String?
    }

    public init() {
        guard let handle = proj_context_create() else {
            fatalError("proj_context_create returned NULL: out of memory")
        }
        self.handle = handle
        self.log = LogBox()
        // Grids must come from the local installation (/usr/share/proj), never from the CDN.
        proj_context_set_enable_network(handle, 0)
        let box = Unmanaged.passUnretained(log).toOpaque()
        proj_log_func(handle, box) { userdata, level, message in
            guard let userdata, let message, level == Int32(PJ_LOG_ERROR.rawValue) else { return }
            let box = Unmanaged<PROJContext.LogBox>.fromOpaque(userdata).takeUnretainedValue()
            box.lastError = String(cString: message)
        }
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// The PROJ release that answers (`proj_info().version`, e.g. "9.1.1"). PROJ is not linked but loaded on
    /// the first call (Sources/CLazyLibraries).
    static var libraryRelease: String {
        String(cString: proj_info().version)
    }

    /// The PROJ release the declarations were compiled against (`PROJ_VERSION_*` of proj.h).
    static var headerRelease: String {
        String(cString: cll_proj_header_release())
    }

    // MARK: Error plumbing

    /// Forgets the last logged message; call right before a PROJ function whose failure you will check.
    func clearLog() { log.lastError = nil }

    /// PROJ's text for `errno` (`proj_context_errno_string`) joined with the last logged error, consumed.
    func message(errno: Int32) -> String {
        defer { log.lastError = nil }
        var parts: [String] = []
        if errno != 0, let text = proj_context_errno_string(handle, errno) {
            parts.append(String(cString: text))
        }
        if let logged = log.lastError, !parts.contains(logged) { parts.append(logged) }
        return parts.isEmpty ? "no message from PROJ" : parts.joined(separator: ": ")
    }

    /// The message for a failure of a call on the context itself (`proj_context_errno`).
    func contextMessage() -> String { message(errno: proj_context_errno(handle)) }

    // MARK: CRS objects

    /// Creates the CRS object for `definition` (`proj_create`) and checks that it is a CRS (`proj_is_crs`).
    ///
    /// PROJ strings such as `"+proj=utm +zone=32"` get `+type=crs` appended, as `proj_create_crs_to_crs` does,
    /// so they are read as a CRS rather than as a conversion. The caller owns the result (`proj_destroy`).
    /// - Throws: `PROJError.unknownCRS` with PROJ's message.
    func createCRS(_ definition: String) throws(PROJError) -> OpaquePointer {
        clearLog()
        guard let object = proj_create(handle, Self.addingTypeCRSIfNeeded(definition)) else {
            throw .unknownCRS(definition: definition, message: contextMessage())
        }
        guard proj_is_crs(object) != 0 else {
            proj_destroy(object)
            throw .unknownCRS(definition: definition, message: "the definition is not a coordinate reference system")
        }
        return object
    }

    /// Checks that PROJ accepts `crs` in this context (as `CoordinateReferenceSystem.validated()` does in a
    /// context of its own): a caller that makes transformers in this context next opens `proj.db` only once.
    public func validate(_ crs: CoordinateReferenceSystem) throws(PROJError) {
        try withCRS(crs.definition) { _ throws(PROJError) in }
    }

    /// Calls `body` with the CRS object for `definition`, destroyed afterwards.
    func withCRS<R>(
        _ definition: String, _ body: (OpaquePointer) throws(PROJError) -> R
    ) throws(PROJError) -> R {
        let crs = try createCRS(definition)
        defer { proj_destroy(crs) }
        return try body(crs)
    }

    /// `definition` with ` +type=crs` appended when it is a PROJ string without it (PROJ's own rule).
    static func addingTypeCRSIfNeeded(_ definition: String) -> String {
        let trimmed = definition.drop { $0 == " " }
        let isPROJString = ["proj=", "+proj=", "+init=", "+title="].contains { trimmed.hasPrefix($0) }
        guard isPROJString, !definition.contains("type=crs") else { return definition }
        return definition + " +type=crs"
    }
}
