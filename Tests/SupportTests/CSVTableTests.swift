import Support
import Testing

@Suite("CSV table")
struct CSVTableTests {
    /// A spreadsheet export with Windows line ends reads like the same file with Unix ones, line numbers included.
    @Test func windowsLineEndsReadLikeUnixOnes() throws {
        let unix = try CSVTable(text: "station,link,vehicles\n# note\nk1,A,5\nk2,B,7\n", source: "c.csv")
        let windows = try CSVTable(text: "station,link,vehicles\r\n# note\r\nk1,A,5\r\nk2,B,7\r\n", source: "c.csv")
        #expect(windows.header == ["station", "link", "vehicles"])
        #expect(windows.header == unix.header)
        #expect(windows.rows.map(\.fields) == [["k1", "A", "5"], ["k2", "B", "7"]])
        #expect(windows.rows.map(\.line) == [3, 4])
        #expect(windows.rows.map(\.line) == unix.rows.map(\.line))
    }
}
