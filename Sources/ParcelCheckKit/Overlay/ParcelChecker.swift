import Foundation
import GeoCore
import Support
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
        workingCRS = catalog.workingCRS
        loader = ThemeLoader(workingCRS: workingCRS)
        do {
            // Checked in the loader's PROJ context, which the transformers use next (proj.db opened once).
            try loader.validate(workingCRS)
        } catch {
            throw .invalidInput("working CRS of the catalog: \(error)")
        }
        // Planar areas need a projected system: in degrees an "area" is meaningless (1.27e-07 for a parcel).
        let projected: Bool
        do {
            projected = try workingCRS.isProjected
        } catch {
            throw .invalidInput("working CRS of the catalog: \(error)")
        }
        guard projected else {
            throw .invalidInput(
                "working CRS \(workingCRS) is not a projected coordinate system: areas in it are not square metres; "
                    + "use a projected CRS such as EPSG:25832 (ETRS89 / UTM zone 32N)")
        }
    }

    /// How far (degrees) a subject may lie outside the working CRS's area of use before it is refused; inside
    /// this margin it is checked with a note (UTM zones are used a few degrees beyond their 6° band, e.g. all of
    /// Germany in EPSG:25832, whose east reaches 15°E).
    public static let areaOfUseMargin = 3.5

    /// The working CRS's area of use, asked once.
    private var areaOfUse: (bounds: Envelope, name: String)?? = nil

    /// Refuses a subject (working CRS) far outside the working CRS's area of use — a wrong `--crs`, swapped
    /// axes, coordinates in another system — and notes one just outside it. Areas measured there are distorted
    /// or belong to another place.
    func checkAreaOfUse(_ subject: Geometry) throws(CheckError) -> String? {
        if areaOfUse == nil { areaOfUse = .some(try? workingCRS.areaOfUse) }
        guard let area = areaOfUse ?? nil, area.bounds.minX <= area.bounds.maxX, let envelope = subject.envelope else {
            return nil
        }
        let corners: [Coordinate]
        do {
            corners = try loader.workingToLonLat().transform([
                Coordinate(envelope.minX, envelope.minY), Coordinate(envelope.maxX, envelope.minY),
                Coordinate(envelope.maxX, envelope.maxY), Coordinate(envelope.minX, envelope.maxY),
            ])
        } catch {
            throw .invalidInput("the geometry cannot be located in longitude/latitude (\(error)): wrong CRS?")
        }
        let b = area.bounds
        func outside(by margin: Double) -> Bool {
            corners.contains { c in
                !c.x.isFinite || !c.y.isFinite || c.x < b.minX - margin || c.x > b.maxX + margin
                    || c.y < b.minY - margin || c.y > b.maxY + margin
            }
        }
        guard outside(by: 0) else { return nil }
        let lon = corners.map(\.x).reduce(0, +) / 4
        let lat = corners.map(\.y).reduce(0, +) / 4
        let place =
            "lies around longitude \(NumberFormat.fixed(lon, 3)), latitude \(NumberFormat.fixed(lat, 3)), outside the area "
            + "of use of the working CRS \(workingCRS) (\(area.name.split(separator: ":").first.map(String.init) ?? area.name): "
            + "\(NumberFormat.fixed(b.minX, 2))° to "
            + "\(NumberFormat.fixed(b.maxX, 2))° E, \(NumberFormat.fixed(b.minY, 2))° to \(NumberFormat.fixed(b.maxY, 2))° N)"
        if outside(by: Self.areaOfUseMargin) {
            throw .invalidInput(
                "the geometry \(place); its areas would be wrong. Wrong --crs, or latitude and longitude swapped?")
        }
        return "the geometry \(place), within \(NumberFormat.fixed(Self.areaOfUseMargin, 1))°: areas are distorted slightly"
    }

    var context: GeometryContext { loader.context }

    // MARK: Parcels

    /// The Gemarkung key table named in the catalog (empty when none is named).
    public func gemarkungen() throws(CheckError) -> GemarkungTable {
        if let gemarkungCache { return gemarkungCache }
        guard let location = catalog.parcels.gemarkungen, let parsed = catalog.parcels.gemarkungenLocation else {
            return GemarkungTable()
        }
        do {
            let layer = try loader.openLayer(parsed)
            let numberField = try layer.fieldName(matching: "gemarkungsnummer") ?? "gemarkungsnummer"
            let nameField = try layer.fieldName(matching: "gemarkung") ?? "gemarkung"
            // Without a Land column the Land is not known: parcels of such a Gemarkung are looked for in every
            // Land of the parcel source (`findParcel`), never silently in Lower Saxony.
            let landField = try layer.fieldName(matching: "land")
            let entries = try layer.features().compactMap { f -> GemarkungTable.Entry? in
                guard let number = f[numberField]?.integerValue ?? f[numberField]?.stringValue.flatMap({ Int64($0) }),
                    let name = f[nameField]?.stringValue
                else { return nil }
                let land = landField.flatMap { f[$0]?.stringValue }.map(Self.landKey)
                return GemarkungTable.Entry(number: Int(number), name: name, land: land ?? "03", landIsKnown: land != nil)
            }
            let table = GemarkungTable(entries)
            gemarkungCache = table
            return table
        } catch {
            throw .unreadableSource(location: VectorSourceLocation.redacting(location), message: "\(error)")
        }
    }

    /// A Land as the key table writes it ("3", "03", 3) as the two digits of a parcel key.
    static func landKey(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count == 1 ? "0" + trimmed : trimmed
    }

    /// Reads the parcel text (any accepted form) and finds the parcel in the parcel source.
    ///
    /// When neither the text nor the key table gives the Land (`ParcelIdentifierParser.parseResolvingLand`), the
    /// parcel is looked for in every Land of the source: one match is the parcel, matches in several Länder are
    /// ambiguous.
    public func findParcel(_ text: String) throws(CheckError) -> (id: ParcelIdentifier, feature: Feature, crs: CoordinateReferenceSystem?) {
        let table = try gemarkungen()
        let id: ParcelIdentifier
        let landAssumed: Bool
        do {
            (id, landAssumed) = try ParcelIdentifierParser(gemarkungen: table).parseResolvingLand(text)
        } catch {
            throw .parcelID(error)
        }
        let location = catalog.parcels.source
        do {
            let layer = try loader.openLayer(catalog.parcels.location)
            let field = try layer.fieldName(matching: catalog.parcels.idField) ?? catalog.parcels.idField
            let key = id.kennzeichen
            if !landAssumed, let found = try layer.features(where: "\(field) = \(VectorLayer.sqlLiteral(key))").first {
                return (id, found, layer.crs)
            }
            /// Keys of the source that start like `prefix` (the Land any when it is assumed), with their features.
            func parcels(startingLike prefix: String) throws -> [(key: String, feature: Feature)] {
                let pattern = landAssumed ? "__" + prefix.dropFirst(2) : prefix
                // `_` is a wildcard in LIKE, and keys hold `_` for absent parts: the prefix is checked exactly.
                return try layer.features(where: "\(field) LIKE \(VectorLayer.sqlLiteral(pattern + "%"))")
                    .compactMap { f in f[field]?.stringValue.map { ($0, f) } }
                    .filter { landAssumed ? $0.key.dropFirst(2).hasPrefix(prefix.dropFirst(2)) : $0.key.hasPrefix(prefix) }
            }
            let label = id.displayName(gemarkungen: table)
            if landAssumed {
                let elsewhere = try parcels(startingLike: key).filter { $0.key.count == key.count }
                    .sorted { $0.key < $1.key }
                if elsewhere.count == 1, let found = try? ParcelIdentifier(kennzeichen: elsewhere[0].key) {
                    return (found, elsewhere[0].feature, layer.crs)
                }
                if elsewhere.count > 1 {
                    throw CheckError.ambiguousParcel(label, candidates: elsewhere.map { Self.describe($0.key, table) })
                }
            }
            // Not found: look for parcels with the same Zähler (Nenner left out), then nearby numbers.
            let sameZaehler = try parcels(startingLike: id.kennzeichenPrefix(through: .zaehler)).map(\.key).sorted()
            if id.nenner == nil && sameZaehler.count > 1 {
                throw CheckError.ambiguousParcel(label, candidates: sameZaehler.map { Self.describe($0, table) })
            }
            var suggestions = sameZaehler
            if suggestions.isEmpty {
                let inFlur = try parcels(startingLike: id.kennzeichenPrefix(through: .flur)).map(\.key)
                // Nearest in numbering first; keys that do not parse come last.
                let distances = inFlur.map { (try? ParcelIdentifier(kennzeichen: $0))?.numberingDistance(to: id) ?? .max }
                suggestions = inFlur.indices.sorted { distances[$0] < distances[$1] }.map { inFlur[$0] }
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

    // MARK: Checks

    /// Checks a parcel given in any accepted identifier form.
    public func check(parcel text: String, now: Date = Date()) throws(CheckError) -> CheckOutcome {
        let (id, feature, crs) = try findParcel(text)
        // Field names as the catalog writes them, matched to the source's whatever their case.
        let fields = feature.fieldOrder
        let idField: String?
        let officialField: String?
        do {
            idField = try VectorLayer.fieldName(matching: catalog.parcels.idField, in: fields, layer: "parcels")
            officialField = try catalog.parcels.officialAreaField.flatMap {
                try VectorLayer.fieldName(matching: $0, in: fields, layer: "parcels")
            }
        } catch {
            throw .unreadableSource(location: VectorSourceLocation.redacting(catalog.parcels.source), message: "\(error)")
        }
        guard var geometry = feature.geometry, !geometry.isEmpty else {
            throw .invalidInput("parcel \(id.kennzeichen) has no geometry in \(VectorSourceLocation.redacting(catalog.parcels.source))")
        }
        do {
            if let t = try loader.toWorking(from: crs) { geometry = try t.transform(geometry) }
        } catch {
            throw .invalidInput("cannot transform parcel \(id.kennzeichen) to \(workingCRS): \(error)")
        }
        var attributes = feature.attributes
        if let idField { attributes[idField] = nil }
        let official = officialField.flatMap { feature[$0]?.doubleValue }
        let info = SubjectInfo(
            id: id.kennzeichen, label: id.displayName(gemarkungen: (try? gemarkungen()) ?? GemarkungTable()),
            areaM2: 0, officialAreaM2: official, crs: workingCRS.definition, attributes: attributes, repaired: false)
        return try evaluate(geometry, info: info, now: now)
    }

    /// Checks any area of interest given in `crs`.
    public func check(geometry: Geometry, crs: CoordinateReferenceSystem, now: Date = Date()) throws(CheckError) -> CheckOutcome {
        guard !geometry.isEmpty else { throw .invalidInput("the geometry to check is empty") }
        if let (index, c) = geometry.firstNonFiniteCoordinate {
            throw .invalidInput(
                "vertex \(index + 1) of the geometry is not a finite number (\(c.x) \(c.y)): NaN and infinity are refused")
        }
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
    ///
    /// The subject becomes a GEOS handle once, in the checker's context: checked, repaired when invalid,
    /// measured, and (when the layers are read on this thread) handed to the layer evaluation as it is. Only a
    /// repaired subject is converted back, for the report's map.
    func evaluate(_ subject: Geometry, info: SubjectInfo, now: Date) throws(CheckError) -> CheckOutcome {
        var info = info
        var notes: [String] = []
        if let (index, c) = subject.firstNonFiniteCoordinate {
            throw .invalidInput(
                "vertex \(index + 1) of the geometry is not a finite number in \(workingCRS) (\(c.x) \(c.y))")
        }
        if let note = try checkAreaOfUse(subject) { notes.append(note) }
        let handle: GeometryHandle
        let area: Double
        var checked = subject
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
            guard area.isFinite else {
                throw CheckError.invalidInput("the area of the geometry is not a finite number: coordinates out of range")
            }
            guard area > 0 else {
                throw CheckError.invalidInput("the geometry to check has no area (\(h.typeName)); give a polygon")
            }
            // As before the handle was kept: should the repaired geometry not convert, maps show the input.
            if info.repaired, let repaired = try? h.geometry() { checked = repaired }
        } catch let error as CheckError {
            throw error
        } catch {
            throw .invalidInput("unusable geometry: \(error)")
        }
        info.areaM2 = area
        let evaluator = LayerEvaluator(
            layers: catalog.layers, defaults: catalog.defaults, workingCRS: workingCRS, jobs: layerJobs)
        let outcomes = evaluator.evaluate(subject: checked, area: area, inline: (loader, handle))
        let layers = outcomes.map(\.result)
        let sources = outcomes.map(\.source)
        let themes = outcomes.compactMap(\.theme)
        notes += outcomes.flatMap(\.notes)
        let parcelSource: SourceInfo? = {
            guard info.id != nil, let layer = try? loader.openLayer(catalog.parcels.location) else { return nil }
            return ThemeLoader.sourceInfo(
                name: "flurstuecke (parcels)", location: catalog.parcels.source, parsed: catalog.parcels.location,
                layer: layer)
        }()
        let report = CheckReport(
            parcel: info, layers: layers, sources: (parcelSource.map { [$0] } ?? []) + sources, notes: notes,
            checkedAt: now.formatted(.iso8601), tool: toolName)
        return CheckOutcome(report: report, subject: checked, themes: themes)
    }
}
