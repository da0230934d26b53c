import Foundation

/// Reads the ways people write a parcel identifier (see `ParcelIdentifier.acceptedForms`) into a
/// `ParcelIdentifier`, resolving Gemarkung names through a `GemarkungTable`.
///
/// Rules, in the order they are tried:
/// 1. A single token that has 20 characters, or consists only of digits and `_`, is a Flurstückskennzeichen.
/// 2. Digits separated by `-` (spaces and en dashes allowed): Gemarkung-Flur-Zähler[/Nenner], where the
///    Gemarkung part has 6 digits (Land + Gemarkung) or up to 4 (Land from `defaultLand`).
/// 3. Words, split at whitespace, `,` and `;`, with spaces around `/` ignored. Keywords (any case, with or
///    without a trailing `.` or `:`, optionally followed by "Nr."): Gemarkung/Gmkg/Gmk, Flur/Fl,
///    Flurstück/Flurstueck/Flurst/Flst, Folge/Flurstücksfolge. Words before the first keyword are the
///    Gemarkung. Without keywords the form is positional: Gemarkung (one or more words, or a number), Flur,
///    Zähler[/Nenner]. With keywords, Flur may be left out.
///
/// Gemarkung names are matched as `GemarkungTable.entries(named:)` does (case, whitespace and umlaut
/// spelling do not matter) and take the Land of their table entry. A Gemarkung number without a Land takes the
/// Land of the table's entries with that number (an error when they are in several Länder), and only when the
/// table has none, `defaultLand` — `parseResolvingLand` says when the Land is such an assumption, so a caller can
/// look for it in the parcel source. Gemarkung numbers, in every form, are checked against the table when it
/// lists any Gemarkung of that Land.
public struct ParcelIdentifierParser: Sendable {
    public var gemarkungen: GemarkungTable
    /// Land assumed when neither the text nor the key table gives one; two digits, `03` = Niedersachsen.
    public var defaultLand: String

    public init(gemarkungen: GemarkungTable, defaultLand: String = "03") {
        self.gemarkungen = gemarkungen
        self.defaultLand = defaultLand
    }

    public func parse(_ text: String) throws(ParcelIDError) -> ParcelIdentifier {
        try parseResolvingLand(text).identifier
    }

    /// `parse`, and whether the identifier's Land is `defaultLand` by assumption: the text gives none and
    /// neither does the key table (the Gemarkung is not in it, or the table has no Land column).
    public func parseResolvingLand(_ text: String) throws(ParcelIDError) -> (identifier: ParcelIdentifier, landAssumed: Bool) {
        let input = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !input.isEmpty else { throw .emptyInput }
        let parsed: (identifier: ParcelIdentifier, landAssumed: Bool)
        if Self.isKeyCandidate(input) {
            parsed = (try ParcelIdentifier(kennzeichen: input), false)
        } else if let parts = Self.dashedParts(input) {
            parsed = try parseDashed(parts, input: input)
        } else {
            parsed = try parseWords(input)
        }
        let identifier = parsed.identifier
        if gemarkungen.covers(land: identifier.land),
            gemarkungen.entry(number: identifier.gemarkung, land: identifier.land) == nil
        {
            throw .unknownGemarkungNumber(identifier.gemarkung, land: identifier.land)
        }
        return parsed
    }

    // MARK: - Forms

    private static func isKeyCandidate(_ input: String) -> Bool {
        guard !input.contains(where: isSeparator) else { return false }
        return input.count == ParcelIdentifier.kennzeichenLength
            || input.allSatisfy { CadastreSyntax.isDigit($0) || $0 == "_" }
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || ",;-–/".contains(character)
    }

    /// The `-`-separated parts if `input` is only digits, dashes, slashes and spaces with at least one dash.
    private static func dashedParts(_ input: String) -> [Substring]? {
        let compact = String(input.compactMap { $0.isWhitespace ? nil : ($0 == "–" ? "-" : $0) })
        guard compact.contains("-"),
            compact.allSatisfy({ CadastreSyntax.isDigit($0) || $0 == "-" || $0 == "/" })
        else { return nil }
        return compact.split(separator: "-", omittingEmptySubsequences: false)
    }

