import Foundation
import GeoCore
import ParcelCheckKit
import Testing

/// The ALKIS Flurstückskennzeichen model and the parser for the forms people write (DOMAIN.md "Cadastre").
@Suite struct ParcelIdentifierTests {
    static let table = GemarkungTable([
        .init(number: 2718, name: "Lüneburg"),
        .init(number: 2719, name: "Ochtmissen"),
        .init(number: 2720, name: "Bad Bevensen"),
        .init(number: 2721, name: "Groß Süstedt"),
        .init(number: 2722, name: "Neuenkirchen"),
        .init(number: 2723, name: "Neuenkirchen"),
    ])

    /// Gemarkung 2718 (Lüneburg), Flur 12, Flurstück 45/3 in Niedersachsen.
    static let lueneburgKey = "032718012000450003__"

    func parse(_ text: String, defaultLand: String = "03") throws(ParcelIDError) -> ParcelIdentifier {
        try ParcelIdentifier.parse(text, gemarkungen: Self.table, defaultLand: defaultLand)
    }

    // MARK: - The 20-character key

    @Test func domainExampleRoundTrips() throws {
        let id = try ParcelIdentifier(kennzeichen: "15185500301190______")
        #expect(id.land == "15")
        #expect(id.gemarkung == 1855)
        #expect(id.flur == 3)
        #expect(id.zaehler == 1190)
        #expect(id.nenner == nil)
        #expect(id.folge == nil)
        #expect(id.kennzeichen == "15185500301190______")
        #expect(id.description == "15185500301190______")
    }

    @Test func renderingPadsNumbersAndFillsAbsentParts() throws {
        let full = try ParcelIdentifier(land: "03", gemarkung: 2718, flur: 12, zaehler: 45, nenner: 3, folge: 1)
        #expect(full.kennzeichen == "03271801200045000301")
        let bare = try ParcelIdentifier(gemarkung: 7, flur: nil, zaehler: 99999)
        #expect(bare.kennzeichen == "030007___99999______")
        #expect(bare.kennzeichen.count == ParcelIdentifier.kennzeichenLength)
        #expect(try ParcelIdentifier(kennzeichen: bare.kennzeichen) == bare)
    }

    @Test func fieldPositionsCoverTheKey() {
        let positions = ParcelIdentifier.Field.allCases.map(\.keyPositions)
        #expect(positions == [1...2, 3...6, 7...9, 10...14, 15...18, 19...20])
    }

