import Domain
import Foundation
@preconcurrency import Plot

/// 排查走访 pages: campaigns, coverage, the household survey, focus villages, look-back, visits, the ledger.
enum ScreeningPages {
    typealias Coverage = ScreeningStore.Coverage

    static func tabs(_ active: String, p: Viewer) -> BodyNode {
        .div(.class("actions"),
             .a(.class(active == "campaigns" ? "button" : "button secondary"), .href(SiteURL.screening), .text("排查")),
             .a(.class(active == "focus" ? "button" : "button secondary"), .href(SiteURL.focusVillages), .text("重点区域")),
             .a(.class(active == "visits" ? "button" : "button secondary"), .href(SiteURL.visits), .text("大走访")),
             .if(p.can(.viewRectification),
                 .a(.class(active == "ledger" ? "button" : "button secondary"), .href(SiteURL.rectifications), .text("整改台账"))))
    }

    /// A labelled form control with its error.
    static func field<C: HTML.BodyContext>(_ name: String, _ label: String, _ form: [String: String], _ errors: [FieldError], type: HTMLInputType = .text,
                      help: String? = nil) -> Node<C> {
        let message = errors.first { $0.field == name }?.message
        return .div(.class(message == nil ? "field" : "field error"), .label(.for(name), .text(label)),
                    .input(.type(type), .name(name), .id(name), .value(attr(form[name] ?? ""))),
                    .unwrap(help) { .div(.class("help"), .text($0)) },
                    .unwrap(message) { .div(.class("msg"), .text($0)) })
    }

    static func choice<C: HTML.BodyContext>(_ name: String, _ label: String, _ form: [String: String], _ errors: [FieldError], options: [Choice], empty: String = "请选择") -> Node<C> {
        let message = errors.first { $0.field == name }?.message
        return .div(.class(message == nil ? "field" : "field error"), .label(.for(name), .text(label)),
                    FieldForm.select(id: name, name: name, value: form[name] ?? "", options: options, empty: empty),
                    .unwrap(message) { .div(.class("msg"), .text($0)) })
    }

    static func area<C: HTML.BodyContext>(_ name: String, _ label: String, _ form: [String: String], _ errors: [FieldError], help: String? = nil) -> Node<C> {
        let message = errors.first { $0.field == name }?.message
        return .div(.class(message == nil ? "field wide" : "field wide error"), .label(.for(name), .text(label)),
                    .textarea(.id(name), .name(name), .attribute(named: "rows", value: "3"), .text(form[name] ?? "")),
                    .unwrap(help) { .div(.class("help"), .text($0)) },
                    .unwrap(message) { .div(.class("msg"), .text($0)) })
    }

    static func summary<C: HTML.BodyContext>(_ errors: [FieldError]) -> Node<C> {
        .if(!errors.isEmpty, .div(.class("alert error"), .id("form-errors"), .text("请改正以下问题："),
                                  .ul(.forEach(errors) { .li(.text($0.message)) })))
    }

    static func bar(_ done: Int, of total: Int) -> Node<HTML.BodyContext> {
        let percent = total == 0 ? 0 : done * 100 / total
        return .group(.element(named: "progress", nodes: [.attribute(named: "max", value: "100"), .attribute(named: "value", value: String(percent)),
                                                          .text("\(percent)%")]),
                      .span(.class("muted"), .text(" \(percent)%")))
    }

    // MARK: - Campaigns

    struct CampaignsModel {
        var viewer: Viewer
        var list: [CampaignRecord]
        var regions: RegionDirectory
        var canManage: Bool
        var form: [String: String]
        var errors: [FieldError]
        var notice: String?
    }

