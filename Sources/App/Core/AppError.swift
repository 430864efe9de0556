import Domain
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// An error a user or API client caused and can fix: rendered as `{"error":{"code","message","field"}}`
/// under `/api` and as a Chinese error page elsewhere.
package struct AppError: AbortError {
    package var status: HTTPResponseStatus
    var code: String
    var message: String
    var field: String?
    /// Extra JSON members beside "error" (a version conflict carries what changed).
    var details: [String: JSON]? = nil

    package var reason: String { message }

    static func notFound(_ what: String = "记录") -> AppError {
        AppError(status: .notFound, code: "not_found", message: "\(what)不存在或不在您的管辖范围内")
    }
    /// A failure of the server itself (500), not of the request.
    package static func internalError(_ message: String) -> AppError { AppError(status: .internalServerError, code: "internal", message: message) }
    static func forbidden(_ message: String) -> AppError { AppError(status: .forbidden, code: "forbidden", message: message) }
    static func unauthorized() -> AppError { AppError(status: .unauthorized, code: "unauthorized", message: "请先登录") }
    package static func badRequest(_ message: String, field: String? = nil, code: String = "invalid") -> AppError {
        AppError(status: .badRequest, code: code, message: message, field: field)
    }
    /// The field errors a form shows: a validation error's list, or the one field it names (none otherwise).
    var fieldErrors: [FieldError] {
        if case .array(let list)? = details?["errors"] {
            return list.compactMap { item in
                guard case .object(let o) = item, case .string(let field)? = o["field"], case .string(let message)? = o["message"] else { return nil }
                var code = ""
                if case .string(let c)? = o["code"] { code = c }
                return FieldError(field: field, code: code, message: message)
            }
        }
        return field.map { [FieldError(field: $0, code: code, message: message)] } ?? []
    }

    static func validation(_ errors: [FieldError]) -> AppError {
        let first = errors.first ?? FieldError(field: "", message: "输入有误")
        return AppError(status: .unprocessableEntity, code: first.code, message: first.message, field: first.field,
                        details: ["errors": .array(errors.map { .object(["field": .string($0.field), "code": .string($0.code), "message": .string($0.message)]) })])
    }
}

extension RegistryError {
    var appError: AppError {
        switch self {
        case .validation(let errors): return .validation(errors)
        case .notFound: return .notFound("农户或成员")
        case .forbidden(let m): return .forbidden(m)
        case .versionConflict(let current, let since): return .conflict(current: current, since: since)
        case .versionRequired: return .versionRequired()
        }
    }
}

extension AppError {
    /// An update of a versioned record that does not say which version it was based on.
    static func versionRequired() -> AppError {
        AppError(status: .preconditionRequired, code: "version_required",
                 message: "请提供修改前读取的版本号（version，或请求头If-Match），以免覆盖他人在此期间的修改", field: "version")
    }

    static func conflict(current: Int, since: [ChangeRecord]) -> AppError {
        let who = since.last.map { "\($0.actor)于\(Clock.format($0.at))" } ?? "他人"
        let fields = since.flatMap(\.changes).map { "\($0.label)：\($0.before ?? "空") → \($0.after ?? "空")" }
        let message = "保存失败：您打开后该记录已被\(who)修改（当前版本\(current)）。" +
            (fields.isEmpty ? "" : "对方修改了：" + fields.joined(separator: "；") + "。") + "请刷新后重新填写。"
        return AppError(status: .conflict, code: "version_conflict", message: message, field: "version",
                        details: ["currentVersion": .number(Double(current)),
                                  "changes": .array(since.map { c in
                                      .object(["actor": .string(c.actor), "at": .string(Clock.iso(c.at)), "version": .number(Double(c.version)),
                                               "fields": .array(c.changes.map { .object(["field": .string($0.field), "label": .string($0.label),
                                                                                         "before": $0.before.map(JSON.string) ?? .null,
                                                                                         "after": $0.after.map(JSON.string) ?? .null]) })])
                                  })])
    }
}