    @Test func keyOfWrongLengthIsRejected() {
        #expect(throws: ParcelIDError.keyLength(found: 19)) { try ParcelIdentifier(kennzeichen: "032718012000450003_") }
        #expect(throws: ParcelIDError.keyLength(found: 21)) {
            try ParcelIdentifier(kennzeichen: " 032718012000450003__")
        }
        // A digit in the Folge's second place with the first one '_': the '_' is reported, at position 19.
        #expect(throws: ParcelIDError.keyCharacter(position: 19, character: "_", field: .folge)) {
            try ParcelIdentifier(kennzeichen: "032718012000450003_1")
        }
        #expect(throws: ParcelIDError.keyLength(found: 19)) { try parse("0327180120004500030") }
        #expect(throws: ParcelIDError.keyLength(found: 21)) { try parse("032718012000450003___") }
    }

    @Test func nonDigitInKeyNamesPositionAndField() {
        #expect(throws: ParcelIDError.keyCharacter(position: 13, character: "x", field: .zaehler)) {
            try ParcelIdentifier(kennzeichen: "032718012000x50003__")
        }
        // '_' may only fill a whole optional field.
        #expect(throws: ParcelIDError.keyCharacter(position: 8, character: "_", field: .flur)) {
            try ParcelIdentifier(kennzeichen: "0327180_2000450003__")
        }
        // The Zähler is required.
        #expect(throws: ParcelIDError.keyCharacter(position: 10, character: "_", field: .zaehler)) {
            try ParcelIdentifier(kennzeichen: "032718012_____0003__")
        }
        // A 20-character token goes to the key parser even with letters in it.
        #expect(throws: ParcelIDError.keyCharacter(position: 1, character: "N", field: .land)) {
            try parse("NI2718012000450003__")
        }
    }

    @Test func zeroZaehlerInKeyIsOutOfRange() {
        #expect(
            throws: ParcelIDError.outOfRange(field: .zaehler, value: "00000", allowed: 1...99999, keyPosition: 10)
        ) { try ParcelIdentifier(kennzeichen: "032718012000000003__") }
        #expect(throws: ParcelIDError.outOfRange(field: .land, value: "17", allowed: 1...16, keyPosition: 1)) {
            try ParcelIdentifier(kennzeichen: "172718012000450003__")
        }
    }

    @Test func memberwiseInitChecksRanges() {
        #expect(throws: ParcelIDError.invalidLand("3")) {
            try ParcelIdentifier(land: "3", gemarkung: 2718, flur: 12, zaehler: 45)
        }
        #expect(throws: ParcelIDError.outOfRange(field: .zaehler, value: "0", allowed: 1...99999, keyPosition: nil)) {
            try ParcelIdentifier(gemarkung: 2718, flur: 12, zaehler: 0)
        }
    }

    // MARK: - Human forms

    @Test(arguments: [
        "032718012000450003__",
        "  032718012000450003__\n",
        "Lüneburg 12 45/3",
        "lüneburg,12,45/3",
        "Lueneburg 12 45/3",
        "  LÜNEBURG   12   45 / 3 ",
        "Gemarkung Lüneburg, Flur 12, Flurstück 45/3",
        "gemarkung lüneburg flur 12 flurstück 45/3",
        "Gemarkung Lueneburg, Flur 12, Flurstueck 45/3",
        "Gmkg. Lüneburg, Fl. 12, Flst. 45/3",
        "Gmkg. Lüneburg Fl.12 Flst.45/3",
        "Lüneburg, Flur 12, Flurstück Nr. 45/3",
        "Gemarkung Lüneburg, Flur 12 45/3",
        "Gemarkung Lüneburg 12 45/3",
        "Gemarkung 2718, Flur 12, Flurstück 45/3",
        "2718 12 45/3",
        "032718-012-00045/0003",
        "032718 - 012 - 00045 / 0003",
        "2718-12-45/3",
        "2718–12–45/3",
    ])
    func humanFormGivesSameIdentifierAsKey(text: String) throws {
        let expected = try ParcelIdentifier(kennzeichen: Self.lueneburgKey)
        #expect(try parse(text) == expected)
    }

    @Test func zaehlerWithoutNenner() throws {
        let id = try parse("Lüneburg 12 45")
        #expect(id.kennzeichen == "03271801200045______")
        #expect(try parse("Gemarkung Lüneburg, Flurstück 45").kennzeichen == "032718___00045______")
    }

    @Test func multiWordGemarkungName() throws {
        let id = try parse("Bad Bevensen 3 17/2")
        #expect(id.kennzeichen == "032720003000170002__")
        #expect(try parse("Gemarkung bad  bevensen, Flur 3, Flurstück 17/2") == id)
        #expect(try parse("Gross Suestedt 1 5").gemarkung == 2721)
    }

    @Test func gemarkungNumberTakesDefaultLand() throws {
        let id = try ParcelIdentifier.parse("1855-3-1190", gemarkungen: GemarkungTable(), defaultLand: "15")
        #expect(id.kennzeichen == "15185500301190______")
        #expect(throws: ParcelIDError.invalidLand("NI")) {
            try ParcelIdentifier.parse("2718-12-45/3", gemarkungen: GemarkungTable(), defaultLand: "NI")
        }
    }

    /// The key table's Land wins over the default: a Gemarkung number it lists takes its Land.
    @Test func gemarkungNumberTakesTheKeyTablesLand() throws {
        #expect(try parse("2718-12-45/3", defaultLand: "15").kennzeichen == Self.lueneburgKey)
        let (_, assumed) = try ParcelIdentifierParser(gemarkungen: GemarkungTable(), defaultLand: "03")
            .parseResolvingLand("2718-12-45/3")
        #expect(assumed)
        #expect(try ParcelIdentifierParser(gemarkungen: GemarkungTable()).parseResolvingLand("032718-12-45/3").landAssumed == false)
    }

    @Test func displayNameReadsBack() throws {
        let id = try ParcelIdentifier(kennzeichen: Self.lueneburgKey)
        #expect(id.displayName == "Gemarkung 2718, Flur 12, Flurstück 45/3")
        #expect(id.displayName(gemarkungen: Self.table) == "Gemarkung Lüneburg, Flur 12, Flurstück 45/3")
        #expect(try parse(id.displayName) == id)
        #expect(try parse(id.displayName(gemarkungen: Self.table)) == id)

        let withFolge = try ParcelIdentifier(gemarkung: 9999, flur: nil, zaehler: 7, folge: 2)
        #expect(withFolge.displayName == "Gemarkung 9999, Flurstück 7, Folge 2")
        #expect(withFolge.displayName(gemarkungen: Self.table) == withFolge.displayName)
        #expect(try ParcelIdentifier.parse(withFolge.displayName, gemarkungen: GemarkungTable()) == withFolge)
    }

    // MARK: - Errors

    @Test func emptyInput() {
        #expect(throws: ParcelIDError.emptyInput) { try parse("") }
        #expect(throws: ParcelIDError.emptyInput) { try parse(" \t\n") }
    }

    @Test func unknownGemarkungNameSuggestsCloseMatches() {
        #expect(throws: ParcelIDError.unknownGemarkungName("Lüneberg", suggestions: ["Lüneburg"])) {
            try parse("Lüneberg 12 45/3")
        }
        #expect(Self.table.closeMatches(for: "Lüneberg").contains("Lüneburg"))
        #expect(Self.table.closeMatches(for: "luneburg") == ["Lüneburg"])
        #expect(Self.table.closeMatches(for: "Bad Bevenson").first == "Bad Bevensen")
        #expect(Self.table.closeMatches(for: "Hamburg").isEmpty)
        #expect(Self.table.closeMatches(for: "Neuenkirchn") == ["Neuenkirchen"])  // listed once
    }

    @Test func ambiguousGemarkungName() throws {
        #expect(throws: ParcelIDError.ambiguousGemarkungName("Neuenkirchen", numbers: [2722, 2723])) {
            try parse("Neuenkirchen 1 5")
        }
        #expect(try parse("2723-1-5").gemarkung == 2723)
    }

    @Test func unknownGemarkungNumber() {
        #expect(throws: ParcelIDError.unknownGemarkungNumber(2799, land: "03")) { try parse("2799-12-45/3") }
        #expect(throws: ParcelIDError.unknownGemarkungNumber(2799, land: "03")) { try parse("032799012000450003__") }
        #expect(throws: ParcelIDError.unknownGemarkungNumber(2799, land: "03")) {
            try parse("Gemarkung 2799, Flur 12, Flurstück 45/3")
        }
    }

    @Test func numbersOfOtherLaenderAreNotCheckedAgainstTheTable() throws {
        // The table lists only Land 03, so it cannot tell whether Gemarkung 1855 exists in Land 15.
        #expect(try parse("15185500301190______").gemarkung == 1855)
        #expect(try parse("151855-3-1190").gemarkung == 1855)
    }

    @Test func numbersOutOfRange() {
        #expect(throws: ParcelIDError.outOfRange(field: .flur, value: "1000", allowed: 1...999, keyPosition: nil)) {
            try parse("Lüneburg 1000 45/3")
        }
        #expect(
            throws: ParcelIDError.outOfRange(field: .zaehler, value: "100000", allowed: 1...99999, keyPosition: nil)
        ) { try parse("2718-12-100000") }
        #expect(
            throws: ParcelIDError.outOfRange(field: .nenner, value: "10000", allowed: 1...9999, keyPosition: nil)
        ) { try parse("Gemarkung Lüneburg, Flur 12, Flurstück 45/10000") }
        #expect(throws: ParcelIDError.outOfRange(field: .zaehler, value: "0", allowed: 1...99999, keyPosition: nil)) {
            try parse("Lüneburg 12 0")
        }
        #expect(
            throws: ParcelIDError.outOfRange(
                field: .zaehler, value: "99999999999999999999999", allowed: 1...99999, keyPosition: nil)
        ) { try parse("Lüneburg 12 99999999999999999999999") }
    }

    @Test(arguments: [
        "Lüneburg",
        "Lüneburg 45/3",
        "2718-12",
        "2718-12-45-3",
        "Lüneburg 12 45/3/1",
        "Lüneburg 12a 45/3",
        "Gemarkung Lüneburg, Flur 12",
        "Gemarkung Lüneburg, Flur, Flurstück 45/3",
        "Flur 12, Flurstück 45/3",
        "Gemarkung Lüneburg, Flur 12, Flur 13, Flurstück 45/3",
        "Lüneburg 12 45/",
    ])
    func unparseableText(text: String) {
        #expect {
            try parse(text)
        } throws: { error in
            guard case .unparseable(let input, _) = error as? ParcelIDError else { return false }
            return input == text
        }
    }

    @Test func messagesNamePartAndShowForms() {
        let character = ParcelIDError.keyCharacter(position: 13, character: "x", field: .zaehler).description
        #expect(character.contains("position 13"))
        #expect(character.contains("Zähler"))
        #expect(character.contains("Accepted forms:"))
        #expect(character.contains("2718-12-45/3"))

        let unparseable = ParcelIDError.unparseable("Lüneburg 45/3", reason: "x").description
        for form in ParcelIdentifier.acceptedForms { #expect(unparseable.contains(form)) }

        let unknown = ParcelIDError.unknownGemarkungName("Lüneberg", suggestions: ["Lüneburg"]).description
        #expect(unknown == "unknown Gemarkung 'Lüneberg': did you mean 'Lüneburg'?")
        let range = ParcelIDError.outOfRange(field: .zaehler, value: "00000", allowed: 1...99999, keyPosition: 10)
        #expect(range.description.contains("positions 10–14"))
    }

    // MARK: - Gemarkung table

    @Test func tableLookups() {
        #expect(Self.table.entry(number: 2718)?.name == "Lüneburg")
        #expect(Self.table.entry(number: 2718, land: "15") == nil)
        #expect(Self.table.entries(named: "  LUENEBURG ").map(\.number) == [2718])
        #expect(Self.table.entries(named: "groß süstedt").map(\.number) == [2721])
        #expect(Self.table.entries(named: "Gross Suestedt").map(\.number) == [2721])
        #expect(Self.table.entries(named: "Lu\u{308}neburg").map(\.number) == [2718])  // decomposed ü
        #expect(Self.table.entries(named: "Hamburg").isEmpty)
        #expect(Self.table.covers(land: "03"))
        #expect(!Self.table.covers(land: "15"))
    }

    // MARK: - Codable

    @Test func codableRoundTripAsJSONString() throws {
        let id = try ParcelIdentifier(kennzeichen: Self.lueneburgKey)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == "[\"032718012000450003__\"]")
        #expect(try JSONDecoder().decode([ParcelIdentifier].self, from: data) == [id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ParcelIdentifier].self, from: Data("[\"0327\"]".utf8))
        }
    }
}
