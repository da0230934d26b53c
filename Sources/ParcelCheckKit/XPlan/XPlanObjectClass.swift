import Foundation

/// German names of XPlanGML object classes for reports ("überbaubare Grundstücksfläche" rather than
/// `BP_UeberbaubareGrundstuecksFlaeche`). The table holds the classes of the BauGB/BauNVO catalogue that plans
/// use most (XPlanGML 4.0–6.0, including classes renamed in 6.0); any other class gets its name spelled out
/// (`BP_AbgrabungsFlaeche` → "Abgrabungs Fläche"), so nothing is reported without a name.
public enum XPlanObjectClass {
    /// The German name of `className`.
    public static func label(_ className: String) -> String {
        if let known = labels[className] { return known }
        let bare = className.split(separator: "_", maxSplits: 1).last.map(String.init) ?? className
        return spelledOut(bare)
    }

    /// The German name with the `nutzungsform` (XP_Nutzungsform: 1000 privat, 2000 öffentlich) in front where the
    /// object has one: "private Grünfläche", "öffentliche Straßenverkehrsfläche". The classes that carry it
    /// (Grün-, Verkehrs-, Gemeinbedarfsflächen, …) are all "…fläche", hence the feminine ending.
    public static func label(_ className: String, nutzungsform: Int?) -> String {
        let base = label(className)
        switch nutzungsform {
        case 1000: return "private " + base
        case 2000: return "öffentliche " + base
        default: return base
        }
    }

    /// The label of a plan's or Bereich's Geltungsbereich (the area the plan governs).
    public static let geltungsbereich = "Geltungsbereich"

