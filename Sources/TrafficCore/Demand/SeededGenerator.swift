import Foundation

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny generator, used here to seed and to derive stream seeds.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman & Vigna 2018), seeded through SplitMix64 as its authors recommend.
///
/// Demand generation uses this instead of `SystemRandomNumberGenerator` so that runs are reproducible:
/// the same seed gives the same departures on every platform and Swift version (no library sampling code is
/// involved: `uniform()` and `exponential(rate:)` below are written out).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// An independent stream for `stream` (e.g. a flow's index) under the same `seed`, so adding a flow does
    /// not change the departures of the others.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ 0xD1B5_4A32_D192_ED03)
        var streamMixer = SplitMix64(seed: stream &* 0x9E37_79B9_7F4A_7C15 ^ mixer.next())
        self.init(seed: streamMixer.next())
    }

    public mutating func next() -> UInt64 {
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
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An exponentially distributed value with the given rate (mean 1 / rate), by inversion.
    public mutating func exponential(rate: Double) -> Double {
        -log(1 - uniform()) / rate
    }

    /// A uniform integer in 0 ..< bound (bound > 0) by Lemire's multiply-shift, without rejection: the bias
    /// is below bound / 2⁶⁴, irrelevant for choosing among a zone's links.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "index(below:) needs a positive bound")
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }
}
