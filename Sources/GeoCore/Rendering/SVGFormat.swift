import Support

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

    /// `value` rounded to `decimals` places, without trailing zeros (`NumberFormat.trimmed`).
    static func number(_ value: Double, decimals: Int = 1) -> String {
        NumberFormat.trimmed(value, decimals)
    }
}
