import ArgumentParser
import Foundation

extension AsyncParsableCommand {
    /// ArgumentParser's `main`, but a command that has finished — successfully, or by throwing `ExitCode`
    /// after printing its own message — ends the process with `_exit` after flushing standard output and
    /// error, instead of `exit`. Help, usage errors and unexpected errors go through `exit(withError:)` as
    /// before.
    ///
    /// `exit` first runs every library's exit handlers and static destructors: with GDAL's 114 shared
    /// libraries that is 10–15 ms of freeing memory nobody uses again (closing PROJ's `proj.db` clears a schema
    /// with hundreds of triggers). Nothing is lost by skipping it: the tools write every output file to a
    /// temporary name and rename it into place when it is complete and closed.
    public static func mainEndingQuickly() async -> Never {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            endNow(code.rawValue)
        } catch {
            exit(withError: error)
        }
        endNow(0)
    }
}

/// Flushes standard output and error and ends the process without exit handlers (see `mainEndingQuickly`).
func endNow(_ code: Int32) -> Never {
    fflush(nil)
    _exit(code)
}
