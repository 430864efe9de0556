@testable import App
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// The public 一键申报 page: validation, linking to the registry, merging, throttling and the status lookup.
    @Suite struct SelfReportTests {
        func post(_ app: Application, _ form: [String: String], from address: String = "10.0.0.1") async throws -> TestingHTTPResponse {
            var headers: HTTPHeaders = ["X-Forwarded-For": address]
            headers.contentType = .urlEncodedForm
            let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
            // Over a real socket, so the server sees a peer address (127.0.0.1) and decides whether to believe the header.
            return try await app.testing(method: .running(hostname: "127.0.0.1", port: 0))
                .sendRequest(.POST, "/self-report", headers: headers, body: ByteBuffer(string: body))
        }

        @Test func aFarmerReportsWithoutAnAccountAndTheClueFindsTheirHousehold() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let row = try await app.sql().raw("""
                    SELECT m.id_number, m.name, m.household_id FROM members m JOIN households h ON h.id = m.household_id
                    WHERE h.village_code = \(bind: village) AND m.removed_at IS NULL ORDER BY m.id LIMIT 1
                    """).first()!
                let id = try row.decode(column: "id_number", as: String.self), name = try row.decode(column: "name", as: String.self)
                let household = try row.decode(column: "household_id", as: String.self)
                #expect(try await app.testing().sendRequest(.GET, "/self-report").body.string.contains("防止返贫一键申报"))

                let empty = try await post(app, [:])
                #expect(empty.status == .unprocessableEntity)
                for message in ["请填写姓名", "请填写身份证号码", "请填写联系电话", "请选择所在村", "请选择困难类型", "请填写困难情况"] {
                    #expect(empty.body.string.contains(message), "\(message)")
                }
                let badID = try await post(app, ["name": name, "idNumber": "450224198001011234", "phone": "13812345678", "villageCode": village,
                                                 "difficulty": "illness", "description": "住院"])
                // Refused without saying which check digit would be right.
                #expect(badID.status == .unprocessableEntity && badID.body.string.contains("身份证号码有误") && !badID.body.string.contains("应为"))

                let form = ["name": name, "idNumber": id, "phone": "13812345678", "villageCode": village, "difficulty": "illness", "description": "住院花了很多钱"]
                let ok = try await post(app, form)
                #expect(ok.status == .ok && ok.body.string.contains("申报已提交"))
                let cases = try await app.sql().raw("SELECT id, household_id, channel, state FROM cases").all()
                #expect(cases.count == 1)
                #expect(try cases[0].decode(column: "household_id", as: String?.self) == household)
                #expect(try cases[0].decode(column: "channel", as: String.self) == "selfReport")
                // Reported again: merged into the same clue, not a second one.
                #expect(try await post(app, form).status == .ok)
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM cases").first()!.decode(column: "n", as: Int.self) == 1)

                // Status lookup needs the ID number and the phone given, by POST (never in a URL).
                func lookup(_ phone: String) async throws -> TestingHTTPResponse {
                    var headers = HTTPHeaders()
                    headers.contentType = .urlEncodedForm
                    return try await app.testing().sendRequest(.POST, "/self-report/status", headers: headers,
                                                               body: ByteBuffer(string: "idNumber=\(id)&phone=\(phone)"))
                }
                #expect(try await lookup("13900000000").body.string.contains("没有找到"))
                let right = try await lookup("13812345678")
                #expect(right.body.string.contains("已受理，等待工作人员联系") && !right.body.string.contains(name))
                #expect(try await app.testing().sendRequest(.GET, "/self-report/status").body.string.contains(#"method="post""#))
            }
        }

        @Test func reportsAreThrottledPerIDNumberAndPerAddress() async throws {
            try await withFangpin(settings: { $0.selfReportLimits.perAddressPerHour = 4; $0.selfReportLimits.perIDNumberPerDay = 2
                                              $0.trustedProxies = ["127.0.0.1"] }) { app in
                let village = try await app.busyVillage()
                func form(_ id: String) -> [String: String] {
                    ["name": "王某", "idNumber": id, "phone": "13812345678", "villageCode": village, "difficulty": "disaster", "description": "房屋被冲毁"]
                }
                let id = TestIDs.next()
                #expect(try await post(app, form(id), from: "10.0.0.2").status == .ok)
                #expect(try await post(app, form(id), from: "10.0.0.3").status == .ok)
                let third = try await post(app, form(id), from: "10.0.0.4")
                #expect(third.status == .tooManyRequests && third.body.string.contains("今天已申报2次"))
                for _ in 0..<4 { #expect(try await post(app, form(TestIDs.next()), from: "10.0.0.9").status == .ok) }
                let flood = try await post(app, form(TestIDs.next()), from: "10.0.0.9")
                #expect(flood.status == .tooManyRequests && flood.body.string.contains("提交过于频繁"))
                // A person not in the registry is still heard: the clue waits to be linked to a household.
                let unlinked = try await app.sql().raw("SELECT COUNT(*) AS n FROM cases WHERE household_id IS NULL").first()!.decode(column: "n", as: Int.self)
                #expect(unlinked == 5)
            }
        }

        /// Without a trusted proxy the header is the client's own text: a new `X-Forwarded-For` on every request does not
        /// get round the per-address limit, and no header text reaches the audit trail.
        @Test func aForgedForwardedForHeaderIsNotBelieved() async throws {
            try await withFangpin(settings: { $0.selfReportLimits.perAddressPerHour = 3 }) { app in
                let village = try await app.busyVillage()
                func form() -> [String: String] {
                    ["name": "王某", "idNumber": TestIDs.next(), "phone": "13812345678", "villageCode": village, "difficulty": "disaster", "description": "房屋被冲毁"]
                }
                for i in 0..<3 { #expect(try await post(app, form(), from: "10.9.0.\(i)").status == .ok) }
                let fourth = try await post(app, form(), from: "10.9.0.200")
                #expect(fourth.status == .tooManyRequests)
                // A sign-in with text in the header: the trail keeps the socket's address, never the text.
                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var headers: HTTPHeaders = ["X-Forwarded-For": "<evil> 1.2.3.4"]
                headers.contentType = .urlEncodedForm
                _ = try await app.testing(method: .running(hostname: "127.0.0.1", port: 0))
                    .sendRequest(.POST, "/login", headers: headers, body: ByteBuffer(string: "username=clerk&password=wrong-one"))
                let address = try await app.sql().raw("SELECT address FROM audit_log WHERE action = 'login.failure' ORDER BY seq DESC LIMIT 1").first()?
                    .decode(column: "address", as: String.self)
                #expect(address == "127.0.0.1")
            }
        }

        @Test func forwardedAddressesAreReadOnlyFromTrustedProxies() {
            let trusted: Set<String> = ["10.0.0.1", "10.0.0.2"]
            #expect(ClientAddress.resolve(peer: "192.0.2.7", forwardedFor: ["1.2.3.4"], trusted: trusted) == "192.0.2.7")
            #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["6.6.6.6, 1.2.3.4"], trusted: trusted) == "1.2.3.4")
            #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["1.2.3.4, 10.0.0.2"], trusted: trusted) == "1.2.3.4")
            #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["<script>"], trusted: trusted) == "10.0.0.1")
            #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: [], trusted: trusted) == "10.0.0.1")
            #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["1.2.3.4"], trusted: trusted) == "")
            #expect(ClientAddress.normalized("::ffff:1.2.3.4") != nil && ClientAddress.normalized("1.2.3") == nil)
            #expect(ClientAddress.parseList("10.0.0.1, junk,::1") == ["10.0.0.1", "::1"])
        }

        /// Someone else's ID number from another village: the answer is the same as for anyone, names no registered place,
        /// and the clue stays in the chosen village, unlinked, flagged for the township — the household is not touched.
        @Test func aReportWithAnotherVillagesNumberLeaksNothingAndIsFlagged() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let other = try await app.busyVillage(excluding: village)
                let row = try await app.sql().raw("""
                    SELECT m.id_number, m.name FROM members m JOIN households h ON h.id = m.household_id
                    WHERE h.village_code = \(bind: other) AND m.removed_at IS NULL ORDER BY m.id LIMIT 1
                    """).first()!
                let id = try row.decode(column: "id_number", as: String.self)
                let registered = app.regions.fullName(other)
                let probe = try await post(app, ["name": "某人", "idNumber": id, "phone": "13812345678", "villageCode": village,
                                                 "difficulty": "illness", "description": "试探"])
                let stranger = try await post(app, ["name": "某人", "idNumber": TestIDs.next(), "phone": "13812345678", "villageCode": village,
                                                    "difficulty": "illness", "description": "试探"], from: "10.0.0.7")
                #expect(probe.status == .ok && stranger.status == .ok)
                #expect(!probe.body.string.contains(registered) && !probe.body.string.contains(app.regions[other]?.name ?? "-"))
                #expect(probe.body.string.contains(app.regions.fullName(village)))
                let c = try await app.sql().raw("SELECT id, household_id, village_code FROM cases WHERE reporter_id_number = \(bind: id)").first()!
                #expect(try c.decode(column: "household_id", as: String?.self) == nil)
                #expect(try c.decode(column: "village_code", as: String.self) == village)
                let caseID = try c.decode(column: "id", as: String.self)
                let facts = try await app.sql().raw("SELECT facts FROM case_events WHERE case_id = \(bind: caseID)").first()!.decode(column: "facts", as: String.self)
                #expect(facts.contains("请乡镇核实"))
            }
        }

        /// Status lookups are limited per ID number as well as per address: many machines cannot try phones against one number.
        @Test func statusLookupsAreLimitedPerIDNumber() async throws {
            try await withFangpin(settings: { $0.selfReportLimits.lookupsPerIDNumberPerDay = 2; $0.trustedProxies = ["127.0.0.1"] }) { app in
                let id = TestIDs.next()
                func lookup(_ phone: String, from address: String) async throws -> TestingHTTPResponse {
                    var headers: HTTPHeaders = ["X-Forwarded-For": address]
                    headers.contentType = .urlEncodedForm
                    return try await app.testing(method: .running(hostname: "127.0.0.1", port: 0))
                        .sendRequest(.POST, "/self-report/status", headers: headers, body: ByteBuffer(string: "idNumber=\(id)&phone=\(phone)"))
                }
                #expect(try await lookup("13800000001", from: "10.1.0.1").status == .ok)
                #expect(try await lookup("13800000002", from: "10.1.0.2").status == .ok)
                let third = try await lookup("13800000003", from: "10.1.0.3")
                #expect(third.status == .tooManyRequests && third.body.string.contains("该身份证号码今天查询次数已满"))
                // The trail keeps a digest of the number, never the number itself.
                #expect(try await app.sql().raw("SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = \(bind: id)").first()?.decode(column: "n", as: Int.self) == 0)
            }
        }
    }
}
