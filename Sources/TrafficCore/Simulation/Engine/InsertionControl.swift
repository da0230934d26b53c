/// Departures: the release cursor over vehicles sorted by departure, and the origin links with vehicles waiting.
struct InsertionControl: Sendable {
    var nextRelease = 0
    var activeOrigins: [Int32] = []
    var originActive: [Bool]

    init(linkCount: Int) {
        originActive = [Bool](repeating: false, count: linkCount)
    }
}
