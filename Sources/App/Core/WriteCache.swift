import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NIOConcurrencyHelpers
import Vapor

/// Every write the server makes bumps this (any request that is not GET or HEAD, once it is done, whatever its outcome;
/// the stores that write cases, measures and ledger items; a background import when it ends). Caches of values read from the database are valid until the next bump.
enum Writes {
    private static let box = NIOLockedValueBox(0)
    static var generation: Int { box.withLockedValue { $0 } }
    static func happened() { box.withLockedValue { $0 += 1 } }
}

/// Writes by another process — a `fangpin user …` command, a restore — reach the SQLite file without passing through
/// this server. Every commit in WAL mode changes the `-wal` file (or, after a checkpoint, the database file), so a
/// change of either file's size or modification time since the last look counts as a write: the caches are dropped
/// and a token revoked from the command line stops working on the next request.
enum ExternalWrites {
    private struct Seen: Equatable { var size: Int64; var modified: Double; var walSize: Int64; var walModified: Double }
    private static let box = NIOLockedValueBox<[String: Seen]>([:])

    static func check(database path: String) {
        let (size, modified) = fileStamp(path), (walSize, walModified) = fileStamp(path + "-wal")
        let now = Seen(size: size, modified: modified, walSize: walSize, walModified: walModified)
        let changed = box.withLockedValue { seen -> Bool in
            defer { seen[path] = now }
            return seen[path] != nil && seen[path] != now
        }
        if changed { Writes.happened() }
    }

    /// Size and modification time from one `stat` call (Foundation's `attributesOfItem` also looks up the owner's and
    /// group's names, which costs more than the page it would guard).
    private static func fileStamp(_ path: String) -> (Int64, Double) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (-1, 0) }
        #if canImport(Darwin)
        let m = st.st_mtimespec
        #else
        let m = st.st_mtim
        #endif
        return (Int64(st.st_size), Double(m.tv_sec) + Double(m.tv_nsec) / 1e9)
    }
}

/// Values read from the database, kept until the next write (`Writes`) and at most `seconds`. Values that must be
/// exact (list totals, sessions) are cached only on SQLite, where one server process owns the file; a PostgreSQL
/// deployment may run several servers. The inbox badge, a minute's approximation by design, is cached on both.
final class WriteCache<Value: Sendable>: Sendable {
    private struct Entry { var value: Value; var generation: Int; var at: Double }
    private let box = NIOLockedValueBox<[String: Entry]>([:])
    let seconds: Double
    let capacity: Int

    init(seconds: Double, capacity: Int) { self.seconds = seconds; self.capacity = capacity }

    func get(_ key: String) -> Value? {
        let (now, generation) = (Date().timeIntervalSince1970, Writes.generation)
        return box.withLockedValue { e in e[key].flatMap { $0.generation == generation && now - $0.at < seconds ? $0.value : nil } }
    }

    /// Keeps a value read at `generation` (taken before reading, so a write in between leaves it stale).
    func set(_ key: String, _ value: Value, generation: Int) {
        let now = Date().timeIntervalSince1970
        box.withLockedValue { e in
            if e.count >= capacity { e.removeAll() }
            e[key] = Entry(value: value, generation: generation, at: now)
        }
    }

    func remove(_ key: String) { _ = box.withLockedValue { $0.removeValue(forKey: key) } }
}

/// Any request that may write (not GET or HEAD) makes the cached values stale once it is done, whatever its outcome.
struct WritesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET && request.method != .HEAD else { return try await next.respond(to: request) }
        defer { Writes.happened() }
        return try await next.respond(to: request)
    }
}
