import Foundation
import GeoCore
import Support

extension RunComparison {
    /// Files of `write(to:)`.
    public enum OutputFile {
        /// Labels, folders, figures with spread and verdict, counts; written last (the completion marker).
        public static let summary = "comparison.json"
        public static let figures = "network_figures.csv"
        public static let links = "link_differences.csv"
        public static let linkLayer = "link_differences.gpkg"
        public static let map = "difference_map.svg"
        public static let diverted = "diverted_trips.csv"
        public static let html = "summary.html"
    }

    /// Layer name in `link_differences.gpkg`.
    public static let linkLayerName = "link_differences"

    /// Writes the comparison into `directory`, each file atomically; `comparison.json` is removed first and
    /// written last, so a folder without it holds no complete comparison.
    @discardableResult
    public func write(to directory: URL) throws -> [URL] {
        let set = try OutputSet(directory: directory, marker: OutputFile.summary)
        let map = differenceMapSVG()
        var urls = try writeFilesAtomically(
            [
                (OutputFile.figures, Data(figuresCSV().utf8)), (OutputFile.links, Data(linksCSV().utf8)),
                (OutputFile.diverted, Data(divertedCSV().utf8)), (OutputFile.map, Data(map.utf8)),
                (OutputFile.html, Data(html(map: map).utf8)),
            ], to: directory)
        let layer = directory.appendingPathComponent(OutputFile.linkLayer)
        try writeVectorLayer(
            linkFeatures(), schema: Self.linkLayerSchema, to: layer.path, layerName: Self.linkLayerName, crs: crs,
            geometryType: .lineString, style: Self.linkLayerStyle)
        urls.append(layer)
        return [try set.finish(try summaryJSON())] + urls
    }

    // MARK: Tables

    /// `NumberFormat.fixed` (locale-independent; empty for NaN and infinities), empty for nil.
    static func format(_ value: Double?, _ digits: Int = 2) -> String {
        value.map { NumberFormat.fixed($0, digits) } ?? ""
    }

    public func figuresCSV() -> String {
        var out = "figure,unit,base_mean,base_sd,base_runs,measure_mean,measure_sd,measure_runs,difference,"
            + "difference_pct,noise_2se,verdict\n"
        for f in figures {
            out += [
                f.name, f.unit, Self.format(f.base.mean), Self.format(f.base.standardDeviation), String(f.base.runs),
                Self.format(f.measure.mean), Self.format(f.measure.standardDeviation), String(f.measure.runs),
                Self.format(f.difference), Self.format(f.differencePercent), Self.format(f.noise), f.verdict.rawValue,
            ].map { csvField($0) }.joined(separator: ",") + "\n"
        }
        return out
    }

    static let linkColumns = [
        "link_id", "length_m", "base_flow_vph", "measure_flow_vph", "flow_change_vph", "flow_change_pct",
        "base_speed_kmh", "measure_speed_kmh", "speed_change_kmh", "base_max_queue_veh", "measure_max_queue_veh",
        "queue_change_veh",
    ]

    public func linksCSV() -> String {
        var out = Self.linkColumns.joined(separator: ",") + "\n"
        for l in links {
            out += [
                csvField(l.id), Self.format((l.measure ?? l.base)?.lengthMetres, 1), Self.format(l.base?.meanFlow, 1),
                Self.format(l.measure?.meanFlow, 1), Self.format(l.flowChange, 1), Self.format(l.flowChangePercent, 1),
                Self.format(l.base?.meanSpeed, 1), Self.format(l.measure?.meanSpeed, 1), Self.format(l.speedChange, 1),
                Self.format(l.base?.maxQueue, 1), Self.format(l.measure?.maxQueue, 1), Self.format(l.queueChange, 1),
            ].joined(separator: ",") + "\n"
        }
        return out
    }

