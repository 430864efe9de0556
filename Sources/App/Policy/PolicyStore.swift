import Domain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The policy in force: numbered settings versions (every change makes a new version; decisions keep the
/// number they used) and the monitoring thresholds per province with their effective dates (add-only history).
package final class PolicyStore: Sendable {
    package struct Version: Sendable {
        package var number: Int
        var settings: PolicySettings
        var rules: [DeadlineRule]
        var createdBy: String
        var createdAt: Int64
        var note: String
    }

    private let state = NIOLockedValueBox<(current: Version, thresholds: ThresholdTable, recorded: [String: (by: String, at: Int64)],
                                           regimes: RegimeBook, regimeEdits: [String: (by: String, at: Int64, note: String)])>(
        (Version(number: 0, settings: PolicySettings(), rules: DeadlineRule.countyDefaults, createdBy: "系统默认", createdAt: 0, note: "政策文件默认值"),
         ThresholdTable.seed, [:], RegimeBook.shipped, [:]))

    package var current: Version { state.withLockedValue { $0.current } }
    /// Every deadline rule that applies to work started on a day: the procedure's of the regime in force then and the
    /// county's own.
    func deadlineRules(on day: Day) -> [DeadlineRule] { regimes.inForce(on: day).limits.rules + current.rules }
    package var thresholds: ThresholdTable { state.withLockedValue { $0.thresholds } }
    /// The regimes with their newest stored versions (the shipped content where none was edited).
    package var regimes: RegimeBook { state.withLockedValue { $0.regimes } }
    /// Who made a regime's newest version, keyed by regime key (absent: as shipped).
    func regimeEdit(_ key: String) -> (by: String, at: Int64, note: String)? { state.withLockedValue { $0.regimeEdits[key] } }
    /// Who entered a stored threshold, keyed by province + date.
    func recorded(_ t: Threshold) -> (by: String, at: Int64)? { state.withLockedValue { $0.recorded[t.province + t.effectiveFrom.description] } }

    /// A row of the policy versions (`settings`, JSON, only where selected).
    private struct VersionColumns: Decodable {
        var number: Int
        var settings: String?
        var createdBy, note: String
        var createdAt: Int64
    }

    /// A row of the stored regime versions.
    private struct RegimeColumns: Decodable {
        var regimeKey, content, createdBy, note: String
        var version: Int
        var createdAt: Int64
    }

    /// A row of the stored thresholds.
    private struct ThresholdColumns: Decodable {
        var province, effectiveFrom, basis, createdBy: String
        var validTo: String?
        var perCapita, createdAt: Int64
    }

    func reload(on db: any Database) async throws {
        let sql = try db.sql()
        var version = Version(number: 0, settings: PolicySettings(), rules: DeadlineRule.countyDefaults, createdBy: "系统默认", createdAt: 0, note: "政策文件默认值")
        if let row = try await sql.raw("SELECT number, settings, created_by, created_at, note FROM policy_versions ORDER BY number DESC LIMIT 1").first() {
            let v = try row.record(VersionColumns.self)
            let stored = (try? JSONDecoder().decode(StoredSettings.self, from: Data((v.settings ?? "").utf8)))
                ?? StoredSettings(PolicySettings(), rules: DeadlineRule.countyDefaults)
            version = Version(number: v.number, settings: stored.settings, rules: stored.deadlineRules, createdBy: v.createdBy,
                              createdAt: v.createdAt, note: v.note)
        }
        var table = ThresholdTable.seed
        var recorded: [String: (String, Int64)] = [:]
        for r in try await sql.raw("""
            SELECT province, effective_from, valid_to, per_capita, basis, created_by, created_at FROM thresholds ORDER BY province, effective_from
            """).all() {
            let c = try r.record(ThresholdColumns.self)
            guard let from = Day(c.effectiveFrom) else { continue }
            let t = Threshold(province: c.province, effectiveFrom: from, perCapita: Fixed2(hundredths: c.perCapita), basis: c.basis,
                              validTo: c.validTo.flatMap(Day.init))
            try? table.add(t) // a stored line duplicating a shipped one keeps the shipped one
            recorded[t.province + from.description] = (c.createdBy, c.createdAt)
        }
        // The newest version of each regime; a row that no longer decodes (a field renamed since) keeps the shipped one.
        var book = RegimeBook.shipped
        var edits: [String: (by: String, at: Int64, note: String)] = [:]
        for r in try await sql.raw("SELECT regime_key, version, content, created_by, created_at, note FROM policy_regimes ORDER BY regime_key, version").all() {
            let c = try r.record(RegimeColumns.self)
            guard book.regime(key: c.regimeKey) != nil, var regime = try? JSONDecoder().decode(PolicyRegime.self, from: Data(c.content.utf8)) else { continue }
            regime.key = c.regimeKey
            regime.version = c.version
            book = book.replacing(regime)
            edits[c.regimeKey] = (c.createdBy, c.createdAt, c.note)
        }
        state.withLockedValue { $0 = (version, table, recorded, book, edits) }
    }

    /// Saves a regime's edited content as its next version. Refused when someone saved one since `basedOn`.
    func saveRegime(_ regime: PolicyRegime, note: String, by who: AuditLog.Actor, basedOn: Int, on db: any Database) async throws -> PolicyRegime {
        let stored = try await db.write { db -> PolicyRegime in
            let sql = try db.sql()
            let latest = try await sql.raw("SELECT MAX(version) AS n FROM policy_regimes WHERE regime_key = \(bind: regime.key)").first()?
                .decode(column: "n", as: Int?.self) ?? 0
            guard latest == basedOn else {
                throw AppError(status: .conflict, code: "version_conflict",
                               message: "保存失败：您打开后“\(regime.name)”已被他人修改为第\(latest)版，请刷新后重新填写", field: "version")
            }
            var stored = regime
            stored.version = latest + 1
            let text = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
            try await sql.insert(into: "policy_regimes")
                .columns("regime_key", "version", "region", "valid_from", "valid_to", "content", "created_by", "created_at", "note")
                .values(SQLBind(stored.key), SQLBind(stored.version), SQLBind(stored.region), SQLBind(stored.validFrom.description),
                        SQLBind(stored.validTo?.description), SQLBind(text), SQLBind(who.username), SQLBind(who.stamp), SQLBind(note))
                .run()
            try await AuditLog.append(on: sql, who, action: "policy.regime", entity: "regime", entityID: stored.key,
                                      detail: ["version": .number(Double(stored.version)), "note": .string(note), "content": .string(text)])
            return stored
        }
        try await reload(on: db)
        return stored
    }

    /// A regime's stored versions, newest first (the shipped content is version 0 and not stored).
    func regimeHistory(_ key: String, on db: any Database) async throws -> [(version: Int, createdBy: String, createdAt: Int64, note: String)] {
        try await (try db.sql()).raw("""
            SELECT regime_key, version, content, created_by, created_at, note FROM policy_regimes WHERE regime_key = \(bind: key) ORDER BY version DESC
            """).all().map {
            let c = try $0.record(RegimeColumns.self)
            return (c.version, c.createdBy, c.createdAt, c.note)
        }
    }

    /// Versions, newest first.
    func history(on db: any Database) async throws -> [(number: Int, createdBy: String, createdAt: Int64, note: String)] {
        try await (try db.sql()).raw("SELECT number, created_by, created_at, note FROM policy_versions ORDER BY number DESC").all().map {
            let v = try $0.record(VersionColumns.self)
            return (v.number, v.createdBy, v.createdAt, v.note)
        }
    }

    /// Saves new settings as the next version. Refused when someone saved a version since `basedOn`.
    func saveSettings(_ settings: PolicySettings, rules: [DeadlineRule], note: String, by who: AuditLog.Actor, basedOn: Int, on db: any Database) async throws -> Int {
        let user = who.username
        let data = try JSONEncoder().encode(StoredSettings(settings, rules: rules))
        let text = String(decoding: data, as: UTF8.self)
        let now = who.stamp
        let number = try await db.write { db -> Int in
            let sql = try db.sql()
            let latest = try await sql.raw("SELECT MAX(number) AS n FROM policy_versions").first()?.decode(column: "n", as: Int?.self) ?? 0
            guard latest == basedOn else {
                throw AppError(status: .conflict, code: "version_conflict", message: "保存失败：您打开后政策参数已被他人修改为第\(latest)版，请刷新后重新填写", field: "version")
            }
            try await sql.insert(into: "policy_versions").columns("number", "settings", "created_by", "created_at", "note")
                .values(SQLBind(latest + 1), SQLBind(text), SQLBind(user), SQLBind(now), SQLBind(note)).run()
            try await AuditLog.append(on: sql, who, action: "policy.settings", entity: "policy", entityID: String(latest + 1),
                                      detail: ["note": .string(note), "settings": .string(text)])
            return latest + 1
        }
        try await reload(on: db)
        return number
    }

    package func addThreshold(_ t: Threshold, by who: AuditLog.Actor, on db: any Database) async throws {
        var table = thresholds
        try table.add(t) // checks the province code, the amount and duplicates
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "thresholds")
                .columns("province", "effective_from", "valid_to", "per_capita", "basis", "created_by", "created_at")
                .values(SQLBind(t.province), SQLBind(t.effectiveFrom.description), SQLBind(t.validTo?.description), SQLBind(t.perCapita.hundredths), SQLBind(t.basis),
                        SQLBind(who.username), SQLBind(who.stamp))
                .run()
            try await AuditLog.append(on: sql, who, action: "policy.threshold", entity: "threshold", entityID: t.province + "/" + t.effectiveFrom.description,
                                      detail: ["perCapita": .string(t.perCapita.description), "basis": .string(t.basis),
                                               "validTo": t.validTo.map { .string($0.description) } ?? .null])
        }
        try await reload(on: db)
    }
}

