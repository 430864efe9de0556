@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting
import XLSX

extension AllTests {
    /// Issue (civil-affairs data): "A roster updates members' statuses and dates (a status sync, not a warning per row);
    /// only the rows that meet a warning rule raise a clue. Members are marked with their status and dates; households
    /// in one system but not the other are listed for the township (排查比对 …), and the layered category of the 2026
    /// regime is computed from these facts."
    @Suite struct CivilAffairsTests {
        static let header = "身份证号码,姓名,救助类别,起始日期,终止日期"

        struct Person { var idNumber, name, householdID, memberID: String }

        /// Heads of ordinary households, not monitored, without 低保 or 特困 in the registry.
        static func people(_ app: Application, _ n: Int) async throws -> [Person] {
            try await app.sql().raw("""
                SELECT m.id_number, m.name, m.household_id, m.id FROM members m JOIN households h ON h.id = m.household_id
                WHERE m.removed_at IS NULL AND m.relation = 'head' AND h.dissolved_at IS NULL AND h.monitoring_category IS NULL
                AND h.category = 'ordinary' AND (m.dibao IS NULL OR m.dibao = 'none') AND (m.tekun IS NULL OR m.tekun = 'none')
                AND NOT EXISTS (SELECT 1 FROM members o WHERE o.household_id = h.id AND o.removed_at IS NULL AND (o.dibao IN ('rural', 'urban') OR o.tekun IN ('rural', 'urban')))
                ORDER BY h.code LIMIT \(unsafeRaw: String(n))
                """).all().map { Person(idNumber: try $0.decode(column: "id_number", as: String.self), name: try $0.decode(column: "name", as: String.self),
                                        householdID: try $0.decode(column: "household_id", as: String.self), memberID: try $0.decode(column: "id", as: String.self)) }
        }

        static func dibao(_ app: Application, _ memberID: String) async throws -> String? {
            try await app.sql().raw("SELECT dibao FROM members WHERE id = \(bind: memberID)").first()?.decode(column: "dibao", as: String?.self)
        }

