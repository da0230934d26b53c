import Foundation
import GeoCore
import Support
import TrafficCore

/// One point of the search-time curve: a run with every facility's initial occupancy at `occupancy`.
public struct ParkingCurvePoint: Sendable, Hashable {
    public var occupancy: Double
    public var meanSearchTime: Double
    public var p90SearchTime: Double
    public var searchShareOfVehicleKm: Double
}

extension ParkingScenario {
    /// Initial occupancies of the default search-time curve (dense near saturation, where it bends).
    public static let curveLevels = [0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0]

    /// The scenario with guidance set to `guidance` (everything else unchanged, same seed).
    public func with(guidance: ParkingGuidance) -> ParkingScenario {
        var copy = self
        copy.configuration.guidance = guidance
        return copy
    }

    /// Search time against occupancy: one run per level, every facility starting at that share of its
    /// capacity (per-facility initial values and sensor data are replaced), guidance as configured.
    public func occupancyCurve(levels: [Double] = curveLevels) throws(ParkingError) -> [ParkingCurvePoint] {
        var points: [ParkingCurvePoint] = []
        for level in levels {
            var copy = self
            copy.configuration.initialOccupancy = level
            copy.configuration.initialOccupancyByFacility = [:]
            let s = try copy.simulation().run().summary
            points.append(
                ParkingCurvePoint(
                    occupancy: level, meanSearchTime: s.meanSearchTime, p90SearchTime: s.p90SearchTime,
                    searchShareOfVehicleKm: s.searchShareOfVehicleKm))
        }
        return points
    }
}

/// Tables and plots comparing parking runs.
public enum ParkingReport {
    /// Rows (metric, without guidance, with guidance) of the comparison.
    static func rows(_ a: ParkingSummary, _ b: ParkingSummary) -> [(String, Double, Double)] {
        [
            ("parked_on_street", Double(a.parkedOnStreet), Double(b.parkedOnStreet)),
            ("parked_car_park", Double(a.parkedInCarPark), Double(b.parkedInCarPark)),
            ("still_searching", Double(a.stillSearching), Double(b.stillSearching)),
            ("diverted", Double(a.diverted), Double(b.diverted)),
            ("route_changes", Double(a.routeChanges), Double(b.routeChanges)),
            ("mean_search_time_s", a.meanSearchTime, b.meanSearchTime),
            ("p50_search_time_s", a.p50SearchTime, b.p50SearchTime),
            ("p90_search_time_s", a.p90SearchTime, b.p90SearchTime),
            ("mean_search_distance_m", a.meanSearchDistance, b.meanSearchDistance),
            ("search_vehicle_km", a.searchVehicleKm, b.searchVehicleKm),
            ("search_share_vehicle_km", a.searchShareOfVehicleKm, b.searchShareOfVehicleKm),
            ("search_vehicle_hours", a.searchVehicleHours, b.searchVehicleHours),
            ("search_share_vehicle_hours", a.searchShareOfVehicleHours, b.searchShareOfVehicleHours),
        ]
    }

    /// CSV `metric,no_guidance,guidance,change_percent` (change empty when the baseline is 0).
    public static func comparisonCSV(withoutGuidance a: ParkingSummary, withGuidance b: ParkingSummary) -> String {
        var text = "metric,no_guidance,guidance,change_percent\n"
        for (name, x, y) in rows(a, b) {
            let change = x != 0 ? NumberFormat.fixed((y - x) / abs(x) * 100, 1) : ""
            text += "\(name),\(NumberFormat.fixed(x, 3)),\(NumberFormat.fixed(y, 3)),\(change)\n"
        }
        return text
    }

    /// The comparison as an aligned text table for the terminal.
    public static func comparisonTable(withoutGuidance a: ParkingSummary, withGuidance b: ParkingSummary) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func left(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var text = pad("metric", 28) + left("no guidance", 13) + left("guidance", 13) + left("change", 10) + "\n"
        for (name, x, y) in rows(a, b) {
            let change = x != 0 ? NumberFormat.fixed((y - x) / abs(x) * 100, 1) + " %" : ""
            text += pad(name, 28) + left(NumberFormat.fixed(x, 2), 13) + left(NumberFormat.fixed(y, 2), 13)
            text += left(change, 10) + "\n"
        }
        return text
    }

