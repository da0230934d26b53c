import GeoCore
import Testing
import TrafficCore
@testable import TrafficStudies
import TrafficTestSupport

/// Counts for `link`: `vehicles` in every 15-minute slice of the first `slices`.
private func counts(_ link: String, vehicles: Double, slices: Int = 4) -> [TrafficCount] {
    (0..<slices).map { k in
        TrafficCount(
            station: link, target: .link(link), begin: Double(k) * 900, end: Double(k + 1) * 900, vehicles: vehicles,
            location: CountLocation(source: "counts.csv", line: k + 2))
    }
}

/// `perHour` evenly spaced trips from `origin` to `destination` during the first hour.
private func trips(_ network: Network, _ id: String, _ origin: String, _ destination: String, perHour: Int) -> [Trip] {
    (0..<perHour).map { i in
        Trip(
            id: "\(id).\(i)", origin: network.id(origin), destination: network.id(destination),
            departure: (Double(i) + 0.5) * 3600 / Double(perHour))
    }
}

@Suite("OD calibration: counts in, a calibrated demand")
struct ODCalibrationTests {
    /// Corridor A → B → C (500 m each at 20 m/s, 1 lane: 1800 veh/h) and, apart from it, D → E.
    static func corridors() throws -> Network {
        var builder = NetworkBuilder()
        try TestNetworks.corridor(
            [.init(id: "A", length: 500), .init(id: "B", length: 500), .init(id: "C", length: 500)], into: &builder)
        try TestNetworks.corridor(
            [.init(id: "D", length: 500), .init(id: "E", length: 500)], prefix: "s", into: &builder, y: 1000)
        return builder.build()
    }

    /// Once the criterion is met, a later iteration is kept when it still meets the criterion and its Σ GEH² is
    /// no larger (the smooth measure: a share of counts below GEH 5 moves by whole counts and by chance). Best: 19
    /// exact counts and one at GEH 38.4 (share 0.95, Σ GEH² 1 473). A fit with 18 counts at GEH 3.65 and two at
    /// 6.40 (share 0.9, Σ GEH² 322) is kept; with four at 6.40 (share 0.8, below the criterion) it is not; one
    /// with the best's share and a larger Σ GEH² is not; nor is one with a larger share and a larger Σ GEH².
    @Test func anIterationCloserToTheCountsIsKeptThoughItsShareFell() {
        func fit(_ simulated: [Double]) -> CountFit {
            CountFit(
                rows: simulated.enumerated().map { i, m in
                    CountComparison(
                        station: "s\(i)", target: .link("l\(i)"), begin: 0, end: 900, observed: 100, simulated: m)
                })
        }
        let best = fit(Array(repeating: 100, count: 19) + [1000])
        let closer = fit(Array(repeating: 140, count: 18) + [175, 175])
        #expect(best.share(gehBelow: 5) == 0.95 && closer.share(gehBelow: 5) == 0.9)
        #expect(ODCalibration.isAtLeastAsGood(closer, as: best))
        #expect(!ODCalibration.isAtLeastAsGood(fit(Array(repeating: 140, count: 16) + [175, 175, 175, 175]), as: best))
        #expect(!ODCalibration.isAtLeastAsGood(fit(Array(repeating: 100, count: 19) + [1100]), as: best))
        #expect(!ODCalibration.isAtLeastAsGood(fit(Array(repeating: 100, count: 19) + [1100]), as: closer))
    }

