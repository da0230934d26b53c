import Foundation

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

    public init(catalog: Catalog) throws(CheckError) {
        self.catalog = catalog
        do {
            workingCRS = try CoordinateReferenceSystem(catalog.workingCRS)
        } catch {
            throw .invalidInput("working CRS of the catalog: \(error)")
        }
        loader = ThemeLoader(workingCRS: workingCRS)
    }

    var context: GeometryContext { loader.context }

    // MARK: Parcels

    /// The Gemarkung key table named in the catalog (empty when none is named).
    public func gemarkungen() throws(CheckError) -> GemarkungTable {
        if let gemarkungCache { return gemarkungCache }
        guard let location = catalog.parcels.gemarkungen else { return GemarkungTable() }
        do {
            let layer = try VectorDataset.openLayer(location)
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
            throw .unreadableSource(location: location, message: "\(error)")
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
            let layer = try VectorDataset.openLayer(location)
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
            throw .unreadableSource(location: location, message: "\(error)")
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
            throw .invalidInput("parcel \(id.kennzeichen) has no geometry in \(catalog.parcels.source)")
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
        let prepared = try? handle.prepared()
        let envelope = (try? handle.envelope()) ?? nil
        var layers: [LayerResult] = []
        var sources: [SourceInfo] = []
        var themes: [LoadedTheme] = []
        for theme in catalog.layers {
            do {
                let loaded = try loader.load(theme, area: envelope)
                notes += loaded.notes
                sources.append(loaded.source)
                layers.append(try measure(loaded, subject: handle, area: area, prepared: prepared))
                themes.append(loaded)
            } catch {
                // Never "not affected" for a layer that could not be read.
                let message = "\(error)"
                sources.append(SourceInfo(layer: theme.name, path: theme.source, crs: nil, featureCount: nil, modified: nil, error: message))
                layers.append(LayerResult(
                    layer: theme.name, theme: theme.theme, status: .unavailable, affected: nil, contact: nil,
                    overlapAreaM2: nil, overlapPercent: nil, bufferM: theme.bufferM, features: [], error: message))
            }
        }
        let parcelSource: SourceInfo? = {
            guard info.id != nil, let layer = try? VectorDataset.openLayer(catalog.parcels.source) else { return nil }
            return ThemeLoader.sourceInfo(name: "flurstuecke (parcels)", location: catalog.parcels.source, layer: layer)
        }()
        let report = CheckReport(
            parcel: info, layers: layers, sources: (parcelSource.map { [$0] } ?? []) + sources, notes: notes,
            checkedAt: ISO8601DateFormatter().string(from: now), tool: toolName)
        return CheckOutcome(report: report, subject: (try? handle.geometry()) ?? subject, themes: themes)
    }

    func measure(_ theme: LoadedTheme, subject: GeometryHandle, area: Double, prepared: PreparedGeometry?) throws -> LayerResult {
        let candidates = try theme.features.map { f in try context.handle(f.geometry ?? .geometryCollection(GeometryCollection([]))) }
        let thresholds = theme.config.thresholds(defaults: catalog.defaults)
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
