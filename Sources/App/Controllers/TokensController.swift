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
                     error: FieldError? = nil, label: String = "") async throws -> Page {
        let tokens = try await UserToken.query(on: req.db).filter(\.$user.$id == s.userID)
            .filter(\.$kind ~~ [UserToken.Kind.api.rawValue, UserToken.Kind.upload.rawValue])
            .sort(\.$createdAt, .descending).all()
        let rows = try tokens.map { t in
            TokensPage.Row(id: try t.requireID().uuidString, kind: UserToken.Kind(rawValue: t.kind) ?? .api, label: t.label ?? "",
                           createdAt: t.createdAt, lastSeen: t.lastSeen, expiresAt: t.expiresAt)
        }
        let m = TokensPage.Model(viewer: req.viewer(s.principal), tokens: rows, now: Int64(Date().timeIntervalSince1970),
                                 canIssueUpload: Permissions.allows(s.principal.role, .uploadDepartmentData),
                                 uploadDays: req.config.uploadTokenSeconds / 86_400, notice: notice, issued: issued, error: error, label: label)
        return req.page(status) { TokensPage.view(m) }
    }

    /// `POST /account/tokens`: a department officer issues an upload token for one of the department's systems.
    @Sendable static func createUpload(req: Request) async throws -> Page {
        let p = try req.require(.uploadDepartmentData)
        let s = try req.session
        let label = (FormBody.fields(req)["label"] ?? "").trimmingCharacters(in: .whitespaces)
        guard (1...40).contains(label.count) else {
            return try await page(req, s, status: .unprocessableEntity,
                                  error: FieldError(field: "label", message: "请填写令牌用途（1–40字），例如“学籍系统每月推送”"), label: label)
        }
        guard let user = try await User.find(s.userID, on: req.db) else { throw AppError.unauthorized() }
        let now = Date()
        let token = try await req.db.write { db in
            let (token, t) = try await Tokens.issueUpload(for: user, label: label, lifetime: req.config.uploadTokenSeconds, on: db, now: now)
            try await AuditLog.append(on: db, req.auditActor(p), action: "token.issue", entity: "token",
                                      entityID: try t.requireID().uuidString, detail: ["kind": .string("upload"), "label": .string(label)])
            return token
        }
        return try await page(req, s, notice: "已生成上传令牌“\(label)”。", issued: token)
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
