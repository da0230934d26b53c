internal import CGDAL
import Foundation

/// An open GDAL vector dataset (a `GDALDatasetH`), closed with `GDALClose` in `deinit`.
///
/// Not `Sendable`: a dataset belongs to one task at a time, as GDAL requires. Parallel readers open the
/// source once per task. Layers keep their dataset alive.
public final class VectorDataset {
    let handle: GDALDatasetH
    /// Where the dataset was opened from.
    public let location: VectorSourceLocation
    /// GDAL configuration options set thread-locally around every call that may go to the network (web
    /// services: HTTP timeouts, WFS paging); empty for files and databases.
    let networkOptions: [(key: String, value: String)]
    /// For GDAL's WFS driver: the capabilities, parsed once (`readWFSCapabilities`); `nil` for other drivers.
    package private(set) lazy var wfsCapabilities: WFSCapabilities? = readWFSCapabilities()

    private init(handle: GDALDatasetH, location: VectorSourceLocation, networkOptions: [(key: String, value: String)]) {
        self.handle = handle
        self.location = location
        self.networkOptions = networkOptions
    }

    /// HTTP timeout for web services without `timeout_s` (seconds).
    public static let defaultTimeout: Double = 20
    /// Features per request for web services without `page_size`. GDAL 3.6's OAPIF driver asks for 10 unless
    /// told otherwise; servers that allow fewer return fewer and a `next` link, which GDAL follows.
    public static let defaultPageSize = 1000

    deinit { GDALClose(handle) }

    /// The GDAL release in use, e.g. `"3.6.2"` (`GDALVersionInfo`).
    public static var gdalVersion: String { GDALRuntime.version }

