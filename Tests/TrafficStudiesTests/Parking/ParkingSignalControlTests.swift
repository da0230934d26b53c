import Testing
import TrafficCore
import TrafficStudies
import TrafficTestSupport

/// A parking run is a simulation run with the parking search added (`ParkingSearch`, an engine extension): it
/// must run the same signal controllers as a plain run. Before the engine had one construction path, a
/// parking run built its own engine without them: actuated control ran as the fixed plan (13 s mean delay
/// instead of about 1 s here) and the signal-control report was missing.
@Suite("Parking runs with signal control")
struct ParkingSignalControlTests {
    /// At the adaptive-control junction (EW 600 veh/h, NS 60 veh/h; ActuatedControlTests derives a fixed-time
    /// delay of about 13 s and an actuated one of at most 2.5 s), with one EW vehicle parking on its destination
    /// link (a free space there: it parks where it would have arrived): trip records, delay and the
    /// controllers' stage switches equal those of the plain run on the same trips, for every kind of control.
    @Test(arguments: [
        SignalControl.fixedTime, .actuated(ActuatedControl()), .maxPressure(MaxPressureControl(minGreen: 10)),
    ])
    func parkingRunHasThePlainRunsTrafficAndControllers(control: SignalControl) throws {
        let scenario = try Scenario(SignalJunction.scenario(ew: 600, ns: 60, duration: 3800) { $0.signalControl = control })
        let network = scenario.network
        let trips = try scenario.demand.generateTrips(seed: scenario.configuration.seed, network: network)
        let plain = try Simulation(
            network: network, signalPlans: scenario.signalPlans, trips: trips, configuration: scenario.configuration
        ).run()
        let parking = try ParkingSimulation(
            network: network, signalPlans: scenario.signalPlans, trips: trips,
            parkingTrips: [ParkingTrip(tripID: "ew.0")],
            supply: ParkingSupply(onStreet: [OnStreetParking(id: "E", link: network.id("x_e"), capacity: [.general: 5])]),
            simulationConfiguration: scenario.configuration, configuration: ParkingConfiguration()
        ).run()

        #expect(parking.vehicles.map(\.outcome) == [.parkedOnStreet])
        #expect(parking.simulation.summary.vehiclesArrived == 660)
        #expect(parking.simulation.trips == plain.trips)
        #expect(parking.simulation.summary.totalDelay == plain.summary.totalDelay)
        #expect(parking.simulation.movementStatistics == plain.movementStatistics)
        #expect(parking.simulation.signalControl == plain.signalControl)
        let delay = SignalJunction.meanDelay(parking.simulation)
        switch control {
        case .fixedTime:
            #expect(parking.simulation.signalControl == nil)
            #expect(delay > 0.85 * 13.4 && delay < 1.1 * 13.4, "fixed \(delay) s")
        case .actuated:
            #expect(parking.simulation.signalControl?.stageSwitches.isEmpty == false)
            #expect(delay <= 2.5, "actuated \(delay) s")
        case .maxPressure:
            #expect(parking.simulation.signalControl?.stageSwitches.isEmpty == false)
            #expect(delay < 0.85 * 13.4, "max-pressure \(delay) s")
        }
    }
}
