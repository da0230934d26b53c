import Foundation
import Support
import TrafficCore

/// What a scenario's `network` names, by its file name: a network document (`.json`, `.yaml`, `.yml`), a
/// SUMO network (`.net.xml`, `.net.xml.gz`), an OpenStreetMap file (`.osm`, `.osm.pbf`, `.pbf`) or a GIS
/// line layer (anything else GDAL reads, e.g. `roads.gpkg:strassen`, `roads.geojson`).
enum NetworkSource: Equatable {
    case document, sumo, openStreetMap, gis

    init(_ path: String) {
        let name = path.lowercased()
        if name.hasSuffix(".net.xml") || name.hasSuffix(".net.xml.gz") {
            self = .sumo
        } else if name.hasSuffix(".osm") || name.hasSuffix(".pbf") {
            self = .openStreetMap
        } else if [".json", ".yaml", ".yml"].contains(where: name.hasSuffix) && !name.hasSuffix(".geojson") {
            self = .document
        } else {
            self = .gis
        }
    }

    /// Reads the network at `url` as this source says: a network document is decoded and built (no signal
    /// plans, traffic lights or CRS come with it), the other sources go to their importer (SUMO nets with
    /// `actuatedPrograms`, `linkDefaults` and the demand's `vehicleTypes`).
    func read(
        _ url: URL, actuatedPrograms: SUMONetworkImporter.ActuatedPrograms = .actuated,
        linkDefaults: LinkDefaults = LinkDefaults(), vehicleTypes: SUMOVehicleTypes = .defaultOnly
    ) throws(ScenarioError) -> ImportedNetwork {
        switch self {
        case .document:
            if DocumentFile.format(of: url) == .json,
                let head = try? FileHandle(forReadingFrom: url).read(upToCount: 4096),
                String(decoding: head, as: UTF8.self).contains("\"FeatureCollection\"")
            {
                throw .cannotRead(
                    path: url.path,
                    reason: "a GeoJSON file; name it .geojson to import it as a GIS line layer (a .json network is a "
                        + "network document)")
            }
            let networkDocument: NetworkDocument = try ScenarioFile.decodeStrictly(url)
            let network: Network
            do {
                network = try Network(document: networkDocument)
            } catch {
                throw .network(path: url.path, error)
            }
            let linkIDs = Dictionary(
                network.links.indices.map { (network.links[$0].id, LinkID(rawValue: Int32($0))) },
                uniquingKeysWith: { first, _ in first })
            return ImportedNetwork(network: network, linkIDs: linkIDs, crs: nil)
        case .sumo, .openStreetMap, .gis:
            do throws(ImportError) {
                switch self {
                case .sumo:
                    return try SUMONetworkImporter(
                        actuatedPrograms: actuatedPrograms, linkDefaults: linkDefaults, vehicleTypes: vehicleTypes
                    ).importNetwork(contentsOf: url)
                case .openStreetMap: return try OSMNetworkImporter().importNetwork(contentsOf: url.path)
                default: return try GISNetworkImporter().importNetwork(from: url.path)
                }
            } catch {
                throw .imported(error)
            }
        }
    }
}