    /// Opens a vector source read-only (`GDALOpenEx` with `GDAL_OF_VECTOR | GDAL_OF_READONLY`).
    ///
    /// For a `PG:` connection with `passwordEnvironment`, the variable is read now and its value handed to libpq
    /// as `password=…` (URI connections: a `password` parameter); it is kept nowhere else. Without it libpq's
    /// own `PGPASSWORD` and `~/.pgpass` apply.
    ///
    /// GML and NAS files (`.gml`, `.xml`) are opened through `/vsisubfile/` (the whole file): GDAL's GML and NAS
    /// drivers otherwise write a `.gfs` schema file next to the user's data on first open, and never write one
    /// on a `/vsi` path that cannot be written.
    ///
    /// - Throws: `GDALError.openFailed` with "no such file" for a missing path, with GDAL's message for a file
    ///   no driver can read (e.g. a corrupt GeoPackage) or a server that cannot be reached, or when the
    ///   variable named by `passwordEnvironment` is not set. For connections the location and the message are
    ///   shown with passwords masked (`VectorSourceLocation.redacting`).
    public static func open(_ location: VectorSourceLocation) throws(GDALError) -> VectorDataset {
        GDALRuntime.ensureRegistered()
        if !location.isConnection, !GDALRuntime.exists(location.source) {
            throw .openFailed(location: location.source, message: "no such file")
        }
        var (connection, password) = try connectionString(for: location)
        if let sidecarFree = readOnlyPath(for: location) { connection = sidecarFree }
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR)
        let network = networkOptions(for: location)
        let openOptions =
            location.isWebService && location.source.uppercased().hasPrefix("OAPIF:")
            ? ["PAGE_SIZE=\(location.pageSize ?? defaultPageSize)"] : []
        let handle = GDALRuntime.withThreadLocalConfig(network) { () -> GDALDatasetH? in
            GDALRuntime.resetError()
            return CStringList.with(openOptions) { GDALOpenEx(connection, flags, nil, $0, nil) }
        }
        guard let handle else {
            let message = GDALRuntime.lastMessage(or: "not recognized as a supported vector format")
            guard location.isConnection else { throw .openFailed(location: location.source, message: message) }
            throw .openFailed(location: location.description, message: redacting(message, password: password))
        }
        return VectorDataset(handle: handle, location: location, networkOptions: network)
    }

    /// For a GML or NAS file, the same bytes as a read-only `/vsisubfile/` path (see `open`); `nil` otherwise.
    static func readOnlyPath(for location: VectorSourceLocation) -> String? {
        guard !location.isConnection, !location.source.hasPrefix("/vsi"),
            ["gml", "xml"].contains((location.source as NSString).pathExtension.lowercased()),
            let attributes = try? FileManager.default.attributesOfItem(atPath: location.source),
            let size = attributes[.size] as? NSNumber
        else { return nil }
        return "/vsisubfile/0_\(size.int64Value),\(location.source)"
    }

    /// The thread-local configuration for a web service: `GDAL_HTTP_TIMEOUT` and `GDAL_HTTP_CONNECTTIMEOUT`
    /// (whole seconds, at least 1), no retries, and for WFS paging (`OGR_WFS_PAGING_ALLOWED`, `OGR_WFS_PAGE_SIZE`).
    /// Thread-local because layers are read on several threads with different timeouts.
    static func networkOptions(for location: VectorSourceLocation) -> [(key: String, value: String)] {
        guard location.isWebService else { return [] }
        let timeout = String(max(1, Int((location.timeoutSeconds ?? defaultTimeout).rounded(.up))))
        var options = [
            (key: "GDAL_HTTP_TIMEOUT", value: timeout), (key: "GDAL_HTTP_CONNECTTIMEOUT", value: timeout),
            (key: "GDAL_HTTP_MAX_RETRY", value: "0"),
        ]
        if !location.source.uppercased().hasPrefix("OAPIF:") {
            options.append((key: "OGR_WFS_PAGING_ALLOWED", value: "ON"))
            options.append((key: "OGR_WFS_PAGE_SIZE", value: String(location.pageSize ?? defaultPageSize)))
        }
        return options
    }

    /// Runs `body` with `networkOptions` set for this thread (no-op for files and databases).
    func withNetworkOptions<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try GDALRuntime.withThreadLocalConfig(networkOptions, body)
    }

    /// What `GDALOpenEx` gets: the source, for `PG:` with the password from `passwordEnvironment` added, and
    /// that password (to mask it in messages).
    private static func connectionString(for location: VectorSourceLocation) throws(GDALError) -> (String, String?) {
        guard let variable = location.passwordEnvironment else { return (location.source, nil) }
        guard location.isConnection, location.source.uppercased().hasPrefix("PG:") else {
            throw .openFailed(location: location.description, message: "password_env applies to PG: connections only")
        }
        guard let password = ProcessInfo.processInfo.environment[variable] else {
            throw .openFailed(
                location: location.description,
                message: "the environment variable \(variable) named by password_env is not set")
        }
        let body = location.source.dropFirst(3).trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("postgresql://") || body.hasPrefix("postgres://") {
            let escaped = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
            return ("PG:" + body + (body.contains("?") ? "&" : "?") + "password=" + escaped, password)
        }
        return (location.source + " password=" + PGConnectionString.quoted(password), password)
    }

    /// A driver message with `password=…` masked, and the password itself wherever it appears (if it is long
    /// enough to be told apart from ordinary words).
    static func redacting(_ message: String, password: String?) -> String {
        var message = VectorSourceLocation.redacting(message)
        if let password, password.count >= 4 { message = message.replacing(password, with: "***") }
        return message
    }

    /// Opens `path`, `path:layer` or a connection string (see `VectorSourceLocation.init(parsing:)`).
    public static func open(_ location: String) throws(GDALError) -> VectorDataset {
        try open(VectorSourceLocation(parsing: location))
    }

    /// Opens a source and returns the layer it names, or its only layer (see `defaultLayer()`).
    public static func openLayer(_ location: String) throws(GDALError) -> VectorLayer {
        try open(location).defaultLayer()
    }

    /// Opens a parsed location and returns the layer it names, or its only layer (see `defaultLayer()`).
    public static func openLayer(_ location: VectorSourceLocation) throws(GDALError) -> VectorLayer {
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
    public var layerNames: [String] { GDALRuntime.layerNames(of: handle) }

    /// The layer called `name` (`GDALDatasetGetLayerByName`). For PostgreSQL, `schema.table` or the name of
    /// a table or view in `public`.
    /// - Throws: `GDALError.layerNotFound` listing the layers the dataset has; for a connection whose server
    ///   fails while looking, `GDALError.library` with the driver's message.
    public func layer(named name: String) throws(GDALError) -> VectorLayer {
        let found = withNetworkOptions { () -> OGRLayerH? in
            GDALRuntime.resetError()
            return GDALDatasetGetLayerByName(handle, name)
        }
        guard let layer = found else {
            if location.isConnection, GDALRuntime.lastCallFailed {
                throw .library(
                    function: "GDALDatasetGetLayerByName",
                    message: "'\(name)' in '\(displayName)': "
                        + VectorSourceLocation.redacting(GDALRuntime.lastMessage()))
            }
            throw .layerNotFound(layer: name, location: displayName, available: layerNames)
        }
        return try VectorLayer(dataset: self, handle: layer)
    }

    /// The dataset as errors name it: the path, or the connection with any password masked (no layer).
    var displayName: String {
        guard location.isConnection else { return location.source }
        return VectorSourceLocation(connection: location.source, passwordEnvironment: location.passwordEnvironment)
            .description
    }

    /// False when the dataset is a database connection that no longer answers: for the PostgreSQL driver a
    /// `SELECT 1` (`GDALDatasetExecuteSQL`, `GDALDatasetReleaseResultSet`) must succeed. Files are always alive.
    /// Long-lived readers use it to reconnect after a server restart instead of failing on a dead connection.
    public var isAlive: Bool {
        guard driverName == "PostgreSQL" else { return true }
        GDALRuntime.resetError()
        guard let result = GDALDatasetExecuteSQL(handle, "SELECT 1", nil, nil) else { return false }
        GDALDatasetReleaseResultSet(handle, result)
        return !GDALRuntime.lastCallFailed
    }

    /// The layer at `index` (`GDALDatasetGetLayer`).
    /// - Throws: `GDALError.layerNotFound` when `index` is out of range.
    public func layer(at index: Int) throws(GDALError) -> VectorLayer {
        guard index >= 0, index < layerCount, let layer = GDALDatasetGetLayer(handle, Int32(index)) else {
            throw .layerNotFound(layer: "#\(index)", location: displayName, available: layerNames)
        }
        return try VectorLayer(dataset: self, handle: layer)
    }

    /// The layer the location names; without a name, the dataset's only layer.
    /// - Throws: `GDALError.layerNotFound` for an unknown name, `GDALError.layerRequired` when no name was
    ///   given and the dataset has several layers or none.
    public func defaultLayer() throws(GDALError) -> VectorLayer {
        try layer(named: location.layer)
    }

    /// The layer called `name`; with `nil`, the dataset's only layer. QGIS's `layer_styles` and
    /// `qgis_projects` tables do not count: they hold styles and projects, not data, and QGIS does not offer
    /// them as layers either (`QGISLayerStyle`), so a GeoPackage styled in QGIS still has its one layer.
    public func layer(named name: String?) throws(GDALError) -> VectorLayer {
        if let name { return try layer(named: name) }
        let names = layerNames
        let data = names.indices.filter { !Self.qgisTables.contains(names[$0]) }
        guard data.count == 1 else {
            throw .layerRequired(location: displayName, available: data.map { names[$0] })
        }
        return try layer(at: data[0])
    }

    /// Tables QGIS keeps in a GeoPackage next to the data (styles; projects of the QgisGeopackage plugin).
    static let qgisTables: Set<String> = [QGISLayerStyle.tableName, "qgis_projects"]
}

