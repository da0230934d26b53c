import Foundation
import GeoCore

extension CheckReport {
    /// German plain-text table for the terminal: one line per layer, then the features in contact, the
    /// sources and the notes.
    public func table() -> String {
        var out = ""
        if let id = parcel.id {
            out += "Flurstück   \(parcel.label ?? id)\n            Kennzeichen \(id)\n"
        } else {
            out += "Prüffläche  (Geometrie)\n"
        }
        var area = "Fläche      \(Self.number(parcel.areaM2, 1)) m² (geometrisch, \(parcel.crs))"
        if let official = parcel.officialAreaM2 { area += ", amtlich \(Self.number(official, 0)) m²" }
        out += area + "\n"
        if parcel.repaired { out += "            Geometrie war ungültig und wurde repariert\n" }
        out += "\n"
        let header = [Self.pad("Thema", 36), Self.pad("betroffen", 10), Self.lpad("Fläche m²", 12), Self.lpad("Anteil %", 9), "  Objekte"]
        out += header.joined() + "\n" + String(repeating: "─", count: 100) + "\n"
        for layer in layers {
            let affected: String
            switch (layer.status, layer.affected, layer.contact) {
            case (.unavailable, _, _): affected = "UNBEKANNT"
            case (_, true?, _): affected = "ja"
            case (_, _, .sliver?): affected = "Splitter"
            case (_, _, .boundary?): affected = "Grenze"
            default: affected = "nein"
            }
            let area = layer.overlapAreaM2.map { Self.number($0, 1) } ?? "–"
            let percent = layer.overlapPercent.map { Self.number($0, 2) } ?? "–"
            let objects = layer.status == .unavailable
                ? "Quelle nicht lesbar: \(layer.error ?? "")"
                : layer.features.filter { $0.contact == .covers || $0.contact == .overlap }
                    .map { $0.label ?? "#\($0.fid)" }.uniqued().joined(separator: ", ")
            let theme = layer.restricted == true ? "* " + layer.theme : layer.theme
            out += Self.pad(theme, 36) + Self.pad(affected, 10) + Self.lpad(area, 12) + Self.lpad(percent, 9) + "  " + objects + "\n"
        }
        if layers.contains(where: { $0.restricted == true }) {
            out += "* vertraulich: nur für den Dienstgebrauch, nicht in Karten und Exporte ohne --include-restricted\n"
        }
        let plans = layers.flatMap { layer in (layer.plans ?? []).map { (layer, $0) } }
        if !plans.isEmpty {
            out += "\nPläne\n"
            for (layer, plan) in plans {
                out += "  \(layer.layer): " + (plan.binding ? "" : "nicht berücksichtigt, nicht mehr in Kraft: ") + plan.summary + "\n"
            }
        }
        let details = layers.flatMap { layer in layer.features.map { (layer, $0) } }
        if !details.isEmpty {
            out += "\nObjekte mit Kontakt\n"
            for (layer, f) in details {
                let kind: String =
                    switch f.contact {
                    case .covers: "überdeckt das Flurstück"
                    case .overlap: "Überlagerung"
                    case .sliver: "Splitter (unter Toleranz)"
                    case .boundary: "nur Grenzberührung"
                    case .none: "kein Kontakt"
                    }
                let attrs = f.attributeOrder.compactMap { name in f.attributes[name].flatMap { $0.stringValue }.map { "\(name)=\($0)" } }
                out += "  \(layer.layer) #\(f.fid)\(f.label.map { " \($0)" } ?? ""): \(kind), \(Self.number(f.overlapAreaM2, 1)) m² (\(Self.number(f.overlapPercent, 2)) %)"
                out += attrs.isEmpty ? "\n" : "\n      " + attrs.joined(separator: "; ") + "\n"
            }
        }
        out += "\nQuellen\n"
        for s in sources {
            let state = s.error.map { "FEHLER: \($0)" } ?? "\(s.featureCount.map(String.init) ?? "?") Objekte, \(s.crs ?? "ohne KBS"), Stand \(s.modified ?? "unbekannt")"
            out += "  \(s.layer): \(s.path) — \(state)\n"
        }
        if !notes.isEmpty {
            out += "\nHinweise\n" + notes.map { "  \($0)\n" }.joined()
        }
        out += "\nGeprüft \(checkedAt) mit \(tool)\n"
        return out
    }

    static func number(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? String(s.prefix(width - 1)) + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func lpad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each only the first time it occurs.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
