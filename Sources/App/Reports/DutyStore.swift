import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// The recurring reports of `ReportingDuty`: which are owed by whom, when each was sent, and which are late. A
/// department's monthly push is its imports; the others are sent on the page where the work is done (上报).
struct DutyStore {
    let db: any Database
    let rules: [DeadlineRule]
    let calendar: WorkingCalendar
    let today: Day

    struct Status: Sendable {
        var duty: ReportingDuty
        /// The unit that owes it: a township or county code, or a department code.
        var unit: String
        var period: DutyPeriod
        var due: Day
        var sentOn: Day?
        var sentBy: String?
        var note: String?
        var state: DeadlineState
        /// The period is over (or, for the quarterly ledger, under way): 上报 is possible.
        var sendable: Bool
    }

    /// The import that counts as a department's push.
    private struct ImportColumns: Decodable {
        var createdAt: Int64
        var createdBy: String
    }

    /// A row of the duty reports: who sent which period, when.
    private struct SentColumns: Decodable {
        var sentOn, sentBy: String
        var note: String?
    }

    func rule(_ duty: ReportingDuty) -> DeadlineRule {
        rules.first { $0.key == duty.id } ?? DeadlineRule.seedDefaults.first { $0.key == duty.id } ?? DeadlineRule.seedDefaults[0]
    }

    func due(_ duty: ReportingDuty, _ period: DutyPeriod) throws -> Day {
        do { return try duty.due(period, rule: rule(duty), calendar: calendar) } catch {
            throw AppError(status: .unprocessableEntity, code: "calendar", message: "工作日历缺少\(period.start.year)年的节假日安排，请县级管理员在“政策参数 › 工作日历”中补录")
        }
    }

    /// Where one unit's duty for a period stands.
    func status(_ duty: ReportingDuty, unit: String, period: DutyPeriod) async throws -> Status {
        let due = try self.due(duty, period)
        let sql = try db.sql()
        var sentOn: Day?, sentBy: String?, note: String?
        if duty.id == "department.push" {
            // The push is the department's own import: during the month (实时推送) or in the next one, when last month's list is due.
            let next = DutyPeriod.month(of: period.end.adding(days: 1))
            let from = Int64(period.start.daysSinceEpoch) * 86_400 - 8 * 3600, to = Int64(next.end.daysSinceEpoch + 1) * 86_400 - 8 * 3600
            if let r = try await sql.raw("""
                SELECT created_at, created_by FROM imports WHERE department = \(bind: unit) AND state <> 'failed'
                AND created_at >= \(bind: from) AND created_at < \(bind: to) ORDER BY created_at LIMIT 1
                """).first() {
                let c = try r.record(ImportColumns.self)
                sentOn = Clock.day(of: Date(timeIntervalSince1970: TimeInterval(c.createdAt)))
                sentBy = c.createdBy
                note = "导入名单"
            }
        } else if let r = try await sql.raw("""
            SELECT sent_on, sent_by, note FROM duty_reports WHERE duty = \(bind: duty.id) AND unit = \(bind: unit) AND period = \(bind: period.code)
            """).first() {
            let c = try r.record(SentColumns.self)
            sentOn = Day(c.sentOn); sentBy = c.sentBy; note = c.note
        }
        return Status(duty: duty, unit: unit, period: period, due: due, sentOn: sentOn, sentBy: sentBy, note: note,
                      state: DeadlineState.of(due: due, completedOn: sentOn, today: today), sendable: duty.canSend(period, on: today))
    }

    /// The status, or nil when the working calendar lacks the year its day falls in (the calendar page says so; a
    /// list of duties must not fail for it).
    func dated(_ duty: ReportingDuty, unit: String, period: DutyPeriod) async throws -> Status? {
        do { return try await status(duty, unit: unit, period: period) } catch let e as AppError where e.code == "calendar" { return nil }
    }

    /// The duties the user owes now (last month's, this quarter's, last quarter's).
    func mine(_ p: Principal) async throws -> [Status] {
        var out: [Status] = []
        for duty in ReportingDuty.all {
            guard let unit = duty.unit(of: p), let s = try await dated(duty, unit: unit, period: duty.period(on: today)) else { continue }
            out.append(s)
        }
        return out
    }

