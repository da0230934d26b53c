import Testing
import TrafficCore
import TrafficTestSupport

/// Nodes whose plan carries its own actuation (`SignalActuation`, e.g. an imported SUMO actuated program) run
/// actuated under the default `.fixedTime` control, with their own per-stage limits.
@Suite("Actuated plans")
struct ActuatedPlanTests {
    /// `SignalJunction.plan()` (EW [0, 27), NS [30, 57) of 60 s, 3 s intergreens) with EW 10…30 s, NS 5…20 s.
    static func actuatedPlan(gap: Double = 3) -> SignalPlan {
        var plan = SignalJunction.plan()
        plan.actuation = SignalActuation(
            stages: [
                .init(groups: ["EW"], minGreen: 10, maxGreen: 30),
                .init(groups: ["NS"], minGreen: 5, maxGreen: 20),
            ], gap: gap)
        return plan
    }

    /// Demand on EW only, 1440 veh/h (one vehicle every 2.5 s, below the 1800 veh/h saturation flow): once the
    /// first vehicles are near (they need 40 s to the stop line), EW is always called — a vehicle stands at
    /// the stop line or arrives within the 3 s gap — so EW runs to its max green, 30 s (max-out); NS, with no
    /// demand, is not skipped (SUMO runs every phase) and ends at its min green, 5 s (gap-out). Cycle
    /// 30 + 3 + 5 + 3 = 41 s. Before the first vehicle nothing is called: EW 10 s, NS 5 s, both gap-outs.
    @Test func oneLoadedApproachRunsToMaxGreenAndTheEmptyStageToMinGreen() throws {
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 1440, ns: 0, duration: 1800, plan: Self.actuatedPlan()))
        let switches = try #require(result.signalControl?.stageSwitches)

        // t = 10 EW gaps out, NS green 13…18, EW green 21…31, NS 34…39, EW 42: the first vehicle reaches the
        // stop line at 40 s, so EW is called from 37 s on and extends from its green start at 42 s.
        let first = switches.prefix(4).map { [$0.time, $0.greenStart, $0.endedGreen] }
        #expect(first == [[10, 13, 10], [18, 21, 5], [31, 34, 10], [39, 42, 5]])
        #expect(switches.prefix(4).allSatisfy { $0.reason == .gapOut })
        let later = switches.filter { $0.time > 60 }
        #expect(later.count > 60)
        for s in later {
            #expect(s.greenStart - s.time == 3, "intergreen: \(s)")
            if s.from == "EW" {
                #expect(s.reason == .maxOut && s.endedGreen == 30, "\(s)")
            } else {
                #expect(s.reason == .gapOut && s.endedGreen == 5, "\(s)")
            }
        }
        // EW serves at most 30 / 41 · 1800 = 1317 veh/h < 1440: the queue keeps EW called to the end.
        #expect(result.summary.vehiclesUnfinished > 0)
    }

    /// No demand at all: every stage shows exactly its min green and the node keeps cycling (no rest in green):
    /// 10 + 3 + 5 + 3 = 21 s per cycle.
    @Test func withoutDemandEveryStageShowsItsMinGreen() throws {
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 0, ns: 0, duration: 210, plan: Self.actuatedPlan()))
        let switches = try #require(result.signalControl?.stageSwitches)
        var expected: [Double] = []
        for k in 0..<10 { expected += [Double(21 * k + 10), Double(21 * k + 18)] }
        #expect(switches.map(\.time) == expected)
        #expect(switches.allSatisfy { $0.reason == .gapOut && $0.endedGreen == ($0.from == "EW" ? 10 : 5) })
    }

    /// Light demand on both approaches, 60 veh/h each: a vehicle extends its stage only while it is within the
    /// gap of the stop line, so every stage ends at its min green unless a vehicle is near; max green is never
    /// reached and every vehicle arrives.
    @Test func lightDemandNeverReachesMaxGreen() throws {
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 60, ns: 60, duration: 3800, plan: Self.actuatedPlan()))
        let switches = try #require(result.signalControl?.stageSwitches)
        #expect(switches.allSatisfy { $0.reason == .gapOut })
        #expect(switches.allSatisfy { $0.endedGreen >= ($0.from == "EW" ? 10 : 5) && $0.endedGreen < 20 })
        #expect(result.summary.vehiclesArrived == 120)
    }

    /// A node with one stage (EW green [0, 27) of 60 s: 33 s not green, as in SUMO's programs whose only other
    /// phases are amber and a pedestrian green): saturated by demand it shows its max green, 30 s, then the
    /// plan's 33 s red, and again.
    @Test func aSingleStageNodeGoesThroughItsRedBetweenGreens() throws {
        var plan = SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 27)]),
                SignalGroup(id: "NS", greenIntervals: []),  // never green: the node has one stage
            ])
        plan.actuation = SignalActuation(stages: [.init(groups: ["EW"], minGreen: 5, maxGreen: 30)])
        let setup = try SignalJunction.scenario(ew: 1440, ns: 0, duration: 600, plan: plan)
        let result = try Simulation.run(setup)
        let switches = try #require(result.signalControl?.stageSwitches)
        let later = switches.filter { $0.time > 60 }
        #expect(!later.isEmpty)
        #expect(later.allSatisfy { $0.from == "EW" && $0.to == "EW" && $0.greenStart - $0.time == 33 })
        #expect(later.allSatisfy { $0.reason == .maxOut && $0.endedGreen == 30 })
    }

    /// NS gives way to EW, but only to EW vehicles that can go: a queue standing at EW's red, whose green no
    /// controller has decided yet, does not hold NS back. EW 1440 veh/h keeps a queue at its red; NS (60 veh/h)
    /// then waits at most for one EW green and the intergreen, 30 + 3 s, and its own 5…20 s green serves it —
    /// far below the 60 s after which a yielding driver would go anyway.
    @Test func aMinorDoesNotWaitForAMajorStandingAtRed() throws {
        let result = try Simulation.run(
            SignalJunction.scenario(
                ew: 1440, ns: 60, demandEnd: 1800, duration: 1800, plan: Self.actuatedPlan(), nsYieldsToEW: true))
        let ns = result.trips.filter { $0.id.hasPrefix("ns") }
        #expect(ns.count >= 25)
        for trip in ns { #expect(trip.timeLoss <= 33.5, "\(trip.id): \(trip.timeLoss) s") }
    }

    /// Without actuation the same node runs its fixed plan: no controller, no stage log.
    @Test func aPlanWithoutActuationStaysFixedTime() throws {
        let result = try Simulation.run(SignalJunction.scenario(ew: 600, ns: 60, duration: 600))
        #expect(result.signalControl == nil)
        #expect(!SignalJunction.plan().isActuated && Self.actuatedPlan().isActuated)
    }

    /// Global `.actuated` control runs every node with its parameters; the plan's own limits do not apply.
    @Test func globalActuatedControlOverridesThePlansLimits() throws {
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 1440, ns: 0, duration: 600, plan: Self.actuatedPlan()) {
                $0.signalControl = .actuated(ActuatedControl())
            })
        // ActuatedControl rests in green without another call: EW never switches.
        #expect(result.signalControl?.stageSwitches.filter { $0.time > 60 }.isEmpty == true)
    }

    /// Limits that cannot hold, or a stage of the plan without limits, are configuration errors.
    @Test func invalidOrMissingLimitsAreRefused() throws {
        var inverted = Self.actuatedPlan()
        inverted.actuation!.stages[1].maxGreen = 2
        var missing = Self.actuatedPlan()
        missing.actuation!.stages.removeLast()
        for plan in [inverted, missing] {
            let setup = try SignalJunction.scenario(ew: 60, ns: 60, duration: 60, plan: plan)
            #expect(throws: SimulationError.self) { _ = try Simulation.run(setup) }
        }
    }
}
