@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// 帮扶走访: helpers record their visits to the households they assist; a village officer records one for a helper
    /// without an account (代录); the household page, 一户一册, the per-helper summary and the inbox show them.
    @Suite struct VisitTests {
        static let photo = Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(repeating: 0x42, count: 2048)

        @Test func aHelperRecordsAVisitWithAPhotoFromThePage() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let mine = try await w.household(), other = try await w.household(excluding: [mine])
                _ = try await w.enrol(mine)
                try await app.makeUser("helper1", role: .helper, scope: w.village, helping: [mine])
                var b = try await Browser.login(app, username: "helper1")
                let form = try await b.get("/households/\(mine)/visits/new")
                #expect(form.status == .ok && form.body.string.contains(#"id="visit-form""#))
                #expect(!form.body.string.contains(#"name="helperId""#), "a helper records their own visits")
                let today = app.clock.today.description
                let res = try await b.upload("/households/\(mine)/visits", fields: [
                    "visitedOn": today, "met": "户主本人", "income": "务工收入稳定", "risks": "无新风险", "needs": "希望参加技能培训",
                    "done": "宣传了雨露计划和技能培训政策", "nextStep": "下月联系培训报名",
                ], file: Self.photo, filename: "走访.jpg", fileField: "files[]")
                #expect(res.status == .seeOther, "\(res.status) \(res.body.string.prefix(400))")
                let page = try await b.get("/households/\(mine)").body.string
                #expect(page.contains("宣传了雨露计划和技能培训政策") && page.contains("/visits/") && page.contains("/files/"))
                let photoPath = try #require(page.components(separatedBy: #"href=""#).first { $0.hasPrefix("/households/\(mine)/visits/") && $0.contains("/files/") })
                let photo = try await b.get(String(photoPath.prefix { $0 != "\"" }))
                #expect(photo.status == .ok && Data(buffer: photo.body) == Self.photo)
                #expect(try await b.get("/households/\(mine)/plan").body.string.contains("帮扶走访记录"))

                // Not one of the helper's households; a date in the future; a file that is no photo.
                #expect(try await b.get("/households/\(other)/visits/new").status == .notFound)
                _ = try await b.get("/households/\(mine)/visits/new")
                let future = try await b.upload("/households/\(mine)/visits", fields: [
                    "visitedOn": app.clock.today.adding(days: 3).description, "met": "户主", "done": "走访",
                ], file: Data("not a photo".utf8), filename: "x.jpg", fileField: "files[]")
                #expect(future.status == .unprocessableEntity && future.body.string.contains("不是JPG、PNG照片或PDF扫描件"))
                let late = try await b.upload("/households/\(mine)/visits", fields: [
                    "visitedOn": app.clock.today.adding(days: 3).description, "met": "户主", "done": "走访",
                ], file: Self.photo, filename: "x.jpg", fileField: "files[]")
                #expect(late.status == .unprocessableEntity && late.body.string.contains("走访日期不能晚于今天"))
                #expect(late.body.string.contains("value=\"户主\""), "what was typed stays in the form")
                let count = try await app.sql().raw("SELECT COUNT(*) AS n FROM helper_visits").first()!.decode(column: "n", as: Int.self)
                #expect(count == 1)
            }
        }

        @Test func aVillageOfficerRecordsForAHelperAndTheSummaryCountsIt() async throws {
            try await withFangpin { app in
                let w = try await Workflow.make(app)
                let a = try await w.household(), b = try await w.household(excluding: [a])
                _ = try await w.enrol(a)
                _ = try await w.enrol(b)
                let county = String(w.village.prefix(6))
                let helperID = try await app.registerHelper("李帮扶", county: county, households: [a, b])

                // The API: the village officer names the helper; without one, or with another helper, it is refused.
                let body = #"{"visitedOn":"\#(app.clock.today)","met":"户主","done":"了解收入情况","helperId":"\#(helperID)"}"#
                let made = try await app.api(.POST, "/api/v1/households/\(a)/visits", token: w.villageToken, json: body)
                #expect(made.status == .created, "\(made.body.string)")
                #expect(made.json["onBehalf"] as? Bool == true && made.json["helperName"] as? String == "李帮扶")
                let noHelper = try await app.api(.POST, "/api/v1/households/\(a)/visits", token: w.villageToken,
                                                 json: #"{"visitedOn":"\#(app.clock.today)","met":"户主","done":"走访"}"#)
                #expect(noHelper.status == .unprocessableEntity && noHelper.errorBody?.field == "helperId")
                let unknown = try await app.api(.POST, "/api/v1/households/\(a)/visits", token: w.villageToken,
                                                json: #"{"visitedOn":"\#(app.clock.today)","met":"户主","done":"走访","mood":"好"}"#)
                #expect(unknown.status == .badRequest && unknown.errorBody?.field == "mood")
                let list = try await app.api(.GET, "/api/v1/households/\(a)/visits", token: w.townshipToken)
                let items = list.json["items"] as? [[String: Any]] ?? []
                #expect(items.count == 1 && items.first?["done"] as? String == "了解收入情况")

                // The household page marks it 代录; the summary counts it this month and lists b as not visited.
                try await app.makeUser("town", role: .townshipOfficer, scope: String(w.village.prefix(9)))
                var town = try await Browser.login(app, username: "town")
                #expect(try await town.get("/households/\(a)").body.string.contains("代录"))
                let summary = try await town.get("/helper-visits").body.string
                #expect(summary.contains("李帮扶"))
                let unvisited = summary.components(separatedBy: #"id="unvisited-list""#).last ?? ""
                #expect(unvisited.contains("/households/\(b)") && !unvisited.contains("/households/\(a)\""))
                #expect(try await town.get("/helper-visits?year=abc").status == .badRequest)

                // Near the quarter's end the village officer's inbox names b, not a.
                let quarterEnd = HelperVisit.quarter(of: app.clock.today).to
                app.clock.travel(to: quarterEnd.adding(days: -3))
                let inbox = try await app.api(.GET, "/api/v1/inbox", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
                let visits = inbox.filter { $0["kind"] as? String == "visit" }
                #expect(visits.compactMap { $0["householdId"] as? String } == [b])
                #expect((visits.first?["task"] as? String)?.contains("本季度尚未走访") == true)
                #expect(visits.first?["link"] as? String == "/households/\(b)/visits/new")
                // Earlier in the quarter it is not yet there.
                app.clock.travel(to: HelperVisit.quarter(of: app.clock.today).from.adding(days: 1))
                let early = try await app.api(.GET, "/api/v1/inbox", token: w.villageToken).json["items"] as? [[String: Any]] ?? []
                #expect(!early.contains { $0["kind"] as? String == "visit" })
                app.clock.reset()
            }
        }

        @Test func quartersAndDates() {
            let q = HelperVisit.quarter(of: Day(year: 2026, month: 11, day: 30)!)
            #expect(q.from == Day(year: 2026, month: 10, day: 1)! && q.to == Day(year: 2026, month: 12, day: 31)! && q.number == 4)
            let first = HelperVisit.quarter(of: Day(year: 2026, month: 2, day: 28)!)
            #expect(first.from == Day(year: 2026, month: 1, day: 1)! && first.to == Day(year: 2026, month: 3, day: 31)! && first.number == 1)
            let today = Day(year: 2026, month: 11, day: 30)!
            #expect(HelperVisit.dateProblem(today, today: today) == nil)
            #expect(HelperVisit.dateProblem(today.adding(days: 1), today: today) != nil)
            #expect(HelperVisit.dateProblem(today.adding(days: -HelperVisit.maxAgeDays - 1), today: today) != nil)
        }
    }
}
