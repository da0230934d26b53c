import Foundation
import GeoCore
import Support
import TrafficCore

extension ODCalibrationResult {
    /// The files `write(to:network:crs:)` writes.
    public enum OutputFile {
        /// Written last: a folder with it holds a complete set.
        public static let summary = "calibration.json"
        public static let routes = "calibrated.rou.xml"
        public static let od = "calibrated-od.csv"
        public static let geh = "geh.csv"
        public static let gehPlot = "geh.svg"
        public static let residuals = "residuals.gpkg"
        public static let residualsLayer = "residuals"
    }

    /// Writes the outputs into `directory`: `calibrated.rou.xml`, `calibrated-od.csv`, `geh.csv`, `geh.svg`,
    /// `residuals.gpkg` (on a second thread, its own GDAL dataset) and, last, `calibration.json`. Each file is
    /// written atomically; `calibration.json` is removed first, so a folder without it holds no complete set.
    /// - Parameter vehicleTypes: the prior's type definitions (`SUMODemand.vehicleTypeDefinitions`), copied into
    ///   `calibrated.rou.xml` ahead of the vehicles that name them.
    @discardableResult
    public func write(
        to directory: URL, network: Network, crs: CoordinateReferenceSystem?, vehicleTypes: [String] = []
    ) throws -> [URL] {
        let set = try OutputSet(directory: directory, marker: OutputFile.summary)
        let url = directory.appendingPathComponent(OutputFile.residuals)
        let files: [(name: String, data: Data)] = [
            (OutputFile.routes, Data(routesXML(network: network, vehicleTypes: vehicleTypes).utf8)),
            (OutputFile.od, Data(odCSV(network: network).utf8)),
            (OutputFile.geh, Data(fit.csvText().utf8)),
            (OutputFile.gehPlot, Data(gehSVG().utf8)),
        ]
        let features = residualFeatures(network: network)
        let urls = try writeFilesAndLayer(
            files: { try writeFilesAtomically(files, to: directory) },
            layer: { () throws(GDALError) in
                try writeVectorLayer(
                    features, schema: Self.residualSchema, to: url.path, layerName: OutputFile.residualsLayer,
                    crs: crs, geometryType: .lineString)
            },
            layerURL: url)
        return urls + [try set.finish(try stableJSONEncoder().encode(Summary(self)))]
    }

    /// Decimals of the departure times in `routesXML`.
    static let departureDecimals = 2

    /// `departure` as `routesXML` writes it and a reader gets it back: rounded to `departureDecimals`.
    static func writtenDeparture(_ departure: Double) -> Double {
        let scale = pow(10, Double(departureDecimals))
        return (departure * scale).rounded() / scale
    }

    /// The calibrated trips as a SUMO route file, in departure order (as `sumo` needs them): each vehicle with
    /// its route (`<vehicle><route edges/></vehicle>`), a trip without a route as `<trip from to/>`, each with
    /// its `type` when it has one and its `departLane` when it is not `best`; `vehicleTypes` (type definitions
    /// as XML) come first.
    public func routesXML(network: Network, vehicleTypes: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<!-- flowsim calibrate: \(trips.count) vehicles, \(iterations.count) iterations -->\n<routes>\n"
        for definition in vehicleTypes { xml += "    " + definition + "\n" }
        for trip in trips {
            let id = SVGFormat.escaped(trip.id)
            let depart = NumberFormat.fixed(trip.departure, Self.departureDecimals)
            var attributes = trip.vehicleType.map { " type=\"\(SVGFormat.escaped($0))\"" } ?? ""
            // SUMO's departLane as read (`SUMODemandImporter.departLane`); `best` is flowsim's default.
            if trip.departLane != .best { attributes += " departLane=\"\(trip.departLane.rawValue)\"" }
            if let route = trip.route {
                let edges = route.map { SVGFormat.escaped(network[$0].id) }.joined(separator: " ")
                xml += "    <vehicle id=\"\(id)\"\(attributes) depart=\"\(depart)\">\n        <route edges=\"\(edges)\"/>\n    </vehicle>\n"
            } else {
                xml += "    <trip id=\"\(id)\"\(attributes) depart=\"\(depart)\" from=\"\(SVGFormat.escaped(network[trip.origin].id))\" "
                xml += "to=\"\(SVGFormat.escaped(network[trip.destination].id))\"/>\n"
            }
        }
        return xml + "</routes>\n"
    }

