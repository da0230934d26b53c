import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// The batch's fast path (`AreaKernel`) against the GEOS-only batch (`areaKernel: false`, the reference): the
/// same rows, areas within 1e-9 relative or 1e-6 m², the same contact kinds and pair counts, and the
/// fallbacks to GEOS counted where the kernel must not answer.
@Suite struct BatchKernelTests {
    static func expectSameFigures(
        _ kernel: BatchResult, _ reference: BatchResult, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(kernel.rows.map(\.fid) == reference.rows.map(\.fid), sourceLocation: sourceLocation)
        #expect(kernel.intersectingPairs == reference.intersectingPairs, sourceLocation: sourceLocation)
        #expect(kernel.coveredPairs == reference.coveredPairs, sourceLocation: sourceLocation)
        var worst = 0.0
        for (k, g) in zip(kernel.rows, reference.rows) {
            #expect(k.status == g.status, "fid \(k.fid)", sourceLocation: sourceLocation)
            #expect(k.contacts == g.contacts, "fid \(k.fid)", sourceLocation: sourceLocation)
            #expect(k.repaired == g.repaired, "fid \(k.fid)", sourceLocation: sourceLocation)
            guard k.status == .ok else { continue }
            for (a, b) in zip([k.areaM2] + k.overlapM2, [g.areaM2] + g.overlapM2) {
                #expect(abs(a - b) <= max(1e-6, 1e-9 * abs(b)), "fid \(k.fid)", sourceLocation: sourceLocation)
                worst = max(worst, abs(a - b))
            }
        }
        #expect(worst < 1e-6, sourceLocation: sourceLocation)
    }

    @Test func fixtureWithHolesPartsBowTieOverlapsBuffersAndWGS84EqualsGEOS() async throws {
        let (dir, catalog) = try OverlayTests.fixture()
        defer { try? FileManager.default.removeItem(at: dir) }
        let kernel = try await BatchCheck.run(catalog: catalog, jobs: 2, chunkSize: 1)
        let reference = try await BatchCheck.run(catalog: catalog, jobs: 1, areaKernel: false)
        Self.expectSameFigures(kernel, reference)
        #expect(reference.fallbacks.total == 0)
        // The bow tie (its two triangles cancel to no signed area) is read and repaired by GEOS.
        #expect(kernel.fallbacks.parcelsViaGEOS + kernel.fallbacks.validityChecks == 1)
        #expect(kernel.rows.filter(\.repaired).map(\.fid) == [4])
        // Z1 and Z2 overlap each other and both overlap P1: their union comes from GEOS.
        #expect(kernel.fallbacks.overlappingFeatures == 1)
        #expect(kernel.rows[0].overlapM2[0] == 7_500)
        #expect(kernel.fallbacks.nonPolygonalFeatures == 0)
        // Z1 stored in WGS 84 comes back from PROJ a few nanometres off P1's edges: nearly coincident edges, which
        // the kernel hands to GEOS. Everything else (covered P2 with its hole, the multipolygon, touching, sliver,
        // the buffered line) is answered by the kernel.
        #expect(kernel.fallbacks.undecidedPairs >= 1)
        var utmOnly = catalog
        utmOnly.layers.removeAll { $0.name == "zones_wgs84" }
        let answered = try await BatchCheck.run(catalog: utmOnly, jobs: 1)
        #expect(answered.fallbacks.undecidedPairs == 0)
    }

    /// All 28 685 parcels of the sample data against its ten layers (development plans, biotopes, water
    /// buffers, protection zones that follow parcel boundaries).
    @Test func sampleDataEqualsGEOS() async throws {
        let catalog = try TestCatalogs.sample()
        let kernel = try await BatchCheck.run(catalog: catalog, keepGeometry: false)
        let reference = try await BatchCheck.run(catalog: catalog, keepGeometry: false, areaKernel: false)
        #expect(kernel.rows.count > 20_000)
        Self.expectSameFigures(kernel, reference)
        // Most measurements are the kernel's: fallbacks are a small share of the intersecting pairs.
        #expect(kernel.fallbacks.layerMeasurements * 20 < kernel.intersectingPairs)
        #expect(kernel.fallbacks.validityChecks + kernel.fallbacks.parcelsViaGEOS < 100)
    }
}
