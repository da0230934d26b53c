import Foundation
import GeoCore

extension CheckOutcome {
    /// Colours per layer, in catalog order (ColorBrewer-like qualitative palette).
    static let palette = ["#1f78b4", "#33a02c", "#6a3d9a", "#ff7f00", "#a6cee3", "#b15928", "#e31a1c", "#fb9a99", "#b2df8a", "#cab2d6", "#fdbf6f"]

    /// The map extent: the subject's envelope with a margin of 60 % of its size, at least 60 m.
    public var mapExtent: Envelope? {
        guard let e = subject.envelope else { return nil }
        return e.expanded(by: max(60, 0.6 * max(e.width, e.height)))
    }

    /// A map of the parcel, its neighbours (`context`), and the features of each layer in contact, with
    /// labels. Restricted layers are left out unless `includeRestricted`.
    public func mapSVG(context: [Geometry] = [], includeRestricted: Bool = false, title: String? = nil) -> String {
        let ctx = GeometryContext()
        var layers: [MapLayer] = []
        if !context.isEmpty {
            layers.append(MapLayer(name: "Flurstücke (Umgebung)", style: .context, geometries: context))
        }
        for (i, theme) in themes.enumerated() where includeRestricted || !theme.config.restricted {
            guard let result = report.layers.first(where: { $0.layer == theme.config.name }) else { continue }
            let inContact = Set(result.features.filter { $0.contact != .none }.map(\.fid))
            let items: [MapItem] = theme.features.filter { inContact.contains($0.fid) }.compactMap { f in
                guard let g = f.geometry else { return nil }
                let label = theme.label(of: f)
                var position: Coordinate?
                if let extent = mapExtent, let h = try? ctx.handle(g), let clip = try? h.intersection(ctx.handle(extent)),
                    !clip.isEmpty, case .point(let p)? = try? clip.pointOnSurface().geometry()
                {
                    position = p.coordinate
                }
                return MapItem(g, label: label, labelPosition: position)
            }
            guard !items.isEmpty else { continue }
            let color = Self.palette[i % Self.palette.count]
            let style: MapStyle = theme.config.name.contains("gewaesser") ? .water : .zone(color)
            layers.append(MapLayer(name: theme.config.theme, style: style, items: items))
        }
        layers.append(MapLayer(name: report.parcel.id != nil ? "Flurstück" : "Prüffläche", style: .parcel, items: [
            MapItem(subject, label: report.parcel.label.map { $0.replacingOccurrences(of: "Gemarkung ", with: "") })
        ]))
        let subtitle = "Fläche \(CheckReport.number(report.parcel.areaM2, 1)) m² · \(report.parcel.crs) · \(report.checkedAt)"
        return SVGMapRenderer(legendTitle: "Legende").render(
            layers: layers, extent: mapExtent, title: title ?? report.parcel.label ?? "Prüffläche", subtitle: subtitle,
            crsLabel: report.parcel.crs)
    }
}

extension CheckOutcome {
    /// Parcels around the subject within the map extent, in the working CRS, for map context; empty when the
    /// parcel source cannot be read (the map is then drawn without them).
    public func neighbouringParcels(in catalog: Catalog) -> [Geometry] {
        guard let extent = mapExtent, !catalog.parcels.source.isEmpty else { return [] }
        // The same read path as a theme layer: spatial filter in the source's CRS, features in the working CRS.
        let loader = ThemeLoader(workingCRS: catalog.workingCRS)
        let parcels = Catalog.ThemeLayer(name: "parcels", source: catalog.parcels.source)
        guard let loaded = try? loader.load(parcels, area: extent) else { return [] }
        return loaded.features.compactMap(\.geometry)
    }
}
