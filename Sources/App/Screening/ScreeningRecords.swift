import Domain
import Fluent
import Foundation
import SQLKit

/// Tables of screening (issue: campaigns, visits, data quality and the rectification ledger).
struct CreateScreening: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("campaigns")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("scope_code", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("phases", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .create()
        try await db.schema("screening_records")
            .field("id", .string, .identifier(auto: false))
            .field("campaign_id", .string, .required, .references("campaigns", "id"))
            .field("county_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string, .required)
            .field("visited_on", .string, .required)
            .field("visitors", .string, .required)
            .field("presence", .string, .required)
            .field("absent_source", .string)
            .field("facts_changed", .bool, .required)
            .field("changes", .string, .required)
            .field("risks", .string, .required)
            .field("case_id", .string)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .unique(on: "campaign_id", "household_id")
            .create()
        // One row per visitor of a record: the daily limit counts these.
        try await db.schema("screening_visitors")
            .field("record_id", .string, .required)
            .field("county_code", .string, .required)
            .field("visitor", .string, .required)
            .field("visited_on", .string, .required)
            .create()
        try await db.schema("visit_plans")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("campaign_id", .string, .required, .references("campaigns", "id"))
            .field("village_code", .string, .required)
            .field("team", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("households", .int, .required)
            .field("daily_limit", .int, .required)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .create()
        try await db.schema("lookback_reviews")
            .field("id", .string, .identifier(auto: false))
            .field("campaign_id", .string, .required, .references("campaigns", "id"))
            .field("village_code", .string, .required)
            .field("dimension", .int, .required)
            .field("state", .string, .required)
            .field("note", .string, .required)
            .field("reviewed_by", .string, .required)
            .field("reviewed_at", .int64, .required)
            .unique(on: "campaign_id", "village_code", "dimension")
            .create()
        try await db.schema("rectifications")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("region_code", .string, .required)
            .field("source", .string, .required)
            .field("source_ref", .string, .required)
            .field("household_id", .string)
            .field("problem", .string, .required)
            .field("unit", .string, .required)
            .field("person", .string, .required)
            .field("measure", .string, .required)
            .field("due", .string, .required)
            .field("state", .string, .required)
            .field("evidence", .string)
            .field("closed_by", .string)
            .field("closed_on", .string)
            .field("created_by", .string, .required)
            .field("created_on", .string, .required)
            .create()
        let sql = try db.sql()
        try await IndexSpec(name: "screening_records_village", table: "screening_records", columns: ["campaign_id", "village_code"]).create(on: sql)
        try await IndexSpec(name: "screening_visitors_day", table: "screening_visitors", columns: ["county_code", "visitor", "visited_on"]).create(on: sql)
        try await IndexSpec(name: "rectifications_region", table: "rectifications", columns: ["county_code", "region_code"]).create(on: sql)
    }

    func revert(on db: any Database) async throws {
        for t in ["rectifications", "lookback_reviews", "visit_plans", "screening_visitors", "screening_records", "campaigns"] {
            try await db.schema(t).delete()
        }
    }
}

package struct CampaignRecord: Sendable {
    var id, countyCode, createdBy: String
    var plan: CampaignPlan
    var createdAt: Int64

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        countyCode = try row.decode(column: "county_code", as: String.self)
        createdBy = try row.decode(column: "created_by", as: String.self)
        createdAt = try row.decode(column: "created_at", as: Int64.self)
        let phases = (try? JSONDecoder().decode([StoredPhase].self, from: Data(try row.decode(column: "phases", as: String.self).utf8))) ?? []
        plan = CampaignPlan(kind: CampaignKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .monthly,
                            name: try row.decode(column: "name", as: String.self), scope: try row.decode(column: "scope_code", as: String.self),
                            from: try row.day("starts_on"), to: try row.day("ends_on"),
                            phases: phases.compactMap { p in Day(p.from).flatMap { f in Day(p.to).map { CampaignPhase(name: p.name, from: f, to: $0) } } })
    }

    struct StoredPhase: Codable { var name, from, to: String }
    package static func encode(_ phases: [CampaignPhase]) -> String {
        let data = (try? JSONEncoder().encode(phases.map { StoredPhase(name: $0.name, from: $0.from.description, to: $0.to.description) })) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The phase a day falls in, or nil.
    func phase(on d: Day) -> CampaignPhase? { plan.phases.first { $0.from <= d && d <= $0.to } }
}

struct ScreeningRecordRow: Sendable {
    var id, campaignID, villageCode, householdID, createdBy: String
    var input: ScreeningInput
    var caseID: String?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        campaignID = try row.decode(column: "campaign_id", as: String.self)
        villageCode = try row.decode(column: "village_code", as: String.self)
        householdID = try row.decode(column: "household_id", as: String.self)
        createdBy = try row.decode(column: "created_by", as: String.self)
        caseID = try row.decode(column: "case_id", as: String?.self)
        input = ScreeningInput(visitedOn: try row.day("visited_on"),
                               visitors: ScreeningInput.names(try row.decode(column: "visitors", as: String.self)),
                               presence: Presence(rawValue: try row.decode(column: "presence", as: String.self)) ?? .atHome,
                               absentSource: try row.decode(column: "absent_source", as: String?.self).flatMap(AbsentSource.init(rawValue:)),
                               factsChanged: try row.decode(column: "facts_changed", as: Bool.self),
                               changes: try row.decode(column: "changes", as: String.self),
                               risks: try row.decode(column: "risks", as: String.self).split(separator: ",").compactMap { RiskType(rawValue: String($0)) },
                               raiseClue: caseID != nil, note: try row.decode(column: "note", as: String.self))
    }
}

struct VisitPlanRecord: Sendable {
    var id, campaignID, villageCode, createdBy: String
    var team: [VisitMember]
    var from, to: Day
    var households, dailyLimit: Int

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        campaignID = try row.decode(column: "campaign_id", as: String.self)
        villageCode = try row.decode(column: "village_code", as: String.self)
        createdBy = try row.decode(column: "created_by", as: String.self)
        team = (try? JSONDecoder().decode([VisitMember].self, from: Data(try row.decode(column: "team", as: String.self).utf8))) ?? []
        from = try row.day("starts_on")
        to = try row.day("ends_on")
        households = try row.decode(column: "households", as: Int.self)
        dailyLimit = try row.decode(column: "daily_limit", as: Int.self)
    }
}

