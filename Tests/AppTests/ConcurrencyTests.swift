@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// Many writers at once: writes queue, none fails, every acknowledged write is there, versions are consecutive.
    /// On SQLite the database is a file in WAL mode, as `serve` runs it; with `DATABASE_URL` it is PostgreSQL.
    @Suite struct ConcurrencyTests {
        @Test func sixtyFourWritersTenEditsEachAllLand() async throws {
            try await withFileDatabase { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let sql = app.sql()
                let households = try await sql.raw("SELECT id, version FROM households WHERE dissolved_at IS NULL ORDER BY code LIMIT 32").all()
                    .map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "version", as: Int.self)) }
                let members = try await sql.raw("SELECT id, version FROM members WHERE removed_at IS NULL ORDER BY id LIMIT 32").all()
                    .map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "version", as: Int.self)) }
                #expect(households.count == 32 && members.count == 32)
                let writers: [(path: String, start: Int)] = households.map { ("/api/v1/households/\($0.0)", $0.1) }
                    + members.map { ("/api/v1/members/\($0.0)", $0.1) }

                // setup done; MUT: 64 writers, each editing its own record ten times with the version it was last given.
                let results = try await withThrowingTaskGroup(of: (String, [UInt], Int).self) { group in
                    for (n, w) in writers.enumerated() {
                        group.addTask {
                            var version = w.start
                            var statuses: [UInt] = []
                            for i in 0..<10 {
                                let phone = String(format: "139%04d%04d", n, i)
                                let r = try await app.api(.PATCH, w.path, token: token, json: #"{"phone":"\#(phone)","version":\#(version)}"#)
                                statuses.append(r.status.code)
                                if r.status == .ok, let v = r.json["version"] as? Int { version = v }
                            }
                            return (w.path, statuses, version)
                        }
                    }
                    var all: [(String, [UInt], Int)] = []
                    for try await r in group { all.append(r) }
                    return all
                }

                // validate: no failure, every write there, the versions counted one by one.
                let failures = results.flatMap { r in r.1.filter { $0 != 200 }.map { "\(r.0): \($0)" } }
                #expect(failures.isEmpty, "failed writes: \(failures.prefix(10))")
                for (n, w) in writers.enumerated() {
                    let id = String(w.path.split(separator: "/").last ?? "")
                    let table = w.path.contains("/members/") ? "members" : "households"
                    let row = try await sql.raw("SELECT phone, version FROM \(ident: table) WHERE id = \(bind: id)").first()!
                    #expect(try row.decode(column: "phone", as: String.self) == String(format: "139%04d%04d", n, 9))
                    #expect(try row.decode(column: "version", as: Int.self) == w.start + 10)
                    let versions = try await sql.raw("""
                        SELECT version FROM changes WHERE \(ident: table == "members" ? "member_id" : "household_id") = \(bind: id)
                        AND entity = \(bind: table == "members" ? "member" : "household") AND action = 'update' ORDER BY version
                        """).all().map { try $0.decode(column: "version", as: Int.self) }
                    #expect(versions == Array((w.start + 1)...(w.start + 10)), "\(table) \(id): versions \(versions)")
                }
                #expect(try await AuditLog.verify(on: sql, key: app.auditKey).ok)
            }
        }

        /// Two saves based on the same version: one lands, the other gets 409 naming what the first changed.
        @Test func theLoserOfTwoSavesGetsAConflictNamingTheChange() async throws {
            try await withFileDatabase { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let row = try await app.sql().raw("SELECT id, version FROM households WHERE dissolved_at IS NULL ORDER BY code LIMIT 1").first()!
                let id = try row.decode(column: "id", as: String.self), version = try row.decode(column: "version", as: Int.self)
                for round in 0..<5 {
                    let v = version + round
                    async let a = app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"1390000\#(round)001","version":\#(v)}"#)
                    async let b = app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"1390000\#(round)002","version":\#(v)}"#)
                    let (ra, rb) = try await (a, b)
                    let codes = [ra.status.code, rb.status.code].sorted()
                    #expect(codes == [200, 409], "round \(round): \(codes)")
                    let loser = ra.status == .conflict ? ra : rb
                    #expect(loser.errorBody?.code == "version_conflict")
                    #expect(loser.errorBody?.message.contains("户联系电话") == true, "\(loser.body.string.prefix(300))")
                }
            }
        }

        /// A measure is moved on from the version the person read: none is 428, a stale one 409 naming the other's change,
        /// on the API and on the household page's buttons.
        @Test func measuresCarryVersions() async throws {
            try await withFileDatabase { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let hid = try await app.sql().raw("""
                    SELECT id FROM households WHERE monitoring_category IS NOT NULL AND eliminated_on IS NULL AND dissolved_at IS NULL ORDER BY code LIMIT 1
                    """).first()!.decode(column: "id", as: String.self)
                let created = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: token,
                                                json: #"{"type":"health","riskTypes":"illness","startOn":"\#(Clock.today)","unit":"县医保局","state":"planned"}"#)
                #expect(created.status == .created && created.json["version"] as? Int == 1 && created.headers.first(name: .eTag) == "\"1\"")
                let mid = try #require(created.json["id"] as? String)
                let path = "/api/v1/households/\(hid)/measures/\(mid)"
                let unversioned = try await app.api(.PATCH, path, token: token, json: #"{"state":"ongoing"}"#, autoVersion: false)
                #expect(unversioned.status == .preconditionRequired && unversioned.errorBody?.code == "version_required")
                async let a = app.api(.PATCH, path, token: token, json: #"{"state":"ongoing","version":1}"#)
                async let b = app.api(.PATCH, path, token: token, json: #"{"state":"stopped","version":1}"#)
                let (ra, rb) = try await (a, b)
                #expect([ra.status.code, rb.status.code].sorted() == [200, 409])
                let (winner, loser) = ra.status == .ok ? (ra, rb) : (rb, ra)
                #expect(winner.json["version"] as? Int == 2 && winner.headers.first(name: .eTag) == "\"2\"")
                let landed = try #require(winner.json["state"] as? String)
                let label = try #require(MeasureState(rawValue: landed)?.label)
                #expect(loser.errorBody?.code == "version_conflict" && loser.errorBody?.message.contains("“\(label)”") == true, "\(loser.body.string)")
                #expect(try await app.sql().raw("SELECT version FROM measures WHERE id = \(bind: mid)").first()!.decode(column: "version", as: Int.self) == 2)
                // The page's buttons carry the version they were drawn with; a stale one shows the conflict and changes nothing.
                let second = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: token,
                                               json: #"{"type":"health","riskTypes":"illness","startOn":"\#(Clock.today)","unit":"县卫健局","state":"planned"}"#)
                let other = try #require(second.json["id"] as? String)
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "clerk")
                let page = try await browser.get("/households/\(hid)")
                #expect(page.body.string.contains("/measures/\(other)/state"))
                #expect(page.body.string.contains(#"name="version" value="1""#))
                let missing = try await browser.post("/households/\(hid)/measures/\(other)/state", ["state": "ongoing"])
                #expect(missing.status == .preconditionRequired && missing.body.string.contains("版本号"))
                let fresh = try await browser.post("/households/\(hid)/measures/\(other)/state", ["state": "ongoing", "version": "1"])
                #expect(fresh.status == .seeOther)
                let stale = try await browser.post("/households/\(hid)/measures/\(other)/state", ["state": "stopped", "version": "1"])
                #expect(stale.status == .conflict && stale.body.string.contains("已被他人改为“实施中”"))
                let row = try await app.sql().raw("SELECT state, version FROM measures WHERE id = \(bind: other)").first()!
                #expect(try row.decode(column: "state", as: String.self) == "ongoing" && row.decode(column: "version", as: Int.self) == 2)
            }
        }

        /// An update that does not say which version it was based on is refused (428), on the API and on the forms.
        @Test func anUpdateWithoutAVersionIsRefused() async throws {
            try await withFangpin { app in
                let token = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let before = try await app.sql().raw("SELECT phone, version FROM households WHERE id = \(bind: id)").first()!
                let r = try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13900000009"}"#, autoVersion: false)
                #expect(r.status == .preconditionRequired)
                #expect(r.errorBody?.code == "version_required" && r.errorBody?.field == "version")
                let member = try await app.sql().raw("SELECT id FROM members WHERE household_id = \(bind: id) LIMIT 1").first()!.decode(column: "id", as: String.self)
                #expect(try await app.api(.PATCH, "/api/v1/members/\(member)", token: token, json: #"{"phone":"13900000009"}"#, autoVersion: false).status == .preconditionRequired)
                // With If-Match it goes through.
                let v = try before.decode(column: "version", as: Int.self)
                #expect(try await app.api(.PATCH, "/api/v1/households/\(id)", token: token, json: #"{"phone":"13900000009"}"#,
                                          headers: [("If-Match", "\"\(v)\"")]).status == .ok)
                // A form without its hidden version field.
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                _ = try await b.get("/households/\(id)/edit")
                let page = try await b.post("/households/\(id)/edit", ["phone": "13900000010"])
                #expect(page.status == .preconditionRequired)
                let after = try await app.sql().raw("SELECT phone FROM households WHERE id = \(bind: id)").first()!.decode(column: "phone", as: String.self)
                #expect(after == "13900000009")
            }
        }
    }
}

/// A demo county in a SQLite file in WAL mode (as `serve` keeps it), or on PostgreSQL when `DATABASE_URL` is set.
func withFileDatabase(households: Int = 120, _ body: (Application) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fangpin-file-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try await withFangpin(households: households, settings: { config in
        if case .sqliteMemory = config.storage { config.storage = .sqliteFile(dir + "/county.sqlite") }
    }, body)
}
