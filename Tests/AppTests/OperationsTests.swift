@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// What the county's administrator monitors: `/readyz`, `/metrics` with its three ways in, and request ids.
    @Suite struct OperationsTests {
        static func metrics(_ app: Application, token: String? = nil, from address: String? = nil) async throws -> TestingHTTPResponse {
            var headers: HTTPHeaders = [:]
            if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
            guard let address else { return try await app.testing().sendRequest(.GET, "/metrics", headers: headers) }
            // Over a real socket, so the server sees a peer (127.0.0.1, a trusted proxy here) and reads the header.
            headers.add(name: "X-Forwarded-For", value: address)
            return try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(.GET, "/metrics", headers: headers)
        }

        @Test func readyzAnswersWhenTheDatabaseDoes() async throws {
            try await withFangpin(households: 0) { app in
                let r = try await app.testing().sendRequest(.GET, "/readyz")
                #expect(r.status == .ok && r.json["status"] as? String == "ready")
                #expect(r.json["database"] as? String == (app.config.isPostgres ? "postgresql" : "sqlite"))
            }
        }

        @Test func metricsAreReadByAnAdminsTokenAndCountRoutesNotPaths() async throws {
            try await withFangpin(households: 20) { app in
                let admin = try await app.token(role: .countyAdmin, scope: "450224")
                // Traffic: a list, a household that does not exist (a route with a parameter), a path no route serves; the
                // token's sign-in was a write.
                #expect(try await app.api(.GET, "/api/v1/households", token: admin).status == .ok)
                #expect(try await app.api(.GET, "/api/v1/households/nope", token: admin).status == .notFound)
                #expect(try await app.testing().sendRequest(.GET, "/no/such/<script>").status == .notFound)

                // Nobody without a token or a named address; not a village officer.
                let anonymous = try await Self.metrics(app)
                #expect(anonymous.status == .unauthorized && anonymous.errorBody?.code == "unauthorized")
                let village = try await app.token(role: .villageOfficer, scope: try await app.busyVillage())
                #expect(try await Self.metrics(app, token: village).status == .forbidden)

                let r = try await Self.metrics(app, token: admin)
                #expect(r.status == .ok && r.headers.contentType?.description.hasPrefix("text/plain") == true)
                let text = r.body.string
                #expect(text.contains(#"fangpin_http_requests_total{method="GET",route="/api/v1/households",status="200"}"#))
                #expect(text.contains(#"fangpin_http_requests_total{method="GET",route="/api/v1/households/:id",status="404"}"#))
                #expect(text.contains(#"route="unmatched""#) && !text.contains("<script>") && !text.contains("/households/nope"))
                #expect(text.contains(#"fangpin_http_request_duration_seconds_bucket{route="/api/v1/households",le="+Inf"}"#))
                #expect(text.contains("# TYPE fangpin_write_queue_wait_seconds histogram") && text.contains("fangpin_write_queue_wait_seconds_count{database="))
                #expect(text.contains("fangpin_write_queue_waiting ") && text.contains("process_start_time_seconds "))
                #expect(text.contains("fangpin_database_pool_connections_per_loop \(app.databasePoolSize)"))
                // Every sample line is `name{labels} number` or `name number`.
                for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                    #expect(line.split(separator: " ").last.flatMap { Double($0) } != nil, "\(line)")
                }
            }
        }

        @Test func aMonitoringTokenReadsMetricsOnly() async throws {
            try await withFangpin(households: 10, settings: { $0.trustedProxies = ["127.0.0.1"]; $0.metricsAddresses = ["10.0.0.7"] }) { app in
                // A named address needs no token; its neighbour does.
                #expect(try await Self.metrics(app, from: "10.0.0.7").status == .ok)
                #expect(try await Self.metrics(app, from: "10.0.0.8").status == .unauthorized)

                try await app.makeUser("clerk", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "clerk")
                let page = try await b.get("/account/tokens")
                #expect(page.body.string.contains("scrape-token-form"))
                let empty = try await b.post("/account/tokens/metrics", ["label": ""])
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请填写令牌用途"))
                let issued = try await b.post("/account/tokens/metrics", ["label": "普罗米修斯采集"])
                let html = issued.body.string
                #expect(issued.status == .ok && html.contains("已生成运行监控令牌") && html.contains("只能读取运行指标"))
                let token = try #require(html.range(of: #"<pre class="token">"#).flatMap { start in
                    html[start.upperBound...].range(of: "</pre>").map { String(html[start.upperBound..<$0.lowerBound]) }
                })
                #expect(try await Self.metrics(app, token: token).status == .ok)
                // It opens nothing else.
                #expect(try await app.api(.GET, "/api/v1/households", token: token).status == .unauthorized)
                let list = try await b.get("/account/tokens")
                #expect(list.body.string.contains("运行监控令牌") && list.body.string.contains("普罗米修斯采集"))

                // A village officer cannot issue one.
                try await app.makeUser("cun", role: .villageOfficer, scope: try await app.busyVillage())
                var v = try await Browser.login(app, username: "cun")
                #expect(try await v.get("/account/tokens").body.string.contains("scrape-token-form") == false)
                #expect(try await v.post("/account/tokens/metrics", ["label": "x"]).status == .forbidden)
            }
        }

        @Test func everyAnswerCarriesItsRequestID() async throws {
            try await withFangpin(households: 0) { app in
                let sent = try await app.testing().sendRequest(.GET, "/api/v1/households", headers: ["X-Request-Id": "gateway-42.a_b"])
                #expect(sent.status == .unauthorized && sent.headers.first(name: "X-Request-Id") == "gateway-42.a_b")
                #expect((sent.json["error"] as? [String: Any])?["requestId"] as? String == "gateway-42.a_b")
                // A hostile id is replaced by a fresh one, never echoed.
                let hostile = try await app.testing().sendRequest(.GET, "/healthz", headers: ["X-Request-Id": "a b<script>" + String(repeating: "x", count: 100)])
                let id = try #require(hostile.headers.first(name: "X-Request-Id"))
                #expect(!id.contains("<") && UUID(uuidString: id) != nil)
                let plain = try await app.testing().sendRequest(.GET, "/healthz")
                #expect(plain.headers.first(name: "X-Request-Id").flatMap(UUID.init(uuidString:)) != nil)
            }
        }
    }
}