    public func divertedCSV() -> String {
        var out = "runs,id,base_route_m,measure_route_m,base_duration_s,measure_duration_s\n"
        for d in diverted {
            out += [
                csvField(d.runs), csvField(d.id), Self.format(d.baseRouteLength, 1),
                Self.format(d.measureRouteLength, 1), Self.format(d.baseDuration, 1), Self.format(d.measureDuration, 1),
            ].joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: Map layer

    static let linkLayerSchema: [FieldDefinition] = [
        FieldDefinition("link_id", .string), FieldDefinition("length_m", .real),
        FieldDefinition("base_flow_vph", .real), FieldDefinition("measure_flow_vph", .real),
        FieldDefinition("flow_change_vph", .real), FieldDefinition("flow_change_pct", .real),
        FieldDefinition("base_speed_kmh", .real), FieldDefinition("measure_speed_kmh", .real),
        FieldDefinition("speed_change_kmh", .real), FieldDefinition("queue_change_veh", .real),
        FieldDefinition("change_class", .string),
    ]

    func linkFeatures() -> [Feature] {
        func real(_ v: Double?) -> AttributeValue { v.map { $0.isFinite ? .real($0) : .null } ?? .null }
        return links.map { l in
            Feature(
                geometry: l.geometry,
                orderedAttributes: [
                    ("link_id", .string(l.id)), ("length_m", real((l.measure ?? l.base)?.lengthMetres)),
                    ("base_flow_vph", real(l.base?.meanFlow)), ("measure_flow_vph", real(l.measure?.meanFlow)),
                    ("flow_change_vph", .real(l.flowChange)), ("flow_change_pct", real(l.flowChangePercent)),
                    ("base_speed_kmh", real(l.base?.meanSpeed)), ("measure_speed_kmh", real(l.measure?.meanSpeed)),
                    ("speed_change_kmh", real(l.speedChange)), ("queue_change_veh", .real(l.queueChange)),
                    ("change_class", .string(Self.changeClass(of: l).label)),
                ])
        }
    }

    /// Classes of the flow change, for the map and the layer's `change_class`: ±5 % (or ±10 veh/h) counts as
    /// unchanged; a link that gained traffic from none is in the top class, one that lost all in the bottom.
    public struct ChangeClass: Sendable, Hashable {
        public var label: String
        public var colour: String
        public var width: Double
    }

    public static let changeClasses = [
        ChangeClass(label: "more than +20 %", colour: "#b2182b", width: 4),
        ChangeClass(label: "+5 to +20 %", colour: "#ef8a62", width: 2.5),
        ChangeClass(label: "within ±5 %", colour: "#bdbdbd", width: 1),
        ChangeClass(label: "−5 to −20 %", colour: "#67a9cf", width: 2.5),
        ChangeClass(label: "less than −20 %", colour: "#2166ac", width: 4),
    ]

    /// Indices into `changeClasses` in drawing order: the unchanged links at the bottom, the largest changes on top.
    static let changeClassDrawingOrder = [2, 1, 3, 0, 4]

    /// The default QGIS style of `link_differences.gpkg`: categories of `change_class` with the colours of the
    /// difference map, line widths from its stroke widths (SVG pixels × 0.4 mm) and its drawing order.
    public static var linkLayerStyle: QGISLayerStyle {
        let categories = changeClasses.enumerated().map { index, c in
            QMLStyle.Category(
                value: c.label,
                symbol: QMLStyle.Symbol(
                    colour: c.colour, width: c.width * 0.4, level: changeClassDrawingOrder.firstIndex(of: index) ?? 0))
        }
        let qml = QMLStyle(kind: .line, renderer: .categorized(attribute: "change_class", categories: categories))
        return QGISLayerStyle(
            name: linkLayerName, qml: qml.document,
            description: "flowsim compare: change of link flow (±10 veh/h or ±5 % counts as unchanged)")
    }

    public static func changeClass(of link: LinkDifference) -> ChangeClass {
        let change = link.flowChange
        guard abs(change) >= 10 else { return changeClasses[2] }
        let percent = link.flowChangePercent ?? (change > 0 ? 100 : -100)
        switch percent {
        case 20...: return changeClasses[0]
        case 5..<20: return changeClasses[1]
        case -20 ..< -5: return changeClasses[3]
        case ..<(-20): return changeClasses[4]
        default: return changeClasses[2]
        }
    }

    public func differenceMapSVG() -> String {
        let layers = Self.changeClasses.enumerated().map { index, c in
            MapLayer(
                name: "flow \(c.label)", style: MapStyle(stroke: c.colour, strokeWidth: c.width),
                geometries: links.filter { Self.changeClass(of: $0) == c }.compactMap(\.geometry))
        }
        return SVGMapRenderer(legendTitle: "Flow change").render(
            layers: Self.changeClassDrawingOrder.map { layers[$0] }, title: "\(measureLabel) against \(baseLabel): change of link flow",
            subtitle: "mean over \(measureFolders.count) and \(baseFolders.count) run(s); ±10 veh/h or ±5 % counts as unchanged",
            crsLabel: crs?.description ?? "no CRS")
    }

    // MARK: Summary

    public func summaryJSON() throws -> Data {
        struct FigureRecord: Encodable {
            var figure: String, unit: String
            var base_mean: Double, base_sd: Double, base_runs: Int
            var measure_mean: Double, measure_sd: Double, measure_runs: Int
            var difference: Double, difference_pct: Double?, noise_2se: Double?, verdict: String
        }
        struct Record: Encodable {
            var base_label: String, measure_label: String
            var base_runs: [String], measure_runs: [String]
            var base_measures: [String], measure_measures: [String]
            var figures: [FigureRecord]
            var links_compared: Int, links_changed: Int
            var trips_compared_for_diversion: Int, trips_diverted: Int
        }
        let record = Record(
            base_label: baseLabel, measure_label: measureLabel, base_runs: baseFolders, measure_runs: measureFolders,
            base_measures: baseMeasures, measure_measures: measureMeasures,
            figures: figures.map { f in
                FigureRecord(
                    figure: f.name, unit: f.unit, base_mean: f.base.mean, base_sd: f.base.standardDeviation,
                    base_runs: f.base.runs, measure_mean: f.measure.mean, measure_sd: f.measure.standardDeviation,
                    measure_runs: f.measure.runs, difference: f.difference, difference_pct: f.differencePercent,
                    noise_2se: f.noise, verdict: f.verdict.rawValue)
            },
            links_compared: links.count, links_changed: links.filter { Self.changeClass(of: $0) != Self.changeClasses[2] }.count,
            trips_compared_for_diversion: tripsCompared, trips_diverted: diverted.count)
        let encoder = stableJSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(record)
    }

    /// A one-page HTML summary a traffic engineer can attach to a decision: figures with spread and verdict,
    /// the map, the links that changed most and the diverted trips.
    public func html(map: String) -> String {
        let e = SVGFormat.escaped
        var h = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>\(e(measureLabel)) / \(e(baseLabel))</title>\n"
        h += "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse}"
        h += "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
        h += ".noise{color:#777}</style></head><body>\n"
        h += "<h1>\(e(measureLabel)) against \(e(baseLabel))</h1>\n"
        h += "<p>Base: \(baseFolders.map { e($0) }.joined(separator: ", "))<br>Measure: \(measureFolders.map { e($0) }.joined(separator: ", "))</p>\n"
        let listed = { (m: [String]) in m.isEmpty ? "none" : m.map { e($0) }.joined(separator: "; ") }
        h += "<p>Measures in force — \(e(baseLabel)): \(listed(baseMeasures)); \(e(measureLabel)): \(listed(measureMeasures))</p>\n"
        h += "<h2>Network figures</h2>\n<table><tr><th>figure</th><th>\(e(baseLabel))</th><th>\(e(measureLabel))</th>"
        h += "<th>difference</th><th>verdict</th></tr>\n"
        for f in figures {
            let spread = { (s: Spread) in s.runs > 1 ? "\(Self.format(s.mean, 1)) ± \(Self.format(s.standardDeviation, 1))" : Self.format(s.mean, 1) }
            let pct = f.differencePercent.map { " (\(Self.format($0, 1)) %)" } ?? ""
            let cls = f.verdict == .withinNoise || f.verdict == .noSpread ? " class=\"noise\"" : ""
            h += "<tr><td>\(e(f.name)) [\(e(f.unit))]</td><td>\(spread(f.base))</td><td>\(spread(f.measure))</td>"
            h += "<td>\(Self.format(f.difference, 1))\(pct)</td><td\(cls)>\(e(f.verdict.rawValue))</td></tr>\n"
        }
        h += "</table>\n<p>Mean ± standard deviation over the runs (demand seeds) of each side. A difference below two "
        h += "standard errors of the difference is labelled <em>within noise</em>; with one run on a side there is no "
        h += "spread to judge by.</p>\n"
        h += "<h2>Map of the flow change</h2>\n"
        h += map.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let top = links.sorted { abs($0.flowChange) > abs($1.flowChange) }.prefix(15).filter { $0.flowChange != 0 }
        h += "<h2>Links with the largest change of flow</h2>\n<table><tr><th>link</th><th>\(e(baseLabel)) veh/h</th>"
        h += "<th>\(e(measureLabel)) veh/h</th><th>change</th><th>speed change km/h</th></tr>\n"
        for l in top {
            h += "<tr><td>\(e(l.id))</td><td>\(Self.format(l.base?.meanFlow, 0))</td><td>\(Self.format(l.measure?.meanFlow, 0))</td>"
            h += "<td>\(Self.format(l.flowChange, 0))\(l.flowChangePercent.map { " (\(Self.format($0, 0)) %)" } ?? "")</td>"
            h += "<td>\(Self.format(l.speedChange, 1))</td></tr>\n"
        }
        h += "</table>\n<h2>Diverted trips</h2>\n<p>\(diverted.count) of \(tripsCompared) trips that arrived on both sides "
        h += "took a route more than 1 % longer or shorter (\(OutputFile.diverted)).</p>\n"
        h += "<p>Files: \(OutputFile.figures), \(OutputFile.links), \(OutputFile.linkLayer) (layer \(Self.linkLayerName), "
        h += "field change_class, styled for QGIS), \(OutputFile.map), \(OutputFile.diverted), \(OutputFile.summary).</p>\n"
        h += "</body></html>\n"
        return h
    }
}
