import Domain
@preconcurrency import Plot

/// New and edit forms for a household; the new form also registers the head.
enum HouseholdForm {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord?
        var state: FormState
        var villages: [Choice]
        var allVillages: [Choice]
        /// The household's latest case, where its monitoring facts are decided.
        var caseID: String? = nil
    }

    static func view(_ m: Model) -> HTML {
        let editing = m.household != nil
        let title = editing ? "修改户信息" : "新建农户"
        let action = m.household.map { SiteURL.editHousehold($0.id) } ?? SiteURL.newHousehold
        let names = Set(HouseholdFields.table.specs.map(\.key) + MemberFields.table.specs.map { "head." + $0.key })
        var crumbs: [(String, String?)] = [("农户台账", SiteURL.households)]
        if let h = m.household { crumbs.append((h.code, SiteURL.household(h.id))) }
        crumbs.append((title, nil))
        return Layout.document(title: title, viewer: m.viewer, active: "households", breadcrumbs: crumbs, content: .group(
            .h1(.text(title)),
            .errorSummary(m.state.unplaced(names)),
            .form(.action(action), .method(.post), .novalidate(),
                .csrfField(m.viewer),
                .unwrap(m.household) { .input(.type(.hidden), .name("version"), .value(attr(String($0.version)))) },
                villageField(m),
                FieldForm.sections(HouseholdFields.table, state: m.state, villages: m.allVillages,
                                   skip: Set(["villageCode"] + HouseholdFields.procedureOwned + (editing ? HouseholdFields.statementOwned : []))),
                .unwrap(m.household) { incomeFacts($0) },
                monitoringFacts(m),
                .if(!editing, .group(
                    .h2(.text("户主信息")),
                    FieldForm.sections(MemberFields.table, state: m.state, prefix: "head.", villages: [], skip: ["relation"])
                )),
                .div(.class("actions"),
                     .button(.type(.submit), .text("保存")),
                     .a(.class("button secondary"), .href(m.household.map { SiteURL.household($0.id) } ?? SiteURL.households), .text("取消")))
            )
        ))
    }

    /// 监测信息 is written by the procedure: shown, not editable, with the way to the case that decides it.
    static func monitoringFacts(_ m: Model) -> FormNode {
        let t = HouseholdFields.table
        let facts = m.household?.facts ?? Facts()
        return .fieldset(.id("monitoring-facts"), .element(named: "legend", text: "监测信息（由监测帮扶程序写入）"),
            .div(.class("fields"), .forEach(HouseholdFields.procedureOwned) { key in
                .div(.class("field"), .span(.class("label"), .text(t[key]?.label ?? key)),
                     .span(.class("readonly"), .id("f-\(key)"), .text(facts[key].map { t[key]?.display($0) ?? "" } ?? "—")))
            }),
            .p(.class("help"), .text("识别纳入、风险类型和风险消除只能在监测事项中按程序办理；历史数据有误的，由县级管理员在事项上更正。"),
               .unwrap(m.caseID) { .a(.href(SiteURL.casePage($0)), .text("  打开监测事项")) }))
    }

    /// 收支情况 shows the newest yearly statement: read here, entered and corrected year by year on the household page.
    static func incomeFacts(_ h: HouseholdRecord) -> FormNode {
        let t = HouseholdFields.table
        return .fieldset(.id("income-facts"), .element(named: "legend", text: "收支情况（取自按年度登记的收入）"),
            .div(.class("fields"), .forEach(HouseholdFields.statementOwned) { key in
                .div(.class("field"), .span(.class("label"), .text(t[key]?.label ?? key)),
                     .span(.class("readonly"), .id("f-\(key)"), .text(h.facts[key].map { t[key]?.display($0) ?? "" } ?? "—")))
            }),
            .p(.class("help"), .text("收入按年度登记，在户信息页“收入情况”中登记新年度或更正某一年度；此处显示最新年度。"),
               .a(.href(SiteURL.household(h.id) + "#incomes"), .text("  登记或更正收入"))))
    }

    /// The village is chosen from those the user may register in (the origin village may lie anywhere).
    static func villageField(_ m: Model) -> FormNode {
        .fieldset(.element(named: "legend", text: "所在村（社区）"), .div(.class("fields"),
            .unwrap(HouseholdFields.table["villageCode"]) { FieldForm.field($0, state: m.state, prefix: "", villages: m.villages) }))
    }
}

