import Fluent
import Foundation
import SQLKit
import Vapor

/// Consistent copies of an SQLite database while the server runs, and restoring one. PostgreSQL has its own
/// tools (`pg_dump`/`pg_restore`, see the README); the commands say so instead of half-doing it.
enum Backup {
    struct Unsupported: Error, CustomStringConvertible {
        var description: String { "PostgreSQL 数据库请用 pg_dump 备份、pg_restore 恢复（见 README“备份与恢复”）" }
    }

    static func requireSQLite(_ sql: any SQLDatabase) throws {
        guard sql.dialect.name == "sqlite" else { throw Unsupported() }
    }

    /// `VACUUM INTO` writes a complete, consistent copy in one read transaction; writers go on meanwhile.
    static func write(to path: String, on sql: any SQLDatabase) async throws -> Int {
        try requireSQLite(sql)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw AppError.badRequest("备份文件已存在：\(path)（不覆盖已有文件，请换一个文件名）", field: "to")
        }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return size
    }

    /// Attached documents are files beside the database (immutable, named by id; 整改佐证 in `rectifications/`): copied
    /// next to the backup as `FILE.files/`, and back on restore, folder by folder. Returns how many files were copied.
    static func copyFiles(from source: String, to target: String) throws -> Int {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: source), !names.isEmpty else { return 0 }
        try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
        var copied = 0
        for name in names {
            var folder: ObjCBool = false
            if fm.fileExists(atPath: source + "/" + name, isDirectory: &folder), folder.boolValue {
                copied += try copyFiles(from: source + "/" + name, to: target + "/" + name)
            } else if !fm.fileExists(atPath: target + "/" + name) {
                try fm.copyItem(atPath: source + "/" + name, toPath: target + "/" + name)
                copied += 1
            }
        }
        return copied
    }

    /// Replaces every table's rows with the backup's, in one transaction: all or nothing. The backup must come
    /// from the same schema (the same migrations), or nothing is touched.
    static func restore(from path: String, by actor: AuditLog.Actor, on db: any Database) async throws -> [String: Int] {
        let sql = try db.sql()
        try requireSQLite(sql)
        guard FileManager.default.fileExists(atPath: path) else { throw AppError.badRequest("找不到备份文件：\(path)", field: "from") }
        // ATTACH cannot run inside a transaction, so the copy holds one connection and opens its own.
        return try await restoreAttached(path: path, by: actor, on: db)
    }

    private static func restoreAttached(path: String, by actor: AuditLog.Actor, on db: any Database) async throws -> [String: Int] {
        try await db.withConnection { conn in
            let sql = try conn.sql()
            try await sql.raw("ATTACH DATABASE \(bind: path) AS bak").run()
            do {
                let counts = try await copy(path: path, by: actor, on: conn)
                try await sql.raw("DETACH DATABASE bak").run()
                return counts
            } catch {
                try? await sql.raw("DETACH DATABASE bak").run()
                throw error
            }
        }
    }

    private static func copy(path: String, by actor: AuditLog.Actor, on conn: any Database) async throws -> [String: Int] {
        let sql = try conn.sql()
        func tables(_ schema: String) async throws -> [String] {
            try await sql.raw("SELECT name FROM \(unsafeRaw: schema).sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
        let mine = try await tables("main")
        let theirs: [String]
        do { theirs = try await tables("bak") } catch { throw AppError.badRequest("备份文件不是有效的数据库：\(error)", field: "from") }
        guard Set(mine) == Set(theirs) else {
            throw AppError.badRequest("备份文件的数据表与当前版本不一致（缺少：\(Set(mine).subtracting(theirs).sorted().joined(separator: "、"))；多出：\(Set(theirs).subtracting(mine).sorted().joined(separator: "、"))），未做任何改动", field: "from")
        }
        let migrations = "SELECT name FROM %@._fluent_migrations ORDER BY name"
        let a = try await sql.raw(SQLQueryString(migrations.replacingOccurrences(of: "%@", with: "main"))).all().map { try $0.decode(column: "name", as: String.self) }
        let b = try await sql.raw(SQLQueryString(migrations.replacingOccurrences(of: "%@", with: "bak"))).all().map { try $0.decode(column: "name", as: String.self) }
        guard a == b else { throw AppError.badRequest("备份文件来自不同版本的程序（数据库迁移不一致），未做任何改动", field: "from") }
        var counts: [String: Int] = [:]
        try await sql.raw("BEGIN IMMEDIATE").run()
        do {
            // Children are emptied before their parents and parents filled before their children, so no key is ever
            // dangling (SQLite's deferred-key counter is not kept by a whole-table DELETE). All tables are emptied before
            // any is filled: a cascading delete must not remove rows already copied. Keys are checked again at the end.
            try await sql.raw("PRAGMA defer_foreign_keys = ON").run()
            let order = try await dependencyOrder(mine, on: sql)
            for t in order.reversed() { try await sql.raw("DELETE FROM main.\(ident: t)").run() }
            for t in order {
                try await sql.raw("INSERT INTO main.\(ident: t) SELECT * FROM bak.\(ident: t)").run()
                counts[t] = try await sql.raw("SELECT COUNT(*) AS n FROM main.\(ident: t)").first()?.decode(column: "n", as: Int.self) ?? 0
            }
            if let broken = try await sql.raw("PRAGMA foreign_key_check").first() {
                let table = (try? broken.decode(column: "table", as: String.self)) ?? "?"
                throw AppError.badRequest("备份文件中的数据不完整（表\(table)引用了不存在的记录），未做任何改动", field: "from")
            }
            // The restore is itself an entry of the restored trail, after the backup's last one.
            try await AuditLog.append(on: sql, actor, action: "backup.restore", entity: "database", entityID: (path as NSString).lastPathComponent,
                                      detail: ["households": .number(Double(counts["households"] ?? 0)),
                                               "auditEntries": .number(Double(counts["audit_log"] ?? 0))])
            try await sql.raw("COMMIT").run()
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
        return counts
    }

    /// The tables with every table after the tables its foreign keys point to (then by name).
    static func dependencyOrder(_ tables: [String], on sql: any SQLDatabase) async throws -> [String] {
        var parents: [String: Set<String>] = [:]
        for t in tables {
            parents[t] = Set(try await sql.raw("SELECT \"table\" AS parent FROM pragma_foreign_key_list(\(bind: t))").all()
                .map { try $0.decode(column: "parent", as: String.self) }).subtracting([t])
        }
        var order: [String] = []
        var placed = Set<String>()
        while order.count < tables.count {
            let ready = tables.filter { !placed.contains($0) && (parents[$0] ?? []).isSubset(of: placed) }
            // A cycle (none in this schema) falls back to name order for what is left.
            let next = ready.isEmpty ? tables.filter { !placed.contains($0) } : ready
            order += next.sorted()
            placed.formUnion(next)
        }
        return order
    }
}
