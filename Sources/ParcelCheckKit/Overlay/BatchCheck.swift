import Foundation
import GeoCore
import Synchronization

/// Whether a parcel could be checked.
public enum BatchRowStatus: String, Sendable, Codable {
    case ok
    /// The parcel source has no geometry for it (NULL or empty).
    case noGeometry = "no_geometry"
    /// Its geometry cannot be measured: non-finite coordinates, no area, or it cannot be transformed or repaired.
    case unusableGeometry = "unusable_geometry"
}

/// One parcel's row in a batch: identifier, areas, and per catalog layer the overlap area and contact. A parcel
/// that could not be checked (`status` not `ok`) has no figures: area and overlaps are NaN, written as empty.
public struct BatchRow: Sendable {
    public var fid: Int64
    public var id: String?
    public var geometry: Geometry?
    public var areaM2: Double
    public var officialAreaM2: Double?
    /// Parallel to `BatchResult.layers`.
    public var overlapM2: [Double]
    public var contacts: [Contact]
    public var repaired: Bool
    public var status: BatchRowStatus = .ok
}

public struct BatchResult: Sendable {
    public var layers: [Catalog.ThemeLayer]
    /// The rows in parcel order; empty when they were streamed as CSV (`BatchCheck.run(csv:)`).
    public var rows: [BatchRow]
    /// Parcels checked (rows made), kept or streamed.
    public var rowCount: Int
    public var sources: [SourceInfo]
    public var notes: [String]
    /// (parcel, feature) pairs whose geometries intersect (touching included), over all layers.
    public var intersectingPairs: Int
    /// Pairs answered by the covered-by shortcut (no intersection computed).
    public var coveredPairs: Int
    /// How often the fast path (`AreaKernel`) handed work to GEOS; see `KernelFallbacks`.
    public var fallbacks = KernelFallbacks()
}

/// Work the batch's fast path handed to GEOS, by reason. All are answered, only more slowly.
public struct KernelFallbacks: Sendable, Equatable {
    /// Parcels read or repaired through GEOS: WKB that is not a plain polygon or multipolygon, or a degenerate
    /// ring (GEOS decides what it is).
    public var parcelsViaGEOS = 0
    /// Parcels whose validity the kernel could not certify (`PolygonalShape.isCertainlyValid`), checked by GEOS.
    public var validityChecks = 0
    /// (parcel, layer) measurements done by GEOS, by reason: a pair the kernel could not decide with certainty
    /// (near-degenerate contact), a candidate feature that is not polygonal, or several overlaps by features
    /// that overlap each other (the area of their union is needed).
    public var undecidedPairs = 0
    public var nonPolygonalFeatures = 0
    public var overlappingFeatures = 0

    public var layerMeasurements: Int { undecidedPairs + nonPolygonalFeatures + overlappingFeatures }

    public static func + (a: Self, b: Self) -> Self {
        Self(
            parcelsViaGEOS: a.parcelsViaGEOS + b.parcelsViaGEOS, validityChecks: a.validityChecks + b.validityChecks,
            undecidedPairs: a.undecidedPairs + b.undecidedPairs,
            nonPolygonalFeatures: a.nonPolygonalFeatures + b.nonPolygonalFeatures,
            overlappingFeatures: a.overlappingFeatures + b.overlappingFeatures)
    }

    public var total: Int { parcelsViaGEOS + validityChecks + layerMeasurements }

    public init(
        parcelsViaGEOS: Int = 0, validityChecks: Int = 0, undecidedPairs: Int = 0, nonPolygonalFeatures: Int = 0,
        overlappingFeatures: Int = 0
    ) {
        self.parcelsViaGEOS = parcelsViaGEOS
        self.validityChecks = validityChecks
        self.undecidedPairs = undecidedPairs
        self.nonPolygonalFeatures = nonPolygonalFeatures
        self.overlappingFeatures = overlappingFeatures
    }
}