/// Renders errors: JSON for the API, an HTML page for people. Never a 500 for bad input.
struct FangpinErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let e = Self.normalize(error)
            if e.status.code >= 500 {
                // `reflecting`: PostgreSQL's errors describe themselves generically; the whole text can hold every bound
                // value of a bulk statement, so it is cut.
                request.logger.error("\(String(reflecting: error).prefix(2000))")
            }
            if e.status == .forbidden || e.status == .notFound { await RefusalAudit.record(request, status: e.status) }
            if request.url.path.hasPrefix("/api") || ["/healthz", "/readyz", "/metrics"].contains(request.url.path) || request.wantsJSON {
                var body: [String: JSON] = ["error": .object(["code": .string(e.code), "message": .string(e.message),
                                                              "field": e.field.map(JSON.string) ?? .null,
                                                              "requestId": .string(request.requestID)])]
                for (k, v) in e.details ?? [:] { body[k] = v }
                let response = Response(status: e.status)
                try response.content.encode(JSON.object(body), as: .json)
                if e.status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            if e.status == .unauthorized {
                return request.redirect(to: "/login?next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"))
            }
            let page = ErrorPage.View(status: e.status, message: e.message, viewer: request.signedInViewer, requestID: request.requestID)
            return page.response(status: e.status)
        }
    }

    static func normalize(_ error: any Error) -> AppError {
        switch error {
        case let e as AppError: return e
        case let e as RegistryError: return e.appError
        case let e as ValidationErrors: return .validation(e.errors)
        case is DecodingError:
            return .badRequest("请求内容不是有效的JSON，或字段类型不符", code: "bad_json")
        case let e as any AbortError:
            let messages: [UInt: String] = [400: "请求有误", 401: "请先登录", 403: "无权访问", 404: "页面不存在",
                                            405: "不支持该请求方法", 413: "请求内容过大", 415: "请求内容类型不受支持", 422: "输入有误"]
            let msg = messages[e.status.code] ?? (e.status.code >= 500 ? "服务器内部错误，请稍后再试" : e.reason)
            return AppError(status: e.status, code: e.status.code == 404 ? "not_found" : "http_\(e.status.code)", message: msg)
        default:
            return AppError(status: .internalServerError, code: "internal", message: "服务器内部错误，请稍后再试")
        }
    }
}

/// A small JSON value for bodies whose shape follows the field tables.
indirect enum JSON: Codable, Sendable, Equatable {
    case string(String), number(Double), decimal(Decimal), bool(Bool), null, array([JSON]), object([String: JSON])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Decimal.self) { self = .decimal(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSON].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n): if n == n.rounded() && abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .decimal(let d): try c.encode(d)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The scalar as the text a form would have sent; `nil` for objects.
    var formText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() ? String(Int64(n)) : String(n)
        case .decimal(let d): return "\(d)"
        case .bool(let b): return b ? "true" : "false"
        case .null: return ""
        case .array(let a):
            let parts = a.compactMap(\.formText)
            return parts.count == a.count ? parts.joined(separator: ",") : nil
        case .object: return nil
        }
    }
}

/// A signed-in user refused a record or an action (403, or 404 on a record outside their scope) is in the audit trail:
/// scans and probes show up. At most one entry per user, route and minute, so a scan cannot flood the trail or turn
/// every refused GET into a write.
enum RefusalAudit {
    static func record(_ request: Request, status: HTTPStatus, now: Date = Date()) async {
        guard let session = request.auth.get(Session.self), let route = request.route else { return }
        let key = RoutePermissions.key(route)
        guard request.application.refusals.firstThisMinute(session.principal.username + "|" + key, now: now) else { return }
        try? await AuditLog.record(on: request.db, request.auditActor(session.principal), action: "access.refused", entity: "route", entityID: key,
                                   detail: ["status": .number(Double(status.code)), "path": .string(String(request.url.path.prefix(200)))])
    }
}

/// Which refusals were recorded in the current minute (one server's memory: a restart may record one more).
package final class RefusalThrottle: Sendable {
    private let seen = NIOLockedValueBox<[String: Int64]>([:])

    /// Whether `key` (who, and what was refused) has not been recorded yet in this minute; notes it if so.
    func firstThisMinute(_ key: String, now: Date = Date()) -> Bool {
        let minute = Int64(now.timeIntervalSince1970) / 60
        return seen.withLockedValue { s -> Bool in
            if s.count > 20_000 { s = s.filter { $0.value >= minute } }
            guard s[key] != minute else { return false }
            s[key] = minute
            return true
        }
    }
}

extension Application {
    private struct RefusalsKey: StorageKey { typealias Value = RefusalThrottle }
    /// Set up by `configure`; an application configured otherwise gets a fresh one each time (records every refusal).
    var refusals: RefusalThrottle {
        get { storage[RefusalsKey.self] ?? RefusalThrottle() }
        set { storage[RefusalsKey.self] = newValue }
    }
}

extension Optional {
    /// The value, or `error` when there is none: what a request path writes instead of `!`, so a missing
    /// row or field is an answer (404, 422) and never a trap that ends the process.
    func orThrow(_ error: @autoclosure () -> any Error) throws -> Wrapped {
        guard let value = self else { throw error() }
        return value
    }
}

extension SQLRow {
    /// The row as a record whose property names are its columns in camel case (`county_code` → `countyCode`,
    /// `household_id` → `householdId`): the one way a store decodes a row, apart from the bulk paths' byte-level readers.
    package func record<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try decode(model: T.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    /// A stored date column. A value that is not a date is a decoding error (the request fails with a 500
    /// and is logged), never a trap.
    func day(_ column: String) throws -> Day {
        let text = try decode(column: column, as: String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "列 \(column) 不是日期：\(text.prefix(40))"))
        }
        return day
    }
}

extension AppError {
    package init(status: HTTPResponseStatus, code: String, message: String, field: String? = nil) {
        self.status = status; self.code = code; self.message = message; self.field = field
    }
}