    static func campaigns(_ m: CampaignsModel) -> HTML {
        let p = m.viewer, list = m.list, regions = m.regions, canManage = m.canManage, form = m.form, errors = m.errors, notice = m.notice
        return Layout.document(title: "排查", viewer: p, active: "screening", content: .group(
            .h1(.text("防返贫监测排查")), tabs("campaigns", p: p),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .table(.class("grid"), .id("campaigns"),
                .thead(.tr(.th(.text("排查")), .th(.text("类型")), .th(.text("范围")), .th(.text("期间")), .th(.text("阶段")))),
                .tbody(.forEach(list) { c in
                    .tr(.td(.a(.href(SiteURL.campaign(c.id)), .text(c.plan.name))), .td(.text(c.plan.kind.label)), .td(.text(regions.fullName(c.plan.scope))),
                        .td(.text("\(c.plan.from) 至 \(c.plan.to)")), .td(.text(c.plan.phases.map(\.name).joined(separator: " → "))))
                })),
            .if(list.isEmpty, .p(.class("muted"), .text("尚无排查。"))),
            .if(canManage, .form(.class("card"), .method(.post), .action(SiteURL.screening), .id("campaign-form"),
                .h2(.text("新建排查")), .csrfField(p), summary(errors),
                .div(.class("fields"),
                     choice("kind", "类型", form, errors, options: CampaignKind.choices),
                     field("name", "名称", form, errors, help: "如 2026年11月常态化排查"),
                     choice("scope", "范围", form, errors, options: scopeChoices(p, regions), empty: "本辖区"),
                     field("from", "开始日期", form, errors, type: .date), field("to", "结束日期", form, errors, type: .date),
                     area("phases", "阶段及截止日期（集中排查必填）", form, errors, help: "每行一个阶段：阶段名称,开始日期,结束日期")),
                .div(.class("actions"), .button(.type(.submit), .text("创建排查")))))
        ))
    }

    static func scopeChoices(_ p: Viewer, _ regions: RegionDirectory) -> [Choice] {
        guard let scope = p.regionScope else { return [] }
        return [Choice(value: scope, label: regions.fullName(scope))] + regions.townships(in: scope).map { Choice(value: $0.code, label: $0.name) }
    }

    static func coverageTable(_ id: String, _ rows: [Coverage], name: (String) -> Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        let total = rows.reduce(into: Coverage(code: "", households: 0, screened: 0, absent: 0, changed: 0, risks: 0, clues: 0)) { s, r in
            s.households += r.households; s.screened += r.screened; s.absent += r.absent; s.changed += r.changed; s.risks += r.risks; s.clues += r.clues
        }
        return .table(.class("grid"), .id(id),
            .thead(.tr(.th(.text("区划")), .th(.class("num"), .text("农户")), .th(.class("num"), .text("已排查")), .th(.text("覆盖率")),
                       .th(.class("num"), .text("不在家")), .th(.class("num"), .text("信息变化")), .th(.class("num"), .text("发现风险")),
                       .th(.class("num"), .text("提出线索")))),
            .tbody(.forEach(rows + [total]) { r in
                .tr(.td(r.code.isEmpty ? .strong(.text("合计")) : name(r.code)), .td(.class("num"), .text(String(r.households))),
                    .td(.class("num"), .text(String(r.screened))), .td(bar(r.screened, of: r.households)),
                    .td(.class("num"), .text(String(r.absent))), .td(.class("num"), .text(String(r.changed))),
                    .td(.class("num"), .text(String(r.risks))), .td(.class("num"), .text(String(r.clues))))
            }))
    }

    struct CampaignModel {
        var viewer: Viewer
        var c: CampaignRecord
        var townships: [Coverage]
        var villages: [Coverage]
        var regions: RegionDirectory
        var today: Day
    }

    static func campaign(_ m: CampaignModel) -> HTML {
        let p = m.viewer, c = m.c, townships = m.townships, villages = m.villages, regions = m.regions, today = m.today
        return Layout.document(title: c.plan.name, viewer: p, active: "screening", breadcrumbs: [("排查", SiteURL.screening), (c.plan.name, nil)], content: .group(
            .h1(.text(c.plan.name), .span(.class("muted"), .text("  \(c.plan.kind.label) · \(regions.fullName(c.plan.scope)) · \(c.plan.from) 至 \(c.plan.to)"))),
            .if(!c.plan.phases.isEmpty, .table(.class("grid"), .id("phases"),
                .thead(.tr(.th(.text("阶段")), .th(.text("开始")), .th(.text("截止")), .th(.text("状态")))),
                .tbody(.forEach(c.plan.phases) { ph in
                    .tr(.td(.text(ph.name)), .td(.text(ph.from.description)), .td(.text(ph.to.description)),
                        .td(.text(today < ph.from ? "未开始" : today > ph.to ? "已截止" : "进行中")))
                }))),
            .h2(.text("覆盖情况（实时）")),
            .if(townships.count > 1, coverageTable("coverage-townships", townships) { .text(regions.fullName($0)) }),
            coverageTable("coverage-villages", villages) { code in .a(.href(SiteURL.campaignVillage(c.id, village: code)), .text(regions.fullName(code))) }
        ))
    }

