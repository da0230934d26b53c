import Foundation
import ParcelCheckKit
import TestSupport
import Testing

extension SilentListener {
    /// Loads the layer `biotope` from `source(port)` (a service URL with `timeout_s=1`) on a silent port and
    /// expects a timeout within seconds: `CheckError` with exit code 4, naming the address and the layer.
    static func expectTimeout(_ source: (Int) -> String) throws {
        let silent = try SilentListener()
        defer { silent.close() }
        let theme = Catalog.ThemeLayer(name: "biotope", source: source(silent.port))
        let start = Date()
        let error = try #require(throws: CheckError.self) {
            try ThemeLoader(workingCRS: .etrs89UTM32).load(theme, area: nil)
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 1 + 5, "took \(elapsed) s")
        #expect(error.isUnreadableSource)
        #expect(error.description.contains("127.0.0.1:\(silent.port)") && error.description.contains("layer=biotope"), "\(error)")
        #expect(error.description.lowercased().contains("timed out") || error.description.lowercased().contains("timeout"), "\(error)")
    }
}
