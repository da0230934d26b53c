/// Locale-independent, deterministic fixed-point formatting for CSV and SVG (no Foundation formatters).
public enum NumberFormat {
    /// `value` rounded to `decimals` places, without trailing zeros or a negative zero (`12.5`, `3`, `-0.2`).
    /// Written by integer arithmetic so the bytes never depend on locale or on `Double` printing.
    /// Non-finite values write as `0`; magnitudes are clamped to 10⁹ (far outside any sensible SVG frame).
    public static func trimmed(_ value: Double, _ decimals: Int = 1) -> String {
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

    /// `value` with exactly `decimals` decimals (half away from zero); empty for NaN and infinities.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `fixed(value, decimals)` as UTF-8 (the CSV writers' hot path: no string per number).
    @inlinable
    public static func appendFixed(_ value: Double, _ decimals: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e18 else {
            bytes.append(contentsOf: "\(value)".utf8)
            return
        }
        let units = Int64(scaled)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(units / scale, minimumCount: 1, to: &bytes)
        if decimals > 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(units % scale, minimumCount: decimals, to: &bytes)
        }
    }

    /// The decimal digits of `n` ≥ 0, zero-padded on the left to `minimumCount`.
    @usableFromInline
    static func appendDigits(_ n: Int64, minimumCount: Int, to bytes: inout [UInt8]) {
        var count = 1
        var rest = n / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(count, minimumCount)))
        var value = n
        var i = bytes.count - 1
        while i >= start, value > 0 {
            bytes[i] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
            i -= 1
        }
    }
}

/// CSV field quoting (RFC 4180) for identifiers that may contain separators, quotes or line ends: the text
/// itself when it has none of `,` `"` LF CR, else quoted with inner quotes doubled.
@inlinable
public func csvField(_ text: String) -> String {
    guard csvNeedsQuotes(text) else { return text }
    var bytes: [UInt8] = []
    appendCSVField(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

/// Appends `csvField(text)` as UTF-8.
@inlinable
public func appendCSVField(_ text: String, to bytes: inout [UInt8]) {
    guard csvNeedsQuotes(text) else {
        bytes.append(contentsOf: text.utf8)
        return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
        if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
}

/// Whether `text` holds `,` `"` LF or CR and so needs quotes as a CSV field (`csvField`).
@inlinable
public func csvNeedsQuotes(_ text: String) -> Bool {
    text.utf8.contains(where: needsCSVQuotes)
}

/// `,` `"` LF or CR: a byte that makes a CSV field need quotes.
@usableFromInline
func needsCSVQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
}
