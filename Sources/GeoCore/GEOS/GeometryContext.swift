internal import CGEOS

/// One GEOS context (`GEOS_init_r`) with its message handler, WKT/WKB readers and writers.
///
/// A context belongs to one task or thread at a time; it is deliberately not `Sendable`, so the compiler
/// refuses to share it. Parallel work makes one context per child task. Geometry values (`Geometry`) are
/// `Sendable` and move between tasks; handles created from a context stay with it.
public final class GeometryContext {
    let handle: GEOSContextHandle_t
    private let messages: MessageBox
    private var wktReader: OpaquePointer?
    private var wktWriter: OpaquePointer?
    private var wkbReader: OpaquePointer?
    private var wkbWriter: OpaquePointer?

    /// Collects the last error and notice GEOS reports on this context.
    final class MessageBox {
        var lastError: String?
    }

    public init() {
        guard let handle = GEOS_init_r() else {
            fatalError("GEOS_init_r returned NULL: out of memory")
        }
        self.handle = handle
        self.messages = MessageBox()
        let box = Unmanaged.passUnretained(messages).toOpaque()
        GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            let box = Unmanaged<GeometryContext.MessageBox>.fromOpaque(userdata).takeUnretainedValue()
            box.lastError = String(cString: message)
        }, box)
        GEOSContext_setNoticeMessageHandler_r(handle, { _, _ in }, nil)
    }

    deinit {
        if let wktReader { GEOSWKTReader_destroy_r(handle, wktReader) }
        if let wktWriter { GEOSWKTWriter_destroy_r(handle, wktWriter) }
        if let wkbReader { GEOSWKBReader_destroy_r(handle, wkbReader) }
        if let wkbWriter { GEOSWKBWriter_destroy_r(handle, wkbWriter) }
        GEOS_finish_r(handle)
    }

    /// The GEOS library version, e.g. `"3.11.1-CAPI-1.17.1"`.
    public static var geosVersion: String { String(cString: GEOSversion()) }

    // MARK: Error plumbing

    /// Forgets any earlier message; call right before a GEOS function whose failure you will check.
    func clearError() { messages.lastError = nil }

    /// The typed error for a failed call of `function`, with GEOS's message.
    func failure(_ function: String) -> GEOSError {
        let message = messages.lastError ?? "no message from GEOS"
        messages.lastError = nil
        return .library(function: function, message: message)
    }

    /// The last message GEOS reported, consumed.
    func takeMessage() -> String? {
        defer { messages.lastError = nil }
        return messages.lastError
    }

    /// Wraps a freshly created GEOS geometry, throwing the library error when `pointer` is NULL.
    func adopt(_ pointer: OpaquePointer?, _ function: String) throws(GEOSError) -> GeometryHandle {
        guard let pointer else { throw failure(function) }
        return GeometryHandle(context: self, pointer: pointer)
    }

    // MARK: Readers and writers

    /// Reads Well-Known Text into a GEOS geometry (`GEOSWKTReader_read_r`).
    public func read(wkt: String) throws(GEOSError) -> GeometryHandle {
        if wktReader == nil { wktReader = GEOSWKTReader_create_r(handle) }
        clearError()
        guard let g = GEOSWKTReader_read_r(handle, wktReader, wkt) else {
            throw .parse(format: "WKT", message: takeMessage() ?? "unreadable text")
        }
        return GeometryHandle(context: self, pointer: g)
    }

    /// Reads (ISO or extended) Well-Known Binary into a GEOS geometry (`GEOSWKBReader_read_r`).
    public func read(wkb: [UInt8]) throws(GEOSError) -> GeometryHandle {
        if wkbReader == nil { wkbReader = GEOSWKBReader_create_r(handle) }
        clearError()
        let g = wkb.withUnsafeBufferPointer { buffer in
            GEOSWKBReader_read_r(handle, wkbReader, buffer.baseAddress, buffer.count)
        }
        guard let g else { throw .parse(format: "WKB", message: takeMessage() ?? "unreadable bytes") }
        return GeometryHandle(context: self, pointer: g)
    }

    func writeWKT(_ geometry: OpaquePointer, precision: Int?) throws(GEOSError) -> String {
        if wktWriter == nil {
            wktWriter = GEOSWKTWriter_create_r(handle)
            GEOSWKTWriter_setOutputDimension_r(handle, wktWriter, 2)
        }
        GEOSWKTWriter_setTrim_r(handle, wktWriter, 1)
        GEOSWKTWriter_setRoundingPrecision_r(handle, wktWriter, Int32(precision ?? -1))
        clearError()
        guard let text = GEOSWKTWriter_write_r(handle, wktWriter, geometry) else {
            throw failure("GEOSWKTWriter_write_r")
        }
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }

    func writeWKB(_ geometry: OpaquePointer) throws(GEOSError) -> [UInt8] {
        if wkbWriter == nil {
            wkbWriter = GEOSWKBWriter_create_r(handle)
            GEOSWKBWriter_setOutputDimension_r(handle, wkbWriter, 2)
            GEOSWKBWriter_setByteOrder_r(handle, wkbWriter, Int32(GEOS_WKB_NDR.rawValue))
        }
        var size = 0
        clearError()
        guard let bytes = GEOSWKBWriter_write_r(handle, wkbWriter, geometry, &size) else {
            throw failure("GEOSWKBWriter_write_r")
        }
        defer { GEOSFree_r(handle, bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }
}
