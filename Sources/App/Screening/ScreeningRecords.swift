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

    /// A row of the campaigns table; `phases` holds the phases as JSON.
    private struct Columns: Decodable {
        var id, countyCode, createdBy, phases, kind, name, scopeCode: String
        var startsOn, endsOn: Day
        var createdAt: Int64
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; countyCode = c.countyCode; createdBy = c.createdBy; createdAt = c.createdAt
        let phases = (try? JSONDecoder().decode([StoredPhase].self, from: Data(c.phases.utf8))) ?? []
        plan = CampaignPlan(kind: CampaignKind(rawValue: c.kind) ?? .monthly, name: c.name, scope: c.scopeCode, from: c.startsOn, to: c.endsOn,
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

    /// A row of the screening records.
    private struct Columns: Decodable {
        var id, campaignId, villageCode, householdId, createdBy, visitors, presence, changes, risks, note: String
        var caseId, absentSource: String?
        var visitedOn: Day
        var factsChanged: Bool
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; campaignID = c.campaignId; villageCode = c.villageCode; householdID = c.householdId; createdBy = c.createdBy
        caseID = c.caseId
        input = ScreeningInput(visitedOn: c.visitedOn, visitors: ScreeningInput.names(c.visitors), presence: Presence(rawValue: c.presence) ?? .atHome,
                               absentSource: c.absentSource.flatMap(AbsentSource.init(rawValue:)), factsChanged: c.factsChanged,
                               changes: c.changes, risks: c.risks.split(separator: ",").compactMap { RiskType(rawValue: String($0)) },
                               raiseClue: c.caseId != nil, note: c.note)
    }
}

struct VisitPlanRecord: Sendable {
    var id, campaignID, villageCode, createdBy: String
    var team: [VisitMember]
    var from, to: Day
    var households, dailyLimit: Int

    /// A row of the visit plans; `team` holds the visitors as JSON.
    private struct Columns: Decodable {
        var id, campaignId, villageCode, createdBy, team: String
        var startsOn, endsOn: Day
        var households, dailyLimit: Int
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; campaignID = c.campaignId; villageCode = c.villageCode; createdBy = c.createdBy
        team = (try? JSONDecoder().decode([VisitMember].self, from: Data(c.team.utf8))) ?? []
        from = c.startsOn; to = c.endsOn; households = c.households; dailyLimit = c.dailyLimit
    }
}

struct RectificationRecord: Sendable {
    var id, regionCode, sourceRef, problem, unit, person, measure, createdBy: String
    var source: ProblemSource
    var householdID, evidence, closedBy: String?
    var due, createdOn: Day
    var closedOn: Day?
    var state: RectificationState

    /// A row of the rectification ledger.
    private struct Columns: Decodable {
        var id, regionCode, sourceRef, problem, unit, person, measure, createdBy, source, state: String
        var householdId, evidence, closedBy, closedOn: String?
        var due, createdOn: Day
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; regionCode = c.regionCode; sourceRef = c.sourceRef; problem = c.problem; unit = c.unit; person = c.person
        measure = c.measure; createdBy = c.createdBy; source = ProblemSource(rawValue: c.source) ?? .countyInspection
        householdID = c.householdId; evidence = c.evidence; closedBy = c.closedBy; due = c.due; createdOn = c.createdOn
        closedOn = c.closedOn.flatMap(Day.init); state = RectificationState(rawValue: c.state) ?? .open
    }

    func deadline(today: Day) -> DeadlineState { RectificationRules.deadline(due: due, closedOn: closedOn, today: today) }
}
