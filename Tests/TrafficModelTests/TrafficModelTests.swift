import Testing
@testable import TrafficModel
@Test func versionIsSet() { #expect(!TrafficModelInfo.version.isEmpty) }
