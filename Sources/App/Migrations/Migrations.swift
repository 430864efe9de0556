import Domain
import Fluent
import Vapor
import SQLKit

enum Migrations {
    /// Every migration, in the order they shipped. Each lists its own columns (frozen); a change is a new one at the end.
    static var all: [any Migration] {
        [
            CreateRegions(),
            CreateHouseholds(),
            CreateMembers(),
            CreateChanges(),
            CreateHouseholdEvents(),
            CreateUsers(),
            CreateUserTokens(),
            AddTokenLabel(),
            AddEliminationFields(),
            CreateCases(),
            CreateAssistance(),
            CreateDocuments(),
            CreateImports(),
            CreateQuality(),
            CreateCalendarYears(),
            CreatePolicyTables(),
            CreateAuditLog(),
            AddUserHelperLink(),
            CreateScreening(),
            AddReportIndexes(),
            CreateCountyForms(),
            AddWarningScaleRisk(),
            AddMeasureVersion(),
            AddThresholdValidTo(),
            CreateDutyReports(),
            AddCaseInformedOn(),
            AddHelperOrigin(),
            CreateRectificationFiles(),
            CreateHelperVisits(),
            AddMustChangePassword(),
            CreateIncomeStatements(),
            CreateReliefs(),
            CreateCivilStatuses(),
            CreatePolicyRegimes(),
            MoveProcedureLimitsIntoRegimes(),
            AddIncomeEmployment(),
            CreateRegistryImports(),
            AddRegistryImportDecisions(),
        ]
    }

    static func register(on app: Application) {
        for m in all { app.migrations.add(InOneTransaction(step: m)) }
    }
}

/// Runs a migration inside one transaction (both databases change their schema transactionally), so a step cut off
/// half-way — a killed process, a full disk — leaves nothing behind and runs again whole on the next start instead of
/// failing on the tables it had already made. The step keeps its own name, so the migration log reads the same.
struct InOneTransaction: AsyncMigration {
    let step: any Migration
    var name: String { step.name }

    func prepare(on database: any Database) async throws {
        try await database.transaction { db in try await step.prepare(on: db).get() }
    }

    func revert(on database: any Database) async throws {
        try await database.transaction { db in try await step.revert(on: db).get() }
    }
}


func createIndex(_ db: any Database, _ name: String, on table: String, _ columns: [String], unique: Bool = false, where condition: String? = nil) async throws {
    try await IndexSpec(name: name, table: table, columns: columns, unique: unique, condition: condition).create(on: try db.sql())
}

/// A secondary index, declared once so bulk loads can drop and rebuild it.
package struct IndexSpec: Sendable {
    var name: String
    var table: String
    var columns: [String]
    var unique = false
    var condition: String? = nil

    package func create(on sql: any SQLDatabase) async throws {
        let cols = columns.joined(separator: ", ")
        try await sql.raw(SQLQueryString("CREATE \(unsafeRaw: unique ? "UNIQUE " : "")INDEX \(unsafeRaw: name) ON \(unsafeRaw: table) (\(unsafeRaw: cols))\(unsafeRaw: condition.map { " WHERE \($0)" } ?? "")")).run()
    }

    package func drop(on sql: any SQLDatabase) async throws {
        try await sql.raw(SQLQueryString("DROP INDEX \(unsafeRaw: name)")).run()
    }

    package static let households: [IndexSpec] = [
        IndexSpec(name: "households_county_code", table: "households", columns: ["county_code", "dissolved_at", "code"]),
        IndexSpec(name: "households_township", table: "households", columns: ["township_code", "dissolved_at", "code"]),
        IndexSpec(name: "households_village", table: "households", columns: ["village_code", "dissolved_at", "code"]),
        IndexSpec(name: "households_origin_village", table: "households", columns: ["origin_village_code"]),
        IndexSpec(name: "households_origin_township", table: "households", columns: ["origin_township_code"]),
        IndexSpec(name: "households_head_name", table: "households", columns: ["head_name"]),
    ]
    package static let members: [IndexSpec] = [
        IndexSpec(name: "members_household", table: "members", columns: ["household_id"]),
        IndexSpec(name: "members_name", table: "members", columns: ["name"]),
        // One ID number belongs to at most one household at a time (removed members keep theirs for history).
        IndexSpec(name: "members_active_id_number", table: "members", columns: ["id_number"], unique: true, condition: "removed_at IS NULL"),
    ]
}

struct CreateRegions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("regions")
            .field("code", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_code", .string)
            .field("relocation_site", .bool, .required)
            .field("relocation_size", .int)
            .field("former_deeply_poor", .bool, .required)
            .field("alleviated_village", .bool, .required)
            .field("key_village_level", .string)
            .field("abandoned_mine", .bool, .required)
            .field("disaster_area", .bool, .required)
            .create()
        try await createIndex(db, "regions_parent", on: "regions", ["parent_code"])
    }
    func revert(on db: any Database) async throws { try await db.schema("regions").delete() }
}

