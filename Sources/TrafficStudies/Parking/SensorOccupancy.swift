import Foundation
import Support
import TrafficCore

/// One occupancy reading of a parking facility (on-street segment or car park).
public struct SensorReading: Sendable, Hashable {
    public var facility: String
    /// Seconds since 1970-01-01T00:00 of the sensor's local clock (time zones are not converted).
    public var time: Double
    public var occupied: Int
    /// Line (CSV) or array index + 1 (JSON) of the reading in its file.
    public var line: Int
}

/// A problem in sensor data that does not stop the study; the reading named is dropped or clamped.
public struct SensorWarning: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public var description: String { "\(source), line \(line): \(message)" }
}

/// Occupancy time series from parking sensors (LoRaWAN bay sensors, car park counters, scan vehicles),
/// validated against the supply.
///
/// Formats (one reading per row/object; `occupied` spaces, or `occupancy` as a share 0…1):
/// - CSV: header `facility,time,occupied` (`,` or `;`); `time` ISO 8601 local time `YYYY-MM-DDTHH:MM[:SS]`
///   (a space instead of `T` is accepted) or seconds.
/// - JSON: `[{"facility": "P1", "time": "2026-11-23T08:00", "occupied": 412}, …]`.
///
/// Validation (each a `SensorWarning` with the line; the data set stays usable): malformed rows, unknown
/// facilities, negative values (dropped), values above capacity (clamped to capacity), timestamps not
/// after the facility's previous one (dropped), gaps longer than `gapFactor` × the facility's median
/// interval (kept, reported).
public struct SensorOccupancy: Sendable {
    /// Valid readings per facility, in time order.
    public private(set) var series: [String: [SensorReading]]
    public private(set) var warnings: [SensorWarning]
    /// Capacity per facility ID (segment: all categories), from the supply.
    public let capacities: [String: Int]

