internal import CGDAL

/// One layer of an open `VectorDataset` (an `OGRLayerH`), which it keeps alive.
///
/// Not `Sendable`, like its dataset. Reading returns `Feature` values (`features`) or, without building
/// `Geometry` values, `RawFeature`s with WKB for GEOS (`forEachFeature`). Spatial and attribute filters go to
/// OGR, so the driver's spatial index and SQL are used; they are cleared again after each read.
public final class VectorLayer {
    /// The dataset this layer belongs to; holding it keeps the `OGRLayerH` valid.
    public let dataset: VectorDataset
    let handle: OGRLayerH
    /// `OGR_L_GetName`.
    public let name: String
    /// The attribute columns, in order (`OGR_L_GetLayerDefn`, `OGR_FD_GetFieldDefn`).
    public let fields: [FieldDefinition]
    private let ogrFieldTypes: [OGRFieldType]
    /// Turns WKB into `Geometry` values for `features(...)`; one per layer, used only by its task.
    fileprivate lazy var geometryContext = GeometryContext()

    init(dataset: VectorDataset, handle: OGRLayerH) throws(GDALError) {
        self.dataset = dataset
        self.handle = handle
        self.name = GDALRuntime.string(OGR_L_GetName(handle)) ?? ""
        guard let definition = OGR_L_GetLayerDefn(handle) else { throw GDALRuntime.failure("OGR_L_GetLayerDefn") }
        var fields: [FieldDefinition] = []
        var types: [OGRFieldType] = []
        for i in 0..<OGR_FD_GetFieldCount(definition) {
            guard let field = OGR_FD_GetFieldDefn(definition, i) else {
                throw GDALRuntime.failure("OGR_FD_GetFieldDefn")
            }
            let type = OGR_Fld_GetType(field)
            types.append(type)
            fields.append(
                FieldDefinition(
                    GDALRuntime.string(OGR_Fld_GetNameRef(field)) ?? "field\(i)",
                    FieldType(ogrType: type, subType: OGR_Fld_GetSubType(field))))
        }
        self.fields = fields
        self.ogrFieldTypes = types
    }

    // MARK: Metadata

    /// The attribute column names, in order.
    public var fieldNames: [String] { fields.map(\.name) }

    /// The field that `name` means in this layer: the field of exactly that name, else the one field whose name
    /// differs only in case (ALKIS data spells `amtlicheFlaeche`, a catalog may write `amtlicheflaeche`); `nil`
    /// when there is none.
    /// - Throws: `GDALError.ambiguousField` when several fields differ from `name` only in case.
    public func fieldName(matching name: String) throws(GDALError) -> String? {
        try Self.fieldName(matching: name, in: fieldNames, layer: self.name)
    }

    /// `fieldName(matching:)` over a list of field names.
    public static func fieldName(matching name: String, in names: [String], layer: String) throws(GDALError) -> String? {
        if names.contains(name) { return name }
        let lower = name.lowercased()
        let matches = names.filter { $0.lowercased() == lower }
        guard matches.count <= 1 else { throw .ambiguousField(field: name, layer: layer, candidates: matches) }
        return matches.first
    }

    /// The layer's CRS (`OGR_L_GetSpatialRef`): `EPSG:n` when GDAL knows the EPSG code (identified with
    /// `OSRAutoIdentifyEPSG` if the file does not say), else WKT2; `nil` when the layer has none.
    ///
    /// GeoPackage's placeholder systems (srs_id 0 "Undefined geographic SRS" and -1 "Undefined Cartesian SRS",
    /// which GDAL 3.6 assigns to layers written without a CRS) read as `nil` too (`OSRGetName`).
    public private(set) lazy var crs: CoordinateReferenceSystem? = {
        guard let srs = OGR_L_GetSpatialRef(handle) else { return nil }
        if let name = GDALRuntime.string(OSRGetName(srs)),
            name == "Undefined geographic SRS" || name == "Undefined Cartesian SRS"
        {
            return nil
        }
        return CoordinateReferenceSystem(ogrSpatialReference: srs)
    }()

    /// Number of features, counted if the driver does not store it (`OGR_L_GetFeatureCount` with `bForce`).
    /// For a web service without a count from the server this downloads the whole collection: see `knownFeatureCount`.
    public var featureCount: Int { dataset.withNetworkOptions { Int(OGR_L_GetFeatureCount(handle, 1)) } }

    /// The number of features where it is cheap: counted for files and databases, for web services (OAPIF, WFS)
    /// only what the server says (`numberMatched`, `OGR_L_GetFeatureCount` without `bForce`), else `nil`.
    public var knownFeatureCount: Int? {
        guard dataset.location.isWebService else { return featureCount }
        let count = dataset.withNetworkOptions { Int(OGR_L_GetFeatureCount(handle, 0)) }
        return count < 0 ? nil : count
    }

