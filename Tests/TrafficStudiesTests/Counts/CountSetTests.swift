import Testing
import TrafficCore
import TrafficStudies

@Suite("Count sets: resolution, overlaps and 15-minute aggregation")
struct CountSetTests {
    static func counts(_ rows: String, source: String = "c.csv") throws -> [TrafficCount] {
        try TrafficCount.parseCSV(
            "station,link,from_link,to_link,begin,end,vehicles,heavy_vehicles\n" + rows, source: source)
    }

    @Test func linksAndTurnsResolveToNetworkIDs() throws {
        let network = try countNetwork()
        let set = try CountSet(
            Self.counts("K2,CE,,,0,900,10,\nK1,,WC,CN,0,900,4,\nK1,WC,,,0,900,12,\n"), network: network)
        // Sorted by station, then target (links before turns), then begin.
        #expect(set.counts.map(\.station) == ["K1", "K1", "K2"])
        #expect(set.counts.map(\.target) == [.link("WC"), .turn(from: "WC", to: "CN"), .link("CE")])
        let turn = try #require(network.movement(from: network.id("WC"), to: network.id("CN")))
        #expect(set.targets == [.link(network.id("WC")), .movement(turn), .link(network.id("CE"))])
        #expect(set.hourlyFlows == [48, 16, 40])
    }

    @Test func unknownLinksAndTurnsNameTheirLine() throws {
        let network = try countNetwork()
        expectCountError(.unknownLink("XY", at: CountLocation(source: "c.csv", line: 3)), naming: "c.csv, line 3") {
            _ = try CountSet(Self.counts("K1,WC,,,0,900,12,\nK2,XY,,,0,900,1,\n"), network: network)
        }
        expectCountError(.unknownLink("XY", at: CountLocation(source: "c.csv", line: 2)), naming: "c.csv, line 2") {
            _ = try CountSet(Self.counts("T1,,XY,CE,0,900,12,\n"), network: network)
        }
        // Both links exist, but there is no U-turn from WC into CW.
        expectCountError(
            .unknownTurn(from: "WC", to: "CW", at: CountLocation(source: "c.csv", line: 2)), naming: "c.csv, line 2"
        ) {
            _ = try CountSet(Self.counts("T1,,WC,CW,0,900,12,\n"), network: network)
        }
    }

    @Test func overlappingIntervalsOfOneStationAndTargetAreRefused() throws {
        let network = try countNetwork()
        expectCountError(
            .overlappingIntervals(
                station: "K1", target: .link("WC"), at: CountLocation(source: "c.csv", line: 2),
                previous: CountLocation(source: "c.csv", line: 3)),
            naming: "c.csv, line 2"
        ) {
            _ = try CountSet(Self.counts("K1,WC,,,600,1500,12,\nK1,WC,,,0,900,9,\n"), network: network)
        }
        // A repeated interval overlaps too.
        expectCountError(
            .overlappingIntervals(
                station: "K1", target: .link("WC"), at: CountLocation(source: "c.csv", line: 3),
                previous: CountLocation(source: "c.csv", line: 2)),
            naming: "c.csv, line 2"
        ) {
            _ = try CountSet(Self.counts("K1,WC,,,0,900,12,\nK1,WC,,,0,900,9,\n"), network: network)
        }
        // Back-to-back intervals, another station on the same link, and the same station on another link are fine.
        let set = try CountSet(
            Self.counts("K1,WC,,,0,900,1,\nK1,WC,,,900,1800,2,\nK2,WC,,,0,900,3,\nK1,CE,,,0,900,4,\n"),
            network: network)
        #expect(set.counts.count == 4)
    }

    /// Three 5-minute counts (10 + 12 + 8 = 30 vehicles, heavy 1 + 2 + 0 = 3) fill the slice 0–900 s: 120 veh/h.
    /// The slice 900–1800 s has only 300 s of counts and is left out, reported.
    @Test func fiveMinuteCountsSumToQuarterHours() throws {
        let network = try countNetwork()
        let set = try CountSet(
            Self.counts("K1,WC,,,300,600,12,2\nK1,WC,,,0,300,10,1\nK1,WC,,,600,900,8,0\nK1,WC,,,900,1200,5,0\n"),
            network: network)
        let aggregation = try set.aggregated()
        #expect(aggregation.interval == 900)
        let slices = aggregation.counts.counts
        #expect(slices.count == 1)
        #expect(slices.first?.begin == 0 && slices.first?.end == 900)
        #expect(slices.first?.vehicles == 30)
        #expect(slices.first?.heavyVehicles == 3)
        #expect(aggregation.counts.hourlyFlows == [120])
        #expect(aggregation.counts.targets == [.link(network.id("WC"))])
        // The slice keeps the place of its first count (the row 0–300 s, line 3).
        #expect(slices.first?.location == CountLocation(source: "c.csv", line: 3))
        #expect(aggregation.incomplete.count == 1)
        #expect(aggregation.incomplete.first?.begin == 900)
        #expect(aggregation.incomplete.first?.coveredSeconds == 300)
        #expect(aggregation.incomplete.first?.description.contains("300 of 900 s") == true)
    }

    @Test func aSliceWithoutHeavyVehiclesInOneCountHasNone() throws {
        let set = try CountSet(Self.counts("K1,WC,,,0,450,10,1\nK1,WC,,,450,900,8,\n"), network: countNetwork())
        let slices = try set.aggregated(interval: 900).counts.counts
        #expect(slices.map(\.vehicles) == [18])
        #expect(slices.map(\.heavyVehicles) == [nil])
    }

    /// Counts are never split: an hourly count does not fit a 15-minute slice, and a count across a slice
    /// boundary fits none; with an hourly grid the hourly count is one slice.
    @Test func countsThatDoNotFitTheGridAreRefused() throws {
        let network = try countNetwork()
        let hourly = try CountSet(Self.counts("K1,WC,,,3600,7200,400,\n"), network: network)
        expectCountError(
            .offGrid(begin: 3600, end: 7200, interval: 900, at: CountLocation(source: "c.csv", line: 2)),
            naming: "c.csv, line 2"
        ) {
            _ = try hourly.aggregated()
        }
        let perHour = try hourly.aggregated(interval: 3600)
        #expect(perHour.counts.counts.map(\.vehicles) == [400])
        #expect(perHour.counts.hourlyFlows == [400])

        let across = try CountSet(Self.counts("K1,WC,,,0,450,10,\nK1,WC,,,450,1350,20,\n"), network: network)
        expectCountError(
            .offGrid(begin: 450, end: 1350, interval: 900, at: CountLocation(source: "c.csv", line: 3)),
            naming: "c.csv, line 3"
        ) {
            _ = try across.aggregated()
        }
    }

    /// Stations and targets are aggregated separately; slices come out in the set's order.
    @Test func eachStationAndTargetHasItsOwnSlices() throws {
        let set = try CountSet(
            Self.counts("K2,CE,,,900,1800,7,\nK1,WC,,,0,900,5,\nK1,WC,,,900,1800,6,\nK1,,WC,CN,0,900,2,\n"),
            network: countNetwork())
        let slices = try set.aggregated().counts.counts
        #expect(slices.map(\.station) == ["K1", "K1", "K1", "K2"])
        #expect(slices.map(\.begin) == [0, 900, 0, 900])
        #expect(slices.map(\.vehicles) == [5, 6, 2, 7])
    }
}
