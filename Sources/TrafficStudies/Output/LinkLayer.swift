import Foundation
import Support
import GeoCore
import Synchronization
import TrafficCore

/// Per-link results aggregated over the whole run (all output intervals), for maps.
///
/// - `vehicles`: vehicles that left the link (sum of `LinkState.vehiclesLeaving`);
/// - `meanFlow` (veh/h): vehicles / (interval count × interval length);
/// - `maxDensity` (veh/km): the largest interval density;
/// - `meanSpeed` (m/s): total vehicle-metres / total vehicle-seconds (Edie), NaN when no vehicle used the link;
/// - `maxQueue` (veh): the largest interval time-mean queue.
public struct LinkAggregate: Sendable, Hashable {
    public var vehicles: Int
    public var meanFlow: Double
    public var maxDensity: Double
    public var meanSpeed: Double
    public var maxQueue: Double
}

extension LinkTimeSeries {
    /// The run aggregate of `link` (see `LinkAggregate`).
    public func aggregate(link: LinkID) -> LinkAggregate {
        var vehicles = 0
        var maxDensity = 0.0
        var maxQueue = 0.0
        var seconds = 0.0
        var metres = 0.0
        for k in 0..<intervalCount {
            let s = state(interval: k, link: link)
            vehicles += s.vehiclesLeaving
            maxDensity = max(maxDensity, s.density)
            maxQueue = max(maxQueue, s.queue)
            seconds += vehicleSeconds[k * linkCount + link.index]
            metres += vehicleMetres[k * linkCount + link.index]
        }
        let duration = Double(intervalCount) * interval
        return LinkAggregate(
            vehicles: vehicles, meanFlow: duration > 0 ? Double(vehicles) * 3600 / duration : 0,
            maxDensity: maxDensity, meanSpeed: seconds > 0 ? metres / seconds : .nan, maxQueue: maxQueue)
    }
}

extension SimulationResult {
    /// File name of the link map layer written by `write(to:network:crs:)`.
    public static let linkLayerFile = "links.gpkg"
    /// Layer name used by `writeLinkLayer`.
    public static let linkLayerName = "links"

    /// Columns of the link layer, in order.
    public static let linkLayerSchema: [FieldDefinition] = [
        FieldDefinition("link_id", .string), FieldDefinition("from", .string), FieldDefinition("to", .string),
        FieldDefinition("length_m", .real), FieldDefinition("lanes", .integer64),
        FieldDefinition("free_flow_speed_kmh", .real), FieldDefinition("capacity_vph", .real),
        FieldDefinition("vehicles", .integer64), FieldDefinition("mean_flow_vph", .real),
        FieldDefinition("max_density_vpkm", .real), FieldDefinition("mean_speed_kmh", .real),
        FieldDefinition("max_queue_veh", .real),
    ]

    /// One LineString feature per link (`Link.geometry`) with the link attributes and the run aggregates
    /// (`LinkTimeSeries.aggregate(link:)`); `mean_speed_kmh` is null for links no vehicle used. `extra`
    /// appends further columns per link index (declare them after `linkLayerSchema`, e.g. parking results).
    public static func linkFeatures(
        result: SimulationResult, network: Network, extra: ((Int) -> [(String, AttributeValue)])? = nil
    ) -> [Feature] {
        network.links.indices.map { i in
            let link = network.links[i]
            let a = result.linkSeries.aggregate(link: LinkID(i))
            return Feature(
                geometry: link.lineString,
                orderedAttributes: [
                    ("link_id", .string(link.id)), ("from", .string(network[link.from].id)),
                    ("to", .string(network[link.to].id)), ("length_m", .real(link.length)),
                    ("lanes", .integer(Int64(link.lanes))), ("free_flow_speed_kmh", .real(link.freeFlowSpeed * 3.6)),
                    ("capacity_vph", .real(link.capacity)), ("vehicles", .integer(Int64(a.vehicles))),
                    ("mean_flow_vph", .real(a.meanFlow)), ("max_density_vpkm", .real(a.maxDensity)),
                    ("mean_speed_kmh", a.meanSpeed.isFinite ? .real(a.meanSpeed * 3.6) : .null),
                    ("max_queue_veh", .real(a.maxQueue)),
                ] + (extra?(i) ?? []))
        }
    }

    /// Writes the link results as a map layer (`links`) to `path` — GeoPackage (`.gpkg`), GeoJSON
    /// (`.geojson`/`.json`) or FlatGeobuf (`.fgb`) by extension — atomically (GeoCore `writeVectorLayer`).
    /// `crs` is the network's coordinate system (link geometries are written as they are, not transformed).
    /// - Throws: `GDALError` (an existing file is then left untouched).
    public static func writeLinkLayer(
        result: SimulationResult, network: Network, path: String, crs: CoordinateReferenceSystem?
    ) throws(GDALError) {
        let features = linkFeatures(result: result, network: network)
        try writeVectorLayer(
            features, schema: linkLayerSchema, to: path, layerName: linkLayerName, crs: crs,
            geometryType: .lineString, style: linkLayerStyle(for: features))
    }

