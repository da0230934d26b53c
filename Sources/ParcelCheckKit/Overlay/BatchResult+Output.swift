import Foundation
import GeoCore
import Support

extension BatchResult {
    /// Column names per layer: `<layer>_m2`, `<layer>_pct`, `<layer>_contact`.
    var layerColumns: [(m2: String, pct: String, contact: String)] {
        layers.map { ("\($0.name)_m2", "\($0.name)_pct", "\($0.name)_contact") }
    }

    /// Row values in column order (without geometry); a parcel that could not be checked has null figures.
    func values(_ row: BatchRow) -> [(String, AttributeValue)] {
        let checked = row.status == .ok
        var v: [(String, AttributeValue)] = [
            ("fid", .integer(row.fid)), ("flurstueckskennzeichen", row.id.map { .string($0) } ?? .null),
            ("area_m2", checked ? .real(row.areaM2) : .null),
            ("official_area_m2", row.officialAreaM2.map { .real($0) } ?? .null),
        ]
        for (i, c) in layerColumns.enumerated() {
            v.append((c.m2, checked ? .real(row.overlapM2[i]) : .null))
            v.append((c.pct, checked ? .real(row.areaM2 > 0 ? row.overlapM2[i] / row.areaM2 * 100 : 0) : .null))
            v.append((c.contact, checked ? .string(row.contacts[i].rawValue) : .null))
        }
        v.append(("status", .string(row.status.rawValue)))
        return v
    }

    /// CSV with a header line; numbers with full precision (shortest round-trip form), text quoted where needed.
    /// (`parcelcheck batch` streams the same text while it checks: `BatchCheck.run(csv:)`.)
    /// - Complexity: one pass; numbers are written directly, only text fields are checked for quoting.
    public func csv() -> String {
        Self.csvHeader(layerNames: layers.map(\.name)) + Self.csvLines(rows[...], layerCount: layers.count)
    }

    /// The CSV header line for a batch over layers `layerNames`.
    static func csvHeader(layerNames: [String]) -> String {
        let columns = ["fid", "flurstueckskennzeichen", "area_m2", "official_area_m2"]
            + layerNames.flatMap { ["\($0)_m2", "\($0)_pct", "\($0)_contact"] } + ["status"]
        return columns.joined(separator: ",") + "\n"
    }

    /// The CSV lines of `rows` (each with `layerCount` layers).
    static func csvLines(_ rows: ArraySlice<BatchRow>, layerCount: Int) -> String {
        var out = ""
        out.reserveCapacity(rows.count * (40 + 40 * layerCount))
        func text(_ value: String) {
            // Most identifiers need no quotes: append them as they are (one row per parcel, the hot path).
            if csvNeedsQuotes(value) { out += csvField(value) } else { out += value }
        }
        for row in rows {
            let checked = row.status == .ok
            out += String(row.fid)
            out += ","
            if let id = row.id { text(id) }
            out += ","
            if checked { out += String(row.areaM2) }
            out += ","
            if let official = row.officialAreaM2 { out += String(official) }
            for i in 0..<layerCount {
                out += ","
                if checked { out += String(row.overlapM2[i]) }
                out += ","
                if checked { out += String(row.areaM2 > 0 ? row.overlapM2[i] / row.areaM2 * 100 : 0) }
                out += ","
                if checked { out += row.contacts[i].rawValue }
            }
            out += ","
            out += row.status.rawValue
            out += "\n"
        }
        return out
    }

    /// A JSON array of row objects.
    public func json() throws -> Data {
        struct Row: Encodable {
            var values: [(String, AttributeValue)]
            struct Key: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                for (k, v) in values { try c.encode(v, forKey: Key(stringValue: k)) }
            }
        }
        return try stableJSONEncoder().encode(rows.map { Row(values: values($0)) })
    }

    /// A vector file (.gpkg, .geojson, .fgb) with the parcel geometry as MultiPolygon (single polygons are
    /// wrapped: FlatGeobuf takes one geometry type per layer), written atomically.
    public func writeVector(to path: String, crs: CoordinateReferenceSystem) throws {
        let features = rows.map { row in
            var geometry = row.geometry
            if case .polygon(let polygon)? = geometry { geometry = .multiPolygon(MultiPolygon([polygon])) }
            return Feature(fid: row.fid, geometry: geometry, orderedAttributes: values(row))
        }
        var schema = [FieldDefinition("fid_source", .integer64), FieldDefinition("flurstueckskennzeichen", .string),
                      FieldDefinition("area_m2", .real), FieldDefinition("official_area_m2", .real)]
        for c in layerColumns { schema += [FieldDefinition(c.m2, .real), FieldDefinition(c.pct, .real), FieldDefinition(c.contact, .string)] }
        schema.append(FieldDefinition("status", .string))
        let renamed = features.map { f -> Feature in
            var f = f
            f["fid_source"] = f["fid"]
            f["fid"] = nil
            return f
        }
        let writer = try VectorWriter(path: path)
        try writer.addLayer("parcelcheck", features: renamed, schema: schema, crs: crs, geometryType: .multiPolygon)
        try writer.commit()
    }
}