    struct VillageModel {
        var viewer: Viewer
        var c: CampaignRecord
        var code: String
        var lines: [ScreeningStore.HouseholdLine]
        var regions: RegionDirectory
        var lookBack: (LookBackData, [Int: ScreeningStore.Review])?
        var canRecord: Bool
        var canReview: Bool
        var form: [String: String]
        var errors: [FieldError]
        var notice: String?
    }

    static func village(_ m: VillageModel) -> HTML {
        let p = m.viewer, c = m.c, code = m.code, lines = m.lines, regions = m.regions, lookBack = m.lookBack, canRecord = m.canRecord, canReview = m.canReview, form = m.form, errors = m.errors, notice = m.notice
        let done = lines.filter { $0.record != nil }.count
        return Layout.document(title: regions.fullName(code), viewer: p, active: "screening",
                               breadcrumbs: [("排查", SiteURL.screening), (c.plan.name, SiteURL.campaign(c.id)), (regions[code]?.name ?? code, nil)], content: .group(
            .h1(.text(regions.fullName(code)), .span(.class("muted"), .text("  \(c.plan.name)"))),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .p(.text("已排查 \(done)/\(lines.count) 户 "), bar(done, of: lines.count)),
            .unwrap(lookBack) { data, reviews in lookBackSection(c: c, code: code, data: data, reviews: reviews, canReview: canReview, form: form, errors: errors, viewer: p) },
            .table(.class("grid"), .id("households"),
                .thead(.tr(.th(.text("户编号")), .th(.text("户主")), .th(.text("户类型")), .th(.class("num"), .text("人口")), .th(.text("排查")),
                           .th(.text("走访人")), .th(.text("情况")), .th(.text("操作")))),
                .tbody(.forEach(lines) { l in
                    .tr(.td(.text(l.code)), .td(.a(.href(SiteURL.household(l.id)), .text(l.head))),
                        .td(.text(l.category + (l.monitored ? (l.eliminated ? "·已消除" : "·监测户") : ""))), .td(.class("num"), .text(String(l.members))),
                        .td(.unwrap(l.record, { .text("\($0.input.visitedOn) \($0.input.presence.label)") }, else: .span(.class("badge flag"), .text("未排查")))),
                        .td(.text(l.record?.input.visitors.joined(separator: "、") ?? "")),
                        .td(.unwrap(l.record) { r in
                            .group(.if(r.input.factsChanged, .span(.class("badge mon"), .text("信息有变化"))),
                                   .if(!r.input.risks.isEmpty, .span(.class("badge flag"), .text(r.input.risks.map(\.label).joined(separator: "、")))),
                                   .unwrap(r.caseID) { .a(.href(SiteURL.casePage($0)), .text("线索")) })
                        }),
                        .td(.if(canRecord, .a(.href(SiteURL.survey(campaign: c.id, household: l.id)), .text(l.record == nil ? "填写调查表" : "修改")))))
                }))
        ))
    }

