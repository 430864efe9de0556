import Domain
import Fluent
import Foundation
import SQLKit

/// Campaigns, household surveys, coverage, focus villages, look-back answers, visit plans and the rectification ledger.
struct ScreeningStore {
    let db: any Database
    let principal: Principal
    let regions: RegionDirectory
    let settings: PolicySettings
    let today: Day

    var sql: any SQLDatabase { get throws { try db.sql() } }
    var county: String { String((principal.regionScope ?? "").prefix(6)) }

    /// The part of `scope` the user may see: the narrower of the two, or nil when they do not overlap.
    func visibleScope(_ scope: String) -> String? {
        guard let mine = principal.regionScope else { return nil }
        if scope.hasPrefix(mine) { return scope }
        if mine.hasPrefix(scope) { return mine }
        return nil
    }

    // MARK: - Campaigns

    func createCampaign(_ plan: CampaignPlan, by who: AuditLog.Actor) async throws -> String {
        var errors = plan.problems()
        if visibleScope(plan.scope) != plan.scope || regions[plan.scope] == nil {
            errors.append(FieldError(field: "scope", code: "scope", message: "排查范围应为本辖区内的县、乡镇或村"))
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "campaigns")
                .columns("id", "county_code", "kind", "name", "scope_code", "starts_on", "ends_on", "phases", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(county), SQLBind(plan.kind.rawValue), SQLBind(plan.name.trimmed), SQLBind(plan.scope),
                        SQLBind(plan.from.description), SQLBind(plan.to.description), SQLBind(CampaignRecord.encode(plan.phases)),
                        SQLBind(who.username), SQLBind(who.stamp))
                .run()
            try await AuditLog.append(on: sql, who, action: "campaign.create", entity: "campaign", entityID: id,
                                      detail: ["kind": .string(plan.kind.rawValue), "name": .string(plan.name), "scope": .string(plan.scope)])
        }
        return id
    }

    /// Campaigns whose scope overlaps the user's, newest first.
    func campaigns() async throws -> [CampaignRecord] {
        try await sql.raw("SELECT * FROM campaigns WHERE county_code = \(bind: county) ORDER BY starts_on DESC, created_at DESC").all()
            .map(CampaignRecord.init(row:)).filter { visibleScope($0.plan.scope) != nil }
    }

    func campaign(_ id: String) async throws -> CampaignRecord {
        guard let r = try await sql.raw("SELECT * FROM campaigns WHERE id = \(bind: id)").first().map(CampaignRecord.init(row:)),
              visibleScope(r.plan.scope) != nil else { throw AppError.notFound("排查") }
        return r
    }

    // MARK: - Coverage

    struct Coverage: Sendable {
        var code: String
        var households, screened, absent, changed, risks, clues: Int
        var percent: Int { households == 0 ? 0 : screened * 100 / households }
    }

    /// Per village inside the campaign and the user's scope: households, surveyed, absent, changed, risks seen, clues.
    func coverage(_ c: CampaignRecord) async throws -> [Coverage] {
        guard let scope = visibleScope(c.plan.scope) else { return [] }
        struct Village: Decodable { var code: String; var households: Int }
        struct Surveyed: Decodable { var code: String; var screened, absent, changed, risks, clues: Int }
        var out: [String: Coverage] = [:]
        for v in try await sql.raw("""
            SELECT h.village_code AS code, COUNT(*) AS households FROM households h
            WHERE \(within: scope, column: "h.village_code") AND h.dissolved_at IS NULL\(principal.andHouseholdCondition("h.id")) GROUP BY h.village_code
            """).all().map({ try $0.record(Village.self) }) {
            out[v.code] = Coverage(code: v.code, households: v.households, screened: 0, absent: 0, changed: 0, risks: 0, clues: 0)
        }
        for s in try await sql.raw("""
            SELECT s.village_code AS code, COUNT(*) AS screened,
                   CAST(SUM(CASE WHEN s.presence = 'absent' THEN 1 ELSE 0 END) AS BIGINT) AS absent,
                   CAST(SUM(CASE WHEN s.facts_changed THEN 1 ELSE 0 END) AS BIGINT) AS changed,
                   CAST(SUM(CASE WHEN s.risks <> '' THEN 1 ELSE 0 END) AS BIGINT) AS risks,
                   CAST(SUM(CASE WHEN s.case_id IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS clues
            FROM screening_records s JOIN households h ON h.id = s.household_id
            WHERE s.campaign_id = \(bind: c.id) AND \(within: scope, column: "s.village_code") AND h.dissolved_at IS NULL\(principal.andHouseholdCondition("s.household_id"))
            GROUP BY s.village_code
            """).all().map({ try $0.record(Surveyed.self) }) {
            guard var row = out[s.code] else { continue }
            (row.screened, row.absent, row.changed, row.risks, row.clues) = (s.screened, s.absent, s.changed, s.risks, s.clues)
            out[s.code] = row
        }
        return out.values.sorted { $0.code < $1.code }
    }

    /// Village rows summed per township.
    static func byTownship(_ rows: [Coverage]) -> [Coverage] {
        var out: [String: Coverage] = [:]
        for r in rows {
            let t = String(r.code.prefix(9))
            var s = out[t] ?? Coverage(code: t, households: 0, screened: 0, absent: 0, changed: 0, risks: 0, clues: 0)
            s.households += r.households; s.screened += r.screened; s.absent += r.absent; s.changed += r.changed; s.risks += r.risks; s.clues += r.clues
            out[t] = s
        }
        return out.values.sorted { $0.code < $1.code }
    }

    // MARK: - Survey records

    struct HouseholdLine: Sendable {
        var id, code, head, category: String
        var members: Int
        var monitored, eliminated: Bool
        var record: ScreeningRecordRow?
    }

    /// The village's households with their survey in this campaign, if any.
    func households(_ c: CampaignRecord, village: String) async throws -> [HouseholdLine] {
        guard let scope = visibleScope(c.plan.scope), village.hasPrefix(scope), regions[village]?.level == .village else { throw AppError.notFound("村") }
        var records: [String: ScreeningRecordRow] = [:]
        for r in try await sql.raw("SELECT * FROM screening_records WHERE campaign_id = \(bind: c.id) AND village_code = \(bind: village)").all() {
            let rec = try ScreeningRecordRow(row: r)
            records[rec.householdID] = rec
        }
        return try await sql.raw("""
            SELECT id, code, head_name, category, member_count, monitoring_category, eliminated_on FROM households h
            WHERE village_code = \(bind: village) AND dissolved_at IS NULL\(principal.andHouseholdCondition("h.id")) ORDER BY code
            """).all().map { r in
            let c = try r.record(LineColumns.self)
            return HouseholdLine(id: c.id, code: c.code, head: c.headName ?? "", category: HouseholdCategory(rawValue: c.category ?? "")?.label ?? "",
                                 members: c.memberCount, monitored: c.monitoringCategory != nil, eliminated: c.eliminatedOn != nil,
                                 record: records[c.id])
        }
    }

    /// The household columns a village's screening list reads.
    private struct LineColumns: Decodable {
        var id, code: String
        var headName, category, monitoringCategory, eliminatedOn: String?
        var memberCount: Int
    }

    func record(_ c: CampaignRecord, household: String) async throws -> ScreeningRecordRow? {
        try await sql.raw("SELECT * FROM screening_records WHERE campaign_id = \(bind: c.id) AND household_id = \(bind: household)").first()
            .map(ScreeningRecordRow.init(row:))
    }

    /// The daily limit for visitors in a village: higher in a large relocation site.
    func dailyLimit(village: String) -> Int {
        let flags = regions[village]?.flags ?? RegionFlags()
        return FocusVillages.isLargeSite(flags, settings: settings.screening) ? settings.screening.visitDailyLimitLargeSite : settings.screening.visitDailyLimit
    }

    /// Saves (or replaces) a household's survey in the campaign; a clue is raised through the workflow when asked.
    func saveRecord(_ input: ScreeningInput, campaign c: CampaignRecord, household h: HouseholdRecord, cases: CaseStore, by who: AuditLog.Actor) async throws -> ScreeningRecordRow {
        guard let scope = visibleScope(c.plan.scope), h.villageCode.hasPrefix(scope) else {
            throw AppError.validation([FieldError(field: "householdId", code: "scope", message: "该户不在本次排查范围内")])
        }
        var errors = input.problems(campaign: c.plan, today: today)
        let previous = try await record(c, household: h.id)
        let limit = dailyLimit(village: h.villageCode)
        for v in input.visitors {
            let n = try await sql.raw("""
                SELECT COUNT(*) AS n FROM screening_visitors WHERE county_code = \(bind: h.countyCode) AND visitor = \(bind: v)
                AND visited_on = \(bind: input.visitedOn.description) AND record_id <> \(bind: previous?.id ?? "")
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            if let e = VisitRules.dailyProblem(visitor: v, on: input.visitedOn, alreadyThatDay: n, limit: limit) { errors.append(e) }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        var caseID = previous?.caseID
        if input.raiseClue && caseID == nil {
            let risk = input.risks.first ?? .other
            let difficulty = Difficulty.allCases.first { $0.riskType == risk } ?? .other
            let text = "\(c.plan.name)入户排查发现：" + input.risks.map(\.label).joined(separator: "、") + (input.note.isEmpty ? "" : "。\(input.note)")
            caseID = try await cases.open(CaseStore.ClueInput(channel: .cadreScreening, householdID: h.id, difficulty: difficulty,
                                                            description: String(text.prefix(300)))).0.id
        }
        let id = previous?.id ?? UUID().uuidString.lowercased()
        let finalCase = caseID
        try await db.write { db in
            let sql = try db.sql()
            if previous != nil {
                try await sql.delete(from: "screening_records").where("id", .equal, SQLBind(id)).run()
                try await sql.delete(from: "screening_visitors").where("record_id", .equal, SQLBind(id)).run()
            }
            try await sql.insert(into: "screening_records")
                .columns("id", "campaign_id", "county_code", "village_code", "household_id", "visited_on", "visitors", "presence", "absent_source",
                         "facts_changed", "changes", "risks", "case_id", "note", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(c.id), SQLBind(h.countyCode), SQLBind(h.villageCode), SQLBind(h.id), SQLBind(input.visitedOn.description),
                        SQLBind(input.visitors.joined(separator: "、")), SQLBind(input.presence.rawValue), SQLBind(input.presence == .absent ? input.absentSource?.rawValue : nil),
                        SQLBind(input.factsChanged), SQLBind(input.factsChanged ? input.changes.trimmed : ""), SQLBind(input.risks.map(\.rawValue).joined(separator: ",")),
                        SQLBind(finalCase), SQLBind(input.note.trimmed), SQLBind(who.username), SQLBind(who.stamp))
                .run()
            for v in input.visitors {
                try await sql.insert(into: "screening_visitors").columns("record_id", "county_code", "visitor", "visited_on")
                    .values(SQLBind(id), SQLBind(h.countyCode), SQLBind(v), SQLBind(input.visitedOn.description)).run()
            }
            try await AuditLog.append(on: sql, who, action: previous == nil ? "screening.record" : "screening.update", entity: "household", entityID: h.id,
                                      detail: ["campaign": .string(c.id), "presence": .string(input.presence.rawValue),
                                               "risks": .string(input.risks.map(\.rawValue).joined(separator: ",")), "case": finalCase.map(JSON.string) ?? .null])
        }
        return try await record(c, household: h.id).orThrow(AppError.notFound("排查记录"))
    }

    // MARK: - Focus villages

    /// Every village in the user's scope with its numbers.
    func villageStats(within scope: String? = nil) async throws -> [VillageStats] {
        guard let s = scope ?? principal.regionScope else { return [] }
        struct Columns: Decodable { var code: String; var households, alleviated, monitored, unresolvedPeople, people: Int }
        return try await sql.raw("""
            SELECT village_code AS code, COUNT(*) AS households,
                   CAST(SUM(CASE WHEN category = 'alleviated' THEN 1 ELSE 0 END) AS BIGINT) AS alleviated,
                   CAST(SUM(CASE WHEN monitoring_category IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS monitored,
                   CAST(SUM(CASE WHEN monitoring_category IS NOT NULL AND eliminated_on IS NULL THEN member_count ELSE 0 END) AS BIGINT) AS unresolved_people,
                   CAST(SUM(member_count) AS BIGINT) AS people
            FROM households WHERE \(within: s, column: "village_code") AND dissolved_at IS NULL GROUP BY village_code ORDER BY village_code
            """).all().map { r in
            let c = try r.record(Columns.self)
            return VillageStats(code: c.code, flags: regions[c.code]?.flags ?? RegionFlags(), households: c.households, alleviated: c.alleviated,
                                monitored: c.monitored, unresolvedPeople: c.unresolvedPeople, people: c.people)
        }
    }

    func focusVillages() async throws -> [(VillageStats, [FocusReason])] {
        try await villageStats().compactMap { v in
            let reasons = FocusVillages.reasons(v, settings: settings.screening)
            return reasons.isEmpty ? nil : (v, reasons)
        }
    }

    // MARK: - Look-back

    func lookBackData(_ c: CampaignRecord, village: String) async throws -> LookBackData {
        var byRule: [String: Int] = [:]
        for r in try await sql.raw("""
            SELECT rule, COUNT(DISTINCT household_id) AS n FROM quality_findings WHERE village_code = \(bind: village) AND state = 'open' GROUP BY rule
            """).all() { byRule[try r.decode(column: "rule", as: String.self)] = try r.decode(column: "n", as: Int.self) }
        let mustFix = try await sql.raw("SELECT COUNT(*) AS n FROM quality_findings WHERE village_code = \(bind: village) AND state = 'open' AND severity = 'mustFix'")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let stats = try await villageStats(within: village).first ?? VillageStats(code: village)
        let screened = try await sql.raw("SELECT COUNT(*) AS n FROM screening_records WHERE campaign_id = \(bind: c.id) AND village_code = \(bind: village)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let riskNoClue = try await sql.raw("""
            SELECT COUNT(*) AS n FROM screening_records WHERE campaign_id = \(bind: c.id) AND village_code = \(bind: village) AND risks <> '' AND case_id IS NULL
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        let scale = try await sql.raw("""
            SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL AND monitoring_category IS NOT NULL
            AND eliminated_on IS NULL AND (risk_types LIKE '%industryFailure%' OR risk_types LIKE '%unstableEmployment%' OR risk_types LIKE '%disaster%')
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        let checked = try await sql.raw("SELECT COUNT(*) AS n FROM quality_runs WHERE county_code = \(bind: String(village.prefix(6))) AND state = 'done'")
            .first()?.decode(column: "n", as: Int.self) ?? 0 > 0
        return LookBackData(householdsByRule: byRule, focus: FocusVillages.reasons(stats, settings: settings.screening), households: stats.households,
                            screened: screened, risksWithoutClue: riskNoClue, scaleRiskHouseholds: scale, mustFixOpen: mustFix, qualityChecked: checked)
    }

    struct Review: Sendable { var state: ReviewState; var note, by: String; var at: Int64 }

    /// A row of the look-back reviews.
    private struct ReviewColumns: Decodable {
        var dimension: Int
        var state, note, reviewedBy: String
        var reviewedAt: Int64
    }

    func reviews(_ c: CampaignRecord, village: String) async throws -> [Int: Review] {
        var out: [Int: Review] = [:]
        for r in try await sql.raw("SELECT * FROM lookback_reviews WHERE campaign_id = \(bind: c.id) AND village_code = \(bind: village)").all() {
            let c = try r.record(ReviewColumns.self)
            out[c.dimension] = Review(state: ReviewState(rawValue: c.state) ?? .clear, note: c.note, by: c.reviewedBy, at: c.reviewedAt)
        }
        return out
    }

    /// The reviewer's answer to a dimension; a problem may go into the rectification ledger at once.
    func saveReview(_ c: CampaignRecord, village: String, dimension: Int, state: String, note: String, ledger: RectificationInput?,
                    by who: AuditLog.Actor) async throws {
        guard c.plan.kind == .lookBack else { throw AppError.badRequest("只有“回头看”排查有八个方面的核查清单", field: "campaign") }
        guard let scope = visibleScope(c.plan.scope), village.hasPrefix(scope), regions[village]?.level == .village else { throw AppError.notFound("村") }
        var errors: [FieldError] = []
        if LookBack.dimension(dimension) == nil { errors.append(FieldError(field: "dimension", code: "range", message: "核查方面应为1至8")) }
        guard let s = ReviewState(rawValue: state) else {
            throw AppError.validation(errors + [FieldError(field: "state", code: "required", message: "请选择核查结论（无问题或有问题）")])
        }
        if s == .problem && note.trimmed.isEmpty { errors.append(FieldError(field: "note", code: "required", message: "有问题时请写明问题")) }
        if note.count > 500 { errors.append(FieldError(field: "note", code: "length", message: "说明不超过500字")) }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            try await sql.delete(from: "lookback_reviews").where("campaign_id", .equal, SQLBind(c.id)).where("village_code", .equal, SQLBind(village))
                .where("dimension", .equal, SQLBind(dimension)).run()
            try await sql.insert(into: "lookback_reviews").columns("id", "campaign_id", "village_code", "dimension", "state", "note", "reviewed_by", "reviewed_at")
                .values(SQLBind(id), SQLBind(c.id), SQLBind(village), SQLBind(dimension), SQLBind(s.rawValue), SQLBind(note.trimmed),
                        SQLBind(who.username), SQLBind(who.stamp)).run()
            try await AuditLog.append(on: sql, who, action: "lookback.review", entity: "village", entityID: village,
                                      detail: ["campaign": .string(c.id), "dimension": .number(Double(dimension)), "state": .string(s.rawValue)])
        }
        if s == .problem, let ledger { _ = try await addRectification(ledger, householdID: nil, sourceRef: "\(c.plan.name)·第\(dimension)方面", by: who) }
    }

    // MARK: - Visit plans

    func createVisitPlan(campaign c: CampaignRecord, village: String, team: [VisitMember], from: Day, to: Day, calendar: WorkingCalendar,
                         by who: AuditLog.Actor) async throws -> String {
        guard let scope = visibleScope(c.plan.scope), village.hasPrefix(scope), regions[village]?.level == .village else {
            throw AppError.validation([FieldError(field: "village", code: "scope", message: "请选择本次排查范围内的村")])
        }
        let targets = try await visitTargets(village: village).count
        let limit = dailyLimit(village: village)
        var errors = VisitPlanInput(team: team, from: from, to: to, households: targets).problems(limit: limit, settings: settings.screening, calendar: calendar)
        if from < c.plan.from || to > c.plan.to {
            errors.append(FieldError(field: "from", code: "range", message: "走访计划应在排查期间内（\(c.plan.from)至\(c.plan.to)）"))
        }
        let roles = Set(team.compactMap(\.visitorRole))
        if !roles.contains(.firstSecretary) && !roles.contains(.partySecretary) {
            errors.append(FieldError(field: "team", code: "secretary", message: "走访组应有驻村第一书记或村党组织书记，以遍访所有脱贫户和监测户"))
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let id = UUID().uuidString.lowercased()
        let teamText = String(decoding: try JSONEncoder().encode(team), as: UTF8.self)
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "visit_plans")
                .columns("id", "county_code", "campaign_id", "village_code", "team", "starts_on", "ends_on", "households", "daily_limit", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(county), SQLBind(c.id), SQLBind(village), SQLBind(teamText), SQLBind(from.description), SQLBind(to.description),
                        SQLBind(targets), SQLBind(limit), SQLBind(who.username), SQLBind(who.stamp))
                .run()
            try await AuditLog.append(on: sql, who, action: "visit.plan", entity: "village", entityID: village,
                                      detail: ["campaign": .string(c.id), "households": .number(Double(targets))])
        }
        return id
    }

    /// 脱贫户 and monitored households (eliminated included) of a village: whom the visits must reach.
    func visitTargets(village: String) async throws -> [(id: String, code: String, head: String)] {
        try await sql.raw("""
            SELECT id, code, head_name FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL
            AND (category = 'alleviated' OR monitoring_category IS NOT NULL) ORDER BY code
            """).all().map { r in
            struct Columns: Decodable { var id, code: String; var headName: String? }
            let c = try r.record(Columns.self)
            return (c.id, c.code, c.headName ?? "")
        }
    }

    func visitPlans() async throws -> [VisitPlanRecord] {
        guard let scope = principal.regionScope else { return [] }
        let plans = try await sql.raw("SELECT * FROM visit_plans WHERE \(within: scope, column: "village_code") ORDER BY starts_on DESC, village_code").all()
            .map(VisitPlanRecord.init(row:))
        guard let villages = try await helperVillages() else { return plans }
        return plans.filter { villages.contains($0.villageCode) }
    }

    func visitPlan(_ id: String) async throws -> VisitPlanRecord {
        guard let p = try await sql.raw("SELECT * FROM visit_plans WHERE id = \(bind: id)").first().map(VisitPlanRecord.init(row:)),
              let scope = principal.regionScope, p.villageCode.hasPrefix(scope) else { throw AppError.notFound("走访计划") }
        if let villages = try await helperVillages(), !villages.contains(p.villageCode) { throw AppError.notFound("走访计划") }
        return p
    }

    /// A helper's world is the households assigned to them: the villages of those households (nil for other roles).
    func helperVillages() async throws -> Set<String>? {
        guard let households = principal.households else { return nil }
        guard !households.isEmpty else { return [] }
        return Set(try await sql.raw("SELECT DISTINCT village_code FROM households WHERE id IN \(SQLBind.group(Array(households)))").all()
            .map { try $0.decode(column: "village_code", as: String.self) })
    }

    struct VisitProgress: Sendable {
        struct Line: Sendable { var id, code, head: String; var visitedOn: Day?; var visitors: [String]; var bySecretary: Bool }
        var lines: [Line]
        var visited: Int { lines.filter { $0.visitedOn != nil }.count }
        var coveredBySecretaries: Int { lines.filter(\.bySecretary).count }
        /// Visits per visitor per day, for the daily-limit column.
        var busiest: [(visitor: String, day: Day, count: Int)]
    }

    func progress(_ plan: VisitPlanRecord) async throws -> VisitProgress {
        let secretaries = Set(plan.team.filter { $0.visitorRole?.mustCoverAll == true }.map(\.name))
        var records: [String: ScreeningRecordRow] = [:]
        for r in try await sql.raw("SELECT * FROM screening_records WHERE campaign_id = \(bind: plan.campaignID) AND village_code = \(bind: plan.villageCode)").all() {
            let rec = try ScreeningRecordRow(row: r)
            records[rec.householdID] = rec
        }
        // A helper sees the progress of their own households only.
        let lines = try await visitTargets(village: plan.villageCode).filter { principal.assigned($0.id) }.map { t in
            let r = records[t.id]
            return VisitProgress.Line(id: t.id, code: t.code, head: t.head, visitedOn: r?.input.visitedOn, visitors: r?.input.visitors ?? [],
                                      bySecretary: r.map { !secretaries.isDisjoint(with: $0.input.visitors) } ?? false)
        }
        var perDay: [String: (String, Day, Int)] = [:]
        for r in records.values { for v in r.input.visitors { perDay["\(v)|\(r.input.visitedOn)", default: (v, r.input.visitedOn, 0)].2 += 1 } }
        return VisitProgress(lines: lines, busiest: perDay.values.sorted { $0.2 > $1.2 }.prefix(5).map { ($0.0, $0.1, $0.2) })
    }

    // MARK: - Rectification ledger

    /// Whether the household's problem of this source reference (a rule's code) is on the ledger and not yet 销号.
    func isOnLedger(household: String, sourceRef: String) async throws -> Bool {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM rectifications WHERE household_id = \(bind: household) AND source_ref = \(bind: sourceRef) AND state = 'open'
            """).first()?.decode(column: "n", as: Int.self) ?? 0 > 0
    }

    func addRectification(_ input: RectificationInput, householdID: String?, sourceRef: String, by who: AuditLog.Actor) async throws -> String {
        var errors = input.problems(today: today)
        if regions[input.region] == nil || visibleScope(input.region) != input.region || input.region.count < 9 {
            errors.append(FieldError(field: "region", code: "scope", message: "请选择本辖区内的乡镇或村（责任所在）"))
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let id = UUID().uuidString.lowercased()
        try await db.write { db in
            let sql = try db.sql()
            try await sql.insert(into: "rectifications")
                .columns("id", "county_code", "region_code", "source", "source_ref", "household_id", "problem", "unit", "person", "measure", "due",
                         "state", "created_by", "created_on")
                .values(SQLBind(id), SQLBind(String(input.region.prefix(6))), SQLBind(input.region), SQLBind(input.source.rawValue), SQLBind(sourceRef),
                        SQLBind(householdID), SQLBind(input.problem.trimmed), SQLBind(input.unit.trimmed), SQLBind(input.person.trimmed),
                        SQLBind(input.measure.trimmed), SQLBind(input.due.description), SQLBind(RectificationState.open.rawValue),
                        SQLBind(who.username), SQLBind(today.description))
                .run()
            try await AuditLog.append(on: sql, who, action: "rectification.create", entity: "rectification", entityID: id,
                                      detail: ["source": .string(input.source.rawValue), "region": .string(input.region), "due": .string(input.due.description)])
        }
        return id
    }

    /// The ledger items in scope with the list's filters: open ones first, the nearest due first.
    func rectifications(state: String, source: String, limit: Int = 2000, offset: Int = 0) async throws -> [RectificationRecord] {
        guard let condition = rectificationCondition(state: state, source: source) else { return [] }
        return try await sql.raw("SELECT * FROM rectifications WHERE " + condition
                                 + " ORDER BY state DESC, due, created_on DESC, id LIMIT \(literal: limit) OFFSET \(literal: offset)").all()
            .map(RectificationRecord.init(row:))
    }

    /// How many ledger items the list's filters select.
    func rectificationCount(state: String, source: String) async throws -> Int {
        guard let condition = rectificationCondition(state: state, source: source) else { return 0 }
        return try await sql.raw("SELECT COUNT(*) AS n FROM rectifications WHERE " + condition).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private func rectificationCondition(state: String, source: String) -> SQLQueryString? {
        guard let scope = principal.regionScope else { return nil }
        var q = SQLQueryString("\(within: scope, column: "region_code")")
        if state == "open" || state == "closed" { q = q + " AND state = \(bind: state)" }
        if ProblemSource(rawValue: source) != nil { q = q + " AND source = \(bind: source)" }
        return q
    }

    func rectification(_ id: String) async throws -> RectificationRecord {
        guard let r = try await sql.raw("SELECT * FROM rectifications WHERE id = \(bind: id)").first().map(RectificationRecord.init(row:)),
              let scope = principal.regionScope, r.regionCode.hasPrefix(scope) else { throw AppError.notFound("整改事项") }
        return r
    }

    /// 对账销号: closed with evidence by the responsible level or one above it.
    /// Whether the data-quality finding a ledger item came from is still open (nil: the item has no finding).
    func findingOpen(_ r: RectificationRecord) async throws -> Bool? {
        guard r.source == .qualityRule, let household = r.householdID, !r.sourceRef.isEmpty else { return nil }
        let n = try await sql.raw("""
            SELECT COUNT(*) AS n FROM quality_findings WHERE household_id = \(bind: household) AND rule = \(bind: r.sourceRef) AND state = 'open'
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        return n > 0
    }

    /// 对账销号. An item that came from a data-quality finding closes only once a later rule run has closed the
    /// finding, or by the county admin with a written reason (audited as such).
    /// `files`: the photos and scans of 整改结果及佐证, checked and saved before the item is closed with them.
    func close(_ id: String, evidence: String, overrideReason: String? = nil, files: [RectificationFiles.Checked] = [], filesDirectory: String = "",
               by who: AuditLog.Actor) async throws -> RectificationRecord {
        let r = try await rectification(id)
        guard r.state == .open else { throw AppError(status: .conflict, code: "closed", message: "该事项已于\(r.closedOn?.description ?? "")销号", field: nil) }
        if let e = RectificationRules.closeProblem(evidence: evidence) { throw AppError.validation([e]) }
        let reason = overrideReason?.trimmed ?? ""
        var overridden = false
        if try await findingOpen(r) == true {
            guard principal.role == .countyAdmin, !reason.isEmpty else {
                throw AppError(status: .conflict, code: "finding_open",
                               message: "该户“\(r.sourceRef)”问题在最近一次数据质量检查中仍未消除：请改正台账数据，待县级重新运行检查、问题关闭后再销号"
                                   + (principal.role == .countyAdmin ? "；确需先行销号的，请写明理由" : "；确需先行销号的，由县级管理员写明理由"),
                               field: principal.role == .countyAdmin ? "overrideReason" : "evidence")
            }
            guard reason.count >= 6 else {
                throw AppError.validation([FieldError(field: "overrideReason", code: "too_short", message: "请写明问题未消除仍予销号的理由（不少于6个字）")])
            }
            overridden = true
        }
        let override = overridden
        let text = overridden ? evidence.trimmed + "\n（县级管理员在问题未消除时销号，理由：\(reason)）" : evidence.trimmed
        try RectificationFiles.save(files, base: filesDirectory)
        let now = who.moment
        try await db.write { db in
            let sql = try db.sql()
            try await RectificationFiles.insert(files, item: id, by: who, now: now, on: sql)
            try await sql.update("rectifications").set("state", to: SQLBind(RectificationState.closed.rawValue)).set("evidence", to: SQLBind(text))
                .set("closed_by", to: SQLBind(who.username)).set("closed_on", to: SQLBind(today.description)).where("id", .equal, SQLBind(id)).run()
            var detail: [String: JSON] = ["evidence": .string(evidence.trimmed)]
            if !files.isEmpty { detail["files"] = .array(files.map { .string($0.id) }) }
            if override { detail["override"] = .string(reason); detail["finding"] = .string(r.sourceRef) }
            try await AuditLog.append(on: sql, who, action: override ? "rectification.close.override" : "rectification.close", entity: "rectification",
                                      entityID: id, detail: detail)
        }
        return try await rectification(id)
    }
}
