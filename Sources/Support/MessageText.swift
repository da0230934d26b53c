/// Text from users and libraries made safe to print in a message: credentials masked, control characters
/// escaped, very long text shortened. Every message a tool prints goes through `safe(_:)`.
public enum MessageText {
    /// Messages longer than this many characters are shortened (head and tail kept).
    public static let maximumLength = 2_000

    /// `text` with credentials masked (`redactingCredentials`), control characters other than line feed and tab
    /// written as `\u{1B}`, and when longer than `maximumLength` characters the middle left out with a count.
    public static func safe(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in redactingCredentials(text).unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && scalar != "\n" && scalar != "\t") || v == 0x7F || (0x80...0x9F).contains(v) {
                result += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        guard result.count > maximumLength else { return result }
        let head = result.prefix(maximumLength - 500)
        let tail = result.suffix(400)
        return head + " … (\(result.count - head.count - tail.count) characters left out) … " + tail
    }

    /// `text` with passwords replaced by `***`: the password of any URL with user information
    /// (`scheme://user:password@host`, e.g. `https://`, `postgresql://`), and the value after `password=` (also
    /// `…password =`, a URL parameter `&password=`, a libpq pair with a quoted value `password='a b'`).
    /// - Complexity: one pass over the text (no regular expressions: messages may hold whole input files).
    public static func redactingCredentials(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let n = bytes.count
        guard n > 0 else { return text }
        // Ranges of bytes to replace by "***", in order.
        var masks: [Range<Int>] = []
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var i = 0
        while i < n {
            // scheme://user:secret@host
            if bytes[i] == 0x3A, i + 2 < n, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x2F {
                let start = i + 3
                var end = start
                while end < n, bytes[end] != 0x2F, !isSpace(bytes[end]) { end += 1 }
                if let at = bytes[start..<end].lastIndex(of: 0x40), let colon = bytes[start..<at].firstIndex(of: 0x3A),
                    colon + 1 < at
                {
                    masks.append((colon + 1)..<at)
                }
                i = end
                continue
            }
            // …password = value
            if bytes[i] | 0x20 == 0x70, i + 8 <= n,
                String(decoding: bytes[i..<(i + 8)], as: UTF8.self).lowercased() == "password"
            {
                var j = i + 8
                while j < n, bytes[j] == 0x20 { j += 1 }
                if j < n, bytes[j] == 0x3D {
                    j += 1
                    while j < n, bytes[j] == 0x20 { j += 1 }
                    let start = j
                    if j < n, bytes[j] == 0x27 {
                        j += 1
                        while j < n, bytes[j] != 0x27 { j += bytes[j] == 0x5C ? 2 : 1 }
                        j = min(j + 1, n)
                    } else {
                        while j < n, !isSpace(bytes[j]), bytes[j] != 0x26 { j += 1 }
                    }
                    if j > start { masks.append(start..<j) }
                    i = j
                    continue
                }
            }
            i += 1
        }
        guard !masks.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var k = 0
        for m in masks where m.lowerBound >= k {
            out += bytes[k..<m.lowerBound]
            out += Array("***".utf8)
            k = m.upperBound
        }
        out += bytes[k...]
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `text` holds a credential `redactingCredentials` would mask.
    public static func containsCredentials(_ text: String) -> Bool { redactingCredentials(text) != text }
}
