import Domain
import Fluent
import SQLKit
import Vapor

/// 接口令牌: a user's API sign-in tokens and, for departments, long-lived upload tokens; each can be revoked.
enum TokensController {
    @Sendable static func index(req: Request) async throws -> Page {
        let s = try req.session
        return try await page(req, s, notice: req.queryText("notice"))
    }

    static func page(_ req: Request, _ s: Session, status: HTTPResponseStatus = .ok, notice: String? = nil, issued: String? = nil,
                     issuedKind: UserToken.Kind = .upload, error: FieldError? = nil, label: String = "") async throws -> Page {
        let tokens = try await UserToken.query(on: req.db).filter(\.$user.$id == s.userID)
            .filter(\.$kind ~~ [UserToken.Kind.api.rawValue, UserToken.Kind.upload.rawValue, UserToken.Kind.scrape.rawValue])
            .sort(\.$createdAt, .descending).all()
        let rows = try tokens.map { t in
            TokensPage.Row(id: try t.requireID().uuidString, kind: UserToken.Kind(rawValue: t.kind) ?? .api, label: t.label ?? "",
                           createdAt: t.createdAt, lastSeen: t.lastSeen, expiresAt: t.expiresAt)
        }
        let m = TokensPage.Model(viewer: req.viewer(s.principal), tokens: rows, now: Int64(Date().timeIntervalSince1970),
                                 canIssueUpload: Permissions.allows(s.principal.role, .uploadDepartmentData),
                                 canIssueScrape: Permissions.allows(s.principal.role, .readMetrics),
                                 uploadDays: req.config.uploadTokenSeconds / 86_400, notice: notice, issued: issued, issuedKind: issuedKind,
                                 error: error, label: label)
        return req.page(status) { TokensPage.view(m) }
    }

    /// `POST /account/tokens`: a department officer issues an upload token for one of the department's systems.
    @Sendable static func createUpload(req: Request) async throws -> Page {
        try await issue(req, .upload, needs: .uploadDepartmentData, example: "学籍系统每月推送")
    }

    /// `POST /account/tokens/metrics`: a county admin issues a monitoring token for the scraper of `/metrics`.
    @Sendable static func createScrape(req: Request) async throws -> Page {
        try await issue(req, .scrape, needs: .readMetrics, example: "运维监控采集")
    }

    static func issue(_ req: Request, _ kind: UserToken.Kind, needs action: Action, example: String) async throws -> Page {
        let p = try req.require(action)
        let s = try req.session
        let label = (FormBody.fields(req)["label"] ?? "").trimmingCharacters(in: .whitespaces)
        guard (1...40).contains(label.count) else {
            return try await page(req, s, status: .unprocessableEntity,
                                  error: FieldError(field: kind == .scrape ? "scrapeLabel" : "label", message: "请填写令牌用途（1–40字），例如“\(example)”"),
                                  label: label)
        }
        guard let user = try await User.find(s.userID, on: req.db) else { throw AppError.unauthorized() }
        let now = Date()
        let token = try await req.db.write { db in
            let (token, t) = try await Tokens.issueLongLived(kind, for: user, label: label, lifetime: req.config.uploadTokenSeconds, on: db, now: now)
            try await AuditLog.append(on: db, req.auditActor(p), action: "token.issue", entity: "token",
                                      entityID: try t.requireID().uuidString, detail: ["kind": .string(kind.rawValue), "label": .string(label)])
            return token
        }
        return try await page(req, s, notice: "已生成\(TokensPage.kindLabel(kind))“\(label)”。", issued: token, issuedKind: kind)
    }

    /// `POST /account/tokens/:id/revoke`: ends one of the user's own tokens at once.
    @Sendable static func revoke(req: Request) async throws -> Response {
        let s = try req.session
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let t = try await UserToken.query(on: req.db).filter(\.$id == id).filter(\.$user.$id == s.userID)
                .filter(\.$kind != UserToken.Kind.web.rawValue).first() else {
            throw AppError.notFound("令牌")
        }
        try await req.db.write { db in
            try await t.delete(on: db)
            try await AuditLog.append(on: db, req.auditActor(s.principal), action: "token.revoke", entity: "token",
                                      entityID: id.uuidString, detail: ["kind": .string(t.kind), "label": t.label.map(JSON.string) ?? .null])
        }
        let text = "令牌已收回，使用它的请求将被拒绝"
        return req.redirect(to: SiteURL.withNotice("/account/tokens", text))
    }
}
