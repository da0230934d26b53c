import ArgumentParser
import Foundation
import Support

/// Writes `data` to `path` atomically (`Support.writeAtomically`), so a good file is never half overwritten.
func writeOutput(_ data: Data, to path: String) throws(ExitCode) {
    do {
        try writeAtomically(data, to: path)
    } catch {
        throw fail("cannot write \(path): \(error)", code: .cannotWrite)
    }
}
