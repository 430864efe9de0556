@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    @Suite struct QualityTests {
        func runAndWait(_ app: Application, token: String) async throws -> [String: Any] {
            let start = try await app.api(.POST, "/api/v1/quality/runs", token: token)
            #expect(start.status == .accepted)
            let id = start.json["id"] as! String
            for _ in 0..<400 {
                let r = try await app.api(.GET, "/api/v1/quality/runs/\(id)", token: token).json
                if r["state"] as? String != "running" { return r }
                try await Task.sleep(nanoseconds: 25_000_000)
            }
            throw TestFailure("quality run did not finish")
        }

        @Test func aRunFindsProblemsAndAFixedHouseholdClosesItsFinding() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let rules = try await app.api(.GET, "/api/v1/quality/rules", token: admin)
                let items = rules.json["items"] as? [[String: Any]] ?? []
                #expect(items.count >= 60 && items.allSatisfy { $0["code"] != nil && $0["description"] != nil && $0["severity"] != nil })

                // A household with a C-grade house that nobody monitors.
                let village = try await app.busyVillage()
                let hid = try await app.sql().raw("SELECT id FROM households WHERE village_code = \(bind: village) AND monitoring_category IS NULL ORDER BY code LIMIT 1").first()!
                    .decode(column: "id", as: String.self)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(hid)", token: admin, json: #"{"housingGrade":"C"}"#).status == .ok)
                let first = try await runAndWait(app, token: admin)
                #expect(first["state"] as? String == "done" && (first["open"] as? Int ?? 0) > 0)
                let township = String(village.prefix(9))
                let open = try await app.api(.GET, "/api/v1/quality/findings?township=\(township)&severity=mustFix&state=open&per=500", token: admin)
                let mine = (open.json["items"] as? [[String: Any]] ?? []).filter { $0["householdId"] as? String == hid && $0["rule"] as? String == "J01" }
                #expect(mine.count == 1 && (open.json["total"] as? Int ?? 0) >= 1)
                #expect(try await app.api(.GET, "/api/v1/quality/findings?severity=critical", token: admin).status == .badRequest)

                // Fixed: the next run closes it, and nothing else is doubled.
                #expect(try await app.api(.PATCH, "/api/v1/households/\(hid)", token: admin, json: #"{"housingGrade":"A"}"#).status == .ok)
                let second = try await runAndWait(app, token: admin)
                #expect((second["closed"] as? Int ?? 0) >= 1 && (second["opened"] as? Int ?? -1) == 0)
                let closed = try await app.api(.GET, "/api/v1/quality/findings?state=closed&per=500", token: admin)
                #expect((closed.json["items"] as? [[String: Any]] ?? []).contains { $0["householdId"] as? String == hid && $0["rule"] as? String == "J01" })

                // The bulletin ranks townships; a village officer sees only their village's findings.
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                let bulletin = try await browser.get("/quality").body.string
                #expect(bulletin.contains("数据质量通报") && bulletin.contains("每千户必改问题"))
                let vtoken = try await app.token(role: .villageOfficer, scope: village)
                let theirs = try await app.api(.GET, "/api/v1/quality/findings?state=all&per=500", token: vtoken)
                #expect((theirs.json["items"] as? [[String: Any]] ?? []).allSatisfy { ($0["villageCode"] as? String) == village })
                #expect(try await app.api(.POST, "/api/v1/quality/runs", token: vtoken).status == .forbidden)
            }
        }
    }
}
