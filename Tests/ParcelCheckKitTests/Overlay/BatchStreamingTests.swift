import Foundation
import ParcelCheckKit
import Synchronization
import Testing

/// A batch streamed as CSV (`BatchCheck.run(csv:)`) writes exactly what the kept rows give, in parcel order,
/// whatever the chunking and the number of workers; a failing write ends the batch instead of hanging it.
@Suite struct BatchStreamingTests {
    final class Sink: Sendable {
        let data = Mutex(Data())
        let failAfter: Int?
        let writes = Mutex(0)
        init(failAfter: Int? = nil) { self.failAfter = failAfter }
        func write(_ piece: Data) throws {
            let n = writes.withLock { w in
                w += 1
                return w
            }
            if let failAfter, n > failAfter { throw CocoaError(.fileWriteOutOfSpace) }
            data.withLock { $0.append(piece) }
        }
    }

    @Test func streamedCSVEqualsTheKeptRowsWhateverTheChunking() async throws {
        let catalog = try TestCatalogs.sample(layers: ["wasserschutzgebiete", "biotope", "bebauungsplaene"])
        let kept = try await BatchCheck.run(catalog: catalog, keepGeometry: false)
        let expected = kept.csv()
        for (jobs, chunkSize) in [(1, 4096), (2, 7), (3, 256)] {
            let sink = Sink()
            let streamed = try await BatchCheck.run(
                catalog: catalog, jobs: jobs, keepGeometry: false, chunkSize: chunkSize,
                csv: { try sink.write($0) })
            #expect(streamed.rows.isEmpty)
            #expect(streamed.rowCount == kept.rows.count)
            #expect(streamed.notes == kept.notes)
            #expect(String(decoding: sink.data.withLock { $0 }, as: UTF8.self) == expected, "jobs \(jobs), chunks of \(chunkSize)")
        }
        #expect(kept.rowCount == kept.rows.count && kept.rowCount > 20_000)
    }

    @Test func aFailingWriteEndsTheBatchWithItsError() async throws {
        let catalog = try TestCatalogs.sample(layers: ["wasserschutzgebiete"])
        let sink = Sink(failAfter: 3)
        await #expect(throws: CocoaError.self) {
            _ = try await BatchCheck.run(catalog: catalog, jobs: 2, chunkSize: 16, csv: { try sink.write($0) })
        }
    }
}
