/// An ALKIS Flurstückskennzeichen: the 20-character key that identifies a cadastral parcel in Germany.
///
/// Layout (AdV GeoInfoDok, `AX_Flurstueck_Kerndaten.flurstueckskennzeichen`; DOMAIN.md "Cadastre"):
/// Land (2) | Gemarkungsnummer (4) | Flur (3) | Zähler (5) | Nenner (4) | Flurstücksfolge (2).
/// Numbers are right-aligned and zero-padded; an absent Flur, Nenner or Folge is filled with `_`.
/// Example from a public register: `15185500301190______` = Land 15, Gemarkung 1855, Flur 3, Zähler 1190,
/// no Nenner, no Folge.
///
/// A value is always valid: every initialiser checks the ranges in `Field.allowedRange`, so `kennzeichen`
/// always has exactly 20 characters. `description` and `Codable` use the 20-character key.
public struct ParcelIdentifier: Sendable, Hashable {
    /// Land key, two digits `01`–`16` (`03` = Niedersachsen).
    public let land: String
    /// Gemarkungsnummer, 1–9999 (unique within a Land).
    public let gemarkung: Int
    /// Flurnummer, 1–999; `nil` where the Land numbers parcels without Fluren.
    public let flur: Int?
    /// Zähler of the Flurstücksnummer, 1–99999.
    public let zaehler: Int
    /// Nenner of the Flurstücksnummer, 1–9999; `nil` for a whole-number parcel ("45" rather than "45/3").
    public let nenner: Int?
    /// Flurstücksfolge, 0–99; `nil` when absent (the usual case).
    public let folge: Int?

    /// Builds an identifier from its parts, checking each against `Field.allowedRange`.
    /// - Throws: `.invalidLand` unless `land` is two digits 01–16; `.outOfRange` for any other part.
    public init(
        land: String = "03", gemarkung: Int, flur: Int?, zaehler: Int, nenner: Int? = nil, folge: Int? = nil
    ) throws(ParcelIDError) {
        guard land.count == 2, land.allSatisfy(CadastreSyntax.isDigit), let landNumber = Int(land),
            Field.land.allowedRange.contains(landNumber)
        else { throw .invalidLand(land) }
        try Self.check(gemarkung, .gemarkung)
        try Self.check(flur, .flur)
        try Self.check(zaehler, .zaehler)
        try Self.check(nenner, .nenner)
        try Self.check(folge, .folge)
        self.init(
            uncheckedLand: land, gemarkung: gemarkung, flur: flur, zaehler: zaehler, nenner: nenner, folge: folge)
    }

    private init(uncheckedLand land: String, gemarkung: Int, flur: Int?, zaehler: Int, nenner: Int?, folge: Int?) {
        self.land = land
        self.gemarkung = gemarkung
        self.flur = flur
        self.zaehler = zaehler
        self.nenner = nenner
        self.folge = folge
    }

    private static func check(_ value: Int?, _ field: Field) throws(ParcelIDError) {
        guard let value, !field.allowedRange.contains(value) else { return }
        throw .outOfRange(field: field, value: String(value), allowed: field.allowedRange, keyPosition: nil)
    }

    /// The 20-character Flurstückskennzeichen, e.g. `032718012000450003__`.
    public var kennzeichen: String {
        func padded(_ value: Int?, _ field: Field) -> String {
            guard let value else { return String(repeating: "_", count: field.width) }
            let digits = String(value)
            return String(repeating: "0", count: field.width - digits.count) + digits
        }
        return land + padded(gemarkung, .gemarkung) + padded(flur, .flur) + padded(zaehler, .zaehler)
            + padded(nenner, .nenner) + padded(folge, .folge)
    }

    /// Parses exactly one 20-character Flurstückskennzeichen (no surrounding whitespace, no separators).
    ///
    /// Each field is either all digits or, for Flur, Nenner and Folge, all `_`.
    /// - Throws: `.keyLength` unless there are 20 characters; `.keyCharacter` with the 1-based position of the
    ///   first character that does not fit its field; `.outOfRange` (with `keyPosition`) for a value such as
    ///   Zähler `00000` or Land `17`.
    public init(kennzeichen: String) throws(ParcelIDError) {
        let characters = Array(kennzeichen)
        guard characters.count == Self.kennzeichenLength else { throw .keyLength(found: characters.count) }
        var values: [Field: Int] = [:]
        for field in Field.allCases {
            let start = field.keyPositions.lowerBound - 1
            let slice = characters[start..<start + field.width]
            if field.isOptional, slice.allSatisfy({ $0 == "_" }) { continue }
            if let index = slice.firstIndex(where: { !CadastreSyntax.isDigit($0) }) {
                throw .keyCharacter(position: index + 1, character: characters[index], field: field)
            }
            let value = Int(String(slice))!  // at most 5 ASCII digits
            guard field.allowedRange.contains(value) else {
                throw .outOfRange(
                    field: field, value: String(slice), allowed: field.allowedRange,
                    keyPosition: field.keyPositions.lowerBound)
            }
            values[field] = value
        }
        self.init(
            uncheckedLand: String(characters[0..<2]), gemarkung: values[.gemarkung]!, flur: values[.flur],
            zaehler: values[.zaehler]!, nenner: values[.nenner], folge: values[.folge])
    }

    /// Length of every Flurstückskennzeichen.
    public static let kennzeichenLength = 20

    /// The key's characters from the start through `field`, e.g. through `.zaehler` the 14 characters every
    /// parcel with this Zähler shares whatever its Nenner, through `.flur` the 9 of its Flur: a prefix for
    /// `LIKE` searches in a parcel source.
    public func kennzeichenPrefix(through field: Field) -> String {
        String(kennzeichen.prefix(field.keyPositions.upperBound))
    }

    /// How far apart two parcels are in numbering, Zähler first, then Nenner (none counts as 0): for listing
    /// the nearest parcels of a Flur first.
    public func numberingDistance(to other: ParcelIdentifier) -> Int {
        abs(zaehler - other.zaehler) * 10_000 + abs((nenner ?? 0) - (other.nenner ?? 0))
    }
}

extension ParcelIdentifier: CustomStringConvertible {
    /// The 20-character key.
    public var description: String { kennzeichen }
}

/// Small character tests shared by the cadastre parsers (namespaced to stay clear of other files' helpers).
enum CadastreSyntax {
    /// ASCII `0`–`9` only: `Character.isNumber` would also accept "½", "²" or Arabic-Indic digits.
    static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (0x30...0x39).contains(ascii)
    }

    static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.allSatisfy(isDigit)
    }
}
