import Foundation
import GeoCore
import Support
import TrafficCore

extension ParkingResult {
    /// File names written by `write(to:network:crs:)` besides the simulation outputs.
    public enum OutputFile {
        public static let summary = "parking_summary.json"
        public static let vehicles = "parking_vehicles.csv"
        public static let occupancy = "parking_occupancy.csv"
        /// The link layer with the parking columns (`linkLayerSchema`), replacing `links.gpkg`.
        public static let linkLayer = "links.gpkg"
    }

    /// Columns of the link map layer: the simulation's (`SimulationResult.linkLayerSchema`) and then
    /// `parking_spaces` (on-street, all categories), `mean_occupancy` (time mean, share; null without
    /// spaces), `search_vkm`, `search_vh` (search traffic on the link).
    public static let linkLayerSchema: [FieldDefinition] =
        SimulationResult.linkLayerSchema + [
            FieldDefinition("parking_spaces", .integer64), FieldDefinition("mean_occupancy", .real),
            FieldDefinition("search_vkm", .real), FieldDefinition("search_vh", .real),
        ]

    public func summaryJSON() throws -> Data {
        return try stableJSONEncoder().encode(summary)
    }

    /// One row per parking trip; times in s, distances in m; empty fields where not applicable.
    public func vehiclesCSV() -> String {
        var text = "id,driver_class,destination,equipped,outcome,facility,category,parked_link,first_reach_s,"
        text += "park_time_s,search_time_s,search_distance_m,diverted,route_changes,walk_distance_m\n"
        func number(_ value: Double?, _ decimals: Int = 1) -> String {
            value.map { NumberFormat.fixed($0, decimals) } ?? ""
        }
        for r in vehicles {
            let fields = [
                csvField(r.id), r.driverClass.rawValue, csvField(r.destination), r.equipped ? "1" : "0",
                r.outcome.rawValue, csvField(r.facility ?? ""), r.category?.rawValue ?? "",
                csvField(r.parkedLink ?? ""),
                number(r.firstReach), number(r.parkTime), number(r.searchTime), number(r.searchDistance),
                r.diverted ? "1" : "0", String(r.routeChanges), number(r.walkDistance),
            ]
            text += fields.joined(separator: ",") + "\n"
        }
        return text
    }

    /// Long format: one row per facility and time of `occupancyTimes`.
    public func occupancyCSV() -> String {
        var text = "time_s,facility,category,car_park,link,capacity,occupied,occupancy\n"
        for (k, time) in occupancyTimes.enumerated() {
            for f in occupancy {
                let share = f.capacity > 0 ? Double(f.occupied[k]) / Double(f.capacity) : .nan
                text += "\(NumberFormat.fixed(time, 1)),\(csvField(f.id)),\(f.category?.rawValue ?? ""),"
                text +=
                    "\(f.isCarPark ? 1 : 0),\(csvField(f.link)),\(f.capacity),\(f.occupied[k]),\(NumberFormat.fixed(share, 3))\n"
            }
        }
        return text
    }

    /// The link features of `SimulationResult.linkFeatures` with the parking columns of `linkLayerSchema`.
    public func linkFeatures(network: Network) -> [Feature] {
        SimulationResult.linkFeatures(result: simulation, network: network) { l in
            let p = links[l]
            return [
                ("parking_spaces", .integer(Int64(p.capacity))),
                ("mean_occupancy", p.meanOccupancy.isFinite ? .real(p.meanOccupancy) : .null),
                ("search_vkm", .real(p.searchVehicleMetres / 1000)),
                ("search_vh", .real(p.searchVehicleSeconds / 3600)),
            ]
        }
    }

    /// Writes the simulation outputs (`SimulationResult.write(to:)`), the parking files and the link layer
    /// with parking columns into `directory`. Every file is written to a temporary file and renamed
    /// (`Support.writeAtomically`, GeoCore `writeVectorLayer`), so a failure never leaves a
    /// half-written file over a good one. The link layer is written on a second thread while the other files
    /// are built (as `SimulationResult.write(to:network:crs:)`); the files' errors are thrown first.
    @discardableResult
    public func write(to directory: URL, network: Network, crs: CoordinateReferenceSystem?) throws -> [URL] {
        // The simulation's summary.json is written last, after the parking files and the layer: a folder with it
        // holds a complete set.
        let set = try OutputSet(directory: directory, marker: SimulationResult.OutputFile.summary)
        let layer = directory.appendingPathComponent(OutputFile.linkLayer)
        let urls = try writeFilesAndLayer(
            files: {
                try writeFilesAtomically(
                    try simulation.outputFiles() + [
                        (OutputFile.summary, try summaryJSON()),
                        (OutputFile.vehicles, Data(vehiclesCSV().utf8)),
                        (OutputFile.occupancy, Data(occupancyCSV().utf8)),
                    ], to: directory)
            },
            layer: { () throws(GDALError) in
                let features = linkFeatures(network: network)
                try writeVectorLayer(
                    features, schema: Self.linkLayerSchema, to: layer.path, layerName: SimulationResult.linkLayerName,
                    crs: crs, geometryType: .lineString, style: SimulationResult.linkLayerStyle(for: features))
            },
            layerURL: layer)
        return [try set.finish(try simulation.summaryJSON())] + urls
    }
}
