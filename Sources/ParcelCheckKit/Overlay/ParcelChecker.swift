import Foundation
import GeoCore
import Synchronization

/// A finished check: the report, the subject in the working CRS, and the theme features read (for maps).
public struct CheckOutcome: Sendable {
    public var report: CheckReport
    public var subject: Geometry
    public var themes: [LoadedTheme]
}

/// Runs the planner's check: finds the parcel (or takes a geometry), reads every catalog layer around it,
/// and measures the overlaps with `OverlayMeasure`. One checker per task (it owns GEOS and PROJ state).
public final class ParcelChecker {
    public let catalog: Catalog
    public let workingCRS: CoordinateReferenceSystem
    let loader: ThemeLoader
    private var gemarkungCache: GemarkungTable?
    /// Identifies the program in reports.
    public var toolName = "parcelcheck"
    /// Threads for reading and measuring layers (default: active processor count).
    public var layerJobs = ProcessInfo.processInfo.activeProcessorCount

    public init(catalog: Catalog) throws(CheckError) {
        self.catalog = catalog
        workingCRS = CoordinateReferenceSystem(unchecked: catalog.workingCRS)
        loader = ThemeLoader(workingCRS: workingCRS)
        do {
            // Checked in the loader's PROJ context, which the transformers use next (proj.db opened once).
            try loader.validate(workingCRS)
        } catch {
            throw .invalidInput("working CRS of the catalog: \(error)")
        }
    }

    var context: GeometryContext { loader.context }

    // MARK: Parcels

    /// The Gemarkung key table named in the catalog (empty when none is named).
    public func gemarkungen() throws(CheckError) -> GemarkungTable {
        if let gemarkungCache { return gemarkungCache }
        guard let location = catalog.parcels.gemarkungen else { return GemarkungTable() }
        do {
            let layer = try loader.openLayer(location)
            let entries = try layer.features().compactMap { f -> GemarkungTable.Entry? in
                guard let number = f["gemarkungsnummer"]?.integerValue ?? f["gemarkungsnummer"]?.stringValue.flatMap({ Int64($0) }),
                    let name = f["gemarkung"]?.stringValue
                else { return nil }
                return GemarkungTable.Entry(number: Int(number), name: name, land: f["land"]?.stringValue ?? "03")
            }
            let table = GemarkungTable(entries)
            gemarkungCache = table
            return table
        } catch {
            throw .unreadableSource(location: VectorSourceLocation.redacting(location), message: "\(error)")
        }
    }

    /// Reads the parcel text (any accepted form) and finds the parcel in the parcel source.
    public func findParcel(_ text: String) throws(CheckError) -> (id: ParcelIdentifier, feature: Feature, crs: CoordinateReferenceSystem?) {
        let table = try gemarkungen()
        let id: ParcelIdentifier
        do { id = try ParcelIdentifier.parse(text, gemarkungen: table) } catch { throw .parcelID(error) }
        let field = catalog.parcels.idField
        let location = catalog.parcels.source
        do {
            let layer = try loader.openLayer(location)
            let key = id.kennzeichen
            if let found = try layer.features(where: "\(field) = \(VectorLayer.sqlLiteral(key))").first {
                return (id, found, layer.crs)
            }
            // Not found: look for parcels with the same Zähler (Nenner left out), then nearby numbers.
            let zaehlerPrefix = String(key.prefix(14))
            let sameZaehler = try layer.features(where: "\(field) LIKE '\(zaehlerPrefix)%'")
                .compactMap { $0[field]?.stringValue }.sorted()
            let label = id.displayName(gemarkungen: table)
            if id.nenner == nil && sameZaehler.count > 1 {
                throw CheckError.ambiguousParcel(label, candidates: sameZaehler.map { Self.describe($0, table) })
            }
            var suggestions = sameZaehler
            if suggestions.isEmpty {
                let flurPrefix = String(key.prefix(9))
                let inFlur = try layer.features(where: "\(field) LIKE '\(flurPrefix)%'").compactMap { $0[field]?.stringValue }
                suggestions = inFlur.sorted { Self.numberDistance($0, key) < Self.numberDistance($1, key) }
            }
            throw CheckError.unknownParcel(label, suggestions: suggestions.prefix(5).map { Self.describe($0, table) })
        } catch let error as CheckError {
            throw error
        } catch {
            throw .unreadableSource(location: VectorSourceLocation.redacting(location), message: "\(error)")
        }
    }

    static func describe(_ kennzeichen: String, _ table: GemarkungTable) -> String {
        guard let id = try? ParcelIdentifier(kennzeichen: kennzeichen) else { return kennzeichen }
        return "\(id.displayName(gemarkungen: table)) (\(kennzeichen))"
    }

