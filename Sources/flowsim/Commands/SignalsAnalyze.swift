import ArgumentParser
import Foundation
import TrafficStudies

extension Signals {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per node and signal group: flow, capacity, X, d1 + d2, queue, QSV; analytic and simulated.")

        @OptionGroup var input: SignalStudyOptions

        @Option(name: .long, help: ArgumentHelp("Also write analysis.json and analysis.csv into DIR.", valueName: "DIR"))
        var out: String?

        func run() throws {
            let scenario = try input.load()
            let study: SignalStudy.Analysis
            do { study = try SignalStudy.analyze(scenario, options: input.studyOptions) } catch { throw studyFailure(error) }
            print(study.analysis.tableText(), terminator: "")
            if let out {
                do { try study.write(to: URL(fileURLWithPath: out)) } catch {
                    throw fail("cannot write outputs to \(out): \(error)", code: .cannotWrite)
                }
                print("outputs: \(out)")
            }
            if let gridlock = study.result.gridlock { throw fail("gridlock in the simulation: \(gridlock)", code: .gridlock) }
        }
    }
}
