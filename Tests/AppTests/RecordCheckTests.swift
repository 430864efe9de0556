@testable import App
@testable import Demo
import Domain
import Foundation
import Testing

extension AllTests {
    /// `fangpin check`: the demo county (generated registry, workflow history, a quality run) passes; a household made
    /// monitored behind the procedure's back, a version bumped without its history and an edited audit entry are found.
    @Suite struct RecordCheckTests {
        @Test func theDemoCountyPassesAndTamperingIsFound() async throws {
            try await withFangpin(households: 0) { app in
                try await DemoSetup.ensure(app: app, households: 400, seed: 2026)
                let clean = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(clean.violations.isEmpty, "\(clean.violations.prefix(10).map(\.description))")

                let sql = try app.sql()
                let plain = try await sql.raw("""
                    SELECT id, code FROM households WHERE monitoring_category IS NULL AND dissolved_at IS NULL ORDER BY code LIMIT 2
                    """).all()
                let (id, code) = (try plain[0].decode(column: "id", as: String.self), try plain[0].decode(column: "code", as: String.self))
                try await sql.raw("UPDATE households SET monitoring_category = 'unstable', monitored_since = '2026-01-05' WHERE id = \(bind: id)").run()
                let other = try plain[1].decode(column: "code", as: String.self)
                try await sql.raw("UPDATE households SET version = version + 1 WHERE code = \(bind: other)").run()
                try await sql.raw("UPDATE audit_log SET detail = '{}' WHERE seq = 3").run()
                let dirty = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(dirty.violations.contains { $0.kind == .monitoredWithoutCase && $0.record == "户 \(code)" })
                #expect(dirty.violations.contains { $0.kind == .versionGap && $0.record == "户 \(other)" })
                #expect(!dirty.audit.ok && dirty.summary.contains("审计日志校验未通过"))

                // The county's data-quality run reports the same disagreement on the household (rule P01, 必改).
                let run = try await QualityStore.begin(county: "450224", by: "test", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "test", role: "county-admin"), runID: run,
                                           policy: app.policy, today: Clock.today, sqliteFile: nil, on: app.db)
                let finding = try await sql.raw("SELECT rule, severity, message FROM quality_findings WHERE household_id = \(bind: id) AND state = 'open' AND rule LIKE 'P%'").all()
                #expect(finding.count == 1)
                #expect(try finding.first?.decode(column: "rule", as: String.self) == "P01" && finding.first?.decode(column: "severity", as: String.self) == "mustFix")
                #expect(try finding.first?.decode(column: "message", as: String.self).contains("没有处于“已纳入监测”") == true)
            }
        }

        /// On a SQLite file the data-quality run reads the procedure snapshot through its own file reader (column by
        /// position, for speed): it must see exactly what the SQLKit reading sees, tampering included.
        @Test func theFileReaderSeesWhatSQLKitSees() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-check-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let path = dir + "/county.sqlite"
            try await withFangpin(households: 0, settings: { $0.storage = .sqliteFile(path); $0.filesDirectory = dir + "/files" }) { app in
                try await DemoSetup.ensure(app: app, households: 200, seed: 7)
                let sql = try app.sql()
                let plain = try await sql.raw("SELECT id FROM households WHERE monitoring_category IS NULL AND dissolved_at IS NULL ORDER BY code LIMIT 2").all()
                let (id, other) = (try plain[0].decode(column: "id", as: String.self), try plain[1].decode(column: "id", as: String.self))
                try await sql.raw("UPDATE households SET monitoring_category = 'unstable', monitored_since = '2026-01-05' WHERE id = \(bind: id)").run()
                try await sql.raw("UPDATE households SET version = version + 1 WHERE id = \(bind: other)").run()

                let reader = try SQLiteFileReader(path: path)
                let viaFile = try await RecordCheckStore.snapshot(county: "450224", file: reader, on: app.db)
                let viaSQLKit = try await RecordCheckStore.snapshot(county: "450224", on: app.db)
                #expect(viaFile.households.count == viaSQLKit.households.count && viaFile.members.count == viaSQLKit.members.count)
                #expect(viaFile.cases.count == viaSQLKit.cases.count && viaFile.caseEvents == viaSQLKit.caseEvents)
                #expect(viaFile.householdVersions == viaSQLKit.householdVersions && viaFile.memberVersions == viaSQLKit.memberVersions)
                let found = Set(RecordCheck.violations(in: viaFile, today: Clock.today))
                #expect(found == Set(RecordCheck.violations(in: viaSQLKit, today: Clock.today)))
                #expect(found.contains { $0.kind == .monitoredWithoutCase && $0.householdID == id })
                #expect(found.contains { $0.kind == .versionGap && $0.householdID == other })

                // And the run on the file files them as P01 and P05.
                let run = try await QualityStore.begin(county: "450224", by: "test", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "test", role: "county-admin"), runID: run,
                                           policy: app.policy, today: Clock.today, sqliteFile: path, on: app.db)
                let rules = try await sql.raw("SELECT household_id, rule FROM quality_findings WHERE state = 'open' AND rule LIKE 'P%'").all()
                    .map { "\(try $0.decode(column: "household_id", as: String.self)) \(try $0.decode(column: "rule", as: String.self))" }
                #expect(rules.contains("\(id) P01") && rules.contains("\(other) P05"))
            }
        }
    }
}
