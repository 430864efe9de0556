import Domain
@preconcurrency import Plot

enum HouseholdShow {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        var members: [MemberRecord]
        var events: [EventRecord]
        var history: [ChangeRecord]
        var villageName: String
        var originVillageName: String?
        var canEdit: Bool
        /// The role may reveal masked ID numbers and phones, one record at a time.
        var canReveal: Bool
        /// The role works on the household and may see health and disability facts (SPEC §5).
        var canSeeHealth: Bool
        /// Member ids (and "household" for the household phone) revealed in this response.
        var revealed: Set<String> = []
        var today: Day
        var notice: String?
        var memberNames: [String: String]
        var assessment: HouseholdAssessment?
        var assistance: Assistance?
        /// The yearly income statements, newest first.
        var incomes: [IncomeRecord] = []
        /// The monitoring line in force today (the chart's dashed line), when known.
        var incomeLine: Fixed2? = nil
    }

    /// 监测帮扶 on the household page: its cases, helpers, measures, what the checks find, and when the farmer was told.
    struct Assistance {
        var cases: [CaseRecord]
        var informed: [CaseEventRecord]
        var helpers: [AssignmentRecord]
        var helperChoices: [HelperRecord]
        var measures: [MeasureRecord]
        var findings: [AssistanceFinding]
        var visits: [VisitRecord]
        /// 应急救助 and 临时救助, newest first.
        var reliefs: [ReliefRecord] = []
        var canRecordRelief = false
        var canAssign: Bool
        var canAddMeasure: Bool
        var canReport: Bool
        var form: AssistanceForm?
        var today: Day
        /// The measure form with the choices of the regime in force today.
        var measureTable = WorkflowFields.measure
    }

    /// A helper or measure form sent back with its errors.
    struct AssistanceForm {
        var kind: String
        var state: FormState
    }

    static func assistance(_ a: Assistance, _ m: Model) -> BodyNode {
        let h = m.household
        let helperState = a.form.flatMap { $0.kind == "helper" ? $0.state : nil } ?? FormState()
        var measureState = a.form.flatMap { $0.kind == "measure" ? $0.state : nil } ?? FormState(values: ["startOn": a.today.description, "state": "ongoing"])
        if measureState.values["riskTypes"] == nil { measureState.values["riskTypes"] = h.facts.multi("riskTypes", as: RiskType.self).map(\.rawValue).joined(separator: ",") }
        return .group(
            .h2(.id("assistance"), .text("监测帮扶")),
            .div(.class("card"),
                .if(a.cases.isEmpty, .p(.class("muted"), .text("暂无识别或监测记录。"))),
                .if(!a.cases.isEmpty, .table(.class("grid"), .id("household-cases"),
                    .thead(.tr(.th(.text("登记日期")), .th(.text("发现方式")), .th(.text("办理环节")), .th(.text("纳入监测")), .th(.text("风险消除")))),
                    .tbody(.forEach(a.cases) { c in
                        .tr(.td(.a(.href(SiteURL.casePage(c.id)), .text(c.openedOn.description))), .td(.text(c.channel.label)), .td(.text(c.state.label)),
                            .td(.text(c.enrolledOn?.description ?? "")), .td(.text(c.eliminatedOn?.description ?? "")))
                    }))),
                .if(!a.informed.isEmpty, .p(.id("informed"), .text("已告知农户认定结果：" + a.informed.map { e in
                    "\(e.facts["informedOn"] ?? "")，\(NoticeMethod(rawValue: e.facts["informedHow"] ?? "")?.label ?? "")（\(e.actor)）"
                }.joined(separator: "；")))),
                .div(.class("actions"),
                     .if(a.canReport, .a(.class("button secondary"), .href(SiteURL.newClue(household: h.id)), .text("登记风险线索"))),
                     .a(.class("button secondary"), .href(SiteURL.householdPlan(h.id)), .text("一户一册（打印）")))
            ),
            .if(!a.findings.isEmpty, .div(.class("alert error"), .id("findings"),
                .p(.strong(.text("帮扶检查发现的问题"))), .ul(.forEach(a.findings) { .li(.text($0.message)) }))),
            .h3(.text("帮扶责任人")),
            .if(a.helpers.isEmpty, .p(.class("muted"), .text("尚未明确帮扶责任人。"))),
            .if(!a.helpers.isEmpty, .table(.class("grid"), .id("helpers"),
                .thead(.tr(.th(.text("姓名")), .th(.text("工作单位")), .th(.text("联系电话")), .th(.text("明确日期")), .th(.text("")))),
                .tbody(.forEach(a.helpers) { x in
                    .tr(.td(.text(x.name)), .td(.text(x.unit)), .td(.text(m.canReveal ? x.phone : PhoneMask.masked(x.phone))), .td(.text(x.assignedOn)),
                        .td(.text(x.role)))
                }))),
            .if(a.canAssign, .form(.method(.post), .action(SiteURL.householdHelpers(h.id)), .id("helper-form"), .class("card"),
                .csrfField(m.viewer),
                .errorSummary(helperState.unplaced(["helperId", "name", "unit", "phone"])),
                .div(.class("fields"),
                    .div(.class("field"), .label(.for("helperId"), .text("从名册中选择")),
                         FieldForm.select(id: "helperId", name: "helperId", value: helperState.values["helperId"] ?? "",
                                          options: a.helperChoices.map { Choice(value: $0.id, label: "\($0.name)（\($0.unit)，帮扶\($0.households)户）") },
                                          empty: "新登记帮扶责任人")),
                    .forEach(WorkflowFields.helper.specs) { FieldForm.field($0, state: helperState, prefix: "", villages: []) }),
                .if(h.originVillageCode != nil, .div(.class("field"), .label(.input(.type(.checkbox), .name("origin"), .value("true"), .id("f-origin")),
                                                                             .text(" 户籍地安排的第二帮扶人（易地搬迁户）")))),
                .p(.class("muted"), .text("名册中没有的，不选并填写姓名、单位、电话即可同时登记。脱贫户纳入监测的应有两名帮扶责任人。")),
                .div(.class("actions"), .button(.type(.submit), .text("明确帮扶责任人"))))),
            .h3(.id("visits-heading"), .text("帮扶走访"), .span(.id("visits"))),
            VisitPages.list(a.visits, householdID: h.id, links: true),
            .if(a.canAddMeasure && (!a.helpers.isEmpty), .div(.class("actions"),
                .a(.class("button secondary"), .id("new-visit"), .href(SiteURL.newVisit(h.id)), .text("记录走访")))),
            .h3(.text("帮扶措施")),
            .if(a.measures.isEmpty, .p(.class("muted"), .text("尚未登记帮扶措施。"))),
            .if(!a.measures.isEmpty, .table(.class("grid"), .id("measures"),
                .thead(.tr(.th(.text("措施")), .th(.text("性质")), .th(.text("针对风险")), .th(.text("开始")), .th(.text("结束")), .th(.class("num"), .text("金额（元）")),
                           .th(.text("责任单位")), .th(.text("状态")), .if(a.canAddMeasure, .th(.text("操作"))))),
                .tbody(.forEach(a.measures) { x in
                    .tr(.td(.text(x.type.label), .if(x.greenChannel, .span(.class("badge flag"), .text("绿色通道")))), .td(.text(x.type.kind.label)),
                        .td(.text(x.risks.map(\.label).joined(separator: "、"))), .td(.text(x.start.description)), .td(.text(x.end?.description ?? "")),
                        .td(.class("num"), .text(x.amount?.description ?? "")), .td(.text(x.unit)), .td(.text(x.state.label)),
                        .if(a.canAddMeasure && (x.state == .planned || x.state == .ongoing), .td(
                            .form(.class("inline"), .method(.post), .action(SiteURL.measureState(h.id, measure: x.id)), .csrfField(m.viewer),
                                  .input(.type(.hidden), .name("version"), .value(attr(String(x.version)))),
                                  .input(.type(.hidden), .name("state"), .value(attr(x.state == .planned ? "ongoing" : "done"))),
                                  .button(.type(.submit), .class("link reveal"), .text(x.state == .planned ? "开始实施" : "完成"))),
                            .form(.class("inline"), .method(.post), .action(SiteURL.measureState(h.id, measure: x.id)), .csrfField(m.viewer),
                                  .attribute(named: "data-confirm", value: attr("确认终止这项措施？")),
                                  .input(.type(.hidden), .name("version"), .value(attr(String(x.version)))),
                                  .input(.type(.hidden), .name("state"), .value("stopped")),
                                  .button(.type(.submit), .class("link reveal"), .text("终止"))))))
                }))),
            .unwrap(a.form.flatMap { $0.kind == "measure-state" ? $0.state.errors.values.first : nil }) {
                .div(.class("alert error"), .attribute(named: "role", value: "alert"), .text($0))
            },
            .if(a.canAddMeasure, .form(.method(.post), .action(SiteURL.householdMeasures(h.id)), .id("measure-form"),
                .csrfField(m.viewer),
                .errorSummary(measureState.unplaced(Set(a.measureTable.specs.map(\.key)))),
                FieldForm.sections(a.measureTable, state: measureState, villages: []),
                .div(.class("actions"), .button(.type(.submit), .text("登记帮扶措施"))))),
            reliefs(a, m)
        )
    }

    /// 应急救助 and 临时救助 the township or the county gave, with the form for those who give them.
    static func reliefs(_ a: Assistance, _ m: Model) -> BodyNode {
        let state = a.form.flatMap { $0.kind == "relief" ? $0.state : nil } ?? FormState(values: ["grantedOn": a.today.description, "kind": "temporary"])
        return .group(
            .h3(.id("reliefs-heading"), .text("应急救助和临时救助")),
            .if(a.reliefs.isEmpty, .p(.class("muted"), .text("尚无救助记录。"))),
            .if(!a.reliefs.isEmpty, .table(.class("grid"), .id("reliefs"),
                .thead(.tr(.th(.text("日期")), .th(.text("类别")), .th(.class("num"), .text("金额（元）")), .th(.text("原因")), .th(.text("资金来源")),
                           .th(.text("实施单位")), .th(.text("登记人")))),
                .tbody(.forEach(a.reliefs) { r in
                    .tr(.td(.text(r.grantedOn?.description ?? "")), .td(.text(r.kind?.label ?? "")), .td(.class("num"), .text(r.amount.description)),
                        .td(.text(r.facts.text("reason") ?? "")), .td(.text(r.facts.text("fund") ?? "")), .td(.text(r.facts.text("unit") ?? "")),
                        .td(.text(r.recordedBy)))
                }))),
            .if(a.canRecordRelief && m.household.dissolvedAt == nil, .form(.method(.post), .action(SiteURL.household(m.household.id) + "/reliefs"),
                .id("relief-form"), .class("card"),
                .csrfField(m.viewer),
                .errorSummary(state.unplaced(Set(EmergencyRelief.fields.specs.map(\.key)))),
                FieldForm.sections(EmergencyRelief.fields, state: state, villages: []),
                .div(.class("actions"), .button(.type(.submit), .text("登记救助")))))
        )
    }

    /// 风险研判: what the policy rules say about the household today, and why.
    static func assessment(_ a: HouseholdAssessment) -> BodyNode {
        .group(
            .h2(.text("风险研判")),
            .div(.class("card"), .id("assessment"),
                .unwrap(a.identificationError) { .div(.class("alert error"), .text($0)) },
                .unwrap(a.identification) { r in
                    .group(
                        .p(.strong(.text(r.decision.label)),
                           .unwrap(r.suggestedCategory) { .text("，建议类别：\($0.label)") },
                           .if(!r.suggestedRisks.isEmpty, .text("，风险类型：" + r.suggestedRisks.map(\.label).joined(separator: "、")))),
                        .ul(.forEach(r.reasons) { .li(.text($0)) }),
                        .p(.class("muted"), .text("监测范围：\(r.threshold.perCapita) 元/人·年，\(r.threshold.effectiveFrom.chinese)起执行（\(r.threshold.basis)）"))
                    )
                },
                .if(a.identification == nil && !a.problems.isEmpty, .ul(.forEach(a.problems) { .li(.text("\($0.area.label)未保障：\($0.reason)")) })),
                .h3(.text("重点关注群体")),
                .if(a.keyGroups.isEmpty, .p(.class("muted"), .text("不属于重点关注的9类群体。"))),
                .ul(.forEach(a.keyGroups) { g in .li(.strong(.text(g.group.label)), .text("：\(g.reason)")) }),
                .h3(.text("减收风险点")),
                .if(a.incomeSignals.isEmpty, .p(.class("muted"), .text("比较最近两个年度的收入，未发现减收风险点。"))),
                .ul(.id("income-risks"), .forEach(a.incomeSignals) { s in .li(.strong(.text(s.point.label)), .text("：\(s.reason)")) }),
                .h3(.text("民政救助与分层分类")),
                .p(.id("assistance-layer"), .unwrap(a.layer, { l in .group(.strong(.text(l.layer.label)), .text("（\(l.layer.basis)）：\(l.reason)")) },
                                                   else: .span(.class("muted"), .text(a.layers.isEmpty ? "该日适用的政策未实行分层分类帮扶" : "不属于分层分类帮扶的任一层（一般农户，暂无风险）")))),
                .if(a.civil.isEmpty, .p(.class("muted"), .text("民政部门救助状态名单中没有该户成员。"))),
                .ul(.id("civil-statuses"), .forEach(a.civil) { c in
                    .li(.text(c.text), .if(!c.isCurrent(on: a.date), .span(.class("muted"), .text("（已终止）"))))
                }),
                .if(!a.reliefs.isEmpty, .group(.h3(.text("近一年应急救助和临时救助")),
                                               .ul(.id("assessment-reliefs"), .forEach(a.reliefs) { .li(.text($0.summary)) }))),
                .p(.class("muted"), .text("按\(a.date.chinese)的\(PolicyPage.versionLabel(a.policyVersion))计算；收入以按年度登记的最新年度收入为准，减收风险点比较最新年度与上一年度。"))
            )
        )
    }

    static func view(_ m: Model) -> HTML {
        let h = m.household
        return Layout.document(title: "农户 \(h.code)", viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (h.code, nil)], content: .group(
            .h1(.text("\(h.headName ?? "（无户主）")户"), .span(.class("muted"), .text("  户编号 \(h.code)"))),
            .unwrap(m.notice) { .div(.class("alert ok"), .text($0)) },
            .div(.class("card"),
                HouseholdIndex.categoryBadges(category: h.category, liftedYear: h.facts.int("liftedYear"), monitoring: h.monitoringCategory,
                                              relocated: h.facts.bool("relocated") == true, dissolved: h.dissolvedAt != nil),
                .dl(.class("facts"),
                    fact("所在村（社区）", m.villageName),
                    .unwrap(m.originVillageName) { fact("户籍地（迁出）村", $0) },
                    fact("家庭人口", "\(h.memberCount) 人"),
                    fact("家庭纯收入", h.netIncome.map { "\($0) 元" } ?? "未填"),
                    fact("人均纯收入", h.perCapita.map { "\($0) 元" } ?? "未填"),
                    fact("版本", "第 \(h.version) 版，\(Clock.format(h.updatedAt)) 更新"),
                    .unwrap(h.dissolvedReason) { fact("注销原因", $0) }
                ),
                .if(m.canEdit && h.dissolvedAt == nil, .div(.class("actions"),
                    .a(.class("button"), .href(SiteURL.editHousehold(h.id)), .text("修改户信息")),
                    .a(.class("button secondary"), .href(SiteURL.newMember(h.id)), .text("增员")),
                    .a(.class("button secondary"), .href(SiteURL.split(h.id)), .text("分户")),
                    .a(.class("button secondary"), .href(SiteURL.merge(h.id)), .text("并户")),
                    .a(.class("button secondary"), .href("javascript:window.print()"), .text("打印"))
                ))
            ),
            .h2(.text("家庭成员")),
            members(m),
            .unwrap(m.assessment) { assessment($0) },
            .unwrap(m.assistance) { assistance($0, m) },
            IncomeSection.view(m.incomes, household: h, canEdit: m.canEdit, line: m.incomeLine, members: m.members),
            // 收支情况 is the newest statement, shown above year by year.
            .forEach(HouseholdFields.table.sections.filter { $0 != "收支情况" }) { section in
                let specs = HouseholdFields.table.specs.filter { $0.section == section && $0.key != "villageCode" && $0.key != "originVillageCode" }
                return .group(.h2(.text(section)), .div(.class("card"), .dl(.class("facts"), .forEach(specs) { spec in
                    guard let value = h.facts[spec.key] else { return fact(spec.label, "—") }
                    if spec.key == "phone" && !m.revealed.contains("household") {
                        return phoneFact(spec.label, PhoneMask.masked(spec.display(value)), m)
                    }
                    return fact(spec.label, spec.display(value))
                })))
            },
            .h2(.text("人口自然增减")),
            events(m),
            .h2(.text("修改记录")),
            history(m)
        ))
    }

    static func fact(_ label: String, _ value: String) -> Node<HTML.DescriptionListContext> {
        .div(.dt(.text(label)), .dd(.text(value)))
    }

    static func phoneFact(_ label: String, _ masked: String, _ m: Model) -> Node<HTML.DescriptionListContext> {
        let button: Node<HTML.BodyContext> = .if(m.canReveal, .form(.class("inline"), .action(SiteURL.revealHousehold(m.household.id)), .method(.post),
                                                                  .csrfField(m.viewer), .button(.type(.submit), .class("link reveal"), .text("查看"))))
        return .div(.dt(.text(label)), .dd(.text(masked + " "), button))
    }

    static func members(_ m: Model) -> BodyNode {
        .table(.class("grid"), .id("members"),
            .thead(.tr(.th(.text("姓名")), .th(.text("与户主关系")), .th(.text("身份证号码")), .th(.text("性别")), .th(.class("num"), .text("年龄")),
                       .th(.text("健康状况")), .th(.text("劳动技能")), .th(.text("在校生状况")), .th(.text("务工")), .th(.text("状态")),
                       .if(m.canEdit, .th(.text("操作"))))),
            .tbody(.forEach(m.members) { mem in
                let f = mem.facts
                let t = MemberFields.table
                let age = f.date("birthDate").map { $0.age(on: m.today) }
                return .tr(.class(mem.isActive ? "" : "removed"),
                    .td(.text(mem.name)),
                    .td(.text(t.display("relation", f["relation"]))),
                    .td(idCell(mem, m)),
                    .td(.text(t.display("sex", f["sex"]))),
                    .td(.class("num"), .text(age.map(String.init) ?? "")),
                    .td(.text(!m.canSeeHealth ? PersonalData.withheld
                              : t.display("health", f["health"]) + (f["disabilityGrade"] != nil ? "（\(t.display("disabilityGrade", f["disabilityGrade"]))）" : ""))),
                    .td(.text(t.display("labour", f["labour"]))),
                    .td(.text(t.display("schooling", f["schooling"]))),
                    .td(.text(f.bool("migrantWork") == true ? "\(t.display("workPlace", f["workPlace"])) \(f.int("workMonths") ?? 0)个月" : "")),
                    .td(.text(mem.isActive ? "在户" : "\(MembershipEvent(rawValue: mem.removedEvent ?? "")?.label ?? "减员") \(mem.removedAt ?? "")")),
                    .if(m.canEdit, .td(.if(mem.isActive && m.household.dissolvedAt == nil, .group(
                        .a(.href(SiteURL.editMember(mem.id)), .text("修改")), .text(" "),
                        .if(mem.relation != .head, .group(.a(.href(SiteURL.makeHead(mem.id)), .text("设为户主")), .text(" "))),
                        .a(.href(SiteURL.removeMember(mem.id)), .text("减员"))
                    ))))
                )
            })
        )
    }

    /// Masked, with a button that reveals this one number (and records who looked).
    static func idCell(_ mem: MemberRecord, _ m: Model) -> Node<HTML.BodyContext> {
        if m.revealed.contains(mem.id) { return .span(.class("revealed"), .text(mem.idNumber)) }
        return .group(.text(IDNumber.masked(mem.idNumber)),
                      .if(m.canReveal && !mem.idNumber.isEmpty, .form(.class("inline"), .action(SiteURL.revealMember(mem.id)), .method(.post),
                          .csrfField(m.viewer), .button(.type(.submit), .class("link reveal"), .text("查看")))))
    }

    static func events(_ m: Model) -> BodyNode {
        guard !m.events.isEmpty else { return .p(.class("muted"), .text("暂无记录")) }
        return .table(.class("grid"),
            .thead(.tr(.th(.text("日期")), .th(.text("事项")), .th(.text("说明")), .th(.text("经办人")))),
            .tbody(.forEach(m.events) { e in
                .tr(.td(.text(e.date)), .td(.text(e.kind.label)),
                    .td(.text(e.note ?? ""), .unwrap(e.relatedHouseholdID) { .group(.text(" "), .a(.href(SiteURL.household($0)), .text("查看相关户"))) }),
                    .td(.text(e.actor)))
            })
        )
    }

    /// History shows ID numbers and phones masked, like the rest of the page.
    static func masked(_ field: String, _ value: String?, health: Bool) -> String {
        if !health && PersonalData.isHealth(field: field) { return PersonalData.withheld }
        guard let value, !value.isEmpty else { return "空" }
        return PersonalData.masked(field: field, value)
    }

    static func history(_ m: Model) -> BodyNode {
        guard !m.history.isEmpty else { return .p(.class("muted"), .text("暂无记录")) }
        return .ul(.class("history card"), .id("history"), .forEach(m.history) { c in
            .li(
                .strong(.text(Clock.format(c.at))), .text(" \(c.actor)（\(Role(rawValue: c.actorRole)?.label ?? c.actorRole)）："),
                .text(c.summary),
                .if(c.entity == "household" || c.action != "create", .span(.class("muted"), .text("  第\(c.version)版"))),
                .if(!c.changes.isEmpty && c.action != "create", .div(.class("diff"), .forEach(c.changes) { d in
                    .div(.text("\(d.label)：\(masked(d.field, d.before, health: m.canSeeHealth)) → \(masked(d.field, d.after, health: m.canSeeHealth))"))
                }))
            )
        })
    }
}
