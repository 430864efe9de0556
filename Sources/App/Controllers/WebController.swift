import Domain
import Fluent
import Vapor

/// Sign-in, sign-out and the start page.
enum WebController {
    /// `/`, and the page after signing in when no other was asked for: where the role's day starts.
    @Sendable static func home(req: Request) async throws -> Response {
        req.redirect(to: landing(try req.session.principal.role))
    }

    /// 待办 for the roles with a worklist (steps to take, measures to record); a department's pushed warnings and
    /// their results for a department; the registry, or the region tree, for the others.
    static func landing(_ role: Role) -> String {
        if role == .departmentOfficer { return SiteURL.warnings() }
        if Permissions.allows(role, .handleCases) || Permissions.allows(role, .recordMeasures) { return SiteURL.inbox }
        return Permissions.allows(role, .viewRegistry) ? SiteURL.households : SiteURL.regions
    }

    @Sendable static func loginForm(req: Request) async throws -> Page {
        let next = SafeRedirect.path(req.queryText("next"))
        return req.page { LoginPage.view(.init(next: next)) }
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = FormBody.fields(req)
        let username = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let next = SafeRedirect.path(form["next"])
        guard !username.isEmpty, !password.isEmpty else {
            return req.page(.unprocessableEntity) { LoginPage.view(.init(username: username, error: "请输入用户名和密码", next: next)) }.response()
        }
        do {
            let (token, _) = try await Tokens.login(username: username, password: password, kind: .web,
                                                    lifetime: req.config.sessionIdleSeconds, on: req.db, now: Date(),
                                                    address: req.clientAddress, auditKey: req.application.auditKey, lockout: req.config.lockout,
                                                    refusals: req.application.refusals)
            let response = req.redirect(to: next)
            response.cookies[Tokens.cookieName] = HTTPCookies.Value(string: token, isSecure: req.isServedOverTLS, isHTTPOnly: true, sameSite: .lax)
            return response
        } catch let e as AppError {
            return req.page(e.status) { LoginPage.view(.init(username: username, error: e.message, next: next)) }.response()
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        if let s = req.auth.get(Session.self) {
            try await req.db.write { db in try await UserToken.query(on: db).filter(\.$id == s.tokenID).delete() }
        }
        let response = req.redirect(to: SiteURL.login)
        response.cookies[Tokens.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), isHTTPOnly: true, sameSite: .lax)
        return response
    }

    @Sendable static func regions(req: Request) async throws -> Page {
        let p = try req.require(.viewRegions)
        let dir = req.regions
        func build(_ e: RegionDirectory.Entry) -> RegionTree.Node_ {
            RegionTree.Node_(entry: e, children: dir.children(of: e.code).map(build))
        }
        var roots: [RegionTree.Node_]
        if let scope = p.regionScope, let e = dir[scope] {
            roots = [build(e)]
        } else {
            roots = dir.counties.map(build)
        }
        if roots.isEmpty { roots = [] }
        let counts = Permissions.allows(p.role, .viewRegistry) ? try await HouseholdQuery.countsByVillage(principal: p, on: req.db) : [:]
        return req.page { RegionTree.view(.init(viewer: req.viewer(p), roots: roots, counts: counts)) }
    }
}

extension Request {
    /// TLS here, or at the reverse proxy in front (which says so in `X-Forwarded-Proto`): the session cookie is then `Secure`.
    var isServedOverTLS: Bool {
        application.http.server.configuration.tlsConfiguration != nil
            || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}

/// Where a sign-in may send the user on: a path of this site and nothing else. Browsers read `/\\host`, `/\thost`
/// and `//host` as another site, so a backslash, a control character or a second leading slash gives the start page.
enum SafeRedirect {
    static func path(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), raw.count <= 2_000 else { return "/" }
        guard raw.dropFirst().first != "/" else { return "/" }
        guard !raw.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) else { return "/" }
        guard let url = URLComponents(string: raw), url.scheme == nil, url.host == nil else { return "/" }
        return raw
    }
}
