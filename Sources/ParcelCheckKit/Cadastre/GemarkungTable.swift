/// The key table mapping Gemarkung names to numbers (DOMAIN.md "Cadastre": names map to numbers through a
/// key table). Numbers are unique only within a Land, and names are not unique at all (Lower Saxony has several
/// Gemarkungen of the same name), so name lookups return every match.
public struct GemarkungTable: Sendable {
    /// One Gemarkung: its number within `land`, and its official name.
    public struct Entry: Sendable, Hashable, Codable {
        public var number: Int
        public var name: String
        public var land: String
        /// False when the key table had no Land for it and `land` is a placeholder: a parcel of this Gemarkung is
        /// then looked for in every Land of the parcel source.
        public var landIsKnown: Bool

        public init(number: Int, name: String, land: String = "03", landIsKnown: Bool = true) {
            self.number = number
            self.name = name
            self.land = land
            self.landIsKnown = landIsKnown
        }
    }

    private struct NumberKey: Hashable {
        var land: String
        var number: Int
    }

    /// All entries, in the order given.
    public let entries: [Entry]
    private let indexByNumber: [NumberKey: Int]
    private let indicesByName: [String: [Int]]
    private let lands: Set<String>

    /// Builds the lookup indexes. If the same Land and number appear twice, `entry(number:land:)` returns the
    /// first of them.
    public init(_ entries: [Entry] = []) {
        self.entries = entries
        var byNumber: [NumberKey: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            let key = NumberKey(land: entry.land, number: entry.number)
            if byNumber[key] == nil { byNumber[key] = index }
            byName[GemarkungName.normalized(entry.name), default: []].append(index)
        }
        indexByNumber = byNumber
        indicesByName = byName
        lands = Set(entries.map(\.land))
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether the table lists any Gemarkung of `land`; numbers of other Länder cannot be checked against it.
    public func covers(land: String) -> Bool {
        lands.contains(land)
    }

    /// Every Gemarkung with this number, in any Land (numbers are unique only within a Land).
    public func entries(number: Int) -> [Entry] {
        entries.filter { $0.number == number }
    }

    /// The Gemarkung with this number in `land`.
    /// - Complexity: O(1).
    public func entry(number: Int, land: String = "03") -> Entry? {
        indexByNumber[NumberKey(land: land, number: number)].map { entries[$0] }
    }

    /// Every Gemarkung whose name matches, ignoring case, surrounding and repeated whitespace, and umlaut
    /// spellings (ü/ue, ö/oe, ä/ae, ß/ss): "lueneburg " finds "Lüneburg".
    /// - Complexity: O(length of `name`).
    public func entries(named name: String) -> [Entry] {
        (indicesByName[GemarkungName.normalized(name)] ?? []).map { entries[$0] }
    }

    /// Names in the table closest to `name` by edit distance on the normalised names, best first (ties by
    /// name), each name once. Only names within distance max(2, ⌊length / 3⌋) of the normalised query count.
    /// - Complexity: O(number of distinct names × name length²).
    public func closeMatches(for name: String, limit: Int = 3) -> [String] {
        let query = GemarkungName.normalized(name)
        guard !query.isEmpty, limit > 0 else { return [] }
        let threshold = max(2, query.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for indices in indicesByName.values {
            let candidate = entries[indices[0]]
            let distance = GemarkungName.editDistance(query, GemarkungName.normalized(candidate.name))
            if distance <= threshold { scored.append((distance, candidate.name)) }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return scored.prefix(limit).map(\.name)
    }
}
