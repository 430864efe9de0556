@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    @Suite struct PolicyPageTests {
        /// Every settings field with its current value, as the page's form would post it.
        func settingsForm(_ app: Application, version: Int, changes: [String: String] = [:]) -> [String: String] {
            let current = app.policy.current
            var form: [String: String] = ["version": String(version)]
            for f in PolicyForm.fields { form[f.key] = f.value(current.settings) }
            for r in current.rules { form["rule." + r.key] = String(PolicyForm.ruleValue(r)) }
            for (k, v) in changes { form[k] = v }
            return form
        }

        @Test func thresholdsDriveTheHouseholdAssessment() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                let id = try await app.householdIDs(in: village)[0]

                // No line for Guangxi yet: the assessment says so instead of guessing.
                let before = try await app.api(.GET, "/api/v1/households/\(id)/assessment?date=2026-06-01", token: token)
                #expect(before.status == .ok)
                #expect(before.json["decision"] is NSNull)
                #expect((before.json["error"] as? String)?.contains("尚无生效的监测范围") == true)

                var admin = try await Browser.login(app, username: "county")
                let page = try await admin.get("/policy")
                #expect(page.status == .ok && page.body.string.contains("threshold-form"))
                let bad = try await admin.post("/policy/thresholds", ["effectiveFrom": "2026-02-30", "perCapita": "-5", "basis": ""])
                #expect(bad.status == .unprocessableEntity)
                for message in ["请填写有效的起始日期", "请填写大于0的金额", "请填写依据的文件名称或文号"] { #expect(bad.body.string.contains(message)) }
                let ok = try await admin.post("/policy/thresholds", ["effectiveFrom": "2026-01-01", "perCapita": "8000", "basis": "桂乡振发〔2026〕1号"])
                #expect(ok.status == .seeOther)
                let dup = try await admin.post("/policy/thresholds", ["effectiveFrom": "2026-01-01", "perCapita": "8100", "basis": "重复"])
                #expect(dup.status == .unprocessableEntity && dup.body.string.contains("已有一条监测范围"))

                // A household earning 1,000 yuan a year is within the range and identified, with reasons.
                try await Workflow.setIncome(app, household: id, token: token, wages: 1000)
                let after = try await app.api(.GET, "/api/v1/households/\(id)/assessment?date=2026-06-01", token: token)
                #expect(after.json["decision"] as? String == "identify")
                #expect(after.json["withinRange"] as? Bool == true)
                #expect(((after.json["threshold"] as? [String: Any])?["basis"] as? String) == "桂乡振发〔2026〕1号")
                #expect((after.json["reasons"] as? [String])?.first?.contains("低于2026年\(Province.name("45"))监测范围8000元") == true)
                #expect((after.json["keyGroups"] as? [[String: Any]])?.contains { $0["group"] as? String == "lowIncome" } == true)
                // Before the line began, still no answer; a bad date is a 400.
                #expect(try await app.api(.GET, "/api/v1/households/\(id)/assessment?date=2025-12-31", token: token).json["decision"] is NSNull)
                #expect(try await app.api(.GET, "/api/v1/households/\(id)/assessment?date=soon", token: token).errorBody?.field == "date")
                // The household page shows the same verdict.
                let show = try await admin.get("/households/\(id)")
                #expect(show.body.string.contains("风险研判") && show.body.string.contains("符合识别条件"))
            }
        }

        /// A line entered with its validity stops at its end: the policy page and the county admin's inbox say it ran
        /// out and name it by its own year; assessments after it have no line rather than last year's.
        @Test func aThresholdPastItsValidityWarnsTheCountyAdmin() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let end = Clock.today.adding(days: -1)
                let bad = try await app.api(.POST, "/api/v1/policy/thresholds", token: admin,
                                            json: #"{"effectiveFrom":"2025-01-01","perCapita":7500,"basis":"桂乡振发〔2025〕1号","validTo":"2024-12-31"}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "validTo")
                let added = try await app.api(.POST, "/api/v1/policy/thresholds", token: admin,
                                              json: #"{"effectiveFrom":"2025-01-01","perCapita":7500,"basis":"桂乡振发〔2025〕1号","validTo":"\#(end)"}"#)
                #expect(added.status == .created && added.json["label"] as? String == "2025年\(Province.name("45"))监测范围7500元")
                let listed = try await app.api(.GET, "/api/v1/policy/thresholds", token: admin).json
                #expect(listed["inForce"] is NSNull && (listed["expired"] as? [String: Any])?["validTo"] as? String == end.description)
                let inbox = try await app.api(.GET, "/api/v1/inbox", token: admin).json["items"] as? [[String: Any]] ?? []
                let item = try #require(inbox.first { $0["title"] as? String == "监测范围已过有效期" })
                #expect(item["link"] as? String == "/policy" && (item["task"] as? String)?.contains("2025年") == true)
                let town = try await app.token(role: .townshipOfficer, scope: String(try await app.busyVillage().prefix(9)))
                let townInbox = try await app.api(.GET, "/api/v1/inbox", token: town).json["items"] as? [[String: Any]] ?? []
                #expect(!townInbox.contains { $0["title"] as? String == "监测范围已过有效期" })
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                let page = try await browser.get("/policy")
                #expect(page.body.string.contains(#"id="threshold-expired""#) && page.body.string.contains("已过有效期"))
                // An assessment today has no line to use.
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let assessed = try await app.api(.GET, "/api/v1/households/\(id)/assessment", token: admin)
                #expect(assessed.json["decision"] is NSNull, "\(assessed.body.string.prefix(300))")
            }
        }

        @Test func settingsAreVersionedCheckedAndGuardedAgainstStaleSaves() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                try await app.makeUser("town", role: .townshipOfficer, scope: "450224100")
                var admin = try await Browser.login(app, username: "county")
                _ = try await admin.get("/policy")
                #expect(app.policy.current.number == 0 && app.policy.current.settings == PolicySettings())

                let bad = try await admin.post("/policy", settingsForm(app, version: 0, changes: ["lowIncomePercent": "abc", "rule.screening.handle": "0"]))
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("应为100至300之间的整数"))
                #expect(bad.body.string.contains("排查处理应为1至90之间的整数"))
                #expect(app.policy.current.number == 0)

                let ok = try await admin.post("/policy", settingsForm(app, version: 0, changes: [
                    "ruralAveragePerCapita": "21000.50", "rule.screening.handle": "7", "addClaimsIncome": "", "note": "按2026年统计公报"]))
                #expect(ok.status == .seeOther)
                let v1 = app.policy.current
                #expect(v1.number == 1 && v1.settings.ruralAveragePerCapita == Fixed2("21000.50")! && !v1.settings.addClaimsIncome)
                #expect(v1.rules.first { $0.key == "screening.handle" }?.count == .days(7))
                // The procedure's limits are not among the county's settings: the regimes hold them.
                #expect(!v1.rules.contains { $0.key == "clue.response" || $0.key == "enrolment.helper" })
                let page = try await admin.get("/policy")
                #expect(page.body.string.contains("第1版") && page.body.string.contains("按2026年统计公报"))
                // Both policy periods' reference data are shown with their validity.
                for text in ["政策时期与参考数据", "巩固拓展脱贫攻坚成果过渡期（2021–2025）", "2021-01-01 至 2025-12-31", "公益岗位帮扶", "开发式"] {
                    #expect(page.body.string.contains(text), "\(text)")
                }

                // Someone else's form, opened at version 0, cannot overwrite version 1.
                let stale = try await admin.post("/policy", settingsForm(app, version: 0, changes: ["manyChildren": "4"]))
                #expect(stale.status == .conflict)
                #expect(stale.body.string.contains("已被他人修改为第1版"))
                #expect(app.policy.current.settings.manyChildren == 3)

                // The settings survive a restart.
                let fresh = PolicyStore()
                try await fresh.reload(on: app.db)
                #expect(fresh.current.number == 1 && fresh.current.settings == v1.settings)

                var town = try await Browser.login(app, username: "town")
                let view = try await town.get("/policy")
                #expect(view.status == .ok && !view.body.string.contains("保存为第"))
                #expect(try await town.post("/policy", settingsForm(app, version: 1)).status == .forbidden)
                #expect(try await town.post("/policy/thresholds", ["effectiveFrom": "2026-01-01", "perCapita": "1", "basis": "x"]).status == .forbidden)
            }
        }

        /// The same policy over the API: read, change a number and a deadline (new version), stale and bad changes refused.
        @Test func thePolicyIsReadAndChangedOverTheAPI() async throws {
            try await withFangpin(households: 0) { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let town = try await app.token(role: .townshipOfficer, scope: "450224100")
                let policy = try await app.api(.GET, "/api/v1/policy", token: town)
                #expect(policy.status == .ok)
                let v0 = policy.json["version"] as? Int ?? -1
                let settings = policy.json["settings"] as? [[String: Any]] ?? []
                #expect(settings.first { $0["key"] as? String == "manyChildren" }?["value"] as? String == "3")
                let deadlines = policy.json["deadlines"] as? [[String: Any]] ?? []
                #expect(deadlines.first { $0["key"] as? String == "screening.assist" }?["value"] as? Int == 30)

                #expect(try await app.api(.PATCH, "/api/v1/policy", token: town, json: #"{"version":\#(v0),"settings":{"manyChildren":4}}"#).status == .forbidden)
                // The notice and the procedure's deadlines belong to the regime: the settings say where to change them.
                let moved = try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"version":\#(v0),"settings":{"noticeDays":7}}"#)
                #expect(moved.status == .badRequest && moved.errorBody?.code == "regime_owned" && moved.errorBody?.field == "settings.noticeDays")
                let saved = try await app.api(.PATCH, "/api/v1/policy", token: admin,
                                              json: #"{"version":\#(v0),"note":"多子女改为4个","settings":{"manyChildren":4},"deadlines":{"screening.assist":25}}"#)
                #expect(saved.status == .ok && saved.json["version"] as? Int == v0 + 1, "\(saved.body.string)")
                #expect(app.policy.current.settings.manyChildren == 4 && app.policy.current.rules.first { $0.key == "screening.assist" }?.count == .days(25))
                #expect(app.policy.current.settings.eliminationMinMonths == PolicySettings().eliminationMinMonths, "keys not sent keep their value")

                let stale = try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"version":\#(v0),"settings":{"manyChildren":5}}"#)
                #expect(stale.status == .conflict && stale.errorBody?.code == "version_conflict")
                let bad = try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"version":\#(v0 + 1),"settings":{"manyChildren":99}}"#)
                #expect(bad.status == .unprocessableEntity && bad.errorBody?.field == "settings.manyChildren")
                let unknown = try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"version":\#(v0 + 1),"deadlines":{"nope":3}}"#)
                #expect(unknown.status == .badRequest && unknown.errorBody?.field == "deadlines.nope")
                let unversioned = try await app.api(.PATCH, "/api/v1/policy", token: admin, json: #"{"settings":{}}"#)
                #expect(unversioned.status == .preconditionRequired && unversioned.errorBody?.code == "version_required" && unversioned.errorBody?.field == "version")
                #expect(app.policy.current.settings.manyChildren == 4)
                let versions = try await app.api(.GET, "/api/v1/policy/versions", token: town).json["items"] as? [[String: Any]]
                #expect(versions?.first?["note"] as? String == "多子女改为4个")

                let added = try await app.api(.POST, "/api/v1/policy/thresholds", token: admin,
                                              json: #"{"effectiveFrom":"2026-01-01","perCapita":8000.5,"basis":"桂乡振发〔2026〕1号"}"#)
                #expect(added.status == .created && added.json["province"] as? String == "45")
                let dup = try await app.api(.POST, "/api/v1/policy/thresholds", token: admin, json: #"{"effectiveFrom":"2026-01-01","perCapita":8100,"basis":"x"}"#)
                #expect(dup.status == .conflict)
                let invalid = try await app.api(.POST, "/api/v1/policy/thresholds", token: admin, json: #"{"effectiveFrom":"2026-02-30","perCapita":-1}"#)
                #expect(invalid.status == .unprocessableEntity && invalid.errorBody?.field == "effectiveFrom")
                let table = try await app.api(.GET, "/api/v1/policy/thresholds", token: town).json
                #expect((table["inForce"] as? [String: Any])?["perCapita"] as? Double == 8000.5 && (table["items"] as? [Any])?.count == 1)

                let old = try await app.api(.GET, "/api/v1/policy/reference?date=2024-05-01", token: town).json
                let now = try await app.api(.GET, "/api/v1/policy/reference?date=2026-05-01", token: town).json
                #expect(old["inForce"] as? String != now["inForce"] as? String)
                #expect((now["regimes"] as? [[String: Any]])?.allSatisfy { ($0["measureTypes"] as? [Any])?.isEmpty == false } == true)
                #expect(try await app.api(.GET, "/api/v1/policy/reference?date=2026-13-01", token: town).errorBody?.field == "date")
                // The regimes as a list (contract): each with its id, validity, region and content; the 2026 one with the
                // layers of 分层分类帮扶 and the parts still at the transition period's values, named.
                let regimes = try await app.api(.GET, "/api/v1/policy/regimes", token: town).json
                let items = regimes["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["id"] as? String } == (now["regimes"] as? [[String: Any]] ?? []).map { $0["key"] as? String })
                let regular = try #require(items.first { $0["id"] as? String == now["inForce"] as? String })
                #expect(regular["validFrom"] as? String == "2026-01-01" && regular["validTo"] is NSNull && regular["region"] as? String == "全国")
                #expect((regular["layers"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String } == ["重点救助层", "救助层", "潜在风险层", "发展支持层"])
                #expect((regular["carriedOver"] as? [String] ?? []).contains("识别程序和时限"))
                #expect((items.first { $0["id"] as? String == old["inForce"] as? String }?["layers"] as? [Any])?.isEmpty == true)
            }
        }
    }
}