    static func lookBackSection(c: CampaignRecord, code: String, data: LookBackData, reviews: [Int: ScreeningStore.Review], canReview: Bool,
                                form: [String: String], errors: [FieldError], viewer p: Viewer) -> Node<HTML.BodyContext> {
        .div(.class("card"), .id("lookback"),
            .h2(.text("“回头看”八个方面核查清单")),
            .p(.class("muted"), .text("“数据核查”取自最近一次数据质量检查和本次排查记录；其余由核查人结合入户情况填写。有问题的可直接转入整改台账。")),
            summary(errors),
            .table(.class("grid"),
                .thead(.tr(.th(.text("方面")), .th(.text("核查要点")), .th(.text("数据核查")), .th(.text("核查结论")), .th(.text("填写")))),
                .tbody(.forEach(LookBack.dimensions) { d in
                    let a = LookBack.answer(d, data: data)
                    let r = reviews[d.number]
                    return .tr(.id("dimension-\(d.number)"),
                        .td(.text("\(d.number). \(d.title)")), .td(.class("muted"), .text(d.question)),
                        .td(.if(a.problems > 0, .span(.class("badge flag"), .text("问题 \(a.problems)"))), .ul(.forEach(a.lines) { .li(.text($0)) })),
                        .td(.unwrap(r, { r in .group(.span(.class(r.state == .problem ? "badge flag" : "badge alv"), .text(r.state.label)), .text(" \(r.note)"),
                                                      .div(.class("muted"), .text("\(r.by) \(Clock.format(r.at))"))) },
                                    else: .span(.class("muted"), .text("未填写")))),
                        .td(.if(canReview, .form(.method(.post), .action(SiteURL.campaignVillageReview(c.id, village: code)),
                            .csrfField(p), .input(.type(.hidden), .name("dimension"), .value(attr(String(d.number)))),
                            FieldForm.select(id: "state-\(d.number)", name: "state", value: r?.state.rawValue ?? "", options: ReviewState.choices),
                            .input(.type(.text), .name("note"), .attribute(named: "placeholder", value: "说明（有问题时必填）"), .value(attr(r?.note ?? ""))),
                            .label(.input(.type(.checkbox), .name("ledger"), .value("1")), .text("有问题的转入整改台账")),
                            .button(.type(.submit), .class("secondary"), .text("保存"))))))
                })))
    }

    struct SurveyModel {
        var viewer: Viewer
        var c: CampaignRecord
        var h: HouseholdRecord
        var members: [MemberRecord]
        var form: [String: String]
        var errors: [FieldError]
        var regions: RegionDirectory
    }

    static func survey(_ m: SurveyModel) -> HTML {
        let p = m.viewer, c = m.c, h = m.h, members = m.members, form = m.form, errors = m.errors, regions = m.regions
        let risks = Set((form["risks"] ?? "").split(separator: ",").map(String.init))
        return Layout.document(title: "入户摸底调查表", viewer: p, active: "screening",
                               breadcrumbs: [("排查", SiteURL.screening), (c.plan.name, SiteURL.campaign(c.id)),
                                             (regions[h.villageCode]?.name ?? "", SiteURL.campaignVillage(c.id, village: h.villageCode)), ("\(h.headName ?? "")户", nil)],
                               content: .group(
            .h1(.text("防止返贫监测帮扶集中排查入户摸底调查表")),
            .div(.class("card"), .id("household-facts"),
                 .p(.strong(.text("\(h.headName ?? "")户")), .text("  户编号 \(h.code) · \(regions.fullName(h.villageCode)) · \(h.categoryLabel) · \(h.memberCount)人"),
                    .text(h.perCapita.map { " · 人均纯收入 \($0) 元" } ?? "")),
                 .p(.class("muted"), .text("家庭成员：" + members.map { m in m.name + (m.facts.choice("relation", as: Relation.self).map { "（\($0.label)）" } ?? "") }
                    .joined(separator: "、")))),
            .form(.class("card"), .method(.post), .action(SiteURL.survey(campaign: c.id, household: h.id)), .id("survey-form"),
                .csrfField(p), summary(errors),
                .div(.class("fields"),
                     field("visitedOn", "走访日期", form, errors, type: .date),
                     field("visitors", "走访人", form, errors, help: "多人用顿号分隔，如 张三、李四、王五"),
                     choice("presence", "农户是否在家", form, errors, options: Presence.choices),
                     choice("absentSource", "不在家时信息如何核实", form, errors, options: AbsentSource.choices, empty: "（在家不填）"),
                     choice("factsChanged", "家庭信息", form, errors, options: [Choice(value: "0", label: "与台账一致"), Choice(value: "1", label: "有变化")]),
                     area("changes", "变化内容", form, errors, help: "人口、收入、就业、住房、饮水、就学、就医等变化；改正台账请到农户页修改"),
                     .div(.class("field wide"), .label(.text("发现的返贫致贫风险")),
                          .div(.class("checks"), .forEach(RiskType.allCases) { r in
                              .label(.input(.type(.checkbox), .name("risks"), .value(attr(r.rawValue)), .checked(risks.contains(r.rawValue))), .text(r.label))
                          }),
                          .unwrap(errors.first { $0.field == "risks" }?.message) { .div(.class("msg"), .text($0)) }),
                     .div(.class("field"), .label(.class("check"), .input(.type(.checkbox), .name("raiseClue"), .value("1"), .checked(form["raiseClue"] == "1")),
                                                  .text("提出风险线索（转入识别程序：干部走访排查）"))),
                     area("note", "备注", form, errors)),
                .div(.class("actions"), .button(.type(.submit), .text("保存调查表"))))
        ))
    }

