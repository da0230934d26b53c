// TrafficModel: road network, demand, a mesoscopic simulation with signals and queues, and outputs.
//
// Layout (one concept per folder): `Network/` (typed IDs, builder, JSON format, grid generator),
// `Signals/` (fixed-time plans as values), `Demand/` (trips, flows, OD matrices, seeded RNG),
// `Routing/` (Dijkstra over links and turning movements), `Simulation/` (the engine),
// `Output/` (summary, trip records, time series, CSV and SVG), `Scenario/` (the JSON scenario file).
//
// Entry points for a command-line tool:
// `Scenario.load(path:)` → `Simulation.run(_:)` → `SimulationResult.write(to:)`; `Scenario.demo()` builds a
// small signalised grid in code.

/// Version of the TrafficModel library.
public enum TrafficModelInfo {
    public static let version = "0.1.0"
}
