internal import CGDAL
import Foundation
import Support

/// Writes one or more layers to a vector file atomically.
///
/// GDAL writes into a temporary file next to the target (`.<name>.tmp-<pid>-<random>.<ext>`); `commit()` closes
/// it (`GDALClose`, which flushes) and renames it over the target. Any failure — and a writer dropped without
/// `commit()` — deletes the temporary file and leaves an existing target untouched. A failed `addLayer`
/// discards the whole writer.
///
/// `init(updating:)` changes an existing file the same way, on a copy (e.g. `setDefaultStyle` into a GeoPackage).
///
/// Not `Sendable`: it owns a `GDALDatasetH` and a `GeometryContext`, used by one task.
///
/// ```swift
/// let writer = try VectorWriter(path: "out.gpkg")
/// try writer.addLayer("parcels", features: parcels, crs: .etrs89UTM32)
/// try writer.addLayer("roads", features: roads, crs: .etrs89UTM32)
/// try writer.commit()
/// ```
public final class VectorWriter {
    /// The file written on `commit()`.
    public let path: String
    public let format: VectorFormat
    /// Where GDAL writes until `commit()`.
    let temporaryPath: String
    private var dataset: GDALDatasetH?
    private var finished = false
    private var layerNames: [String] = []
    private let geometryContext = GeometryContext()

    /// Starts writing `path` (`GDALGetDriverByName`, `GDALCreate` on the temporary path).
    /// - Parameter format: the format, or `nil` to infer it from the extension (`VectorFormat.init(path:)`).
    /// - Throws: `GDALError.unsupportedFormat`, or `GDALError.writeFailed` when GDAL cannot create the file
    ///   (e.g. the directory does not exist).
    public init(path: String, format: VectorFormat? = nil) throws(GDALError) {
        GDALRuntime.ensureRegistered()
        let format = if let format { format } else { try VectorFormat(path: path) }
        (self.path, self.temporaryPath) = try Self.target(path, format: format)
        self.format = format
        guard let driver = GDALGetDriverByName(format.driverName) else {
            throw .unsupportedFormat("\(format.driverName) (driver not available in this GDAL)")
        }
        GDALRuntime.resetError()
        // No creation options are passed, so there is nothing to validate; GDAL 3.6 would still build the
        // driver's whole option list for it (for GeoPackage that parses its raster tiling schemes through PROJ,
        // about 18 ms per file).
        let created = GDALRuntime.withThreadLocalConfig([("GDAL_VALIDATE_CREATION_OPTIONS", "NO")]) {
            GDALCreate(driver, temporaryPath, 0, 0, 0, GDT_Unknown, nil)
        }
        guard let dataset = created else {
            let message = GDALRuntime.lastMessage(or: "GDALCreate failed")
            Self.removeTemporaryFiles(temporaryPath)
            throw .writeFailed(path: path, message: message)
        }
        self.dataset = dataset
    }

