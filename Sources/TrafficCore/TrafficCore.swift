// TrafficCore: the traffic model as values and the engine that runs it. No files, no studies: reading and
// writing (SUMO, OpenStreetMap, GIS, JSON/YAML documents, CSV, SVG) and the studies built on runs (signal
// optimisation, parking, land use) are TrafficStudies, one layer up.
//
// Layout (one concept per folder, dependencies pointing up this list only):
// - `Network/`: typed IDs over contiguous arrays, links, movements, nodes, the builder.
// - `Demand/`: trips, flows, OD matrices (cells and trip generation), the seeded generators.
// - `Signals/`: signal plans as values (`SignalPlan`, stages), their compiled tables for the engine, and the
//   configuration of controller-run nodes (`SignalControl`).
// - `Routing/`: Dijkstra over links and turning movements, shared trees, route tables on all cores.
// - `Simulation/`: `Simulation` (a validated run) and `SimulationEngine` with its parts under `Engine/`.
// - `Results/`: what a run returns: summary, trip records, time series, movement statistics.
//
// Entry point: `Simulation(network:signalPlans:trips:configuration:)` → `run(progress:)` → `SimulationResult`.

/// Version of the TrafficCore library.
public enum TrafficCoreInfo {
    public static let version = "0.1.0"
}
