import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// The saturation flow from the demand's SUMO vehicle types (`SUMOVehicleTypes`).
@Suite struct SUMOVehicleTypesTests {
    /// The discharge headways measured in SUMO 1.28 (queue of 60 on a 50 km/h approach, headways of the 5th to
    /// 35th vehicle, 3 seeds; bench/signals/saturation.py) against h = τ + (length + minGap)/10.52 + 0.53 σ (the
    /// discharge speed at 50 km/h, 10.52 m/s): each within 3 %.
    @Test(arguments: [
        (1.0, 0.5, 5.0, 1.989), (1.0, 0.0, 5.0, 1.722), (1.0, 0.25, 5.0, 1.833), (1.2, 0.5, 5.0, 2.178),
        (1.5, 0.0, 5.0, 2.200), (1.0, 0.5, 7.5, 2.278), (1.0, 0.0, 10.0, 2.200),
    ])
    func headwayFollowsSUMOsMeasurements(tau: Double, sigma: Double, length: Double, measured: Double) {
        let type = SUMOVehicleTypes.KraussType(tau: tau, sigma: sigma, length: length, minGap: 2.5)
        #expect(abs(type.dischargeHeadway / measured - 1) < 0.03, "\(type.dischargeHeadway) vs \(measured)")
    }

    /// 60 vehicles of a σ 0 type (h = 1 + 7.5/10.52 = 1.7129 s), 30 trips without a type and a flow of 10 of the
    /// default (h = 1.9779 s): mean (60 · 1.7129 + 40 · 1.9779)/100 = 1.8189 s, saturation flow 1800 · 1.9779 /
    /// 1.8189 = 1957.3 veh/h. A type with another car-following model counts as the default.
    @Test func theMixIsWeightedByVehicles() throws {
        var text = "<routes>\n  <vType id=\"calm\" sigma=\"0\"/>\n  <vType id=\"idm\" carFollowModel=\"IDM\" tau=\"3\"/>\n"
        for i in 0..<60 { text += "  <vehicle id=\"c\(i)\" type=\"calm\" depart=\"\(i)\"><route edges=\"a b\"/></vehicle>\n" }
        for i in 0..<25 { text += "  <trip id=\"t\(i)\" depart=\"\(i)\" from=\"a\" to=\"b\"/>\n" }
        for i in 0..<5 { text += "  <trip id=\"i\(i)\" type=\"idm\" depart=\"\(i)\" from=\"a\" to=\"b\"/>\n" }
        text += "  <flow id=\"f\" begin=\"0\" end=\"100\" number=\"10\" from=\"a\" to=\"b\"/>\n</routes>\n"
        let types = try SUMOVehicleTypes.scan(contentsOf: try temporaryFile("mix.rou.xml", text))
        #expect(types.vehicles["calm"] == 60 && types.vehicles["DEFAULT_VEHTYPE"] == 35 && types.vehicles["idm"] == 5)
        let calm = 1 + 7.5 / 10.52
        let standard = 1 + 7.5 / 10.52 + 0.265
        let mean = (60 * calm + 40 * standard) / 100
        #expect(abs(types.meanDischargeHeadway - mean) < 1e-9)
        #expect(abs(types.saturationFlowPerLane() - 1800 * standard / mean) < 1e-6)
        #expect(abs(types.saturationFlowPerLane() - 1957.3) < 0.1)
    }

    /// A SUMO run whose demand is all σ 0 vehicles gets 1800 · 1.9779 / 1.7129 = 2078 veh/h per lane on the
    /// 50 km/h approaches of the pedestrian-crossing net, and says so; the same trips of the default type keep 1800.
    @Test func aSUMORunUsesItsDemandsSaturationFlow() throws {
        func scenario(_ vType: String) throws -> Scenario {
            let routes = try temporaryFile("types-\(vType.isEmpty ? "default" : "calm").rou.xml", """
                <routes>\(vType)
                  <vehicle id="v0" \(vType.isEmpty ? "" : "type=\"calm\" ")depart="0"><route edges="NC CS"/></vehicle>
                </routes>
                """)
            return try Scenario.sumo(net: fixture("pedestrian-crossing.net.xml"), routes: routes, duration: 60)
        }
        let standard = try scenario("")
        let calm = try scenario("<vType id=\"calm\" sigma=\"0\"/>")
        let nc = try #require(standard.network.link(named: "NC"))
        let lanes = Double(standard.network[nc].lanes)
        #expect(abs(standard.network[nc].capacity - 1800 * lanes) < 1e-9)
        #expect(abs(standard.network[nc].freeFlowSpeed - 13.89) < 1e-9)
        let expected = 1800 * (1 + 7.5 / 10.52 + 0.265) / (1 + 7.5 / 10.52)
        #expect(abs(calm.network[nc].capacity - expected * lanes) < 0.5)
        #expect(calm.importWarnings.contains { $0.message.contains("saturation flow 2078 veh/h per lane instead of 1800") })
        #expect(!standard.importWarnings.contains { $0.message.contains("saturation flow") })
    }

    /// The discharge speed between and beyond the measured speed limits (as netconvert writes them, 11.11 m/s for
    /// 40 km/h): linear between 40 km/h (7.93 m/s) and 50 km/h (10.52 m/s), so 7.93 + 2.59 · 1.39/2.78 = 9.225 m/s
    /// at 12.5 m/s (45 km/h); in proportion above 80 km/h (16.81 · 27.78/22.22 at 100 km/h) and below 20 km/h
    /// (3.53/2 at 10 km/h); the
    /// measured values at the measured limits.
    @Test func dischargeSpeedInterpolatesTheMeasurements() {
        func speed(_ limit: Double) -> Double { SUMOVehicleTypes.dischargeSpeed(atSpeedLimit: limit) }
        #expect(abs(speed(12.5) - 9.225) < 1e-9)
        #expect(abs(speed(27.78) - 16.81 * 27.78 / 22.22) < 1e-9)
        #expect(abs(speed(2.78) - 3.53 / 2) < 1e-9)
        for (limit, measured) in [(5.56, 3.53), (8.33, 5.57), (13.89, 10.52), (22.22, 16.81)] {
            #expect(abs(speed(limit) - measured) < 1e-9)
        }
    }

    /// SUMO's default type leaves a stop line slower on slower lanes (bench/signals/saturation.py, second table:
    /// 2.611 s at 30 km/h, 2.211 s at 40 km/h, 1.978 s at 50 km/h). 50 km/h is flowsim's 1800 veh/h per lane, so an
    /// imported SUMO net gets 1800 · 1.978/2.611 = 1364 veh/h per lane on its 30 km/h approach NC, 1800 ·
    /// 1.978/2.211 = 1610 on the 40 km/h approach SC and 1800 on the 50 km/h approach WC, each within 0.5 %.
    @Test func theSaturationFlowFollowsTheSpeedLimit() throws {
        let network = try SUMONetworkImporter().importNetwork(contentsOf: fixture("crossing.net.xml")).network
        for (name, kmh, headway) in [("NC", 30.0, 2.611), ("SC", 40, 2.211), ("WC", 50, 1.978)] {
            let link = network[try #require(network.link(named: name))]
            #expect(abs(link.freeFlowSpeed * 3.6 - kmh) < 0.1)
            let perLane = link.capacity / Double(link.lanes)
            #expect(abs(perLane / (1800 * 1.978 / headway) - 1) < 0.005, "\(name): \(perLane) veh/h per lane")
        }
    }
}
