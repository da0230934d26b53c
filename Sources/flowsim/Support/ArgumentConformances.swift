import ArgumentParser
import TrafficStudies

// Library enums read as option values (`--flows simulated`, `--method webster`, `--hour morning`, …).
extension FlowBasis: ExpressibleByArgument {}
extension SignalStudy.Method: ExpressibleByArgument {}
extension PeakHour: ExpressibleByArgument {}
extension ParkingGuidance: ExpressibleByArgument {}
extension CalibrationSettings.RouteChoice: ExpressibleByArgument {}
