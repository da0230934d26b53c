import Foundation
import GeoCore
import TrafficCore

extension LandUseTripGenerator {
    /// Parcels with land use from a development-plan overlay: every parcel of `parcelLayer` that overlaps a
    /// plan area of `planLayer` takes the plan with the largest overlap (GEOS intersection area); its code
    /// field (XPlanung `besondere_art_der_baul_nutzung`, see `LandUseCategory(xplanCode:)`) and `gfz` give
    /// the category and floor-area ratio. Parcels under no plan, plans with another code or without GFZ are
    /// skipped. Both layers are read in their own CRS (must be the same, metric, e.g. EPSG:25832).
    ///
    /// A layer from `parcelcheck import-xplan` works as it is: its Geltungsbereiche and objects without a use
    /// code are skipped, so are objects of plans no longer in force (`plan_status` `nicht_mehr_in_kraft`); where
    /// an area gives its GFZ as a range only (`gfz_min`–`gfz_max`), the maximum the plan allows (`gfz_max`) is
    /// used, the planning capacity the trip rates are meant for.
    ///
    /// - Parameters:
    ///   - parcelLayer / planLayer: `path:layer` (see `VectorDataset.openLayer`), e.g.
    ///     `"sample-data/lueneburg.gpkg:flurstuecke"` and `"sample-data/lueneburg.gpkg:bebauungsplaene"`.
    ///   - zoneFields: parcel fields whose values, joined by `-`, form the zone ID (default
    ///     `gemarkungsnummer-flur`: parcels grouped by Flur).
    ///   - idField: parcel ID field.
    public static func loadParcels(
        parcelLayer: String, planLayer: String, zoneFields: [String] = ["gemarkungsnummer", "flur"],
        idField: String = "flurstueckskennzeichen", codeField: String = "besondere_art_der_baul_nutzung",
        gfzField: String = "gfz"
    ) throws(ZoneError) -> [LandUseParcel] {
        do {
            let context = GeometryContext()
            let plans = try VectorDataset.openLayer(planLayer).features()
            let parcels = try VectorDataset.openLayer(parcelLayer)
            // fid → (feature, handle, best category, gfz, best overlap)
            var best: [Int64: (feature: Feature, handle: GeometryHandle, category: LandUseCategory, gfz: Double,
                overlap: Double)] = [:]
            for plan in plans {
                if plan.attributes["plan_status"]?.stringValue == "nicht_mehr_in_kraft" { continue }
                let gfzValue = plan.attributes[gfzField]?.doubleValue ?? plan.attributes[gfzField + "_max"]?.doubleValue
                guard let geometry = plan.geometry, geometry.isPolygonal,
                    let code = plan.attributes[codeField]?.doubleValue,
                    let category = LandUseCategory(xplanCode: Int(code)),
                    let gfz = gfzValue, gfz > 0,
                    let envelope = geometry.envelope
                else { continue }
                let planHandle = try context.handle(geometry)
                let prepared = try planHandle.prepared()
                for parcel in try parcels.features(bbox: envelope) {
                    guard let pg = parcel.geometry, pg.isPolygonal else { continue }
                    let handle = try best[parcel.fid]?.handle ?? context.handle(pg)
                    guard try prepared.intersects(handle) else { continue }
                    let overlap = try handle.intersection(planHandle).area()
                    if overlap > (best[parcel.fid]?.overlap ?? 0) {
                        best[parcel.fid] = (parcel, handle, category, gfz, overlap)
                    }
                }
            }
            return try best.keys.sorted().map { (fid: Int64) throws -> LandUseParcel in
                let b = best[fid]!
                let zone = zoneFields.map { b.feature.attributes[$0]?.stringValue ?? "" }.joined(separator: "-")
                let id = b.feature.attributes[idField]?.stringValue ?? String(fid)
                let c = try b.handle.centroid().geometry().coordinates.first ?? Coordinate(0, 0)
                return LandUseParcel(
                    id: id, zone: zone, category: b.category, gfz: b.gfz, area: try b.handle.area(), centroid: c)
            }
        } catch let error as ZoneError {
            throw error
        } catch {
            throw .unreadable(layer: parcelLayer, message: "\(error)")
        }
    }
}