extension VectorLayer {
    /// The column the driver takes feature ids from (`OGR_L_GetFIDColumn`); empty when there is none, e.g. a
    /// PostgreSQL view without an `ogc_fid` column, whose features are then numbered in read order.
    public var fidColumn: String {
        GDALRuntime.string(OGR_L_GetFIDColumn(handle)) ?? ""
    }
}

extension GDALRuntime {
    /// Layer names of `dataset` in dataset order (`GDALDatasetGetLayerCount`, `GDALDatasetGetLayer`,
    /// `OGR_L_GetName`).
    static func layerNames(of dataset: GDALDatasetH) -> [String] {
        (0..<GDALDatasetGetLayerCount(dataset)).compactMap { i in
            GDALDatasetGetLayer(dataset, i).flatMap { string(OGR_L_GetName($0)) }
        }
    }

    /// Runs `body` with GDAL configuration options set for the calling thread only
    /// (`CPLSetThreadLocalConfigOption`), restoring the previous thread-local values afterwards.
    static func withThreadLocalConfig<T, E: Error>(
        _ options: [(key: String, value: String)], _ body: () throws(E) -> T
    ) throws(E) -> T {
        guard !options.isEmpty else { return try body() }
        let previous = options.map { string(CPLGetThreadLocalConfigOption($0.key, nil)) }
        for option in options { CPLSetThreadLocalConfigOption(option.key, option.value) }
        defer { for (option, old) in zip(options, previous) { CPLSetThreadLocalConfigOption(option.key, old) } }
        return try body()
    }
}
