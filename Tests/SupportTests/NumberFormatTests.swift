import Foundation
import Support
import Testing

@Suite("Number formatting")
struct NumberFormatTests {
    /// The byte-wise number formatting equals the string arithmetic it replaced (kept here as the reference)
    /// for random values of every magnitude and sign, 0–4 decimals; CSV fields are quoted per RFC 4180.
    @Test func numberFormattingMatchesTheReference() {
        func reference(_ value: Double, _ decimals: Int) -> String {
            guard value.isFinite else { return "" }
            var scale: Int64 = 1
            for _ in 0..<decimals { scale *= 10 }
            let scaled = (abs(value) * Double(scale)).rounded()
            guard scaled < 9e18 else { return "\(value)" }
            let units = Int64(scaled)
            var text = (value < 0 && units != 0 ? "-" : "") + String(units / scale)
            if decimals > 0 {
                let fraction = String(units % scale)
                text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
            }
            return text
        }
        var generator = SampleGenerator(seed: 3)
        var mismatches: [String] = []
        let special: [Double] = [0, -0.0, 0.5, -0.5, 1e-12, 9.9995, -9.9995, 1e15, 1e19, -1e300, .nan, .infinity]
        for i in 0..<100_000 {
            let magnitude = pow(10, generator.uniform() * 16 - 6)
            let value = i < special.count ? special[i] : (generator.uniform() < 0.5 ? -magnitude : magnitude)
            for decimals in 0...4 where NumberFormat.fixed(value, decimals) != reference(value, decimals) {
                mismatches.append("\(value) \(decimals)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Known answers: no negative zero, halves away from zero.
        #expect(
            NumberFormat.fixed(-0.0004, 3) == "0.000" && NumberFormat.fixed(2.5, 0) == "3"
                && NumberFormat.fixed(-1.25, 1) == "-1.3")
        #expect(csvField("n_1") == "n_1")
        #expect(csvField("a,b") == "\"a,b\"")
        #expect(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(csvField("line\r\nend") == "\"line\r\nend\"")
    }
}

/// xoshiro256** seeded through SplitMix64, as TrafficCore's `Xoshiro256StarStar` (which the Support tests cannot
/// import): the same sample values the formatting test has always used.
private struct SampleGenerator {
    private var s0, s1, s2, s3: UInt64

    init(seed: UInt64) {
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}
