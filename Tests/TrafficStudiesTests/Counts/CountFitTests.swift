import Testing
import TrafficStudies

@Suite("Count fit: GEH, R², mean absolute error, geh.csv")
struct CountFitTests {
    static func row(_ observed: Double, _ simulated: Double, station: String = "K1") -> CountComparison {
        CountComparison(
            station: station, target: .link("WC"), begin: 0, end: 900, observed: observed, simulated: simulated)
    }

    @Test func gehOnHandComputedValues() {
        // M = 100, C = 80: √(2 · 20² / 180) = √4.444 = 2.108.
        #expect(abs(CountFit.geh(simulated: 100, observed: 80) - 2.108) < 0.0005)
        // Symmetric in M and C.
        #expect(CountFit.geh(simulated: 80, observed: 100) == CountFit.geh(simulated: 100, observed: 80))
        // M = 0, C = 50: √(2 · 2500 / 50) = 10.
        #expect(abs(CountFit.geh(simulated: 0, observed: 50) - 10) < 1e-12)
        // M = 1000, C = 1150: √(2 · 22 500 / 2150) = 4.575, under 5 although 150 veh/h apart.
        #expect(abs(CountFit.geh(simulated: 1000, observed: 1150) - 4.575) < 0.0005)
        #expect(CountFit.geh(simulated: 0, observed: 0) == 0)
        #expect(CountFit.geh(simulated: 42, observed: 42) == 0)
    }

    /// Observed 100, 200, 300, 50 against simulated 110, 190, 330, 120:
    /// GEH 0.9759, 0.7161, 1.6903, 7.5926 → 3 of 4 below 5;
    /// mean of the counts 162.5, Σ(C − C̄)² = 3906.25 + 1406.25 + 18906.25 + 12656.25 = 36 875,
    /// Σ(M − C)² = 100 + 100 + 900 + 4900 = 6000 → R² = 1 − 6000 / 36 875 = 0.83729;
    /// MAE = (10 + 10 + 30 + 70) / 4 = 30.
    @Test func summariesOnATinySet() throws {
        let fit = CountFit(rows: [Self.row(100, 110), Self.row(200, 190), Self.row(300, 330), Self.row(50, 120)])
        let geh = fit.rows.map(\.geh)
        for (value, expected) in zip(geh, [0.9759, 0.7161, 1.6903, 7.5926]) {
            #expect(abs(value - expected) < 0.0005, "\(value) vs \(expected)")
        }
        #expect(fit.share(gehBelow: 5) == 0.75)
        #expect(!fit.meetsGEHCriterion())
        #expect(fit.meetsGEHCriterion(share: 0.75))
        #expect(abs(try #require(fit.rSquared) - 0.83729) < 0.00001)
        #expect(fit.meanAbsoluteError == 30)
    }

    /// A simulation with twice the counted flows correlates perfectly but fits badly: observed 100, 200,
    /// simulated 200, 400 → Σ(C − C̄)² = 5000, Σ(M − C)² = 50 000, R² = 1 − 10 = −9.
    @Test func rSquaredFallsWithBias() throws {
        let fit = CountFit(rows: [Self.row(100, 200), Self.row(200, 400)])
        #expect(fit.rSquared == -9)
        #expect(fit.meanAbsoluteError == 150)
    }

    @Test func emptyAndDegenerateSetsHaveNoSummaries() {
        let empty = CountFit(rows: [])
        #expect(empty.share() == nil)
        #expect(empty.rSquared == nil)
        #expect(empty.meanAbsoluteError == nil)
        #expect(!empty.meetsGEHCriterion())
        // All counts equal: no variance to explain.
        #expect(CountFit(rows: [Self.row(100, 90), Self.row(100, 120)]).rSquared == nil)
    }

    /// 20 vehicles in a quarter hour are 80 veh/h observed.
    @Test func rowsFromCountsUseHourlyFlows() {
        let count = TrafficCount(
            station: "K1", target: .turn(from: "WC", to: "CN"), begin: 900, end: 1800, vehicles: 20,
            location: CountLocation(source: "c.csv", line: 2))
        let fit = CountFit(counts: [count], simulatedHourlyFlows: [100])
        #expect(
            fit.rows == [
                CountComparison(
                    station: "K1", target: .turn(from: "WC", to: "CN"), begin: 900, end: 1800, observed: 80,
                    simulated: 100)
            ])
    }

    @Test func gehCSVHasOneLinePerRow() {
        let fit = CountFit(rows: [
            CountComparison(station: "K1", target: .link("WC"), begin: 0, end: 900, observed: 80, simulated: 100),
            CountComparison(
                station: "Kreuzung C, Nord", target: .turn(from: "NC", to: "CE"), begin: 900, end: 1800, observed: 0,
                simulated: 0),
        ])
        #expect(
            fit.csvText() == """
                station,link,from_link,to_link,begin,end,observed,simulated,geh
                K1,WC,,,0,900,80.00,100.00,2.11
                "Kreuzung C, Nord",,NC,CE,900,1800,0.00,0.00,0.00

                """)
    }
}
