import Domain
import Fluent
import SQLKit
import Vapor

/// The signed-in user of a request: who, in which role and scope, and the form token of the session.
struct Session: Authenticatable {
    var userID: UUID
    var tokenID: UUID
    var principal: Principal
    var displayName: String
    var csrf: String
    var tokenKind: UserToken.Kind = .web
    /// The account must set its own password before anything else (a new or reset account).
    var mustChangePassword = false
}

package enum Tokens {
    package static let cookieName = "fangpin_session"

    static func random() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &g) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        Hex.sha256(token)
    }

    /// Checks the password and issues a token; the same message for an unknown user and a wrong password.
    /// Signs in; every attempt, failed or not, goes to the audit trail with the client's address.
    package static func login(username: String, password: String, kind: UserToken.Kind, lifetime: Int, on db: any Database, now: Date,
                      address: String = "", auditKey: SymmetricKey?, lockout: Lockout = Lockout(), refusals: RefusalThrottle? = nil) async throws -> (String, User) {
        let found = try await User.query(on: db).filter(\.$username == username).first()
        func audit(_ action: String, _ reason: String? = nil) async throws {
            try await AuditLog.record(on: db, AuditLog.Actor(username: username, role: found?.role?.rawValue ?? "", address: address, at: now, key: auditKey),
                                      action: action, entity: "user", entityID: username,
                                      detail: ["kind": .string(kind.rawValue), "reason": reason.map(JSON.string) ?? .null])
        }
        do {
            try await checkLockout(username: username, address: address, lockout: lockout, on: try db.sql(), now: now)
        } catch let e as AppError {
            // Recorded, but as a refusal: it does not count towards (or prolong) the lock; once a minute per account and
            // address, so hammering a locked account cannot flood the trail.
            if refusals?.firstThisMinute("login|" + username + "|" + address, now: now) ?? true { try await audit("login.refused", e.code) }
            throw e
        }
        guard let user = found, (try? Bcrypt.verify(password, created: user.passwordHash)) == true else {
            try await audit("login.failure", found == nil ? "unknown user" : "wrong password")
            throw AppError(status: .unauthorized, code: "bad_credentials", message: "用户名或密码错误", field: "password")
        }
        guard !user.disabled else {
            try await audit("login.failure", "disabled")
            throw AppError(status: .forbidden, code: "account_disabled", message: "该账号已停用，请联系县级管理员", field: "username")
        }
        try await audit("login.success")
        let token = random()
        let t = UserToken()
        t.$user.id = try user.requireID()
        t.tokenHash = hash(token)
        t.kind = kind.rawValue
        t.csrf = random()
        let stamp = Int64(now.timeIntervalSince1970)
        t.createdAt = stamp
        t.lastSeen = stamp
        t.expiresAt = stamp + Int64(lifetime)
        try await db.write { db in try await t.save(on: db) }
        return (token, user)
    }

    /// Refuses a sign-in while the account has had `accountFailures` failures in the window since its last success,
    /// or the address `addressFailures`. The audit trail is the record of attempts.
    static func checkLockout(username: String, address: String, lockout: Lockout, on sql: any SQLDatabase, now: Date) async throws {
        let since = Int64(now.timeIntervalSince1970) - Int64(lockout.seconds)
        let failures = try await sql.raw("""
            SELECT COUNT(*) AS n, MAX(at) AS last FROM audit_log WHERE action = 'login.failure' AND entity_id = \(bind: username) AND at >= \(bind: since)
              AND seq > COALESCE((SELECT MAX(seq) FROM audit_log WHERE action = 'login.success' AND entity_id = \(bind: username)), 0)
            """).first()
        if let f = failures, try f.decode(column: "n", as: Int.self) >= lockout.accountFailures {
            let last = try f.decode(column: "last", as: Int64?.self) ?? since
            let until = Clock.format(last + Int64(lockout.seconds)).suffix(5)
            throw AppError(status: .tooManyRequests, code: "account_locked",
                           message: "连续\(lockout.accountFailures)次密码错误，账号已临时锁定，请于\(until)后再试或联系县级管理员", field: "username")
        }
        guard !address.isEmpty else { return }
        let fromAddress = try await sql.raw("""
            SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login.failure' AND address = \(bind: address) AND at >= \(bind: since)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        if fromAddress >= lockout.addressFailures {
            throw AppError(status: .tooManyRequests, code: "address_throttled",
                           message: "该地址登录失败次数过多，请\(lockout.seconds / 60)分钟后再试", field: "username")
        }
    }

    /// Finds the live session for a token of one of `kinds`, sliding the idle timeout for web sessions.
    /// With `cached` (SQLite) a session read from the database is kept until the next write (`Writes`: a logout, a
    /// disabled account or a changed role are all writes) while it needs no sliding of its last-seen time.
    static func session(for token: String, kinds: [UserToken.Kind], idleSeconds: Int, on db: any Database, now: Date,
                        cache: WriteCache<CachedSession>? = nil) async throws -> Session? {
        let tokenHash = hash(token), stamp = Int64(now.timeIntervalSince1970)
        let key = tokenHash + "|" + kinds.map(\.rawValue).joined(separator: ",")
        if let c = cache?.get(key), c.expiresAt > stamp, stamp - c.lastSeen <= c.slide { return c.session }
        let generation = cache?.generation ?? 0
        guard let t = try await UserToken.query(on: db).filter(\.$tokenHash == tokenHash).filter(\.$kind ~~ kinds.map(\.rawValue))
            .with(\.$user).first(), let kind = UserToken.Kind(rawValue: t.kind) else { return nil }
        guard t.expiresAt > stamp, !t.user.disabled, let role = t.user.role else { return nil }
        if kind == .upload || kind == .scrape, stamp - t.lastSeen > 3600 {
            // A department's token shows when it was last used (hourly precision).
            t.lastSeen = stamp
            try await db.writeIfFree { db in try await t.save(on: db) }
        }
        if kind == .web {
            guard stamp - t.lastSeen <= Int64(idleSeconds) else { return nil }
            // Writing on every request would serialise reads behind the SQLite writer; a minute's precision is enough.
            if stamp - t.lastSeen > 60 {
                t.lastSeen = stamp
                t.expiresAt = stamp + Int64(idleSeconds)
                // Skipped while a long write (an import) holds the gate: the next request slides it.
                try await db.writeIfFree { db in try await t.save(on: db) }
            }
        }
        var households: Set<String>?
        if role == .helper {
            // A helper sees the households assigned to their register entry, and nothing without one.
            households = Set(try await (try db.sql()).raw("""
                SELECT household_id FROM household_helpers WHERE helper_id = \(bind: t.user.helperID ?? "") AND ended_on IS NULL
                """).all().map { try $0.decode(column: "household_id", as: String.self) })
        }
        let session = Session(userID: try t.user.requireID(), tokenID: try t.requireID(),
                              principal: Principal(username: t.user.username, role: role, scope: t.user.scope, households: households),
                              displayName: t.user.displayName, csrf: t.csrf, tokenKind: kind,
                              mustChangePassword: t.user.mustChangePassword == true)
        if let cache {
            cache.set(key, CachedSession(session: session, expiresAt: t.expiresAt, lastSeen: t.lastSeen,
                                                slide: kind == .web ? 60 : kind == .upload || kind == .scrape ? 3600 : Int64.max / 2), generation: generation)
        }
        return session
    }

    /// A session as read, with what decides when it must be read again: its expiry, and how long after it was last
    /// seen its last-seen time must be written (a minute for web sessions, an hour for upload tokens).
    struct CachedSession: Sendable { var session: Session; var expiresAt: Int64; var lastSeen: Int64; var slide: Int64 }

    /// Issues a long-lived token — a department's upload token or a monitoring token — shown once; the caller records
    /// it in the audit trail.
    static func issueLongLived(_ kind: UserToken.Kind, for user: User, label: String, lifetime: Int, on db: any Database, now: Date) async throws -> (String, UserToken) {
        let token = random()
        let t = UserToken()
        t.$user.id = try user.requireID()
        t.tokenHash = hash(token)
        t.kind = kind.rawValue
        t.csrf = random()
        t.label = label
        let stamp = Int64(now.timeIntervalSince1970)
        t.createdAt = stamp
        t.lastSeen = stamp
        t.expiresAt = stamp + Int64(lifetime)
        try await db.write { db in try await t.save(on: db) }
        return (token, t)
    }
}

/// Web pages: the session cookie.
struct CookieAuthenticator: AsyncRequestAuthenticator {
    func authenticate(request: Request) async throws {
        guard let token = request.cookies[Tokens.cookieName]?.string, !token.isEmpty else { return }
        if let file = request.config.sqliteFile { request.caches.external.check(database: file) }
        if let s = try await Tokens.session(for: token, kinds: [.web], idleSeconds: request.config.sessionIdleSeconds, on: request.db, now: Date(),
                                            cache: request.config.isPostgres ? nil : request.caches.sessions) {
            request.auth.login(s)
        }
    }
}

/// API: `Authorization: Bearer …`, a sign-in token or a department upload token; the latter only on upload routes.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        if let file = request.config.sqliteFile { request.caches.external.check(database: file) }
        guard let s = try await Tokens.session(for: bearer.token, kinds: [.api, .upload], idleSeconds: Int.max / 2,
                                               on: request.db, now: Date(), cache: request.config.isPostgres ? nil : request.caches.sessions) else { return }
        if s.tokenKind == .upload {
            guard let route = request.route, RoutePermissions.opensToUploadTokens(route) else {
                throw AppError(status: .forbidden, code: "upload_token_only", message: "部门上传令牌只能用于数据上传接口，不能查询或修改其他数据")
            }
        }
        request.auth.login(s)
    }
}

/// Refuses anonymous requests (JSON 401 under /api, a redirect to the login page elsewhere)
/// and checks the form token on every state-changing web request.
struct RequireSession: AsyncMiddleware {
    var checkCSRF: Bool

    /// What an account that must change its password may still reach.
    static let openBeforePasswordChange: Set<String> = ["/account/password", "/logout", "/api/v1/auth/token"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let session = request.auth.get(Session.self) else { throw AppError.unauthorized() }
        if session.mustChangePassword, !Self.openBeforePasswordChange.contains(request.url.path) {
            // A new or reset account sets its own password first: pages lead there, the API refuses.
            if checkCSRF, request.method == .GET { return request.redirect(to: "/account/password?first=1") }
            throw AppError(status: .forbidden, code: "must_change_password", message: "首次登录或密码被重置后，须先在“修改密码”页设置自己的密码")
        }
        if checkCSRF, request.method != .GET, request.method != .HEAD {
            // A body larger than its first chunk (an upload; a long form such as the policy page's) streams in, and its
            // form token is inside what is not read yet. Read it whole first, up to the route's own limit (uploads) or
            // the default body size, or its token would look missing.
            if request.body.data == nil {
                let limit = request.route.flatMap(RoutePermissions.uploadLimit(of:)) ?? request.application.routes.defaultMaxBodySize.value
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = (try? request.content.get(String.self, at: "_csrf")) ?? request.headers.first(name: "X-CSRF-Token")
            guard sent == session.csrf else {
                throw AppError(status: .forbidden, code: "csrf", message: "表单已过期或来源不明，请刷新页面后重新提交")
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    var session: Session {
        get throws {
            guard let s = auth.get(Session.self) else { throw AppError.unauthorized() }
            return s
        }
    }

    func require(_ action: Action) throws -> Principal {
        let p = try session.principal
        guard Permissions.allows(p.role, action) else {
            throw AppError.forbidden("您的角色（\(p.role.label)）无权进行此操作")
        }
        return p
    }
}
