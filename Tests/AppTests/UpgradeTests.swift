@testable import App
import Domain
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// A county's existing database is upgraded by today's migrations without losing or bending a record: the fixture
    /// under `Tests/Fixtures/` was built by `serve --demo` (80 households, their cases, findings, ledger and audit trail)
    /// with the migrations as they were on 2026-11-30. Every later migration must take it forward, and `fangpin check`
    /// must still find the registry, the procedure and the audit chain in agreement.
    @Suite struct UpgradeTests {
        static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/county-2026-11-30.sqlite").path

        /// The migrations are frozen (they list their own columns): a field added to a field table needs a migration of its
        /// own, or this finds the column missing — on both databases.
        @Test func everyDeclaredFieldHasItsColumn() async throws {
            try await withFangpin(households: 0) { app in
                for (table, fields) in [("households", HouseholdFields.table), ("members", MemberFields.table)] {
                    let columns = fields.specs.map(\.column).joined(separator: ", ")
                    await #expect(throws: Never.self, "a field of \(table) has no column") {
                        _ = try await app.sql().raw("SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) LIMIT 1").all()
                    }
                }
            }
        }

        /// A step cut off half-way (here: it throws after making its first table) leaves nothing behind, so the next start
        /// runs it again whole instead of stopping at "table already exists" — on both databases.
        @Test func aStepCutOffHalfWayLeavesNothingBehind() async throws {
            struct HalfWay: AsyncMigration {
                struct CutOff: Error {}
                func prepare(on db: any Database) async throws {
                    try await db.schema("half_way").field("id", .string, .identifier(auto: false)).create()
                    throw CutOff()
                }
                func revert(on db: any Database) async throws {}
            }
            try await withFangpin(households: 0) { app in
                await #expect(throws: HalfWay.CutOff.self) { try await InOneTransaction(step: HalfWay()).prepare(on: app.db) }
                await #expect(throws: (any Error).self, "the first table of the failed step is still there") {
                    _ = try await app.sql().raw("SELECT COUNT(*) AS n FROM half_way").all()
                }
            }
        }

        @Test func aDatabaseFromNovember2026UpgradesAndStillAgrees() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-upgrade-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let db = dir + "/county.sqlite"
            try FileManager.default.copyItem(atPath: Self.fixture, toPath: db)
            try FileManager.default.copyItem(atPath: Self.fixture + ".audit-key", toPath: db + ".audit-key")
            _ = try await Self.start(db) { app in
                let sql = app.sql()
                func count(_ table: String) async throws -> Int {
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!.decode(column: "n", as: Int.self)
                }
                // Every migration the application knows has run on it.
                #expect(try await app.migrator.previewPrepareBatch().get().isEmpty)
                #expect(try await count("_fluent_migrations") >= 28)
                // The fixture's records are all there.
                #expect(try await count("households") == 80)
                #expect(try await count("cases") == 19)
                #expect(try await count("audit_log") > 0)
                let result = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
                #expect(result.audit.ok)
                // And it serves: the county admin signs in with the fixture's demo account and reads a household.
                let login = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"admin","password":"Demo2026"}"#)
                let token = try #require(login.json["token"] as? String)
                let list = try await app.api(.GET, "/api/v1/households?per=5", token: token)
                #expect(list.status == .ok && (list.json["total"] as? Int) == 80)
            }
        }

        static let postgresFixture = URL(fileURLWithPath: fixture).deletingLastPathComponent()
            .appendingPathComponent("county-2026-11-30.pg.sql").path

        /// The same county on PostgreSQL, from the SQL dump fixture: a database one upgrade behind waits for
        /// `--migrate` (nothing touched), then upgrades, keeps every record and still agrees with `fangpin check`.
        @Test func aPostgresDatabaseFromNovember2026UpgradesWhenAskedAndStillAgrees() async throws {
            let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
            guard !url.isEmpty else { return }
            let script = try String(contentsOfFile: Self.postgresFixture, encoding: .utf8)
            var pending: [String] = []
            // Load the dump into the test database: a database from before the later migrations.
            try await withFangpin(households: 0) { app in
                try await app.sql().raw("DROP SCHEMA public CASCADE").run()
                try await app.sql().raw("CREATE SCHEMA public").run()
                try await app.db.transaction { db in
                    for statement in Self.statements(script) { try await db.sql().raw("\(unsafeRaw: statement)").run() }
                }
                // The dump is from before the later migrations: those are what the upgrade must run.
                let present = Set(try await app.sql().raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) })
                pending = Migrations.all.map(\.name).filter { !present.contains($0) }
            }
            #expect(!pending.isEmpty, "the fixture is as new as the application: nothing to upgrade")
            await #expect(throws: AppError.self, "PostgreSQL upgraded without --migrate") {
                _ = try await Self.startPostgres(url, migrate: false)
            }
            let report = try await Self.startPostgres(url, migrate: true) { app in
                let sql = app.sql()
                func count(_ table: String) async throws -> Int {
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!.decode(column: "n", as: Int.self)
                }
                #expect(try await app.migrator.previewPrepareBatch().get().isEmpty)
                #expect(try await count("households") == 80)
                #expect(try await count("cases") == 19)
                #expect(try await count("helper_visits") == 0)
                let result = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(result.violations.isEmpty, "\(result.violations.map(\.description))")
                #expect(result.audit.ok, "\(result.audit)")
                let login = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"admin","password":"Demo2026"}"#)
                let token = try #require(login.json["token"] as? String)
                let list = try await app.api(.GET, "/api/v1/households?per=5", token: token)
                #expect(list.status == .ok && (list.json["total"] as? Int) == 80)
            }
            #expect(report.applied == pending && !report.created && report.backup == nil)
        }

        /// Opens the PostgreSQL database as `serve [--migrate]` does, with the fixture's audit key.
        static func startPostgres(_ url: String, migrate: Bool, _ body: (Application) async throws -> Void = { _ in }) async throws -> SchemaUpgrade.Report {
            let app = try await Application.make(.testing)
            do {
                var config = AppConfig(storage: .postgres(url))
                config.migrate = migrate
                config.filesDirectory = NSTemporaryDirectory() + "fangpin-test-files-" + UUID().uuidString
                let key = try String(contentsOfFile: fixture + ".audit-key", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                config.auditKey = AuditKey.from(text: key)
                try await configure(app, config: config)
                let report = SchemaUpgrade.last(app)
                try await body(app)
                try await app.asyncShutdown()
                return report
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        }

        /// A pg_dump script's statements: split at semicolons outside quoted text, comment lines left out.
        static func statements(_ script: String) -> [String] {
            var out: [String] = []
            var current = ""
            var quoted = false
            for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
                if !quoted, line.hasPrefix("--") || line.isEmpty { continue }
                for ch in line {
                    if ch == "'" { quoted.toggle() }
                    if ch == ";", !quoted {
                        let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                        if !s.isEmpty { out.append(s) }
                        current = ""
                    } else {
                        current.append(ch)
                    }
                }
                current.append("\n")
            }
            return out
        }

        /// Opens `file` as `serve --db` does; returns the upgrade report, or throws as start-up would.
        static func start(_ file: String, _ body: (Application) async throws -> Void = { _ in }) async throws -> SchemaUpgrade.Report {
            let app = try await Application.make(.testing)
            do {
                var config = try AppConfig.load(environment: [:], dbPath: file, demo: false)
                config.filesDirectory = (file as NSString).deletingLastPathComponent + "/files"
                try await configure(app, config: config)
                let report = SchemaUpgrade.last(app)
                try await body(app)
                try await app.asyncShutdown()
                return report
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        }

        /// A SQLite file one upgrade behind is copied beside itself, then upgraded; a file a newer program upgraded is
        /// refused untouched.
        @Test func anOlderFileIsCopiedThenUpgradedAndANewerOneIsRefused() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-upgrade-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let db = dir + "/county.sqlite"
            try FileManager.default.copyItem(atPath: Self.fixture, toPath: db)
            try FileManager.default.copyItem(atPath: Self.fixture + ".audit-key", toPath: db + ".audit-key")
            let last = try #require(Migrations.all.last?.name)
            // Make it a file from before the last migration (its table and its record gone).
            _ = try await Self.start(db) { app in
                try await Migrations.all.last?.revert(on: app.db).get()
                try await app.sql().raw("DELETE FROM _fluent_migrations WHERE name = \(bind: last)").run()
            }
            let report = try await Self.start(db) { app in
                let left = try await app.migrator.previewPrepareBatch().get()
                #expect(left.isEmpty)
            }
            #expect(report.applied == [last] && !report.created)
            let copy = try #require(report.backup)
            #expect(copy.hasPrefix(db + ".before-upgrade-") && FileManager.default.fileExists(atPath: copy))
            // Opened again: nothing to do, no second copy.
            #expect(try await Self.start(db).applied.isEmpty)

            // A program that does not know one of the file's upgrades leaves it alone.
            _ = try await Self.start(db) { app in
                try await app.sql().raw("INSERT INTO _fluent_migrations (id, name, batch, created_at, updated_at) VALUES (\(bind: UUID()), 'App.FromANewerVersion', 99, NULL, NULL)").run()
            }
            await #expect(throws: AppError.self) { _ = try await Self.start(db) }
        }
    }
}

