@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// Yearly income statements: entered and corrected year by year, the registry's 收支情况 following the newest.
    @Suite struct IncomeTests {
        /// A household of the demo county with its three years, newest first.
        static func household(_ app: Application) async throws -> String {
            try #require(try await app.sql().raw("""
                SELECT h.id FROM households h WHERE h.dissolved_at IS NULL AND h.monitoring_category IS NULL
                AND (SELECT COUNT(*) FROM income_statements s WHERE s.household_id = h.id) = 3 ORDER BY h.code LIMIT 1
                """).first()).decode(column: "id", as: String.self)
        }

        /// Seed 002 "稳增不降" needs the years side by side: the API lists them newest first with the blocks' totals and the
        /// per-capita income divided by that year's household size; a new year becomes the registry's 收支情况.
        @Test func aNewYearIsAddedAndTheRegistryShowsTheNewest() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await Self.household(app)
                let list = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token)
                #expect(list.status == .ok)
                let items = list.json["items"] as? [[String: Any]] ?? []
                #expect(items.count == 3)
                let years = items.compactMap { $0["year"] as? Int }
                #expect(years == years.sorted(by: >) && years.first == app.clock.today.year - 1)
                // The registry's income is the newest statement's.
                let h = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json
                #expect(h["incomeYear"] as? Int == years.first)
                #expect(Self.money(h["perCapitaIncome"]) == Self.money(items.first?["perCapitaIncome"]))

                // This year, 3 people though the household has more: per capita divides by 3.
                let year = app.clock.today.year
                let body = #"{"year":\#(year),"householdSize":3,"wageMigrant":"20000","wagePublicPost":"6000","productionCrops":"3000","costCrops":"1000","transferDibao":"4200","medicalExpense":"5000"}"#
                let created = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token, json: body)
                #expect(created.status == .created, "\(created.body.string)")
                #expect(Self.money(created.json["wageIncome"]) == "26000.00" && Self.money(created.json["netIncome"]) == "32200.00")
                #expect(Self.money(created.json["perCapitaIncome"]) == "10733.33" && Self.money(created.json["rigidExpense"]) == "5000.00")
                let after = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json
                #expect(after["incomeYear"] as? Int == year && Self.money(after["wageIncome"]) == "26000.00")
                #expect(Self.money(after["perCapitaIncome"]) == "10733.33" && after["version"] as? Int == (h["version"] as? Int ?? 0) + 1)
                let history = try await app.api(.GET, "/api/v1/households/\(id)/history", token: token).json["items"] as? [[String: Any]] ?? []
                #expect(history.contains { ($0["summary"] as? String ?? "").contains("登记\(year)年度收入") })

                // The same year twice, a negative amount, next year, an unknown field: refused, named.
                let again = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token, json: body)
                #expect(again.status == .unprocessableEntity && again.errorBody?.code == "exists" && again.errorBody?.field == "year")
                let negative = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token,
                                                 json: #"{"year":\#(year - 5),"householdSize":2,"wageMigrant":"-5"}"#)
                #expect(negative.status == .unprocessableEntity && negative.errorBody?.field == "wageMigrant")
                let future = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token, json: #"{"year":\#(year + 1),"householdSize":2}"#)
                #expect(future.status == .unprocessableEntity && future.errorBody?.field == "year")
                let unknown = try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: token, json: #"{"year":\#(year - 6),"householdSize":2,"bonus":"1"}"#)
                #expect(unknown.status == .badRequest && unknown.errorBody?.field == "bonus")
                // An inspector reads but does not write.
                let inspector = try await app.token(role: .inspector, scope: "450224")
                #expect(try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: inspector).status == .ok)
                #expect(try await app.api(.POST, "/api/v1/households/\(id)/incomes", token: inspector, json: #"{"year":\#(year - 7),"householdSize":2}"#).status == .forbidden)
            }
        }

        /// A correction names the version it was read at; an older year's correction leaves the registry (the newest) as
        /// it is; the registry's income fields are not edited on the household.
        @Test func aYearIsCorrectedWithItsVersionAndTheRegistryCannotBypassIt() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await Self.household(app)
                let items = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
                let oldest = try #require(items.last), newest = try #require(items.first)
                let year = try #require(oldest["year"] as? Int), version = try #require(oldest["version"] as? Int)
                let before = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json

                let unversioned = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token, json: #"{"propertySolar":"1200"}"#)
                #expect(unversioned.status == .preconditionRequired)
                let fixed = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                              json: #"{"propertySolar":"1200","version":\#(version)}"#)
                #expect(fixed.status == .ok && fixed.json["version"] as? Int == version + 1, "\(fixed.body.string)")
                #expect(Self.money(fixed.json["propertySolar"]) == "1200.00")
                let stale = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token, json: #"{"propertySolar":"900"}"#,
                                              headers: [("If-Match", "\"\(version)\"")])
                #expect(stale.status == .conflict && stale.errorBody?.code == "version_conflict")
                #expect(stale.errorBody?.message.contains("光伏收益") == true)
                let renamed = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                                json: #"{"year":\#(year + 1),"version":\#(version + 1)}"#)
                #expect(renamed.status == .badRequest && renamed.errorBody?.field == "year")
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/1999", token: token, json: #"{"version":1}"#).status == .notFound)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/abcd", token: token, json: #"{"version":1}"#).status == .badRequest)
                // An older year: the registry still shows the newest.
                let after = try await app.api(.GET, "/api/v1/households/\(id)", token: token).json
                #expect(after["version"] as? Int == before["version"] as? Int && after["incomeYear"] as? Int == newest["year"] as? Int)

                // The registry's 收支情况 is the statements'; a request repeating it passes.
                let hv = try #require(before["version"] as? Int)
                let bypass = try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"wageIncome":"99999","version":\#(hv)}"#)
                #expect(bypass.status == .unprocessableEntity && bypass.errorBody?.code == "income_statement_only" && bypass.errorBody?.field == "wageIncome")
                let same = try await app.api(.PATCH, "/api/v1/households/\(id)", token: token,
                                             json: #"{"wageIncome":"\#(Self.money(before["wageIncome"]) ?? "")","phone":"13912345678","version":\#(hv)}"#)
                #expect(same.status == .ok, "\(same.body.string)")
            }
        }

        /// The pages: the household shows its years side by side with the chart and each block's change; a new year is
        /// entered on its form, a wrong amount is named in Chinese, and a year is corrected.
        @Test func theHouseholdPageShowsTheYearsAndTheFormsEnterAndCorrectThem() async throws {
            try await withFangpin { app in
                let id = try await Self.household(app)
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                let page = try await b.get("/households/\(id)").body.string
                #expect(page.contains(#"id="incomes""#) && page.contains(#"id="income-chart""#) && page.contains("较上年"))
                let year = app.clock.today.year
                let form = try await b.get("/households/\(id)/incomes/new").body.string
                #expect(form.contains(#"name="year""#) && form.contains(#"value="\#(year)""#) && form.contains("公益岗位工资"))
                let bad = try await b.post("/households/\(id)/incomes", ["year": String(year), "householdSize": "2", "wageMigrant": "一万"])
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("务工收入"))
                let ok = try await b.post("/households/\(id)/incomes", ["year": String(year), "householdSize": "2", "wageMigrant": "10000", "propertySolar": "800"])
                #expect(ok.status == .seeOther || ok.status == .found, "\(ok.body.string.prefix(400))")
                let shown = try await b.get("/households/\(id)").body.string
                #expect(shown.contains("\(year)年") && shown.contains("5400.00"))
                let edit = try await b.get("/households/\(id)/incomes/\(year)/edit").body.string
                #expect(edit.contains(#"name="version" value="1""#))
                let corrected = try await b.post("/households/\(id)/incomes/\(year)", ["version": "1", "householdSize": "2", "wageMigrant": "12000",
                                                                                        "propertySolar": "800"])
                #expect(corrected.status == .seeOther || corrected.status == .found)
                #expect(try await b.get("/households/\(id)").body.string.contains("6400.00"))
                let stale = try await b.post("/households/\(id)/incomes/\(year)", ["version": "1", "householdSize": "2", "wageMigrant": "1"])
                #expect(stale.status == .unprocessableEntity && stale.body.string.contains("已被"))
                // The household form shows 收支情况 read-only with the way to the statements.
                let householdForm = try await b.get("/households/\(id)/edit").body.string
                #expect(householdForm.contains(#"id="income-facts""#) && !householdForm.contains(#"name="wageIncome""#))
            }
        }

        /// The registry's one income year became each household's first statement (the upgrade of a database made before
        /// statements), with the same totals.
        @Test func theUpgradeMovesTheRegistryYearIntoAStatement() async throws {
            try await withFangpin(households: 40) { app in
                let sql = try app.sql()
                try await sql.raw("DELETE FROM income_statements").run()
                try await CreateIncomeStatements().revert(on: app.db)
                try await CreateIncomeStatements().prepare(on: app.db)
                try await AddIncomeEmployment().prepare(on: app.db) // the later step on the same table, as the upgrade runs it
                let mismatched = try await sql.raw("""
                    SELECT COUNT(*) AS n FROM households h LEFT JOIN income_statements s ON s.household_id = h.id AND s.year = h.income_year
                    WHERE h.income_year IS NOT NULL AND (s.id IS NULL OR s.wage_other <> h.wage_income OR s.net_income <> h.net_income
                          OR s.transfer_other <> h.transfer_income OR s.source <> 'registry')
                    """).first()?.decode(column: "n", as: Int.self)
                #expect(mismatched == 0)
                let moved = try await sql.raw("SELECT COUNT(*) AS n FROM income_statements").first()?.decode(column: "n", as: Int.self)
                let withIncome = try await sql.raw("SELECT COUNT(*) AS n FROM households WHERE income_year IS NOT NULL").first()?.decode(column: "n", as: Int.self)
                #expect(moved == withIncome && (moved ?? 0) > 0)
                // Each newest statement says who worked: the members the registry marks as 务工.
                let unrecorded = try await sql.raw("SELECT COUNT(*) AS n FROM income_statements WHERE employed_members IS NULL").first()?
                    .decode(column: "n", as: Int.self)
                #expect(unrecorded == 0)
                for r in try await sql.raw("SELECT household_id, employed_members FROM income_statements").all() {
                    let id = try r.decode(column: "household_id", as: String.self)
                    let listed = Set((try r.decode(column: "employed_members", as: String.self)).split(separator: ",").map(String.init))
                    let working = Set(try await sql.raw("""
                        SELECT id FROM members WHERE household_id = \(bind: id) AND removed_at IS NULL AND migrant_work = \(bind: true)
                        """).all().map { try $0.decode(column: "id", as: String.self) })
                    #expect(listed == working, "\(id)")
                }
            }
        }

        /// Seed 002's points: a household whose wages halved since last year shows 务工就业 in its 风险研判 and, after the
        /// data-quality check, in the county's list by township (page, Excel and API), filtered by point.
        @Test func aFallingIncomeIsAnIncomeRiskPointOnTheHouseholdAndInTheCountyList() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await Self.household(app)
                let items = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
                let newest = try #require(items.first), year = try #require(newest["year"] as? Int), version = try #require(newest["version"] as? Int)
                let before = try #require(items.dropFirst().first)
                let wages = Double(Self.money(before["wageMigrant"]) ?? "0") ?? 0
                // Last year's wages, and this year's at a third of them (and at least 30,000 lost).
                let lastWages = max(wages, 45000)
                let last = try #require(before["year"] as? Int), lastVersion = try #require(before["version"] as? Int)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(last)", token: token,
                                          json: #"{"wageMigrant":"\#(Int(lastWages))","version":\#(lastVersion)}"#).status == .ok)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                          json: #"{"wageMigrant":"\#(Int(lastWages / 3))","version":\#(version)}"#).status == .ok)
                let assessment = try await app.api(.GET, "/api/v1/households/\(id)/assessment", token: token).json
                let risks = assessment["incomeRisks"] as? [[String: Any]] ?? []
                #expect(risks.contains { $0["point"] as? String == "employment" && ($0["reason"] as? String ?? "").contains("务工收入") }, "\(risks)")

                let run = try await QualityStore.begin(county: "450224", by: "t", on: app.db)
                try await QualityStore.run(county: "450224", by: app.auditActor(username: "t", role: "county-admin"), runID: run,
                                           policy: app.policy, today: app.clock.today, sqliteFile: nil, on: app.db)
                let list = try await app.api(.GET, "/api/v1/income-risks?point=employment", token: token)
                #expect(list.status == .ok)
                let rows = list.json["items"] as? [[String: Any]] ?? []
                #expect(rows.contains { $0["householdId"] as? String == id && $0["label"] as? String == "务工就业" })
                #expect(rows.allSatisfy { $0["point"] as? String == "employment" })
                let township = try #require(try await app.sql().raw("SELECT township_code FROM households WHERE id = \(bind: id)").first())
                    .decode(column: "township_code", as: String.self)
                let counts = list.json["byTownship"] as? [[String: Any]] ?? []
                #expect(counts.contains { $0["township"] as? String == township && (($0["points"] as? [String: Any])?["employment"] as? Int ?? 0) >= 1 })
                #expect(try await app.api(.GET, "/api/v1/income-risks?point=luck", token: token).errorBody?.field == "point")
                // A township officer elsewhere does not see it.
                let other = try #require(try await app.sql().raw("SELECT code FROM regions WHERE level = 'township' AND code <> \(bind: township) LIMIT 1").first())
                    .decode(column: "code", as: String.self)
                let elsewhere = try await app.token(role: .townshipOfficer, scope: other)
                let theirs = try await app.api(.GET, "/api/v1/income-risks", token: elsewhere).json["items"] as? [[String: Any]] ?? []
                #expect(!theirs.contains { $0["householdId"] as? String == id })
                // The page and its Excel.
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                let page = try await b.get("/income-risks?township=\(township)&point=employment").body.string
                #expect(page.contains(#"id="income-risk-counts""#) && page.contains("务工就业") && page.contains("/households/\(id)"))
                let xlsx = try await b.get("/income-risks/export.xlsx?township=\(township)&point=employment")
                #expect(xlsx.status == .ok && xlsx.headers.contentType?.subType.contains("spreadsheet") == true)
            }
        }

        /// "去年就业而今年未就业": each year's statement records who worked (API `employedMembers`, the form's boxes); a
        /// member who worked last year and not this year is the 务工就业 point even when the wages held, named in the 风险研判.
        @Test func aMemberWhoWorkedLastYearAndNotThisYearIsThePoint() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try #require(try await app.sql().raw("""
                    SELECT h.id FROM households h WHERE h.dissolved_at IS NULL AND h.monitoring_category IS NULL
                    AND (SELECT COUNT(*) FROM income_statements s WHERE s.household_id = h.id) = 3
                    AND (SELECT COUNT(*) FROM members m WHERE m.household_id = h.id AND m.removed_at IS NULL) >= 2 ORDER BY h.code LIMIT 1
                    """).first()).decode(column: "id", as: String.self)
                let people = try await app.sql().raw("SELECT id, name FROM members WHERE household_id = \(bind: id) AND removed_at IS NULL ORDER BY id").all()
                let ids = try people.map { try $0.decode(column: "id", as: String.self) }
                let names = try people.map { try $0.decode(column: "name", as: String.self) }
                let items = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
                let newest = try #require(items.first), before = try #require(items.dropFirst().first)
                let year = try #require(newest["year"] as? Int), last = try #require(before["year"] as? Int)
                #expect(newest["employedMembers"] != nil, "every statement says who worked, or null")

                // Refused: a stranger's id, or not a list.
                let stranger = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                                 json: #"{"employedMembers":["no-such-member"],"version":\#(newest["version"] as? Int ?? 0)}"#)
                #expect(stranger.status == .unprocessableEntity && stranger.errorBody?.field == "employedMembers")
                let text = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                             json: #"{"employedMembers":"\#(ids[0])","version":\#(newest["version"] as? Int ?? 0)}"#)
                #expect(text.status == .badRequest && text.errorBody?.field == "employedMembers")

                // Both worked last year; only the first this year. The amounts are left as they are.
                let lastSaved = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(last)", token: token,
                                                  json: #"{"employedMembers":["\#(ids[0])","\#(ids[1])"],"version":\#(before["version"] as? Int ?? 0)}"#)
                #expect(lastSaved.status == .ok, "\(lastSaved.body.string.prefix(300))")
                let saved = try await app.api(.PATCH, "/api/v1/households/\(id)/incomes/\(year)", token: token,
                                              json: #"{"employedMembers":["\#(ids[0])"],"version":\#(newest["version"] as? Int ?? 0)}"#)
                #expect(saved.status == .ok && saved.json["employedMembers"] as? [String] == [ids[0]], "\(saved.body.string.prefix(300))")
                let risks = try await app.api(.GET, "/api/v1/households/\(id)/assessment", token: token).json["incomeRisks"] as? [[String: Any]] ?? []
                #expect(risks.contains { $0["point"] as? String == "employment" && $0["reason"] as? String == "\(names[1])\(last)年务工就业，\(year)年未就业" },
                        "\(risks)")

                // On the page: the names per year, the change log in names, and the form's boxes.
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                let page = try await b.get("/households/\(id)").body.string
                #expect(page.contains(#"id="income-employed""#) && page.contains("当年务工就业人员"))
                #expect(!page.contains("no-such-member") && !page.contains(ids[1] + ","), "the history names members, not ids")
                let form = try await b.get("/households/\(id)/incomes/\(year)/edit").body.string
                #expect(form.contains(#"name="employedMembers" value="\#(ids[1])""#) && form.contains(names[1]))
                // The officer ticks the second member too: nobody stopped working, the point goes.
                let current = try await app.api(.GET, "/api/v1/households/\(id)/incomes", token: token).json["items"] as? [[String: Any]] ?? []
                var fields: [String: String] = ["version": String(current.first?["version"] as? Int ?? 0), "employedShown": "1",
                                                "employedMembers": ids[0] + "," + ids[1]]
                for spec in IncomeFields.table.specs where spec.key != "year" {
                    if let v = current.first?[spec.key], !(v is NSNull) { fields[spec.key] = Self.money(v) ?? "\(v)" }
                }
                fields["householdSize"] = String(current.first?["householdSize"] as? Int ?? 1)
                let posted = try await b.post("/households/\(id)/incomes/\(year)", fields)
                #expect(posted.status == .seeOther, "\(posted.body.string.prefix(500))")
                let after = try await app.api(.GET, "/api/v1/households/\(id)/assessment", token: token).json["incomeRisks"] as? [[String: Any]] ?? []
                #expect(!after.contains { ($0["reason"] as? String ?? "").contains("未就业") })
            }
        }

        static func money(_ v: Any?) -> String? {
            switch v {
            case let d as Double: return String(format: "%.2f", d)
            case let n as NSNumber: return String(format: "%.2f", n.doubleValue)
            case let s as String: return s
            default: return nil
            }
        }
    }
}
