import GeoCore
import Testing

/// `EnvelopeGrid` answers the same candidate sets as the GEOS STR-tree it replaces on the batch's fast path.
@Suite struct EnvelopeGridTests {
    @Test func queriesEqualTheSTRTreeOnRandomEnvelopes() throws {
        var rng = SplitMix(seed: 17)
        func box(_ size: Double) -> Envelope {
            let x = 588_000 + rng.unit() * 5000, y = 5_893_000 + rng.unit() * 5000
            return Envelope(minX: x, minY: y, maxX: x + rng.unit() * size, maxY: y + rng.unit() * size)
        }
        // Mixed sizes, a few huge ones, some without geometry (nil), one degenerate (a point).
        var items: [Envelope?] = (0..<3000).map { i in i % 97 == 0 ? nil : box(i % 50 == 0 ? 2000 : 80) }
        items.append(Envelope(minX: 590_000, minY: 5_895_000, maxX: 590_000, maxY: 5_895_000))
        let grid = EnvelopeGrid(items)
        let ctx = GeometryContext()
        let present = items.indices.filter { items[$0] != nil }
        let tree = try STRTree(present.map { try ctx.handle(.polygon(items[$0]!.polygon)) }, in: ctx)
        for k in 0..<2000 {
            let query = k == 0 ? Envelope(minX: 590_000, minY: 5_895_000, maxX: 590_000, maxY: 5_895_000) : box(k % 10 == 0 ? 3000 : 40)
            let expected = try tree.query(ctx.handle(.polygon(query.polygon))).map { present[$0] }.sorted()
            #expect(grid.query(query) == expected)
        }
        // Outside the whole extent, and a NaN query: nothing.
        #expect(grid.query(Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        #expect(grid.query(Envelope(minX: .nan, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        #expect(EnvelopeGrid([]).query(Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        // Far away and huge queries or items do not trap (cell indices are clamped before conversion).
        #expect(grid.query(Envelope(minX: 0, minY: 0, maxX: 1e20, maxY: 1)).isEmpty)
        #expect(grid.query(Envelope(minX: -1e300, minY: -1e300, maxX: 1e300, maxY: 1e300)).count == present.count)
        let wide = EnvelopeGrid([Envelope(minX: -1e308, minY: 0, maxX: 1e308, maxY: 1), Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)])
        #expect(wide.query(Envelope(minX: 0.5, minY: 0.5, maxX: 0.6, maxY: 0.6)) == [0, 1])
    }
}
