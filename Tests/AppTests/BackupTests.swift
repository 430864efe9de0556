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
                await #expect(throws: (any Error).self) { try await Backup.restore(from: junk, on: app.db) }
                #expect(try await count("members") < members)

                let restored = try await Backup.restore(from: file, on: app.db)
                #expect(restored["households"] == households && restored["members"] == members)
                let phone = try await sql.raw("SELECT phone FROM households WHERE id = \(bind: id)").first()!.decode(column: "phone", as: String.self)
                #expect(phone == "13900000001")
                #expect(try await AuditLog.verify(on: sql).ok)
            }
        }
    }
}