    // MARK: - Focus villages

    struct FocusModel {
        var viewer: Viewer
        var rows: [(VillageStats, [FocusReason])]
        var settings: ScreeningSettings
        var regions: RegionDirectory
    }

    static func focus(_ m: FocusModel) -> HTML {
        let p = m.viewer, rows = m.rows, settings = m.settings, regions = m.regions
        return Layout.document(title: "重点区域", viewer: p, active: "screening", content: .group(
            .h1(.text("建议重点排查的村"), .span(.class("muted"), .text("  共\(rows.count)个"))), tabs("focus", p: p),
            .p(.class("muted"), .text("依据融安县精准防贫提升行动方案、信丰县“回头看”方案：易地搬迁安置点、原深度贫困村、重点帮扶村、废弃矿山区域、自然灾害发生地、脱贫户较多（≥\(settings.focusManyAlleviated)户）但监测户少于其\(settings.focusFewMonitoredPercent)%、监测户为零，以及未消除风险监测对象占农村户籍人口超过\(settings.focusUnresolvedPercent)%的村。比例等参数可在政策参数页调整。")),
            .table(.class("grid"), .id("focus"),
                .thead(.tr(.th(.text("村")), .th(.class("num"), .text("农户")), .th(.class("num"), .text("脱贫户")), .th(.class("num"), .text("监测户")),
                           .th(.class("num"), .text("未消除风险人数")), .th(.class("num"), .text("户籍人口")), .th(.class("num"), .text("占比%")), .th(.text("原因")))),
                .tbody(.forEach(rows) { v, reasons in
                    .tr(.td(.a(.href(SiteURL.households(query: ["village": v.code])), .text(regions.fullName(v.code)))),
                        .td(.class("num"), .text(String(v.households))), .td(.class("num"), .text(String(v.alleviated))), .td(.class("num"), .text(String(v.monitored))),
                        .td(.class("num"), .text(String(v.unresolvedPeople))), .td(.class("num"), .text(String(v.people))),
                        .td(.class("num"), .text(v.unresolvedShare.description)),
                        .td(.forEach(reasons) { .span(.class($0 == .unresolvedAboveShare ? "badge flag" : "badge"), .text($0.label)) }))
                }))
        ))
    }

    // MARK: - Visits

    struct VisitsModel {
        var viewer: Viewer
        var plans: [VisitPlanRecord]
        var campaigns: [CampaignRecord]
        var villages: [Choice]
        var regions: RegionDirectory
        var settings: ScreeningSettings
        var canManage: Bool
        var form: [String: String]
        var errors: [FieldError]
        var notice: String?
    }