struct RectificationRecord: Sendable {
    var id, regionCode, sourceRef, problem, unit, person, measure, createdBy: String
    var source: ProblemSource
    var householdID, evidence, closedBy: String?
    var due, createdOn: Day
    var closedOn: Day?
    var state: RectificationState

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: String.self)
        regionCode = try row.decode(column: "region_code", as: String.self)
        sourceRef = try row.decode(column: "source_ref", as: String.self)
        problem = try row.decode(column: "problem", as: String.self)
        unit = try row.decode(column: "unit", as: String.self)
        person = try row.decode(column: "person", as: String.self)
        measure = try row.decode(column: "measure", as: String.self)
        createdBy = try row.decode(column: "created_by", as: String.self)
        source = ProblemSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .countyInspection
        householdID = try row.decode(column: "household_id", as: String?.self)
        evidence = try row.decode(column: "evidence", as: String?.self)
        closedBy = try row.decode(column: "closed_by", as: String?.self)
        due = try row.day("due")
        createdOn = try row.day("created_on")
        closedOn = try row.decode(column: "closed_on", as: String?.self).flatMap(Day.init)
        state = RectificationState(rawValue: try row.decode(column: "state", as: String.self)) ?? .open
    }

    func deadline(today: Day) -> DeadlineState { RectificationRules.deadline(due: due, closedOn: closedOn, today: today) }
}
