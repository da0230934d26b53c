internal import CGDAL
import Foundation

/// A zip archive read through GDAL's `/vsizip/` virtual file system (the XPlanArchiv of a development plan is one:
/// `xplan.gml` and its attachments). Read-only; nothing is unpacked to disk.
public struct ZipArchive: Sendable {
    /// The archive's path on disk.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The archive in GDAL's virtual file system. The braces make GDAL take the whole path as the archive,
    /// whatever its extension (without them `/vsizip/` only recognises names ending in `.zip` and the like).
    private var virtualRoot: String { "/vsizip/{" + path + "}" }

    /// Whether the file starts like a zip archive (`PK\u{3}\u{4}`), whatever its name.
    public static func isZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The files in the archive (directories left out), as paths inside it, in archive order
    /// (`VSIReadDirRecursive`).
    /// - Throws: `GDALError.openFailed` when GDAL cannot read the file as a zip archive.
    public func entries() throws(GDALError) -> [String] {
        GDALRuntime.ensureRegistered()
        GDALRuntime.resetError()
        guard let list = VSIReadDirRecursive(virtualRoot) else {
            throw .openFailed(location: path, message: GDALRuntime.lastMessage(or: "not a readable zip archive"))
        }
        defer { CSLDestroy(list) }
        var names: [String] = []
        var i = 0
        while let item = list[i] {
            let name = String(cString: item)
            if !name.hasSuffix("/") { names.append(name) }
            i += 1
        }
        return names
    }

    /// The bytes of `entry` (a path inside the archive, as `entries()` lists it).
    /// - Throws: `GDALError.openFailed` when the entry cannot be opened or read whole.
    public func contents(of entry: String) throws(GDALError) -> Data {
        GDALRuntime.ensureRegistered()
        let virtual = virtualRoot + "/" + entry
        GDALRuntime.resetError()
        guard let file = VSIFOpenL(virtual, "rb") else {
            throw .openFailed(location: "\(path) (\(entry))", message: GDALRuntime.lastMessage(or: "no such entry"))
        }
        defer { VSIFCloseL(file) }
        // The size the archive's directory gives (seek to the end); a read that ends short of it is a damaged
        // archive. (`VSIFEofL` is not set by /vsizip after the last short read, so it cannot tell.)
        guard VSIFSeekL(file, 0, SEEK_END) == 0 else {
            throw .openFailed(location: "\(path) (\(entry))", message: GDALRuntime.lastMessage(or: "cannot seek in the entry"))
        }
        let size = Int(VSIFTellL(file))
        guard VSIFSeekL(file, 0, SEEK_SET) == 0 else {
            throw .openFailed(location: "\(path) (\(entry))", message: GDALRuntime.lastMessage(or: "cannot seek in the entry"))
        }
        var data = Data(count: size)
        let read = data.withUnsafeMutableBytes { VSIFReadL($0.baseAddress, 1, size, file) }
        guard read == size else {
            throw .openFailed(
                location: "\(path) (\(entry))",
                message: GDALRuntime.lastMessage(or: "read \(read) of \(size) bytes; the archive is damaged"))
        }
        return data
    }
}
