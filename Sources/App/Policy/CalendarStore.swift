import Domain
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// The working-day calendar in force: the shipped 2020–2026 schedules plus the years a county admin entered
/// (which replace a shipped year of the same number). Kept in memory; reloaded after every change.
package final class CalendarStore: Sendable {
    private let state = NIOLockedValueBox(WorkingCalendar.shipped)
    private let entered = NIOLockedValueBox<[Int: Entered]>([:])

    struct Entered: Sendable {
        var schedule: YearSchedule
        var version: Int
        var updatedBy: String
        var updatedAt: Int64
    }

    package var calendar: WorkingCalendar { state.withLockedValue { $0 } }
    func enteredYear(_ year: Int) -> Entered? { entered.withLockedValue { $0[year] } }

    /// A row of the entered calendar years.
    private struct Columns: Decodable {
        var year, version: Int
        var schedule, source, updatedBy: String
        var updatedAt: Int64
    }

    func reload(on db: any Database) async throws {
        let rows = try await (try db.sql()).raw("SELECT year, schedule, source, version, updated_by, updated_at FROM calendar_years").all()
        var cal = WorkingCalendar.shipped
        var stored: [Int: Entered] = [:]
        for r in rows {
            let c = try r.record(Columns.self)
            // Stored text was checked when saved; a row that no longer parses is skipped rather than guessed.
            guard case .success(let s) = YearSchedule.parse(year: c.year, text: c.schedule, source: c.source) else { continue }
            cal.set(s)
            stored[c.year] = Entered(schedule: s, version: c.version, updatedBy: c.updatedBy, updatedAt: c.updatedAt)
        }
        state.withLockedValue { $0 = cal }
        entered.withLockedValue { $0 = stored }
    }

    /// Saves a year's schedule (new, or replacing an earlier entry) and puts it in force.
    func save(_ schedule: YearSchedule, by who: AuditLog.Actor, on db: any Database) async throws {
        let user = who.username
        let now = who.stamp
        let text = schedule.text
        try await db.write { db in
            let sql = try db.sql()
            let updated = try await sql.raw("""
                UPDATE calendar_years SET schedule = \(bind: text), source = \(bind: schedule.source), version = version + 1,
                       updated_by = \(bind: user), updated_at = \(bind: now) WHERE year = \(bind: schedule.year) RETURNING version
                """).all()
            if updated.isEmpty {
                try await sql.insert(into: "calendar_years")
                    .columns("year", "schedule", "source", "version", "updated_by", "updated_at")
                    .values(SQLBind(schedule.year), SQLBind(text), SQLBind(schedule.source), SQLBind(1), SQLBind(user), SQLBind(now))
                    .run()
            }
            try await AuditLog.append(on: sql, who, action: "policy.calendar", entity: "calendar", entityID: String(schedule.year),
                                      detail: ["schedule": .string(text), "source": .string(schedule.source)])
        }
        try await reload(on: db)
    }
}

struct CreateCalendarYears: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("calendar_years")
            .field("year", .int, .identifier(auto: false))
            .field("schedule", .string, .required)
            .field("source", .string, .required)
            .field("version", .int, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .int64, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("calendar_years").delete() }
}

extension Application {
    private struct CalendarKey: StorageKey { typealias Value = CalendarStore }
    package var calendars: CalendarStore {
        if let c = storage[CalendarKey.self] { return c }
        let c = CalendarStore()
        storage[CalendarKey.self] = c
        return c
    }
}

extension Request {
    var calendar: WorkingCalendar { application.calendars.calendar }
}
