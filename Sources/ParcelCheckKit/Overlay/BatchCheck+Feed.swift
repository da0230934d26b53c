import Foundation
import Synchronization

extension BatchCheck {
    /// Chunks of parcels from the reader to the workers, in reading order. `next` suspends a worker until a chunk
    /// is there or the feed is finished. With a `capacity`, `push` blocks the reader (a thread of its own) while
    /// that many chunks are in flight — pushed and not yet `release`d, i.e. not yet written out — which bounds
    /// the memory of a streamed batch; without one it never blocks.
    final class ParcelFeed: Sendable {
        private struct State: ~Copyable {
            var chunks: [(start: Int, records: [ParcelRecord])] = []
            var head = 0
            var waiting: [CheckedContinuation<(Int, [ParcelRecord])?, Never>] = []
            var finished = false
            var cancelled = false
        }
        private let state = Mutex(State())
        private let room: DispatchSemaphore?
        private let capacity: Int

        init(capacity: Int?) {
            self.capacity = capacity ?? 0
            room = capacity.map { DispatchSemaphore(value: $0) }
        }

        /// Hands a chunk to a waiting worker, or queues it; first waits for room when the feed has a capacity.
        /// - Throws: `CancellationError` when the batch failed meanwhile (`cancel`).
        func push(start: Int, _ records: [ParcelRecord]) throws {
            room?.wait()
            let (waiter, cancelled) = state.withLock { s -> (CheckedContinuation<(Int, [ParcelRecord])?, Never>?, Bool) in
                if s.cancelled { return (nil, true) }
                if !s.waiting.isEmpty { return (s.waiting.removeFirst(), false) }
                s.chunks.append((start, records))
                return (nil, false)
            }
            if cancelled { throw CancellationError() }
            waiter?.resume(returning: (start, records))
        }

        /// `count` chunks were written out: room for as many more.
        func release(_ count: Int) {
            for _ in 0..<count { room?.signal() }
        }

        /// The batch failed: a reader waiting for room is let go (and stops), workers get no more chunks.
        func cancel() {
            let first = state.withLock { s in
                defer { s.cancelled = true }
                return !s.cancelled
            }
            // Room for everything in flight and the one push that then learns of the cancellation, so the
            // semaphore never ends below its initial value (libdispatch traps when it is freed so).
            if first { for _ in 0...capacity { room?.signal() } }
            finish()
        }

        /// No more chunks: waiting workers get `nil`, and so does every later `next`.
        func finish() {
            let waiters = state.withLock { s in
                s.finished = true
                defer { s.waiting.removeAll() }
                return s.waiting
            }
            for waiter in waiters { waiter.resume(returning: nil) }
        }

        /// The next chunk (start index, records), or `nil` when the feed is finished and empty.
        func next() async -> (Int, [ParcelRecord])? {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { s -> (Int, [ParcelRecord])?? in
                    if s.cancelled { return .some(nil) }
                    if s.head < s.chunks.count {
                        defer {
                            s.chunks[s.head].records = []  // the worker owns it now
                            s.head += 1
                        }
                        return .some((s.chunks[s.head].start, s.chunks[s.head].records))
                    }
                    if s.finished { return .some(nil) }
                    s.waiting.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    /// What the collector counted over all rows.
    struct RowTally {
        var rows: [BatchRow] = []
        var count = 0
        var repaired = 0
        var missing = 0
        var unusable = 0
    }

    /// Puts checked chunks back into parcel order: keeps the rows, or writes their CSV text through `csv` as
    /// soon as every earlier chunk is written; counts what the notes report either way.
    final class RowCollector: Sendable {
        private struct State: ~Copyable {
            var next = 0
            var pending: [Int: (rows: [BatchRow], csv: Data?)] = [:]
            var tally = RowTally()
        }
        private let state = Mutex(State())
        private let csv: (@Sendable (Data) throws -> Void)?

        init(csv: (@Sendable (Data) throws -> Void)?) {
            self.csv = csv
        }

        func start(header: String) throws {
            try csv?(Data(header.utf8))
        }

        /// Takes the chunk starting at row `start`; returns how many chunks were written out (or kept) by it.
        func deliver(start: Int, rows: [BatchRow], csv text: String?) throws -> Int {
            try state.withLock { s in
                s.pending[start] = (rows, text.map { Data($0.utf8) })
                var flushed = 0
                while let chunk = s.pending.removeValue(forKey: s.next) {
                    if let csv, let data = chunk.csv { try csv(data) } else { s.tally.rows += chunk.rows }
                    for row in chunk.rows {
                        if row.repaired { s.tally.repaired += 1 }
                        if row.status == .noGeometry { s.tally.missing += 1 }
                        if row.status == .unusableGeometry { s.tally.unusable += 1 }
                    }
                    s.tally.count += chunk.rows.count
                    s.next += chunk.rows.count
                    flushed += 1
                }
                return flushed
            }
        }

        func finish() -> RowTally {
            state.withLock { s in
                precondition(s.pending.isEmpty, "a chunk was never written: rows are missing")
                return s.tally
            }
        }
    }
}
