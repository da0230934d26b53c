/// The sign of the orientation determinant of three points, decided exactly for any finite doubles.
///
/// `orientation(a, b, c)` is +1 when `c` lies to the left of the directed line a→b (a counter-clockwise turn),
/// −1 to the right, 0 exactly on it. A floating-point evaluation answers almost every call; its sign is trusted
/// when the value exceeds the error bound of that evaluation (J. R. Shewchuk, "Adaptive Precision Floating-Point
/// Arithmetic and Fast Robust Geometric Predicates", Discrete & Computational Geometry 18, 1997: the bound
/// (3 + 16ε)ε·(|l| + |r|) for l − r with l, r the two products of coordinate differences). Otherwise the
/// determinant is summed exactly: six products of input coordinates, each split into two doubles with a fused
/// multiply-add, added into a non-overlapping expansion whose largest component carries the sign.
///
/// Exactly collinear points — shared parcel and zone boundaries — always take the exact path, so it is kept
/// free of allocation. Exact for coordinates of magnitude 2⁻⁴⁰⁰ … 2⁴⁰⁰ (and 0): beyond, the products overflow or
/// their rounding errors underflow; `PolygonalShape` refuses such coordinates.
public enum ExactOrientation {
    /// (3 + 16ε)ε with ε = 2⁻⁵³, the relative error bound of the filtered evaluation.
    static let filterBound = (3.0 + 16.0 * 0x1p-53) * 0x1p-53

    /// +1 (left turn), −1 (right turn) or 0 (collinear).
    @inline(__always)
    public static func sign(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Int {
        let left = (ax - cx) * (by - cy)
        let right = (ay - cy) * (bx - cx)
        let det = left - right
        let bound = filterBound * (abs(left) + abs(right))
        if det > bound { return 1 }
        if -det > bound { return -1 }
        return exactSign(ax, ay, bx, by, cx, cy)
    }

    /// The exact sign of bx·cy − bx·ay − ax·cy − by·cx + by·ax + ay·cx (= (b − a) × (c − a)).
    static func exactSign(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Int {
        // 6 products → 12 exact terms; the expansion never holds more than 12 components.
        var e = Expansion()
        e.addProduct(bx, cy)
        e.addProduct(-bx, ay)
        e.addProduct(-ax, cy)
        e.addProduct(-by, cx)
        e.addProduct(by, ax)
        e.addProduct(ay, cx)
        return e.sign
    }

    /// A sum of doubles kept exactly: components non-overlapping, in increasing magnitude (Shewchuk's
    /// grow-expansion with zero elimination), in a fixed-size buffer.
    struct Expansion {
        private var c: (Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        private var count = 0

        /// Adds the exact product a·b (two terms: the rounded product and its rounding error).
        mutating func addProduct(_ a: Double, _ b: Double) {
            let p = a * b
            let err = (-p).addingProduct(a, b)  // a·b − p, exact by the fused multiply-add
            add(p)
            if err != 0 { add(err) }
        }

        /// Adds `x` exactly (Knuth's two-sum through every component; zero components dropped).
        mutating func add(_ x: Double) {
            withUnsafeMutableBytes(of: &c) { raw in
                let comps = raw.bindMemory(to: Double.self)
                var q = x
                var kept = 0
                for i in 0..<count {
                    let e = comps[i]
                    let s = q + e
                    let bv = s - q
                    let err = (q - (s - bv)) + (e - bv)
                    q = s
                    if err != 0 {
                        comps[kept] = err
                        kept += 1
                    }
                }
                if q != 0 || kept == 0 {
                    comps[kept] = q
                    kept += 1
                }
                count = kept
            }
        }

        /// The sign of the sum: that of the largest (last) non-zero component.
        var sign: Int {
            var copy = c
            return withUnsafeBytes(of: &copy) { raw in
                let comps = raw.bindMemory(to: Double.self)
                var i = count - 1
                while i >= 0 {
                    if comps[i] > 0 { return 1 }
                    if comps[i] < 0 { return -1 }
                    i -= 1
                }
                return 0
            }
        }
    }
}
