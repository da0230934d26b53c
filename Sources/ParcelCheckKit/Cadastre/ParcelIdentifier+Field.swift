extension ParcelIdentifier {
    /// The six parts of a Flurstückskennzeichen, in key order (AdV GeoInfoDok; DOMAIN.md "Cadastre").
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case land, gemarkung, flur, zaehler, nenner, folge

        /// The German term, as used in registers and in error messages.
        public var name: String {
            switch self {
            case .land: "Land"
            case .gemarkung: "Gemarkung"
            case .flur: "Flur"
            case .zaehler: "Zähler"
            case .nenner: "Nenner"
            case .folge: "Flurstücksfolge"
            }
        }

        /// Number of characters in the 20-character key.
        public var width: Int {
            switch self {
            case .land, .folge: 2
            case .gemarkung, .nenner: 4
            case .flur: 3
            case .zaehler: 5
            }
        }

        /// 1-based character positions in the key: Land 1–2, Gemarkung 3–6, Flur 7–9, Zähler 10–14,
        /// Nenner 15–18, Folge 19–20.
        public var keyPositions: ClosedRange<Int> {
            let start = Field.allCases.prefix(while: { $0 != self }).reduce(1) { $0 + $1.width }
            return start...(start + width - 1)
        }

        /// Whether the part may be absent (`_`-filled in the key).
        public var isOptional: Bool {
            switch self {
            case .flur, .nenner, .folge: true
            case .land, .gemarkung, .zaehler: false
            }
        }

        /// Values the part may take. Land keys are 01–16; Gemarkung, Flur, Zähler and Nenner count from 1
        /// (a Nenner "begins with one", NI LiegKatErl Anlage 1); the Flurstücksfolge may be `00`.
        public var allowedRange: ClosedRange<Int> {
            switch self {
            case .land: 1...16
            case .gemarkung: 1...9999
            case .flur: 1...999
            case .zaehler: 1...99999
            case .nenner: 1...9999
            case .folge: 0...99
            }
        }
    }
}
