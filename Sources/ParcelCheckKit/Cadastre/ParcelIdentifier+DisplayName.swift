extension ParcelIdentifier {
    /// Human-readable form with the Gemarkung number, e.g. "Gemarkung 2718, Flur 12, Flurstück 45/3".
    /// The Land is not shown. `ParcelIdentifier.parse` reads this form back (with the Land from its default).
    public var displayName: String {
        displayName(gemarkungName: String(gemarkung))
    }

    /// Human-readable form with the Gemarkung's name from `gemarkungen`, e.g.
    /// "Gemarkung Lüneburg, Flur 12, Flurstück 45/3"; falls back to the number when the table lacks it.
    public func displayName(gemarkungen: GemarkungTable) -> String {
        let name = gemarkungen.entry(number: gemarkung, land: land)?.name ?? String(gemarkung)
        return displayName(gemarkungName: name)
    }

    private func displayName(gemarkungName: String) -> String {
        var text = "Gemarkung \(gemarkungName)"
        if let flur { text += ", Flur \(flur)" }
        text += ", Flurstück \(zaehler)"
        if let nenner { text += "/\(nenner)" }
        if let folge { text += ", Folge \(folge)" }
        return text
    }
}
