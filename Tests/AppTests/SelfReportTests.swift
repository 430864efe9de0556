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
            return try await app.testing().sendRequest(.POST, "/self-report", headers: headers, body: ByteBuffer(string: body))
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
                #expect(badID.status == .unprocessableEntity && badID.body.string.contains("校验位"))

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

                // Status lookup needs the ID number and the phone given.
                let wrong = try await app.testing().sendRequest(.GET, "/self-report/status?idNumber=\(id)&phone=13900000000")
                #expect(wrong.body.string.contains("没有找到"))
                let right = try await app.testing().sendRequest(.GET, "/self-report/status?idNumber=\(id)&phone=13812345678")
                #expect(right.body.string.contains("已受理，等待工作人员联系") && !right.body.string.contains(name))
            }
        }

        @Test func reportsAreThrottledPerIDNumberAndPerAddress() async throws {
            try await withFangpin(settings: { $0.selfReportLimits.perAddressPerHour = 4; $0.selfReportLimits.perIDNumberPerDay = 2 }) { app in
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
    }
}