/// Settings as stored in a version row (JSON; amounts in fen).
struct StoredSettings: Codable {
    var compulsoryFrom, compulsoryTo: Int
    var addClaimsIncome, deductRigidExpenditure: Bool
    var ruralAveragePerCapita: Int64
    var clearlyAbovePercent, earlyLiftedYear, lowIncomePercent, sharpDropPercent, manyChildren, nonCompulsoryStudents, stableWorkMonths, largeRigidPercent: Int
    var largeRigidAmount: Int64
    /// Added with the workflow; absent in versions saved before it (the defaults apply). `noticeDays` is only read by
    /// the migration that moved it into the regimes (`MoveProcedureLimitsIntoRegimes`).
    var noticeDays, eliminationMinMonths, incomeStableMonths: Int?
    /// Later settings by form key, as form text (absent keys keep their defaults).
    var more: [String: String]?
    var rules: [Rule]

    struct Rule: Codable { var key: String; var kind: String; var n: Int }

    init(_ s: PolicySettings, rules: [DeadlineRule]) {
        compulsoryFrom = s.compulsoryEducationAges.lowerBound; compulsoryTo = s.compulsoryEducationAges.upperBound
        addClaimsIncome = s.addClaimsIncome; deductRigidExpenditure = s.deductRigidExpenditure
        ruralAveragePerCapita = s.ruralAveragePerCapita.hundredths; clearlyAbovePercent = s.clearlyAbovePercent
        earlyLiftedYear = s.earlyLiftedYear; lowIncomePercent = s.lowIncomePercent; sharpDropPercent = s.sharpDropPercent
        manyChildren = s.manyChildren; nonCompulsoryStudents = s.nonCompulsoryStudents; stableWorkMonths = s.stableWorkMonths
        largeRigidPercent = s.largeRigidPercent; largeRigidAmount = s.largeRigidAmount.hundredths
        noticeDays = nil; eliminationMinMonths = s.eliminationMinMonths; incomeStableMonths = s.incomeStableMonths
        more = Dictionary(uniqueKeysWithValues: PolicyForm.screeningFields.map { ($0.key, $0.value(s)) })
        self.rules = rules.map { r in
            switch r.count {
            case .workingDays(let n): return Rule(key: r.key, kind: "workingDays", n: n)
            case .days(let n): return Rule(key: r.key, kind: "days", n: n)
            case .dayOfMonth(let n): return Rule(key: r.key, kind: "dayOfMonth", n: n)
            case .workingDaysIntoQuarter(let n): return Rule(key: r.key, kind: "workingDaysIntoQuarter", n: n)
            case .dayOfQuarterEnd(let n): return Rule(key: r.key, kind: "dayOfQuarterEnd", n: n)
            }
        }
    }

