import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Loopback TCP ports for tests of services that are not there or do not answer.
public enum LoopbackPort {
    /// A loopback TCP port that refuses connections: bound and released again.
    public static func unused() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        return bind(fd, listening: false) ?? 1
    }

    /// Binds `fd` to a loopback port the kernel chooses, and listens on it when `listening`; the port, or nil.
    static func bind(_ fd: Int32, listening: Bool) -> Int? {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        return withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw -> Int? in
                guard Glibc.bind(fd, raw, length) == 0, !listening || listen(fd, 16) == 0,
                    getsockname(fd, raw, &length) == 0
                else { return nil }
                return Int(UInt16(bigEndian: pointer.pointee.sin_port))
            }
        }
    }
}

/// A loopback TCP port that accepts connections (the kernel's backlog) but never answers: a hung service.
public final class SilentListener: Sendable {
    let descriptor: Int32
    public let port: Int

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard let port = LoopbackPort.bind(fd, listening: true), port > 0 else {
            Glibc.close(fd)
            throw TestServerFailure("cannot listen on a loopback port")
        }
        self.descriptor = fd
        self.port = port
    }

    public func close() { Glibc.close(descriptor) }
}
