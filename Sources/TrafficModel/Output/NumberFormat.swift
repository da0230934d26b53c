/// Locale-independent, deterministic fixed-point formatting for CSV and SVG (no Foundation formatters).
enum NumberFormat {
    /// `value` with exactly `decimals` decimals (half away from zero); empty for NaN and infinities.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e18 else { return "\(value)" }
        let units = Int64(scaled)
        let whole = units / scale
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }
}

/// CSV field quoting (RFC 4180) for identifiers that may contain separators or quotes.
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    var quoted = "\""
    for c in text {
        if c == "\"" { quoted.append("\"") }
        quoted.append(c)
    }
    return quoted + "\""
}
