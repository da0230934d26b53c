import Foundation
import Support

/// Counts as CSV.
///
/// Header (columns found by name, in any order; `,` or `;` separated; blank lines and `#` comment lines
/// allowed): `station,begin,end,vehicles`, optional `heavy_vehicles`, and the target: `link` for link counts,
/// or `from_link,to_link` for turn counts. A file may hold both kinds (one of them per row). Times are
/// seconds of the simulated day; vehicles are all vehicles of the interval, heavy ones included.
///
/// With a station layer (`CountStations`), the link may be left out (no column, or an empty cell): the row's
/// station is then looked up in the layer. Rows of stations the layer could not place are skipped (the layer's
/// `unplaced` report says why); a station missing from the layer is an error.
extension TrafficCount {
    /// Reads counts from CSV text; `source` names it in errors.
    ///
    /// - Throws: `CountError` naming the line: `.missingColumn`, `.missingField`, `.invalidNumber`,
    ///   `.negativeVehicles`, `.heavyVehiclesExceedTotal`, `.emptyInterval`, `.ambiguousTarget`,
    ///   `.unknownStation`. Links are checked later, by `CountSet`.
    public static func parseCSV(
        _ text: String, source: String, stations: CountStations? = nil
    ) throws(CountError) -> [TrafficCount] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text, source: source)
        } catch {
            throw .missingField("header row", at: CountLocation(source: error.source, line: error.line))
        }
        func column(_ name: String) throws(CountError) -> Int {
            guard let index = table.column([name]) else {
                throw .missingColumn(name, source: source, line: table.headerLine)
            }
            return index
        }
        let station = try column("station")
        let begin = try column("begin")
        let end = try column("end")
        let vehicles = try column("vehicles")
        let heavy = table.column(["heavy_vehicles"])
        let link = table.column(["link"])
        var from = table.column(["from_link"])
        var to = table.column(["to_link"])
        if from != nil || to != nil {
            from = try column("from_link")
            to = try column("to_link")
        } else if link == nil && stations == nil {
            throw .missingColumn("link", source: source, line: table.headerLine)
        }

        var counts: [TrafficCount] = []
        counts.reserveCapacity(table.rows.count)
        for row in table.rows {
            let location = CountLocation(source: source, line: row.line)
            func field(_ index: Int?, _ name: String) throws(CountError) -> String? {
                guard let index else { return nil }
                guard index < row.fields.count else { throw .missingField(name, at: location) }
                return row.fields[index]
            }
            let stationID = try field(station, "station")!
            let linkName = try field(link, "link") ?? ""
            let fromName = try field(from, "from_link") ?? ""
            let toName = try field(to, "to_link") ?? ""
            let target: CountTarget
            if !linkName.isEmpty {
                guard fromName.isEmpty && toName.isEmpty else { throw .ambiguousTarget(at: location) }
                target = .link(linkName)
            } else if !fromName.isEmpty || !toName.isEmpty {
                guard !fromName.isEmpty else { throw .missingField("from_link", at: location) }
                guard !toName.isEmpty else { throw .missingField("to_link", at: location) }
                target = .turn(from: fromName, to: toName)
            } else if let stations {
                if let placed = stations.placed[stationID] {
                    target = .link(placed.link)
                } else if stations.unplaced.contains(where: { $0.station == stationID }) {
                    continue
                } else if stationID.isEmpty {
                    throw .missingField("station", at: location)
                } else {
                    throw .unknownStation(stationID, at: location)
                }
            } else {
                throw .missingField(link != nil ? "link" : "from_link", at: location)
            }
            var heavyVehicles: Double? = nil
            if let text = try field(heavy, "heavy_vehicles"), !text.isEmpty {
                heavyVehicles = try CountValidation.number(text, field: "heavy_vehicles", at: location)
            }
            counts.append(
                try CountValidation.count(
                    station: stationID, target: target,
                    begin: try CountValidation.seconds(try field(begin, "begin")!, field: "begin", at: location),
                    end: try CountValidation.seconds(try field(end, "end")!, field: "end", at: location),
                    vehicles: try CountValidation.number(
                        try field(vehicles, "vehicles")!, field: "vehicles", at: location),
                    heavyVehicles: heavyVehicles,
                    at: location))
        }
        return counts
    }

    /// Reads counts from a CSV file (see `parseCSV(_:source:stations:)`); errors name the file by its name.
    public static func readCSV(
        contentsOf url: URL, stations: CountStations? = nil
    ) throws(CountError) -> [TrafficCount] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .input(.unreadable(source: url.path, message: error.localizedDescription))
        }
        return try parseCSV(text, source: url.lastPathComponent, stations: stations)
    }
}
