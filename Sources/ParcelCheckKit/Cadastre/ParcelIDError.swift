/// Why a text could not be turned into a `ParcelIdentifier`. Syntax problems (the first four cases and
/// `.unparseable`) are kept apart from lookups that failed against the Gemarkung table.
public enum ParcelIDError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input was empty or only whitespace.
    case emptyInput
    /// A 20-character key was expected (a single token of digits and `_`), but it has `found` characters.
    case keyLength(found: Int)
    /// A character of a key does not fit its field: not a digit, or `_` in a required or partly filled field.
    /// `position` is 1-based.
    case keyCharacter(position: Int, character: Character, field: ParcelIdentifier.Field)
    /// A number lies outside what its field allows (Zähler 0, Flur 1000, Nenner 10000, Land 17, …).
    /// `value` is the number as written; `keyPosition` is the 1-based position of the field's first
    /// character when the number came from a 20-character key, otherwise `nil`.
    case outOfRange(field: ParcelIdentifier.Field, value: String, allowed: ClosedRange<Int>, keyPosition: Int?)
    /// A Land key (given as a part or as the default) is not two digits 01–16.
    case invalidLand(String)
    /// No Gemarkung of that name is in the table; `suggestions` are close matches, best first.
    case unknownGemarkungName(String, suggestions: [String])
    /// Several Gemarkungen in the table have that name; give the number instead.
    case ambiguousGemarkungName(String, numbers: [Int])
    /// The table lists Gemarkungen of `land` but not this number.
    case unknownGemarkungNumber(Int, land: String)
    /// A Gemarkung number given without a Land is in the table in several Länder; give the 6-digit form.
    case ambiguousGemarkungNumber(Int, lands: [String])
    /// The text matches none of `ParcelIdentifier.acceptedForms`; `reason` says which part failed.
    case unparseable(String, reason: String)

    public var description: String {
        switch self {
        case .emptyInput:
            return "no parcel identifier given" + Self.formsHint
        case .keyLength(let found):
            return "a Flurstückskennzeichen has exactly 20 characters (Land 2, Gemarkung 4, Flur 3, Zähler 5, "
                + "Nenner 4, Folge 2), found \(found)" + Self.formsHint
        case .keyCharacter(let position, let character, let field):
            let range = field.keyPositions
            let place = "position \(position) (\(field.name), positions \(range.lowerBound)–\(range.upperBound))"
            let rule =
                field.isOptional
                ? "\(field.name) must be \(field.width) digits, or \(field.width) × '_' when absent"
                : "\(field.name) is required and must be \(field.width) digits"
            return "unexpected character '\(character)' at \(place) of the Flurstückskennzeichen: \(rule)"
                + Self.formsHint
        case .outOfRange(let field, let value, let allowed, let keyPosition):
            var place = ""
            if let keyPosition {
                place = " at positions \(keyPosition)–\(keyPosition + field.width - 1) of the Flurstückskennzeichen"
            }
            return "\(field.name) \(value)\(place) is out of range: allowed "
                + "\(allowed.lowerBound)–\(allowed.upperBound)"
        case .invalidLand(let land):
            return "invalid Land key '\(land)': expected two digits 01–16 (03 = Niedersachsen)"
        case .unknownGemarkungName(let name, let suggestions):
            let hint =
                suggestions.isEmpty
                ? "no similar name in the Gemarkung table; the Gemarkung number (e.g. 2718-12-45/3) also works"
                : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            return "unknown Gemarkung '\(name)': \(hint)"
        case .ambiguousGemarkungName(let name, let numbers):
            let list = numbers.map(String.init).joined(separator: ", ")
            return "Gemarkung '\(name)' is ambiguous (numbers \(list)): give the number instead of the name, "
                + "e.g. \(numbers.first ?? 0)-Flur-Zähler/Nenner"
        case .unknownGemarkungNumber(let number, let land):
            return "unknown Gemarkung number \(number) in Land \(land)"
        case .ambiguousGemarkungNumber(let number, let lands):
            let forms = lands.map { "\($0)\(String(repeating: "0", count: max(0, 4 - String(number).count)))\(number)" }
            return "Gemarkung number \(number) exists in several Länder (\(lands.joined(separator: ", "))); "
                + "give Land and number, e.g. \(forms.joined(separator: " or "))"
        case .unparseable(let text, let reason):
            return "cannot read '\(text)' as a parcel identifier: \(reason)" + Self.formsHint
        }
    }

    private static var formsHint: String {
        "\nAccepted forms:\n" + ParcelIdentifier.acceptedForms.map { "  \($0)" }.joined(separator: "\n")
    }
}