    static let labels: [String: String] = [
        // Bebauungsplan
        "BP_BaugebietsTeilFlaeche": "Baugebietsteilfläche",
        "BP_UeberbaubareGrundstuecksFlaeche": "überbaubare Grundstücksfläche",
        "BP_BesondererNutzungszweckFlaeche": "Fläche besonderen Nutzungszwecks",
        "BP_GruenFlaeche": "Grünfläche",
        "BP_StrassenVerkehrsFlaeche": "Straßenverkehrsfläche",
        "BP_VerkehrsflaecheBesondererZweckbestimmung": "Verkehrsfläche besonderer Zweckbestimmung",
        "BP_GemeinbedarfsFlaeche": "Gemeinbedarfsfläche",
        "BP_SpielSportanlagenFlaeche": "Fläche für Spiel- und Sportanlagen",
        "BP_GewaesserFlaeche": "Wasserfläche",
        "BP_WaldFlaeche": "Waldfläche",
        "BP_LandwirtschaftsFlaeche": "Fläche für die Landwirtschaft",
        "BP_Landwirtschaft": "Fläche für die Landwirtschaft",
        "BP_VerEntsorgung": "Fläche für Ver- und Entsorgung",
        "BP_NebenanlagenFlaeche": "Fläche für Nebenanlagen",
        "BP_NebenanlagenAusschlussFlaeche": "Fläche ohne Nebenanlagen",
        "BP_GemeinschaftsanlagenFlaeche": "Fläche für Gemeinschaftsanlagen",
        "BP_SchutzPflegeEntwicklungsFlaeche": "Fläche für Maßnahmen zum Schutz, zur Pflege und zur Entwicklung von Natur und Landschaft",
        "BP_SchutzPflegeEntwicklungsMassnahme": "Maßnahme zum Schutz, zur Pflege und zur Entwicklung von Natur und Landschaft",
        "BP_AnpflanzungBindungErhaltung": "Anpflanzung, Bindung und Erhaltung von Bepflanzung",
        "BP_AusgleichsFlaeche": "Ausgleichsfläche",
        "BP_AusgleichsMassnahme": "Ausgleichsmaßnahme",
        "BP_EingriffsBereich": "Eingriffsbereich",
        "BP_KennzeichnungsFlaeche": "Kennzeichnung",
        "BP_TextlicheFestsetzungsFlaeche": "Fläche mit textlicher Festsetzung",
        "BP_TextAbschnittFlaeche": "Fläche mit textlicher Festsetzung",
        "BP_UnverbindlicheVormerkung": "unverbindliche Vormerkung",
        "BP_WohngebaeudeFlaeche": "Fläche für Wohngebäude",
        "BP_GebaeudeFlaeche": "Gebäudefläche",
        "BP_FlaecheOhneFestsetzung": "Fläche ohne Festsetzung",
        "BP_ZentralerVersorgungsbereich": "zentraler Versorgungsbereich",
        "BP_Wegerecht": "Fläche mit Geh-, Fahr- und Leitungsrechten",
        "BP_Veraenderungssperre": "Veränderungssperre",
        "BP_Immissionsschutz": "Fläche für Immissionsschutz",
        "BP_ErhaltungsBereichFlaeche": "Erhaltungsbereich",
        "BP_PersGruppenBestimmteFlaeche": "Fläche für Personengruppen mit besonderem Wohnbedarf",
        "BP_RegelungVergnuegungsstaetten": "Regelung von Vergnügungsstätten",
        "BP_TechnischeMassnahmenFlaeche": "Fläche für technische Maßnahmen",
        "BP_FoerderungsFlaeche": "Förderungsfläche",
        "BP_FreiFlaeche": "Freifläche",
        "BP_Sichtflaeche": "Sichtfläche",
        "BP_AbgrabungsFlaeche": "Abgrabungsfläche",
        "BP_AufschuettungsFlaeche": "Aufschüttungsfläche",
        "BP_BodenschaetzeFlaeche": "Fläche für Bodenschätze",
        "BP_RekultivierungsFlaeche": "Rekultivierungsfläche",
        "BP_GenerischesObjekt": "sonstiges Planobjekt",
        "BP_HoehenMass": "Höhenmaß",
        "BP_GemeinschaftsanlagenZuordnung": "Zuordnung zu Gemeinschaftsanlagen",
        "BP_WasserwirtschaftsFlaeche": "Fläche für die Wasserwirtschaft",
        "BP_NutzungsbeschraenkungsFlaeche": "Fläche mit Nutzungsbeschränkung",
        "BP_StrassenbegrenzungsLinie": "Straßenbegrenzungslinie",
        // Flächennutzungsplan
        "FP_BebauungsFlaeche": "Baufläche",
        "FP_Gruen": "Grünfläche",
        "FP_Gemeinbedarf": "Gemeinbedarfsfläche",
        "FP_WaldFlaeche": "Waldfläche",
        "FP_LandwirtschaftsFlaeche": "Fläche für die Landwirtschaft",
        "FP_Landwirtschaft": "Fläche für die Landwirtschaft",
        "FP_VerEntsorgung": "Fläche für Ver- und Entsorgung",
        "FP_SchutzPflegeEntwicklung": "Fläche für Maßnahmen zum Schutz, zur Pflege und zur Entwicklung von Natur und Landschaft",
        "FP_SpielSportanlage": "Fläche für Spiel- und Sportanlagen",
        "FP_Gewaesser": "Wasserfläche",
        "FP_Strassenverkehr": "Straßenverkehrsfläche",
        "FP_AusgleichsFlaeche": "Ausgleichsfläche",
        "FP_Kennzeichnung": "Kennzeichnung",
        "FP_TextlicheDarstellungsFlaeche": "Fläche mit textlicher Darstellung",
        "FP_TextAbschnittFlaeche": "Fläche mit textlicher Darstellung",
        "FP_UnverbindlicheVormerkung": "unverbindliche Vormerkung",
        "FP_VorbehalteFlaeche": "Vorbehaltsfläche",
        "FP_KeineZentrAbwasserBeseitigungFlaeche": "Fläche ohne zentrale Abwasserbeseitigung",
        "FP_ZentralerVersorgungsbereich": "zentraler Versorgungsbereich",
        "FP_AnpassungKlimawandel": "Anpassung an den Klimawandel",
        "FP_GenerischesObjekt": "sonstiges Planobjekt",
        "FP_DarstellungNachLandesrecht": "Darstellung nach Landesrecht",
        "FP_FlaecheOhneDarstellung": "Fläche ohne Darstellung",
        "FP_Nutzungsbeschraenkung": "Nutzungsbeschränkung",
        "FP_Wasserwirtschaft": "Fläche für die Wasserwirtschaft",
        "FP_PrivilegiertesVorhaben": "privilegiertes Vorhaben",
        "FP_Abgrabung": "Abgrabungsfläche",
        "FP_Aufschuettung": "Aufschüttungsfläche",
        "FP_Bodenschaetze": "Fläche für Bodenschätze",
        // Sonstige Planwerke und nachrichtliche Übernahmen
        "SO_Strassenverkehr": "Straßenverkehrsfläche",
        "SO_Strassenverkehrsrecht": "Straßenverkehrsrecht",
        "SO_Schienenverkehrsrecht": "Bahnanlage",
        "SO_Luftverkehrsrecht": "Luftverkehrsfläche",
        "SO_Gewaesser": "Wasserfläche",
        "SO_Wasserrecht": "wasserrechtliche Festlegung",
        "SO_SchutzgebietWasserrecht": "Wasserschutzgebiet",
        "SO_SchutzgebietNaturschutzrecht": "Schutzgebiet nach Naturschutzrecht",
        "SO_SchutzgebietSonstigesRecht": "Schutzgebiet nach sonstigem Recht",
        "SO_Denkmalschutzrecht": "Denkmalschutz",
        "SO_Bodenschutzrecht": "Bodenschutz",
        "SO_Forstrecht": "Wald (Forstrecht)",
        "SO_Gebiet": "Gebiet nach städtebaulichem Recht",
        "SO_SonstigesRecht": "Festlegung nach sonstigem Recht",
        "SO_Sichtflaeche": "Sichtfläche",
        "SO_Baubeschraenkung": "Baubeschränkung",
        "SO_Wasserwirtschaft": "Wasserwirtschaft",
        "SO_Gelaendemorphologie": "Geländemorphologie",
        // Raumordnungsplan
        "RP_Landwirtschaft": "Landwirtschaft",
        "RP_Forstwirtschaft": "Forstwirtschaft",
        "RP_WohnenSiedlung": "Wohnen und Siedlung",
        "RP_NaturLandschaft": "Natur und Landschaft",
        "RP_ErneuerbareEnergie": "erneuerbare Energien",
        "RP_NaturschutzrechtlichesSchutzgebiet": "naturschutzrechtliches Schutzgebiet",
        "RP_Erholung": "Erholung",
        "RP_Gewaesser": "Gewässer",
        "RP_Rohstoff": "Rohstoffsicherung",
        "RP_Wasserschutz": "Wasserschutz",
        "RP_Sperrgebiet": "Sperrgebiet",
        "RP_Sportanlage": "Sportanlage",
        "RP_Hochwasserschutz": "Hochwasserschutz",
        "RP_IndustrieGewerbe": "Industrie und Gewerbe",
        "RP_Einzelhandel": "Einzelhandel",
        "RP_Freiraum": "Freiraum",
        "RP_Bodenschutz": "Bodenschutz",
        "RP_Klimaschutz": "Klimaschutz",
        "RP_Kulturlandschaft": "Kulturlandschaft",
        "RP_GruenzugGruenzaesur": "Grünzug oder Grünzäsur",
        "RP_RadwegWanderweg": "Rad- und Wanderweg",
        "RP_Siedlung": "Siedlung",
        "RP_SonstigeSiedlungsstruktur": "sonstige Siedlungsstruktur",
        "RP_Laermschutzbereich": "Lärmschutzbereich",
        "RP_Planungsraum": "Planungsraum",
        "RP_Achse": "Achse",
        "RP_Verkehr": "Verkehr",
        "RP_Energieversorgung": "Energieversorgung",
        "RP_Entsorgung": "Entsorgung",
        "RP_Kommunikation": "Kommunikation",
        "RP_Wasserwirtschaft": "Wasserwirtschaft",
        "RP_SozialeInfrastruktur": "soziale Infrastruktur",
        "RP_GenerischesObjekt": "sonstiges Planobjekt",
        // Landschaftsplan
        "LP_SchutzBestimmterTeileVonNaturUndLandschaft": "geschützter Teil von Natur und Landschaft",
        "LP_ZieleErfordernisseMassnahmen": "Ziele, Erfordernisse und Maßnahmen",
        "LP_BiotopverbundBiotopvernetzung": "Biotopverbund",
        "LP_Bindungen": "Bindung",
        "LP_NutzungsAusschluss": "Nutzungsausschluss",
        "LP_PlanerischeVertiefung": "planerische Vertiefung",
        "LP_AnpflanzungBindungErhaltung": "Anpflanzung, Bindung und Erhaltung von Bepflanzung",
        "LP_Schutzobjekt": "Schutzobjekt",
        "LP_GenerischesObjekt": "sonstiges Planobjekt",
        "LP_TextAbschnittObjekt": "Fläche mit textlicher Darstellung",
        "LP_Eingriffsregelung": "Eingriffsregelung",
    ]

    /// `BaugebietsTeilFlaeche` → "Baugebiets Teil Fläche": words split at capitals, the umlauts and ß of the
    /// word parts XPlanGML class names use spelled back (only those, so "Feuer" stays "Feuer").
    static func spelledOut(_ name: String) -> String {
        var text = name
        for (plain, german) in [
            ("Flaeche", "Fläche"), ("flaeche", "fläche"), ("Gruen", "Grün"), ("Gewaesser", "Gewässer"),
            ("Strasse", "Straße"), ("Massnahme", "Maßnahme"), ("Ueber", "Über"), ("Gebaeude", "Gebäude"),
            ("Laerm", "Lärm"), ("Foerder", "Förder"), ("Aenderung", "Änderung"), ("Oeffentlich", "Öffentlich"),
            ("beschraenk", "beschränk"), ("Beschraenk", "Beschränk"), ("schaetze", "schätze"),
        ] {
            text = text.replacingOccurrences(of: plain, with: german)
        }
        var words = ""
        for character in text {
            if character.isUppercase, let last = words.last, last.isLowercase { words.append(" ") }
            words.append(character)
        }
        return words
    }
}
