import TrafficCore

/// The German quality level of traffic flow (Qualitätsstufe des Verkehrsablaufs, QSV) for motor vehicles at a
/// signalised junction, rated by the mean waiting time (HBS 2015, Teil S/L, Kapitel 5 "Knotenpunkte mit
/// Lichtsignalanlage"; FGSV, Handbuch für die Bemessung von Straßenverkehrsanlagen).
///
/// | QSV | mean waiting time t_W |
/// |-----|-----------------------|
/// | A   | ≤ 20 s                |
/// | B   | ≤ 35 s                |
/// | C   | ≤ 50 s                |
/// | D   | ≤ 70 s                |
/// | E   | ≤ 100 s               |
/// | F   | > 100 s, or degree of saturation X > 1 (demand above capacity) |
///
/// Source note: the criterion (mean waiting time for motor vehicles) is confirmed by Harders & Schmotz,
/// "Verkehrsqualität an Knotenpunkten mit Lichtsignalanlage – Kommentar zum HBS 2015", Straßenverkehrstechnik
/// 59 (2015) 11, pp. 739–747. The threshold values above are the HBS table as used in German practice; they
/// could not be checked against the (paywalled) HBS text here, so they are public and overridable
/// (`thresholds`). For comparison, HCM's LOS thresholds for signals are 10/20/35/55/80 s.
public enum QualityLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case A, B, C, D, E, F

    /// Upper bounds (inclusive) of the mean waiting time in seconds for A … E.
    public static let thresholds: [Double] = [20, 35, 50, 70, 100]

    /// The level for a mean waiting time (s); F as well whenever `degreeOfSaturation` exceeds 1.
    public init(meanWaitingTime: Double, degreeOfSaturation: Double = 0, thresholds: [Double] = Self.thresholds) {
        if degreeOfSaturation > 1 || !meanWaitingTime.isFinite {
            self = .F
            return
        }
        let levels: [QualityLevel] = [.A, .B, .C, .D, .E]
        self = zip(levels, thresholds).first { meanWaitingTime <= $0.1 }?.0 ?? .F
    }

    public static func < (a: QualityLevel, b: QualityLevel) -> Bool { a.rawValue < b.rawValue }
}