    static func visits(_ m: VisitsModel) -> HTML {
        let p = m.viewer, plans = m.plans, campaigns = m.campaigns, villages = m.villages, regions = m.regions, settings = m.settings, canManage = m.canManage, form = m.form, errors = m.errors, notice = m.notice
        let names = Dictionary(campaigns.map { ($0.id, $0.plan.name) }, uniquingKeysWith: { a, _ in a })
        return Layout.document(title: "大走访", viewer: p, active: "screening", content: .group(
            .h1(.text("大走访计划")), tabs("visits", p: p),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .p(.class("muted"), .text("\(settings.visitTeamSize)人一组；驻村第一书记、村党组织书记遍访所有脱贫户和监测户（含已消除风险户）；每人每天不超过\(settings.visitDailyLimit)户（大型安置点\(settings.visitDailyLimitLargeSite)户）；第一季度最迟3月\(settings.firstQuarterVisitDay)日前完成。")),
            .table(.class("grid"), .id("plans"),
                .thead(.tr(.th(.text("村")), .th(.text("排查")), .th(.text("走访组")), .th(.text("期间")), .th(.class("num"), .text("应走访户")), .th(.class("num"), .text("每人每天上限")))),
                .tbody(.forEach(plans) { v in
                    .tr(.td(.a(.href(SiteURL.visit(v.id)), .text(regions.fullName(v.villageCode)))), .td(.text(names[v.campaignID] ?? "")),
                        .td(.text(v.team.map { "\($0.name)（\($0.visitorRole?.label ?? $0.role)）" }.joined(separator: "、"))),
                        .td(.text("\(v.from) 至 \(v.to)")), .td(.class("num"), .text(String(v.households))), .td(.class("num"), .text(String(v.dailyLimit))))
                })),
            .if(canManage, .form(.class("card"), .method(.post), .action(SiteURL.visits), .id("visit-form"),
                .h2(.text("新建走访计划")), .csrfField(p), summary(errors),
                .div(.class("fields"),
                     choice("campaignId", "所属排查", form, errors, options: campaigns.map { Choice(value: $0.id, label: $0.plan.name) }),
                     choice("village", "村", form, errors, options: villages),
                     field("from", "开始日期", form, errors, type: .date), field("to", "结束日期", form, errors, type: .date)),
                .h3(.text("走访组")),
                .div(.class("fields"), .forEach(1...settings.visitTeamSize) { i in
                    .group(field("member\(i)", "组员\(i)姓名", form, errors),
                           choice("role\(i)", "组员\(i)身份", form, errors, options: VisitorRole.choices))
                }),
                .unwrap(errors.first { $0.field == "team" }?.message) { .div(.class("alert error"), .text($0)) },
                .div(.class("actions"), .button(.type(.submit), .text("创建走访计划")))))
        ))
    }

    struct VisitPlanModel {
        var viewer: Viewer
        var plan: VisitPlanRecord
        var campaign: CampaignRecord
        var progress: ScreeningStore.VisitProgress
        var regions: RegionDirectory
        var deadline: Day?
        var today: Day
    }

    static func visitPlan(_ m: VisitPlanModel) -> HTML {
        let p = m.viewer, plan = m.plan, campaign = m.campaign, progress = m.progress, regions = m.regions, deadline = m.deadline, today = m.today
        let late = deadline.map { today > $0 && progress.visited < progress.lines.count } ?? false
        return Layout.document(title: "走访进度", viewer: p, active: "screening", breadcrumbs: [("大走访", SiteURL.visits), (regions.fullName(plan.villageCode), nil)],
                               content: .group(
            .h1(.text("\(regions.fullName(plan.villageCode)) 大走访进度")),
            .p(.text("\(campaign.plan.name) · \(plan.from) 至 \(plan.to) · 走访组：" + plan.team.map { "\($0.name)（\($0.visitorRole?.label ?? "")）" }.joined(separator: "、"))),
            .if(late, .div(.class("alert error"), .id("late"), .text("已过第一季度大走访完成期限（\(deadline?.description ?? "")），仍有\(progress.lines.count - progress.visited)户未走访。"))),
            .div(.class("card"), .id("progress"),
                 .p(.text("已走访 \(progress.visited)/\(progress.lines.count) 户 "), bar(progress.visited, of: progress.lines.count)),
                 .p(.text("第一书记或村党组织书记已遍访 \(progress.coveredBySecretaries)/\(progress.lines.count) 户 "), bar(progress.coveredBySecretaries, of: progress.lines.count)),
                 .if(!progress.busiest.isEmpty, .p(.class("muted"), .text("单日走访最多：" + progress.busiest.map { "\($0.visitor) \($0.day) \($0.count)户" }.joined(separator: "；") +
                                                                       "（上限每人每天\(plan.dailyLimit)户）")))),
            .table(.class("grid"), .id("targets"),
                .thead(.tr(.th(.text("户编号")), .th(.text("户主")), .th(.text("走访日期")), .th(.text("走访人")), .th(.text("书记遍访")))),
                .tbody(.forEach(progress.lines) { l in
                    .tr(.td(.text(l.code)), .td(.a(.href(SiteURL.survey(campaign: plan.campaignID, household: l.id)), .text(l.head))),
                        .td(.unwrap(l.visitedOn, { .text($0.description) }, else: .span(.class("badge flag"), .text("未走访")))),
                        .td(.text(l.visitors.joined(separator: "、"))), .td(.text(l.bySecretary ? "是" : "")))
                }))
        ))
    }

