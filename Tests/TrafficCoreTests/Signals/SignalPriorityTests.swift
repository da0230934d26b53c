import Testing
import TrafficCore
import TrafficTestSupport

@Suite("Priority vehicles and pedestrian demand at signals")
struct SignalPriorityTests {
    /// An ambulance on the NS approach departs at 620 s and reaches the stop line at 660 s (cycle phase 0:
    /// NS red until 690 s; plan EW [0, 27), NS [30, 57)). EW 600 veh/h, NS 300 veh/h (uniform, departures
    /// 0, 12, …: the NS vehicle of 612 s crosses at 652 s in the NS green, the one of 624 s is behind).
    /// Fixed plan: it waits 660 → 690 s = 30 s. With priority (fixed-time node preempted, min green 5 s): the
    /// decision at 621 s sees it on the approach, EW has been green since 600 s (21 s ≥ 5) → switch, NS green
    /// at 624 s and held until it has crossed at 660 s: delay 0. Same seed, same other trips.
    @Test func priorityVehicleWaitsLessAtAFixedTimeNode() throws {
        let network = try SignalJunction.network()
        let ambulance = Trip(id: "ambulance", origin: network.id("n_x"), destination: network.id("x_s"), departure: 620)
        func run(priority: Bool) throws -> SimulationResult {
            try Simulation.run(
                SignalJunction.scenario(ew: 600, ns: 300, duration: 1200, extraTrips: [ambulance]) {
                    if priority { $0.signalPriority = SignalPriority(tripIDs: ["ambulance"]) }
                })
        }
        let without = try run(priority: false)
        let with = try run(priority: true)
        let plain = try #require(without.trips.first { $0.id == "ambulance" })
        #expect(plain.timeLoss == 30)

        let report = try #require(with.signalControl)
        #expect(report.priorityTrips.map(\.id) == ["ambulance"])
        #expect(report.priorityDelay == 0)
        #expect(report.priorityDelay < plain.timeLoss)
        let preemption = try #require(report.stageSwitches.first { $0.reason == .priority })
        #expect(preemption.time == 621 && preemption.to == "NS" && preemption.greenStart == 624)
        // After the ambulance: NS (green 624 → 661) ends at the first decision past its plan green.
        let after = try #require(report.stageSwitches.first { $0.time > 621 })
        #expect(after.time == 661 && after.reason == .plan && after.to == "EW")
    }

    /// Actuated (min 5 s, max 60 s), EW 1500 veh/h (2.4 s headway < 3 s gap: EW never gaps out, it only
    /// maxes out while NS is called), NS 200 veh/h. A probe run without the ambulance gives an EW green start
    /// G ≥ 400 s; the ambulance reaches the NS stop line at G + 2 (departs G − 38), so it only changes the
    /// signals from then on. Without priority: EW runs to max green, G + 60, then 3 s intergreen → NS green
    /// at G + 63: delay 61 s. With priority it is detected on entering the approach at G − 38 and served
    /// after at most the running stage's min green and one intergreen: ≤ 5 + 3 = 8 s, and less than without.
    @Test func priorityVehicleWaitsLessUnderActuatedControl() throws {
        let network = try SignalJunction.network()
        func run(_ extra: [Trip], priority: Bool) throws -> SimulationResult {
            try Simulation.run(
                SignalJunction.scenario(ew: 1500, ns: 200, demandEnd: 1200, duration: 1200, extraTrips: extra) {
                    $0.signalControl = .actuated(ActuatedControl(minGreen: 5, maxGreen: 60))
                    if priority { $0.signalPriority = SignalPriority(tripIDs: ["ambulance"]) }
                })
        }
        let probe = try #require(try run([], priority: false).signalControl)
        let green = try #require(probe.stageSwitches.first { $0.to == "EW" && $0.greenStart >= 400 }).greenStart
        let ambulance = Trip(
            id: "ambulance", origin: network.id("n_x"), destination: network.id("x_s"), departure: green - 38)
        let plain = try #require(try run([ambulance], priority: false).trips.first { $0.id == "ambulance" })
        let preferredRun = try run([ambulance], priority: true)
        let preferred = try #require(preferredRun.trips.first { $0.id == "ambulance" })
        #expect(plain.timeLoss == 61, "without priority")
        #expect(preferred.timeLoss <= 8, "with priority")
        #expect(preferred.timeLoss < plain.timeLoss)
        #expect(preferredRun.signalControl?.priorityDelay == preferred.timeLoss)
    }