/// Checks many parcels against every catalog layer, in parallel on all cores.
///
/// Theme layers are read once (as `Sendable` values) and turned into `KernelLayer`s: each feature as a
/// `PolygonalShape`, an `EnvelopeGrid` over them, and which features overlap another. Worker tasks take chunks of
/// parcels from a `ParcelFeed` while the parcels are still being read (for a whole layer; a `--where` selection
/// is read first, because the themes are read around its extent).
///
/// The fast path makes no GEOS object: a parcel's WKB is read into a `PolygonalShape`, its validity certified
/// exactly, its candidates found in the grid, and every pair measured by `AreaKernel` (relation and area);
/// `OverlayMeasure`'s rules turn the figures into hits and the layer result, as in a single check. Whatever
/// the kernel cannot answer with certainty goes to GEOS — each worker's own context, handles, STR-trees and
/// prepared geometries, built on first need — and is counted in `BatchResult.fallbacks`.
public enum BatchCheck {
    /// One parcel as read: WKB (nil when the source has none) plus the fields the report needs.
    struct ParcelRecord: Sendable {
        var fid: Int64
        var wkb: [UInt8]?
        var id: String?
        var officialArea: Double?
    }

    /// - Parameters:
    ///   - where: OGR SQL filter on the parcel source (e.g. `gemarkung = 'Lüneburg'`).
    ///   - jobs: worker tasks; default: active processor count.
    ///   - keepGeometry: carry each parcel's geometry into the rows (for GeoPackage/GeoJSON output).
    ///   - includeRestricted: check the catalog's restricted layers too (by default they are left out: a batch
    ///     result is an export).
    ///   - areaKernel: measure with `AreaKernel` where it is certain (default); `false` measures every parcel with
    ///     GEOS overlay, the reference (slower; the same figures within 1e-9 relative or 1e-6 m²).
    ///   - csv: when given, the rows are not kept but written as CSV (`BatchResult.csv()`'s text, header first)
    ///     through this function, in parcel order, chunk by chunk as they are checked; `rows` of the result is
    ///     then empty. Reading is held back while too many chunks wait to be written, so memory stays bounded
    ///     however many parcels a whole layer has (a `--where` selection is still read first).
    /// Every selected parcel gets a row; one without a usable geometry has a `status` other than `ok` and no
    /// figures, and a note counts them.
    public static func run(
        catalog: Catalog, where filter: String? = nil, jobs: Int? = nil, keepGeometry: Bool = true,
        includeRestricted: Bool = false, chunkSize: Int = 256, areaKernel: Bool = true,
        csv: (@Sendable (Data) throws -> Void)? = nil
    ) async throws -> BatchResult {
        var catalog = catalog
        let restricted = catalog.layers.filter(\.restricted).map(\.name)
        if !includeRestricted { catalog.layers.removeAll(where: \.restricted) }
        let workingCRS = try catalog.workingCRS.validated()
        let loader = ThemeLoader(workingCRS: workingCRS)
        let parcelLayer = try VectorDataset.openLayer(catalog.parcels.location)
        let parcelCRS = try loader.toWorking(from: parcelLayer.crs) == nil ? nil : parcelLayer.crs
        // Field names as the catalog writes them, matched to the source's whatever their case.
        let idField = try parcelLayer.fieldName(matching: catalog.parcels.idField) ?? catalog.parcels.idField
        let officialField = try catalog.parcels.officialAreaField.flatMap { try parcelLayer.fieldName(matching: $0) }
        @Sendable func record(_ raw: RawFeature) -> ParcelRecord {
            ParcelRecord(
                fid: raw.fid, wkb: raw.wkb, id: raw[idField]?.stringValue,
                officialArea: officialField.flatMap { raw[$0]?.doubleValue })
        }
        // The theme layers are read around the parcels' extent. For the whole layer that is its stored extent,
        // so the parcels can be read while the workers already check them; a filtered selection is read first
        // and its extent taken from the geometries.
        var records: [ParcelRecord] = []
        var extent: Envelope?
        let streamed = filter == nil ? parcelLayer.extent : nil
        if let whole = streamed {
            extent = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS).transform(whole) } ?? whole
        } else {
            try parcelLayer.forEachFeature(where: filter) { raw in
                records.append(record(raw))
            }
            let ctx = GeometryContext()
            let t = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS) }
            for r in records {
                guard let wkb = r.wkb, var e = try? ctx.read(wkb: wkb).envelope(), e.minX.isFinite, e.maxY.isFinite
                else { continue }
                if let t { e = try t.transform(e) }
                if extent == nil { extent = e } else { extent?.expand(toInclude: e) }
            }
        }
        var sources = [
            ThemeLoader.sourceInfo(
                name: "parcels", location: catalog.parcels.source, parsed: catalog.parcels.location, layer: parcelLayer)
        ]
        var themes: [LoadedTheme] = []
        var notes: [String] = []
        for theme in catalog.layers {
            var loaded = try loader.load(theme, area: extent)
            if let fields = loaded.planFields {
                // As in a single check, plans no longer in force do not make a parcel affected.
                let lapsed = loaded.features.filter { !fields.binds($0) }
                if !lapsed.isEmpty {
                    loaded.features.removeAll { !fields.binds($0) }
                    let titles = lapsed.compactMap { fields.plan(of: $0)?.title }.uniqued()
                    notes.append(
                        "\(theme.name): \(lapsed.count) features of plans no longer in force left out (they do not bind): "
                            + titles.joined(separator: ", "))
                }
            }
            themes.append(loaded)
            sources.append(loaded.source)
            notes += loaded.notes
        }
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // A streamed layer is read on a thread of its own, held back while `4 × workers` chunks are in flight.
        let feed = ParcelFeed(capacity: streamed != nil ? 4 * workers + 2 : nil)
        let layerNames = catalog.layers.map(\.name)
        let collector = RowCollector(csv: csv)
        try collector.start(header: BatchResult.csvHeader(layerNames: layerNames))
        let sharedThemes = themes
        let defaults = catalog.defaults
        let kernelLayers = areaKernel ? themes.map { KernelLayer($0, defaults: defaults) } : []
        let (pairs, covered, fallbacks) = try await withThrowingTaskGroup(of: (Int, Int, KernelFallbacks).self) { group in
            for _ in 0..<workers {
                group.addTask {
                    do {
                        let worker = try Worker(
                            themes: sharedThemes, kernelLayers: kernelLayers, defaults: defaults, parcelCRS: parcelCRS,
                            workingCRS: workingCRS, useKernel: areaKernel)
                        var pairs = 0, covered = 0
                        while let (start, slice) = await feed.next() {
                            let (rows, p, c) = try worker.check(slice[...], keepGeometry: keepGeometry)
                            pairs += p
                            covered += c
                            let text = csv == nil ? nil : BatchResult.csvLines(rows[...], layerCount: layerNames.count)
                            let flushed = try collector.deliver(start: start, rows: rows, csv: text)
                            feed.release(flushed)
                        }
                        return (pairs, covered, worker.fallbacks)
                    } catch {
                        feed.cancel()  // the reader must not wait for room that never comes
                        throw error
                    }
                }
            }
            var readError: (any Error)?
            do {
                defer { feed.finish() }  // also when reading fails, so the workers stop waiting
                if streamed != nil {
                    let location = catalog.parcels.location
                    try await readOnOwnThread {
                        // The reader's own GDAL dataset: GDAL handles belong to one thread.
                        let layer = try VectorDataset.openLayer(location)
                        var chunk: [ParcelRecord] = []
                        var start = 0
                        chunk.reserveCapacity(chunkSize)
                        try layer.forEachFeature { raw in
                            chunk.append(record(raw))
                            if chunk.count == chunkSize {
                                try feed.push(start: start, chunk)
                                start += chunk.count
                                chunk.removeAll(keepingCapacity: true)
                            }
                        }
                        if !chunk.isEmpty { try feed.push(start: start, chunk) }
                    }
                } else {
                    for start in stride(from: 0, to: records.count, by: chunkSize) {
                        try feed.push(start: start, Array(records[start..<min(start + chunkSize, records.count)]))
                    }
                }
            } catch {
                feed.cancel()
                readError = error
            }
            var pairs = 0, covered = 0
            var fallbacks = KernelFallbacks()
            // A worker's error first: it is the cause when the reader was only cancelled because of it.
            for try await (p, c, counted) in group {
                pairs += p
                covered += c
                fallbacks = fallbacks + counted
            }
            if let readError { throw readError }
            return (pairs, covered, fallbacks)
        }
        let tally = collector.finish()
        if tally.repaired > 0 {
            notes.append("\(tally.repaired) parcel geometries were invalid and repaired with make-valid")
        }
        if tally.missing + tally.unusable > 0 {
            notes.append(
                "\(tally.missing + tally.unusable) of \(tally.count) parcels could not be checked (status column: "
                    + "\(tally.missing) no_geometry, \(tally.unusable) unusable_geometry); their figures are empty, not zero")
        }
        if !includeRestricted, !restricted.isEmpty {
            notes.append(
                "restricted layers left out (--include-restricted to check them): " + restricted.joined(separator: ", "))
        }
        return BatchResult(
            layers: catalog.layers, rows: tally.rows, rowCount: tally.count, sources: sources, notes: notes,
            intersectingPairs: pairs, coveredPairs: covered, fallbacks: fallbacks)
    }

    /// Runs `body` on a new thread (not one of the concurrency pool's, which it may block) and waits for it.
    static func readOnOwnThread(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try body()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// A theme layer for the fast path, shared read-only by all workers: per feature with a geometry (the
    /// indexing of the GEOS handles) its shape (`nil` when it is not polygonal), the grid over their envelopes,
    /// and whether its interior overlaps another feature's (then a union of overlaps must come from GEOS).
    final class KernelLayer: Sendable {
        let shapes: [PolygonalShape?]
        let grid: EnvelopeGrid
        let overlapsAnother: [Bool]
        let thresholds: Catalog.Thresholds

        init(_ theme: LoadedTheme, defaults: Catalog.Thresholds) {
            let shapes = theme.features.compactMap(\.geometry).map { try? PolygonalShape($0) }
            let grid = EnvelopeGrid(shapes.map { $0?.envelope })
            // Features are valid (the loader repairs them): two overlap when the kernel finds a common area.
            // Undecided pairs and non-polygonal features count as overlapping, which only costs speed.
            var overlaps = shapes.map { $0 == nil }
            var workspace = AreaKernel.Workspace()
            for (i, shape) in shapes.enumerated() {
                guard let shape else { continue }
                for j in grid.query(shape.envelope) where j > i {
                    guard let other = shapes[j] else { continue }
                    let outcome = AreaKernel.intersection(shape, other, workspace: &workspace)
                    if outcome == nil || outcome!.area > 0 {
                        overlaps[i] = true
                        overlaps[j] = true
                    }
                }
            }
            self.shapes = shapes
            self.grid = grid
            self.overlapsAnother = overlaps
            thresholds = theme.config.thresholds(defaults: defaults)
        }
    }

    /// Per-task state: the shared kernel layers, and for what the kernel cannot answer its own GEOS context,
    /// handles, STR-trees and prepared features (made on first need).
    final class Worker {
        typealias GEOSLayer = (
            handles: [GeometryHandle], prepared: [PreparedGeometry], tree: STRTree, thresholds: Catalog.Thresholds
        )
        let ctx: GeometryContext
        let themes: [LoadedTheme]
        let defaults: Catalog.Thresholds
        /// Empty when the kernel is off.
        let kernelLayers: [KernelLayer]
        let useKernel: Bool
        private var geosLayers: [GEOSLayer?]
        let transformer: CoordinateTransformer?
        private(set) var fallbacks = KernelFallbacks()
        private var workspace = AreaKernel.Workspace()

        init(
            themes: [LoadedTheme], kernelLayers: [KernelLayer], defaults: Catalog.Thresholds,
            parcelCRS: CoordinateReferenceSystem?, workingCRS: CoordinateReferenceSystem, useKernel: Bool = true
        ) throws {
            ctx = GeometryContext()
            self.useKernel = useKernel
            self.themes = themes
            self.defaults = defaults
            self.kernelLayers = kernelLayers
            geosLayers = Array(repeating: nil, count: themes.count)
            transformer = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS) }
        }

        /// Layer `l` in this worker's GEOS context.
        func geosLayer(_ l: Int) throws -> GEOSLayer {
            if let layer = geosLayers[l] { return layer }
            let handles = try themes[l].features.compactMap(\.geometry).map { try ctx.handle($0) }
            let prepared = try handles.map { try $0.prepared() }
            let layer = (handles, prepared, try STRTree(handles, in: ctx), themes[l].config.thresholds(defaults: defaults))
            geosLayers[l] = layer
            return layer
        }

        /// A parcel ready for measuring: its shape (kernel) and, once made, its GEOS handle.
        struct Subject {
            var shape: PolygonalShape?
            var handle: GeometryHandle?
            var geometry: Geometry?
            var area: Double
            var repaired: Bool
        }

        enum Unchecked: Error {
            case noGeometry, unusable
        }

        /// The parcel from its WKB: through the kernel's reader where it can, through GEOS otherwise.
        func subject(_ wkb: [UInt8]) throws(Unchecked) -> Subject {
            guard useKernel else { return try subjectViaGEOS(wkb) }
            let shape: PolygonalShape
            var geometry: Geometry?  // kept where it was made anyway (transformed parcels)
            if let transformer {
                guard var read = WKBPolygons.read(wkb) else { return try subjectViaGEOS(wkb) }
                if read.isEmpty { throw .noGeometry }
                guard read.firstNonFiniteCoordinate == nil else { throw .unusable }
                do { read = try transformer.transform(read) } catch { throw .unusable }
                guard let made = try? PolygonalShape(read) else { return try subjectViaGEOS(wkb) }
                shape = made
                geometry = read
            } else {
                // Straight from the WKB into the kernel's arrays.
                let read: PolygonalShape?
                do { read = try WKBPolygons.shape(wkb) } catch {
                    if error == .nonFinite { throw .unusable }
                    return try subjectViaGEOS(wkb)
                }
                guard let read else { return try subjectViaGEOS(wkb) }
                shape = read
            }
            guard shape.isCertainlyValid() else {
                fallbacks.validityChecks += 1
                do {
                    let checked = geometry ?? WKBPolygons.read(wkb) ?? shape.geometry
                    let handle = try ctx.handle(checked)
                    if try handle.isValid() {
                        return Subject(shape: shape, handle: handle, geometry: checked, area: shape.area, repaired: false)
                    }
                    return try measurable(handle.makeValid(), repaired: true)
                } catch {
                    throw .unusable
                }
            }
            guard shape.area > 0, shape.area.isFinite else { throw .unusable }
            return Subject(shape: shape, handle: nil, geometry: geometry, area: shape.area, repaired: false)
        }

        /// The parcel through GEOS only, as before the kernel: read, transform, repair.
        func subjectViaGEOS(_ wkb: [UInt8]) throws(Unchecked) -> Subject {
            if useKernel { fallbacks.parcelsViaGEOS += 1 }
            do {
                var handle = try ctx.read(wkb: wkb)
                if handle.isEmpty { throw Unchecked.noGeometry }
                let geometry = try handle.geometry()
                guard geometry.firstNonFiniteCoordinate == nil else { throw Unchecked.unusable }
                if let transformer { handle = try ctx.handle(transformer.transform(geometry)) }
                var repaired = false
                if try !handle.isValid() {
                    handle = try handle.makeValid()
                    repaired = true
                }
                return try measurable(handle, repaired: repaired)
            } catch let error as Unchecked {
                throw error
            } catch {
                throw .unusable
            }
        }

        /// A valid GEOS handle as a subject; the kernel shape only when it is polygonal.
        func measurable(_ handle: GeometryHandle, repaired: Bool) throws -> Subject {
            let area = try handle.area()
            guard area.isFinite, area > 0 else { throw Unchecked.unusable }
            let geometry = try handle.geometry()
            return Subject(
                shape: try? PolygonalShape(geometry), handle: handle, geometry: geometry, area: area, repaired: repaired)
        }

        /// One layer's result for the subject: by the kernel, or by GEOS when the kernel cannot answer.
        func measure(_ subject: inout Subject, layer l: Int) throws -> OverlayMeasure.Result {
            if useKernel, let shape = subject.shape {
                let layer = kernelLayers[l]
                let candidates = layer.grid.query(shape.envelope)
                if candidates.isEmpty {
                    return OverlayMeasure.Result(hits: [], layerArea: 0, contact: .none, intersectingPairs: 0)
                }
                switch kernelResult(shape, subject.area, candidates: candidates, layer: layer) {
                case .success(let result): return result
                case .failure(.undecidedPair): fallbacks.undecidedPairs += 1
                case .failure(.nonPolygonalFeature): fallbacks.nonPolygonalFeatures += 1
                case .failure(.overlappingFeatures): fallbacks.overlappingFeatures += 1
                }
            }
            let geos = try geosLayer(l)
            if subject.handle == nil { subject.handle = try ctx.handle(subject.geometry ?? subject.shape!.geometry) }
            let handle = subject.handle!
            let hits = geos.tree.query(handle)
            guard !hits.isEmpty else {
                return OverlayMeasure.Result(hits: [], layerArea: 0, contact: .none, intersectingPairs: 0)
            }
            return try OverlayMeasure.measure(
                subject: handle, subjectArea: subject.area, subjectPrepared: nil,
                candidates: hits.map { geos.handles[$0] }, candidatePrepared: hits.map { geos.prepared[$0] },
                thresholds: geos.thresholds)
        }

        enum KernelRefusal: Error {
            case undecidedPair, nonPolygonalFeature, overlappingFeatures
        }

        /// The layer result from `AreaKernel` figures, or why GEOS must measure it.
        func kernelResult(_ shape: PolygonalShape, _ area: Double, candidates: [Int], layer: KernelLayer)
            -> Result<OverlayMeasure.Result, KernelRefusal>
        {
            var hits: [OverlayMeasure.Hit] = []
            var pairs = 0
            for c in candidates {
                guard let feature = layer.shapes[c] else { return .failure(.nonPolygonalFeature) }
                guard let outcome = AreaKernel.intersection(shape, feature, workspace: &workspace) else {
                    return .failure(.undecidedPair)
                }
                switch outcome.relation {
                case .disjoint: continue
                case .coveredBy:
                    hits.append(OverlayMeasure.hit(
                        index: c, covers: true, area: area, subjectArea: area, thresholds: layer.thresholds))
                case .touching, .overlapping:
                    hits.append(OverlayMeasure.hit(
                        index: c, covers: false, area: outcome.area, subjectArea: area, thresholds: layer.thresholds))
                }
                pairs += 1
            }
            let overlaps = hits.filter { $0.contact == .overlap }
            var union = 0.0
            if overlaps.count > 1 && !hits.contains(where: { $0.contact == .covers }) {
                // Features that overlap no other feature have disjoint interiors: their union is their sum.
                guard overlaps.allSatisfy({ !layer.overlapsAnother[$0.index] }) else {
                    return .failure(.overlappingFeatures)
                }
                union = overlaps.reduce(0) { $0 + $1.area }
            }
            return .success(OverlayMeasure.result(hits: hits, pairs: pairs, subjectArea: area, unionArea: union))
        }

        func check(_ records: ArraySlice<ParcelRecord>, keepGeometry: Bool) throws -> ([BatchRow], Int, Int) {
            var rows: [BatchRow] = []
            rows.reserveCapacity(records.count)
            var pairs = 0, covered = 0
            for r in records {
                func unchecked(_ status: BatchRowStatus) -> BatchRow {
                    BatchRow(
                        fid: r.fid, id: r.id, geometry: nil, areaM2: .nan, officialAreaM2: r.officialArea,
                        overlapM2: Array(repeating: .nan, count: themes.count),
                        contacts: Array(repeating: .none, count: themes.count), repaired: false, status: status)
                }
                guard let wkb = r.wkb, !wkb.isEmpty else {
                    rows.append(unchecked(.noGeometry))
                    continue
                }
                var subject: Subject
                do {
                    subject = try self.subject(wkb)
                } catch {
                    rows.append(unchecked(error == .noGeometry ? .noGeometry : .unusableGeometry))
                    continue
                }
                var overlaps: [Double] = []
                var contacts: [Contact] = []
                overlaps.reserveCapacity(themes.count)
                contacts.reserveCapacity(themes.count)
                for l in themes.indices {
                    let result = try measure(&subject, layer: l)
                    pairs += result.intersectingPairs
                    covered += result.hits.filter { $0.contact == .covers }.count
                    overlaps.append(result.layerArea)
                    contacts.append(result.contact)
                }
                rows.append(BatchRow(
                    fid: r.fid, id: r.id,
                    geometry: keepGeometry ? subject.geometry ?? WKBPolygons.read(wkb) ?? subject.shape?.geometry : nil,
                    areaM2: subject.area, officialAreaM2: r.officialArea, overlapM2: overlaps, contacts: contacts,
                    repaired: subject.repaired))
            }
            return (rows, pairs, covered)
        }
    }
}
