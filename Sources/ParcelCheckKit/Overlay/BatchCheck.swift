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
    public var rows: [BatchRow]
    public var sources: [SourceInfo]
    public var notes: [String]
    /// (parcel, feature) pairs whose geometries intersect (touching included), over all layers.
    public var intersectingPairs: Int
    /// Pairs answered by the covered-by shortcut (no intersection computed).
    public var coveredPairs: Int
}

/// Checks many parcels against every catalog layer, in parallel on all cores.
///
/// Theme layers are read once (as `Sendable` values); each worker task builds its own GEOS context, handles,
/// STR-trees and prepared geometries from them, then takes chunks of parcels from a `ParcelFeed` while the
/// parcels are still being read (for a whole layer; a `--where` selection is read first, because the themes are
/// read around its extent). Parcels travel as WKB and become GEOS handles directly. Numbers come from
/// `OverlayMeasure`, as in a single check.
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
    /// Every selected parcel gets a row; one without a usable geometry has a `status` other than `ok` and no
    /// figures, and a note counts them.
    public static func run(
        catalog: Catalog, where filter: String? = nil, jobs: Int? = nil, keepGeometry: Bool = true,
        includeRestricted: Bool = false, chunkSize: Int = 256
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
        func record(_ raw: RawFeature) -> ParcelRecord? {
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
                if let r = record(raw) { records.append(r) }
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
        let feed = ParcelFeed()
        let sharedThemes = themes
        let defaults = catalog.defaults
        let chunks = try await withThrowingTaskGroup(of: [(Int, [BatchRow], Int, Int)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let worker = try Worker(themes: sharedThemes, defaults: defaults, parcelCRS: parcelCRS, workingCRS: workingCRS)
                    var done: [(Int, [BatchRow], Int, Int)] = []
                    while let (start, slice) = await feed.next() {
                        let (rows, pairs, covered) = try worker.check(slice[...], keepGeometry: keepGeometry)
                        done.append((start, rows, pairs, covered))
                    }
                    return done
                }
            }
            // This task reads (or hands out what was read) in chunks; the workers take them as they come.
            do {
                defer { feed.finish() }  // also when reading fails, so the workers stop waiting
                if streamed != nil {
                    var chunk: [ParcelRecord] = []
                    var start = 0
                    chunk.reserveCapacity(chunkSize)
                    try parcelLayer.forEachFeature { raw in
                        guard let r = record(raw) else { return }
                        chunk.append(r)
                        if chunk.count == chunkSize {
                            feed.push(start: start, chunk)
                            start += chunk.count
                            chunk.removeAll(keepingCapacity: true)
                        }
                    }
                    if !chunk.isEmpty { feed.push(start: start, chunk) }
                } else {
                    for start in stride(from: 0, to: records.count, by: chunkSize) {
                        feed.push(start: start, Array(records[start..<min(start + chunkSize, records.count)]))
                    }
                }
            }
            var all: [(Int, [BatchRow], Int, Int)] = []
            for try await part in group { all += part }
            return all.sorted { $0.0 < $1.0 }
        }
        let rows = chunks.flatMap(\.1)
        let repaired = rows.filter(\.repaired).count
        if repaired > 0 { notes.append("\(repaired) parcel geometries were invalid and repaired with make-valid") }
        let missing = rows.filter { $0.status == .noGeometry }.count
        let unusable = rows.filter { $0.status == .unusableGeometry }.count
        if missing + unusable > 0 {
            notes.append(
                "\(missing + unusable) of \(rows.count) parcels could not be checked (status column: \(missing) "
                    + "no_geometry, \(unusable) unusable_geometry); their figures are empty, not zero")
        }
        if !includeRestricted, !restricted.isEmpty {
            notes.append(
                "restricted layers left out (--include-restricted to check them): " + restricted.joined(separator: ", "))
        }
        return BatchResult(
            layers: catalog.layers, rows: rows, sources: sources, notes: notes,
            intersectingPairs: chunks.reduce(0) { $0 + $1.2 }, coveredPairs: chunks.reduce(0) { $0 + $1.3 })
    }

    /// Chunks of parcels from the reading task to the workers, in reading order: `push` never blocks (the
    /// reader is never held up), `next` suspends a worker until a chunk is there or the feed is finished.
    final class ParcelFeed: Sendable {
        private struct State: ~Copyable {
            var chunks: [(start: Int, records: [ParcelRecord])] = []
            var head = 0
            var waiting: [CheckedContinuation<(Int, [ParcelRecord])?, Never>] = []
            var finished = false
        }
        private let state = Mutex(State())

        /// Hands a chunk to a waiting worker, or queues it.
        func push(start: Int, _ records: [ParcelRecord]) {
            let waiter = state.withLock { s -> CheckedContinuation<(Int, [ParcelRecord])?, Never>? in
                if !s.waiting.isEmpty { return s.waiting.removeFirst() }
                s.chunks.append((start, records))
                return nil
            }
            waiter?.resume(returning: (start, records))
        }

        /// No more chunks: waiting workers get `nil`, and so does every later `next`.
        func finish() {
            let waiters = state.withLock { s in
                s.finished = true
                defer { s.waiting.removeAll() }
                return s.waiting
            }
            for waiter in waiters { waiter.resume(returning: nil) }
        }

        /// The next chunk (start index, records), or `nil` when the feed is finished and empty.
        func next() async -> (Int, [ParcelRecord])? {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { s -> (Int, [ParcelRecord])?? in
                    if s.head < s.chunks.count {
                        defer {
                            s.chunks[s.head].records = []  // the worker owns it now
                            s.head += 1
                        }
                        return .some((s.chunks[s.head].start, s.chunks[s.head].records))
                    }
                    if s.finished { return .some(nil) }
                    s.waiting.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    /// Per-task state: its own GEOS context, handles, STR-trees and prepared features.
    final class Worker {
        let ctx: GeometryContext
        let layers: [(handles: [GeometryHandle], prepared: [PreparedGeometry], tree: STRTree, thresholds: Catalog.Thresholds)]
        let transformer: CoordinateTransformer?

        init(themes: [LoadedTheme], defaults: Catalog.Thresholds, parcelCRS: CoordinateReferenceSystem?, workingCRS: CoordinateReferenceSystem) throws {
            let ctx = GeometryContext()
            var layers: [(handles: [GeometryHandle], prepared: [PreparedGeometry], tree: STRTree, thresholds: Catalog.Thresholds)] = []
            for theme in themes {
                let handles = try theme.features.compactMap(\.geometry).map { try ctx.handle($0) }
                let prepared = try handles.map { try $0.prepared() }
                layers.append((handles, prepared, try STRTree(handles, in: ctx), theme.config.thresholds(defaults: defaults)))
            }
            self.ctx = ctx
            self.layers = layers
            transformer = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS) }
        }

        func check(_ records: ArraySlice<ParcelRecord>, keepGeometry: Bool) throws -> ([BatchRow], Int, Int) {
            var rows: [BatchRow] = []
            rows.reserveCapacity(records.count)
            var pairs = 0, covered = 0
            for r in records {
                func unchecked(_ status: BatchRowStatus) -> BatchRow {
                    BatchRow(
                        fid: r.fid, id: r.id, geometry: nil, areaM2: .nan, officialAreaM2: r.officialArea,
                        overlapM2: Array(repeating: .nan, count: layers.count),
                        contacts: Array(repeating: .none, count: layers.count), repaired: false, status: status)
                }
                guard let wkb = r.wkb, !wkb.isEmpty else {
                    rows.append(unchecked(.noGeometry))
                    continue
                }
                var handle: GeometryHandle
                var repaired = false
                let area: Double
                do {
                    handle = try ctx.read(wkb: wkb)
                    guard !handle.isEmpty else {
                        rows.append(unchecked(.noGeometry))
                        continue
                    }
                    let geometry = try handle.geometry()
                    guard geometry.firstNonFiniteCoordinate == nil else {
                        rows.append(unchecked(.unusableGeometry))
                        continue
                    }
                    if let transformer { handle = try ctx.handle(transformer.transform(geometry)) }
                    if try !handle.isValid() {
                        handle = try handle.makeValid()
                        repaired = true
                    }
                    area = try handle.area()
                } catch {
                    rows.append(unchecked(.unusableGeometry))
                    continue
                }
                guard area.isFinite, area > 0 else {
                    rows.append(unchecked(.unusableGeometry))
                    continue
                }
                var overlaps: [Double] = []
                var contacts: [Contact] = []
                for layer in layers {
                    let hits = layer.tree.query(handle)
                    guard !hits.isEmpty, area > 0 else {
                        overlaps.append(0)
                        contacts.append(.none)
                        continue
                    }
                    let result = try OverlayMeasure.measure(
                        subject: handle, subjectArea: area, subjectPrepared: nil,
                        candidates: hits.map { layer.handles[$0] }, candidatePrepared: hits.map { layer.prepared[$0] },
                        thresholds: layer.thresholds)
                    pairs += result.intersectingPairs
                    covered += result.hits.filter { $0.contact == .covers }.count
                    overlaps.append(result.layerArea)
                    contacts.append(result.contact)
                }
                rows.append(BatchRow(
                    fid: r.fid, id: r.id, geometry: keepGeometry ? try handle.geometry() : nil, areaM2: area,
                    officialAreaM2: r.officialArea, overlapM2: overlaps, contacts: contacts, repaired: repaired))
            }
            return (rows, pairs, covered)
        }
    }
}