    /// Lower bounds (veh/h) of the flow classes of `linkLayerStyle`, with colour (yellow to dark red; grey for
    /// almost no traffic) and line width (mm). Fixed bounds rather than quantiles, so that the maps of two
    /// runs, e.g. a base and a measure opened side by side, use the same classes.
    static let flowClasses: [(lower: Double, colour: String, width: Double)] = [
        (0, "#bdbdbd", 0.3), (50, "#fed976", 0.5), (200, "#feb24c", 0.8), (500, "#fd8d3c", 1.2),
        (1000, "#e31a1c", 1.7), (1800, "#800026", 2.3),
    ]

    /// The default QGIS style of the link layer: `mean_flow_vph` in the ranges of `flowClasses`, busier links
    /// drawn wider and on top. The top range reaches the largest flow of `features`, so every link falls in a
    /// range.
    public static func linkLayerStyle(for features: [Feature]) -> QGISLayerStyle {
        let largest = features.compactMap { $0.attributes["mean_flow_vph"]?.doubleValue }.filter(\.isFinite).max() ?? 0
        let ranges = flowClasses.indices.map { i in
            let lower = flowClasses[i].lower
            let next = i + 1 < flowClasses.count ? flowClasses[i + 1].lower : nil
            let upper = next ?? max(largest.rounded(.up), lower + 1)
            let label = next.map { "\(NumberFormat.trimmed(lower, 0))–\(NumberFormat.trimmed($0, 0)) veh/h" }
                ?? "over \(NumberFormat.trimmed(lower, 0)) veh/h"
            return QMLStyle.Range(
                lower: lower, upper: upper, label: label,
                symbol: QMLStyle.Symbol(colour: flowClasses[i].colour, width: flowClasses[i].width, level: i))
        }
        let qml = QMLStyle(kind: .line, renderer: .graduated(attribute: "mean_flow_vph", ranges: ranges))
        return QGISLayerStyle(name: linkLayerName, qml: qml.document, description: "flowsim: mean flow per link")
    }

    /// Instance convenience for `writeLinkLayer(result:network:path:crs:)`.
    public func writeLinkLayer(network: Network, to path: String, crs: CoordinateReferenceSystem?) throws(GDALError) {
        try Self.writeLinkLayer(result: self, network: network, path: path, crs: crs)
    }
}

extension SimulationResult {
    /// `write(to:)` plus the link map layer `links.gpkg` (`writeLinkLayer`) in the same directory.
    ///
    /// The layer is written on a second thread (its own GDAL dataset and GEOS context) while the other files
    /// are built and written, each file atomically as before. Errors of `write(to:)` are thrown first, then
    /// the layer's; a failure of one part no longer keeps the other from being written (complete, not half).
    @discardableResult
    public func write(to directory: URL, network: Network, crs: CoordinateReferenceSystem?) throws -> [URL] {
        let set = try OutputSet(directory: directory, marker: OutputFile.summary)
        let url = directory.appendingPathComponent(Self.linkLayerFile)
        let urls = try writeFilesAndLayer(
            files: { try writeFilesAtomically(try outputFiles(), to: directory) },
            layer: { () throws(GDALError) in try writeLinkLayer(network: network, to: url.path, crs: crs) },
            layerURL: url)
        // The summary last: a folder with it holds a complete set.
        return [try set.finish(try summaryJSON())] + urls
    }
}

/// Runs `layer` (a map layer, its own GDAL dataset and GEOS context) on a second thread while `files` writes
/// the other outputs, and returns the files' URLs followed by `layerURL`. Errors of `files` are thrown first,
/// then the layer's; a failure of one part does not keep the other from being written (each file complete or
/// not at all).
func writeFilesAndLayer(
    files: @Sendable () throws -> [URL], layer: @Sendable () throws(GDALError) -> Void, layerURL: URL
) throws -> [URL] {
    let filesOutcome = Mutex<Result<[URL], any Error>?>(nil)
    let layerOutcome = Mutex<Result<Void, GDALError>?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
        if part == 0 {
            let outcome = Result { () throws(GDALError) in try layer() }
            layerOutcome.withLock { $0 = outcome }
        } else {
            let outcome = Result { try files() }
            filesOutcome.withLock { $0 = outcome }
        }
    }
    var urls = try filesOutcome.withLock { $0! }.get()
    try layerOutcome.withLock { $0! }.get()
    urls.append(layerURL)
    return urls
}
