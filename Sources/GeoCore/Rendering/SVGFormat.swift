/// Text helpers for writing SVG: XML escaping and short, locale-independent numbers.
public enum SVGFormat {
    /// `text` safe for XML character data and attribute values: `& < > " '` become entities and the control
    /// characters XML 1.0 forbids (all below U+0020 except tab, LF and CR) are dropped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `value` rounded to `decimals` places, without trailing zeros or a negative zero (`12.5`, `3`, `-0.2`).
    /// Written by integer arithmetic so the bytes never depend on locale or on `Double` printing.
    /// Non-finite values write as `0`; magnitudes are clamped to 10⁹ (far outside any sensible frame).
    static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        let places = Swift.max(0, Swift.min(decimals, 6))
        var factor: Int64 = 1
        for _ in 0..<places { factor *= 10 }
        let clamped = Swift.max(-1e9, Swift.min(1e9, value))
        let scaled = Int64((clamped * Double(factor)).rounded())
        if scaled == 0 { return "0" }
        let magnitude = scaled.magnitude
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / UInt64(factor))
        var fraction = magnitude % UInt64(factor)
        if fraction != 0 {
            var digits = places
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let raw = String(fraction)
            text += "." + String(repeating: "0", count: digits - raw.count) + raw
        }
        return text
    }
}
