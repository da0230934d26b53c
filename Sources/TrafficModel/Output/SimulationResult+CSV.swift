extension SimulationResult {
    /// Trip records as CSV, SUMO tripinfo column names:
    /// `id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo` (s, m; 2 decimals).
    public func tripsCSV() -> String { Self.tripsCSV(trips) }

    /// `trips` in the `tripinfo.csv` format.
    static func tripsCSV(_ trips: [TripRecord]) -> String {
        var text = "id,depart,departDelay,arrival,duration,routeLength,waitingTime,timeLoss,rerouteNo\n"
        text.reserveCapacity(64 * (trips.count + 1))
        for t in trips {
            text += csvField(t.id)
            for value in [t.depart, t.departDelay, t.arrival, t.duration, t.routeLength, t.waitingTime, t.timeLoss] {
                text += ","
                text += NumberFormat.fixed(value, 2)
            }
            text += ",\(t.rerouteCount)\n"
        }
        return text
    }

    /// Per-link time series as CSV:
    /// `interval_start_s,interval_end_s,link,flow_veh_h,density_veh_km,mean_speed_mps,queue_veh`
    /// (mean speed empty when no vehicle was on the link). Definitions at `LinkTimeSeries`.
    public func linkSeriesCSV() -> String {
        var text = "interval_start_s,interval_end_s,link,flow_veh_h,density_veh_km,mean_speed_mps,queue_veh\n"
        let series = linkSeries
        for k in 0..<series.intervalCount {
            let start = NumberFormat.fixed(Double(k) * series.interval, 1)
            let end = NumberFormat.fixed(Double(k + 1) * series.interval, 1)
            for l in 0..<series.linkCount {
                let s = series.state(interval: k, link: LinkID(l))
                text += "\(start),\(end),\(csvField(series.linkIDs[l])),"
                text += "\(NumberFormat.fixed(s.flow, 1)),\(NumberFormat.fixed(s.density, 3)),"
                text += "\(NumberFormat.fixed(s.meanSpeed, 3)),\(NumberFormat.fixed(s.queue, 3))\n"
            }
        }
        return text
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
