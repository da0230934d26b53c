import Foundation
import TestSupport
import Testing
import TrafficCore

@testable import TrafficStudies

@Suite("Parking scenario section")
struct ParkingScenarioTests {
    static let sample = Repository.root.appendingPathComponent("sample-data/parking/scenario.json")

    @Test func clockTimes() throws {
        #expect(try ParkingDocument.secondsOfDay("07:30", field: "t") == 27_000)
        #expect(try ParkingDocument.secondsOfDay("24:00", field: "t") == 86_400)
        #expect(try ParkingDocument.secondsOfDay("06:00:30", field: "t") == 21_630)
        #expect(throws: ParkingError.invalidConfiguration("t '7h' is not a clock time HH:MM")) {
            try ParkingDocument.secondsOfDay("7h", field: "t")
        }
    }

    /// The sample: car park P-Markt opens 07:00–22:00 at 2 €/h; the run starts at 08:00.
    @Test func sampleScenarioResolves() throws {
        let study = try ParkingScenario.load(path: Self.sample.path)
        let markt = try #require(study.supply.carParks.first { $0.id == "P-Markt" })
        #expect(markt.openingHours == 25_200..<79_200)
        #expect(markt.pricePerHour == 2)
        #expect(markt.isOpen(atSecondOfDay: study.configuration.startTimeOfDay))
        #expect(!markt.isOpen(atSecondOfDay: 23 * 3600))
        #expect(study.supply.carParks.contains { $0.isParkAndRide })
        #expect(study.configuration.initialOccupancyByFacility["P-Bahnhof"] == 0.6)
        #expect(!study.demand.flows.isEmpty)
    }

    @Test func unknownLinkIsNamed() throws {
        let network = try ParkingFixtures.loop()
        let document = ParkingDocument(
            supply: .init(onStreet: [.init(id: "S9", link: "nowhere", capacity: ["general": 3])], carParks: nil))
        #expect(throws: ParkingError.unknownLink("nowhere", referencedBy: "on-street parking 'S9'")) {
            try document.resolve(network: network)
        }
        let badCategory = ParkingDocument(
            supply: .init(onStreet: [.init(id: "S1", link: "street", capacity: ["vip": 3])], carParks: nil))
        #expect(throws: ParkingError.invalidSupply(id: "S1", reason: "unknown category 'vip'")) {
            try badCategory.resolve(network: network)
        }
    }
}
