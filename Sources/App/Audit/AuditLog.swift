import Domain
import NIOConcurrencyHelpers
import Fluent
import Foundation
import SQLKit
import Vapor

/// The audit trail (SPEC §5): every write, login, export and policy change, append-only and hash-chained.
/// Each entry's hash covers its own fields and the previous entry's hash, so editing, deleting or inserting
/// a row breaks the chain from that row on; `fangpin audit verify` finds the first broken entry.
package enum AuditLog {
    struct Entry: Decodable, Sendable {
        var seq: Int
        var at: Int64
        var actor: String
        var role: String
        var address: String
        var action: String
        var entity: String
        var entityID: String
        /// JSON: what changed (before/after) or what was exported.
        var detail: String
        var prevHash: String
        var hash: String

        /// The columns of the audit log.
        enum CodingKeys: String, CodingKey {
            case seq, at, actor, role, address, action, entity, detail, prevHash, hash
            case entityID = "entityId"
        }
    }

    /// Who did it, from where.
    package struct Actor: Sendable {
        var username: String
        var role: String
        var address: String
        /// When the act happens by the application's clock (`req.auditActor` sets it); the machine's time when unset.
        var at: Date? = nil
        /// The application's audit key (`Application.auditKey`): the entry is keyed with it once keying has begun.
        var key: SymmetricKey?

        var moment: Date { at ?? Date() }
        /// `moment` in whole seconds, as the tables store times.
        var stamp: Int64 { Int64(moment.timeIntervalSince1970) }

        package init(username: String, role: String, address: String, at: Date? = nil, key: SymmetricKey?) {
            self.username = username; self.role = role; self.address = address; self.at = at; self.key = key
        }
    }

    static let genesis = String(repeating: "0", count: 64)

    /// An entry's hash: HMAC-SHA256 with the audit key (`key`) from the keying entry on, plain SHA-256 before it (entries
    /// written before keying began stay verifiable). Without the key, nobody can rewrite an entry and its successors
    /// so that the chain still verifies.
    static func hash(seq: Int, at: Int64, actor: String, role: String, address: String, action: String, entity: String,
                     entityID: String, detail: String, prevHash: String, key: SymmetricKey? = nil) -> String {
        let text = Data([String(seq), String(at), actor, role, address, action, entity, entityID, detail, prevHash].joined(separator: "\u{1F}").utf8)
        return key.map { Hex.string(HMAC<SHA256>.authenticationCode(for: text, using: $0)) } ?? Hex.string(SHA256.hash(data: text))
    }

    /// The action of the entry from which every entry is keyed.
    static let keyingAction = "audit.keying"

    /// Appends one entry. Run it inside the transaction of the write it records, so both land or neither does.
    /// The head row is updated first: that takes the write lock (SQLite) or the row lock (PostgreSQL), so
    /// concurrent appends queue up and the chain never forks.
    static func append(on sql: any SQLDatabase, _ who: Actor, action: String, entity: String, entityID: String,
                       detail: [String: JSON] = [:], at date: Date? = nil) async throws {
        let date = date ?? who.moment
        guard let head = try await sql.raw("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash").first() else {
            throw AppError(status: .internalServerError, code: "audit_head", message: "审计日志头记录缺失，请检查数据库迁移")
        }
        let seq = try head.decode(column: "seq", as: Int.self)
        let prev = try head.decode(column: "hash", as: String.self)
        let at = Int64(date.timeIntervalSince1970)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(JSON.object(detail)), as: UTF8.self)
        let h = hash(seq: seq, at: at, actor: who.username, role: who.role, address: who.address, action: action, entity: entity,
                     entityID: entityID, detail: text, prevHash: prev, key: who.key)
        try await sql.insert(into: "audit_log")
            .columns("seq", "at", "actor", "role", "address", "action", "entity", "entity_id", "detail", "prev_hash", "hash")
            .values(SQLBind(seq), SQLBind(at), SQLBind(who.username), SQLBind(who.role), SQLBind(who.address), SQLBind(action),
                    SQLBind(entity), SQLBind(entityID), SQLBind(text), SQLBind(prev), SQLBind(h))
            .run()
        try await sql.raw("UPDATE audit_head SET hash = \(bind: h) WHERE id = 1").run()
    }

    /// Appends in a transaction of its own (for events that write nothing else: logins, exports).
    /// `append` inside a write the caller holds (`db` is its transaction).
    static func append(on db: any Database, _ who: Actor, action: String, entity: String, entityID: String,
                       detail: [String: JSON] = [:], at date: Date? = nil) async throws {
        try await append(on: try db.sql(), who, action: action, entity: entity, entityID: entityID, detail: detail, at: date)
    }

    static func record(on db: any Database, _ who: Actor, action: String, entity: String, entityID: String, detail: [String: JSON] = [:]) async throws {
        try await db.write { db in
            try await append(on: try db.sql(), who, action: action, entity: entity, entityID: entityID, detail: detail)
        }
    }

    /// At start-up: the first start with an audit key writes the keying entry, from which every entry is keyed.
    static func beginKeying(on db: any Database, key: SymmetricKey?) async throws {
        guard let key else { return }
        try await db.write { db in
            let sql = try db.sql()
            let marked = try await sql.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = \(bind: keyingAction)").first()?.decode(column: "n", as: Int.self) ?? 0
            guard marked == 0 else { return }
            try await append(on: sql, Actor(username: "系统", role: "system", address: "", key: key), action: keyingAction, entity: "audit", entityID: "",
                             detail: ["note": .string("自本条起，审计记录以密钥签名")])
        }
    }

    struct Verification: Sendable, Equatable {
        var entries: Int
        /// The first entry whose stored fields no longer give its hash, or that does not follow the one before.
        var firstBroken: Int?
        var reason: String?
        var ok: Bool { firstBroken == nil && reason == nil }
    }

    static func verify(on db: any Database, key: SymmetricKey?) async throws -> Verification { try await verify(on: try db.sql(), key: key) }

    static func verify(on sql: any SQLDatabase, key: SymmetricKey?) async throws -> Verification {
        var prev = genesis
        var expected = 1
        var count = 0
        var keyed = false
        let rows = try await sql.raw("SELECT seq, at, actor, role, address, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY seq").all()
        for r in rows {
            let e = try entry(r)
            count += 1
            if e.seq != expected { return Verification(entries: count, firstBroken: e.seq, reason: "序号不连续：应为第\(expected)条，实为第\(e.seq)条（有记录被删除或插入）") }
            if e.prevHash != prev { return Verification(entries: count, firstBroken: e.seq, reason: "第\(e.seq)条记录的前序哈希与第\(e.seq - 1)条不符") }
            if e.action == keyingAction { keyed = true }
            if keyed && key == nil {
                return Verification(entries: count, firstBroken: e.seq, reason: "缺少审计密钥（FANGPIN_AUDIT_KEY 或数据库旁的密钥文件），自第\(e.seq)条起无法校验")
            }
            let h = hash(seq: e.seq, at: e.at, actor: e.actor, role: e.role, address: e.address, action: e.action, entity: e.entity,
                         entityID: e.entityID, detail: e.detail, prevHash: e.prevHash, key: keyed ? key : nil)
            if h != e.hash { return Verification(entries: count, firstBroken: e.seq, reason: "第\(e.seq)条记录的内容与其哈希不符（记录被改动，或密钥不符）") }
            prev = e.hash
            expected += 1
        }
        // Every server of this version keys its entries from the keying entry on: a trail whose entries go on without
        // one had it removed (and the rest recomputed without the key).
        if key != nil, count > 0, !keyed {
            return Verification(entries: count, firstBroken: count, reason: "审计日志缺少密钥起始记录（记录被删除或整条日志被重写）")
        }
        if let head = try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first() {
            let seq = try head.decode(column: "seq", as: Int.self)
            let headHash = try head.decode(column: "hash", as: String.self)
            if seq != count || headHash != prev {
                return Verification(entries: count, firstBroken: count + 1, reason: "日志头记录第\(seq)条，实有\(count)条（末尾记录被删除）")
            }
        }
        return Verification(entries: count, firstBroken: nil, reason: nil)
    }

    static func entry(_ r: any SQLRow) throws -> Entry {
        try r.record(Entry.self)
    }

    struct Filters: Sendable {
        var actor = ""
        var action = ""
        var entityID = ""
        var from: Day?
        var to: Day?
        var page = 1
        var per = 50
    }

    static func list(_ f: Filters, on db: any Database) async throws -> (entries: [Entry], total: Int) { try await list(f, on: try db.sql()) }

    static func list(_ f: Filters, on sql: any SQLDatabase) async throws -> (entries: [Entry], total: Int) {
        let whereClause = condition(f)
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM audit_log WHERE \(whereClause)").first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT seq, at, actor, role, address, action, entity, entity_id, detail, prev_hash, hash FROM audit_log
            WHERE \(whereClause) ORDER BY seq DESC LIMIT \(literal: f.per) OFFSET \(literal: (f.page - 1) * f.per)
            """).all()
        return (try rows.map(entry), total)
    }

    /// The entries the filters select older than `seq` (all when nil), newest first: an export walks the log this way.
    static func entries(_ f: Filters, before seq: Int?, limit: Int, on db: any Database) async throws -> [Entry] {
        var whereClause = condition(f)
        if let seq { whereClause = whereClause + " AND seq < \(bind: seq)" }
        return try await (try db.sql()).raw("""
            SELECT seq, at, actor, role, address, action, entity, entity_id, detail, prev_hash, hash FROM audit_log
            WHERE \(whereClause) ORDER BY seq DESC LIMIT \(literal: limit)
            """).all().map(entry)
    }

    private static func condition(_ f: Filters) -> SQLQueryString {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if !f.actor.isEmpty { conditions.append("actor = \(bind: f.actor)") }
        if !f.action.isEmpty { conditions.append("(action = \(bind: f.action) OR action LIKE \(bind: f.action + ".%"))") }
        if !f.entityID.isEmpty { conditions.append("entity_id = \(bind: f.entityID)") }
        // Days are China days (UTC+8).
        if let from = f.from {
            let start: Int64 = Int64(from.daysSinceEpoch) * 86400 - 8 * 3600
            conditions.append("at >= \(bind: start)")
        }
        if let to = f.to {
            let end: Int64 = Int64(to.daysSinceEpoch + 1) * 86400 - 8 * 3600
            conditions.append("at < \(bind: end)")
        }
        return conditions.joined(separator: " AND ")
    }
}

struct CreateAuditLog: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("audit_log")
            .field("seq", .int64, .identifier(auto: false))
            .field("at", .int64, .required)
            .field("actor", .string, .required)
            .field("role", .string, .required)
            .field("address", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("detail", .string, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
        try await createIndex(db, "audit_log_actor", on: "audit_log", ["actor", "seq"])
        try await createIndex(db, "audit_log_entity", on: "audit_log", ["entity_id", "action", "at"])
        try await createIndex(db, "audit_log_address", on: "audit_log", ["address", "action", "at"])
        try await db.schema("audit_head")
            .field("id", .int, .identifier(auto: false))
            .field("seq", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await (try db.sql()).insert(into: "audit_head").columns("id", "seq", "hash")
            .values(SQLBind(1), SQLBind(0), SQLBind(AuditLog.genesis)).run()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("audit_head").delete()
        try await db.schema("audit_log").delete()
    }
}

extension Request {
    /// The signed-in user (or the given name) and the client's address, for audit entries.
    func auditActor(_ p: Principal) -> AuditLog.Actor {
        AuditLog.Actor(username: p.username, role: p.role.rawValue, address: clientAddress, at: now, key: application.auditKey)
    }

    /// The address of the client: the connection's peer. `X-Forwarded-For` is read only when the peer is one of the
    /// proxies named in `FANGPIN_TRUSTED_PROXIES`, and then the nearest address in it that is not a trusted proxy —
    /// a client can put anything at the front of that header. Only a valid IP address is ever returned.
    var clientAddress: String {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers["X-Forwarded-For"], trusted: application.config.trustedProxies)
    }
}

extension Application {
    /// The audit key of this application, from `AppConfig.auditKey` (nil: entries are plain SHA-256). It never lives
    /// in the database: see the README's backup section for where it is kept. Each application has its own, so two
    /// applications in one process (as the tests make) never key each other's trail.
    package var auditKey: SymmetricKey? { config.auditKey }

    /// An actor that is not a signed-in user (the system, a command, the demo), keyed with this application's key.
    package func auditActor(username: String, role: String, address: String = "") -> AuditLog.Actor {
        AuditLog.Actor(username: username, role: role, address: address, at: clock.now, key: auditKey)
    }
}

/// Where the audit key comes from.
enum AuditKey {
    /// The key from a text (the environment variable's value): its SHA-256, so any length of secret will do.
    static func from(text: String) -> SymmetricKey { SymmetricKey(data: SHA256.hash(data: Data(text.utf8))) }

    /// The key file beside a SQLite database: read, or created with 32 random bytes and permissions 0600.
    static func file(beside database: String) throws -> SymmetricKey {
        let path = database + ".audit-key"
        let fm = FileManager.default
        if let text = fm.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) })?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            return from(text: text)
        }
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Hex.string($0) }
        guard fm.createFile(atPath: path, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw AppError.internalError("无法创建审计密钥文件：\(path)")
        }
        return from(text: secret)
    }
}
