import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Actuated signal control")
struct ActuatedControlTests {
    /// Light demand on one approach: EW 600 veh/h, NS 60 veh/h (uniform), plan EW 27 s / NS 24 s of 60 s.
    ///
    /// Fixed time (Webster d1 = 0.5·C·(1 − g/C)² / (1 − X·g/C), s = 1800 veh/h): EW g/C = 0.45, capacity
    /// 810 veh/h, X = 0.741 → d1 = 30 · 0.3025 / 0.667 = 13.6 s; NS g/C = 0.4, X = 60/720 = 0.083 →
    /// d1 = 30 · 0.36 / 0.967 = 11.2 s; flow-weighted mean 13.4 s (the discrete value is a few % lower,
    /// see SignalDelayTests).
    /// Actuated (min 5, max 60, gap 3): EW is red only while the single NS vehicle of each minute is served:
    /// at most 3 s intergreen + 5 s min green + 3 s intergreen = 11 s per minute, so at most ⌈11/6⌉ = 2 EW
    /// vehicles per minute wait, each ≤ 11 s → EW mean ≤ 2 · 11 / 10 = 2.2 s. The NS vehicle is called 3 s
    /// before its stop line; EW gaps out within 6 s (its vehicles are 6 s apart, the detector horizon 3 s),
    /// then 3 s intergreen → NS waits ≤ 6 s. Mean ≤ (600 · 2.2 + 60 · 6) / 660 = 2.5 s.
    @Test func lightSideDemandHasLowerDelayThanTheFixedPlan() throws {
        let fixed = try Simulation.run(SignalJunction.scenario(ew: 600, ns: 60, duration: 3800))
        let actuated = try Simulation.run(
            SignalJunction.scenario(ew: 600, ns: 60, duration: 3800) { $0.signalControl = .actuated(ActuatedControl()) }
        )

        for result in [fixed, actuated] { #expect(result.summary.vehiclesArrived == 660) }
        let fixedDelay = SignalJunction.meanDelay(fixed)
        let actuatedDelay = SignalJunction.meanDelay(actuated)
        #expect(fixedDelay > 0.85 * 13.4 && fixedDelay < 1.1 * 13.4, "fixed \(fixedDelay) s")
        #expect(actuatedDelay <= 2.5, "actuated \(actuatedDelay) s")
        #expect(actuatedDelay < fixedDelay)
        #expect(fixed.signalControl == nil)
        // One NS service per NS vehicle: 60 switches to NS and 60 back (± the last one).
        let toNS = actuated.signalControl!.stageSwitches.filter { $0.to == "NS" }
        #expect(toNS.count >= 59 && toNS.count <= 60, "\(toNS.count) NS stages")
    }

    /// Poisson demand EW 700 / NS 400 veh/h: every stage ends after at least min green (7 s), every change
    /// goes through the plan's 3 s intergreen, nothing starts before the previous green has ended, max-outs
    /// happen at max green, and — checked independently of the log — every vehicle crossed its stop line
    /// (arrival − 40 s) inside a green window of its group.
    /// With 0.5 s steps the controller still decides every 1 s (every second step): switches fall on whole seconds.
    @Test(arguments: [1.0, 0.5]) func minGreenIntergreenAndGreenWindowsHold(step: Double) throws {
        let control = ActuatedControl(minGreen: 7, maxGreen: 25, gap: 3)
        let scenario = try SignalJunction.scenario(
            ew: 700, ns: 400, distribution: .poisson, duration: 3900
        ) {
            $0.signalControl = .actuated(control)
            $0.step = step
        }
        let result = try Simulation.run(scenario)
        let switches = try #require(result.signalControl?.stageSwitches)

        #expect(switches.count > 100)
        #expect(switches.contains { $0.reason == .gapOut })
        #expect(switches.contains { $0.reason == .maxOut })
        var previousGreenStart = 0.0
        for s in switches {
            #expect(s.from != s.to)
            #expect(s.time.rounded() == s.time, "decision off the 1 s grid: \(s)")
            #expect(s.endedGreen >= control.minGreen, "\(s)")
            #expect(s.time - previousGreenStart == s.endedGreen, "\(s)")
            #expect(s.greenStart - s.time == 3, "intergreen: \(s)")
            // Max-out: the first decision (whole seconds) with green ≥ 25 s while the other stage was called.
            if s.reason == .maxOut { #expect(s.endedGreen >= control.maxGreen, "\(s)") }
            previousGreenStart = s.greenStart
        }
        let end = result.summary.simulatedTime
        let windows = [
            "ew": SignalJunction.greenWindows(of: "EW", in: switches, until: end),
            "ns": SignalJunction.greenWindows(of: "NS", in: switches, until: end),
        ]
        for trip in result.trips {
            let crossing = trip.arrival - SignalJunction.freeFlowTime
            let flow = String(trip.id.prefix(2))
            #expect(windows[flow]!.contains { $0.contains(crossing) }, "\(trip.id) crossed at \(crossing)")
        }
    }

    /// Saturated approaches (900 veh/h each, more than the junction can serve): both stages are always
    /// called, so every stage runs exactly to max green (20 s; green starts and decisions fall on whole
    /// seconds) and ends by max-out.
    @Test func saturatedStagesEndAtMaxGreen() throws {
        let control = ActuatedControl(minGreen: 5, maxGreen: 20)
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 900, ns: 900, demandEnd: 1800, duration: 1800) {
                $0.signalControl = .actuated(control)
            })
        let switches = try #require(result.signalControl?.stageSwitches)
        // Cycle 2 · (20 + 3) = 46 s → ⌊1800 / 46 · 2⌋ ≈ 78 switches; the first ones wait for queues to form.
        #expect(switches.count >= 70)
        let later = switches.filter { $0.time > 120 }
        #expect(later.allSatisfy { $0.reason == .maxOut && $0.endedGreen == 20 })
    }