    // MARK: - Rectification ledger

    struct LedgerModel {
        var viewer: Viewer
        var items: [RectificationRecord]
        /// How many items the filters select (the page lists the first 2,000).
        var total: Int
        var regions: RegionDirectory
        var today: Day
        var state: String
        var source: String
        var canManage: Bool
        var regionChoices: [Choice]
        var form: [String: String]
        var errors: [FieldError]
        var notice: String?
    }

    static func ledger(_ m: LedgerModel) -> HTML {
        let p = m.viewer, items = m.items, regions = m.regions, today = m.today, state = m.state, source = m.source, canManage = m.canManage, regionChoices = m.regionChoices, form = m.form, errors = m.errors, notice = m.notice
        return Layout.document(title: "整改台账", viewer: p, active: "screening", content: .group(
            .h1(.text("问题整改台账"), .span(.class("muted"), .text("  共\(m.total)项" + (m.total > items.count ? "，本页列出前\(items.count)项（导出Excel含全部）" : "")))),
            tabs("ledger", p: p),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .p(.class("muted"), .text("数据质量校验、交叉检查（每年4月、10月，乡镇互查、村村互查）、暗访督查、县级抽查和“回头看”发现的问题：挂账整改、对账销号。逾期事项进入责任单位及其上级的待办。")),
            .form(.class("filters"), .method(.get), .action(SiteURL.rectifications),
                  .label(.text("状态"), FieldForm.select(id: "filter-state", name: "state", value: state, options: RectificationState.choices, empty: "全部")),
                  .label(.text("来源"), FieldForm.select(id: "filter-source", name: "source", value: source, options: ProblemSource.choices, empty: "全部")),
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("ledger-export"),
                     .href(SiteURL.with(SiteURL.rectifications + "/export.xlsx", [("state", state), ("source", source)])), .text("导出Excel"))),
            .table(.class("grid"), .id("ledger"),
                .thead(.tr(.th(.text("问题")), .th(.text("来源")), .th(.text("责任单位/责任人")), .th(.text("整改措施")), .th(.text("期限")), .th(.text("状态")))),
                .tbody(.forEach(items) { r in
                    let d = r.deadline(today: today)
                    return .tr(.class(d == .overdue ? "overdue" : ""),
                        .td(.a(.href(SiteURL.rectification(r.id)), .text(r.problem)), .div(.class("muted"), .text(regions.fullName(r.regionCode)))),
                        .td(.text(r.source.label), .div(.class("muted"), .text(r.sourceRef))), .td(.text("\(r.unit) / \(r.person)")),
                        .td(.text(r.measure)), .td(.text(r.due.description)),
                        .td(.text(r.state.label + (r.closedOn.map { " \($0)" } ?? "")), CasesPages.deadlineBadge(d)))
                })),
            .if(canManage, .form(.class("card"), .method(.post), .action(SiteURL.rectifications), .id("ledger-form"),
                .h2(.text("问题挂账")), .csrfField(p), summary(errors),
                .input(.type(.hidden), .name("householdId"), .value(attr(form["householdId"] ?? ""))),
                .input(.type(.hidden), .name("sourceRef"), .value(attr(form["sourceRef"] ?? ""))),
                .div(.class("fields"),
                     choice("source", "来源", form, errors, options: ProblemSource.choices),
                     choice("region", "责任所在（乡镇或村）", form, errors, options: regionChoices),
                     area("problem", "问题", form, errors),
                     field("unit", "责任单位", form, errors), field("person", "责任人", form, errors),
                     area("measure", "整改措施", form, errors),
                     field("due", "整改期限", form, errors, type: .date)),
                .div(.class("actions"), .button(.type(.submit), .text("挂账")))))
        ))
    }

    struct RectificationModel {
        var viewer: Viewer
        var r: RectificationRecord
        var regions: RegionDirectory
        var today: Day
        var canClose: Bool
        var findingOpen: Bool?
        var evidence: String
        var overrideReason: String
        var errors: [FieldError]
        var notice: String?
        var files: [StoredFileRecord] = []
        var maxFileMB: Int = 10
    }

    static func rectification(_ m: RectificationModel) -> HTML {
        let p = m.viewer, r = m.r, regions = m.regions, today = m.today, canClose = m.canClose, findingOpen = m.findingOpen, evidence = m.evidence, overrideReason = m.overrideReason, errors = m.errors, notice = m.notice, files = m.files, maxFileMB = m.maxFileMB
        return Layout.document(title: "整改事项", viewer: p, active: "screening", breadcrumbs: [("整改台账", SiteURL.rectifications), (String(r.problem.prefix(20)), nil)],
                        content: .group(
            .h1(.text("整改事项"), .text(" "), CasesPages.deadlineBadge(r.deadline(today: today))),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .table(.class("grid"), .id("item"),
                .tbody(
                    .tr(.th(.text("问题")), .td(.text(r.problem))),
                    .tr(.th(.text("所在")), .td(.text(regions.fullName(r.regionCode)), .unwrap(r.householdID) { .a(.href(SiteURL.household($0)), .text("  查看农户")) })),
                    .tr(.th(.text("来源")), .td(.text("\(r.source.label) \(r.sourceRef)"))),
                    .tr(.th(.text("责任单位/责任人")), .td(.text("\(r.unit) / \(r.person)"))),
                    .tr(.th(.text("整改措施")), .td(.text(r.measure))),
                    .tr(.th(.text("期限")), .td(.text(r.due.description))),
                    .tr(.th(.text("登记")), .td(.text("\(r.createdBy) \(r.createdOn)"))),
                    .tr(.th(.text("状态")), .td(.text(r.state.label), .unwrap(r.closedOn) { .text(" \($0)（\(r.closedBy ?? "")）") })),
                    .unwrap(findingOpen) { open in
                        .tr(.th(.text("数据质量问题")), .td(.id("finding-state"), .text(open ? "最近一次检查仍未消除：改正数据并重新检查后方可销号" : "最近一次检查已消除，可以销号")))
                    },
                    .unwrap(r.evidence) { .tr(.th(.text("整改结果及佐证")), .td(.text($0))) },
                    .if(!files.isEmpty, .tr(.th(.text("佐证材料")), .td(.id("evidence-files"), .forEach(files) { f in
                        .div(.a(.href(SiteURL.rectificationFile(r.id, file: f.id)), .text(f.filename.isEmpty ? "佐证材料" : f.filename)),
                             .span(.class("muted"), .text("  \(max(1, f.size / 1024)) KB · \(f.uploadedBy)")))
                    }))))),
            .if(canClose && r.state == .open, .form(.class("card"), .method(.post), .action(SiteURL.closeRectification(r.id)), .id("close-form"),
                .attribute(named: "enctype", value: "multipart/form-data"),
                .attribute(named: "data-confirm", value: attr("确定销号？销号后不能撤回。")),
                .h2(.text("对账销号")), .csrfField(p), summary(errors),
                .div(.class("fields"), area("evidence", "整改结果及佐证", ["evidence": evidence], errors, help: "写明做了什么、谁核实；照片、扫描件在下面一并上传"),
                     .div(.class("field" + (errors.contains { $0.field == "files" } ? " error" : "")),
                          .label(.for("files"), .text("佐证材料（照片或扫描件）")),
                          .input(.type(.file), .name("files[]"), .id("files"), .attribute(named: "multiple", value: "multiple"),
                                 .attribute(named: "accept", value: "image/jpeg,image/png,application/pdf")),
                          .unwrap(errors.first { $0.field == "files" }) { .span(.class("msg"), .text($0.message)) },
                          .span(.class("help"), .text("最多\(RectificationFiles.maxFiles)个文件，JPG、PNG或PDF，每个不超过\(maxFileMB) MB"))),
                     .if(findingOpen == true && p.role == .countyAdmin,
                         area("overrideReason", "问题未消除仍予销号的理由（县级管理员）", ["overrideReason": overrideReason], errors,
                              help: "仅在确需先行销号时填写，记入审计日志"))),
                .div(.class("actions"), .button(.type(.submit), .text("销号")))))
        ))
    }
}
