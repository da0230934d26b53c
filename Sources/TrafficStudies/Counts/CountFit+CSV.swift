import Support

extension CountFit {
    /// The rows as `geh.csv`: `station,link,from_link,to_link,begin,end,observed,simulated,geh`, one line per
    /// row in order; `link` for link counts, `from_link,to_link` for turn counts (the others empty); times in
    /// seconds as exact numbers, flows in veh/h and GEH with 2 decimals.
    public func csvText() -> String {
        var text = "station,link,from_link,to_link,begin,end,observed,simulated,geh\n"
        for row in rows {
            text += csvField(row.station) + ","
            switch row.target {
            case .link(let link): text += csvField(link) + ",,,"
            case .turn(let from, let to): text += "," + csvField(from) + "," + csvField(to) + ","
            }
            text += exactText(row.begin) + "," + exactText(row.end) + ","
            text += NumberFormat.fixed(row.observed, 2) + "," + NumberFormat.fixed(row.simulated, 2) + ","
            text += NumberFormat.fixed(row.geh, 2) + "\n"
        }
        return text
    }
}
