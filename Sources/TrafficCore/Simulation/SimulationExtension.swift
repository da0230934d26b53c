/// What a study adds to a simulation run beyond traffic (parking search in TrafficStudies): hooks the engine
/// calls at fixed points of a run.
///
/// The engine's own parts — links, vehicles, queues, routes, recorder and signal controllers — are always
/// built together by `Simulation` (`SimulationEngine.init(simulation:extension:)`, the one construction path),
/// so a study cannot leave one out; it adds its own state here and reaches the parts through `engine`.
///
/// One study per run (`Simulation.run(progress:extension:)` takes one). The extension is an object because the
/// engine hands itself to the hooks `inout`; the engine is a value, so a copy of an engine (tests make them)
/// shares its extension's state.
package protocol SimulationExtension: AnyObject {
    /// Called once, after the engine's parts are built and before the first step.
    func install(in engine: SimulationEngine)

    /// Vehicle `v` has reached the downstream end of `link`, the last link of its current route, at `time`.
    /// Return true when the trip ends there; false when the extension has sent the vehicle on (it must then
    /// have put it into a queue of `link`, e.g. with `SimulationEngine.continueRoute`).
    func routeEnded(vehicle v: Int, link: Int, at time: Double, engine: inout SimulationEngine) -> Bool

    /// Called once after the last step, before the engine assembles its result.
    func finish(engine: inout SimulationEngine)
}
