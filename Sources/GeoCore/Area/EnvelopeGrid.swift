/// A static uniform grid over item envelopes: which items' envelopes meet a query envelope. The batch check's
/// replacement for the GEOS STR-tree on its fast path — a value (`Sendable`, shared by all workers without a
/// GEOS object), built once per layer.
///
/// The cell size is the mean item extent (at least 1/1024 of the total extent per axis, at most 4 million
/// cells), so a typical item lies in a few cells and a typical query visits a few. Answers are the same set as
/// `STRTree.query` (envelope intersection, closed boundaries), in ascending item order.
public struct EnvelopeGrid: Sendable {
    let envelopes: [Envelope?]
    let origin: (x: Double, y: Double)
    let cellWidth: Double, cellHeight: Double
    let columns: Int, rows: Int
    /// Items of cell c: `items[cellStart[c] ..< cellStart[c + 1]]`.
    let cellStart: [Int]
    let items: [Int32]

    /// The cell index of coordinate `v` along one axis, as a Double (−∞ … +∞; NaN for a NaN input): converted
    /// to `Int` only after clamping, so far-away or huge coordinates cannot trap.
    @inline(__always)
    static func cell(_ v: Double, _ origin: Double, _ size: Double) -> Double {
        let c = ((v - origin) / size).rounded(.down)
        return c.isNaN ? 0 : c
    }

    @inline(__always)
    static func clamp(_ c: Double, _ count: Int) -> Int {
        c <= 0 ? 0 : c >= Double(count - 1) ? count - 1 : Int(c)
    }

    /// - Parameter envelopes: one per item; `nil` (no geometry) is never returned.
    public init(_ envelopes: [Envelope?]) {
        self.envelopes = envelopes
        let present = envelopes.compactMap { $0 }
        guard var total = present.first else {
            origin = (0, 0)
            cellWidth = 1
            cellHeight = 1
            columns = 1
            rows = 1
            cellStart = [0, 0]
            items = []
            return
        }
        var meanWidth = 0.0, meanHeight = 0.0
        for e in present {
            total.expand(toInclude: e)
            meanWidth += e.width
            meanHeight += e.height
        }
        meanWidth /= Double(present.count)
        meanHeight /= Double(present.count)
        let width = max(total.width, 1e-9), height = max(total.height, 1e-9)
        // An extent too large for doubles (coordinates near ±1e308): one cell, every item in it.
        let finite = width.isFinite && height.isFinite && meanWidth.isFinite && meanHeight.isFinite
        var columns = finite ? Int(min(1024, max(1, (width / max(meanWidth, width / 1024)).rounded(.up)))) : 1
        var rows = finite ? Int(min(1024, max(1, (height / max(meanHeight, height / 1024)).rounded(.up)))) : 1
        while columns * rows > 4_000_000 {
            columns = max(1, columns / 2)
            rows = max(1, rows / 2)
        }
        let cw = finite ? width / Double(columns) : .infinity, ch = finite ? height / Double(rows) : .infinity
        origin = (total.minX, total.minY)
        cellWidth = cw
        cellHeight = ch
        self.columns = columns
        self.rows = rows
        // Counting sort of (cell, item) entries.
        var counts = [Int](repeating: 0, count: columns * rows + 1)
        func cells(_ e: Envelope) -> (ClosedRange<Int>, ClosedRange<Int>) {
            let c0 = Self.clamp(Self.cell(e.minX, total.minX, cw), columns)
            let c1 = Self.clamp(Self.cell(e.maxX, total.minX, cw), columns)
            let r0 = Self.clamp(Self.cell(e.minY, total.minY, ch), rows)
            let r1 = Self.clamp(Self.cell(e.maxY, total.minY, ch), rows)
            return (c0...max(c0, c1), r0...max(r0, r1))
        }
        for e in envelopes.compactMap({ $0 }) {
            let (cs, rs) = cells(e)
            for r in rs { for c in cs { counts[r * columns + c + 1] += 1 } }
        }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var fill = counts
        var items = [Int32](repeating: 0, count: counts[counts.count - 1])
        for (i, e) in envelopes.enumerated() {
            guard let e else { continue }
            let (cs, rs) = cells(e)
            for r in rs {
                for c in cs {
                    items[fill[r * columns + c]] = Int32(i)
                    fill[r * columns + c] += 1
                }
            }
        }
        cellStart = counts
        self.items = items
    }

    /// Items whose envelope meets `query`, ascending.
    public func query(_ query: Envelope) -> [Int] {
        var result: [Int] = []
        guard !items.isEmpty, query.minX.isFinite, query.maxX.isFinite, query.minY.isFinite, query.maxY.isFinite
        else { return result }
        let c0 = Self.cell(query.minX, origin.x, cellWidth), c1 = Self.cell(query.maxX, origin.x, cellWidth)
        let r0 = Self.cell(query.minY, origin.y, cellHeight), r1 = Self.cell(query.maxY, origin.y, cellHeight)
        guard c1 >= 0, r1 >= 0, c0 < Double(columns), r0 < Double(rows) else { return result }
        let cs = Self.clamp(c0, columns)...Self.clamp(c1, columns), rs = Self.clamp(r0, rows)...Self.clamp(r1, rows)
        let multiCell = cs.count > 1 || rs.count > 1
        for r in rs {
            for c in cs {
                let cell = r * columns + c
                for k in cellStart[cell]..<cellStart[cell + 1] {
                    let i = Int(items[k])
                    if envelopes[i]!.intersects(query) { result.append(i) }
                }
            }
        }
        if multiCell {
            result.sort()
            var unique: [Int] = []
            unique.reserveCapacity(result.count)
            for i in result where unique.last != i { unique.append(i) }
            return unique
        }
        return result
    }
}
