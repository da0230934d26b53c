import Testing
import TrafficCore
import TrafficTestSupport

@testable import TrafficStudies

@Suite("Parking sensor data")
struct SensorOccupancyTests {
    /// Street segment S (10 spaces) and car park P (100) of the loop fixture.
    static func supply() throws -> ParkingSupply {
        let network = try ParkingFixtures.loop()
        return ParkingSupply(
            onStreet: [OnStreetParking(id: "S", link: network.id("street"), capacity: [.general: 10])],
            carParks: [CarPark(id: "P", entrance: network.id("garage"), capacity: 100)])
    }

    // 2026-11-16 and 2026-11-23 are Mondays.
    static let csv = """
        facility,time,occupied
        S,2026-11-16T08:00,4
        S,2026-11-16T09:00,6
        S,2026-11-16T10:00,8
        S,2026-11-16T09:30,7
        X,2026-11-16T10:00,3
        P,2026-11-16T08:00,-2
        P,2026-11-16T08:00,120
        S,2026-11-23T08:00,6
        S,2026-11-23T09:00,abc
        """

    @Test func validationWarnsWithLineNumbers() throws {
        let sensors = try SensorOccupancy(text: Self.csv, source: "s.csv", supply: Self.supply())
        let byLine = Dictionary(grouping: sensors.warnings, by: \.line)
        #expect(byLine[5]?.first?.message.contains("not after line 4") == true)  // 09:30 after 10:00
        #expect(byLine[6]?.first?.message == "unknown facility 'X'")
        #expect(byLine[7]?.first?.message.contains("negative") == true)
        #expect(byLine[8]?.first?.message.contains("above capacity 100") == true)
        // Steps of S: 1 h, 1 h, 7 d − 2 h; median 1 h; the week-long step is a gap (> 3 h).
        #expect(byLine[9]?.first?.message.contains("gap of 9960 min") == true)
        #expect(byLine[10]?.first?.message.contains("no occupancy value") == true)
        #expect(sensors.warnings.count == 6)
        #expect(sensors.series["S"]?.map(\.occupied) == [4, 6, 8, 6])
        #expect(sensors.series["P"]?.map(\.occupied) == [100])  // clamped
    }

    /// Latest readings → initial shares: S 6 of 10, P 100 of 100.
    @Test func latestReadingsInitialiseOccupancy() throws {
        let sensors = try SensorOccupancy(text: Self.csv, source: "s.csv", supply: Self.supply())
        #expect(sensors.latestShares == ["S": 0.6, "P": 1.0])
    }

    /// Forecast after S's last reading (Mon 2026-11-23 08:00): 09:00 Monday → the one Monday-09:00 reading
    /// (6); 10:00 → 8; 11:00 has no history → last value 6. P has only 08:00 → last value 100.
    @Test func forecastUsesSameWeekdayHourThenPersistence() throws {
        let sensors = try SensorOccupancy(text: Self.csv, source: "s.csv", supply: Self.supply())
        let s = sensors.forecast(hours: 3).filter { $0.facility == "S" }
        #expect(s.map(\.occupied) == [6, 8, 6])
        #expect(s.map(\.basis) == ["weekday_hour_mean", "weekday_hour_mean", "last_value"])
        #expect(SensorOccupancy.isoText(s[0].time) == "2026-11-23T09:00")
        let p = sensors.forecast(hours: 1).filter { $0.facility == "P" }
        #expect(p.map(\.occupied) == [100])
    }

    /// Two Mondays at 09:00 (6 and 8) average to 7; a Tuesday 09:00 reading (2) only counts when no
    /// same-weekday reading exists.
    @Test func weekdayHourMeanAveragesWeeks() throws {
        let json = """
            [ {"facility": "S", "time": "2026-11-09T09:00", "occupied": 6},
              {"facility": "S", "time": "2026-11-10T09:00", "occupied": 2},
              {"facility": "S", "time": "2026-11-16T09:00", "occupancy": 0.8},
              {"facility": "S", "time": "2026-11-23T08:00", "occupied": 5} ]
            """
        let sensors = try SensorOccupancy(text: json, source: "s.json", supply: Self.supply())
        let next = sensors.forecast(hours: 1)
        #expect(next.count == 1)
        #expect(next[0].occupied == 7)
        #expect(next[0].basis == "weekday_hour_mean")
    }

    @Test func calendarArithmetic() {
        #expect(SensorOccupancy.parseTime("1970-01-02T00:00") == 86_400)
        #expect(SensorOccupancy.weekday(0) == 3)  // Thursday
        #expect(SensorOccupancy.weekday(SensorOccupancy.parseTime("2026-11-23 08:00")!) == 0)  // Monday
        #expect(SensorOccupancy.parseTime("2026-02-30T08:00") == nil)
        #expect(SensorOccupancy.parseTime("2024-02-29T08:00") != nil)  // leap year
        #expect(SensorOccupancy.parseTime("yesterday") == nil)
        #expect(SensorOccupancy.isoText(SensorOccupancy.parseTime("2024-02-29T23:59")!) == "2024-02-29T23:59")
    }
}