enum MemberForm {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        var member: MemberRecord?
        var state: FormState
    }

    static func view(_ m: Model) -> HTML {
        let editing = m.member != nil
        let title = m.member.map { "修改成员：\($0.name)" } ?? "增员"
        let action = m.member.map { SiteURL.editMember($0.id) } ?? SiteURL.newMember(m.household.id)
        let names = Set(MemberFields.table.specs.map(\.key) + ["event", "eventDate", "note"])
        let relationLocked: Set<String> = m.member?.relation == .head ? ["relation"] : []
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (m.household.code, SiteURL.household(m.household.id)), (title, nil)],
                               content: .group(
            .h1(.text(title)),
            .errorSummary(m.state.unplaced(names)),
            .form(.action(action), .method(.post), .novalidate(),
                .csrfField(m.viewer),
                .unwrap(m.member) { .input(.type(.hidden), .name("version"), .value(attr(String($0.version)))) },
                .if(!editing, .fieldset(.element(named: "legend", text: "增员事由"), .div(.class("fields"),
                    eventField(m.state, choices: MembershipEvent.additions),
                    dateField(m.state)))),
                .if(relationLocked.isEmpty == false, .p(.class("muted"), .text("户主的关系不能在此修改；变更户主请在其他成员处使用“设为户主”。"))),
                FieldForm.sections(MemberFields.table, state: m.state, villages: [], readOnly: relationLocked),
                .div(.class("actions"),
                     .button(.type(.submit), .text("保存")),
                     .a(.class("button secondary"), .href(SiteURL.household(m.household.id)), .text("取消")))
            )
        ))
    }

    static func eventField(_ state: FormState, choices: [MembershipEvent]) -> FormNode {
        .div(.class(state.errors["event"] == nil ? "field" : "field error"),
             .label(.for("f-event"), .text("事由"), .span(.class("req"), .text(" *"))),
             FieldForm.select(id: "f-event", name: "event", value: state.values["event"] ?? "",
                              options: choices.map { Choice(value: $0.rawValue, label: $0.label) }),
             .unwrap(state.errors["event"]) { .div(.class("msg"), .text($0)) })
    }

    static func dateField(_ state: FormState) -> FormNode {
        .div(.class(state.errors["eventDate"] == nil ? "field" : "field error"),
             .label(.for("f-eventDate"), .text("变动日期")),
             .input(.type(.date), .id("f-eventDate"), .name("eventDate"), .value(attr(state.values["eventDate"] ?? ""))),
             .span(.class("help"), .text("不填为今天")),
             .unwrap(state.errors["eventDate"]) { .div(.class("msg"), .text($0)) })
    }
}

/// 减员 with a reason and date, after a confirmation.
enum MemberRemove {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        var member: MemberRecord
        var state: FormState
        var isLast: Bool
    }

    static func view(_ m: Model) -> HTML {
        let title = "减员：\(m.member.name)"
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (m.household.code, SiteURL.household(m.household.id)), (title, nil)],
                               content: .group(
            .h1(.text(title)),
            .errorSummary(m.state.unplaced(["event", "eventDate", "note"])),
            .div(.class("alert error"), .text(m.isLast
                ? "\(m.member.name)是该户最后一名在户成员，减员后该户将注销。"
                : "减员后\(m.member.name)不再计入本户人口，记录保留在修改记录中。")),
            .form(.action(SiteURL.removeMember(m.member.id)), .method(.post), .novalidate(),
                .csrfField(m.viewer),
                .input(.type(.hidden), .name("version"), .value(attr(String(m.member.version)))),
                .fieldset(.element(named: "legend", text: "减员事由"), .div(.class("fields"),
                    MemberForm.eventField(m.state, choices: MembershipEvent.removals),
                    MemberForm.dateField(m.state),
                    .div(.class("field"), .label(.for("f-note"), .text("说明")),
                         .input(.type(.text), .id("f-note"), .name("note"), .value(attr(m.state.values["note"] ?? "")))))),
                .div(.class("actions"),
                     .button(.type(.submit), .class("danger"), .attribute(named: "data-confirm", value: attr("确认为\(m.member.name)办理减员？")),
                             .text("确认减员")),
                     .a(.class("button secondary"), .href(SiteURL.household(m.household.id)), .text("取消")))
            )
        ))
    }
}