struct CreateHouseholds: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("households")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("township_code", .string, .required)
            .field("origin_township_code", .string)
            .field("code", .string, .required)
            .field("head_name", .string)
            .field("head_member_id", .string)
            .field("member_count", .int, .required)
            .field("net_income", .int64)
            .field("per_capita_income", .int64)
            .field("version", .int, .required)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            .field("dissolved_at", .int64)
            .field("dissolved_reason", .string)
            // The registry fields as they stood when this migration shipped (frozen: a later field gets its own migration).
            .field("village_code", .string)
            .field("group_name", .string)
            .field("address", .string)
            .field("phone", .string)
            .field("category", .string)
            .field("lifted_year", .int64)
            .field("military_family", .bool)
            .field("monitoring_category", .string)
            .field("monitored_since", .string)
            .field("risk_types", .string)
            .field("relocated", .bool)
            .field("origin_village_code", .string)
            .field("housing_grade", .string)
            .field("housing_area", .int64)
            .field("water_quantity", .bool)
            .field("water_quality", .bool)
            .field("water_convenience", .bool)
            .field("water_reliability", .bool)
            .field("arable_land", .int64)
            .field("forest_land", .int64)
            .field("cooperative", .bool)
            .field("income_year", .int64)
            .field("wage_income", .int64)
            .field("production_income", .int64)
            .field("production_cost", .int64)
            .field("property_income", .int64)
            .field("transfer_income", .int64)
            .field("claims_income", .int64)
            .field("medical_expense", .int64)
            .field("education_expense", .int64)
            .field("disaster_expense", .int64)
            .unique(on: "code")
            .create()
        for index in IndexSpec.households { try await index.create(on: try db.sql()) }
    }
    func revert(on db: any Database) async throws { try await db.schema("households").delete() }
}

struct CreateMembers: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("members")
            .field("id", .string, .identifier(auto: false))
            .field("household_id", .string, .required)
            .field("county_code", .string, .required)
            .field("version", .int, .required)
            .field("joined_at", .string)
            .field("joined_event", .string)
            .field("removed_at", .string)
            .field("removed_event", .string)
            .field("created_at", .int64, .required)
            .field("updated_at", .int64, .required)
            // The member fields as they stood when this migration shipped (frozen).
            .field("id_number", .string)
            .field("name", .string)
            .field("sex", .string)
            .field("birth_date", .string)
            .field("relation", .string)
            .field("ethnicity", .string)
            .field("political_status", .string)
            .field("phone", .string)
            .field("mandarin", .bool)
            .field("education", .string)
            .field("schooling", .string)
            .field("out_of_school_reason", .string)
            .field("health", .string)
            .field("disability_grade", .string)
            .field("disability_category", .string)
            .field("labour", .string)
            .field("migrant_work", .bool)
            .field("work_place", .string)
            .field("work_months", .int64)
            .field("work_monthly_income", .int64)
            .field("public_welfare_post", .bool)
            .field("medical_insurance", .string)
            .field("serious_illness_insurance", .bool)
            .field("medical_aid", .bool)
            .field("pension_insurance", .string)
            .field("dibao", .string)
            .field("tekun", .string)
            .field("relocated_person", .bool)
            .create()
        for index in IndexSpec.members { try await index.create(on: try db.sql()) }
    }
    func revert(on db: any Database) async throws { try await db.schema("members").delete() }
}

struct CreateChanges: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("changes")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("household_id", .string, .required)
            .field("member_id", .string)
            .field("entity", .string, .required)
            .field("action", .string, .required)
            .field("version", .int, .required)
            .field("actor", .string, .required)
            .field("actor_role", .string, .required)
            .field("at", .int64, .required)
            .field("summary", .string, .required)
            .field("diff", .string, .required)
            .create()
        try await createIndex(db, "changes_household", on: "changes", ["household_id", "at"])
        try await createIndex(db, "changes_member", on: "changes", ["member_id"])
    }
    func revert(on db: any Database) async throws { try await db.schema("changes").delete() }
}

struct CreateHouseholdEvents: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("household_events")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("household_id", .string, .required)
            .field("member_id", .string)
            .field("related_household_id", .string)
            .field("kind", .string, .required)
            .field("date", .string, .required)
            .field("note", .string)
            .field("actor", .string, .required)
            .field("at", .int64, .required)
            .create()
        try await createIndex(db, "household_events_household", on: "household_events", ["household_id"])
    }
    func revert(on db: any Database) async throws { try await db.schema("household_events").delete() }
}

struct CreateUsers: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("users")
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("scope", .string, .required)
            .field("display_name", .string, .required)
            .field("disabled", .bool, .required)
            .field("created_at", .int64, .required)
            .unique(on: "username")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("users").delete() }
}

struct CreateUserTokens: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("user_tokens")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("csrf", .string, .required)
            .field("expires_at", .int64, .required)
            .field("last_seen", .int64, .required)
            .field("created_at", .int64, .required)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("user_tokens").delete() }
}

struct AddTokenLabel: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("user_tokens").field("label", .string).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("user_tokens").deleteField("label").update() }
}

/// A helper account's entry in the helper register: its households are the ones assigned to that entry.
struct AddUserHelperLink: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("users").field("helper_id", .string).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("users").deleteField("helper_id").update() }
}

