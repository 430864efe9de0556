import Domain
@preconcurrency import Plot

/// 账号管理 (county admin) and 修改密码 (everyone).
enum UsersPage {
    struct Row {
        var id: String
        var username: String
        var displayName: String
        var role: Role?
        var scope: String
        var scopeName: String
        var disabled: Bool
        var createdAt: Int64
    }

    struct Model {
        var viewer: Viewer
        var users: [Row]
        var passwordRule: String
        /// The helper register, for linking a helper account to its entry.
        var helpers: [Choice] = []
        /// The county's region tree and the departments, for the account's scope.
        var scopes: [Choice] = []
        var form: [String: String] = [:]
        /// Every problem of a refused form, each shown at its field.
        var errors: [FieldError] = []
        var notice: String?
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "账号管理", viewer: m.viewer, active: "users", content: .group(
            .h1(.text("账号管理")),
            .unwrap(m.notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .table(.class("grid"), .id("users"),
                .thead(.tr(.th(.text("用户名")), .th(.text("姓名")), .th(.text("角色")), .th(.text("范围")), .th(.text("状态")), .th(.text("创建时间")), .th(.text("操作")))),
                .tbody(.forEach(m.users) { u in
                    .tr(.td(.text(u.username)), .td(.text(u.displayName)), .td(.text(u.role?.label ?? "未知")), .td(.text(u.scopeName)),
                        .td(.text(u.disabled ? "已停用" : "正常")), .td(.text(Clock.format(u.createdAt))),
                        .td(.if(u.username != m.viewer.username, .group(
                            .form(.class("inline"), .action(SiteURL.userAction(u.id, u.disabled ? "enable" : "disable")), .method(.post),
                                  .attribute(named: "data-confirm", value: attr("确定\(u.disabled ? "启用" : "停用")账号 \(u.username)？")),
                                  .csrfField(m.viewer), .button(.type(.submit), .class("link reveal"), .text(u.disabled ? "启用" : "停用"))),
                            .form(.class("inline"), .action(SiteURL.resetUser(u.id)), .method(.post),
                                  .attribute(named: "data-confirm", value: attr("确定重置 \(u.username) 的密码？原密码立即失效。")),
                                  .csrfField(m.viewer), .button(.type(.submit), .class("link reveal"), .text("重置密码")))
                        ))))
                })),
            createForm(m)
        ))
    }

    static func createForm(_ m: Model) -> BodyNode {
        func field(_ name: String, _ label: String, _ type: HTMLInputType = .text, help: String? = nil) -> Node<HTML.FormContext> {
            let error = m.errors.first { $0.field == name }?.message
            return .div(.class(error == nil ? "field" : "field error"), .label(.for(name), .text(label)),
                        .input(.type(type), .name(name), .id(name), .value(attr(type == .password ? "" : (m.form[name] ?? "")))),
                        .unwrap(help) { .div(.class("help"), .text($0)) },
                        .unwrap(error) { .div(.class("msg"), .text($0)) })
        }
        let roles = Role.allCases.map { Choice(value: $0.rawValue, label: $0.label) }
        let roleError = m.errors.first { $0.field == "role" }?.message
        let helperError = m.errors.first { $0.field == "helperId" }?.message
        let scopeError = m.errors.first { $0.field == "scope" }?.message
        let roleSelect: Node<HTML.FormContext> = FieldForm.select(id: "role", name: "role", value: m.form["role"] ?? "", options: roles)
        return .form(.class("card"), .action(SiteURL.users), .method(.post), .id("user-form"),
            .h2(.text("新建账号")),
            .csrfField(m.viewer),
            .if(m.errors.count > 1, .div(.class("alert error"), .attribute(named: "role", value: "alert"), .text("有\(m.errors.count)处需要更正，见各项下方的说明。"))),
            .div(.class("fields"),
                 field("username", "用户名", help: "3–32位字母、数字或 _-."),
                 field("displayName", "姓名或单位"),
                 .div(.class(roleError == nil ? "field" : "field error"), .label(.for("role"), .text("角色")), roleSelect,
                      .unwrap(roleError) { .div(.class("msg"), .text($0)) }),
                 .div(.class(scopeError == nil ? "field" : "field error"), .label(.for("scope"), .text("范围")),
                      FieldForm.select(id: "scope", name: "scope", value: m.form["scope"] ?? "", options: m.scopes, empty: "请选择"),
                      .div(.class("help"), .text("县级账号选全县；乡镇、村干部选所在乡镇或村；行业部门账号选所属部门")),
                      .unwrap(scopeError) { .div(.class("msg"), .text($0)) }),
                 .div(.class(helperError == nil ? "field" : "field error"), .label(.for("helperId"), .text("帮扶责任人名册")),
                      FieldForm.select(id: "helperId", name: "helperId", value: m.form["helperId"] ?? "", options: m.helpers),
                      .div(.class("help"), .text("仅角色为帮扶责任人时选择：账号只能看到名册中指派给此人的农户，范围按其所在县")),
                      .unwrap(helperError) { .div(.class("msg"), .text($0)) }),
                 field("password", "初始密码", .password, help: m.passwordRule)),
            .div(.class("actions"), .button(.type(.submit), .text("创建账号"))))
    }
}

enum PasswordPage {
    struct Model {
        var viewer: Viewer
        var rule: String
        var error: FieldError? = nil
        var done: Bool = false
        /// A new or reset account: it must set its own password before anything else.
        var first = false
    }

    static func view(_ m: Model) -> HTML {
        let viewer = m.viewer, rule = m.rule, error = m.error, done = m.done
        func field(_ name: String, _ label: String) -> Node<HTML.FormContext> {
            let message = error?.field == name ? error?.message : nil
            return .div(.class(message == nil ? "field" : "field error"), .label(.for(name), .text(label)),
                        .input(.type(.password), .name(name), .id(name)),
                        .unwrap(message) { .div(.class("msg"), .text($0)) })
        }
        return Layout.document(title: "修改密码", viewer: viewer, content: .group(
            .h1(.text("修改密码")),
            .if(done, .div(.class("alert ok"), .id("notice"), .text("密码已修改；其他设备上的登录已退出。"))),
            .if(m.first, .div(.class("alert error"), .id("first-login"), .text("这是新账号或刚重置的密码：请先设置自己的密码，再使用系统。"))),
            .form(.class("card"), .action(SiteURL.password), .method(.post), .id("password-form"),
                  .csrfField(viewer),
                  .div(.class("fields"), field("current", "当前密码"), field("new", "新密码"), field("confirm", "再次输入新密码")),
                  .p(.class("muted"), .text(rule + "。")),
                  .div(.class("actions"), .button(.type(.submit), .text("修改密码"))))
        ))
    }
}
