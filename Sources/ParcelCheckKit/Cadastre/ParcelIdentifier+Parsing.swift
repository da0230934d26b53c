extension ParcelIdentifier {
    /// Reads any of `acceptedForms`; see `ParcelIdentifierParser` for the exact rules.
    /// - Parameters:
    ///   - gemarkungen: resolves Gemarkung names and checks Gemarkung numbers of the Länder it covers.
    ///   - defaultLand: Land for forms that give a Gemarkung number without one (`03` = Niedersachsen).
    public static func parse(
        _ text: String, gemarkungen: GemarkungTable, defaultLand: String = "03"
    ) throws(ParcelIDError) -> ParcelIdentifier {
        try ParcelIdentifierParser(gemarkungen: gemarkungen, defaultLand: defaultLand).parse(text)
    }

    /// The forms `parse` accepts, one example each with a short explanation; shown in error messages and in
    /// `parcelcheck --help`. Keywords and Gemarkung names are case-insensitive; commas are optional.
    public static let acceptedForms: [String] = [
        "032718012000450003__                        20-character Flurstückskennzeichen ('_' = no Flur/Nenner/Folge)",
        "Gemarkung Lüneburg, Flur 12, Flurstück 45/3  keywords Gemarkung|Gmkg., Flur|Fl., "
            + "Flurstück|Flurstueck|Flurst.|Flst., Folge; Flur optional",
        "Lüneburg 12 45/3   Lüneburg 12 45           Gemarkung name or number, Flur, Zähler[/Nenner]",
        "032718-012-00045/0003                       Land + Gemarkung number, Flur, Zähler[/Nenner]",
        "2718-12-45/3                                Gemarkung number, Flur, Zähler[/Nenner]; Land from the default",
    ]
}
