import App
import Domain
import Fluent
import Foundation
import SQLKit

/// The demo county's screening: this month's regular screening half done in the first township, a look-back
/// under way, a first-quarter visit plan for the demo village, and ledger items (one overdue). Deterministic.
enum DemoScreening {
    static func seed(on db: any Database, county: String, regions: RegionDirectory, today: Day, seed: UInt64) async throws {
        let sql = try db.sql()
        guard try await sql.raw("SELECT COUNT(*) AS n FROM campaigns WHERE county_code = \(bind: county)").first()?.decode(column: "n", as: Int.self) ?? 0 == 0 else { return }
        var rng = SplitMix64(seed: seed &+ 91)
        let stamp = Int64(Date().timeIntervalSince1970)
        let monthStart = Day(year: today.year, month: today.month, day: 1)!
        let monthly = UUID().uuidString.lowercased(), lookBack = UUID().uuidString.lowercased()
        let lookBackPhases = [CampaignPhase(name: "乡镇自查整改", from: monthStart, to: monthStart.adding(days: 14)),
                              CampaignPhase(name: "县级抽查督查", from: monthStart.adding(days: 15), to: monthStart.adding(months: 1).adding(days: -1))]
        let campaigns: [[any Encodable & Sendable]] = [
            [monthly, county, CampaignKind.monthly.rawValue, "\(today.year)年\(today.month)月常态化排查", county, monthStart.description,
             monthStart.adding(months: 1).adding(days: -1).description, "[]", "演示数据", stamp],
            [lookBack, county, CampaignKind.lookBack.rawValue, "\(today.year)年防返贫集中排查“回头看”", county, monthStart.description,
             monthStart.adding(months: 1).adding(days: -1).description, CampaignRecord.encode(lookBackPhases), "演示数据", stamp],
        ]
        let township = regions.townships(in: county).first?.code ?? county
        let households = try await sql.raw("""
            SELECT id, village_code FROM households WHERE township_code = \(bind: township) AND dissolved_at IS NULL ORDER BY code
            """).all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "village_code", as: String.self)) }
        let visitors = ["韦建国", "覃丽华", "蓝志强", "莫秀兰", "黄文平", "陆海英"]
        var records: [[any Encodable & Sendable]] = []
        var visitorRows: [[any Encodable & Sendable]] = []
        var perDay: [String: Int] = [:]
        let days = max(1, monthStart.days(until: today))
        for (id, village) in households where rng.int(0...99) < 55 {
            let day = monthStart.adding(days: rng.int(0...(days - 1)))
            let pair = [visitors[rng.int(0...5)], visitors[rng.int(0...5)]].reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            // Keep within the daily limit of 20 a visitor.
            guard pair.allSatisfy({ perDay["\($0)|\(day)", default: 0] < 20 }) else { continue }
            for v in pair { perDay["\(v)|\(day)", default: 0] += 1 }
            let absent = rng.int(0...9) == 0
            let changed = rng.int(0...7) == 0
            let risk = rng.int(0...29) == 0 ? RiskType.illness.rawValue : ""
            let rid = UUID().uuidString.lowercased()
            records.append([rid, monthly, county, village, id, day.description, pair.joined(separator: "、"), absent ? "absent" : "atHome",
                            absent ? AbsentSource.phone.rawValue : nil, changed, changed ? "家庭成员外出务工" : "", risk, nil as String?, "",
                            "演示数据", stamp])
            for v in pair { visitorRows.append([rid, county, v, day.description]) }
        }
        let village = county + "100201"
        let plan: [[any Encodable & Sendable]] = regions[village] == nil ? [] : [[
            UUID().uuidString.lowercased(), county, monthly, village,
            String(decoding: try JSONEncoder().encode([VisitMember(name: "韦建国", role: .firstSecretary), VisitMember(name: "覃丽华", role: .partySecretary),
                                                       VisitMember(name: "蓝志强", role: .villageCadre)]), as: UTF8.self),
            monthStart.description, monthStart.adding(months: 1).adding(days: -1).description,
            try await sql.raw("SELECT COUNT(*) AS n FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL AND (category = 'alleviated' OR monitoring_category IS NOT NULL)")
                .first()?.decode(column: "n", as: Int.self) ?? 0, 20, "演示数据", stamp]]
        let ledger: [[any Encodable & Sendable]] = [
            [UUID().uuidString.lowercased(), county, village, ProblemSource.crossCheck.rawValue, CrossCheck.latestRound(on: today), nil as String?,
             "3户家庭收入与入户核实不一致", "长安镇人民政府", "村党组织书记", "逐户核实收入并更正台账", today.adding(days: -3).description, "open",
             nil as String?, nil as String?, nil as String?, "演示数据", today.adding(days: -40).description],
            [UUID().uuidString.lowercased(), county, township, ProblemSource.unannounced.rawValue, "\(today.year)年\(today.month)月暗访", nil as String?,
             "部分监测户帮扶计划未因户施策", "乡镇防返贫工作站", "站长", "按户完善帮扶计划并补充开发式措施", today.adding(days: 20).description, "open",
             nil as String?, nil as String?, nil as String?, "演示数据", today.adding(days: -5).description],
        ]
        let (recordRows, visitRows) = (records, visitorRows)
        try await db.write { db in
            let sql = try db.sql()
            try await BulkInsert.insert(sql, "campaigns", ["id", "county_code", "kind", "name", "scope_code", "starts_on", "ends_on", "phases", "created_by", "created_at"], campaigns)
            try await BulkInsert.insert(sql, "screening_records", ["id", "campaign_id", "county_code", "village_code", "household_id", "visited_on", "visitors",
                                                                   "presence", "absent_source", "facts_changed", "changes", "risks", "case_id", "note",
                                                                   "created_by", "created_at"], recordRows)
            try await BulkInsert.insert(sql, "screening_visitors", ["record_id", "county_code", "visitor", "visited_on"], visitRows)
            try await BulkInsert.insert(sql, "visit_plans", ["id", "county_code", "campaign_id", "village_code", "team", "starts_on", "ends_on", "households",
                                                             "daily_limit", "created_by", "created_at"], plan)
            try await BulkInsert.insert(sql, "rectifications", ["id", "county_code", "region_code", "source", "source_ref", "household_id", "problem", "unit",
                                                                "person", "measure", "due", "state", "evidence", "closed_by", "closed_on", "created_by", "created_on"], ledger)
        }
    }
}