    private func parseDashed(_ parts: [Substring], input: String) throws(ParcelIDError) -> (ParcelIdentifier, Bool) {
        guard parts.count == 3 else {
            throw .unparseable(
                input, reason: "expected Gemarkung-Flur-Zähler[/Nenner] with two dashes, e.g. 2718-12-45/3")
        }
        return try build(gemarkung: String(parts[0]), flur: parts[1], flurstueck: parts[2], folge: nil, input: input)
    }

    private enum Label: Hashable {
        case gemarkung, flur, flurstueck, folge
    }

    private static let keywords: [String: Label] = [
        "gemarkung": .gemarkung, "gmkg": .gemarkung, "gmk": .gemarkung,
        "flur": .flur, "fl": .flur,
        "flurstueck": .flurstueck, "flurst": .flurstueck, "flst": .flurstueck,
        "folge": .folge, "flurstuecksfolge": .folge,
    ]

    private static func keyword<S: StringProtocol>(_ token: S) -> Label? {
        keywords[bareWord(token)]
    }

    /// Normalised like a Gemarkung name, without trailing `.` and `:` ("Flst." → "flst", "FLURSTÜCK" → "flurstueck").
    private static func bareWord<S: StringProtocol>(_ token: S) -> String {
        var word = GemarkungName.normalized(String(token))
        while let last = word.last, last == "." || last == ":" { word.removeLast() }
        return word
    }

    private func parseWords(_ input: String) throws(ParcelIDError) -> (ParcelIdentifier, Bool) {
        let tokens = Self.tokens(input)
        var leading: [String] = []
        var slots: [Label: [String]] = [:]
        var current: Label?
        var afterKeyword = false
        for token in tokens {
            if let label = Self.keyword(token) {
                guard slots[label] == nil else { throw .unparseable(input, reason: "'\(token)' appears twice") }
                slots[label] = []
                current = label
                afterKeyword = true
                continue
            }
            defer { afterKeyword = false }
            if afterKeyword, Self.bareWord(token) == "nr" { continue }
            if let current { slots[current, default: []].append(token) } else { leading.append(token) }
        }

        if !leading.isEmpty {
            guard slots[.gemarkung] == nil else {
                throw .unparseable(
                    input, reason: "unexpected '\(leading.joined(separator: " "))' before the Gemarkung keyword")
            }
            slots[.gemarkung] = leading
        }
        // No keyword besides (perhaps) "Gemarkung": the positional form "Lüneburg 12 45/3".
        if slots[.flur] == nil, slots[.flurstueck] == nil, slots[.folge] == nil {
            return try parsePositional(slots[.gemarkung] ?? [], input: input)
        }

        guard let gemarkung = slots[.gemarkung], !gemarkung.isEmpty else {
            throw .unparseable(input, reason: "the Gemarkung (name or number) is missing")
        }
        var flur = slots[.flur]
        var flurstueck = slots[.flurstueck]
        // "Flur 12 45/3": the Flurstück keyword left out after the Flur.
        if flurstueck == nil, let tokens = flur, tokens.count == 2 {
            flur = [tokens[0]]
            flurstueck = [tokens[1]]
        }
        guard let flurstueck else {
            throw .unparseable(input, reason: "the Flurstück number (Zähler or Zähler/Nenner) is missing")
        }
        var flurToken: Substring?
        if let flur { flurToken = try Self.single(flur, after: "Flur", input: input) }
        var folgeToken: Substring?
        if let folge = slots[.folge] { folgeToken = try Self.single(folge, after: "Folge", input: input) }
        return try build(
            gemarkung: gemarkung.joined(separator: " "), flur: flurToken,
            flurstueck: Self.single(flurstueck, after: "Flurstück", input: input), folge: folgeToken, input: input)
    }

    private static func single(_ tokens: [String], after keyword: String, input: String) throws(ParcelIDError)
        -> Substring
    {
        guard tokens.count == 1 else {
            let reason =
                tokens.isEmpty
                ? "no number after '\(keyword)'"
                : "expected one number after '\(keyword)', found '\(tokens.joined(separator: " "))'"
            throw .unparseable(input, reason: reason)
        }
        return Substring(tokens[0])
    }

    private func parsePositional(_ tokens: [String], input: String) throws(ParcelIDError) -> (ParcelIdentifier, Bool) {
        guard tokens.count >= 3 else {
            throw .unparseable(
                input, reason: "expected Gemarkung, Flur and Flurstück number, e.g. 'Lüneburg 12 45/3'")
        }
        return try build(
            gemarkung: tokens.dropLast(2).joined(separator: " "),
            flur: Substring(tokens[tokens.count - 2]),
            flurstueck: Substring(tokens[tokens.count - 1]),
            folge: nil, input: input)
    }

