import Foundation
import Testing
import TrafficCore
import TrafficStudies

@Suite("Counts from CSV")
struct CountCSVTests {
    @Test func linkCountsWithCommentsBlankLinesAndHeavyVehicles() throws {
        let csv = """
            # Dauerzählstelle K1, 15-min values
            station,link,begin,end,vehicles,heavy_vehicles

            K1,WC,0,900,25,3
            K1,WC,900,1800,30,
            """
        let counts = try TrafficCount.parseCSV(csv, source: "k1.csv")
        #expect(
            counts == [
                TrafficCount(
                    station: "K1", target: .link("WC"), begin: 0, end: 900, vehicles: 25, heavyVehicles: 3,
                    location: CountLocation(source: "k1.csv", line: 4)),
                TrafficCount(
                    station: "K1", target: .link("WC"), begin: 900, end: 1800, vehicles: 30,
                    location: CountLocation(source: "k1.csv", line: 5)),
            ])
        // 25 vehicles in a quarter hour are 100 veh/h.
        #expect(counts[0].hourlyFlow == 100)
    }

    /// Columns are found by name: a German spreadsheet export with `;` and its own column order.
    @Test func turnCountsWithColumnsInAnyOrder() throws {
        let csv = "end;vehicles;to_link;station;from_link;begin\n3600;48.5;CN;T1;WC;0\n"
        let counts = try TrafficCount.parseCSV(csv, source: "turns.csv")
        #expect(counts.map(\.target) == [.turn(from: "WC", to: "CN")])
        #expect(counts.map(\.station) == ["T1"])
        #expect(counts.map(\.vehicles) == [48.5])
        #expect(counts.map(\.end) == [3600])
    }

    @Test func linkAndTurnCountsInOneFile() throws {
        let csv = "station,link,from_link,to_link,begin,end,vehicles\nA,WC,,,0,900,5\nB,,WC,CE,0,900,3\n"
        let counts = try TrafficCount.parseCSV(csv, source: "mixed.csv")
        #expect(counts.map(\.target) == [.link("WC"), .turn(from: "WC", to: "CE")])
    }

    @Test func filesAreNamedByTheirFileName() throws {
        let url = try temporaryFile("zaehlung.csv", "station,link,begin,end,vehicles\nK1,WC,0,900,25\n")
        let counts = try TrafficCount.readCSV(contentsOf: url)
        #expect(counts.map(\.location) == [CountLocation(source: "zaehlung.csv", line: 2)])
        let missing = "/nonexistent/zaehlung.csv"
        #expect {
            _ = try TrafficCount.readCSV(contentsOf: URL(fileURLWithPath: missing))
        } throws: { error in
            guard case .input(.unreadable(let source, _))? = error as? CountError else { return false }
            return source == missing
        }
    }

    @Test func missingColumnsNameTheHeaderLine() {
        expectCountError(.missingColumn("vehicles", source: "c.csv", line: 2), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV("# header follows\nstation,link,begin,end\nK1,WC,0,900\n", source: "c.csv")
        }
        expectCountError(.missingColumn("link", source: "c.csv", line: 1), naming: "c.csv, line 1") {
            _ = try TrafficCount.parseCSV("station,begin,end,vehicles\nK1,0,900,4\n", source: "c.csv")
        }
        expectCountError(.missingColumn("to_link", source: "c.csv", line: 1), naming: "'to_link'") {
            _ = try TrafficCount.parseCSV("station,from_link,begin,end,vehicles\nK1,WC,0,900,4\n", source: "c.csv")
        }
    }

    @Test func negativeVehiclesAreRefusedWithTheirLine() {
        let at = CountLocation(source: "c.csv", line: 3)
        expectCountError(.negativeVehicles(field: "vehicles", value: -4, at: at), naming: "c.csv, line 3") {
            _ = try TrafficCount.parseCSV(
                "station,link,begin,end,vehicles\nK1,WC,0,900,4\nK1,WC,900,1800,-4\n", source: "c.csv")
        }
        expectCountError(.negativeVehicles(field: "heavy_vehicles", value: -1, at: at), naming: "c.csv, line 3") {
            _ = try TrafficCount.parseCSV(
                "station,link,begin,end,vehicles,heavy_vehicles\nK1,WC,0,900,4,1\nK1,WC,900,1800,4,-1\n",
                source: "c.csv")
        }
        expectCountError(.heavyVehiclesExceedTotal(heavy: 5, vehicles: 4, at: at), naming: "c.csv, line 3") {
            _ = try TrafficCount.parseCSV(
                "station,link,begin,end,vehicles,heavy_vehicles\nK1,WC,0,900,4,1\nK1,WC,900,1800,4,5\n", source: "c.csv"
            )
        }
    }

    @Test func endNotAfterBeginIsRefused() {
        expectCountError(
            .emptyInterval(begin: 900, end: 900, at: CountLocation(source: "c.csv", line: 2)), naming: "c.csv, line 2"
        ) {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,900,900,4\n", source: "c.csv")
        }
        expectCountError(
            .emptyInterval(begin: 900, end: 0, at: CountLocation(source: "c.csv", line: 2)), naming: "c.csv, line 2"
        ) {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,900,0,4\n", source: "c.csv")
        }
    }

    @Test func unparsableNumbersAndTimesAreRefused() {
        let at = CountLocation(source: "c.csv", line: 2)
        expectCountError(
            .invalidNumber(field: "vehicles", value: "2x", expected: "a number", at: at), naming: "c.csv, line 2"
        ) {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,0,900,2x\n", source: "c.csv")
        }
        // Clock times are not seconds.
        expectCountError(
            .invalidNumber(field: "begin", value: "07:00", expected: "a time in seconds ≥ 0", at: at),
            naming: "c.csv, line 2"
        ) {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,07:00,900,2\n", source: "c.csv")
        }
        expectCountError(
            .invalidNumber(field: "end", value: "-5", expected: "a time in seconds ≥ 0", at: at),
            naming: "c.csv, line 2"
        ) {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,0,-5,2\n", source: "c.csv")
        }
    }

    @Test func shortRowsEmptyStationsAndAmbiguousTargetsAreRefused() {
        let at = CountLocation(source: "c.csv", line: 2)
        expectCountError(.missingField("vehicles", at: at), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,WC,0,900\n", source: "c.csv")
        }
        expectCountError(.missingField("station", at: at), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\n,WC,0,900,3\n", source: "c.csv")
        }
        expectCountError(.missingField("link", at: at), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV("station,link,begin,end,vehicles\nK1,,0,900,3\n", source: "c.csv")
        }
        expectCountError(.missingField("to_link", at: at), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV(
                "station,from_link,to_link,begin,end,vehicles\nT1,WC,,0,900,3\n", source: "c.csv")
        }
        expectCountError(.ambiguousTarget(at: at), naming: "c.csv, line 2") {
            _ = try TrafficCount.parseCSV(
                "station,link,from_link,to_link,begin,end,vehicles\nK1,WC,WC,CE,0,900,3\n", source: "c.csv")
        }
    }
}
