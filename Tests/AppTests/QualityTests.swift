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
    
        /// The two county-wide rules: the same ID number in two households (A04), the same phone in two (A10).
        /// The findings are listed per household, so the test reads them per household.
        @Test func theSameIDNumberOrPhoneInTwoHouseholdsIsFoundAndClosesWhenFixed() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let sql = try await app.sql()
                let village = try await app.busyVillage()
                let pair = try await sql.raw("SELECT id FROM households WHERE village_code = \(bind: village) AND dissolved_at IS NULL ORDER BY code LIMIT 3").all()
                    .map { try $0.decode(column: "id", as: String.self) }
                let (a, b, c) = (pair[0], pair[1], pair[2])
                let memberOf = { (h: String) in
                    try await sql.raw("SELECT id, id_number FROM members WHERE household_id = \(bind: h) AND removed_at IS NULL ORDER BY id LIMIT 1").first()!
                }
                let idNumberA = try await memberOf(a).decode(column: "id_number", as: String.self)
                let idB = try await memberOf(b).decode(column: "id", as: String.self)
                // A04 cannot be broken: below the forms and imports, the database itself refuses a second live member
                // with the same ID number (the run's A04 query stays as the check on data restored from elsewhere).
                await #expect(throws: (any Error).self) { try await sql.raw("UPDATE members SET id_number = \(bind: idNumberA) WHERE id = \(bind: idB)").run() }
                // The same phone in two households is allowed, and flagged.
                try await sql.raw("UPDATE households SET phone = '13912345678' WHERE id IN (\(bind: a), \(bind: b))").run()
                try await sql.raw("UPDATE households SET phone = '13912345679' WHERE id = \(bind: c)").run()
                _ = try await runAndWait(app, token: admin)
                func open(_ rule: String) async throws -> Set<String> {
                    let r = try await app.api(.GET, "/api/v1/quality/findings?township=\(village.prefix(9))&state=open&per=500", token: admin)
                    return Set((r.json["items"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == rule }.compactMap { $0["householdId"] as? String })
                }
                let a10 = try await open("A10")
                #expect(a10.isSuperset(of: [a, b]) && !a10.contains(c), "\(a10)")
                #expect(try await open("A04").isEmpty)

                // Put right: it closes at the next run.
                try await sql.raw("UPDATE households SET phone = '13912345670' WHERE id = \(bind: b)").run()
                _ = try await runAndWait(app, token: admin)
                #expect(try await open("A10").isDisjoint(with: [a, b]))
            }
        }

        /// On a SQLite file the run reads through its own connection (`SQLiteFileReader`); it must see exactly what the
        /// general path through SQLKit sees, and the rules must find the same.
        @Test func theFileReaderReadsWhatSQLKitReads() async throws {
            try await withFangpin { app in
                guard case .sqliteMemory = app.config.storage else { return } // a SQLite-only path
                let sql = try await app.sql()
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-reader-\(UUID().uuidString).sqlite").path
                defer { try? FileManager.default.removeItem(atPath: file) }
                try await sql.raw("VACUUM INTO \(bind: file)").run()
                let reader = try SQLiteFileReader(path: file)
                let township = String(try await app.busyVillage().prefix(9))
                let settings = app.policy.current.settings, today = Clock.today
                let viaFile = try await QualityStore.load(township: township, settings: settings, threshold: Fixed2(7300), today: today, file: reader, on: app.db)
                let viaSQL = try await QualityStore.load(township: township, settings: settings, threshold: Fixed2(7300), today: today, file: nil, on: app.db)
                #expect(viaFile.households.count > 10 && viaFile.households.map(\.id) == viaSQL.households.map(\.id))
                #expect(viaFile.members.mapValues { $0.map(\.id) } == viaSQL.members.mapValues { $0.map(\.id) })
                for (a, b) in zip(viaFile.inputs, viaSQL.inputs) {
                    // The file path reads only the fields the rules look at; on those, the two agree.
                    #expect(a.household.values == b.household.values.filter { QualityRules.readKeys.contains($0.key) })
                    #expect(a.measures == b.measures && a.helpers == b.helpers)
                }
                let severities = Dictionary(uniqueKeysWithValues: QualityRules.all.map { ($0.code, $0.severity.rawValue) })
                let found = await QualityStore.check(viaFile, severities: severities)
                let expected = await QualityStore.check(viaSQL, severities: severities)
                #expect(!found.isEmpty && Set(found.keys) == Set(expected.keys))
            }
        }
}
}