    /// The bounding box of all geometries (`OGR_L_GetExtent` with `bForce`), `nil` for an empty layer.
    public var extent: Envelope? {
        var envelope = OGREnvelope()
        guard dataset.withNetworkOptions({ OGR_L_GetExtent(handle, &envelope, 1) }) == OGRERR_NONE else { return nil }
        return Envelope(minX: envelope.MinX, minY: envelope.MinY, maxX: envelope.MaxX, maxY: envelope.MaxY)
    }

    /// The bounding box when the driver knows it without reading the features (`OGR_L_GetExtent` without
    /// `bForce`: a GeoPackage's contents table, a shapefile or FlatGeobuf header), else `nil`.
    public var knownExtent: Envelope? {
        var envelope = OGREnvelope()
        guard dataset.withNetworkOptions({ OGR_L_GetExtent(handle, &envelope, 0) }) == OGRERR_NONE,
            envelope.MinX <= envelope.MaxX, envelope.MinY <= envelope.MaxY
        else { return nil }
        return Envelope(minX: envelope.MinX, minY: envelope.MinY, maxX: envelope.MaxX, maxY: envelope.MaxY)
    }

    /// OGR's name of the declared geometry type (`OGRGeometryTypeToName(OGR_L_GetGeomType)`), e.g.
    /// `"Polygon"`, `"Multi Polygon"`, `"3D Point"`, `"Unknown (any)"`, `"None"`.
    public var geometryTypeName: String {
        GDALRuntime.string(OGRGeometryTypeToName(OGR_L_GetGeomType(handle))) ?? "Unknown"
    }

    /// The declared geometry type, flattened to 2-D (`OGR_GT_Flatten`); curve types read as `unknown`.
    public var geometryType: VectorGeometryType {
        VectorGeometryType(ogr: OGR_L_GetGeomType(handle))
    }

    // MARK: Reading

    /// `value` as an OGR SQL string literal, single quotes doubled: build `where` clauses from data with it,
    /// e.g. `"flst = \(VectorLayer.sqlLiteral(id))"`.
    public static func sqlLiteral(_ value: String) -> String {
        "'" + value.replacing("'", with: "''") + "'"
    }

    /// All features that pass the filters, as values.
    ///
    /// - Parameters:
    ///   - bbox: keeps features whose geometry intersects this rectangle (`OGR_L_SetSpatialFilterRect`; the
    ///     driver's spatial index preselects by envelope, GDAL then tests the geometry).
    ///   - filterGeometry: keeps features whose geometry intersects this geometry (`OGR_L_SetSpatialFilter`),
    ///     given in the layer's CRS. With `bbox` as well, a feature must intersect both (`OGR_G_Intersects`).
    ///   - where: an OGR SQL `WHERE` clause (`OGR_L_SetAttributeFilter`), e.g. `"kind = 'a'"`; a condition on
    ///     the layer's attributes, without subqueries (`AttributeFilter`).
    /// - Throws: `GDALError.badFilter` for subqueries and for SQL OGR rejects (when setting the filter, or for GeoPackage when
    ///   SQLite prepares it on the first read), `GDALError.geometry` for a geometry GEOS cannot read.
    /// - Complexity: one pass over the features the driver returns for the filters.
    public func features(
        bbox: Envelope? = nil, filterGeometry: Geometry? = nil, where filter: String? = nil
    ) throws(GDALError) -> [Feature] {
        try dataset.withNetworkOptions { () throws(GDALError) -> [Feature] in
            try readFeatures(bbox: bbox, filterGeometry: filterGeometry, where: filter)
        }
    }

    private func readFeatures(
        bbox: Envelope?, filterGeometry: Geometry?, where filter: String?
    ) throws(GDALError) -> [Feature] {
        let names = fieldNames
        var result: [Feature] = []
        var session = try FilterSession(layer: self, bbox: bbox, filterGeometry: filterGeometry, where: filter)
        defer { session.clear() }
        while let feature = try session.next() {
            defer { OGR_F_Destroy(feature) }
            let fid = OGR_F_GetFID(feature)
            var geometry: Geometry?
            if let wkb = try Self.wkb(of: feature) {
                do throws(GEOSError) {
                    geometry = try geometryContext.read(wkb: wkb).geometry()
                } catch {
                    throw .geometry(fid: fid, error)
                }
            }
            let attributes = Array(zip(names, values(of: feature)))
            result.append(Feature(fid: fid, geometry: geometry, orderedAttributes: attributes))
        }
        return result
    }