/// Risk elimination on the household record (added with the workflow).
struct AddEliminationFields: AsyncMigration {
    static let columns: Set<String> = ["elimination_kind", "eliminated_on"]
    func prepare(on db: any Database) async throws {
        try await db.schema("households").field("elimination_kind", .string).update()
        try await db.schema("households").field("eliminated_on", .string).update()
    }
    func revert(on db: any Database) async throws {
        for c in Self.columns { try await db.schema("households").deleteField(.string(c)).update() }
    }
}

/// 当月告知农户: the day the farmer was first told, taken from the history where an existing case recorded it.
struct AddCaseInformedOn: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("cases").field("informed_on", .string).update()
        let sql = try db.sql()
        var first: [String: String] = [:]
        for r in try await sql.raw("SELECT case_id, facts FROM case_events WHERE action = 'informFarmer' ORDER BY seq").all() {
            let id = try r.decode(column: "case_id", as: String.self)
            guard first[id] == nil else { continue }
            let facts = (try? JSONDecoder().decode([String: String].self, from: Data(try r.decode(column: "facts", as: String.self).utf8))) ?? [:]
            if let day = facts["informedOn"].flatMap(Day.init) { first[id] = day.description }
        }
        for (id, day) in first { try await sql.update("cases").set("informed_on", to: SQLBind(day)).where("id", .equal, SQLBind(id)).run() }
    }
    func revert(on db: any Database) async throws { try await db.schema("cases").deleteField("informed_on").update() }
}

/// Brings a database to the schema this program expects, safely (issue: migrations that upgrade real databases).
/// A new database is created; a SQLite file with data is first copied beside itself; a PostgreSQL database with
/// pending upgrades waits for an explicit `fangpin migrate` or `serve --migrate` (its backups are the operator's);
/// a database that a newer program has upgraded is refused untouched.
enum SchemaUpgrade {
    struct Report: Sendable {
        var applied: [String] = []
        var backup: String?
        var created = false
    }

    private struct ReportKey: StorageKey { typealias Value = Report }

    static func run(_ app: Application, config: AppConfig) async throws -> Report {
        let sql = try app.db.sql()
        let recorded: [String]
        do {
            recorded = try await sql.raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) }
        } catch {
            recorded = []
        }
        let known = Set(Migrations.all.map(\.name))
        let unknown = recorded.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw AppError(status: .internalServerError, code: "schema_newer",
                           message: "该数据库已由较新版本的防贫系统升级（含本程序不认识的升级：\(unknown.prefix(3).joined(separator: "、"))），请使用新版本程序；数据库未作任何改动")
        }
        try await app.migrator.setupIfNeeded().get()
        let pending = try await app.migrator.previewPrepareBatch().get().map { $0.0.name }
        var report = Report()
        guard !pending.isEmpty else { app.storage[ReportKey.self] = report; return report }
        if recorded.isEmpty {
            report.created = true
        } else if let file = config.sqliteFile {
            // The newcomer's path: a copy beside the file first, so an upgrade that goes wrong loses nothing.
            let stamp = Clock.format(Int64(Date().timeIntervalSince1970)).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
            let copy = file + ".before-upgrade-" + stamp + ".sqlite"
            if !FileManager.default.fileExists(atPath: copy) { _ = try await Backup.write(to: copy, on: sql) }
            report.backup = copy
        } else if config.isPostgres, !config.migrate {
            throw AppError(status: .internalServerError, code: "schema_pending",
                           message: "PostgreSQL 数据库有\(pending.count)项待执行的升级（\(pending.prefix(3).joined(separator: "、"))…）：请先备份数据库，再运行 fangpin migrate，或以 serve --migrate 启动")
        }
        try await app.autoMigrate()
        report.applied = pending
        app.storage[ReportKey.self] = report
        if !report.applied.isEmpty, !report.created {
            let copy = report.backup.map { "；升级前的副本：\($0)" } ?? ""
            app.logger.notice("数据库已升级：\(report.applied.joined(separator: "、"))\(copy)")
        }
        return report
    }

    /// What the start-up upgrade did (for `fangpin migrate` to say).
    static func last(_ app: Application) -> Report { app.storage[ReportKey.self] ?? Report() }
}

/// `fangpin migrate [--db PATH]`: upgrades the database to this program's schema without asking (for scripts) and says
/// what it did. The upgrade itself runs at start-up (`SchemaUpgrade`), which this command permits on PostgreSQL.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Upgrades the database to this version's schema (no prompt) and reports what was applied." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let r = SchemaUpgrade.last(context.application)
        if r.applied.isEmpty {
            context.console.print("数据库已是最新结构，无需升级。")
        } else {
            context.console.print((r.created ? "已建立新数据库" : "已升级数据库") + "，执行\(r.applied.count)项：" + r.applied.joined(separator: "、"))
            if let b = r.backup { context.console.print("升级前的副本：\(b)") }
        }
    }
}

/// Accounts the admin creates or resets must set their own password at first sign-in.
struct AddMustChangePassword: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("users").field("must_change_password", .bool).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("users").deleteField("must_change_password").update() }
}