    /// The calibrated demand per OD pair (links) and departure slice, as a long-form OD CSV that `--prior`
    /// and scenario `od_matrices` read again (`origin,destination,vehicles,begin_s,end_s`), plus the prior's
    /// vehicles of the cell in `prior_vehicles`; vehicles with 3 decimals.
    public func odCSV(network: Network) -> String {
        var text = "origin,destination,vehicles,begin_s,end_s,prior_vehicles\n"
        for cell in cells {
            text += csvField(network[cell.origin].id) + "," + csvField(network[cell.destination].id) + ","
            text += NumberFormat.fixed(cell.vehicles, 3) + "," + exactText(cell.begin) + "," + exactText(cell.end) + ","
            text += NumberFormat.fixed(cell.prior, 3) + "\n"
        }
        return text
    }

    /// Observed against simulated flow (veh/h) per count and slice, with the line M = C and the bands
    /// GEH = 5 and GEH = 10 around it (M = C + (g² ± √(g⁴ + 16 g² C)) / 4, the solutions of GEH(M, C) = g).
    public func gehSVG() -> String {
        let points = fit.rows.map { (x: $0.observed, y: $0.simulated) }
        let largest = max(1, points.map { max($0.x, $0.y) }.max() ?? 1)
        let steps = (0...100).map { largest * 1.25 * Double($0) / 100 }
        func band(_ g: Double, _ sign: Double) -> [(x: Double, y: Double)] {
            steps.map { c in (x: c, y: max(0, c + (g * g + sign * (g * g * g * g + 16 * g * g * c).squareRoot()) / 4)) }
        }
        let overlays: [SVGChart.Overlay] = [
            .init(points: steps.map { (x: $0, y: $0) }, colour: "#333333", dashed: false, label: "M = C"),
            .init(points: band(5, 1), colour: "#2ca02c", dashed: true, label: "GEH 5"),
            .init(points: band(5, -1), colour: "#2ca02c", dashed: true, label: nil),
            .init(points: band(10, 1), colour: "#ff7f0e", dashed: true, label: "GEH 10"),
            .init(points: band(10, -1), colour: "#ff7f0e", dashed: true, label: nil),
        ]
        let share = fit.share(gehBelow: 5).map { " — \(NumberFormat.fixed($0 * 100, 1)) % below GEH 5" } ?? ""
        return SVGChart(
            title: "Counts against the calibrated simulation\(share)", xLabel: "observed flow C (veh/h)",
            yLabel: "simulated flow M (veh/h)"
        ).render(points, style: .points, overlays: overlays, axisMaximum: largest * 1.05)
    }

    static let residualSchema: [FieldDefinition] = [
        FieldDefinition("station", .string), FieldDefinition("link_id", .string), FieldDefinition("to_link", .string),
        FieldDefinition("intervals", .integer64), FieldDefinition("observed_vph", .real),
        FieldDefinition("simulated_vph", .real), FieldDefinition("geh", .real), FieldDefinition("residual_vph", .real),
        FieldDefinition("max_geh", .real),
    ]

    /// One line per counted station and target (a turn drawn on its from-link): the mean observed and simulated
    /// flow over its slices, the GEH of those means, residual = simulated − observed, and the worst slice's GEH.
    func residualFeatures(network: Network) -> [Feature] {
        var order: [Int] = []
        var groups: [String: [Int]] = [:]
        for (i, row) in fit.rows.enumerated() {
            let key = row.station + "\u{1F}" + row.target.description
            if groups[key] == nil { order.append(i) }
            groups[key, default: []].append(i)
        }
        return order.compactMap { first in
            let row = fit.rows[first]
            let members = groups[row.station + "\u{1F}" + row.target.description]!
            let linkName: String
            var toLink = ""
            switch row.target {
            case .link(let link): linkName = link
            case .turn(let from, let to):
                linkName = from
                toLink = to
            }
            guard let link = network.link(named: linkName) else { return nil }
            let observed = members.reduce(0) { $0 + fit.rows[$1].observed } / Double(members.count)
            let simulated = members.reduce(0) { $0 + fit.rows[$1].simulated } / Double(members.count)
            return Feature(
                geometry: network[link].lineString,
                orderedAttributes: [
                    ("station", .string(row.station)), ("link_id", .string(linkName)), ("to_link", .string(toLink)),
                    ("intervals", .integer(Int64(members.count))), ("observed_vph", .real(observed)),
                    ("simulated_vph", .real(simulated)),
                    ("geh", .real(CountFit.geh(simulated: simulated, observed: observed))),
                    ("residual_vph", .real(simulated - observed)),
                    ("max_geh", .real(members.map { fit.rows[$0].geh }.max() ?? 0)),
                ])
        }
    }
}