    /// Streams the features that pass the filters without building `Geometry` values: each `RawFeature` carries
    /// ISO WKB (`OGR_G_ExportToIsoWkb`) for `GeometryContext.read(wkb:)`. Filters as in `features(...)`.
    ///
    /// - Throws: `GDALError` for bad filters or read failures, or whatever `body` throws (which stops reading).
    public func forEachFeature(
        bbox: Envelope? = nil, filterGeometry: Geometry? = nil, where filter: String? = nil,
        _ body: (RawFeature) throws -> Void
    ) throws {
        try dataset.withNetworkOptions { () throws -> Void in
            try readRawFeatures(bbox: bbox, filterGeometry: filterGeometry, where: filter, body)
        }
    }

    private func readRawFeatures(
        bbox: Envelope?, filterGeometry: Geometry?, where filter: String?, _ body: (RawFeature) throws -> Void
    ) throws {
        let names = fieldNames
        var session = try FilterSession(layer: self, bbox: bbox, filterGeometry: filterGeometry, where: filter)
        defer { session.clear() }
        while let feature = try session.next() {
            defer { OGR_F_Destroy(feature) }
            let raw = RawFeature(
                fid: OGR_F_GetFID(feature), wkb: try Self.wkb(of: feature), fieldNames: names,
                values: values(of: feature))
            try body(raw)
        }
    }

    /// The attribute values of `feature`, in field order.
    private func values(of feature: OGRFeatureH) -> [AttributeValue] {
        var values: [AttributeValue] = []
        values.reserveCapacity(ogrFieldTypes.count)
        for (i, type) in ogrFieldTypes.enumerated() {
            let index = Int32(i)
            guard OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else {
                values.append(.null)
                continue
            }
            switch type {
            case OFTInteger, OFTInteger64:
                values.append(.integer(OGR_F_GetFieldAsInteger64(feature, index)))
            case OFTReal:
                values.append(.real(OGR_F_GetFieldAsDouble(feature, index)))
            case OFTDate, OFTDateTime:
                values.append(Self.dateValue(feature, index, dateOnly: type == OFTDate))
            default:
                values.append(.string(GDALRuntime.string(OGR_F_GetFieldAsString(feature, index)) ?? ""))
            }
        }
        return values
    }

