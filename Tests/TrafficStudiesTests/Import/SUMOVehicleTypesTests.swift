import Foundation
import Testing
import TrafficCore
import TrafficStudies

/// The saturation flow from the demand's SUMO vehicle types (`SUMOVehicleTypes`).
@Suite struct SUMOVehicleTypesTests {
    /// The discharge headways measured in SUMO 1.28 (queue of 60 on a 50 km/h approach, headways of the 5th to
    /// 35th vehicle, 3 seeds; bench/signals/saturation.py) against h = τ + (length + minGap)/10.4 + 0.53 σ: each
    /// within 3 %.
    @Test(arguments: [
        (1.0, 0.5, 5.0, 1.989), (1.0, 0.0, 5.0, 1.722), (1.0, 0.25, 5.0, 1.833), (1.2, 0.5, 5.0, 2.178),
        (1.5, 0.0, 5.0, 2.200), (1.0, 0.5, 7.5, 2.278), (1.0, 0.0, 10.0, 2.200),
    ])
    func headwayFollowsSUMOsMeasurements(tau: Double, sigma: Double, length: Double, measured: Double) {
        let type = SUMOVehicleTypes.KraussType(tau: tau, sigma: sigma, length: length, minGap: 2.5)
        #expect(abs(type.dischargeHeadway / measured - 1) < 0.03, "\(type.dischargeHeadway) vs \(measured)")
    }

    /// 60 vehicles of a σ 0 type (h = 1 + 7.5/10.4 = 1.7212 s), 30 trips without a type and a flow of 10 of the
    /// default (h = 1.9862 s): mean (60 · 1.7212 + 40 · 1.9862)/100 = 1.8272 s, saturation flow 1800 · 1.9862 /
    /// 1.8272 = 1956.6 veh/h. A type with another car-following model counts as the default.
    @Test func theMixIsWeightedByVehicles() throws {
        var text = "<routes>\n  <vType id=\"calm\" sigma=\"0\"/>\n  <vType id=\"idm\" carFollowModel=\"IDM\" tau=\"3\"/>\n"
        for i in 0..<60 { text += "  <vehicle id=\"c\(i)\" type=\"calm\" depart=\"\(i)\"><route edges=\"a b\"/></vehicle>\n" }
        for i in 0..<25 { text += "  <trip id=\"t\(i)\" depart=\"\(i)\" from=\"a\" to=\"b\"/>\n" }
        for i in 0..<5 { text += "  <trip id=\"i\(i)\" type=\"idm\" depart=\"\(i)\" from=\"a\" to=\"b\"/>\n" }
        text += "  <flow id=\"f\" begin=\"0\" end=\"100\" number=\"10\" from=\"a\" to=\"b\"/>\n</routes>\n"
        let types = try SUMOVehicleTypes.scan(contentsOf: try temporaryFile("mix.rou.xml", text))
        #expect(types.vehicles["calm"] == 60 && types.vehicles["DEFAULT_VEHTYPE"] == 35 && types.vehicles["idm"] == 5)
        let calm = 1 + 7.5 / 10.4
        let standard = 1 + 7.5 / 10.4 + 0.265
        let mean = (60 * calm + 40 * standard) / 100
        #expect(abs(types.meanDischargeHeadway - mean) < 1e-9)
        #expect(abs(types.saturationFlowPerLane() - 1800 * standard / mean) < 1e-6)
        #expect(abs(types.saturationFlowPerLane() - 1956.6) < 0.1)
    }

    /// A SUMO run whose demand is all σ 0 vehicles gets 1800 · 1.9862 / 1.7212 = 2077 veh/h per lane on the
    /// approaches of the pedestrian-crossing net, and says so; the same trips of the default type keep 1800.
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
        let expected = 1800 * (1 + 7.5 / 10.4 + 0.265) / (1 + 7.5 / 10.4)
        #expect(abs(calm.network[nc].capacity - expected * lanes) < 1e-6)
        #expect(calm.importWarnings.contains { $0.message.contains("saturation flow 2077 veh/h per lane instead of 1800") })
        #expect(!standard.importWarnings.contains { $0.message.contains("saturation flow") })
    }
}
