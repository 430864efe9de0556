@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// Every API route answers bad input with a 4xx and a structured error naming the field, never a 500.
    @Suite struct BadInputTests {
        struct Case: CustomStringConvertible {
            let method: HTTPMethod
            let path: String
            let body: String?
            let status: HTTPStatus
            let field: String?
            var description: String { "\(method) \(path) \(body ?? "")" }
        }

        @Test func everyRouteRefusesBadInputWithAField() async throws {
            try await withFangpin { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                let village = try await app.busyVillage(min: 2)
                let ids = try await app.householdIDs(in: village)
                let h = ids[0]
                let memberRows = try await app.sql().raw("SELECT id FROM members WHERE household_id = \(bind: h) AND removed_at IS NULL").all()
                let m = try memberRows[0].decode(column: "id", as: String.self)
                let cases: [Case] = [
                    Case(method: .POST, path: "/api/v1/auth/login", body: #"{"username":5,"password":"x"}"#, status: .badRequest, field: "username"),
                    Case(method: .GET, path: "/api/v1/households?page=zero", body: nil, status: .badRequest, field: "page"),
                    Case(method: .GET, path: "/api/v1/households?per=100000", body: nil, status: .badRequest, field: "per"),
                    Case(method: .GET, path: "/api/v1/households?category=rich", body: nil, status: .badRequest, field: "category"),
                    Case(method: .GET, path: "/api/v1/households?village=12", body: nil, status: .badRequest, field: "village"),
                    Case(method: .GET, path: "/api/v1/households?sort=salary", body: nil, status: .badRequest, field: "sort"),
                    Case(method: .POST, path: "/api/v1/households", body: #"{"villageCode":"\#(village)","members":"many"}"#, status: .badRequest, field: "members"),
                    Case(method: .POST, path: "/api/v1/households", body: #"{"villageCode":"999999999999","category":"ordinary"}"#, status: .unprocessableEntity, field: "villageCode"),
                    Case(method: .POST, path: "/api/v1/households", body: #"{"villageCode":"\#(village)","shoeSize":42}"#, status: .badRequest, field: "shoeSize"),
                    Case(method: .POST, path: "/api/v1/households", body: #"{"villageCode":"\#(village)","category":"ordinary","members":[{"idNumber":"450224198001010010","name":"张三","relation":"head"}]}"#,
                         status: .unprocessableEntity, field: "members[0].idNumber"),
                    Case(method: .GET, path: "/api/v1/households/not-an-id", body: nil, status: .notFound, field: nil),
                    Case(method: .PATCH, path: "/api/v1/households/\(h)", body: #"{"version":1,"phone":"12"}"#, status: .unprocessableEntity, field: "phone"),
                    Case(method: .PATCH, path: "/api/v1/households/\(h)", body: #"{"version":"one"}"#, status: .badRequest, field: "version"),
                    Case(method: .PATCH, path: "/api/v1/households/\(h)", body: #"{"version":1,"liftedYear":"soon"}"#, status: .unprocessableEntity, field: "liftedYear"),
                    Case(method: .PATCH, path: "/api/v1/households/\(h)", body: "[1,2]", status: .badRequest, field: nil),
                    Case(method: .GET, path: "/api/v1/households/\(UUID().uuidString.lowercased())/history", body: nil, status: .notFound, field: nil),
                    Case(method: .GET, path: "/api/v1/households/\(UUID().uuidString.lowercased())/events", body: nil, status: .notFound, field: nil),
                    Case(method: .POST, path: "/api/v1/households/\(h)/members", body: #"{"name":"李四","relation":"son"}"#, status: .unprocessableEntity, field: "idNumber"),
                    Case(method: .POST, path: "/api/v1/households/\(h)/members", body: #"{"idNumber":"\#(TestIDs.next())","name":"李四","relation":"son","event":"birth","eventDate":"2026-02-30"}"#,
                         status: .unprocessableEntity, field: "eventDate"),
                    Case(method: .POST, path: "/api/v1/households/\(h)/split", body: #"{"members":[]}"#, status: .badRequest, field: "members"),
                    Case(method: .POST, path: "/api/v1/households/\(h)/split", body: #"{"members":[{"id":"\#(m)","relation":"boss"}]}"#, status: .badRequest, field: "members[0].relation"),
                    Case(method: .POST, path: "/api/v1/households/\(h)/merge", body: #"{"members":[]}"#, status: .badRequest, field: "intoHouseholdId"),
                    Case(method: .GET, path: "/api/v1/members/nobody", body: nil, status: .notFound, field: nil),
                    Case(method: .PATCH, path: "/api/v1/members/\(m)", body: #"{"version":1,"sex":"x"}"#, status: .unprocessableEntity, field: "sex"),
                    Case(method: .DELETE, path: "/api/v1/members/\(m)", body: #"{"event":"vanished"}"#, status: .unprocessableEntity, field: "event"),
                    Case(method: .POST, path: "/api/v1/members/\(m)/make-head", body: #"{}"#, status: .badRequest, field: "formerHeadRelation"),
                ]
                for c in cases {
                    let res = try await app.api(c.method, c.path, token: admin, json: c.body)
                    #expect(res.status == c.status, "\(c): got \(res.status) \(res.body.string.prefix(200))")
                    let err = res.errorBody
                    #expect(err != nil && err?.message.isEmpty == false, "\(c): structured error")
                    if let field = c.field {
                        // The first error is in "error"; a validation failure lists all of them under "errors".
                        let listed = (res.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
                        #expect(err?.field == field || listed.contains(field), "\(c): field \(String(describing: err?.field)) \(listed)")
                    }
                }
            }
        }
    }
}
