import Domain
import Fluent
import SQLKit

/// Reads the snapshot `RecordCheck` judges: households, cases, live members, open findings and the version
/// history, for one county or the whole database.
enum RecordCheckStore {
    static func snapshot(county: String? = nil, on db: any Database) async throws -> RecordCheck.Snapshot {
        let sql = try db.sql()
        // Every table read carries its county; nil reads them all.
        let inCounty: SQLQueryString = county.map { "county_code = \(bind: $0)" } ?? "1 = 1"
        var s = RecordCheck.Snapshot()
        s.households = try await sql.raw("""
            SELECT id, code, monitoring_category, monitored_since, eliminated_on, dissolved_at, version FROM households WHERE \(inCounty)
            """).all().map { r in
            RecordCheck.Household(id: try r.decode(column: "id", as: String.self), code: try r.decode(column: "code", as: String.self),
                                  monitoringCategory: try r.decode(column: "monitoring_category", as: String?.self),
                                  monitoredSince: try r.decode(column: "monitored_since", as: String?.self).flatMap(Day.init),
                                  eliminatedOn: try r.decode(column: "eliminated_on", as: String?.self).flatMap(Day.init),
                                  dissolved: try r.decode(column: "dissolved_at", as: Int64?.self) != nil,
                                  version: try r.decode(column: "version", as: Int.self))
        }
        s.cases = try await sql.raw("""
            SELECT id, household_id, state, opened_on, response_done, decision_done, enrolled_on, eliminated_on, version FROM cases WHERE \(inCounty)
            """).all().map { r in
            func day(_ c: String) throws -> Day? { try r.decode(column: c, as: String?.self).flatMap(Day.init) }
            return RecordCheck.Case(id: try r.decode(column: "id", as: String.self), householdID: try r.decode(column: "household_id", as: String?.self),
                                    state: CaseState(rawValue: try r.decode(column: "state", as: String.self)) ?? .clue,
                                    openedOn: try r.day("opened_on"), responseDone: try day("response_done"), decisionDone: try day("decision_done"),
                                    enrolledOn: try day("enrolled_on"), eliminatedOn: try day("eliminated_on"),
                                    version: try r.decode(column: "version", as: Int.self))
        }
        s.members = try await sql.raw("""
            SELECT id, household_id, name, id_number, version FROM members WHERE removed_at IS NULL AND \(inCounty)
            """).all().map { r in
            RecordCheck.Member(id: try r.decode(column: "id", as: String.self), householdID: try r.decode(column: "household_id", as: String.self),
                               name: try r.decode(column: "name", as: String?.self) ?? "", idNumber: try r.decode(column: "id_number", as: String?.self) ?? "",
                               version: try r.decode(column: "version", as: Int.self))
        }
        s.openFindings = try await sql.raw("SELECT id, household_id, rule FROM quality_findings WHERE state = 'open' AND \(inCounty)").all().map { r in
            RecordCheck.Finding(id: try r.decode(column: "id", as: String.self), householdID: try r.decode(column: "household_id", as: String.self),
                                rule: try r.decode(column: "rule", as: String.self))
        }
        for r in try await sql.raw("SELECT household_id, member_id, entity, version FROM changes WHERE household_id IN (SELECT id FROM households WHERE \(inCounty))").all() {
            let version = try r.decode(column: "version", as: Int.self)
            if try r.decode(column: "entity", as: String.self) == "member", let member = try r.decode(column: "member_id", as: String?.self) {
                s.memberVersions[member, default: []].append(version)
            } else {
                s.householdVersions[try r.decode(column: "household_id", as: String.self), default: []].append(version)
            }
        }
        for r in try await sql.raw("SELECT case_id, seq FROM case_events WHERE \(inCounty)").all() {
            s.caseEvents[try r.decode(column: "case_id", as: String.self), default: []].append(try r.decode(column: "seq", as: Int.self))
        }
        return s
    }
}