    /// CSV `initial_occupancy,mean_search_time_s,p90_search_time_s,search_share_vehicle_km`.
    public static func curveCSV(_ points: [ParkingCurvePoint]) -> String {
        var text = "initial_occupancy,mean_search_time_s,p90_search_time_s,search_share_vehicle_km\n"
        for p in points {
            text += "\(NumberFormat.fixed(p.occupancy, 3)),\(NumberFormat.fixed(p.meanSearchTime, 1)),"
            text += "\(NumberFormat.fixed(p.p90SearchTime, 1)),\(NumberFormat.fixed(p.searchShareOfVehicleKm, 4))\n"
        }
        return text
    }

    /// Mean search time (min) against initial occupancy (%), one polyline through the runs.
    public static func curveSVG(_ points: [ParkingCurvePoint], title: String = "Search time against occupancy")
        -> String
    {
        SVGChart(title: title, xLabel: "initial occupancy (%)", yLabel: "mean search time (min)")
            .render(points.map { (x: $0.occupancy * 100, y: $0.meanSearchTime / 60) }, style: .line)
    }
}

/// A parking study: the main run, optionally the comparison without/with guidance and the search-time
/// curve. Write it with `write(to:network:crs:)`.
public struct ParkingStudyResult: Sendable {
    public var main: ParkingResult
    /// Summaries without and with guidance (same seed and demand); one of them is `main`'s.
    public var comparison: (withoutGuidance: ParkingSummary, withGuidance: ParkingSummary)?
    public var curve: [ParkingCurvePoint]?
    /// Sensor forecast (`SensorOccupancy.forecastCSV`) to write as `parking_forecast.csv`, if any.
    public var forecastCSV: String?

    public enum OutputFile {
        public static let forecast = "parking_forecast.csv"
        public static let comparison = "parking_comparison.csv"
        public static let curve = "search_time_curve.csv"
        public static let curvePlot = "search_time_curve.svg"
    }

    /// The main run's files (`ParkingResult.write`) plus comparison and curve, each written atomically.
    @discardableResult
    public func write(to directory: URL, network: Network, crs: CoordinateReferenceSystem?) throws -> [URL] {
        var urls = try main.write(to: directory, network: network, crs: crs)
        var files: [(String, String)] = []
        if let comparison {
            files.append(
                (
                    OutputFile.comparison,
                    ParkingReport.comparisonCSV(
                        withoutGuidance: comparison.withoutGuidance, withGuidance: comparison.withGuidance)
                ))
        }
        if let forecastCSV { files.append((OutputFile.forecast, forecastCSV)) }
        if let curve {
            files.append((OutputFile.curve, ParkingReport.curveCSV(curve)))
            files.append((OutputFile.curvePlot, ParkingReport.curveSVG(curve)))
        }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try writeAtomically(Data(text.utf8), to: url.path)
            urls.append(url)
        }
        return urls
    }
}

extension ParkingScenario {
    /// Runs the study: the scenario as configured; with `compare`, also with the other guidance mode;
    /// with `curve`, the search-time curve without guidance (`occupancyCurve`).
    public func study(compare: Bool, curve: Bool) throws(ParkingError) -> ParkingStudyResult {
        let main = try simulation().run()
        var comparison: (ParkingSummary, ParkingSummary)? = nil
        if compare {
            let otherMode: ParkingGuidance = configuration.guidance == .none ? .sensors : .none
            let other = try with(guidance: otherMode).simulation().run().summary
            comparison = configuration.guidance == .none ? (main.summary, other) : (other, main.summary)
        }
        let points = curve ? try with(guidance: .none).occupancyCurve() : nil
        return ParkingStudyResult(main: main, comparison: comparison, curve: points, forecastCSV: nil)
    }
}