    /// ISO 8601 text of a date or date-time field (`OGR_F_GetFieldAsDateTimeEx`), as OGR formats it:
    /// milliseconds only when non-zero, `Z` for UTC, `±HH:MM` for a known offset, nothing for local/unknown.
    private static func dateValue(_ feature: OGRFeatureH, _ index: Int32, dateOnly: Bool) -> AttributeValue {
        var year: Int32 = 0, month: Int32 = 0, day: Int32 = 0, hour: Int32 = 0, minute: Int32 = 0, tz: Int32 = 0
        var second: Float = 0
        guard OGR_F_GetFieldAsDateTimeEx(feature, index, &year, &month, &day, &hour, &minute, &second, &tz) != 0
        else {
            return .string(GDALRuntime.string(OGR_F_GetFieldAsString(feature, index)) ?? "")
        }
        func pad(_ n: Int32, _ width: Int) -> String {
            let digits = String(abs(n))
            return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if dateOnly { return .date(date) }
        let millis = Int32((Double(second) * 1000).rounded())
        var text = "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(millis / 1000, 2))"
        if millis % 1000 != 0 { text += ".\(pad(millis % 1000, 3))" }
        if tz == 100 {
            text += "Z"
        } else if tz > 1 {
            let offset = (tz - 100) * 15
            text += "\(offset < 0 ? "-" : "+")\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        }
        return .dateTime(text)
    }

    /// 2-D ISO WKB of the feature's geometry, `nil` when it has none. Curves are linearised first
    /// (`OGR_G_HasCurveGeometry`, `OGR_G_GetLinearGeometry`); Z and M are dropped in place
    /// (`OGR_G_FlattenTo2D`) — the geometry belongs to the feature, which is destroyed after reading.
    static func wkb(of feature: OGRFeatureH) throws(GDALError) -> [UInt8]? {
        guard let owned = OGR_F_GetGeometryRef(feature) else { return nil }
        var geometry = owned
        var linear: OGRGeometryH?
        defer { if let linear { OGR_G_DestroyGeometry(linear) } }
        if OGR_G_HasCurveGeometry(owned, 1) != 0 {
            GDALRuntime.resetError()
            guard let made = OGR_G_GetLinearGeometry(owned, 0, nil) else {
                throw .geometry(fid: OGR_F_GetFID(feature), .unsupported(GDALRuntime.lastMessage(or: "curve")))
            }
            linear = made
            geometry = made
        }
        OGR_G_FlattenTo2D(geometry)
        let size = Int(OGR_G_WkbSize(geometry))
        var bytes = [UInt8](repeating: 0, count: size)
        GDALRuntime.resetError()
        let status = bytes.withUnsafeMutableBufferPointer { buffer in
            OGR_G_ExportToIsoWkb(geometry, wkbNDR, buffer.baseAddress)
        }
        guard status == OGRERR_NONE else { throw GDALRuntime.failure("OGR_G_ExportToIsoWkb") }
        return bytes
    }
}

/// The filters of one read: set on the layer when made, cleared with `clear()`; `next()` iterates.
private struct FilterSession {
    let layer: OGRLayerH
    let filter: String?
    /// False until `next()` returned a feature: a failure before that with an attribute filter set is blamed on
    /// the filter, since drivers that hand it to SQLite (GeoPackage) only reject bad SQL when reading starts.
    private var started = false
    /// The bbox as an OGR polygon when a geometry filter is set too, tested per feature.
    let extraBox: OGRGeometryH?

    init(layer: VectorLayer, bbox: Envelope?, filterGeometry: Geometry?, where filter: String?) throws(GDALError) {
        self.layer = layer.handle
        self.filter = filter
        var extraBox: OGRGeometryH?
        if let filter, let refusal = AttributeFilter.refusal(of: filter) {
            throw .badFilter(filter, message: refusal)
        }
        GDALRuntime.resetError()
        if let filter, OGR_L_SetAttributeFilter(layer.handle, filter) != OGRERR_NONE {
            let message = GDALRuntime.lastMessage(or: "rejected by OGR")
            OGR_L_SetAttributeFilter(layer.handle, nil)
            throw .badFilter(filter, message: message)
        }
        do throws(GDALError) {
            if let filterGeometry {
                let ogr = try OGRGeometryBuilder.make(filterGeometry, context: layer.geometryContext, fid: -1)
                defer { OGR_G_DestroyGeometry(ogr) }
                OGR_L_SetSpatialFilter(layer.handle, ogr)
                if let bbox {
                    let box = Geometry.polygon(bbox.polygon)
                    extraBox = try OGRGeometryBuilder.make(box, context: layer.geometryContext, fid: -1)
                }
            } else if let bbox {
                OGR_L_SetSpatialFilterRect(layer.handle, bbox.minX, bbox.minY, bbox.maxX, bbox.maxY)
            }
        } catch {
            OGR_L_SetAttributeFilter(layer.handle, nil)
            OGR_L_SetSpatialFilter(layer.handle, nil)
            throw error
        }
        self.extraBox = extraBox
        OGR_L_ResetReading(layer.handle)
    }

    /// The next feature passing the filters (`OGR_L_GetNextFeature`), owned by the caller (`OGR_F_Destroy`);
    /// `nil` at the end. Throws when the driver reports a failure instead of a feature.
    mutating func next() throws(GDALError) -> OGRFeatureH? {
        while true {
            GDALRuntime.resetError()
            guard let feature = OGR_L_GetNextFeature(layer) else {
                guard GDALRuntime.lastCallFailed else { return nil }
                if !started, let filter { throw .badFilter(filter, message: GDALRuntime.lastMessage()) }
                throw GDALRuntime.failure("OGR_L_GetNextFeature")
            }
            started = true
            guard let extraBox else { return feature }
            if let geometry = OGR_F_GetGeometryRef(feature), OGR_G_Intersects(geometry, extraBox) != 0 {
                return feature
            }
            OGR_F_Destroy(feature)
        }
    }

    /// Removes the filters (`OGR_L_SetSpatialFilter`, `OGR_L_SetAttributeFilter` with NULL) and rewinds.
    func clear() {
        if let extraBox { OGR_G_DestroyGeometry(extraBox) }
        OGR_L_SetSpatialFilter(layer, nil)
        OGR_L_SetAttributeFilter(layer, nil)
        OGR_L_ResetReading(layer)
    }
}

extension VectorGeometryType {
    /// Maps an OGR geometry type, flattened to 2-D (`OGR_GT_Flatten`).
    init(ogr type: OGRwkbGeometryType) {
        switch OGR_GT_Flatten(type) {
        case wkbPoint: self = .point
        case wkbLineString: self = .lineString
        case wkbPolygon: self = .polygon
        case wkbMultiPoint: self = .multiPoint
        case wkbMultiLineString: self = .multiLineString
        case wkbMultiPolygon: self = .multiPolygon
        case wkbGeometryCollection: self = .geometryCollection
        case wkbNone: self = .noGeometry
        default: self = .unknown
        }
    }

    /// The OGR type to create a layer with.
    var ogrType: OGRwkbGeometryType {
        switch self {
        case .unknown: wkbUnknown
        case .point: wkbPoint
        case .lineString: wkbLineString
        case .polygon: wkbPolygon
        case .multiPoint: wkbMultiPoint
        case .multiLineString: wkbMultiLineString
        case .multiPolygon: wkbMultiPolygon
        case .geometryCollection: wkbGeometryCollection
        case .noGeometry: wkbNone
        }
    }
}