    /// - Parameter text: file contents; JSON when it starts with `[` (after blanks), CSV otherwise.
    /// - Throws: `ParkingError.invalidConfiguration` when the file has no usable structure at all.
    public init(text: String, source: String, supply: ParkingSupply, gapFactor: Double = 3) throws(ParkingError) {
        var capacities: [String: Int] = [:]
        for s in supply.onStreet { capacities[s.id] = s.capacity.values.reduce(0, +) }
        for c in supply.carParks { capacities[c.id] = c.capacity }
        self.capacities = capacities
        var raw: [(line: Int, facility: String, time: String, occupied: String?, share: String?)] = []
        var warnings: [SensorWarning] = []
        if text.drop(while: { $0.isWhitespace }).first == "[" {
            guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
                throw .invalidConfiguration("\(source): not a JSON array of readings")
            }
            for (k, element) in array.enumerated() {
                guard let object = element as? [String: Any] else {
                    warnings.append(SensorWarning(source: source, line: k + 1, message: "reading is not an object"))
                    continue
                }
                func text(_ key: String) -> String? {
                    switch object[key] {
                    case let s as String: s
                    case let n as NSNumber: n.stringValue
                    default: nil
                    }
                }
                raw.append((k + 1, text("facility") ?? "", text("time") ?? "", text("occupied"), text("occupancy")))
            }
        } else {
            let table: CSVTable
            do {
                table = try CSVTable(text: text, source: source)
            } catch {
                throw .invalidConfiguration("\(error)")
            }
            guard let f = table.column(["facility", "id"]), let t = table.column(["time", "timestamp"]) else {
                throw .invalidConfiguration("\(source), line \(table.headerLine): need columns facility,time,occupied")
            }
            let o = table.column(["occupied"])
            let share = table.column(["occupancy"])
            guard o != nil || share != nil else {
                throw .invalidConfiguration("\(source), line \(table.headerLine): need an occupied or occupancy column")
            }
            for row in table.rows {
                func field(_ i: Int?) -> String? { i.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } }
                raw.append((row.line, field(f) ?? "", field(t) ?? "", field(o), field(share)))
            }
        }

        var series: [String: [SensorReading]] = [:]
        for r in raw {
            func warn(_ message: String) {
                warnings.append(SensorWarning(source: source, line: r.line, message: message))
            }
            guard !r.facility.isEmpty, let time = Self.parseTime(r.time) else {
                warn("malformed reading (facility '\(r.facility)', time '\(r.time)')")
                continue
            }
            guard let capacity = capacities[r.facility] else {
                warn("unknown facility '\(r.facility)'")
                continue
            }
            var occupied: Int
            if let text = r.occupied, !text.isEmpty, let value = Double(text), value.isFinite {
                occupied = Int(value.rounded())
            } else if let text = r.share, !text.isEmpty, let value = Double(text), value.isFinite {
                occupied = Int((value * Double(capacity)).rounded())
            } else {
                warn("no occupancy value for '\(r.facility)'")
                continue
            }
            if occupied < 0 {
                warn("negative occupancy \(occupied) for '\(r.facility)' (dropped)")
                continue
            }
            if occupied > capacity {
                warn("occupancy \(occupied) above capacity \(capacity) of '\(r.facility)' (clamped)")
                occupied = capacity
            }
            if let previous = series[r.facility]?.last, time <= previous.time {
                warn("time \(r.time) of '\(r.facility)' is not after line \(previous.line) (dropped)")
                continue
            }
            series[r.facility, default: []].append(
                SensorReading(facility: r.facility, time: time, occupied: occupied, line: r.line))
        }
        for (facility, readings) in series.sorted(by: { $0.key < $1.key }) where readings.count >= 3 {
            let steps = zip(readings.dropFirst(), readings).map { $0.time - $1.time }.sorted()
            let median = steps[steps.count / 2]
            for k in 1..<readings.count where readings[k].time - readings[k - 1].time > gapFactor * median {
                let gap = readings[k].time - readings[k - 1].time
                warnings.append(
                    SensorWarning(
                        source: source, line: readings[k].line,
                        message: "gap of \(Int(gap / 60)) min in '\(facility)' since line \(readings[k - 1].line) "
                            + "(usual interval \(Int(median / 60)) min)"))
            }
        }
        self.series = series
        self.warnings = warnings.sorted { $0.line < $1.line }
    }

    /// Loads a CSV or JSON file (by content).
    public static func load(path: String, supply: ParkingSupply) throws(ParkingError) -> SensorOccupancy {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .invalidConfiguration("cannot read sensor data \(path): \(error.localizedDescription)")
        }
        return try SensorOccupancy(text: text, source: path, supply: supply)
    }

    /// Initial occupancy shares from the latest reading of every facility (for
    /// `ParkingConfiguration.initialOccupancyByFacility`).
    public var latestShares: [String: Double] {
        var shares: [String: Double] = [:]
        for (facility, readings) in series {
            guard let last = readings.last, let capacity = capacities[facility], capacity > 0 else { continue }
            shares[facility] = Double(last.occupied) / Double(capacity)
        }
        return shares
    }

    /// Forecast of the next `hours` hours after each facility's last reading: for hour h ahead, the mean of
    /// past readings in the same weekday and clock hour; if there are none, in the same clock hour on any
    /// day; if none either, the last reading (persistence). A "seasonal mean" that needs no fitting and
    /// degrades gracefully with short histories.
    public func forecast(hours: Int) -> [(facility: String, time: Double, occupied: Double, basis: String)] {
        var result: [(String, Double, Double, String)] = []
        for (facility, readings) in series.sorted(by: { $0.key < $1.key }) {
            guard let last = readings.last else { continue }
            for h in 1...max(1, hours) {
                let time = last.time + Double(h) * 3600
                let hour = Self.hourOfDay(time)
                let weekday = Self.weekday(time)
                let sameSlot = readings.filter { Self.hourOfDay($0.time) == hour && Self.weekday($0.time) == weekday }
                let sameHour = readings.filter { Self.hourOfDay($0.time) == hour }
                if !sameSlot.isEmpty {
                    result.append((facility, time, Self.mean(sameSlot), "weekday_hour_mean"))
                } else if !sameHour.isEmpty {
                    result.append((facility, time, Self.mean(sameHour), "hour_mean"))
                } else {
                    result.append((facility, time, Double(last.occupied), "last_value"))
                }
            }
        }
        return result
    }

    /// CSV `facility,time,occupied,basis` of `forecast(hours:)`, times as ISO 8601.
    public func forecastCSV(hours: Int) -> String {
        var text = "facility,time,occupied,basis\n"
        for f in forecast(hours: hours) {
            text += "\(csvField(f.facility)),\(Self.isoText(f.time)),\(NumberFormat.fixed(f.occupied, 1)),\(f.basis)\n"
        }
        return text
    }

    static func mean(_ readings: [SensorReading]) -> Double {
        Double(readings.reduce(0) { $0 + $1.occupied }) / Double(readings.count)
    }

    // MARK: Clock arithmetic without calendars or locales (proleptic Gregorian, local time as given)

    /// `YYYY-MM-DDTHH:MM[:SS]` (or a space for `T`) or plain seconds → seconds since 1970-01-01T00:00.
    static func parseTime(_ text: String) -> Double? {
        if let seconds = Double(text), seconds.isFinite { return seconds }
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-").map { Int($0) }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard date.count == 3, (2...3).contains(clock.count), date.allSatisfy({ $0 != nil }),
            clock.allSatisfy({ $0 != nil })
        else { return nil }
        let (y, m, d) = (date[0]!, date[1]!, date[2]!)
        let (hh, mm, ss) = (clock[0]!, clock[1]!, clock.count == 3 ? clock[2]! : 0)
        guard (1...12).contains(m), (0...23).contains(hh), (0...59).contains(mm), (0...59).contains(ss) else {
            return nil
        }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...monthDays[m - 1]).contains(d) else { return nil }
        return Double(daysFromCivil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss)
    }

    /// Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(_ time: Double) -> Int {
        let days = Int((time / 86_400).rounded(.down))
        return ((days % 7) + 7 + 3) % 7
    }

    static func hourOfDay(_ time: Double) -> Int {
        let seconds = time - (time / 86_400).rounded(.down) * 86_400
        return Int(seconds / 3600)
    }

    static func isoText(_ time: Double) -> String {
        var days = Int((time / 86_400).rounded(.down))
        let seconds = Int(time) - days * 86_400
        // civil_from_days (Hinnant)
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60))"
    }
}
