import Support
import TrafficCore

extension SimulationResult {
    /// Trip records as CSV, SUMO tripinfo column names:
    /// `id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo` (s, m; 2 decimals).
    public func tripsCSV() -> String { Self.tripsCSV(trips) }

    /// `trips` in the `tripinfo.csv` format.
    static func tripsCSV(_ trips: [TripRecord]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(80 * (trips.count + 1))
        bytes.append(contentsOf: "id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo\n".utf8)
        for t in trips {
            appendCSVField(t.id, to: &bytes)
            for value in [t.depart, t.departDelay, t.arrival, t.duration, t.routeLength, t.waitingTime, t.timeLoss] {
                bytes.append(UInt8(ascii: ","))
                NumberFormat.appendFixed(value, 2, to: &bytes)
            }
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: String(t.rerouteCount).utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Per-link time series as CSV:
    /// `interval_start_s,interval_end_s,link,flow_veh_h,density_veh_km,mean_speed_mps,queue_veh`
    /// (mean speed empty when no vehicle was on the link). Definitions at `LinkTimeSeries`.
    public func linkSeriesCSV() -> String {
        // Built as bytes: one row per link and interval (Berlin-Adlershof: 13 320), the largest output text.
        let series = linkSeries
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * (series.intervalCount * series.linkCount + 1))
        bytes.append(contentsOf: "interval_start_s,interval_end_s,link,flow_veh_h,density_veh_km,mean_speed_mps,queue_veh\n".utf8)
        let ids = series.linkIDs.map { Array(csvField($0).utf8) }
        let comma = UInt8(ascii: ",")
        for k in 0..<series.intervalCount {
            var interval: [UInt8] = []  // "start,end,"
            NumberFormat.appendFixed(Double(k) * series.interval, 1, to: &interval)
            interval.append(comma)
            NumberFormat.appendFixed(Double(k + 1) * series.interval, 1, to: &interval)
            interval.append(comma)
            for l in 0..<series.linkCount {
                let s = series.state(interval: k, link: LinkID(l))
                bytes.append(contentsOf: interval)
                bytes.append(contentsOf: ids[l])
                bytes.append(comma)
                NumberFormat.appendFixed(s.flow, 1, to: &bytes)
                bytes.append(comma)
                NumberFormat.appendFixed(s.density, 3, to: &bytes)
                bytes.append(comma)
                NumberFormat.appendFixed(s.meanSpeed, 3, to: &bytes)
                bytes.append(comma)
                NumberFormat.appendFixed(s.queue, 3, to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Network-wide series as CSV, with the vehicle counts at each interval end:
    /// `interval_start_s,interval_end_s,density_veh_km,flow_veh_h,mean_speed_mps,queued_veh,`
    /// `departed,arrived,en_route,waiting_to_depart`.
    public func networkSeriesCSV() -> String {
        var text =
            "interval_start_s,interval_end_s,density_veh_km,flow_veh_h,mean_speed_mps,queued_veh,"
            + "departed,arrived,en_route,waiting_to_depart\n"
        for n in networkSeries {
            // The last snapshot taken at or before the interval end.
            let snap = snapshots.last { $0.time <= n.end + 1e-9 } ?? snapshots.first
            text += "\(NumberFormat.fixed(n.start, 1)),\(NumberFormat.fixed(n.end, 1)),"
            text += "\(NumberFormat.fixed(n.density, 3)),\(NumberFormat.fixed(n.flow, 1)),"
            text += "\(NumberFormat.fixed(n.meanSpeed, 3)),\(NumberFormat.fixed(n.queuedVehicles, 2)),"
            text += "\(snap?.departed ?? 0),\(snap?.arrived ?? 0),\(snap?.enRoute ?? 0),\(snap?.waitingToDepart ?? 0)\n"
        }
        return text
    }
}
