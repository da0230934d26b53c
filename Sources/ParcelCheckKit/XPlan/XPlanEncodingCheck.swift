import Foundation

/// Checks that a document which is UTF-8 by its own account (an `encoding="UTF-8"` declaration, none, or one that
/// names no encoding libxml2 transcodes; no UTF-16/32 byte-order mark) really is UTF-8, before `XMLParser` sees it.
///
/// Why: on invalid UTF-8 inside an element or attribute name libxml2 reports an error but still hands the raw
/// bytes to Foundation's `XMLParser` on Linux, which then stops the process with an illegal instruction while
/// converting them to a `String` (found by `make fuzz`, target `xplan`: one 0xFF byte in `<xplan:BP_Plan>`; the
/// same in a comment after a damaged encoding declaration).
/// A file that declares another encoding (`ISO-8859-1`, `windows-1252`, UTF-16 with BOM) is transcoded to UTF-8
/// by libxml2 and needs no check.
struct XPlanEncodingCheck {
    /// Where the first invalid byte is.
    struct Violation: Equatable {
        var line: Int
        var column: Int
        var byte: UInt8
    }

    /// Bytes of the multi-byte sequence still expected, and the range the next byte must lie in.
    private var pending = 0
    private var nextLow: UInt8 = 0x80
    private var nextHigh: UInt8 = 0xBF
    private var line = 1
    private var column = 0
    private(set) var violation: Violation?

    /// Whether a document starting with `head` (its first bytes) is to be read as UTF-8: unless it starts with a
    /// UTF-16/32 byte-order mark or declares an encoding libxml2 transcodes (ISO-8859-*, Latin-*, Windows-125x,
    /// CP…, UTF-16, UCS-…). A missing, UTF-8 or unrecognisable declaration (`encoding="utf-8\u{2}…"` in a damaged
    /// file, found by the fuzzer too) means UTF-8.
    static func declaresUTF8(head: some Collection<UInt8>) -> Bool {
        let bytes = Array(head.prefix(512))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) {
            return false
        }
        // UTF-16/32 without BOM start `<?xml` with zero bytes in between; libxml2 detects those itself.
        if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"), let end = text.range(of: "?>") else {
            return true
        }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return true }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return true }
        let name = rest.dropFirst().prefix { $0 != quote }.lowercased()
        let transcoded = ["iso-8859-", "iso8859", "latin", "windows-125", "cp", "utf-16", "ucs"]
        let validName = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        return !(validName && transcoded.contains { name.hasPrefix($0) })
    }

    /// Feeds the next bytes of the document; stops looking after the first violation.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard violation == nil else { return }
        for byte in bytes {
            column += 1
            if pending > 0 {
                guard byte >= nextLow && byte <= nextHigh else {
                    violation = Violation(line: line, column: column, byte: byte)
                    return
                }
                pending -= 1
                nextLow = 0x80
                nextHigh = 0xBF
                continue
            }
            switch byte {
            case 0x0A:
                line += 1
                column = 0
            case 0x00...0x7F:
                break
            case 0xC2...0xDF:
                pending = 1
            case 0xE0:
                pending = 2
                nextLow = 0xA0  // no overlong forms
            case 0xED:
                pending = 2
                nextHigh = 0x9F  // no UTF-16 surrogates
            case 0xE1...0xEC, 0xEE...0xEF:
                pending = 2
            case 0xF0:
                pending = 3
                nextLow = 0x90
            case 0xF1...0xF3:
                pending = 3
            case 0xF4:
                pending = 3
                nextHigh = 0x8F  // nothing above U+10FFFF
            default:
                violation = Violation(line: line, column: column, byte: byte)
                return
            }
        }
    }

    /// The violation after the last chunk, including a sequence cut off by the end of the document.
    mutating func finish() -> Violation? {
        if violation == nil, pending > 0 {
            violation = Violation(line: line, column: column + 1, byte: 0)
        }
        return violation
    }

    /// The error for a violation in the document named `path`.
    static func error(_ violation: Violation, path: String) -> XPlanError {
        let what =
            violation.byte == 0
            ? "the document ends inside a UTF-8 character"
            : "byte 0x\(String(violation.byte, radix: 16, uppercase: true)) is not valid UTF-8"
        return .notXML(
            path: path, line: violation.line, column: violation.column,
            message: "\(what); the file declares UTF-8 (or no encoding, which means UTF-8): save it as UTF-8, or "
                + "declare its real encoding, e.g. <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
    }

    /// Checks `data`.
    static func check(data: Data, path: String) throws(XPlanError) {
        guard declaresUTF8(head: data.prefix(512)) else { return }
        var check = XPlanEncodingCheck()
        data.withUnsafeBytes { check.feed($0) }
        if let violation = check.finish() { throw error(violation, path: path) }
    }

    /// Checks the file at `path` in chunks of 1 MiB.
    static func check(path: String) throws(XPlanError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, message: "no permission to read")
        }
        defer { try? handle.close() }
        var check = XPlanEncodingCheck()
        var first = true
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw .unreadable(path: path, message: "read error: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            if first {
                guard declaresUTF8(head: chunk.prefix(512)) else { return }
                first = false
            }
            chunk.withUnsafeBytes { check.feed($0) }
            if check.violation != nil { break }
        }
        if let violation = check.finish() { throw error(violation, path: path) }
    }
}
