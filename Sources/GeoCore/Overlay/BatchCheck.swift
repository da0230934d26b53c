import Foundation
import Synchronization

/// One parcel's row in a batch: identifier, areas, and per catalog layer the overlap area and contact.
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
/// STR-trees and prepared geometries from them, then takes chunks of parcels from a shared counter. Parcels
/// travel as WKB and become GEOS handles directly. Numbers come from `OverlayMeasure`, as in a single check.
public enum BatchCheck {
    /// One parcel as read: WKB plus the fields the report needs.
    struct ParcelRecord: Sendable {
        var fid: Int64
        var wkb: [UInt8]
        var id: String?
        var officialArea: Double?
    }

    /// - Parameters:
    ///   - where: OGR SQL filter on the parcel source (e.g. `gemarkung = 'Lüneburg'`).
    ///   - jobs: worker tasks; default: active processor count.
    ///   - keepGeometry: carry each parcel's geometry into the rows (for GeoPackage/GeoJSON output).
    public static func run(
        catalog: Catalog, where filter: String? = nil, jobs: Int? = nil, keepGeometry: Bool = true,
        chunkSize: Int = 256
    ) async throws -> BatchResult {
        let workingCRS = try CoordinateReferenceSystem(catalog.workingCRS)
        let loader = ThemeLoader(workingCRS: workingCRS)
        let parcelLayer = try VectorDataset.openLayer(catalog.parcels.source)
        let parcelCRS = try loader.toWorking(from: parcelLayer.crs) == nil ? nil : parcelLayer.crs
        var records: [ParcelRecord] = []
        let idField = catalog.parcels.idField, officialField = catalog.parcels.officialAreaField
        var extent: Envelope?
        try parcelLayer.forEachFeature(where: filter) { raw in
            guard let wkb = raw.wkb else { return }
            records.append(ParcelRecord(
                fid: raw.fid, wkb: wkb, id: raw[idField]?.stringValue, officialArea: officialField.flatMap { raw[$0]?.doubleValue }))
        }
        if filter == nil, let whole = parcelLayer.extent {
            // The whole layer: its stored extent, without parsing every geometry.
            extent = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS).transform(whole) } ?? whole
        } else if !records.isEmpty {
            let ctx = GeometryContext()
            let t = try parcelCRS.map { try CoordinateTransformer(from: $0, to: workingCRS) }
            for r in records {
                guard var e = try ctx.read(wkb: r.wkb).envelope() else { continue }
                if let t { e = try t.transform(e) }
                if extent == nil { extent = e } else { extent?.expand(toInclude: e) }
            }
        }
        var sources = [ThemeLoader.sourceInfo(name: "parcels", location: catalog.parcels.source, layer: parcelLayer)]
        var themes: [LoadedTheme] = []
        var notes: [String] = []
        for theme in catalog.layers {
            let loaded = try loader.load(theme, area: extent)
            themes.append(loaded)
            sources.append(loaded.source)
            notes += loaded.notes
        }
        let workers = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let next = ChunkCounter()
        let allRecords = records
        let sharedThemes = themes
        let defaults = catalog.defaults
        let chunks = try await withThrowingTaskGroup(of: [(Int, [BatchRow], Int, Int)].self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let worker = try Worker(themes: sharedThemes, defaults: defaults, parcelCRS: parcelCRS, workingCRS: workingCRS)
                    var done: [(Int, [BatchRow], Int, Int)] = []
                    while true {
                        let start = next.value.withLock { value in
                            defer { value += chunkSize }
                            return value
                        }
                        guard start < allRecords.count else { break }
                        let slice = allRecords[start..<min(start + chunkSize, allRecords.count)]
                        let (rows, pairs, covered) = try worker.check(slice, keepGeometry: keepGeometry)
                        done.append((start, rows, pairs, covered))
                    }
                    return done
                }
            }
            var all: [(Int, [BatchRow], Int, Int)] = []
            for try await part in group { all += part }
            return all.sorted { $0.0 < $1.0 }
        }
        let rows = chunks.flatMap(\.1)
        let repaired = rows.filter(\.repaired).count
        if repaired > 0 { notes.append("\(repaired) parcel geometries were invalid and repaired with make-valid") }
        return BatchResult(
            layers: catalog.layers, rows: rows, sources: sources, notes: notes,
            intersectingPairs: chunks.reduce(0) { $0 + $1.2 }, coveredPairs: chunks.reduce(0) { $0 + $1.3 })
    }

    /// Hands out chunk start indices to the workers.
    final class ChunkCounter: Sendable {
        let value = Mutex(0)
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
                var handle = try ctx.read(wkb: r.wkb)
                if let transformer { handle = try ctx.handle(transformer.transform(handle.geometry())) }
                var repaired = false
                if try !handle.isValid() {
                    handle = try handle.makeValid()
                    repaired = true
                }
                let area = try handle.area()
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