    /// The units below a county or township that owe a duty now, with where each stands (for supervision).
    func below(_ p: Principal, regions: RegionDirectory) async throws -> [Status] {
        guard p.role == .countyAdmin, let scope = p.regionScope else { return [] }
        var out: [Status] = []
        if let town = ReportingDuty.duty("township.report") {
            for t in regions.children(of: scope) where t.level == .township {
                if let s = try await dated(town, unit: t.code, period: town.period(on: today)) { out.append(s) }
            }
        }
        // The departments that work in the system (an account of their own); the others report on paper.
        let working = Set(try await (try db.sql()).raw("""
            SELECT DISTINCT scope FROM users WHERE role = \(bind: Role.departmentOfficer.rawValue) AND disabled = \(bind: false)
            """).all().map { try $0.decode(column: "scope", as: String.self) })
        for duty in ReportingDuty.all where duty.role == .departmentOfficer {
            for dept in Department.allCases where working.contains(dept.rawValue) {
                if let s = try await dated(duty, unit: dept.rawValue, period: duty.period(on: today)) { out.append(s) }
            }
        }
        return out
    }

    /// 上报: records that the unit sent the period's report. Once per unit and period; a township's report waits until
    /// every warning pushed to it that month is verified.
    func send(_ duty: ReportingDuty, unit: String, period: DutyPeriod, note: String?, by who: AuditLog.Actor, now: Date) async throws -> Status {
        guard duty.id != "department.push" else {
            throw AppError.validation([FieldError(field: "duty", code: "automatic", message: "部门数据推送以导入名单为准，无需另行上报")])
        }
        guard duty.canSend(period, on: today) else {
            throw AppError.validation([FieldError(field: "period", code: "future", message: "\(period.label)尚未结束，还不能上报\(duty.name)")])
        }
        let text = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let text, text.count > 500 { throw AppError.validation([FieldError(field: "note", code: "length", message: "说明不超过500字")]) }
        try await db.write { db in
            let sql = try db.sql()
            if duty.id == "township.report" {
                let open = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM warnings WHERE township_code = \(bind: unit) AND result IS NULL
                    AND created_on >= \(bind: period.start.description) AND created_on <= \(bind: period.end.description)
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
                if open > 0 {
                    throw AppError.validation([FieldError(field: "period", code: "unverified", message: "本乡镇\(period.label)还有\(open)条部门预警未核实，核实后再上报")])
                }
            }
            if try await sql.raw("""
                SELECT 1 AS x FROM duty_reports WHERE duty = \(bind: duty.id) AND unit = \(bind: unit) AND period = \(bind: period.code)
                """).first() != nil {
                throw AppError(status: .conflict, code: "already_sent", message: "\(period.label)的\(duty.name)已上报", field: "period")
            }
            try await sql.insert(into: "duty_reports").columns("id", "duty", "unit", "period", "sent_on", "sent_by", "sent_at", "note")
                .values(SQLBind(UUID().uuidString.lowercased()), SQLBind(duty.id), SQLBind(unit), SQLBind(period.code), SQLBind(today.description),
                        SQLBind(who.username), SQLBind(Int64(now.timeIntervalSince1970)), SQLBind(text?.isEmpty == false ? text : nil)).run()
            let due = try self.due(duty, period)
            try await AuditLog.append(on: sql, who, action: "duty.send", entity: "duty", entityID: "\(duty.id):\(unit):\(period.code)",
                                      detail: ["duty": .string(duty.name), "period": .string(period.label), "due": .string(due.description),
                                               "late": .bool(today > due)], at: now)
        }
        return try await status(duty, unit: unit, period: period)
    }
}

struct CreateDutyReports: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("duty_reports")
            .field("id", .string, .identifier(auto: false))
            .field("duty", .string, .required)
            .field("unit", .string, .required)
            .field("period", .string, .required)
            .field("sent_on", .string, .required)
            .field("sent_by", .string, .required)
            .field("sent_at", .int64, .required)
            .field("note", .string)
            .unique(on: "duty", "unit", "period")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("duty_reports").delete() }
}

extension Request {
    var duties: DutyStore { DutyStore(db: db, rules: policy.current.rules, calendar: calendar, today: today) }
}
