import Foundation
import Vapor

/// The outermost middleware: gives each request its id (the client's `X-Request-Id` when it is a plain token, else a
/// new one), answers with it in `X-Request-Id` (error bodies carry it too), writes one structured access-log line and
/// counts the request for `/metrics` under its route pattern ("/households/:id"), never the raw path.
struct RequestMetricsMiddleware: AsyncMiddleware {
    /// The level of the access-log line (`FANGPIN_ACCESS_LOG`: info, debug or off).
    let level: Logger.Level?

    struct IDKey: StorageKey { typealias Value = String }

    static func requestID(from sent: String) -> String {
        let allowed = sent.utf8.allSatisfy { c in
            (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 46 || c == 95
        }
        let length = sent.utf8.count
        return allowed && length > 0 && length <= 64 ? sent : UUID().uuidString
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let id = Self.requestID(from: request.headers.first(name: .xRequestId) ?? "")
        request.storage[IDKey.self] = id
        request.logger[metadataKey: "request-id"] = .string(id)
        let start = Metrics.clock
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        func finish(_ status: HTTPResponseStatus) {
            let seconds = Metrics.seconds(since: start)
            Metrics.shared.request(method: request.method.rawValue, route: route, status: status.code, seconds: seconds)
            if let level {
                request.logger.log(level: level, "access", metadata: [
                    "method": .string(request.method.rawValue), "path": .string(String(request.url.path.prefix(200))), "route": .string(route),
                    "status": .stringConvertible(status.code), "ms": .string(String(format: "%.1f", seconds * 1000)),
                    "address": .string(request.clientAddress),
                ])
            }
        }
        do {
            let response = try await next.respond(to: request)
            response.headers.replaceOrAdd(name: .xRequestId, value: id)
            finish(response.status)
            return response
        } catch {
            finish((error as? any AbortError)?.status ?? .internalServerError)
            throw error
        }
    }
}

extension Request {
    /// This request's id, as answered in `X-Request-Id` and written in its log lines.
    var requestID: String { storage[RequestMetricsMiddleware.IDKey.self] ?? id }
}
