import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NIOConcurrencyHelpers
import Vapor

/// The application's count of writes: a value cached at one count is stale once the count moves. It moves after every
/// write transaction a request that may write (not GET or HEAD) commits — `db.write` bumps the counter the request is
/// bound to (`WritesMiddleware`; background imports and quality runs are bound to it too) — once such a request is done
/// whatever its outcome, after the nightly backup, and when another process (a command, a restore) is seen to have
/// written the SQLite file. One per `Application`.
final class WriteCounter: Sendable {
    private let box = NIOLockedValueBox(0)
    var generation: Int { box.withLockedValue { $0 } }
    func happened() { box.withLockedValue { $0 += 1 } }

    /// The counter of the application whose request (or background job) is running; `db.write` bumps it on commit.
    @TaskLocal static var current: WriteCounter?
}

/// Writes by another process — a `fangpin user …` command, a restore — reach the SQLite file without passing through
/// this server. Every commit in WAL mode changes the `-wal` file (or, after a checkpoint, the database file), so a
/// change of either file's size or modification time since the last look counts as a write: the caches are dropped
/// and a token revoked from the command line stops working on the next request.
final class ExternalWrites: Sendable {
    private struct Seen: Equatable { var size: Int64; var modified: Double; var walSize: Int64; var walModified: Double }
    private let box = NIOLockedValueBox<[String: Seen]>([:])
    let writes: WriteCounter

    init(writes: WriteCounter) { self.writes = writes }

    func check(database path: String) {
        let (size, modified) = fileStamp(path), (walSize, walModified) = fileStamp(path + "-wal")
        let now = Seen(size: size, modified: modified, walSize: walSize, walModified: walModified)
        let changed = box.withLockedValue { seen -> Bool in
            defer { seen[path] = now }
            return seen[path] != nil && seen[path] != now
        }
        if changed { writes.happened() }
    }

    /// Size and modification time from one `stat` call (Foundation's `attributesOfItem` also looks up the owner's and
    /// group's names, which costs more than the page it would guard).
    private func fileStamp(_ path: String) -> (Int64, Double) {
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
    let writes: WriteCounter

    init(seconds: Double, capacity: Int, writes: WriteCounter) { self.seconds = seconds; self.capacity = capacity; self.writes = writes }

    /// The write count to pass to `set`: taken before reading, so a write in between leaves the value stale.
    var generation: Int { writes.generation }

    func get(_ key: String) -> Value? {
        let (now, generation) = (Date().timeIntervalSince1970, writes.generation)
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

/// Any request that may write (not GET or HEAD) makes the cached values stale: each transaction it commits, and once
/// it is done whatever its outcome.
struct WritesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET && request.method != .HEAD else { return try await next.respond(to: request) }
        let writes = request.application.caches.writes
        defer { writes.happened() }
        return try await WriteCounter.$current.withValue(writes) { try await next.respond(to: request) }
    }
}

/// What one application keeps between requests: values read from the database until its next write. Two
/// applications in one process (as the tests make) never share them.
final class AppCaches: Sendable {
    let writes = WriteCounter()
    /// Household-list totals per user, day and filter (SQLite only).
    let householdTotals: WriteCache<Int>
    /// Sessions per token (SQLite only).
    let sessions: WriteCache<Tokens.CachedSession>
    /// The inbox badge per user, day and kind.
    let inbox: WriteCache<(total: Int, overdue: Int)>
    let external: ExternalWrites

    init() {
        householdTotals = WriteCache(seconds: 60, capacity: 2_000, writes: writes)
        sessions = WriteCache(seconds: 60, capacity: 10_000, writes: writes)
        inbox = WriteCache(seconds: 60, capacity: 10_000, writes: writes)
        external = ExternalWrites(writes: writes)
    }
}

extension Application {
    private struct CachesKey: StorageKey { typealias Value = AppCaches }
    var caches: AppCaches {
        if let c = storage[CachesKey.self] { return c }
        let c = AppCaches()
        storage[CachesKey.self] = c
        return c
    }
}

extension Request {
    var caches: AppCaches { application.caches }
}
