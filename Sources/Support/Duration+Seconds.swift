extension Duration {
    /// The duration in seconds, as a `Double` (wall times measured with `ContinuousClock`).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
