@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    @Suite struct RegistryAPITests {
        func headJSON(_ id: String, name: String = "测试户主", extra: String = "") -> String {
            #"{"idNumber":"\#(id)","name":"\#(name)","relation":"head","health":["healthy"],"labour":"ordinary"\#(extra)}"#
        }

        @Test func healthAndOpenAPIDescribeTheRoutes() async throws {
            try await withFangpin(households: 0) { app in
                let h = try await app.api(.GET, "/healthz", token: nil)
                #expect(h.status == .ok)
                let doc = try await app.api(.GET, "/api/v1/openapi.json", token: nil)
                #expect(doc.status == .ok)
                let paths = doc.json["paths"] as? [String: Any] ?? [:]
                for p in ["/healthz", "/api/v1/auth/login", "/api/v1/regions", "/api/v1/households", "/api/v1/households/{id}",
                          "/api/v1/households/{id}/members", "/api/v1/members/{id}", "/api/v1/households/{id}/history"] {
                    #expect(paths[p] != nil, "\(p) documented")
                }
                // Every API route the server registers is documented, and nothing undocumented is served.
                let served = Set(app.routes.all.filter { $0.path.first?.description == "api" }.map { r in
                    "/" + r.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
                })
                // `{id}.xlsx` variants are served by the `{id}` route.
                #expect(served == Set(paths.keys.filter { $0.hasPrefix("/api") && !$0.hasSuffix("}.xlsx") }))
                let household = ((doc.json["components"] as? [String: Any])?["schemas"] as? [String: Any])?["Household"] as? [String: Any]
                let props = household?["properties"] as? [String: Any] ?? [:]
                #expect(props["idNumber"] == nil && props["villageCode"] != nil && props["members"] != nil)
            }
        }

        @Test func loginRefusesBadCredentialsAndMissingFields() async throws {
            try await withFangpin(households: 0) { app in
                try await app.makeUser("alice", role: .countyAdmin, scope: "450224")
                let bad = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"alice","password":"wrong1234"}"#)
                #expect(bad.status == .unauthorized)
                #expect(bad.errorBody?.code == "bad_credentials")
                let missing = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"alice"}"#)
                #expect(missing.status == .badRequest)
                #expect(missing.errorBody?.field == "password")
                let garbage = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: "{not json")
                #expect(garbage.status == .badRequest)
                #expect(garbage.errorBody?.code == "bad_json")
                let ok = try await app.api(.POST, "/api/v1/auth/login", token: nil, json: #"{"username":"alice","password":"secret123"}"#)
                #expect(ok.status == .ok)
                #expect((ok.json["token"] as? String)?.isEmpty == false)
                let anonymous = try await app.api(.GET, "/api/v1/households", token: nil)
                #expect(anonymous.status == .unauthorized)
                #expect(anonymous.errorBody?.code == "unauthorized")
                let forged = try await app.api(.GET, "/api/v1/households", token: "not-a-token")
                #expect(forged.status == .unauthorized)
            }
        }

        @Test func listSearchFiltersAndPages() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let all = try await app.api(.GET, "/api/v1/households?per=5", token: admin)
                #expect(all.status == .ok)
                #expect(all.json["total"] as? Int == 120)
                let items = all.json["items"] as? [[String: Any]] ?? []
                #expect(items.count == 5)
                for key in ["id", "code", "villageCode", "headName", "category"] { #expect(items.first?[key] != nil, "\(key)") }
                // By head's name.
                let name = items[0]["headName"] as! String
                let byName = try await app.api(.GET, "/api/v1/households?q=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", token: admin)
                let found = byName.json["items"] as? [[String: Any]] ?? []
                #expect(found.contains { $0["id"] as? String == items[0]["id"] as? String })
                // By household code and by ID number.
                let code = items[1]["code"] as! String
                let byCode = try await app.api(.GET, "/api/v1/households?q=\(code)", token: admin)
                #expect(byCode.json["total"] as? Int == 1)
                let idNumber = try await app.sql().raw("SELECT id_number FROM members WHERE household_id = \(bind: items[2]["id"] as! String) LIMIT 1").first()!
                    .decode(column: "id_number", as: String.self)
                let byID = try await app.api(.GET, "/api/v1/households?q=\(idNumber)", token: admin)
                #expect((byID.json["items"] as? [[String: Any]])?.first?["id"] as? String == items[2]["id"] as? String)
                // Filters.
                let village = try await app.busyVillage()
                let inVillage = try await app.api(.GET, "/api/v1/households?village=\(village)&per=200", token: admin)
                let vItems = inVillage.json["items"] as? [[String: Any]] ?? []
                #expect(!vItems.isEmpty && vItems.allSatisfy { $0["villageCode"] as? String == village })
                let alleviated = try await app.api(.GET, "/api/v1/households?category=alleviated&per=200", token: admin)
                #expect((alleviated.json["items"] as? [[String: Any]] ?? []).allSatisfy { $0["category"] as? String == "alleviated" })
                let monitored = try await app.api(.GET, "/api/v1/households?monitored=true&per=200", token: admin)
                #expect((monitored.json["items"] as? [[String: Any]] ?? []).allSatisfy { $0["monitored"] as? Bool == true })
                // Paging and sorting.
                let p2 = try await app.api(.GET, "/api/v1/households?per=5&page=2", token: admin)
                #expect((p2.json["items"] as? [[String: Any]])?.first?["code"] as? String != items.first?["code"] as? String)
                let sorted = try await app.api(.GET, "/api/v1/households?sort=size&dir=desc&per=10", token: admin)
                let sizes = (sorted.json["items"] as? [[String: Any]] ?? []).compactMap { $0["memberCount"] as? Int }
                #expect(sizes == sizes.sorted(by: >))
                // Bad parameters are 400 with the parameter named.
                for (q, field) in [("page=0", "page"), ("per=1000", "per"), ("sort=evil", "sort"), ("category=rich", "category"),
                                   ("village=12", "village"), ("monitored=maybe", "monitored")] {
                    let r = try await app.api(.GET, "/api/v1/households?\(q)", token: admin)
                    #expect(r.status == .badRequest, "\(q)")
                    #expect(r.errorBody?.field == field, "\(q)")
                }
            }
        }

        @Test func villageUserSeesOnlyItsVillage() async throws {
            try await withFangpin { app in
                let mine = try await app.busyVillage()
                let other = try await app.busyVillage(excluding: mine)
                let token = try await app.token(role: .villageOfficer, scope: mine)
                let list = try await app.api(.GET, "/api/v1/households?per=200", token: token)
                let items = list.json["items"] as? [[String: Any]] ?? []
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { $0["villageCode"] as? String == mine })
                let otherID = try await app.householdIDs(in: other)[0]
                let page = try await app.api(.GET, "/api/v1/households/\(otherID)", token: token)
                #expect(page.status == .notFound)
                #expect(page.errorBody?.code == "not_found")
                #expect(!page.body.string.contains(otherID))
                let history = try await app.api(.GET, "/api/v1/households/\(otherID)/history", token: token)
                #expect(history.status == .notFound)
                let patch = try await app.api(.PATCH, "/api/v1/households/\(otherID)", token: token, json: #"{"phone":"13912345678"}"#)
                #expect(patch.status == .notFound)
                let filtered = try await app.api(.GET, "/api/v1/households?village=\(other)", token: token)
                #expect(filtered.json["total"] as? Int == 0)
                // Registering a household in another village is refused.
                let create = try await app.api(.POST, "/api/v1/households", token: token,
                                               json: #"{"villageCode":"\#(other)","category":"ordinary","members":[\#(headJSON(TestIDs.next()))]}"#)
                #expect(create.status == .forbidden)
                let ownID = try await app.householdIDs(in: mine)[0]
                #expect(try await app.api(.GET, "/api/v1/households/\(ownID)", token: token).status == .ok)
            }
        }

        @Test func relocatedHouseholdsAreSeenFromBothSides() async throws {
            try await withFangpin(households: 400) { app in
                let row = try await app.sql().raw("SELECT id, village_code, origin_village_code FROM households WHERE relocated = \(bind: true) LIMIT 1").first()!
                let id = try row.decode(column: "id", as: String.self)
                let origin = try row.decode(column: "origin_village_code", as: String.self)
                let site = try row.decode(column: "village_code", as: String.self)
                for scope in [origin, site] {
                    let t = try await app.token(role: .villageOfficer, scope: scope)
                    #expect(try await app.api(.GET, "/api/v1/households/\(id)", token: t).status == .ok, "\(scope)")
                }
            }
        }

        @Test func rolesWithoutRegistryRightsAreRefused() async throws {
            try await withFangpin { app in
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let dept = try await app.token(role: .departmentOfficer, scope: "edu")
                #expect(try await app.api(.GET, "/api/v1/households", token: dept).status == .forbidden)
                #expect(try await app.api(.GET, "/api/v1/households/\(id)", token: dept).status == .forbidden)
                let inspector = try await app.token(role: .inspector, scope: "450224")
                #expect(try await app.api(.GET, "/api/v1/households/\(id)", token: inspector).status == .ok)
                let patch = try await app.api(.PATCH, "/api/v1/households/\(id)", token: inspector, json: #"{"phone":"13912345678"}"#)
                #expect(patch.status == .forbidden)
                #expect(patch.errorBody?.message.contains("无权") == true)
            }
        }

        @Test func createHouseholdWithMembersAllOrNothing() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                let headID = TestIDs.next()
                let wifeID = TestIDs.next(male: false)
                let body = #"{"villageCode":"\#(village)","category":"alleviated","liftedYear":2019,"phone":"13800001111","wageIncome":24000.5,"incomeYear":2025,"members":[\#(headJSON(headID)),{"idNumber":"\#(wifeID)","name":"测试配偶","relation":"spouse","health":"chronic","labour":"weak"}]}"#
                let res = try await app.api(.POST, "/api/v1/households", token: admin, json: body)
                #expect(res.status == .created, "\(res.body.string)")
                #expect(res.headers.first(name: .eTag) == "\"1\"")
                let h = res.json
                #expect(h["headName"] as? String == "测试户主")
                #expect(h["memberCount"] as? Int == 2)
                #expect((h["members"] as? [[String: Any]])?.count == 2)
                #expect((h["code"] as? String)?.hasPrefix(village) == true)
                #expect(h["perCapitaIncome"] as? Double == 12000.25)
                #expect((h["members"] as? [[String: Any]])?.first { $0["relation"] as? String == "head" }?["sex"] as? String == "male")

                // The same person again, in a new household: refused, naming where the person is.
                let dup = try await app.api(.POST, "/api/v1/households", token: admin,
                                            json: #"{"villageCode":"\#(village)","category":"ordinary","members":[\#(headJSON(headID))]}"#)
                #expect(dup.status == .unprocessableEntity)
                #expect(dup.errorBody?.code == "duplicate_person")
                #expect(dup.errorBody?.field == "members[0].idNumber")
                #expect(dup.errorBody?.message.contains(h["code"] as! String) == true)

                // One bad member refuses the whole household.
                let before = try await app.api(.GET, "/api/v1/households?per=1", token: admin).json["total"] as? Int
                let badMember = try await app.api(.POST, "/api/v1/households", token: admin,
                                                  json: #"{"villageCode":"\#(village)","category":"ordinary","members":[\#(headJSON(TestIDs.next())),{"idNumber":"110105198001010010","name":"错号","relation":"son","health":"healthy","labour":"ordinary"}]}"#)
                #expect(badMember.status == .unprocessableEntity)
                #expect(badMember.errorBody?.field == "members[1].idNumber")
                let after = try await app.api(.GET, "/api/v1/households?per=1", token: admin).json["total"] as? Int
                #expect(before == after)

                // Every kind of bad input is a 4xx naming the field.
                let cases: [(String, String)] = [
                    (#"{"villageCode":"\#(village)","category":"rich","members":[\#(headJSON(TestIDs.next()))]}"#, "category"),
                    (#"{"villageCode":"\#(village)","category":"alleviated","members":[\#(headJSON(TestIDs.next()))]}"#, "liftedYear"),
                    (#"{"villageCode":"999999999999","category":"ordinary","members":[\#(headJSON(TestIDs.next()))]}"#, "villageCode"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","phone":"12345","members":[\#(headJSON(TestIDs.next()))]}"#, "phone"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","wageIncome":-5,"incomeYear":2025,"members":[\#(headJSON(TestIDs.next()))]}"#, "wageIncome"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","members":[]}"#, "members"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","members":[\#(headJSON(TestIDs.next(), extra: #","sex":"female""#))]}"#, "members[0].sex"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","wealth":1,"members":[\#(headJSON(TestIDs.next()))]}"#, "wealth"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","members":"x"}"#, "members"),
                    (#"{"villageCode":"\#(village)","category":"ordinary","members":[{"idNumber":"\#(TestIDs.next())","name":"无户主","relation":"son","health":"healthy","labour":"ordinary"}]}"#, "members"),
                ]
                for (json, field) in cases {
                    let r = try await app.api(.POST, "/api/v1/households", token: admin, json: json)
                    #expect((400..<500).contains(Int(r.status.code)), "\(field): \(r.status)")
                    #expect(r.errorBody?.field == field, "\(field): \(r.body.string)")
                    #expect(r.errorBody?.message.isEmpty == false)
                }
            }
        }

        /// The list's total is kept between pages on SQLite, and every write shows at once: a new household, a dissolved one,
        /// on the page and over the API.
        @Test func theListTotalFollowsEveryWrite() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                func total(_ query: String = "") async throws -> Int? {
                    try await app.api(.GET, "/api/v1/households?per=1\(query)", token: admin).json["total"] as? Int
                }
                let (all, inVillage) = (try await total(), try await total("&village=\(village)"))
                let (again, page2) = (try await total(), try await total("&page=2"))
                #expect(again == all && page2 == all)
                let created = try await app.api(.POST, "/api/v1/households", token: admin,
                                                json: #"{"villageCode":"\#(village)","category":"ordinary","members":[\#(headJSON(TestIDs.next()))]}"#)
                #expect(created.status == .created)
                let (afterAll, afterVillage) = (try await total(), try await total("&village=\(village)"))
                #expect(afterAll == all.map { $0 + 1 } && afterVillage == inVillage.map { $0 + 1 })
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var browser = try await Browser.login(app, username: "county")
                #expect(try await browser.get("/households?village=\(village)").body.string.contains("共 \(afterVillage ?? 0) 户"))
                // A write the cache is not told about directly (SQL behind the app's back) shows after the next write request.
                try await app.sql().raw("UPDATE households SET dissolved_at = 1 WHERE id = \(bind: created.json["id"] as! String)").run()
                app.caches.writes.happened()
                #expect(try await total() == all)
            }
        }

        @Test func patchKeepsVersionsAndRefusesStaleSaves() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let id = try await app.householdIDs(in: try await app.busyVillage())[0]
                let first = try await app.api(.GET, "/api/v1/households/\(id)", token: admin)
                let version = first.json["version"] as! Int
                #expect(first.headers.first(name: .eTag) == "\"\(version)\"")

                let ok = try await app.api(.PATCH, "/api/v1/households/\(id)", token: admin, json: #"{"phone":"13912345678","housingGrade":"C","version":\#(version)}"#)
                #expect(ok.status == .ok, "\(ok.body.string)")
                #expect(ok.json["version"] as? Int == version + 1)
                #expect(ok.json["housingGrade"] as? String == "C")

                // A second officer still holding the old version is refused and told what changed.
                let stale = try await app.api(.PATCH, "/api/v1/households/\(id)", token: admin, json: #"{"phone":"13700000000"}"#,
                                              headers: [("If-Match", "\"\(version)\"")])
                #expect(stale.status == .conflict)
                #expect(stale.errorBody?.code == "version_conflict")
                #expect(stale.errorBody?.message.contains("住房安全等级") == true)
                let changes = stale.json["changes"] as? [[String: Any]] ?? []
                #expect(changes.count == 1)
                let reread = try await app.api(.GET, "/api/v1/households/\(id)?reveal=phone", token: admin)
                #expect(reread.json["phone"] as? String == "13912345678")

                // Bad input on PATCH.
                let bad = try await app.api(.PATCH, "/api/v1/households/\(id)", token: admin, json: #"{"housingGrade":"E"}"#)
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.errorBody?.field == "housingGrade")
                let badVersion = try await app.api(.PATCH, "/api/v1/households/\(id)", token: admin, json: #"{"version":"x"}"#)
                #expect(badVersion.errorBody?.field == "version")
                let missing = try await app.api(.PATCH, "/api/v1/households/nope", token: admin, json: #"{"phone":"13912345678"}"#)
                #expect(missing.status == .notFound)

                // History: who, when, which fields, before and after.
                let history = try await app.api(.GET, "/api/v1/households/\(id)/history", token: admin)
                let items = history.json["items"] as? [[String: Any]] ?? []
                let update = items.first { $0["action"] as? String == "update" && $0["entity"] as? String == "household" }
                #expect(update?["actor"] as? String != nil)
                let fields = (update?["changes"] as? [[String: Any]] ?? []).map { $0["field"] as? String }
                #expect(Set(fields.compactMap { $0 }) == ["phone", "housingGrade"])
                let grade = (update?["changes"] as? [[String: Any]] ?? []).first { $0["field"] as? String == "housingGrade" }
                #expect((grade?["after"] as? String)?.contains("C级") == true)
            }
        }

        @Test func membersAddEditRemoveWithEvents() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                let created = try await app.api(.POST, "/api/v1/households", token: admin,
                                                json: #"{"villageCode":"\#(village)","category":"ordinary","members":[\#(headJSON(TestIDs.next()))]}"#)
                let hid = created.json["id"] as! String
                let babyBirth = Day(year: 2026, month: 1, day: 5)!
                let babyID = IDNumber.make(region: "110105", birth: babyBirth, sequence: 888)
                let born = try await app.api(.POST, "/api/v1/households/\(hid)/members", token: admin,
                                             json: #"{"idNumber":"\#(babyID)","name":"新生儿","relation":"daughter","health":"healthy","labour":"none","event":"birth","eventDate":"2026-01-05"}"#)
                #expect(born.status == .created, "\(born.body.string)")
                let mid = born.json["id"] as! String
                #expect(born.json["birthDate"] as? String == "2026-01-05")

                // A second head, a wrong ID and an unknown event are refused.
                let twoHeads = try await app.api(.POST, "/api/v1/households/\(hid)/members", token: admin, json: headJSON(TestIDs.next()))
                #expect(twoHeads.status == .unprocessableEntity)
                #expect(twoHeads.errorBody?.code == "head_duplicate")
                let wrongEvent = try await app.api(.POST, "/api/v1/households/\(hid)/members", token: admin,
                                                   json: #"{"idNumber":"\#(TestIDs.next())","name":"甲","relation":"son","health":"healthy","labour":"ordinary","event":"death"}"#)
                #expect(wrongEvent.errorBody?.field == "event")
                let dupPerson = try await app.api(.POST, "/api/v1/households/\(hid)/members", token: admin,
                                                  json: #"{"idNumber":"\#(babyID)","name":"新生儿","relation":"daughter","health":"healthy","labour":"none"}"#)
                #expect(dupPerson.errorBody?.code == "duplicate_person")

                // Edit with version; stale version refused.
                let edit = try await app.api(.PATCH, "/api/v1/members/\(mid)", token: admin, json: #"{"name":"韦小花","version":1}"#)
                #expect(edit.status == .ok)
                #expect(edit.json["version"] as? Int == 2)
                let stale = try await app.api(.PATCH, "/api/v1/members/\(mid)", token: admin, json: #"{"name":"别名","version":1}"#)
                #expect(stale.status == .conflict)
                let badEdit = try await app.api(.PATCH, "/api/v1/members/\(mid)", token: admin, json: #"{"sex":"male"}"#)
                #expect(badEdit.status == .unprocessableEntity)
                #expect(badEdit.errorBody?.field == "sex")

                // The head cannot leave while others remain.
                let head = (created.json["members"] as! [[String: Any]])[0]["id"] as! String
                let headOut = try await app.api(.DELETE, "/api/v1/members/\(head)", token: admin, json: #"{"event":"death"}"#)
                #expect(headOut.status == .unprocessableEntity)
                #expect(headOut.errorBody?.code == "head_required")

                // Marriage out, with a date; the ID becomes free again.
                let out = try await app.api(.DELETE, "/api/v1/members/\(mid)", token: admin, json: #"{"event":"marriageOut","eventDate":"2026-10-01"}"#)
                #expect(out.status == .ok, "\(out.body.string)")
                #expect(out.json["removedEvent"] as? String == "marriageOut")
                let again = try await app.api(.DELETE, "/api/v1/members/\(mid)", token: admin, json: #"{"event":"death"}"#)
                #expect(again.status == .unprocessableEntity)
                let future = try await app.api(.DELETE, "/api/v1/members/\(head)", token: admin, json: #"{"event":"death","eventDate":"2999-01-01"}"#)
                #expect(future.errorBody?.field == "eventDate")
                let household = try await app.api(.GET, "/api/v1/households/\(hid)", token: admin)
                #expect(household.json["memberCount"] as? Int == 1)

                let events = try await app.api(.GET, "/api/v1/households/\(hid)/events", token: admin)
                let kinds = (events.json["items"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
                #expect(Set(kinds) == ["birth", "marriageOut"])
                let history = try await app.api(.GET, "/api/v1/households/\(hid)/history", token: admin)
                let actions = (history.json["items"] as? [[String: Any]] ?? []).map { "\($0["entity"]!)/\($0["action"]!)" }
                #expect(actions.filter { $0 == "member/create" }.count == 2)
                #expect(actions.contains("member/update") && actions.contains("member/remove") && actions.contains("household/create"))

                // The last member leaving closes the household.
                let last = try await app.api(.DELETE, "/api/v1/members/\(head)", token: admin, json: #"{"event":"death","eventDate":"2026-11-01"}"#)
                #expect(last.status == .ok)
                let closed = try await app.api(.GET, "/api/v1/households/\(hid)", token: admin)
                #expect(closed.json["dissolved"] as? Bool == true)
            }
        }

        @Test func splitAndMergeMoveMembersAndKeepHistory() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage()
                let sonID = TestIDs.next(birth: Day(year: 1995, month: 1, day: 1)!)
                let created = try await app.api(.POST, "/api/v1/households", token: admin, json: #"{"villageCode":"\#(village)","category":"alleviated","liftedYear":2018,"members":[\#(headJSON(TestIDs.next(birth: Day(year: 1960, month: 1, day: 1)!))),{"idNumber":"\#(sonID)","name":"儿子","relation":"son","health":"healthy","labour":"ordinary"},{"idNumber":"\#(TestIDs.next(birth: Day(year: 1996, month: 1, day: 1)!, male: false))","name":"儿媳","relation":"daughterInLaw","health":"healthy","labour":"ordinary"}]}"#)
                let hid = created.json["id"] as! String
                let members = created.json["members"] as! [[String: Any]]
                let son = members.first { $0["name"] as? String == "儿子" }!["id"] as! String
                let wife = members.first { $0["name"] as? String == "儿媳" }!["id"] as! String
                let split = try await app.api(.POST, "/api/v1/households/\(hid)/split", token: admin,
                                              json: #"{"members":[{"id":"\#(son)","relation":"head"},{"id":"\#(wife)","relation":"spouse"}]}"#)
                #expect(split.status == .created, "\(split.body.string)")
                let newID = split.json["id"] as! String
                #expect(split.json["headName"] as? String == "儿子")
                #expect(split.json["category"] as? String == "alleviated")
                let old = try await app.api(.GET, "/api/v1/households/\(hid)", token: admin)
                #expect(old.json["memberCount"] as? Int == 1)
                let badSplit = try await app.api(.POST, "/api/v1/households/\(hid)/split", token: admin, json: #"{"members":[]}"#)
                #expect(badSplit.errorBody?.field == "members")

                let newHead = (split.json["members"] as! [[String: Any]]).first { $0["name"] as? String == "儿子" }!["id"] as! String
                let spouse = (split.json["members"] as! [[String: Any]]).first { $0["name"] as? String == "儿媳" }!["id"] as! String
                let merge = try await app.api(.POST, "/api/v1/households/\(newID)/merge", token: admin,
                                              json: #"{"intoHouseholdId":"\#(hid)","members":[{"id":"\#(newHead)","relation":"son"},{"id":"\#(spouse)","relation":"daughterInLaw"}]}"#)
                #expect(merge.status == .ok, "\(merge.body.string)")
                #expect(merge.json["memberCount"] as? Int == 3)
                let gone = try await app.api(.GET, "/api/v1/households/\(newID)", token: admin)
                #expect(gone.json["dissolved"] as? Bool == true)
                let events = try await app.api(.GET, "/api/v1/households/\(hid)/events", token: admin)
                #expect(Set((events.json["items"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }).isSuperset(of: ["split", "merge"]))
            }
        }

        @Test func regionsListCarriesCodesNamesAndFlags() async throws {
            try await withFangpin(households: 10) { app in
                let t = try await app.token(role: .villageOfficer, scope: "450224100201")
                let res = try await app.api(.GET, "/api/v1/regions", token: t)
                #expect(res.status == .ok)
                let items = res.json["items"] as? [[String: Any]] ?? []
                #expect(items.contains { $0["code"] as? String == "450224" && $0["name"] as? String == "融安县" })
                #expect(items.contains { ($0["flags"] as? [String: Any])?["relocationSite"] as? Bool == true })
                let villages = try await app.api(.GET, "/api/v1/regions?level=village&parent=450224100", token: t)
                #expect((villages.json["items"] as? [[String: Any]] ?? []).allSatisfy { ($0["code"] as? String)?.hasPrefix("450224100") == true })
                #expect(try await app.api(.GET, "/api/v1/regions?level=planet", token: t).status == .badRequest)
            }
        }

        /// Two applications in one process (as the tests make) keep their own caches: a county's list total is never
        /// answered from another application's memory, even for an account of the same name and the same filter.
        @Test func twoApplicationsKeepTheirOwnCaches() async throws {
            guard (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty else { return }
            func registered(_ app: Application) async throws -> Int {
                try await app.sql().raw("SELECT COUNT(*) AS n FROM households WHERE dissolved_at IS NULL").first()?.decode(column: "n", as: Int.self) ?? -1
            }
            try await withFangpin(households: 60) { big in
                try await big.makeUser("county", role: .countyAdmin, scope: "450224")
                var a = try await Browser.login(big, username: "county")
                try await withFangpin(households: 20) { small in
                    try await small.makeUser("county", role: .countyAdmin, scope: "450224")
                    var b = try await Browser.login(small, username: "county")
                    let (many, few) = (try await registered(big), try await registered(small))
                    #expect(many != few)
                    // Read in turn, with no write in between: each answers from its own database.
                    #expect(try await a.get("/households").body.string.contains("共 \(many) 户"))
                    #expect(try await b.get("/households").body.string.contains("共 \(few) 户"))
                    #expect(try await a.get("/households").body.string.contains("共 \(many) 户"))
                }
            }
        }
    }
}
