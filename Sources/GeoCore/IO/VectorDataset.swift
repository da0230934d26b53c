internal import CGDAL

/// An open GDAL vector dataset (a `GDALDatasetH`), closed with `GDALClose` in `deinit`.
///
/// Not `Sendable`: a dataset belongs to one task at a time, as GDAL requires. Parallel readers open the
/// source once per task. Layers keep their dataset alive.
public final class VectorDataset {
    let handle: GDALDatasetH
    /// Where the dataset was opened from.
    public let location: VectorSourceLocation

    private init(handle: GDALDatasetH, location: VectorSourceLocation) {
        self.handle = handle
        self.location = location
    }

    deinit { GDALClose(handle) }

    /// The GDAL release in use, e.g. `"3.6.2"` (`GDALVersionInfo`).
    public static var gdalVersion: String { GDALRuntime.version }

    /// Opens a vector source read-only (`GDALOpenEx` with `GDAL_OF_VECTOR | GDAL_OF_READONLY`).
    ///
    /// - Throws: `GDALError.openFailed` with "no such file" for a missing path, or with GDAL's message for a file
    ///   no driver can read (e.g. a corrupt GeoPackage).
    public static func open(_ location: VectorSourceLocation) throws(GDALError) -> VectorDataset {
        GDALRuntime.ensureRegistered()
        if !location.isConnection, !GDALRuntime.exists(location.source) {
            throw .openFailed(location: location.source, message: "no such file")
        }
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR)
        GDALRuntime.resetError()
        guard let handle = GDALOpenEx(location.source, flags, nil, nil, nil) else {
            throw .openFailed(
                location: location.source,
                message: GDALRuntime.lastMessage(or: "not recognized as a supported vector format"))
        }
        return VectorDataset(handle: handle, location: location)
    }

    /// Opens `path`, `path:layer` or a connection string (see `VectorSourceLocation.init(parsing:)`).
    public static func open(_ location: String) throws(GDALError) -> VectorDataset {
        try open(VectorSourceLocation(parsing: location))
    }

    /// Opens a source and returns the layer it names, or its only layer (see `defaultLayer()`).
    public static func openLayer(_ location: String) throws(GDALError) -> VectorLayer {
        try open(location).defaultLayer()
    }

    /// The name of the driver that opened the dataset, e.g. `"GPKG"` (`GDALGetDriverShortName`).
    public var driverName: String {
        guard let driver = GDALGetDatasetDriver(handle) else { return "" }
        return GDALRuntime.string(GDALGetDriverShortName(driver)) ?? ""
    }

    /// `GDALDatasetGetLayerCount`.
    public var layerCount: Int { Int(GDALDatasetGetLayerCount(handle)) }

    /// Layer names in dataset order (`GDALDatasetGetLayer`, `OGR_L_GetName`).
    public var layerNames: [String] {
        (0..<Int32(layerCount)).compactMap { i in
            GDALDatasetGetLayer(handle, i).flatMap { GDALRuntime.string(OGR_L_GetName($0)) }
        }
    }

    /// The layer called `name` (`GDALDatasetGetLayerByName`).
    /// - Throws: `GDALError.layerNotFound` listing the layers the dataset has.
    public func layer(named name: String) throws(GDALError) -> VectorLayer {
        guard let layer = GDALDatasetGetLayerByName(handle, name) else {
            throw .layerNotFound(layer: name, location: location.source, available: layerNames)
        }
        return try VectorLayer(dataset: self, handle: layer)
    }

    /// The layer at `index` (`GDALDatasetGetLayer`).
    /// - Throws: `GDALError.layerNotFound` when `index` is out of range.
    public func layer(at index: Int) throws(GDALError) -> VectorLayer {
        guard index >= 0, index < layerCount, let layer = GDALDatasetGetLayer(handle, Int32(index)) else {
            throw .layerNotFound(layer: "#\(index)", location: location.source, available: layerNames)
        }
        return try VectorLayer(dataset: self, handle: layer)
    }

    /// The layer the location names; without a name, the dataset's only layer.
    /// - Throws: `GDALError.layerNotFound` for an unknown name, `GDALError.layerRequired` when no name was
    ///   given and the dataset has several layers or none.
    public func defaultLayer() throws(GDALError) -> VectorLayer {
        try layer(named: location.layer)
    }

    /// The layer called `name`; with `nil`, the dataset's only layer.
    public func layer(named name: String?) throws(GDALError) -> VectorLayer {
        if let name { return try layer(named: name) }
        guard layerCount == 1 else { throw .layerRequired(location: location.source, available: layerNames) }
        return try layer(at: 0)
    }
}
