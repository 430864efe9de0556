@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct BackupTests {
        @Test func backupChangeRestoreFindsTheEarlierState() async throws {
            try await withFangpin { app in
                let sql = app.sql()
                func count(_ table: String) async throws -> Int {
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()!.decode(column: "n", as: Int.self)
                }
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-backup-\(UUID().uuidString).sqlite").path
                defer { try? FileManager.default.removeItem(atPath: file) }
                guard sql.dialect.name == "sqlite" else {
                    // PostgreSQL is backed up with pg_dump; the command says so rather than pretending.
                    await #expect(throws: Backup.Unsupported.self) { try await Backup.write(to: file, on: sql) }
                    return
                }
                let households = try await count("households")
                let members = try await count("members")
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13900000001"}"#).status == .ok)

                #expect(try await Backup.write(to: file, on: sql) > 0)
                await #expect(throws: AppError.self) { try await Backup.write(to: file, on: sql) } // never overwrites

                // Change things after the backup.
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13900000002"}"#).status == .ok)
                try await sql.raw("DELETE FROM members WHERE household_id IN (SELECT id FROM households WHERE village_code = \(bind: try await app.busyVillage()))").run()
                #expect(try await count("members") < members)

                // A file that is not a backup changes nothing.
                let junk = file + ".txt"
                try Data("not a database".utf8).write(to: URL(fileURLWithPath: junk))
                defer { try? FileManager.default.removeItem(atPath: junk) }
                await #expect(throws: (any Error).self) { try await Backup.restore(from: junk, by: app.auditActor(username: "t", role: "command-line"), on: app.db) }
                #expect(try await count("members") < members)

                let restored = try await Backup.restore(from: file, by: app.auditActor(username: "t", role: "command-line"), on: app.db)
                #expect(restored["households"] == households && restored["members"] == members)
                let phone = try await sql.raw("SELECT phone FROM households WHERE id = \(bind: id)").first()!.decode(column: "phone", as: String.self)
                #expect(phone == "13900000001")
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
            }
        }

        /// Demo county on a file in WAL mode → backup → households, members, cases, campaigns, visit plans and documents
        /// change → restore: every table equals the backup row for row, the trail equals the backup's up to its last entry
        /// and then holds the restore, and the chain verifies.
        @Test func restoreGivesBackEveryTableRowForRow() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-restore-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try await withFangpin(settings: { $0.storage = .sqliteFile(dir + "/county.sqlite"); $0.filesDirectory = dir + "/files" }) { app in
                let sql = app.sql()
                let file = dir + "/backup.sqlite"
                let fx = try await WalkFixture.make(app)
                let before = try await Self.checksums(sql)
                let backupEntries = before["audit_log"]?.rows ?? 0
                #expect(try await Backup.write(to: file, on: sql) > 0)
                // The files beside it, 整改佐证 in their own folder included.
                let files = app.config.filesDirectory
                #expect(try Backup.copyFiles(from: files, to: file + ".files") >= 3)
                let evidence = RectificationFiles.path(files, id: fx.insideRectification + "f", contentType: "image/png")
                try FileManager.default.removeItem(atPath: evidence)

                // Change every kind of record after the backup.
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let version = try await sql.raw("SELECT version FROM households WHERE id = \(bind: fx.inside)").first()!.decode(column: "version", as: Int.self)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(fx.inside)", token: token, json: #"{"phone":"13900000002","version":\#(version)}"#).status == .ok)
                try await sql.raw("DELETE FROM members WHERE household_id = \(bind: fx.outside)").run()
                try await sql.raw("UPDATE cases SET description = 'changed' WHERE id = \(bind: fx.insideCase)").run()
                try await sql.raw("DELETE FROM visit_plans WHERE id = \(bind: fx.insidePlan)").run()
                try await sql.raw("DELETE FROM documents WHERE id = \(bind: fx.insideDocument)").run()
                try await sql.raw("UPDATE campaigns SET name = 'changed' WHERE id = \(bind: fx.insideCampaign)").run()
                #expect(try await Self.checksums(sql) != before)

                let restored = try await Backup.restore(from: file, by: app.auditActor(username: "ops", role: "command-line"), on: app.db)
                #expect(try Backup.copyFiles(from: file + ".files", to: files) == 1 && FileManager.default.fileExists(atPath: evidence))
                #expect(restored["households"] == before["households"]?.rows)
                let after = try await Self.checksums(sql)
                for (table, sum) in before where table != "audit_log" && table != "audit_head" {
                    #expect(after[table] == sum, "table \(table) differs after the restore")
                }
                // The trail: the backup's entries unchanged, then exactly one entry for the restore itself.
                let trail = try await sql.raw("SELECT seq, action FROM audit_log ORDER BY seq").all()
                #expect(trail.count == backupEntries + 1)
                #expect(try trail.last?.decode(column: "action", as: String.self) == "backup.restore")
                let kept = try await Self.checksums(sql, where: "seq <= \(backupEntries)")
                #expect(kept["audit_log"] == before["audit_log"])
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
            }
        }

        /// A backup taken while 16 writers are busy is consistent: it restores, its keys hold and its trail verifies.
        @Test func aBackupTakenUnderSixteenWritersRestores() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            try await withFileDatabase { app in
                let sql = app.sql()
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let ids = try await sql.raw("SELECT id FROM households WHERE dissolved_at IS NULL ORDER BY code LIMIT 16").all()
                    .map { try $0.decode(column: "id", as: String.self) }
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-busy-\(UUID().uuidString).sqlite").path
                defer { try? FileManager.default.removeItem(atPath: file) }
                let statuses = try await withThrowingTaskGroup(of: [UInt].self) { group in
                    for (n, id) in ids.enumerated() {
                        group.addTask {
                            var out: [UInt] = []
                            for i in 0..<8 { out.append(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token,
                                                                          json: #"{"phone":"1380\#(String(format: "%03d%04d", n, i))"}"#).status.code) }
                            return out
                        }
                    }
                    group.addTask {
                        try await Task.sleep(nanoseconds: 20_000_000)
                        _ = try await Backup.write(to: file, on: sql)
                        return []
                    }
                    var all: [UInt] = []
                    for try await s in group { all += s }
                    return all
                }
                #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")
                let restored = try await Backup.restore(from: file, by: app.auditActor(username: "ops", role: "command-line"), on: app.db)
                #expect((restored["households"] ?? 0) > 0)
                #expect(try await sql.raw("PRAGMA foreign_key_check").all().isEmpty)
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
                // Every version the backup holds has its change record (a write is in the copy whole or not at all).
                let orphans = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM households h WHERE h.version > 1 AND NOT EXISTS
                      (SELECT 1 FROM changes c WHERE c.household_id = h.id AND c.entity = 'household' AND c.version = h.version)
                    """).first()?.decode(column: "n", as: Int.self)
                #expect(orphans == 0)
            }
        }

        /// Nightly backups: written into the directory, the oldest beyond `keep` removed, each run in the trail and on
        /// /audit; a failure is on /audit and in the county admin's inbox.
        @Test func nightlyBackupsAreKeptAndAFailureIsShown() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-nightly-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            // The next run is at the set time, China time.
            let noonChina = Date(timeIntervalSince1970: 1_764_475_200)  // 2025-11-30 12:00 in UTC+8
            #expect(BackupSchedule.delay(from: noonChina, minuteOfDay: 13 * 60) == 3600)
            #expect(BackupSchedule.delay(from: noonChina, minuteOfDay: 2 * 60 + 30) == (14 * 60 + 30) * 60)
            #expect(BackupSchedule.minuteOfDay("02:30") == 150 && BackupSchedule.minuteOfDay("25:00") == nil)
            try await withFileDatabase { app in
                let settings = BackupSchedule.Settings(directory: dir + "/backups", minuteOfDay: 150, keep: 2)
                for i in 0..<3 {
                    #expect(await BackupSchedule.run(settings, filesDirectory: app.config.filesDirectory, on: app.db, auditKey: app.auditKey,
                                                     now: Date(timeIntervalSince1970: 1_764_475_200 + Double(i) * 86_400)))
                }
                let kept = try FileManager.default.contentsOfDirectory(atPath: dir + "/backups").filter { $0.hasSuffix(".sqlite") }
                #expect(kept.count == 2)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var admin = try await Browser.login(app, username: "county")
                #expect(try await admin.get("/audit").body.string.contains("最近一次自动备份"))
                // A directory that cannot be made (a file is in the way): recorded, shown, in the inbox.
                #expect(FileManager.default.createFile(atPath: dir + "/blocked", contents: Data("x".utf8)))
                let failing = BackupSchedule.Settings(directory: dir + "/blocked/backups", minuteOfDay: 150, keep: 2)
                #expect(await BackupSchedule.run(failing, filesDirectory: app.config.filesDirectory, on: app.db, auditKey: app.auditKey) == false)
                #expect(try await admin.get("/audit").body.string.contains("最近一次自动备份失败"))
                app.caches.writes.happened()
                #expect(try await admin.get("/inbox").body.string.contains("数据库自动备份失败"))
            }
        }

        /// Per table: row count and a digest of every row's quoted values in a stable order (SQLite).
        struct Sum: Equatable { var rows: Int; var digest: String }
        static func checksums(_ sql: any SQLDatabase, where condition: String? = nil) async throws -> [String: Sum] {
            var out: [String: Sum] = [:]
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
                .map { try $0.decode(column: "name", as: String.self) }
            for t in tables {
                let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: t))").all().map { try $0.decode(column: "name", as: String.self) }
                let expr = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
                let filter = condition.map { t == "audit_log" ? " WHERE " + $0 : "" } ?? ""
                let rows = try await sql.raw(SQLQueryString("SELECT \(expr) AS r FROM \"\(t)\"\(filter) ORDER BY 1")).all()
                    .map { try $0.decode(column: "r", as: String.self) }
                out[t] = Sum(rows: rows.count, digest: Hex.sha256(Data(rows.joined(separator: "\n").utf8)))
            }
            return out
        }
    }
}
