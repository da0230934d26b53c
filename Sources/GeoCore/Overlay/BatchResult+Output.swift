import Foundation

extension BatchResult {
    /// Column names per layer: `<layer>_m2`, `<layer>_pct`, `<layer>_contact`.
    var layerColumns: [(m2: String, pct: String, contact: String)] {
        layers.map { ("\($0.name)_m2", "\($0.name)_pct", "\($0.name)_contact") }
    }

    /// Row values in column order (without geometry).
    func values(_ row: BatchRow) -> [(String, AttributeValue)] {
        var v: [(String, AttributeValue)] = [
            ("fid", .integer(row.fid)), ("flurstueckskennzeichen", row.id.map { .string($0) } ?? .null),
            ("area_m2", .real(row.areaM2)), ("official_area_m2", row.officialAreaM2.map { .real($0) } ?? .null),
        ]
        for (i, c) in layerColumns.enumerated() {
            v.append((c.m2, .real(row.overlapM2[i])))
            v.append((c.pct, .real(row.areaM2 > 0 ? row.overlapM2[i] / row.areaM2 * 100 : 0)))
            v.append((c.contact, .string(row.contacts[i].rawValue)))
        }
        return v
    }

    /// CSV with a header line; numbers with full precision, text quoted where needed.
    public func csv() -> String {
        guard let first = rows.first else {
            return (["fid", "flurstueckskennzeichen", "area_m2", "official_area_m2"] + layerColumns.flatMap { [$0.m2, $0.pct, $0.contact] })
                .joined(separator: ",") + "\n"
        }
        var out = values(first).map(\.0).joined(separator: ",") + "\n"
        for row in rows {
            out += values(row).map { _, value in
                let text = value.stringValue ?? ""
                return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
            }.joined(separator: ",") + "\n"
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        return try encoder.encode(rows.map { Row(values: values($0)) })
    }

    /// A vector file (.gpkg, .geojson, .fgb) with the parcel geometry, written atomically.
    public func writeVector(to path: String, crs: CoordinateReferenceSystem) throws {
        let features = rows.map { Feature(fid: $0.fid, geometry: $0.geometry, orderedAttributes: values($0)) }
        var schema = [FieldDefinition("fid_source", .integer64), FieldDefinition("flurstueckskennzeichen", .string),
                      FieldDefinition("area_m2", .real), FieldDefinition("official_area_m2", .real)]
        for c in layerColumns { schema += [FieldDefinition(c.m2, .real), FieldDefinition(c.pct, .real), FieldDefinition(c.contact, .string)] }
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
