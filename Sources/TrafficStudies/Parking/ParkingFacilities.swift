import GeoCore
import TrafficCore

/// The parking supply compiled for the engine: one *facility* per on-street (segment, category) stock and
/// per car park, in flat arrays; on-street facilities of each link in a CSR list.
struct ParkingFacilities: Sendable {
    /// Segment or car park ID.
    let ids: [String]
    /// nil for car parks.
    let categories: [ParkingCategory?]
    /// Street link (on-street) or entrance link (car park).
    let links: [Int32]
    let capacities: [Int32]
    /// Index into `ParkingSupply.carParks`, −1 for on-street facilities.
    let carParkIndex: [Int32]
    let carParks: [CarPark]
    /// Facility indices of the car parks.
    let carParkFacilities: [Int32]
    /// CSR per link: its on-street facilities.
    let linkStart: [Int32]
    let linkFacilities: [Int32]
    /// CSR per link: car parks entered from it.
    let carParkStart: [Int32]
    let carParksByLink: [Int32]
    /// Midpoint of every link's polyline (straight-line distances to destinations).
    let linkMidpoints: [Coordinate]
    let onStreetCount: Int

    init(supply: ParkingSupply, network: Network) {
        var ids: [String] = []
        var categories: [ParkingCategory?] = []
        var links: [Int32] = []
        var capacities: [Int32] = []
        var carParkIndex: [Int32] = []
        var perLink = [[Int32]](repeating: [], count: network.links.count)
        for segment in supply.onStreet {
            for category in ParkingCategory.allCases {
                guard let spaces = segment.capacity[category], spaces > 0 else { continue }
                perLink[segment.link.index].append(Int32(ids.count))
                ids.append(segment.id)
                categories.append(category)
                links.append(segment.link.rawValue)
                capacities.append(Int32(clamping: spaces))
                carParkIndex.append(-1)
            }
        }
        onStreetCount = ids.count
        var carParkFacilities: [Int32] = []
        for (k, carPark) in supply.carParks.enumerated() {
            carParkFacilities.append(Int32(ids.count))
            ids.append(carPark.id)
            categories.append(nil)
            links.append(carPark.entrance.rawValue)
            capacities.append(Int32(clamping: carPark.capacity))
            carParkIndex.append(Int32(k))
        }
        var start: [Int32] = [0]
        var flat: [Int32] = []
        for list in perLink {
            flat += list
            start.append(Int32(flat.count))
        }
        var byLink = [[Int32]](repeating: [], count: network.links.count)
        for f in carParkFacilities { byLink[Int(links[Int(f)])].append(f) }
        var carParkStart: [Int32] = [0]
        var carParksByLink: [Int32] = []
        for list in byLink {
            carParksByLink += list
            carParkStart.append(Int32(carParksByLink.count))
        }
        self.carParkStart = carParkStart
        self.carParksByLink = carParksByLink
        self.ids = ids
        self.categories = categories
        self.links = links
        self.capacities = capacities
        self.carParkIndex = carParkIndex
        self.carParks = supply.carParks
        self.carParkFacilities = carParkFacilities
        linkStart = start
        linkFacilities = flat
        linkMidpoints = network.links.map { Self.midpoint(of: $0.geometry) }
    }

    var count: Int { ids.count }

    func isCarPark(_ f: Int) -> Bool { carParkIndex[f] >= 0 }

    /// Whether a driver of `driverClass` may use facility `f` (car parks take every class).
    func isUsable(_ f: Int, by driverClass: DriverClass) -> Bool {
        guard let category = categories[f] else { return true }
        return driverClass.usableCategories.contains(category)
    }

    /// Straight-line distance (m) between the midpoints of links `a` and `b`.
    func distance(_ a: Int, _ b: Int) -> Double {
        let p = linkMidpoints[a]
        let q = linkMidpoints[b]
        return ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
    }

    /// The point halfway along a polyline (its first point for a degenerate one).
    static func midpoint(of line: [Coordinate]) -> Coordinate {
        guard line.count > 1 else { return line.first ?? Coordinate(0, 0) }
        var total = 0.0
        for i in 1..<line.count { total += hypot(line[i], line[i - 1]) }
        var remaining = total / 2
        for i in 1..<line.count {
            let piece = hypot(line[i], line[i - 1])
            if piece >= remaining && piece > 0 {
                let f = remaining / piece
                return Coordinate(
                    line[i - 1].x + f * (line[i].x - line[i - 1].x), line[i - 1].y + f * (line[i].y - line[i - 1].y))
            }
            remaining -= piece
        }
        return line[line.count - 1]
    }

    private static func hypot(_ a: Coordinate, _ b: Coordinate) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }
}
