import Foundation
import GeoCore
import Testing
import TrafficCore
import TrafficStudies

/// The link defaults the importers apply where a source gives no capacity.
@Suite struct LinkDefaultsImportTests {
    @Test func slowLinksGetTheCapacityOfTheirFundamentalDiagram() {
        let defaults = LinkDefaults()
        #expect(defaults.capacityPerLane(freeFlowSpeed: 50 / 3.6) == 1800)
        #expect(defaults.capacityPerLane(freeFlowSpeed: 30 / 3.6) == 1800)  // 150 · 30 · 20 / 50 = 1800 exactly
        expectClose(defaults.capacityPerLane(freeFlowSpeed: 10 / 3.6), 1000, within: 1e-9)  // 150 · 10 · 20 / 30
        // 150 · 7 · 20 / 27
        expectClose(defaults.capacityPerLane(freeFlowSpeed: 7 / 3.6), 777.777_777_8, within: 1e-6)
        // The congested branch then moves upstream at exactly the wave speed: w = q / (k_jam − q / v).
        let link = Link(
            id: "x", from: NodeID(rawValue: 0), to: NodeID(rawValue: 1), length: 100, lanes: 1, freeFlowSpeed: 7 / 3.6,
            capacity: defaults.capacityPerLane(freeFlowSpeed: 7 / 3.6), jamDensity: 150, geometry: [])
        expectClose(link.backwardWaveSpeed, 20 / 3.6, within: 1e-9)
    }
}
