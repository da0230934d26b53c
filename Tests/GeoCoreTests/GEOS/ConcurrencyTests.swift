import Foundation
import GeoCore
import Testing

/// Overlay work from many concurrent tasks, each with its own GEOS context, equals the serial run.
@Suite struct ConcurrencyTests {
    /// Deterministic pseudo-random polygons (a small LCG, so the input is the same every run).
    static func zones(count: Int) -> [Geometry] {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in
            let cx = next() * 1000, cy = next() * 1000, r = 20 + next() * 80
            let ring = (0...12).map { k -> Coordinate in
                let a = Double(k % 12) / 12 * 2 * Double.pi
                let rr = r * (0.7 + 0.3 * sin(3 * a))
                return Coordinate(cx + rr * cos(a), cy + rr * sin(a))
            }
            return .polygon(Polygon(exterior: ring))
        }
    }

    /// Area of each zone's overlap with the union of all zones that intersect it.
    static func overlapAreas(_ zones: [Geometry], range: Range<Int>) throws -> [Double] {
        let ctx = GeometryContext()
        let handles = try zones.map { try ctx.handle($0) }
        let tree = try STRTree(handles, in: ctx)
        return try range.map { i in
            let prepared = try handles[i].prepared()
            let others = try tree.query(handles[i]).filter { $0 != i }.filter { try prepared.intersects(handles[$0]) }
            let merged = try ctx.union(of: others.map { handles[$0] })
            return try handles[i].intersection(merged).area()
        }
    }

    @Test func parallelOverlayEqualsSerial() async throws {
        let zones = Self.zones(count: 400)
        let serial = try Self.overlapAreas(zones, range: 0..<zones.count)
        #expect(serial.contains { $0 > 0 })  // the data really overlaps

        let chunk = 25
        let parallel = try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for start in stride(from: 0, to: zones.count, by: chunk) {
                group.addTask {
                    (start, try Self.overlapAreas(zones, range: start..<min(start + chunk, zones.count)))
                }
            }
            var result = [Double](repeating: -1, count: zones.count)
            for try await (start, areas) in group {
                result.replaceSubrange(start..<start + areas.count, with: areas)
            }
            return result
        }
        #expect(parallel == serial)
    }
}