    /// Words of `input`: split at whitespace, `,` and `;`; "45 / 3" kept together as "45/3"; a keyword glued
    /// to its number ("Flst.45/3") split off.
    private static func tokens(_ input: String) -> [String] {
        var joined = ""
        var afterSlash = false
        for character in input {
            if character == "/" {
                while joined.last?.isWhitespace == true { joined.removeLast() }
                joined.append(character)
                afterSlash = true
            } else if !(afterSlash && character.isWhitespace) {
                joined.append(character)
                afterSlash = false
            }
        }
        var result: [String] = []
        for token in joined.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
            if let dot = token.firstIndex(of: "."), token.index(after: dot) < token.endIndex,
                keyword(token[...dot]) != nil
            {
                result.append(String(token[...dot]))
                result.append(String(token[token.index(after: dot)...]))
            } else {
                result.append(String(token))
            }
        }
        return result
    }

    // MARK: - Parts

    private func build(
        gemarkung: String, flur: Substring?, flurstueck: Substring, folge: Substring?, input: String
    ) throws(ParcelIDError) -> (ParcelIdentifier, Bool) {
        let (land, number, landAssumed) = try resolveGemarkung(gemarkung, input: input)
        var flurNumber: Int?
        if let flur { flurNumber = try Self.number(flur, .flur, input: input) }
        let parts = flurstueck.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw .unparseable(
                input, reason: "the Flurstück number must be Zähler or Zähler/Nenner, found '\(flurstueck)'")
        }
        let zaehler = try Self.number(parts[0], .zaehler, input: input)
        var nenner: Int?
        if parts.count == 2 { nenner = try Self.number(parts[1], .nenner, input: input) }
        var folgeNumber: Int?
        if let folge { folgeNumber = try Self.number(folge, .folge, input: input) }
        let identifier = try ParcelIdentifier(
            land: land, gemarkung: number, flur: flurNumber, zaehler: zaehler, nenner: nenner, folge: folgeNumber)
        return (identifier, landAssumed)
    }

    /// A Gemarkung given as 6 digits (Land + number), as a number (Land from the key table, else `defaultLand`,
    /// assumed) or as a name (Land of its table entry, assumed when the table has no Land column).
    private func resolveGemarkung(
        _ text: String, input: String
    ) throws(ParcelIDError) -> (land: String, number: Int, landAssumed: Bool) {
        if CadastreSyntax.isDigits(text) {
            if text.count == 6 {
                return (String(text.prefix(2)), try Self.number(text.suffix(4), .gemarkung, input: input), false)
            }
            let number = try Self.number(Substring(text), .gemarkung, input: input)
            let listed = gemarkungen.entries(number: number)
            let lands = Array(Set(listed.map(\.land))).sorted()
            guard lands.count <= 1 else { throw .ambiguousGemarkungNumber(number, lands: lands) }
            guard let entry = listed.first else { return (defaultLand, number, true) }
            return (entry.land, number, !entry.landIsKnown)
        }
        let matches = gemarkungen.entries(named: text)
        guard let first = matches.first else {
            throw .unknownGemarkungName(text, suggestions: gemarkungen.closeMatches(for: text))
        }
        let distinct = Set(matches.map { "\($0.land)\($0.number)" })
        guard distinct.count == 1 else {
            throw .ambiguousGemarkungName(text, numbers: matches.map(\.number))
        }
        return (first.land, first.number, !first.landIsKnown)
    }

    /// A decimal number for `field`, checked against the field's range (leading zeros allowed: "00045").
    private static func number(_ text: Substring, _ field: ParcelIdentifier.Field, input: String)
        throws(ParcelIDError) -> Int
    {
        guard CadastreSyntax.isDigits(text) else {
            let found = text.isEmpty ? "nothing" : "'\(text)'"
            throw .unparseable(input, reason: "\(field.name) must be a number, found \(found)")
        }
        let significant = text.drop(while: { $0 == "0" })
        guard significant.count <= 9, let value = Int(text), field.allowedRange.contains(value) else {
            throw .outOfRange(field: field, value: String(text), allowed: field.allowedRange, keyPosition: nil)
        }
        return value
    }
}
