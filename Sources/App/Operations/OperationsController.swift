import Domain
import Foundation
import SQLKit
import Vapor

/// What an administrator's monitoring reads: `/readyz` (the database answers) and `/metrics` (Prometheus text).
enum OperationsController {
    /// `GET /readyz`: 200 when the database answers a query, 503 otherwise; for load balancers and process managers.
    @Sendable static func ready(req: Request) async throws -> Response {
        do {
            _ = try await (try req.db.sql()).raw("SELECT 1 AS one").first()
            return try API.response(.object(["status": .string("ready"), "database": .string(req.config.isPostgres ? "postgresql" : "sqlite")]))
        } catch {
            req.logger.warning("readyz: database did not answer: \(String(describing: error).prefix(300))")
            throw AppError(status: .serviceUnavailable, code: "database_unavailable", message: "数据库暂时无法访问")
        }
    }

    /// `GET /metrics`: to an address named in `FANGPIN_METRICS_ADDRESSES`, or to the bearer token (an API sign-in or a
    /// long-lived monitoring token) of an account that may read the metrics.
    @Sendable static func metrics(req: Request) async throws -> Response {
        try await authorize(req)
        let queued = await WriteGate.shared.queued
        var gauges: [(String, String, Double)] = [
            ("process_start_time_seconds", "Start time of the process since the Unix epoch", Metrics.shared.startedAt.timeIntervalSince1970),
            ("fangpin_write_queue_waiting", "Write transactions waiting for the write gate now", Double(queued)),
        ]
        if let rss = Metrics.residentBytes() { gauges.append(("process_resident_memory_bytes", "Resident memory of the process", rss)) }
        gauges.append(("fangpin_database_pool_connections_per_loop", "Database connections per event loop (the pool's size)",
                       Double(req.application.databasePoolSize)))
        let response = Response(status: .ok, body: .init(string: Metrics.shared.text(gauges: gauges)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    static func authorize(_ req: Request) async throws {
        if req.config.metricsAddresses.contains(req.clientAddress) { return }
        guard let bearer = req.headers.bearerAuthorization else {
            throw AppError(status: .unauthorized, code: "unauthorized", message: "请以监控令牌或接口令牌访问（Authorization: Bearer 令牌）")
        }
        guard let s = try await Tokens.session(for: bearer.token, kinds: [.api, .scrape], idleSeconds: Int.max / 2, on: req.db, now: Date()) else {
            throw AppError(status: .unauthorized, code: "unauthorized", message: "令牌无效或已过期")
        }
        guard Permissions.allows(s.principal.role, .readMetrics) else { throw AppError.forbidden("只有县级以上管理员可以读取运行指标") }
    }
}