    @Test func unknownPriorityTripIsNamed() throws {
        let scenario = try SignalJunction.scenario(ew: 100, ns: 100, duration: 100) {
            $0.signalPriority = SignalPriority(tripIDs: ["fire-engine"])
        }
        #expect(throws: SimulationError.invalidConfiguration("priority trip 'fire-engine' is not in the demand")) {
            try Simulation(scenario)
        }
    }

    /// Pedestrian demand under actuated control: a 24 m crossing with the NS group at 1.0 m/s raises the NS
    /// minimum green from 5 s to 24 s. NS carries one vehicle a minute, so NS gaps out right at its minimum:
    /// every NS green lasts exactly 24 s with pedestrians (and 5 s without), as the stage log shows.
    @Test func pedestrianCrossingExtendsMinimumGreen() throws {
        func nsGreens(_ pedestrians: PedestrianDemand?) throws -> [Double] {
            let result = try Simulation.run(
                SignalJunction.scenario(ew: 600, ns: 60, duration: 3800) {
                    $0.signalControl = .actuated(ActuatedControl(minGreen: 5))
                    $0.pedestrianDemand = pedestrians
                })
            return try #require(result.signalControl).stageSwitches.filter { $0.from == "NS" }.map(\.endedGreen)
        }
        let crossing = PedestrianCrossing(node: "x", group: "NS", length: 24)
        let with = try nsGreens(PedestrianDemand(walkingSpeed: 1.0, crossings: [crossing]))
        let without = try nsGreens(nil)
        #expect(with.count >= 55 && without.count >= 55)
        #expect(with.allSatisfy { $0 >= 24 })
        #expect(with.min() == 24)
        #expect(without.min() == 5)
    }

    /// Pedestrian demand at a fixed-time node: NS's plan green of 27 s is extended to 24 m / 0.8 m/s = 30 s
    /// (EW keeps 27 s): the cycle becomes 27 + 3 + 30 + 3 = 63 s.
    @Test func pedestrianCrossingExtendsAFixedPlanStage() throws {
        let plan = SignalPlan(
            cycle: 60,
            groups: [
                SignalGroup(id: "EW", greenIntervals: [.init(start: 0, end: 27)]),
                SignalGroup(id: "NS", greenIntervals: [.init(start: 30, end: 57)]),
            ])
        let result = try Simulation.run(
            SignalJunction.scenario(ew: 300, ns: 300, duration: 1000, plan: plan) {
                $0.pedestrianDemand = PedestrianDemand(
                    walkingSpeed: 0.8, crossings: [PedestrianCrossing(node: "x", group: "NS", length: 24)])
            })
        let switches = try #require(result.signalControl?.stageSwitches)
        #expect(switches.filter { $0.from == "NS" }.allSatisfy { $0.endedGreen == 30 })
        #expect(switches.filter { $0.from == "EW" }.allSatisfy { $0.endedGreen == 27 })
        let nsStarts = switches.filter { $0.to == "NS" }.map(\.greenStart)
        #expect(zip(nsStarts, nsStarts.dropFirst()).allSatisfy { $1 - $0 == 63 })
        #expect(nsStarts.count >= 15)
    }

    @Test func unknownCrossingGroupIsNamed() throws {
        let scenario = try SignalJunction.scenario(ew: 100, ns: 100, duration: 100) {
            $0.pedestrianDemand = PedestrianDemand(crossings: [PedestrianCrossing(node: "x", group: "SN", length: 12)])
        }
        #expect(
            throws: SimulationError.invalidConfiguration(
                "pedestrian crossing at node 'x', group 'SN': no movement at the node uses this signal group")
        ) { try Simulation(scenario) }
    }
}