    /// The prior has 200 veh/h from A to C, the count on B says 400 veh/h (100 per quarter hour): the
    /// calibrated demand doubles and the simulated flow on B matches the count in every slice (with no count
    /// tolerance: every deviation is corrected).
    @Test func aCorridorScaledWrongIsScaledToItsCount() throws {
        let network = try Self.corridors()
        let calibration = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500),
            priorTrips: trips(network, "ac", "A", "C", perHour: 200),
            counts: CountSet(counts("B", vehicles: 100), network: network), settings: .init(countTolerance: 0))
        let result = try calibration.run()
        #expect(result.iterations.count == 20)
        #expect(result.fit.rows.count == 4)
        for row in result.fit.rows { #expect(row.geh < 1, "\(row)") }
        #expect(abs(Double(result.trips.count) - 400) <= 8, "\(result.trips.count) trips")
        // Before calibration the fit was poor: 200 against 400 veh/h is GEH 11.5.
        #expect(try #require(result.iterations.first?.gehShareBelow5) == 0)
        #expect(result.iterations.last?.gehShareBelow5 == 1)
        #expect(result.countsNotReached.isEmpty)
    }

    /// The same with the count on the turn A → B instead of link B: the simulated turn flow (vehicles past the
    /// stop line of A → B per slice) meets it.
    @Test func aTurnCountScalesTheDemandThatTurns() throws {
        let network = try Self.corridors()
        let turns = (0..<4).map { k in
            TrafficCount(
                station: "AB", target: .turn(from: "A", to: "B"), begin: Double(k) * 900, end: Double(k + 1) * 900,
                vehicles: 100, location: CountLocation(source: "turns.csv", line: k + 2))
        }
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500),
            priorTrips: trips(network, "ac", "A", "C", perHour: 200), counts: CountSet(turns, network: network),
            settings: .init(countTolerance: 0)
        ).run()
        for row in result.fit.rows { #expect(row.geh < 1, "\(row)") }
        #expect(abs(Double(result.trips.count) - 400) <= 8, "\(result.trips.count) trips")
    }

    /// With the default count tolerance (GEH 3) the corridor stops correcting once the count is met within it:
    /// 200 → 283 → 336 → 367 veh/h (factors √(400/200), √(400/283), √(400/336); GEH 1.7 at 367). A prior of
    /// 380 veh/h against the count's 400 (GEH 1.0) is kept as it is; with no tolerance it is corrected.
    @Test func aCountMetWithinTheToleranceAsksForNoCorrection() throws {
        let network = try Self.corridors()
        func run(_ perHour: Int, tolerance: Double? = nil) throws -> ODCalibrationResult {
            try ODCalibration(
                network: network, configuration: SimulationConfiguration(duration: 4500),
                priorTrips: trips(network, "ac", "A", "C", perHour: perHour),
                counts: CountSet(counts("B", vehicles: 100), network: network),
                settings: tolerance.map { CalibrationSettings(countTolerance: $0) } ?? CalibrationSettings()
            ).run()
        }
        let scaled = try run(200)
        for row in scaled.fit.rows { #expect(row.geh < 3, "\(row)") }
        #expect((355...380).contains(scaled.trips.count), "\(scaled.trips.count) trips")
        let close = try run(380)
        #expect(close.trips.count == 380)
        #expect(close.cells.allSatisfy { $0.vehicles == $0.prior })
        let corrected = try run(380, tolerance: 0)
        #expect(corrected.trips.count > 390, "\(corrected.trips.count) trips")
    }

    /// Path flows: the diamond's two branches each carry half of a prior of 900 veh/h, on routes the prior trips
    /// carry; the counts say 580 veh/h on `a2` and 320 on `b2` (145 and 80 per quarter hour, GEH 5.7 and 6.6
    /// against 450), from 15 min (the first quarter hour's vehicles are still on their way when it ends). The
    /// total is right, so the OD pair's factor stays near 1; the route factors move vehicles
    /// from `b` to `a` until both counts are met, with fixed route choice, so no equilibrium shift does it: with
    /// no count tolerance to 320 : 900 = 0.356 via `b`, with the default one until both lie within GEH 3.
    @Test func countsMoveVehiclesBetweenTheRoutesOfAnODPair() throws {
        let network = try Self.diamond()
        let viaA = ["in", "a1", "a2", "out"].map(network.id)
        let viaB = ["in", "b1", "b2", "out"].map(network.id)
        let prior = trips(network, "io", "in", "out", perHour: 900).enumerated().map { i, trip in
            var trip = trip
            trip.route = i % 2 == 0 ? viaA : viaB
            return trip
        }
        func run(tolerance: Double) throws -> ODCalibrationResult {
            try ODCalibration(
                network: network, configuration: SimulationConfiguration(duration: 5400), priorTrips: prior,
                counts: CountSet(
                    (counts("a2", vehicles: 145) + counts("b2", vehicles: 80)).filter { $0.begin >= 900 },
                    network: network),
                settings: .init(routeChoice: .fixed, countTolerance: tolerance)
            ).run()
        }
        func shareViaB(_ result: ODCalibrationResult) -> Double {
            Double(result.trips.count { $0.route == viaB }) / Double(result.trips.count)
        }
        let exact = try run(tolerance: 0)
        #expect(try #require(exact.iterations.first?.gehShareBelow5) == 0)
        for row in exact.fit.rows { #expect(row.geh < 1.5, "\(row)") }
        #expect(abs(shareViaB(exact) - 0.356) < 0.03, "\(shareViaB(exact)) via b")
        #expect(abs(exact.trips.count - 900) <= 30, "\(exact.trips.count) trips")
        let banded = try run(tolerance: 3)
        for row in banded.fit.rows { #expect(row.geh < 3, "\(row)") }
        #expect(shareViaB(banded) < 0.45, "\(shareViaB(banded)) via b")
    }

    /// D → E crosses no count: its cells keep the prior exactly, and so do its trips (ids, departures to the
    /// hundredth of a second the route file writes).
    @Test func anODPairThatCrossesNoCountKeepsItsPrior() throws {
        let network = try Self.corridors()
        let untouched = trips(network, "de", "D", "E", perHour: 123)
        let calibration = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500),
            priorTrips: trips(network, "ac", "A", "C", perHour: 200) + untouched,
            counts: CountSet(counts("B", vehicles: 100), network: network), settings: .init(iterations: 5))
        let result = try calibration.run()
        let cells = result.cells.filter { $0.origin == network.id("D") }
        #expect(cells.count == 4)
        for cell in cells { #expect(cell.vehicles == cell.prior) }
        let kept = result.trips.filter { $0.origin == network.id("D") }
        #expect(kept.map(\.id) == untouched.map(\.id))
        #expect(kept.map(\.departure) == untouched.map { ($0.departure * 100).rounded() / 100 })
        #expect(kept.allSatisfy { $0.route == [network.id("D"), network.id("E")] })
        // The counted pair did change.
        #expect(result.cells.filter { $0.origin == network.id("A") }.allSatisfy { $0.vehicles > $0.prior * 1.5 })
    }

    /// The diamond of `aDiamondGetsTheEquilibriumSplitTheCountsShow`.
    static func diamond() throws -> Network {
        var builder = NetworkBuilder()
        for (id, x, y) in [("o", 0.0, 0.0), ("n1", 500, 0), ("na", 1000, 0), ("n3", 1000, 500), ("n2", 1500, 0), ("d", 2000, 0)] {
            try builder.addNode(id, at: Coordinate(x, y))
        }
        try builder.addLink("in", from: "o", to: "n1", length: 500, lanes: 2, freeFlowSpeed: 20)
        try builder.addLink("a1", from: "n1", to: "na", length: 500, lanes: 1, freeFlowSpeed: 20)
        try builder.addLink("a2", from: "na", to: "n2", length: 500, lanes: 1, freeFlowSpeed: 20, capacity: 600)
        try builder.addLink("b1", from: "n1", to: "n3", length: 1000, lanes: 2, freeFlowSpeed: 20)
        try builder.addLink("b2", from: "n3", to: "n2", length: 1000, lanes: 2, freeFlowSpeed: 20)
        try builder.addLink("out", from: "n2", to: "d", length: 500, lanes: 2, freeFlowSpeed: 20)
        for (from, to) in [("in", "a1"), ("a1", "a2"), ("in", "b1"), ("b1", "b2"), ("a2", "out"), ("b2", "out")] {
            try builder.addMovement(from: from, to: to)
        }
        return builder.build()
    }

    /// A diamond: `in` (2 lanes) splits into the short branch `a1`, `a2` (2 × 500 m, 1 lane, 50 s; `a2` has a
    /// capacity of 600 veh/h, so its queue stands on `a1`) and the long branch `b1`, `b2` (2 × 1000 m, 2 lanes,
    /// 100 s), which join into `out`. With 900 veh/h from `in` to `out` the equilibrium is known by hand: `a`
    /// runs at its capacity, 600 veh/h, once its queue costs the 50 s the detour costs, and the other 300 veh/h
    /// take `b`. The first quarter hour, while the queue builds, is not counted and its prior is right (900
    /// veh/h); from 15 to 60 min the counts show the equilibrium (150 and 75 per quarter hour) and the prior
    /// has half the demand: the calibration doubles it and splits it 2 : 1 (with no count tolerance, so the
    /// counts are followed all the way).
    @Test func aDiamondGetsTheEquilibriumSplitTheCountsShow() throws {
        let network = try Self.diamond()
        let calibration = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 5400),
            priorTrips: trips(network, "io", "in", "out", perHour: 900).prefix(225)
                + trips(network, "io", "in", "out", perHour: 450).suffix(337),
            counts: CountSet(
                (counts("a2", vehicles: 150) + counts("b2", vehicles: 75)).filter { $0.begin >= 900 },
                network: network),
            settings: .init(countTolerance: 0))
        let result = try calibration.run()
        let counted = result.trips.filter { $0.departure >= 900 }
        let total = Double(counted.count)
        // Within 7 %: the result is the first demand that met the GEH criterion or a later one that fitted at
        // least as well (backtracking), not wherever the 20th iteration's oscillation stopped.
        #expect(abs(total - 675) <= 47, "\(total) trips from 15 min")
        let viaB = Double(counted.count { $0.route?.contains(network.id("b1")) == true })
        #expect(abs(viaB / total - 1.0 / 3) < 0.07, "\(viaB) of \(total) via b")
        for row in result.fit.rows { #expect(row.geh < 5, "\(row)") }
        // Towards equilibrium: the gap of the free-flow routes (all on `a`) is more than five times larger.
        let first = try #require(result.iterations.first?.relativeGap)
        let last = try #require(result.iterations[result.resultIteration - 1].relativeGap)
        #expect(last < 0.15 && last < first / 5, "gap \(first) → \(last)")
    }

    /// The diamond with 900 veh/h for an hour, all on its free-flow fastest branch `a` (50 s against 100 s):
    /// `a2` lets its capacity through, 600 veh/h = 150 per quarter hour, from the first quarter's end until its
    /// queue clears at 90 min, and `b2` sees nobody. The counts say exactly that, so the prior meets them in the
    /// first iteration. Equilibrium route choice would move 300 veh/h to `b` once `a`'s queue costs the 50 s
    /// of the detour, which `b2`'s zero count refuses: those iterations fit worse, are not kept, and the
    /// calibrated demand is still the prior, every vehicle on `a`, meeting every count.
    @Test func aPriorThatMeetsItsCountsStillMeetsThemAfterRouteChoice() throws {
        let network = try Self.diamond()
        let prior = trips(network, "io", "in", "out", perHour: 900)
        let counted =
            counts("a2", vehicles: 150, slices: 5).filter { $0.begin >= 900 } + counts("b2", vehicles: 0, slices: 6)
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 5400), priorTrips: prior,
            counts: CountSet(counted, network: network), settings: .init(iterations: 6)
        ).run()
        #expect(result.iterations.first?.gehShareBelow5 == 1)
        // Route choice did pull away from the counts; those iterations were not kept.
        let dropped = result.iterations.filter { !$0.kept }
        #expect(!dropped.isEmpty)
        #expect(dropped.allSatisfy { ($0.gehShareBelow5 ?? 1) < 1 }, "\(dropped)")
        #expect(result.fit.share(gehBelow: 5) == 1)
        for row in result.fit.rows where row.station == "a2" { #expect(abs(row.simulated - 600) <= 8, "\(row)") }
        for row in result.fit.rows where row.station == "b2" { #expect(row.simulated == 0, "\(row)") }
        #expect(result.trips.count == 900)
        #expect(result.trips.allSatisfy { $0.route == ["in", "a1", "a2", "out"].map(network.id) })
        #expect(result.iterations[result.resultIteration - 1].kept)
    }

    /// With fixed route choice the demand is still corrected but nobody leaves the free-flow fastest route
    /// (via `a`), however long its queue: the count on `b2` cannot be met.
    @Test func fixedRouteChoiceKeepsTheFreeFlowRoutes() throws {
        let network = try Self.diamond()
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 5400),
            priorTrips: trips(network, "io", "in", "out", perHour: 450),
            counts: CountSet(counts("a2", vehicles: 150) + counts("b2", vehicles: 75), network: network),
            settings: .init(iterations: 6, routeChoice: .fixed, countTolerance: 0)
        ).run()
        #expect(result.cells.allSatisfy { $0.routes == [["in", "a1", "a2", "out"].map(network.id)] })
        #expect(result.trips.allSatisfy { $0.route?.contains(network.id("a1")) == true })
        #expect(result.fit.rows.filter { $0.station == "b2" }.allSatisfy { $0.simulated == 0 })
        #expect(try #require(result.iterations[result.resultIteration - 1].relativeGap) > 0.05)
    }

    /// The diamond case with at most 2 route searches per iteration for its 4 cells (one OD pair, four
    /// quarter hours): m = ⌈4 ÷ 2⌉ = 2, kept iterations search the even and the odd cells in turn, so both halves
    /// are searched equally often whatever iterations backtracking drops, each cell follows MSA on its own
    /// clock (`ODCell.searches`), and in twice the iterations the calibration still reaches the split the
    /// counts show.
    /// The calibration of `aDiamondGetsTheEquilibriumSplitTheCountsShow` (a right first quarter hour, then half
    /// the demand the counts show) with `settings`.
    static func halfPriorDiamond(_ network: Network, settings: CalibrationSettings) throws -> ODCalibrationResult {
        try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 5400),
            priorTrips: trips(network, "io", "in", "out", perHour: 900).prefix(225)
                + trips(network, "io", "in", "out", perHour: 450).suffix(337),
            counts: CountSet(
                (counts("a2", vehicles: 150) + counts("b2", vehicles: 75)).filter { $0.begin >= 900 }, network: network),
            settings: settings
        ).run()
    }

    @Test func routeSearchesRotateAboveTheLimit() throws {
        let network = try Self.diamond()
        func run(limit: Int?, iterations: Int = 20) throws -> ODCalibrationResult {
            try Self.halfPriorDiamond(network, settings: .init(iterations: iterations, routeSearchLimit: limit))
        }
        let rotated = try run(limit: 2, iterations: 40)
        #expect(rotated.cells.count == 4)
        let searches = rotated.cells.map(\.searches)
        #expect(searches.allSatisfy { $0 >= 2 }, "\(searches)")
        #expect(searches[0] == searches[2] && searches[1] == searches[3], "\(searches)")
        #expect(abs(searches[0] - searches[1]) <= 1, "\(searches)")
        // A kept iteration searches 2 cells (0 when it repeats the best's trips and reuses its routes).
        #expect(rotated.iterations.allSatisfy { [0, $0.kept ? 2 : 0].contains($0.searchedCells) }, "\(rotated.iterations)")
        for row in rotated.fit.rows { #expect(row.geh < 5, "\(row)") }
        let counted = rotated.trips.filter { $0.departure >= 900 }
        let viaB = Double(counted.count { $0.route?.contains(network.id("b1")) == true })
        #expect(abs(viaB / Double(counted.count) - 1.0 / 3) < 0.1, "\(viaB) of \(counted.count) via b")
        // A limit the cells do not exceed searches every cell: the same run as without a limit.
        let unlimited = try run(limit: nil)
        let limited = try run(limit: 4)
        #expect(unlimited.iterations.allSatisfy { $0.searchedCells <= ($0.kept ? 4 : 0) })
        #expect(unlimited.iterations.first?.searchedCells == 4)
        // m by hand.
        let calibration = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 60), priorTrips: [],
            counts: CountSet([], network: network), settings: .init(routeSearchLimit: 50_000))
        #expect(calibration.searchRotation(cellCount: 300_000) == 6)
        #expect(calibration.searchRotation(cellCount: 300_001) == 7)
        #expect(calibration.searchRotation(cellCount: 50_000) == 1)
        #expect(limited.trips == unlimited.trips)
        #expect(limited.iterations == unlimited.iterations)
    }

    /// Bounded-rational route choice (`CalibrationSettings.indifference`), by hand on one cell: routes r1 and r2
    /// with half the vehicles each, r1 slower than the band: a step of 0.2 to a new route r3 takes 0.2 of r1's
    /// share only (0.5 → 0.4, r3 0.1, r2 keeps 0.5); with no route slower than the band nothing moves and the
    /// prior's own routes are kept.
    @Test func onlyRoutesSlowerThanTheBandGiveUpVehicles() {
        let (r1, r2, r3) = ([LinkID(0)], [LinkID(1)], [LinkID(2)])
        var cell = ODCell(
            origin: LinkID(0), destination: LinkID(2), begin: 0, end: 900, prior: 10, vehicles: 10, routes: [r1, r2],
            shares: [0.5, 0.5], priorTrips: [])
        cell.keepsPriorRoutes = true
        var unmoved = cell
        unmoved.shift(0.2, to: r3, from: [false, false])
        #expect(unmoved == cell)
        cell.shift(0.2, to: r3, from: [true, false])
        #expect(cell.routes == [r1, r2, r3])
        #expect(abs(cell.shares[0] - 0.4) < 1e-12 && cell.shares[1] == 0.5 && abs(cell.shares[2] - 0.1) < 1e-12)
        #expect(!cell.keepsPriorRoutes)
    }

    /// The diamond of `aDiamondGetsTheEquilibriumSplitTheCountsShow` with an indifference band: 10 % still finds
    /// the 2 : 1 split the counts show (the detour is worth taking once the queue on `a` costs 50 s, far beyond
    /// 10 %); a band of 10 (a route must be 11 times slower) lets nobody leave the free-flow branch `a`, as fixed
    /// route choice would, and `b2`'s count is missed.
    @Test func anIndifferenceBandKeepsRoutesThatAreNearlyAsFast() throws {
        let network = try Self.diamond()
        func run(indifference: Double) throws -> ODCalibrationResult {
            try Self.halfPriorDiamond(network, settings: .init(indifference: indifference))
        }
        let banded = try run(indifference: 0.1)
        let counted = banded.trips.filter { $0.departure >= 900 }
        let viaB = Double(counted.count { $0.route?.contains(network.id("b1")) == true })
        #expect(abs(viaB / Double(counted.count) - 1.0 / 3) < 0.1, "\(viaB) of \(counted.count) via b")
        for row in banded.fit.rows { #expect(row.geh < 5, "\(row)") }
        let stubborn = try run(indifference: 10)
        #expect(stubborn.cells.allSatisfy { $0.routes == [["in", "a1", "a2", "out"].map(network.id)] })
        #expect(stubborn.fit.rows.filter { $0.station == "b2" }.allSatisfy { $0.simulated == 0 })
    }

    /// A demand that locks the model up is not kept. The ring of `TestNetworks.ring` (four 20 m links of 3
    /// vehicles, a ramp into each): the prior sends one vehicle every 20 s from each ramp to the ring link two
    /// ahead (each ring link carries three ramps' vehicles, 540 veh/h), and the counts ask for 1 200 per quarter
    /// hour on every ring link — twice what a 1 800 veh/h link passes, so the correction raises the demand until
    /// the ring locks (a ring over its storage: `UnroutableAndGridlockTests`). Those iterations are not kept and
    /// the result's simulation runs free; before them the demand did grow.
    @Test func aDemandThatLocksTheModelUpIsNotKept() throws {
        var builder = NetworkBuilder()
        try TestNetworks.ring(into: &builder)
        let network = builder.build()
        let prior = (0..<180).flatMap { k in
            (0..<4).map { i in
                Trip(
                    id: "v\(i).\(k)", origin: network.id("ramp\(i)"), destination: network.id("ring\((i + 2) % 4)"),
                    departure: Double(k * 20))
            }
        }
        let counted = (0..<4).flatMap { counts("ring\($0)", vehicles: 1200) }
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 3600, gridlockTimeout: 60),
            priorTrips: prior, counts: CountSet(counted, network: network), settings: .init(iterations: 8)
        ).run()
        let locked = result.iterations.filter(\.gridlock)
        #expect(!locked.isEmpty, "\(result.iterations)")
        #expect(locked.allSatisfy { !$0.kept }, "\(locked)")
        #expect(!result.iterations[result.resultIteration - 1].gridlock)
        #expect(result.trips.count > prior.count, "\(result.trips.count) trips")
    }

    /// The OD correction's reference flow (`correctionReference`), by hand, 15-minute slices:
    /// - the demand sends 7 vehicles past a count where the simulation delivered 4: within chance (3 < 2 √8 ≈
    ///   5.7), so the simulated 16 veh/h is the reference, not the 28 veh/h sent (the larger of two figures
    ///   that scatter around the same value overstates it, and the correction then cut the demand);
    /// - it sends 225 where 150 passed, a queue (75 > 2 √226 ≈ 30): the 900 veh/h sent is the reference, so the
    ///   demand behind a bottleneck is not scaled up;
    /// - it sends 5 where 10 passed: the simulated 40 veh/h.
    @Test func aCountMetByChanceIsNotReadAsABottleneck() throws {
        let network = try Self.corridors()
        let calibration = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500),
            priorTrips: trips(network, "ac", "A", "C", perHour: 10),
            counts: CountSet(counts("B", vehicles: 5, slices: 3), network: network))
        let simulation = try Simulation(
            network: network, signalPlans: [:], trips: [], configuration: SimulationConfiguration(duration: 60)
        ).run()
        let reference = calibration.correctionReference(
            simulated: [16, 600, 40], loaded: [28, 900, 20], simulation: simulation)
        #expect(reference == [16, 900, 40])
    }

    /// The corridor case with every fourth prior trip a truck starting on the emptiest lane (`departLane`
    /// free): the calibrated demand doubles and its new vehicles take the prior's types and departure lanes in
    /// turn, so about a quarter are such trucks again; the route file names them and carries the definitions
    /// given.
    @Test func vehicleTypesAreKept() throws {
        let network = try Self.corridors()
        let prior = trips(network, "ac", "A", "C", perHour: 200).enumerated().map { i, trip in
            var trip = trip
            trip.vehicleType = i % 4 == 0 ? "truck" : nil
            trip.departLane = i % 4 == 0 ? .free : .best
            return trip
        }
        let result = try ODCalibration(
            network: network, configuration: SimulationConfiguration(duration: 4500), priorTrips: prior,
            counts: CountSet(counts("B", vehicles: 100), network: network), settings: .init(iterations: 6)
        ).run()
        #expect(result.trips.count > 300)
        let trucks = Double(result.trips.count { $0.vehicleType == "truck" })
        #expect(abs(trucks / Double(result.trips.count) - 0.25) < 0.02, "\(trucks) of \(result.trips.count)")
        #expect(result.trips.allSatisfy { $0.vehicleType == nil || $0.vehicleType == "truck" })
        let xml = result.routesXML(network: network, vehicleTypes: ["<vType id=\"truck\" length=\"12\"></vType>"])
        let definition = try #require(xml.range(of: "<vType id=\"truck\" length=\"12\"></vType>"))
        let firstTruck = try #require(xml.range(of: "type=\"truck\""))
        #expect(definition.upperBound < firstTruck.lowerBound)
        #expect(xml.components(separatedBy: "type=\"truck\"").count - 1 == Int(trucks))
        // Their departure lanes too, in the trips and in the route file.
        #expect(result.trips.allSatisfy { ($0.vehicleType == "truck") == ($0.departLane == .free) })
        #expect(xml.components(separatedBy: "type=\"truck\" departLane=\"free\"").count - 1 == Int(trucks))
    }

    /// Same inputs, same result.
    @Test func calibrationIsDeterministic() throws {
        let network = try Self.corridors()
        func run() throws -> ODCalibrationResult {
            try ODCalibration(
                network: network, configuration: SimulationConfiguration(duration: 4500),
                priorTrips: trips(network, "ac", "A", "C", perHour: 200),
                counts: CountSet(counts("B", vehicles: 100), network: network), settings: .init(iterations: 4)
            ).run()
        }
        let a = try run()
        let b = try run()
        #expect(a.trips == b.trips)
        #expect(a.iterations == b.iterations)
    }
}
