import TrafficCore

/// Closed-form delay and cycle formulas for fixed-time signals (all times in seconds, flows in veh/h).
public enum SignalFormulas {
    /// Webster's (and HCM's) uniform delay d1 = 0.5·C·(1 − g/C)² / (1 − min(1, X)·g/C): the mean delay of
    /// deterministic arrivals at a fluid queue (Webster 1958; HCM 2010 eq. 18-19).
    public static func uniformDelay(cycle: Double, green: Double, degreeOfSaturation x: Double) -> Double {
        guard cycle > 0 else { return 0 }
        let share = min(max(green / cycle, 0), 1)
        let denominator = 1 - min(1, x) * share
        return denominator > 0 ? 0.5 * cycle * (1 - share) * (1 - share) / denominator : 0.5 * cycle * (1 - share)
    }

    /// HCM incremental (random and overflow) delay
    /// d2 = 900·T·[(X − 1) + √((X − 1)² + 8·k·I·X / (c·T))] (HCM 2000/2010, chapter 16/18).
    /// - Parameters:
    ///   - capacity: c in veh/h; `T`: analysis period in hours (HCM default 0.25 h);
    ///   - k: incremental-delay factor for the controller type (0.5 for pretimed signals);
    ///   - I: upstream filtering/metering factor (1.0 for an isolated junction).
    /// Returns +∞ for a movement without capacity and 0 without flow.
    public static func incrementalDelay(
        degreeOfSaturation x: Double, capacity: Double, periodHours t: Double = 0.25, k: Double = 0.5,
        filtering i: Double = 1
    ) -> Double {
        guard x > 0 else { return 0 }
        guard capacity > 0, t > 0 else { return .infinity }
        return 900 * t * ((x - 1) + ((x - 1) * (x - 1) + 8 * k * i * x / (capacity * t)).squareRoot())
    }

    /// HCM's average overflow queue (veh) at the end of green, the queue counterpart of d2:
    /// Q2 = 0.25·c·T·[(X − 1) + √((X − 1)² + 8·k·I·X / (c·T))].
    public static func overflowQueue(
        degreeOfSaturation x: Double, capacity: Double, periodHours t: Double = 0.25, k: Double = 0.5,
        filtering i: Double = 1
    ) -> Double {
        guard x > 0, capacity > 0, t > 0 else { return 0 }
        return 0.25 * capacity * t * ((x - 1) + ((x - 1) * (x - 1) + 8 * k * i * x / (capacity * t)).squareRoot())
    }

    /// Webster's optimum cycle C0 = (1.5·L + 5) / (1 − Y) for lost time L (s) and the sum Y of critical flow
    /// ratios; +∞ when Y ≥ 1 (no cycle serves the demand).
    public static func websterCycle(lostTime: Double, criticalFlowRatio y: Double) -> Double {
        y < 1 ? (1.5 * lostTime + 5) / (1 - y) : .infinity
    }
}
