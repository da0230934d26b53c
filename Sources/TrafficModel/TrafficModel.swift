public enum TrafficModelInfo { public static let version = "0.1.0" }