    /// Distance in numbering between two keys of one Flur: Zähler first, then Nenner.
    static func numberDistance(_ a: String, _ b: String) -> Int {
        func parts(_ k: String) -> (Int, Int) {
            let chars = Array(k)
            guard chars.count == 20 else { return (Int.max / 4, 0) }
            let z = Int(String(chars[9..<14])) ?? 0
            let n = Int(String(chars[14..<18]).replacingOccurrences(of: "_", with: "")) ?? 0
            return (z, n)
        }
        let (za, na) = parts(a), (zb, nb) = parts(b)
        return abs(za - zb) * 10_000 + abs(na - nb)
    }

    // MARK: Checks

    /// Checks a parcel given in any accepted identifier form.
    public func check(parcel text: String, now: Date = Date()) throws(CheckError) -> CheckOutcome {
        let (id, feature, crs) = try findParcel(text)
        guard var geometry = feature.geometry, !geometry.isEmpty else {
            throw .invalidInput("parcel \(id.kennzeichen) has no geometry in \(VectorSourceLocation.redacting(catalog.parcels.source))")
        }
        do {
            if let t = try loader.toWorking(from: crs) { geometry = try t.transform(geometry) }
        } catch {
            throw .invalidInput("cannot transform parcel \(id.kennzeichen) to \(workingCRS): \(error)")
        }
        var attributes = feature.attributes
        attributes[catalog.parcels.idField] = nil
        let official = catalog.parcels.officialAreaField.flatMap { feature[$0]?.doubleValue }
        let info = SubjectInfo(
            id: id.kennzeichen, label: id.displayName(gemarkungen: (try? gemarkungen()) ?? GemarkungTable()),
            areaM2: 0, officialAreaM2: official, crs: workingCRS.definition, attributes: attributes, repaired: false)
        return try evaluate(geometry, info: info, now: now)
    }

    /// Checks any area of interest given in `crs`.
    public func check(geometry: Geometry, crs: CoordinateReferenceSystem, now: Date = Date()) throws(CheckError) -> CheckOutcome {
        guard !geometry.isEmpty else { throw .invalidInput("the geometry to check is empty") }
        var working = geometry
        do {
            if let t = try loader.toWorking(from: try crs.validated()) { working = try t.transform(geometry) }
        } catch {
            throw .invalidInput("cannot use CRS \(crs): \(error)")
        }
        let info = SubjectInfo(id: nil, label: nil, areaM2: 0, officialAreaM2: nil, crs: workingCRS.definition, attributes: [:], repaired: false)
        return try evaluate(working, info: info, now: now)
    }

    /// Measures every catalog layer against `subject` (working CRS).
    func evaluate(_ subject: Geometry, info: SubjectInfo, now: Date) throws(CheckError) -> CheckOutcome {
        var info = info
        var notes: [String] = []
        let handle: GeometryHandle
        let area: Double
        do {
            var h = try context.handle(subject)
            if try !h.isValid() {
                let reason = try h.validityReason()
                h = try h.makeValid()
                info.repaired = true
                notes.append("the checked geometry was invalid (\(reason)); repaired with make-valid")
            }
            guard !h.isEmpty else { throw CheckError.invalidInput("the geometry to check is empty after repair") }
            handle = h
            area = try h.area()
            guard area > 0 else {
                throw CheckError.invalidInput("the geometry to check has no area (\(h.typeName)); give a polygon")
            }
        } catch let error as CheckError {
            throw error
        } catch {
            throw .invalidInput("unusable geometry: \(error)")
        }
        info.areaM2 = area
        let outcomes = Self.evaluateLayers(
            catalog.layers, subject: (try? handle.geometry()) ?? subject, area: area, catalog: catalog,
            workingCRS: workingCRS, jobs: layerJobs, inline: loader)
        let layers = outcomes.map(\.result)
        let sources = outcomes.map(\.source)
        let themes = outcomes.compactMap(\.theme)
        notes += outcomes.flatMap(\.notes)
        let parcelSource: SourceInfo? = {
            guard info.id != nil, let layer = try? loader.openLayer(catalog.parcels.source) else { return nil }
            return ThemeLoader.sourceInfo(name: "flurstuecke (parcels)", location: catalog.parcels.source, layer: layer)
        }()
        let report = CheckReport(
            parcel: info, layers: layers, sources: (parcelSource.map { [$0] } ?? []) + sources, notes: notes,
            checkedAt: now.formatted(.iso8601), tool: toolName)
        return CheckOutcome(report: report, subject: (try? handle.geometry()) ?? subject, themes: themes)
    }

    /// What one layer contributes to a report.
    struct LayerOutcome: Sendable {
        var result: LayerResult
        var source: SourceInfo
        var theme: LoadedTheme?
        var notes: [String]
    }