/// 设为户主: the former head's new relation is asked for.
enum MakeHead {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        var member: MemberRecord
        var formerHead: MemberRecord?
        var state: FormState
    }

    static func view(_ m: Model) -> HTML {
        let title = "设为户主：\(m.member.name)"
        let relations = Relation.allCases.filter { $0 != .head }.map { Choice(value: $0.rawValue, label: $0.label) }
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (m.household.code, SiteURL.household(m.household.id)), (title, nil)],
                               content: .group(
            .h1(.text(title)),
            .errorSummary(m.state.unplaced(["formerHeadRelation"])),
            .form(.action(SiteURL.makeHead(m.member.id)), .method(.post),
                .csrfField(m.viewer),
                .fieldset(.element(named: "legend", text: "原户主"), .div(.class("fields"),
                    .div(.class(m.state.errors["formerHeadRelation"] == nil ? "field" : "field error"),
                         .label(.for("f-formerHeadRelation"), .text("原户主\(m.formerHead?.name ?? "")改为新户主的")),
                         FieldForm.select(id: "f-formerHeadRelation", name: "formerHeadRelation", value: m.state.values["formerHeadRelation"] ?? "", options: relations),
                         .unwrap(m.state.errors["formerHeadRelation"]) { .div(.class("msg"), .text($0)) }))),
                .p(.class("muted"), .text("其他成员与户主的关系请在变更后逐一核对修改。")),
                .div(.class("actions"),
                     .button(.type(.submit), .text("确认变更")),
                     .a(.class("button secondary"), .href(SiteURL.household(m.household.id)), .text("取消")))
            )
        ))
    }
}

/// 分户 and 并户: each moving member gets a relation to the (new) head.
enum MoveMembers {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        var members: [MemberRecord]
        var mode: Mode
        var state: FormState
    }

    enum Mode { case split, merge }

    static func view(_ m: Model) -> HTML {
        let title = m.mode == .split ? "分户" : "并户"
        let action = m.mode == .split ? SiteURL.split(m.household.id) : SiteURL.merge(m.household.id)
        let relations = Relation.allCases.map { Choice(value: $0.rawValue, label: $0.label) }
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (m.household.code, SiteURL.household(m.household.id)), (title, nil)],
                               content: .group(
            .h1(.text("\(title)：\(m.household.headName ?? "")户 \(m.household.code)")),
            .errorSummary(m.state.unplaced([])),
            .p(.class("muted"), .text(m.mode == .split
                ? "勾选要分出的成员，并填写其与新户户主的关系（须有一人为“户主”）。新户在同村建档，原户户主须留在原户。"
                : "本户全部成员并入另一户（填写其户编号），并填写每人与该户户主的关系；本户随后注销。")),
            .form(.action(action), .method(.post),
                .csrfField(m.viewer),
                .if(m.mode == .merge, .div(.class(m.state.errors["target"] == nil ? "field" : "field error"),
                    .label(.for("f-target"), .text("并入户的户编号"), .span(.class("req"), .text(" *"))),
                    .input(.type(.text), .id("f-target"), .name("target"), .value(attr(m.state.values["target"] ?? ""))),
                    .unwrap(m.state.errors["target"]) { .div(.class("msg"), .text($0)) })),
                .table(.class("grid"),
                    .thead(.tr(.if(m.mode == .split, .th(.text("分出"))), .th(.text("姓名")), .th(.text("现关系")), .th(.text("与新户主关系")))),
                    .tbody(.forEach(m.members) { mem in
                        .tr(
                            .if(m.mode == .split, .td(.input(.type(.checkbox), .name("move"), .value(attr(mem.id)),
                                                             .checked((m.state.values["move"] ?? "").split(separator: ",").contains(Substring(mem.id)))))),
                            .td(.text(mem.name)),
                            .td(.text(mem.relation?.label ?? "")),
                            .td(FieldForm.select(id: "rel-\(mem.id)", name: "relation.\(mem.id)", value: m.state.values["relation.\(mem.id)"] ?? "", options: relations))
                        )
                    })
                ),
                .div(.class("actions"),
                     .button(.type(.submit), .attribute(named: "data-confirm", value: attr("确认办理\(title)？")), .text("确认\(title)")),
                     .a(.class("button secondary"), .href(SiteURL.household(m.household.id)), .text("取消")))
            )
        ))
    }
}
