import Domain
@preconcurrency import Plot

/// 接口令牌: the signed-in user's API and upload tokens.
enum TokensPage {
    struct Row {
        var id: String
        var kind: UserToken.Kind
        var label: String
        var createdAt: Int64
        var lastSeen: Int64
        var expiresAt: Int64
    }

    struct Model {
        var viewer: Viewer
        var tokens: [Row]
        var now: Int64
        var canIssueUpload: Bool
        var canIssueScrape: Bool
        var uploadDays: Int
        var notice: String?
        /// A token just issued, shown this once.
        var issued: String?
        var issuedKind: UserToken.Kind
        var error: FieldError?
        var label: String
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "接口令牌", viewer: m.viewer, content: .group(
            .h1(.text("接口令牌")),
            .p(.class("muted"), .text("通过接口登录（/api/v1/auth/login）得到的令牌到期自动失效；不再使用的令牌请及时收回。")),
            .unwrap(m.notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .unwrap(m.issued) { token in
                .div(.class("card"), .id("issued"),
                     .p(.strong(.text("令牌（只显示这一次，请复制保存到\(m.issuedKind == .scrape ? "监控系统" : "部门系统")的配置中）："))),
                     .pre(.class("token"), .text(token)),
                     .p(.class("muted"), .text("使用方法：请求头 Authorization: Bearer 令牌。" + (m.issuedKind == .scrape
                         ? "此令牌只能读取运行指标，地址为本系统的 /metrics。" : "此令牌只能用于数据上传接口。"))))
            },
            .if(m.tokens.isEmpty, .p(.class("muted"), .id("no-tokens"), .text("暂无有效令牌。"))),
            .if(!m.tokens.isEmpty, .table(.class("grid"), .id("tokens"),
                .thead(.tr(.th(.text("类型")), .th(.text("用途")), .th(.text("创建时间")), .th(.text("最近使用")), .th(.text("到期时间")),
                           .th(.text("状态")), .th(.text("操作")))),
                .tbody(.forEach(m.tokens) { t in
                    .tr(.td(.text(kindLabel(t.kind))), .td(.text(t.label.isEmpty ? "—" : t.label)),
                        .td(.text(Clock.format(t.createdAt))), .td(.text(Clock.format(t.lastSeen))), .td(.text(Clock.format(t.expiresAt))),
                        .td(.text(t.expiresAt > m.now ? "有效" : "已过期")),
                        .td(.form(.class("inline"), .action(SiteURL.revokeToken(t.id)), .method(.post),
                                  .attribute(named: "data-confirm", value: attr("确定收回这个令牌？使用它的系统将立即无法访问。")),
                                  .csrfField(m.viewer), .button(.type(.submit), .class("link reveal"), .text("收回")))))
                }))),
            .if(m.canIssueUpload, issueForm(m)),
            .if(m.canIssueScrape, scrapeForm(m))
        ))
    }

    static func kindLabel(_ kind: UserToken.Kind) -> String {
        switch kind {
        case .upload: "部门上传令牌"
        case .scrape: "运行监控令牌"
        case .api, .web: "接口登录令牌"
        }
    }

    /// A county admin's monitoring token for the scraper of `/metrics` (Prometheus or the like).
    static func scrapeForm(_ m: Model) -> BodyNode {
        let error = m.error?.field == "scrapeLabel" ? m.error?.message : nil
        return .form(.class("card"), .action(SiteURL.scrapeTokens), .method(.post), .id("scrape-token-form"),
            .h2(.text("生成运行监控令牌")),
            .p(.class("muted"), .text("供运维监控系统定时读取本系统的运行指标：请求数、响应时间、写入排队、导入和检查耗时、内存。"
                + "有效期\(m.uploadDays)天，只能读取运行指标，不能访问任何农户数据。")),
            .csrfField(m.viewer),
            .div(.class("fields"),
                 .div(.class(error == nil ? "field" : "field error"), .label(.for("scrape-label"), .text("用途")),
                      .input(.type(.text), .name("label"), .id("scrape-label"), .value(attr(error == nil ? "" : m.label))),
                      .unwrap(error) { .div(.class("msg"), .text($0)) })),
            .div(.class("actions"), .button(.type(.submit), .text("生成监控令牌"))))
    }

    static func issueForm(_ m: Model) -> BodyNode {
        let error = m.error?.field == "label" ? m.error?.message : nil
        return .form(.class("card"), .action(SiteURL.tokens), .method(.post), .id("token-form"),
            .h2(.text("生成部门上传令牌")),
            .p(.class("muted"), .text("供本部门的业务系统自动推送名单使用，有效期\(m.uploadDays)天，只能用于数据上传接口，不能查询农户信息。")),
            .csrfField(m.viewer),
            .div(.class("fields"),
                 .div(.class(error == nil ? "field" : "field error"), .label(.for("label"), .text("用途")),
                      .input(.type(.text), .name("label"), .id("label"), .value(attr(m.label))),
                      .unwrap(error) { .div(.class("msg"), .text($0)) })),
            .div(.class("actions"), .button(.type(.submit), .text("生成令牌"))))
    }
}