/// `calibration.json`: the fit, each iteration's gap and fit, and which counts were used.
private struct Summary: Encodable {
    struct Iteration: Encodable {
        var iteration: Int
        var relativeGap: Double?
        var gehShareBelow5: Double?
        var rSquared: Double?
        var meanAbsError: Double?
        var vehicles: Int
        var kept: Bool
        var searchedCells: Int
        var gridlock: Bool

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(iteration, forKey: .iteration)
            try c.encode(relativeGap, forKey: .relativeGap)
            try c.encode(gehShareBelow5, forKey: .gehShareBelow5)
            try c.encode(rSquared, forKey: .rSquared)
            try c.encode(meanAbsError, forKey: .meanAbsError)
            try c.encode(vehicles, forKey: .vehicles)
            try c.encode(kept, forKey: .kept)
            try c.encode(searchedCells, forKey: .searchedCells)
            try c.encode(gridlock, forKey: .gridlock)
        }
    }

    struct Count: Encodable {
        var station: String
        var target: String
        var begin: Double
        var end: Double
        var reason: String
    }

    var result: ODCalibrationResult

    init(_ result: ODCalibrationResult) { self.result = result }

    enum Key: String, CodingKey {
        case gehShareBelow5 = "geh_share_below_5", rSquared = "r_squared", meanAbsError = "mean_abs_error"
        case meetsGEHCriterion = "meets_geh_criterion", iterations, iteration, relativeGap = "relative_gap"
        case vehicles, kept, resultIteration = "result_iteration", searchedCells = "searched_cells"
        case vehiclesPrior = "vehicles_prior", vehiclesCalibrated = "vehicles_calibrated"
        case intervalSeconds = "interval_s", countsUsed = "counts_used", countsUnplaced = "counts_unplaced"
        case countsNotReached = "counts_not_reached", odCells = "od_cells", odCellsChanged = "od_cells_changed"
        case unroutableTrips = "unroutable_trips", gridlock
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(result.fit.share(gehBelow: 5), forKey: .gehShareBelow5)
        try c.encode(result.fit.rSquared, forKey: .rSquared)
        try c.encode(result.fit.meanAbsoluteError, forKey: .meanAbsError)
        try c.encode(result.fit.meetsGEHCriterion(), forKey: .meetsGEHCriterion)
        try c.encode(
            result.iterations.map {
                Iteration(
                    iteration: $0.number, relativeGap: $0.relativeGap, gehShareBelow5: $0.gehShareBelow5,
                    rSquared: $0.rSquared, meanAbsError: $0.meanAbsoluteError, vehicles: $0.vehicles, kept: $0.kept,
                    searchedCells: $0.searchedCells, gridlock: $0.gridlock)
            }, forKey: .iterations)
        try c.encode(result.resultIteration, forKey: .resultIteration)
        try c.encode(result.cells.reduce(0) { $0 + $1.prior }, forKey: .vehiclesPrior)
        try c.encode(result.trips.count, forKey: .vehiclesCalibrated)
        try c.encode(result.counts.interval, forKey: .intervalSeconds)
        try c.encode(result.counts.counts.counts.count, forKey: .countsUsed)
        try c.encode(
            result.counts.incomplete.map {
                Count(
                    station: $0.station, target: $0.target.description, begin: $0.begin, end: $0.end,
                    reason: "counts cover \(exactText($0.coveredSeconds)) of \(exactText($0.end - $0.begin)) s "
                        + "(\($0.location))")
            }, forKey: .countsUnplaced)
        try c.encode(
            result.countsNotReached.map { i in
                let count = result.counts.counts.counts[i]
                return Count(
                    station: count.station, target: count.target.description, begin: count.begin, end: count.end,
                    reason: "no route of the demand crosses it")
            }, forKey: .countsNotReached)
        try c.encode(result.cells.count, forKey: .odCells)
        try c.encode(result.cells.count { $0.vehicles != $0.prior }, forKey: .odCellsChanged)
        try c.encode(result.simulation.unroutableTripIDs.count, forKey: .unroutableTrips)
        try c.encode(result.simulation.gridlock.map { "\($0)" }, forKey: .gridlock)
    }
}
