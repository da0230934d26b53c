import Foundation
import GeoCore

extension CheckOutcome {
    /// A self-contained HTML report (no external files): summary table, the map inline, features in
    /// contact, sources with their state, and notes. Restricted layers are left out unless `includeRestricted`.
    public func htmlReport(context: [Geometry] = [], includeRestricted: Bool = false) -> String {
        let r = report
        let restricted = Set(themes.filter(\.config.restricted).map(\.config.name))
        let shown = r.layers.filter { includeRestricted || !restricted.contains($0.layer) }
        func e(_ s: String) -> String { SVGFormat.escaped(s) }
        func n(_ v: Double?, _ d: Int) -> String { v.map { CheckReport.number($0, d) } ?? "–" }
        var h = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n"
        h += "<title>Flurstücksprüfung \(e(r.parcel.label ?? r.parcel.id ?? "Prüffläche"))</title>\n"
        h += """
            <style>
            body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;max-width:1000px}
            table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eee}td.num{text-align:right}.yes{color:#b30000;font-weight:bold}.unknown{color:#fff;background:#b30000}
            .small{font-size:85%;color:#555}
            </style></head><body>

            """
        h += "<h1>Flurstücksprüfung</h1>\n<table>\n"
        if let id = r.parcel.id {
            h += "<tr><th>Flurstück</th><td>\(e(r.parcel.label ?? id))</td></tr><tr><th>Kennzeichen</th><td>\(e(id))</td></tr>\n"
        }
        h += "<tr><th>Fläche (geometrisch)</th><td>\(n(r.parcel.areaM2, 1)) m² in \(e(r.parcel.crs))</td></tr>\n"
        if let official = r.parcel.officialAreaM2 { h += "<tr><th>Amtliche Fläche</th><td>\(n(official, 0)) m²</td></tr>\n" }
        h += "<tr><th>Geprüft</th><td>\(e(r.checkedAt)) mit \(e(r.tool))</td></tr></table>\n"
        if !r.isComplete {
            h += "<p class=\"unknown\">Achtung: \(r.unavailableLayers.count) Quelle(n) konnten nicht gelesen werden; für diese Themen ist keine Aussage möglich.</p>\n"
        }
        h += "<h2>Ergebnis je Thema</h2>\n<table><tr><th>Thema</th><th>betroffen</th><th>Fläche m²</th><th>Anteil %</th><th>Objekte</th></tr>\n"
        for l in shown {
            let cls = l.status == .unavailable ? "unknown" : l.affected == true ? "yes" : ""
            let word = l.status == .unavailable ? "unbekannt" : l.affected == true ? "ja" : l.contact == .sliver ? "Splitter" : l.contact == .boundary ? "Grenze" : "nein"
            let objects = l.status == .unavailable ? (l.error ?? "") : l.features.filter { $0.contact == .overlap || $0.contact == .covers }.map { $0.label ?? "#\($0.fid)" }.uniqued().joined(separator: ", ")
            h += "<tr><td>\(e(l.theme))</td><td class=\"\(cls)\">\(word)</td><td class=\"num\">\(n(l.overlapAreaM2, 1))</td><td class=\"num\">\(n(l.overlapPercent, 2))</td><td>\(e(objects))</td></tr>\n"
        }
        h += "</table>\n"
        let plans = shown.flatMap { l in (l.plans ?? []).map { (l, $0) } }
        if !plans.isEmpty {
            h += "<h2>Pläne</h2>\n<ul>"
            for (l, plan) in plans {
                let lapsed = plan.binding ? "" : "<span class=\"small\">nicht berücksichtigt, nicht mehr in Kraft:</span> "
                h += "<li>\(e(l.theme)): \(lapsed)\(e(plan.summary))</li>"
            }
            h += "</ul>\n"
        }
        h += "<h2>Karte</h2>\n"
        var svg = mapSVG(context: context, includeRestricted: includeRestricted)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        h += "<div>\(svg)</div>\n"
        let details = shown.flatMap { l in l.features.map { (l, $0) } }
        if !details.isEmpty {
            h += "<h2>Objekte mit Kontakt</h2>\n<table><tr><th>Thema</th><th>Objekt</th><th>Art</th><th>Fläche m²</th><th>Anteil %</th><th>Attribute</th></tr>\n"
            for (l, f) in details {
                let attrs = f.attributeOrder.compactMap { k in f.attributes[k]?.stringValue.map { "\(e(k)): \(e($0))" } }.joined(separator: "<br>")
                h += "<tr><td>\(e(l.theme))</td><td>\(e(f.label ?? "#\(f.fid)")) <span class=\"small\">(fid \(f.fid))</span></td><td>\(f.contact.rawValue)</td>"
                h += "<td class=\"num\">\(n(f.overlapAreaM2, 1))</td><td class=\"num\">\(n(f.overlapPercent, 2))</td><td>\(attrs)</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "<h2>Quellen</h2>\n<table><tr><th>Ebene</th><th>Ort</th><th>KBS</th><th>Objekte</th><th>Stand</th></tr>\n"
        for s in r.sources where includeRestricted || !restricted.contains(s.layer) {
            h += "<tr><td>\(e(s.layer))</td><td>\(e(s.path))</td><td>\(e(s.crs ?? "–"))</td><td class=\"num\">\(s.featureCount.map(String.init) ?? "–")</td>"
            h += "<td>\(e(s.error.map { "FEHLER: \($0)" } ?? s.modified ?? "–"))</td></tr>\n"
        }
        h += "</table>\n"
        if !r.notes.isEmpty { h += "<h2>Hinweise</h2><ul>" + r.notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
        h += "<p class=\"small\">Flächen planar im Arbeits-KBS; überlappende Objekte eines Themas werden vor dem Messen vereinigt. "
        h += "Splitter unter der Toleranz gelten als Grenzberührung. Das Ergebnis ist eine Entscheidungshilfe; die Entscheidung trifft die Fachbehörde.</p>\n"
        h += "</body></html>\n"
        return h
    }

    /// RFC 7946 GeoJSON (EPSG:4326, lon/lat): the subject with the per-layer summary as properties, and each
    /// feature in contact with its layer, contact kind and overlap figures.
    public func geoJSON(includeRestricted: Bool = false) throws -> Data {
        let toWGS = try CoordinateTransformer(from: CoordinateReferenceSystem(unchecked: report.parcel.crs), to: .wgs84)
        let restricted = Set(themes.filter(\.config.restricted).map(\.config.name))
        var features: [[String: Any]] = []
        var summary: [String: Any] = ["area_m2": report.parcel.areaM2]
        if let id = report.parcel.id { summary["id"] = id }
        if let official = report.parcel.officialAreaM2 { summary["official_area_m2"] = official }
        for l in report.layers where includeRestricted || !restricted.contains(l.layer) {
            summary["\(l.layer)_affected"] = l.affected.map { $0 as Any } ?? NSNull()
            summary["\(l.layer)_m2"] = l.overlapAreaM2.map { $0 as Any } ?? NSNull()
        }
        features.append(["type": "Feature", "properties": summary, "geometry": try Self.jsonObject(toWGS.transform(subject))])
        for theme in themes where includeRestricted || !theme.config.restricted {
            guard let l = report.layers.first(where: { $0.layer == theme.config.name }) else { continue }
            for f in l.features {
                guard let g = theme.features.first(where: { $0.fid == f.fid })?.geometry else { continue }
                var props: [String: Any] = ["layer": l.layer, "theme": l.theme, "fid": f.fid, "contact": f.contact.rawValue,
                                            "overlap_area_m2": f.overlapAreaM2, "overlap_percent": f.overlapPercent]
                if let label = f.label { props["label"] = label }
                features.append(["type": "Feature", "properties": props, "geometry": try Self.jsonObject(toWGS.transform(g))])
            }
        }
        return try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features], options: [.sortedKeys])
    }

    static func jsonObject(_ g: Geometry) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(g))
    }
}
