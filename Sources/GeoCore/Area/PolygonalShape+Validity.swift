extension PolygonalShape {
    /// Whether the shape is certainly a valid polygon (as `GEOSisValid` would say), decided exactly for the
    /// common case and conservatively otherwise: `false` means "ask GEOS", not "invalid".
    ///
    /// Certain: no two edges have a common point except neighbouring edges of one ring at their shared vertex,
    /// where the ring must not turn back on itself (a spike); every hole's first vertex lies inside its shell
    /// and outside the polygon's other holes; every shell's first vertex lies outside the other polygons' shells.
    /// With no contacts between rings one vertex decides each nesting. Rings touching at a point (valid in
    /// GEOS), parts inside other parts' holes and shapes over `maximumVertices` vertices are left to GEOS.
    /// - Complexity: O(n²) edge pairs with a bounding-box test first.
    public func isCertainlyValid(maximumVertices: Int = 512) -> Bool {
        guard vertexCount <= maximumVertices else { return false }
        typealias P = AreaKernel.Point2
        let xs = self.xs, ys = self.ys, ringStart = self.ringStart, polygonStart = self.polygonStart
        func point(_ v: Int) -> P { P(xs[v], ys[v]) }
        for r in 0..<ringCount {
            let start = ringStart[r], end = ringStart[r + 1]
            for i in start..<(end - 1) {
                let a0 = point(i), a1 = point(i + 1)
                // Within the ring: neighbours may only share their vertex, without turning back.
                let next = i + 1 < end - 1 ? i + 1 : start
                let n1 = point(next + 1)
                if AreaKernel.orient(a0, a1, n1) == 0
                    && (a1.x - a0.x) * (n1.x - a1.x) + (a1.y - a0.y) * (n1.y - a1.y) < 0
                {
                    return false
                }
                for r2 in r..<ringCount {
                    let start2 = ringStart[r2], end2 = ringStart[r2 + 1]
                    let from = r2 == r ? i + 1 : start2
                    for j in from..<(end2 - 1) {
                        if r2 == r && (j == i + 1 || (i == start && j == end - 2)) { continue }  // neighbours
                        let b0 = point(j), b1 = point(j + 1)
                        if max(b0.x, b1.x) < min(a0.x, a1.x) || min(b0.x, b1.x) > max(a0.x, a1.x)
                            || max(b0.y, b1.y) < min(a0.y, a1.y) || min(b0.y, b1.y) > max(a0.y, a1.y)
                        {
                            continue
                        }
                        let o1 = AreaKernel.orient(a0, a1, b0), o2 = AreaKernel.orient(a0, a1, b1)
                        if o1 == o2 && o1 != 0 { continue }
                        let o3 = AreaKernel.orient(b0, b1, a0), o4 = AreaKernel.orient(b0, b1, a1)
                        if o3 == o4 && o3 != 0 { continue }
                        return false  // a common point
                    }
                }
            }
        }
        guard ringCount > 1 else { return true }
        // No contacts between rings: nesting is decided by one vertex per ring.
        for p in 0..<polygonCount {
            let shell = polygonStart[p]
            for hole in (shell + 1)..<polygonStart[p + 1] {
                let v = ringStart[hole]
                guard ringContains(shell, xs[v], ys[v]) else { return false }
                for other in (shell + 1)..<polygonStart[p + 1] where other != hole {
                    if ringContains(other, xs[v], ys[v]) { return false }
                }
            }
            for q in 0..<polygonCount where q != p {
                let v = ringStart[shell]
                if ringContains(polygonStart[q], xs[v], ys[v]) { return false }
            }
        }
        return true
    }

    /// Whether the point lies inside ring `r` (a vertex of another ring that touches no edge of it).
    func ringContains(_ r: Int, _ x: Double, _ y: Double) -> Bool {
        let p = AreaKernel.Point2(x, y)
        let xs = self.xs, ys = self.ys, ringStart = self.ringStart
        var crossings = 0
        for v in ringStart[r]..<(ringStart[r + 1] - 1) {
            let q0 = AreaKernel.Point2(xs[v], ys[v]), q1 = AreaKernel.Point2(xs[v + 1], ys[v + 1])
            if (q0.y > y) != (q1.y > y) {
                let o = AreaKernel.orient(q0, q1, p)
                if (q1.y > q0.y) == (o > 0) { crossings += 1 }
            }
        }
        return crossings % 2 == 1
    }
}
