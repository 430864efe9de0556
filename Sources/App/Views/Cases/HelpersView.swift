import Domain
@preconcurrency import Plot

/// 帮扶责任人名册: the county's helpers, how many households each carries, and a form to add one.
enum HelpersPage {
    struct Model {
        var viewer: Viewer
        var helpers: [HelperRecord]
        var q: String
        var state: FormState
        var canManage: Bool
        var showPhones: Bool
        var notice: String?
    }

    static func view(_ m: Model) -> HTML {
        let p = m.viewer, helpers = m.helpers, q = m.q, state = m.state, canManage = m.canManage, showPhones = m.showPhones, notice = m.notice
        return Layout.document(title: "帮扶责任人", viewer: p, active: "helpers", content: .group(
            .h1(.text("帮扶责任人名册"), .span(.class("muted"), .text("  共\(helpers.count)人"))),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .form(.class("filters"), .method(.get), .action(SiteURL.helpers),
                  .label(.text("姓名或单位"), .input(.type(.text), .name("q"), .id("q"), .value(attr(q)))),
                  .button(.type(.submit), .text("查询"))),
            .table(.class("grid"), .id("helper-list"),
                .thead(.tr(.th(.text("姓名")), .th(.text("工作单位")), .th(.text("联系电话")), .th(.class("num"), .text("帮扶户数")))),
                .tbody(.forEach(helpers) { h in
                    .tr(.td(.text(h.name)), .td(.text(h.unit)), .td(.text(showPhones ? h.phone : PhoneMask.masked(h.phone))),
                        .td(.class("num"), .text(String(h.households))))
                })),
            .if(canManage, .form(.method(.post), .action(SiteURL.helpers), .id("new-helper"), .class("card"),
                .h2(.text("登记帮扶责任人")),
                .csrfField(p),
                .errorSummary(state.unplaced(Set(WorkflowFields.helper.specs.map(\.key)))),
                .div(.class("fields"), .forEach(WorkflowFields.helper.specs) { FieldForm.field($0, state: state, prefix: "", villages: []) }),
                .div(.class("actions"), .button(.type(.submit), .text("登记")))))
        ))
    }
}