        @Test func aRosterSyncsStatusesAndWarnsOnlyOnChanges() async throws {
            try await withFangpin { app in
                let f = try await ImportFixture.make(app, department: "mzj")
                let p = try await Self.people(app, 4)
                try #require(p.count == 4)
                let today = app.clock.today
                let old = today.adding(days: -2_000), recent = today.adding(days: -40)
                let csv = [Self.header,
                           "\(p[0].idNumber),\(p[0].name),低保,\(old),",              // long known: synced, no warning
                           "\(p[1].idNumber),\(p[1].name),低保,\(recent),",           // new 低保: warned
                           "\(p[2].idNumber),\(p[2].name),特困（分散供养）,\(old),",  // 特困 分散: synced
                           "\(p[3].idNumber),\(p[3].name),低保边缘,\(recent),",       // new 低保边缘: warned
                           "\(p[3].idNumber),\(p[3].name),低保,2026-13-01,"].joined(separator: "\n") + "\n"
                let r = try await f.upload(Data(csv.utf8), listType: CivilRoster.listType)
                #expect(r.status == .created, "\(r.body.string.prefix(400))")
                #expect(f.statuses(r) == ["2:matched", "3:warned", "4:matched", "5:warned", "6:invalid"])
                #expect(r.json["warnings"] as? Int == 2 && r.json["membersUpdated"] as? Int == 3, "\(r.json)")
                let reasons = (r.json["rows"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
                #expect(reasons.contains("已同步救助状态：\(p[0].name) 低保（\(old)起）") && reasons.contains { $0.contains("新纳入低保") })
                // The members carry the status: 享受低保 / 享受特困供养 set, as a version in their history.
                let dibao0 = try await Self.dibao(app, p[0].memberID), dibao1 = try await Self.dibao(app, p[1].memberID)
                #expect(dibao0 == "rural" && dibao1 == "rural")
                let tekun = try await app.sql().raw("SELECT tekun FROM members WHERE id = \(bind: p[2].memberID)").first()?.decode(column: "tekun", as: String?.self)
                #expect(tekun == "rural")
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let history = try await app.api(.GET, "/api/v1/households/\(p[0].householdID)/history", token: admin).json["items"] as? [[String: Any]] ?? []
                #expect(history.contains { ($0["summary"] as? String ?? "").hasPrefix("民政救助状态同步") }, "\(history.prefix(2))")
                // 风险研判: statuses with dates, the layer, and key group ③ knowing 分散供养 from the roster.
                let a0 = try await app.api(.GET, "/api/v1/households/\(p[0].householdID)/assessment", token: admin).json
                #expect((a0["layer"] as? [String: Any])?["layer"] as? String == "relief")
                #expect((a0["civilStatuses"] as? [[String: Any]])?.first?["start"] as? String == old.description)
                let groups0 = (a0["keyGroups"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
                #expect(groups0.contains { $0.contains("自\(old)起享受低保") && !$0.contains("新纳入") }, "\(groups0)")
                let groups1 = (try await app.api(.GET, "/api/v1/households/\(p[1].householdID)/assessment", token: admin).json["keyGroups"] as? [[String: Any]] ?? [])
                    .compactMap { $0["reason"] as? String }
                #expect(groups1.contains { $0.contains("近2年新纳入") }, "\(groups1)")
                let a2 = try await app.api(.GET, "/api/v1/households/\(p[2].householdID)/assessment", token: admin).json
                #expect((a2["layer"] as? [String: Any])?["layer"] as? String == "keyRelief")
                #expect((a2["keyGroups"] as? [[String: Any]] ?? []).contains { ($0["reason"] as? String ?? "").contains("分散供养特困人员") })

                // 排查比对: the three 低保/特困 households neither monitored nor 脱贫户, the 低保边缘 one not monitored.
                let township = try await Self.township(app, p[0].householdID)
                let township2 = try await Self.township(app, p[3].householdID)
                let cmp = try await app.api(.GET, "/api/v1/civil-affairs/comparison?township=\(township)", token: admin).json
                let listed = (cmp["items"] as? [[String: Any]] ?? []).compactMap { $0["householdId"] as? String }
                #expect(listed.contains(p[0].householdID))
                let marginal = try await app.api(.GET, "/api/v1/civil-affairs/comparison?township=\(township2)&kind=marginalNotMonitored", token: admin).json
                #expect((marginal["items"] as? [[String: Any]] ?? []).contains { $0["householdId"] as? String == p[3].householdID })
                #expect(try await app.api(.GET, "/api/v1/civil-affairs/comparison?kind=x", token: admin).status == .badRequest)

                // Next month: the same rows again change nothing; an ended 低保 is a change: warned, and the member's 低保 off.
                let again = try await f.upload(Data((csv.split(separator: "\n").prefix(3).joined(separator: "\n") + "\n").utf8), listType: CivilRoster.listType,
                                               filename: "again.csv")
                #expect(f.statuses(again) == ["2:repeat", "3:repeat"])
                let end = today.adding(days: -3)
                let ended = try await f.upload(Data("\(Self.header)\n\(p[0].idNumber),\(p[0].name),低保,\(old),\(end)\n".utf8), listType: CivilRoster.listType,
                                               filename: "ended.csv")
                #expect(f.statuses(ended) == ["2:warned"] && ended.json["membersUpdated"] as? Int == 1, "\(ended.json)")
                #expect(try await Self.dibao(app, p[0].memberID) == "none")
                let after = try await app.api(.GET, "/api/v1/households/\(p[0].householdID)/assessment", token: admin).json
                #expect((after["civilStatuses"] as? [[String: Any]])?.first?["current"] as? Bool == false)
                #expect(after["layer"] is NSNull || (after["layer"] as? [String: Any])?["layer"] as? String != "relief")
            }
        }

        /// A monitored household whose 低保 ended is listed for the township; the page and its Excel say the same.
        @Test func aMonitoredHouseholdWhoseDibaoEndedIsListed() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let hid = try await w.household()
                _ = try await w.enrol(hid)
                let head = try #require(try await app.sql().raw("""
                    SELECT id_number, name FROM members WHERE household_id = \(bind: hid) AND relation = 'head' AND removed_at IS NULL
                    """).first())
                let f = try await ImportFixture.make(app, department: "mzj")
                let today = app.clock.today
                let csv = "\(Self.header)\n\(try head.decode(column: "id_number", as: String.self)),\(try head.decode(column: "name", as: String.self)),低保,\(today.adding(days: -900)),\(today.adding(days: -10))\n"
                let r = try await f.upload(Data(csv.utf8), listType: CivilRoster.listType)
                #expect(r.status == .created && f.statuses(r) == ["2:warned"], "\(r.body.string.prefix(300))")
                // The monitored household's case gets the warning as a new risk, not a second clue.
                #expect(r.json["newRisks"] as? Int == 1 && r.json["newClues"] as? Int == 0)
                let cmp = try await app.api(.GET, "/api/v1/civil-affairs/comparison?kind=dibaoEndedWhileMonitored", token: w.townshipToken).json
                #expect((cmp["items"] as? [[String: Any]] ?? []).map { $0["householdId"] as? String } == [hid], "\(cmp)")
                #expect((cmp["counts"] as? [String: Any])?["dibaoEndedWhileMonitored"] as? Int == 1)
                try await app.makeUser("town", role: .townshipOfficer, scope: String(w.village.prefix(9)))
                var town = try await Browser.login(app, username: "town")
                let page = try await town.get("/civil-affairs?kind=dibaoEndedWhileMonitored")
                #expect(page.status == .ok && page.body.string.contains("监测户的低保或特困已终止") && page.body.string.contains("共1户"))
                let xlsx = try await town.get("/civil-affairs/export.xlsx?kind=dibaoEndedWhileMonitored")
                let sheet = try XLSXReader.read(Data(buffer: xlsx.body)).first?.rows ?? []
                #expect(xlsx.status == .ok && sheet.contains { $0.contains("监测户的低保或特困已终止") }, "\(sheet.prefix(5))")
                // A village officer of another village sees none of it.
                let other = try await app.busyVillage(min: 1, excluding: w.village)
                let stranger = try await app.token(role: .villageOfficer, scope: other)
                let theirs = try await app.api(.GET, "/api/v1/civil-affairs/comparison", token: stranger).json
                #expect(!(theirs["items"] as? [[String: Any]] ?? []).contains { $0["householdId"] as? String == hid })
            }
        }

        static func township(_ app: Application, _ householdID: String) async throws -> String {
            try #require(try await app.sql().raw("SELECT township_code FROM households WHERE id = \(bind: householdID)").first()).decode(column: "township_code", as: String.self)
        }
    }
}
