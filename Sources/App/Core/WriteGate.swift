import Fluent
import SQLKit

/// SQLite has one writer at a time. Two transactions that each read and then write would deadlock inside the
/// engine (the loser gets `database is locked` at once, without waiting), and sqlite-nio's busy handler spins on
/// one of the few threads of the pool that the lock holder itself needs. So every write in this process passes
/// this gate first, in arrival order, and then begins `IMMEDIATE` (it takes the write lock before it reads): writes
/// queue instead of failing. On PostgreSQL writers pass the same gate and then take the audit chain's head row first.
actor WriteGate {
    static let shared = WriteGate()

    /// Set while the current task holds the gate: a nested `write` joins the open transaction.
    @TaskLocal static var holding = false

    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Takes the gate only if nobody holds it.
    func tryAcquire() -> Bool {
        guard !busy else { return false }
        busy = true
        return true
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }

    /// How many writers wait (for the benchmark and the tests).
    var queued: Int { waiters.count }
}

extension Database {
    /// Whether this database is SQLite (the gate applies) rather than PostgreSQL.
    var isSQLite: Bool { (try? sql())?.dialect.name == "sqlite" }

    /// Runs `body` as one write transaction. It waits its turn at the process's `WriteGate`; on SQLite it then begins
    /// `IMMEDIATE`, on PostgreSQL it takes the audit chain's head row first. Inside an open transaction it joins it.
    /// Every write of the application goes through here (a single `save` too), so no write meets a locked database.
    package func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction || WriteGate.holding { return try await body(self) }
        // Writers wait here without holding a connection, so readers keep theirs while a long import writes.
        let arrived = Metrics.clock
        await WriteGate.shared.acquire()
        Metrics.shared.observe(.writeQueueWait, isSQLite ? "sqlite" : "postgresql", seconds: Metrics.seconds(since: arrived))
        let value = try await withGateHeld(body)
        // Committed: what the application cached from the database is stale.
        WriteCounter.current?.happened()
        return value
    }

    /// A write that may be skipped: done now if no other write is under way, otherwise left (returns false). For
    /// bookkeeping that the next request can do as well — a session's last-seen time — so that reading a page never
    /// waits behind a long import.
    @discardableResult
    func writeIfFree(_ body: @escaping @Sendable (any Database) async throws -> Void) async throws -> Bool {
        if inTransaction || WriteGate.holding { try await body(self); return true }
        guard await WriteGate.shared.tryAcquire() else { return false }
        try await withGateHeld(body)
        return true
    }

    /// The transaction itself, with the gate taken; releases it however the body ends.
    private func withGateHeld<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        do {
            let value: T
            if isSQLite {
                value = try await withConnection { conn -> T in
                    let sql = try conn.sql()
                    try await sql.raw("BEGIN IMMEDIATE").run()
                    do {
                        let value = try await WriteGate.$holding.withValue(true) { try await body(conn) }
                        try await sql.raw("COMMIT").run()
                        return value
                    } catch {
                        try? await sql.raw("ROLLBACK").run()
                        throw error
                    }
                }
            } else {
                // PostgreSQL: every write ends by appending to the audit chain (a lock on its head row). A transaction
                // that locked a household first and then waited for the head while another held the head and wanted the
                // household would deadlock; taking the head first puts all writers — of every server — in one queue.
                value = try await transaction { db in
                    try await db.sql().raw("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE").run()
                    return try await WriteGate.$holding.withValue(true) { try await body(db) }
                }
            }
            await WriteGate.shared.release()
            return value
        } catch {
            await WriteGate.shared.release()
            throw error
        }
    }
}

extension Database {
    /// The SQL interface of the database (both drivers provide it): the one way from a Fluent database to SQLKit.
    package func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw AppError.internalError("数据库不支持SQL查询") }
        return sql
    }
}
