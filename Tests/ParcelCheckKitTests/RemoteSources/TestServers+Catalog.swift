import GeoCore
import ParcelCheckKit
import TestSupport

extension PGTestServer {
    /// A catalog location for one table or view; the password in `passwordVariable` (the server's by default).
    func location(table: String, passwordVariable: String? = nil) throws -> String {
        VectorSourceLocation(
            connection: connection(), layer: table, passwordEnvironment: passwordVariable ?? self.passwordVariable
        ).text
    }

    /// `sample-data/catalog.yaml` with every `source: lueneburg.gpkg:NAME` turned into the PG connection,
    /// `layer: kataster.NAME` and `password_env` (Raumordnung read through the view `raumordnung_v`), and the
    /// Gemarkung table as `{layer: kataster.gemarkungen}` (connection and password from the parcels).
    func catalog(port: Int? = nil) throws -> Catalog {
        var lines: [String] = []
        let text = try String(contentsOf: Repository.sampleCatalog, encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let match = line.firstMatch(of: #/^(\s*)source: lueneburg\.gpkg:(\w+)/#) {
                let indent = String(match.output.1)
                let table = match.output.2 == "raumordnung" ? "raumordnung_v" : String(match.output.2)
                lines.append("\(indent)source: \"\(connection(port: port))\"")
                lines.append("\(indent)layer: kataster.\(table)")
                lines.append("\(indent)password_env: \(passwordVariable)")
            } else if let match = line.firstMatch(of: #/^(\s*)gemarkungen: lueneburg\.gpkg:gemarkungen/#) {
                lines.append("\(match.output.1)gemarkungen: {layer: kataster.gemarkungen}")
            } else {
                lines.append(line)
            }
        }
        let yaml = lines.joined(separator: "\n")
        guard !yaml.contains("lueneburg.gpkg") else {
            throw TestServerFailure("catalog still names the GeoPackage:\n\(yaml)")
        }
        return try TestCatalogs.load(yaml)
    }
}

/// A web service serving the sample layers (`servedLayers`) by their names, under a GDAL prefix.
protocol SampleLayerService {
    /// `OAPIF` or `WFS`.
    static var gdalPrefix: String { get }
    static var servedLayers: [String] { get }
    var url: String { get }
}

extension SampleLayerService {
    /// A catalog location for a collection or feature type (for WFS the name without the `ms:` prefix works too).
    func location(_ layer: String, url: String? = nil, pageSize: Int? = nil) -> String {
        var location = VectorSourceLocation(connection: "\(Self.gdalPrefix):\(url ?? self.url)", layer: layer)
        location.pageSize = pageSize
        return location.text
    }

    /// The sample catalog restricted to the served layers.
    static func fileCatalog() throws -> Catalog { try TestCatalogs.sample(layers: servedLayers) }

    /// `fileCatalog()` with the served layers read from the service (parcels stay in the GeoPackage).
    func catalog(url: String? = nil) throws -> Catalog {
        var catalog = try Self.fileCatalog()
        for i in catalog.layers.indices { catalog.layers[i].source = location(catalog.layers[i].name, url: url) }
        return catalog
    }
}

extension OAPIFTestServer: SampleLayerService {
    static let gdalPrefix = "OAPIF"
}

extension WFSTestServer: SampleLayerService {
    static let gdalPrefix = "WFS"
}
