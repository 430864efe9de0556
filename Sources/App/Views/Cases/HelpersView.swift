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
                  .button(.type(.submit), .text("查询")),
                  .a(.class("button secondary"), .id("helpers-export"), .href(SiteURL.with(SiteURL.helpers + "/export.xlsx", [("q", q)])), .text("导出Excel"))),
            .table(.class("grid"), .id("helper-list"),
                .thead(.tr(.th(.text("姓名")), .th(.text("工作单位")), .th(.text("联系电话")), .th(.class("num"), .text("帮扶户数")),
                           .if(canManage, .th(.text(""))))),
                .tbody(.forEach(helpers) { h in
                    .tr(.td(.text(h.name)), .td(.text(h.unit)), .td(.text(showPhones ? h.phone : PhoneMask.masked(h.phone))),
                        .td(.class("num"), .text(String(h.households))),
                        .if(canManage, .td(.a(.href(SiteURL.helperAssign(h.id)), .text("分配帮扶户")))))
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

/// 分配帮扶户: one helper takes on several monitored households that have none yet.
enum HelperAssignPage {
    struct Model {
        var viewer: Viewer
        var helper: HelperRecord
        var households: [MeasureStore.Unhelped]
        var regions: RegionDirectory
        var outcome: BulkOutcome?
    }

    static func view(_ m: Model) -> HTML {
        let p = m.viewer, h = m.helper
        return Layout.document(title: "分配帮扶户", viewer: p, active: "helpers", breadcrumbs: [("帮扶责任人", SiteURL.helpers), (h.name, nil)], content: .group(
            .h1(.text("为\(h.name)分配帮扶户"), .span(.class("muted"), .text("  \(h.unit)，现帮扶\(h.households)户"))),
            .unwrap(m.outcome) { o in
                BulkViews.summary(o, done: "已明确帮扶责任人 \(o.done) 户", refusedCount: "\(o.refused.count) 户未分配", shown: [], rowsCarryReasons: false,
                                  elsewhere: "", id: "assign-outcome")
            },
            .p(.class("muted"), .text("下表是您辖区内已纳入监测、尚未明确帮扶责任人的农户（最多列出500户）。勾选后提交，每户单独办理：某户不能分配时，其余照常分配。")),
            .if(m.households.isEmpty, .div(.class("card"), .id("no-unhelped"), .text("辖区内的监测户都已明确帮扶责任人。"))),
            .if(!m.households.isEmpty, .group(
                .form(.method(.post), .action(SiteURL.helperAssign(h.id)), .id("assign-form"), .class("card bulk"),
                      .csrfField(p),
                      .strong(.text("已勾选 "), .span(.attribute(named: "data-selected-count", value: "assign-form"), .text("0")), .text(" 户")),
                      .text("　"), .button(.type(.submit), .text("由\(h.name)帮扶所选农户"))),
                .table(.class("grid"), .id("unhelped"),
                    .thead(.tr(.th(.input(.type(.checkbox), .id("select-all"), .attribute(named: "data-select-all", value: "assign-form"),
                                          .attribute(named: "aria-label", value: "全选"))),
                               .th(.text("农户")), .th(.text("所在村")))),
                    .tbody(.forEach(m.households) { u in
                        .tr(.td(.input(.type(.checkbox), .name("ids"), .value(attr(u.id)), .attribute(named: "form", value: "assign-form"),
                                       .attribute(named: "aria-label", value: "选择\(u.headName ?? "")户"))),
                            .td(.a(.href(SiteURL.household(u.id)), .text("\(u.headName ?? "（未登记户主）")户")), .span(.class("muted"), .text(" \(u.code)"))),
                            .td(.text(m.regions.fullName(u.villageCode))))
                    }))))
        ))
    }
}