    var settings: PolicySettings {
        var s = PolicySettings()
        s.compulsoryEducationAges = compulsoryFrom...max(compulsoryFrom, compulsoryTo)
        s.addClaimsIncome = addClaimsIncome; s.deductRigidExpenditure = deductRigidExpenditure
        s.ruralAveragePerCapita = Fixed2(hundredths: ruralAveragePerCapita); s.clearlyAbovePercent = clearlyAbovePercent
        s.earlyLiftedYear = earlyLiftedYear; s.lowIncomePercent = lowIncomePercent; s.sharpDropPercent = sharpDropPercent
        s.manyChildren = manyChildren; s.nonCompulsoryStudents = nonCompulsoryStudents; s.stableWorkMonths = stableWorkMonths
        s.largeRigidPercent = largeRigidPercent; s.largeRigidAmount = Fixed2(hundredths: largeRigidAmount)
        if let n = eliminationMinMonths { s.eliminationMinMonths = n }
        if let n = incomeStableMonths { s.incomeStableMonths = n }
        for f in PolicyForm.screeningFields { if let text = more?[f.key] { _ = f.set(&s, text) } }
        return s
    }

    /// The county's rules with the stored counts applied (a rule added to the seeds later keeps its default).
    var deadlineRules: [DeadlineRule] { Self.applying(rules, to: DeadlineRule.countyDefaults) }

