import Testing
import TrafficCore
import TrafficStudies

@Suite("OD matrix CSV")
struct ODMatrixCSVTests {
    @Test func odCSVLongSquareAndSemicolonForms() throws {
        let long = try ODMatrix.parseCSV(
            "# peak hour\norigin,destination,vehicles,begin_s,end_s\nA,B,12.5,,\nB,A,3,0,900\n")
        #expect(
            long == [
                ODEntry(origin: "A", destination: "B", vehicles: 12.5),
                ODEntry(origin: "B", destination: "A", vehicles: 3, begin: 0, end: 900),
            ])
        let square = try ODMatrix.parseCSV(",A,B\nA,0,7\nB,2,0\n")
        #expect(
            square == [
                ODEntry(origin: "A", destination: "B", vehicles: 7),
                ODEntry(origin: "B", destination: "A", vehicles: 2),
            ])
        let german = try ODMatrix.parseCSV("from;to;count\n\"Zone 1\";Z2;4\n")
        #expect(german == [ODEntry(origin: "Zone 1", destination: "Z2", vehicles: 4)])
        #expect(throws: DemandError.invalidCSV(source: "OD matrix", line: 2, message: "vehicles 'x' is not a number")) {
            try ODMatrix.parseCSV("origin,destination,vehicles\nA,B,x\n")
        }
    }
}
