/// y at `x` on the polyline through measured `points` (x ascending; `x` above the first point — what lies below
/// it is the caller's rule): linear between neighbouring points, in proportion to `x` beyond the last
/// (y_last · x / x_last). For quantities measured at a few speeds (SUMO's queue discharge and start-up loss).
public func measuredCurve(_ points: [(x: Double, y: Double)], at x: Double) -> Double {
    for (a, b) in zip(points, points.dropFirst()) where x <= b.x {
        return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
    }
    let last = points[points.count - 1]
    return last.y * x / last.x
}
