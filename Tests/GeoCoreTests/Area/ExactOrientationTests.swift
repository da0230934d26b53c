import GeoCore
import Testing

/// `ExactOrientation.sign` against an exact integer evaluation (128-bit) of the same determinant.
@Suite struct ExactOrientationTests {
    /// The exact sign of (b − a) × (c − a) for coordinates that are multiples of 2^-`bits` (scaled to integers;
    /// the products fit in 128 bits for the magnitudes used here).
    static func exactSign(_ p: [Double], bits: Int) -> Int {
        let scale = Double(sign: .plus, exponent: bits, significand: 1)
        let v: [Int128] = p.map { Int128(($0 * scale).rounded()) }
        let left: Int128 = (v[2] - v[0]) * (v[5] - v[1])
        let right: Int128 = (v[3] - v[1]) * (v[4] - v[0])
        let det = left - right
        return det > 0 ? 1 : det < 0 ? -1 : 0
    }

    /// Collinear triples on the coordinate grid around 6 000 000 m (multiples of 2⁻³⁰ m), and the same moved by
    /// one or two grid steps: the filter cannot certify these, the exact path must give 0 or the sign.
    @Test func collinearAndOneStepOffPointsAtUTMNorthingsGetTheExactSign() {
        var rng = SplitMix(seed: 7)
        let step = 0x1p-30
        var collinear = 0
        for _ in 0..<20_000 {
            let ax = 6_000_000 + (rng.unit() * 0x1p40).rounded() * step
            let ay = 6_000_000 + (rng.unit() * 0x1p40).rounded() * step
            let dx = (rng.unit() * 0x1p34 - 0x1p33).rounded() * step
            let dy = (rng.unit() * 0x1p34 - 0x1p33).rounded() * step
            let k = Double(1 + Int(rng.unit() * 5)), m = Double(Int(rng.unit() * 9) - 3)
            let off = Double(Int(rng.unit() * 5) - 2) * step
            let p = [ax, ay, ax + k * dx, ay + k * dy, ax + m * dx + off, ay + m * dy]
            let exact = Self.exactSign(p, bits: 30)
            #expect(ExactOrientation.sign(p[0], p[1], p[2], p[3], p[4], p[5]) == exact, "\(p)")
            if exact == 0 { collinear += 1 }
        }
        #expect(collinear > 2000)
    }

    /// Shewchuk's demonstration: a point moved in steps of 2⁻⁵³ near (0.5, 0.5) against the line through (12, 12)
    /// and (24, 24). The plain formula gets many signs wrong; the predicate gets all right.
    @Test func theClassicNearlyCollinearGridIsDecidedExactly() {
        var naiveWrong = 0
        for i in 0..<64 {
            for j in 0..<64 {
                let p = [0.5 + Double(i) * 0x1p-53, 0.5 + Double(j) * 0x1p-53, 12, 12, 24, 24]
                let exact = Self.exactSign(p, bits: 53)
                #expect(ExactOrientation.sign(p[0], p[1], p[2], p[3], p[4], p[5]) == exact, "\(p)")
                let naive = (p[2] - p[0]) * (p[5] - p[1]) - (p[3] - p[1]) * (p[4] - p[0])
                if (naive > 0 ? 1 : naive < 0 ? -1 : 0) != exact { naiveWrong += 1 }
            }
        }
        #expect(naiveWrong > 100)
    }

    @Test func exactlyCollinearGridPointsAreZeroAndTurnsAreSigned() {
        #expect(ExactOrientation.sign(0, 0, 1, 1, 2, 2) == 0)
        #expect(ExactOrientation.sign(0, 0, 1, 0, 0, 1) == 1)
        #expect(ExactOrientation.sign(0, 0, 1, 0, 0, -1) == -1)
    }
}

/// A small deterministic generator for test data (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