    /// Starts changing the existing file at `path`: it is copied to the temporary path, which GDAL opens for
    /// update (`GDALOpenEx` with `GDAL_OF_UPDATE`); `commit()` renames the copy over `path`, so the file is
    /// changed completely or not at all, as with a new file.
    /// - Throws: `GDALError.openFailed` for a missing file or one GDAL cannot open for update,
    ///   `GDALError.unsupportedFormat` for an unknown extension, `GDALError.writeFailed` when the copy fails.
    public init(updating path: String) throws(GDALError) {
        GDALRuntime.ensureRegistered()
        let format = try VectorFormat(path: path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw .openFailed(location: path, message: "no such file")
        }
        (self.path, self.temporaryPath) = try Self.target(path, format: format)
        self.format = format
        do {
            try FileManager.default.copyItem(atPath: self.path, toPath: temporaryPath)
        } catch {
            Self.removeTemporaryFiles(temporaryPath)
            throw .writeFailed(path: path, message: "copy: \(error.localizedDescription)")
        }
        GDALRuntime.resetError()
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR)
        let drivers = [format.driverName]
        guard let dataset = CStringList.with(drivers, { GDALOpenEx(temporaryPath, flags, $0, nil, nil) }) else {
            let message = GDALRuntime.lastMessage(or: "not a \(format.driverName) file GDAL can update")
            Self.removeTemporaryFiles(temporaryPath)
            throw .openFailed(location: path, message: message)
        }
        self.dataset = dataset
    }

    /// The file `path` resolves to and a new temporary path next to it, registered for clean-up (stale ones
    /// of earlier processes in that directory are removed). A symbolic link is followed (its target is
    /// replaced); a device, FIFO or directory is never replaced.
    private static func target(_ path: String, format: VectorFormat) throws(GDALError) -> (String, String) {
        let file = try regularFile(path, format: format)
        let temporary = temporaryPath(for: file)
        TemporaryFiles.removeStale(in: URL(fileURLWithPath: file).deletingLastPathComponent().path)
        TemporaryFiles.register(temporary)
        return (file, temporary)
    }

    private static func regularFile(_ path: String, format: VectorFormat) throws(GDALError) -> String {
        do {
            switch try OutputTarget.resolve(path) {
            case .file(let file): return file
            case .stream:
                throw GDALError.writeFailed(
                    path: path, message: "a device or pipe is not a file: a \(format.driverName) file needs a regular file")
            }
        } catch let error as OutputTargetError {
            throw .writeFailed(path: path, message: error.description)
        } catch let error as GDALError {
            throw error
        } catch {
            throw .writeFailed(path: path, message: "\(error)")
        }
    }

    deinit { discard() }

    /// Adds a layer with `features` (`GDALDatasetCreateLayer`, `OGR_L_CreateField`, `OGR_L_CreateFeature`
    /// inside `GDALDatasetStartTransaction`/`GDALDatasetCommitTransaction` where the driver has transactions).
    ///
    /// - Parameters:
    ///   - schema: the columns to write, in order; `nil` infers them (`FieldDefinition.inferSchema(from:)`).
    ///     Attributes not in the schema are not written; missing ones are written as null.
    ///   - crs: the layer's CRS (`OSRSetFromUserInput` on its definition); `nil` for none.
    ///   - geometryType: the declared type; `nil` infers it — the common type, `.unknown` when mixed.
    ///   - preservingFIDs: set each feature's `fid` (`OGR_F_SetFID`); otherwise the driver numbers them.
    ///   - options: GDAL layer creation options, e.g. `["SPATIAL_INDEX=NO"]`.
    /// - Throws: `GDALError.writeFailed` naming the failing step or feature (a value that does not fit its
    ///   column is rejected, not converted; FlatGeobuf refuses features without a non-empty geometry, which
    ///   GDAL 3.6 would drop silently); the writer is discarded then.
    public func addLayer(
        _ name: String, features: [Feature], schema: [FieldDefinition]? = nil, crs: CoordinateReferenceSystem?,
        geometryType: VectorGeometryType? = nil, preservingFIDs: Bool = false, options: [String] = []
    ) throws(GDALError) {
        let dataset = try openDataset()
        do throws(GDALError) {
            try writeLayer(
                dataset, name, features, schema ?? FieldDefinition.inferSchema(from: features), crs,
                geometryType ?? VectorGeometryType(inferringFrom: features.lazy.map(\.geometry)), preservingFIDs,
                options)
            layerNames.append(name)
        } catch {
            discard()
            throw error
        }
    }

    /// Adds an attribute index on `field` of `layer` (GeoPackage only: `CREATE INDEX` through
    /// `GDALDatasetExecuteSQL`), so lookups such as a parcel by its identifier need no full scan.
    /// - Throws: `GDALError.writeFailed` (the writer is discarded then), `.unsupportedFormat` for other formats.
    public func createAttributeIndex(layer: String, field: String) throws(GDALError) {
        let dataset = try openDataset()
        guard format == .geoPackage else { throw .unsupportedFormat("attribute index in \(format)") }
        func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let indexName = quoted("idx_\(layer)_\(field)")
        let sql = "CREATE INDEX IF NOT EXISTS \(indexName) ON \(quoted(layer)) (\(quoted(field)))"
        GDALRuntime.resetError()
        let result = GDALDatasetExecuteSQL(dataset, sql, nil, nil)
        if let result { GDALDatasetReleaseResultSet(dataset, result) }
        if GDALRuntime.lastCallFailed {
            let message = GDALRuntime.lastMessage()
            discard()
            throw .writeFailed(path: path, message: "GDALDatasetExecuteSQL(\(sql)): \(message)")
        }
    }

    /// Closes the dataset (`GDALClose`, which flushes) and renames the temporary file over `path` (`rename(2)`).
    /// - Throws: `GDALError.writeFailed` when closing or renaming fails; the temporary file is removed then.
    public func commit() throws(GDALError) {
        guard let dataset, !finished else {
            throw .writeFailed(path: path, message: "the writer was already committed or discarded")
        }
        finished = true
        self.dataset = nil
        GDALRuntime.resetError()
        GDALClose(dataset)
        if GDALRuntime.lastCallFailed {
            let message = GDALRuntime.lastMessage()
            Self.removeTemporaryFiles(temporaryPath)
            throw .writeFailed(path: path, message: "GDALClose: \(message)")
        }
        guard GDALRuntime.exists(temporaryPath) else {
            throw .writeFailed(path: path, message: "GDAL wrote no file (no layer added?)")
        }
        guard rename(temporaryPath, path) == 0 else {
            let message = String(cString: strerror(errno))
            Self.removeTemporaryFiles(temporaryPath)
            throw .writeFailed(path: path, message: "rename: \(message)")
        }
        TemporaryFiles.unregister(temporaryPath)
    }

    /// Abandons the write: closes the dataset and deletes the temporary file; the target is not touched.
    /// Called by `deinit` and after any failure; harmless after `commit()`.
    public func discard() {
        if let dataset {
            self.dataset = nil
            GDALClose(dataset)
        }
        if !finished {
            finished = true
            Self.removeTemporaryFiles(temporaryPath)
        }
    }

    // MARK: Steps

    private func writeLayer(
        _ dataset: GDALDatasetH, _ name: String, _ features: [Feature], _ schema: [FieldDefinition],
        _ crs: CoordinateReferenceSystem?, _ geometryType: VectorGeometryType, _ preservingFIDs: Bool,
        _ options: [String]
    ) throws(GDALError) {
        if format == .flatGeobuf,
            let position = features.firstIndex(where: { $0.geometry.map(\.isEmpty) ?? true })
        {
            // GDAL 3.6's FlatGeobuf driver skips such features without any error: refuse instead of losing data.
            throw .writeFailed(
                path: path,
                message: "feature \(position) (fid \(features[position].fid)) has no geometry or an empty one, "
                    + "which GDAL's FlatGeobuf driver drops silently; use GeoPackage or GeoJSON")
        }
        if let unwritable = schema.first(where: { $0.type.ogrType == nil }) {
            throw .writeFailed(
                path: path, message: "field '\(unwritable.name)' has type \(unwritable.type), which cannot be written")
        }
        let srs: OGRSpatialReferenceH?
        do throws(GDALError) {
            srs = try crs?.makeOGRSpatialReference()
        } catch {
            throw .writeFailed(path: path, message: "CRS: \(error)")
        }
        defer { if let srs { OSRRelease(srs) } }

        GDALRuntime.resetError()
        let created = CStringList.withMutable(options) { list in
            GDALDatasetCreateLayer(dataset, name, srs, geometryType.ogrType, list)
        }
        guard let layer = created else { throw failure("GDALDatasetCreateLayer('\(name)')") }
        let indices = try createFields(schema, in: layer)
        guard let definition = OGR_L_GetLayerDefn(layer) else { throw failure("OGR_L_GetLayerDefn") }

        GDALRuntime.resetError()
        let inTransaction = GDALDatasetStartTransaction(dataset, 0) == OGRERR_NONE
        do throws(GDALError) {
            for (position, feature) in features.enumerated() {
                try writeFeature(feature, position: position, schema: schema, indices: indices,
                    definition: definition, layer: layer, preservingFID: preservingFIDs)
            }
        } catch {
            if inTransaction { GDALDatasetRollbackTransaction(dataset) }
            throw error
        }
        if inTransaction {
            GDALRuntime.resetError()
            guard GDALDatasetCommitTransaction(dataset) == OGRERR_NONE else {
                throw failure("GDALDatasetCommitTransaction")
            }
        }
    }

    /// Creates the columns (`OGR_Fld_Create`, `OGR_Fld_SetSubType`, `OGR_L_CreateField`) and returns each one's
    /// index in the layer (`OGR_FD_GetFieldIndex`).
    private func createFields(_ schema: [FieldDefinition], in layer: OGRLayerH) throws(GDALError) -> [Int32] {
        for field in schema {
            guard let (type, subType) = field.type.ogrType else { continue }
            GDALRuntime.resetError()
            guard let definition = OGR_Fld_Create(field.name, type) else { throw failure("OGR_Fld_Create") }
            defer { OGR_Fld_Destroy(definition) }
            OGR_Fld_SetSubType(definition, subType)
            guard OGR_L_CreateField(layer, definition, 1) == OGRERR_NONE else {
                throw failure("OGR_L_CreateField('\(field.name)')")
            }
        }
        guard let definition = OGR_L_GetLayerDefn(layer) else { throw failure("OGR_L_GetLayerDefn") }
        var indices: [Int32] = []
        for field in schema {
            let index = OGR_FD_GetFieldIndex(definition, field.name)
            guard index >= 0 else {
                throw .writeFailed(path: path, message: "field '\(field.name)' is missing after OGR_L_CreateField")
            }
            indices.append(index)
        }
        return indices
    }

    /// One feature: `OGR_F_Create`, the values, `OGR_F_SetGeometryDirectly`, `OGR_L_CreateFeature`.
    private func writeFeature(
        _ feature: Feature, position: Int, schema: [FieldDefinition], indices: [Int32],
        definition: OGRFeatureDefnH, layer: OGRLayerH, preservingFID: Bool
    ) throws(GDALError) {
        let label = "feature \(position) (fid \(feature.fid))"
        GDALRuntime.resetError()
        guard let ogrFeature = OGR_F_Create(definition) else { throw failure("OGR_F_Create") }
        defer { OGR_F_Destroy(ogrFeature) }
        for (field, index) in zip(schema, indices) {
            try setValue(feature.attributes[field.name] ?? .null, of: field, at: index, in: ogrFeature, label: label)
        }
        if let geometry = feature.geometry {
            let ogrGeometry = try OGRGeometryBuilder.make(geometry, context: geometryContext, fid: feature.fid)
            guard OGR_F_SetGeometryDirectly(ogrFeature, ogrGeometry) == OGRERR_NONE else {
                throw failure("OGR_F_SetGeometryDirectly, \(label)")
            }
        }
        if preservingFID { OGR_F_SetFID(ogrFeature, feature.fid) }
        GDALRuntime.resetError()
        guard OGR_L_CreateFeature(layer, ogrFeature) == OGRERR_NONE else {
            throw failure("OGR_L_CreateFeature, \(label)")
        }
    }

    /// Sets one value, refusing values that do not fit the column instead of letting OGR coerce them
    /// (OGR would write `"abc"` into an integer column as 0 and drop an unparsable date silently).
    private func setValue(
        _ value: AttributeValue, of field: FieldDefinition, at index: Int32, in feature: OGRFeatureH, label: String
    ) throws(GDALError) {
        func mismatch(_ why: String = "") -> GDALError {
            .writeFailed(
                path: path,
                message: "\(label): value \(value) of field '\(field.name)' does not fit type \(field.type)\(why)")
        }
        switch (value, field.type) {
        case (.null, _):
            OGR_F_SetFieldNull(feature, index)
        case (.integer(let v), .integer):
            guard let small = Int32(exactly: v) else { throw mismatch(" (32-bit)") }
            OGR_F_SetFieldInteger(feature, index, small)
        case (.integer(let v), .boolean):
            guard v == 0 || v == 1 else { throw mismatch(" (0 or 1)") }
            OGR_F_SetFieldInteger(feature, index, Int32(v))
        case (.integer(let v), .integer64):
            OGR_F_SetFieldInteger64(feature, index, v)
        case (.integer(let v), .real):
            OGR_F_SetFieldDouble(feature, index, Double(v))
        case (.real(let v), .real):
            OGR_F_SetFieldDouble(feature, index, v)
        case (_, .string):
            OGR_F_SetFieldString(feature, index, value.stringValue ?? "")
        case (.date(let s), .date), (.date(let s), .dateTime), (.dateTime(let s), .dateTime),
            (.string(let s), .date), (.string(let s), .dateTime):
            OGR_F_SetFieldString(feature, index, s)
            guard OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else { throw mismatch(" (not an ISO 8601 date)") }
        default:
            throw mismatch()
        }
    }

    /// The dataset while the writer is open.
    /// - Throws: `GDALError.writeFailed` after `commit()` or `discard()`.
    func openDataset() throws(GDALError) -> GDALDatasetH {
        guard let dataset, !finished else {
            throw .writeFailed(path: path, message: "the writer was already committed or discarded")
        }
        return dataset
    }

    func failure(_ step: String) -> GDALError {
        .writeFailed(path: path, message: "\(step): \(GDALRuntime.lastMessage())")
    }

    // MARK: Temporary files

    /// `.<name>.tmp-<pid>-<random>.<ext>` in the directory of `path`, keeping the extension for GDAL.
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return "\(directory).\(name).tmp-\(getpid())-\(random)\(ext)"
    }

    /// Deletes the temporary file and any SQLite side files GDAL may have left next to it (`VSIUnlink`).
    static func removeTemporaryFiles(_ temporaryPath: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] where GDALRuntime.exists(temporaryPath + suffix) {
            VSIUnlink(temporaryPath + suffix)
        }
        TemporaryFiles.unregister(temporaryPath)
    }
}

