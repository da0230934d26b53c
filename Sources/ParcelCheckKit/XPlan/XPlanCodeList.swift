import GeoCore

/// The XPlanung code lists the importer turns into readable values.
public enum XPlanCodeList {
    /// Abbreviation of a land-use code (`XP_BesondereArtDerBaulNutzung`, BauNVO): 1000 WS, 1100 WR, 1200 WA,
    /// 1300 WB, 1400 MD, 1450 MDW, 1500 MI, 1550 MU, 1600 MK, 1700 GE, 1800 GI, 2000/2100/4000 SO
    /// (the code table in DOMAIN.md, "Development plans"). `nil` for other codes (e.g. 9999 "Sonstiges").
    public static func besondereArtKuerzel(_ code: Int) -> String? {
        switch code {
        case 1000: "WS"
        case 1100: "WR"
        case 1200: "WA"
        case 1300: "WB"
        case 1400: "MD"
        case 1450: "MDW"
        case 1500: "MI"
        case 1550: "MU"
        case 1600: "MK"
        case 1700: "GE"
        case 1800: "GI"
        case 2000, 2100, 4000: "SO"
        default: nil
        }
    }

    /// Letter of a general land-use class (`XP_AllgArtDerBaulNutzung`): 1000 W, 2000 M, 3000 G, 4000 S
    /// (DOMAIN.md); `nil` for other codes.
    public static func allgArtKuerzel(_ code: Int) -> String? {
        switch code {
        case 1000: "W"
        case 2000: "M"
        case 3000: "G"
        case 4000: "S"
        default: nil
        }
    }

    /// The abbreviation reported as `nutzung_kuerzel`: the specific class when given, else the general
    /// class letter (a plan may fix only `allgArtDerBaulNutzung`), else `nil`.
    public static func nutzungKuerzel(besondere: Int?, allgemein: Int?) -> String? {
        if let besondere, let kuerzel = besondereArtKuerzel(besondere) { return kuerzel }
        if let allgemein { return allgArtKuerzel(allgemein) }
        return nil
    }

    /// German label of a Bebauungsplan's legal state (`BP_Rechtsstand`), e.g. "in Kraft", "aufgehoben"; see
    /// `rechtsstand(_:kind:)` for every plan kind and the status. An unknown code is returned as
    /// `"Rechtsstand <code>"`, so it is never lost.
    public static func rechtsstand(_ code: Int) -> String {
        rechtsstand(code, kind: .bp).label
    }
}
