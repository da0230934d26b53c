import Support
import TrafficCore

extension SignalControlReport {
    /// The stage-switch log as CSV: `node,time_s,from,to,green_start_s,ended_green_s,reason` (one row per
    /// switch; `time_s` is the red start of `from`, `green_start_s − time_s` the intergreen).
    public func stageSwitchesCSV() -> String {
        var text = "node,time_s,from,to,green_start_s,ended_green_s,reason\n"
        for s in stageSwitches {
            text += [
                csvField(s.node), NumberFormat.fixed(s.time, 2), csvField(s.from), csvField(s.to),
                NumberFormat.fixed(s.greenStart, 2), NumberFormat.fixed(s.endedGreen, 2), s.reason.rawValue,
            ].joined(separator: ",")
            text += "\n"
        }
        return text
    }
}
