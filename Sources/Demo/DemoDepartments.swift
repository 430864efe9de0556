import App
import Domain
import Fluent
import Foundation
import SQLKit
import Vapor

/// The demo county's department lists: a flood in the first township, an animal epidemic and a fall in cattle prices
/// in the second, and people back from migrant work in a relocation site — enough households for the dashboard's
/// large-scale risk indicators to light up. Imported through the real import path (warnings, clues, audit).
package enum DemoDepartments {
    package static func seed(on db: any Database, county: String, regions: RegionDirectory, warnings: WarningSettings, policy: PolicyStore, calendar: WorkingCalendar,
                     today: Day, now: Date, auditKey: SymmetricKey?) async throws {
        let sql = try db.sql()
        guard try await sql.raw("SELECT COUNT(*) AS n FROM imports WHERE county_code = \(bind: county)").first()?.decode(column: "n", as: Int.self) ?? 0 == 0
        else { return }
        let townships = regions.townships(in: county).map(\.code)
        guard townships.count >= 2 else { return }
        let site = regions.villages(in: county).first { $0.flags.relocationSite }?.code
        func heads(_ scope: String, skip: Int, _ n: Int) async throws -> [(id: String, name: String)] {
            try await sql.raw("""
                SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
                WHERE \(within: scope, column: "h.village_code") AND h.dissolved_at IS NULL AND m.removed_at IS NULL AND m.relation = 'head'
                ORDER BY h.code LIMIT \(unsafeRaw: String(n)) OFFSET \(unsafeRaw: String(skip))
                """).all().map { (try $0.decode(column: "id_number", as: String.self), try $0.decode(column: "name", as: String.self)) }
        }
        let flood = try await heads(townships[0], skip: 0, 14).enumerated().map { i, p in
            "\(p.id),\(p.name),洪涝,\(today.adding(days: -20)),\(6_000 + 700 * i).00"
        }
        let epidemic = try await heads(townships[1], skip: 0, 4).map { p in "\(p.id),\(p.name),疫情,\(today.adding(days: -35)),5200.00" }
        let cattle = try await heads(townships[1], skip: 4, 13).enumerated().map { i, p in
            "\(p.id),\(p.name),肉牛养殖合作社,\(18_000 + 500 * i).00,\(today.adding(days: -25)),\(i < 10 ? ScaleRisk.priceFallCause : ScaleRisk.epidemicCause)"
        }
        var back: [(id: String, name: String)] = []
        if let site { back = try await heads(site, skip: 0, 11) }
        // Civil affairs' status roster: every 低保 and 特困 member of the registry with the household's start date (a
        // share of them new), 特困 mostly 分散供养; three monitored households whose 低保 ended last month; in the first
        // township (the demo township officer's), a few households 低保边缘.
        struct Assisted: Decodable { var idNumber, name, householdId: String; var tekun: String? }
        let assisted = try await sql.raw("""
            SELECT m.id_number, m.name, m.household_id, m.tekun FROM members m JOIN households h ON h.id = m.household_id
            WHERE \(within: county, column: "h.village_code") AND h.dissolved_at IS NULL AND m.removed_at IS NULL
            AND (m.dibao IN ('rural', 'urban') OR m.tekun IN ('rural', 'urban')) ORDER BY h.code, m.id_number
            """).all().map { try $0.record(Assisted.self) }
        var roster: [String] = []
        var households: [String: Int] = [:]
        for (i, m) in assisted.enumerated() {
            let n = households[m.householdId] ?? households.count
            households[m.householdId] = n
            let start = today.adding(days: -(120 + (n * 137) % 2_500))
            let status: CivilStatus = m.tekun.map({ $0 != "none" }) == true ? (i % 5 == 0 ? .tekunCentral : .tekunDispersed) : .dibao
            roster.append("\(m.idNumber),\(m.name),\(status.label),\(start),")
        }
        let monitored = try await sql.raw("""
            SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
            WHERE \(within: county, column: "h.village_code") AND h.dissolved_at IS NULL AND h.monitoring_category IS NOT NULL
            AND h.eliminated_on IS NULL AND m.removed_at IS NULL AND m.relation = 'head' ORDER BY h.code LIMIT 3
            """).all().map { (try $0.decode(column: "id_number", as: String.self), try $0.decode(column: "name", as: String.self)) }
        roster += monitored.map { "\($0.0),\($0.1),\(CivilStatus.dibao.label),\(today.adding(days: -500)),\(today.adding(days: -30))" }
        roster += try await heads(townships[0], skip: 20, 4).map { "\($0.id),\($0.name),\(CivilStatus.dibaoMarginal.label),\(today.adding(days: -60))," }
        let lists: [(String, String, [String])] = [
            ("emergency.disaster", "身份证号码,姓名,灾害类型,受灾日期,损失金额（元）", flood + epidemic),
            ("agri.industry", "身份证号码,姓名,项目名称,损失金额（元）,发生日期,原因", cattle),
            ("hr.unemployment", "身份证号码,姓名,类别,登记日期", back.map { "\($0.id),\($0.name),务工返乡,\(today.adding(days: -15))" }),
            (CivilRoster.listType, "身份证号码,姓名,救助类别,起始日期,终止日期", roster),
        ]
        let store = ImportStore(db: db, principal: Principal(username: "演示数据", role: .countyAdmin, scope: county), county: county,
                                now: now, auditKey: auditKey, settings: warnings, policy: policy, calendar: calendar)
        for (type, header, rows) in lists where !rows.isEmpty {
            let prepared = try store.prepare(data: Data(([header] + rows).joined(separator: "\n").utf8), filename: "演示-\(type).csv", listType: type)
            try await store.apply(prepared, importID: try await store.begin(prepared))
        }
    }
}