    /// Conservation under actuated and max-pressure control: departed = arrived + en route at every
    /// snapshot, and every vehicle of a demand the junction can serve arrives.
    @Test func conservationHolds() throws {
        for control in [SignalControl.actuated(ActuatedControl()), .maxPressure(MaxPressureControl())] {
            let result = try Simulation.run(
                SignalJunction.scenario(ew: 700, ns: 400, distribution: .poisson, duration: 3900) {
                    $0.signalControl = control
                })
            for s in result.snapshots { #expect(s.departed == s.arrived + s.enRoute, "t = \(s.time)") }
            let generated = try SignalJunction.scenario(ew: 700, ns: 400, distribution: .poisson, duration: 3900)
                .demand.generateTrips(seed: 7, network: SignalJunction.network()).count
            #expect(result.summary.vehiclesArrived == generated, "\(control)")
            #expect(result.summary.vehiclesUnfinished == 0)
        }
    }

    /// A node following its plan stage by stage (here: pedestrian crossings too short to extend anything)
    /// runs exactly as the compiled fixed plan: identical trip records.
    @Test func planFollowingReproducesTheFixedPlan() throws {
        let fixed = try Simulation.run(
            SignalJunction.scenario(ew: 700, ns: 400, distribution: .poisson, duration: 3900))
        let following = try Simulation.run(
            SignalJunction.scenario(ew: 700, ns: 400, distribution: .poisson, duration: 3900) {
                $0.pedestrianDemand = PedestrianDemand(crossings: [.init(node: "x", group: "NS", length: 2)])
            })
        let switches = try #require(following.signalControl?.stageSwitches)
        #expect(switches.count == 2 * 65)  // two stage ends per 60 s cycle over 3900 s
        #expect(switches.allSatisfy { $0.reason == .plan })
        #expect(following.trips == fixed.trips)
    }

    @Test func badParametersAreNamed() throws {
        let scenario = try SignalJunction.scenario(ew: 100, ns: 100, duration: 100) {
            $0.signalControl = .actuated(ActuatedControl(minGreen: 10, maxGreen: 5))
        }
        #expect(throws: SimulationError.invalidConfiguration("actuated max green 5.0 s is below min green 10.0 s")) {
            try Simulation(scenario)
        }
        let gap = try SignalJunction.scenario(ew: 100, ns: 100, duration: 100) {
            $0.signalControl = .actuated(ActuatedControl(gap: -1))
        }
        #expect(throws: SimulationError.invalidConfiguration("actuated gap must be > 0, is -1.0")) {
            try Simulation(gap)
        }
    }
}