/// Writes `features` as the single layer of a new file at `path`, atomically (see `VectorWriter`).
///
/// - Parameters:
///   - schema: the columns, in order; `nil` infers them from the features.
///   - format: `nil` infers it from the extension: `.gpkg`, `.geojson`/`.json`, `.fgb`.
///   - geometryType: `nil` infers it; mixed types are declared `.unknown`.
///   - style: for a GeoPackage, the layer's default QGIS style (`VectorWriter.setDefaultStyle`), written into
///     the same file before it replaces `path`; ignored for other formats, which have no place for it.
/// - Throws: `GDALError.unsupportedFormat` for another extension, `GDALError.writeFailed` otherwise; an
///   existing file at `path` is then left as it was.
public func writeVectorLayer(
    _ features: [Feature], schema: [FieldDefinition]? = nil, to path: String, layerName: String,
    crs: CoordinateReferenceSystem?, format: VectorFormat? = nil, geometryType: VectorGeometryType? = nil,
    style: QGISLayerStyle? = nil
) throws(GDALError) {
    let writer = try VectorWriter(path: path, format: format)
    try writer.addLayer(layerName, features: features, schema: schema, crs: crs, geometryType: geometryType)
    if let style, writer.format == .geoPackage { try writer.setDefaultStyle(style, forLayer: layerName) }
    try writer.commit()
}