    /// Reads and measures every layer, spread over up to `jobs` threads by source.
    ///
    /// Layers are grouped by the dataset that serves them (`ThemeLoader.datasetKey`: one file, one database
    /// connection, one web service). A thread takes the next group and reads its layers in catalog order with
    /// one open dataset, so a GeoPackage is opened once, not once per thread: opening it costs more than reading
    /// one parcel's surroundings from it. Distinct sources run in parallel, so one slow source (a remote
    /// service) does not hold up the rest. Each thread has its own GEOS context, PROJ transformers and GDAL
    /// datasets (nothing native is shared). When one thread is enough (one source, or `jobs` = 1), the layers
    /// are read on the calling thread with `inline` (the checker's own loader, whose datasets and transformers
    /// are already open) when given.
    static func evaluateLayers(
        _ themes: [Catalog.ThemeLayer], subject: Geometry, area: Double, catalog: Catalog,
        workingCRS: CoordinateReferenceSystem, jobs: Int, inline: ThemeLoader? = nil
    ) -> [LayerOutcome] {
        let groups = sourceGroups(themes)
        let workers = max(1, min(jobs, groups.count))
        let envelope = subject.envelope
        /// The outcomes of the layers `indices`, read and measured with `loader` in that order.
        @Sendable func evaluate(_ indices: [Int], with loader: ThemeLoader) -> [LayerOutcome] {
            let handle = try? loader.context.handle(subject)
            let prepared = try? handle?.prepared()
            return indices.map { i in
                evaluateLayer(
                    themes[i], loader: loader, subject: handle, prepared: prepared, area: area,
                    envelope: envelope, defaults: catalog.defaults)
            }
        }
        if workers == 1 {
            return evaluate(Array(themes.indices), with: inline ?? ThemeLoader(workingCRS: workingCRS))
        }
        let slots = Mutex([LayerOutcome?](repeating: nil, count: themes.count))
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let loader = ThemeLoader(workingCRS: workingCRS)
            while true {
                let g = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard g < groups.count else { break }
                let outcomes = evaluate(groups[g], with: loader)
                slots.withLock { slots in
                    for (i, outcome) in zip(groups[g], outcomes) { slots[i] = outcome }
                }
            }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// Indices of `themes` grouped by the dataset that serves them, groups in order of first appearance.
    static func sourceGroups(_ themes: [Catalog.ThemeLayer]) -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, theme) in themes.enumerated() {
            let key = ThemeLoader.datasetKey(VectorSourceLocation(parsing: theme.source))
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        return order.map { members[$0]! }
    }

    /// Reads one layer around the subject and measures it; a layer that cannot be read is reported as
    /// unavailable — never as "not affected".
    static func evaluateLayer(
        _ theme: Catalog.ThemeLayer, loader: ThemeLoader, subject: GeometryHandle?, prepared: PreparedGeometry?,
        area: Double, envelope: Envelope?, defaults: Catalog.Thresholds
    ) -> LayerOutcome {
        do {
            guard let subject else { throw CheckError.invalidInput("the subject geometry could not be built") }
            let loaded = try loader.load(theme, area: envelope)
            let result = try measure(loaded, context: loader.context, subject: subject, area: area, prepared: prepared, defaults: defaults)
            return LayerOutcome(result: result, source: loaded.source, theme: loaded, notes: loaded.notes)
        } catch {
            let message = "\(error)"
            return LayerOutcome(
                result: LayerResult(
                    layer: theme.name, theme: theme.theme, status: .unavailable, affected: nil, contact: nil,
                    overlapAreaM2: nil, overlapPercent: nil, bufferM: theme.bufferM, features: [], error: message),
                source: SourceInfo(layer: theme.name, path: VectorSourceLocation.redacting(theme.source), crs: nil, featureCount: nil, modified: nil, error: message),
                theme: nil, notes: [])
        }
    }

    static func measure(
        _ theme: LoadedTheme, context: GeometryContext, subject: GeometryHandle, area: Double,
        prepared: PreparedGeometry?, defaults: Catalog.Thresholds
    ) throws -> LayerResult {
        let candidates = try theme.features.map { f in try context.handle(f.geometry ?? .geometryCollection(GeometryCollection([]))) }
        let thresholds = theme.config.thresholds(defaults: defaults)
        let result = try OverlayMeasure.measure(
            subject: subject, subjectArea: area, subjectPrepared: prepared, candidates: candidates, thresholds: thresholds)
        let features = result.hits.map { hit -> FeatureResult in
            let f = theme.features[hit.index]
            let wanted = theme.config.attributes.isEmpty ? f.fieldOrder : theme.config.attributes
            var attributes: [String: AttributeValue] = [:]
            for name in wanted { attributes[name] = f[name] ?? .null }
            return FeatureResult(
                fid: f.fid, label: theme.config.labelField.flatMap { f[$0]?.stringValue }, contact: hit.contact,
                overlapAreaM2: hit.area, overlapPercent: hit.area / area * 100, attributes: attributes, attributeOrder: wanted)
        }
        return LayerResult(
            layer: theme.config.name, theme: theme.config.theme, status: .ok, affected: result.layerArea > 0,
            contact: result.contact, overlapAreaM2: result.layerArea, overlapPercent: result.layerArea / area * 100,
            bufferM: theme.config.bufferM, features: features, error: nil)
    }
}