    /// Seed rules with stored counts applied, matched by key.
    static func applying(_ rules: [Rule], to seeds: [DeadlineRule]) -> [DeadlineRule] {
        seeds.map { seed in
            guard let r = rules.first(where: { $0.key == seed.key }) else { return seed }
            var out = seed
            switch r.kind {
            case "workingDays": out.count = .workingDays(r.n)
            case "days": out.count = .days(r.n)
            case "dayOfMonth": out.count = .dayOfMonth(r.n)
            case "workingDaysIntoQuarter": out.count = .workingDaysIntoQuarter(r.n)
            case "dayOfQuarterEnd": out.count = .dayOfQuarterEnd(r.n)
            default: break
            }
            return out
        }
    }
}

struct CreatePolicyTables: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("policy_versions")
            .field("number", .int, .identifier(auto: false))
            .field("settings", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .field("note", .string, .required)
            .create()
        try await db.schema("thresholds")
            .field("province", .string, .required)
            .field("effective_from", .string, .required)
            .field("per_capita", .int64, .required)
            .field("basis", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .unique(on: "province", "effective_from")
            .create()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("thresholds").delete()
        try await db.schema("policy_versions").delete()
    }
}

extension Application {
    private struct PolicyKey: StorageKey { typealias Value = PolicyStore }
    package var policy: PolicyStore {
        if let p = storage[PolicyKey.self] { return p }
        let p = PolicyStore()
        storage[PolicyKey.self] = p
        return p
    }
}

extension Request {
    var policy: PolicyStore { application.policy }
}

/// The regimes' edited versions (R32): content as JSON, with the validity and region as columns so that a
/// prefecture or province can later layer its own over the national one.
struct CreatePolicyRegimes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("policy_regimes")
            .field("regime_key", .string, .required)
            .field("version", .int, .required)
            .field("region", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .field("content", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .field("note", .string, .required)
            .unique(on: "regime_key", "version")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("policy_regimes").delete() }
}

/// Thresholds have a validity period (a yearly line ends the day before the next year's).
struct AddThresholdValidTo: AsyncMigration {
    func prepare(on db: any Database) async throws { try await db.schema("thresholds").field("valid_to", .string).update() }
    func revert(on db: any Database) async throws { try await db.schema("thresholds").deleteField("valid_to").update() }
}

/// The identification procedure's time limits and the notice length moved from the county's settings into the
/// regimes (a case counts them by its own regime). A county that had changed them keeps its numbers: each regime gets
/// a version carrying them. The version row names the migration as its author (the audit chain is keyed by the
/// running application, which a migration is not).
struct MoveProcedureLimitsIntoRegimes: AsyncMigration {
    private struct Row: Decodable { var settings: String? }
    private struct RegimeRow: Decodable { var content: String; var version: Int }

    func prepare(on db: any Database) async throws {
        let sql = try db.sql()
        guard let row = try await sql.raw("SELECT settings FROM policy_versions ORDER BY number DESC LIMIT 1").first(),
              let text = try row.record(Row.self).settings,
              let stored = try? JSONDecoder().decode(StoredSettings.self, from: Data(text.utf8)) else { return }
        var limits = ProcedureLimits.seed
        if let n = stored.noticeDays { limits.noticeDays = n }
        for rule in StoredSettings.applying(stored.rules, to: ProcedureLimits.seed.rules) {
            if let limit = ProcedureLimits.Limit(rawValue: rule.key) { limits[limit] = PolicyForm.ruleValue(rule) }
        }
        guard limits != .seed else { return }
        let now = Int64(Date().timeIntervalSince1970)
        for shipped in ReferenceData.regimes {
            var regime = shipped
            var version = 0
            if let r = try await sql.raw("""
                SELECT content, version FROM policy_regimes WHERE regime_key = \(bind: shipped.key) ORDER BY version DESC LIMIT 1
                """).first().map({ try $0.record(RegimeRow.self) }) {
                version = r.version
                if let decoded = try? JSONDecoder().decode(PolicyRegime.self, from: Data(r.content.utf8)) { regime = decoded }
            }
            regime.key = shipped.key
            regime.limits = limits
            regime.version = version + 1
            let content = String(decoding: try JSONEncoder().encode(regime), as: UTF8.self)
            try await sql.insert(into: "policy_regimes")
                .columns("regime_key", "version", "region", "valid_from", "valid_to", "content", "created_by", "created_at", "note")
                .values(SQLBind(regime.key), SQLBind(regime.version), SQLBind(regime.region), SQLBind(regime.validFrom.description),
                        SQLBind(regime.validTo?.description), SQLBind(content), SQLBind("系统升级"), SQLBind(now),
                        SQLBind("办理时限和公示天数由研判参数移入政策口径（沿用原设置）"))
                .run()
        }
    }

    func revert(on db: any Database) async throws {}
}
