import Domain
import Foundation
@preconcurrency import Plot

/// 监测帮扶 pages: 待办, the case list, one case with its step forms, clue intake and the public self-report.
enum CasesPages {
    static func deadlineBadge(_ s: DeadlineState) -> Node<HTML.BodyContext> {
        .span(.class(s == .overdue ? "badge flag" : s == .metLate ? "badge mon" : s == .met ? "badge alv" : "badge"), .text(s.label))
    }

    // MARK: - Inbox

    struct InboxModel {
        var viewer: Viewer
        var items: [Inbox.Item]
        var regions: RegionDirectory
    }

    static func inbox(_ m: InboxModel) -> HTML {
        let p = m.viewer, items = m.items, regions = m.regions
        let overdue = items.filter { $0.deadlineState == .overdue }.count
        return Layout.document(title: "待办", viewer: p, active: "inbox", content: .group(
            .h1(.text("待办事项"), .span(.class("muted"), .text("  共\(items.count)项，其中逾期\(overdue)项"))),
            .p(.class("muted"), .text("本人角色负责办理的步骤；上级还能看到下级已逾期的事项（标“督办”）。逾期的排在最前。"),
               .if(!items.isEmpty, .a(.class("button secondary"), .id("inbox-export"), .href("/inbox/export.xlsx"), .text("导出Excel")))),
            .if(items.isEmpty, .div(.class("card"), .id("inbox-empty"), .text("暂无待办事项。"))),
            .if(!items.isEmpty, .table(.class("grid"), .id("inbox"),
                .thead(.tr(.th(.text("农户")), .th(.text("所在村")), .th(.text("待办事项")), .th(.text("当前环节或来源")), .th(.text("期限")), .th(.text("状态")))),
                .tbody(.forEach(items) { i in
                    .tr(.class(i.deadlineState == .overdue ? "overdue" : ""),
                        .td(.a(.href(i.link), .text(i.title))),
                        .td(.text(regions.fullName(i.villageCode))),
                        .td(.text(i.task), .if(!i.mine, .span(.class("badge flag"), .text("督办")))),
                        .td(.text(i.stepLabel)),
                        .td(.text(i.due.description)),
                        .td(deadlineBadge(i.deadlineState)))
                })))
        ))
    }

    // MARK: - List

    typealias ListRow = CaseQuery.ListRow

    struct ListModel {
        var viewer: Viewer
        var rows: [ListRow]
        var state: String
        var total: Int
        var page: Int
        var per: Int
        var regions: RegionDirectory
        var canReport: Bool
        var today: Day
        var rules: [DeadlineRule]
        /// The step the role takes for many cases at once (township 审核, county 审定), if any.
        var bulkStep: CaseAction? = nil
        /// How many of the list's cases (all pages) wait for that step.
        var waiting = 0
        /// What the last bulk step did.
        var bulk: BulkOutcome? = nil

        /// The bulk step, offered when cases of the list wait for it.
        var bulkAction: CaseAction? { waiting > 0 || bulk != nil ? bulkStep : nil }
    }

    /// The bulk form's fields: the step's own, except that at the county's 审定 the category and the risks may be left
    /// to each case.
    static func bulkFields(_ action: CaseAction) -> FieldTable {
        FieldTable(action.fields.specs.map { spec in
            var s = spec
            if action == .countyApprove, spec.key == "category" {
                s.required = false
                s.help = "不选则按各户类别：脱贫户为脱贫不稳定户，一般户为边缘易致贫户；突发严重困难户请逐户审定"
            }
            if action == .countyApprove, spec.key == "riskTypes" {
                s.required = false
                s.help = "不勾选则用各户事项已登记的风险（线索和入户核实时确认的）"
            }
            return s
        })
    }

    static func bulkForm(_ m: ListModel, _ action: CaseAction) -> BodyNode {
        let values = m.bulk?.values ?? [:]
        return .details(.class("card bulk"), .id("bulk-cases-box"), .open(m.bulk?.message != nil || !(m.bulk?.refused.isEmpty ?? true)),
            .summary(.text("批量\(action.label)：已勾选 "), .span(.attribute(named: "data-selected-count", value: "bulk-cases"), .text("0")), .text(" 件")),
            .form(.method(.post), .action(SiteURL.caseTransitions), .id("bulk-cases"),
                  .csrfField(m.viewer),
                  .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                  .input(.type(.hidden), .name("listState"), .value(attr(m.state))),
                  .p(.class("muted"), .text("勾选下表中处于“\(action.from.map(\.label).sorted().joined(separator: "、"))”的事项（表头的方框全选本页），填写一次，一起办理。每件单独按程序检查：某件不能办理时，其余照常办理，并在该件下写明原因。")),
                  FieldForm.sections(bulkFields(action), state: FormState(values: values), villages: []),
                  .div(.class("actions"), .button(.type(.submit), .attribute(named: "data-confirm", value: "对所勾选的事项一起办理“\(action.label)”？"),
                                                  .text("办理所选")),
                       .if(m.waiting > 0, BulkViews.allMatching(
                           form: "bulk-cases", idsURL: SiteURL.with("/cases/ids", [("state", m.state)]),
                           label: "办理全部\(m.waiting)件待\(action.label)的",
                           confirm: "对本列表中全部\(m.waiting)件等待“\(action.label)”的事项，用上面填写的内容一起办理？", doneWord: "已办理", unit: "件")))))
    }

    static func list(_ m: ListModel) -> HTML {
        let p = m.viewer, rows = m.rows, state = m.state, total = m.total, page = m.page, per = m.per, regions = m.regions, canReport = m.canReport, today = m.today, rules = m.rules
        let pages = max(1, (total + per - 1) / per)
        return Layout.document(title: "监测事项", viewer: p, active: "cases", content: .group(
            .h1(.text("监测事项"), .span(.class("muted"), .text("  共\(total)件"))),
            .form(.class("filters"), .method(.get), .action(SiteURL.cases),
                  .label(.text("办理环节"), FieldForm.select(id: "state", name: "state", value: state, options: CaseState.choices, empty: "全部")),
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("cases-export"), .href(SiteURL.with("/cases/export.xlsx", [("state", state)])), .text("导出Excel")),
                  .if(canReport, .a(.class("button secondary"), .href(SiteURL.newClue()), .text("登记风险线索")))),
            .unwrap(m.bulk) { b in
                BulkViews.summary(b, done: "已办理“\(m.bulkStep?.label ?? "")” \(b.done) 件", refusedCount: "\(b.refused.count) 件未办理", unit: "件",
                                  shown: Set(rows.map(\.record.id)), elsewhere: "不在本页的一件：")
            },
            .unwrap(m.bulkAction) { bulkForm(m, $0) },
            .table(.class("grid"), .id("cases"),
                .thead(.tr(.unwrap(m.bulkAction) { _ in .th(.input(.type(.checkbox), .id("select-all"), .attribute(named: "data-select-all", value: "bulk-cases"),
                                                                   .attribute(named: "aria-label", value: "全选本页可批量办理的事项"))) },
                           .th(.text("农户")), .th(.text("所在村")), .th(.text("发现方式")), .th(.text("登记日期")), .th(.text("办理环节")),
                           .th(.text("期限")), .th(.text("绿色通道")))),
                .tbody(.forEach(rows) { r in
                    let c = r.record
                    let open = c.deadlines(today: today, rules: rules).filter { $0.done == nil }
                    let refused = m.bulk?.refused.first { $0.id == c.id }?.reason
                    return .tr(.id("case-\(c.id)"),
                        .unwrap(m.bulkAction) { a in
                            .td(.if(a.from.contains(c.state), .input(.type(.checkbox), .name("ids"), .value(attr("\(c.id):\(c.version)")),
                                                                     .attribute(named: "form", value: "bulk-cases"),
                                                                     .attribute(named: "aria-label", value: "选择\(r.headName ?? c.reporterName ?? "")户的事项"))))
                        },
                        .td(.a(.href(SiteURL.casePage(c.id)), .text("\(r.headName ?? c.reporterName ?? "未关联")户"), .unwrap(r.householdCode) { .span(.class("muted"), .text(" \($0)")) })),
                        .td(.text(regions.fullName(c.villageCode))), .td(.text(c.channel.label)), .td(.text(c.openedOn.description)),
                        .td(.text(c.state.label), .unwrap(refused) { .div(.class("msg"), .attribute(named: "role", value: "alert"), .text("未办理：\($0)")) }),
                        .td(.forEach(open) { d in .group(.text("\(d.name) \(d.due) "), deadlineBadge(d.state)) }),
                        .td(.text(c.greenChannel ? "已开通" : "")))
                })),
            .div(.class("pager"),
                 .if(page > 1, .a(.href(SiteURL.cases(state: state, page: page - 1)), .text("上一页"))),
                 .span(.class("current"), .text("第\(page)/\(pages)页")),
                 .if(page < pages, .a(.href(SiteURL.cases(state: state, page: page + 1)), .text("下一页"))))
        ))
    }

    // MARK: - One case

    struct CaseModel {
        var viewer: Viewer
        var record: CaseRecord
        var events: [CaseEventRecord]
        var household: HouseholdRecord?
        var villageName: String
        var actions: [CaseAction]
        /// The village's steps the township or the county may record for it (代录).
        var onBehalf: [CaseAction] = []
        var blockers: [EliminationBlocker]
        var today: Day
        var failed: (CaseAction, [String: String], AppError)?
        var canCorrect: Bool
        var correctionFailed: ([String: String], AppError)?
        var notice: String?
        var revealed: Bool
        var noticeDays: Int
        var documents: [DocumentRecord]
        var uploadError: String?
        var canUpload: Bool
        var maxDocumentMB: Int
        var rules: [DeadlineRule] = DeadlineRule.seedDefaults
        /// The household's statement 入户核实 starts from (last year's, else the newest).
        var incomeOnFile: YearlyIncome?
        /// The regime the case was opened under: its choices of category and risk type, its name on the page.
        var regime = ReferenceData.regimes[0]
    }

    static func documents(_ m: CaseModel) -> BodyNode {
        .group(
            .h2(.id("documents"), .text("材料")),
            .div(.class("card"),
                .if(m.documents.isEmpty, .p(.class("muted"), .text("暂无上传材料。"))),
                .if(!m.documents.isEmpty, .table(.class("grid"), .id("document-list"),
                    .thead(.tr(.th(.text("材料")), .th(.text("环节")), .th(.text("文件")), .th(.class("num"), .text("大小")), .th(.text("上传")))),
                    .tbody(.forEach(m.documents) { d in
                        .tr(.td(.a(.href(SiteURL.document(d.id)), .attribute(named: "target", value: "_blank"), .text(d.title))),
                            .td(.text(d.state?.label ?? "")), .td(.text(d.filename)),
                            .td(.class("num"), .text(d.size >= 1024 * 1024 ? String(format: "%.1f MB", Double(d.size) / 1048576) : "\(max(1, d.size / 1024)) KB")),
                            .td(.text("\(d.uploadedBy) \(Clock.format(d.at))")))
                    }))),
                .unwrap(m.uploadError) { .div(.class("alert error"), .id("upload-error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .if(m.canUpload, .form(.method(.post), .action(SiteURL.caseDocuments(m.record.id)), .id("upload-form"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    .csrfField(m.viewer),
                    .div(.class("fields"),
                        .div(.class("field"), .label(.for("doc-title"), .text("材料名称")),
                             .input(.type(.text), .name("title"), .id("doc-title"), .placeholder("如：入户核实照片、承诺授权书、评议会议记录"))),
                        .div(.class("field"), .label(.for("doc-file"), .text("文件")),
                             .input(.type(.file), .name("file"), .id("doc-file"), .attribute(named: "accept", value: "image/jpeg,image/png,application/pdf")),
                             .span(.class("help"), .text("JPG、PNG照片或PDF扫描件，单个不超过\(m.maxDocumentMB) MB；归入当前环节（\(m.record.state.label)）")))),
                    .div(.class("actions"), .button(.type(.submit), .class("secondary"), .text("上传")))))
            )
        )
    }

    static func show(_ m: CaseModel) -> HTML {
        let c = m.record
        let title = "\(m.household?.headName ?? c.reporterName ?? "未关联农户")户"
        return Layout.document(title: "监测事项 \(title)", viewer: m.viewer, active: "cases",
                               breadcrumbs: [("监测事项", SiteURL.cases), (title, nil)], content: .group(
            .h1(.text(title), .span(.class("badge mon"), .id("case-state"), .text(c.state.label)),
                .if(c.greenChannel, .span(.class("badge flag"), .text("绿色通道")))),
            .unwrap(m.notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            // A refused upload is said at the top too: the form is far down the page the answer opens on.
            .unwrap(m.uploadError) { .div(.class("alert error"), .id("upload-refused"), .attribute(named: "role", value: "alert"),
                                          .text("材料未上传：\($0)"), .a(.href("#documents"), .text("  查看材料"))) },
            .if(c.householdID == nil, .unwrap(m.events.compactMap { $0.facts["placeMismatch"] }.first) {
                .div(.class("alert error"), .id("place-mismatch"), .text("申报地点待核实：\($0)"))
            }),
            .unwrap(m.failed) { f in .div(.class("alert error"), .id("refusal"), .attribute(named: "role", value: "alert"), .text("\(f.0.label)未办理：\(f.2.message)")) },
            .div(.class("card"), .dl(.class("facts"),
                fact("所在村", m.villageName),
                fact("农户", m.household.map { "\($0.headName ?? "")户（\($0.code)，\($0.categoryLabel)）" } ?? "尚未关联台账中的农户"),
                fact("发现方式", c.channel.label), fact("登记日期", c.openedOn.description), fact("登记人", c.openedBy),
                fact("困难类型", c.difficulty?.label ?? "—"), fact("情况", c.description ?? "—"),
                .unwrap(c.reporterName) { fact("申报人", $0) },
                .unwrap(c.reporterIDNumber) { fact("申报人身份证", IDNumber.masked($0)) },
                .unwrap(c.reporterPhone) { fact("联系电话", m.revealed ? $0 : PhoneMask.masked($0)) },
                .unwrap(c.category) { fact("监测对象类别", $0.label) },
                .if(!c.riskTypes.isEmpty, fact("致贫返贫风险", c.riskTypes.map(\.label).joined(separator: "、"))),
                .unwrap(c.enrolledOn) { fact("纳入监测", $0.description) },
                .unwrap(c.eliminatedOn) { fact("风险消除", $0.description) },
                fact("政策依据", m.regime.name + (m.regime.key == c.regime ? "" : "（\(c.regime)）") + "，" + PolicyPage.versionLabel(c.policyVersion))
            ), .div(.class("actions"),
                .unwrap(m.household) { h in .group(.a(.class("button secondary"), .href(SiteURL.household(h.id)), .text("查看户信息")),
                                                   .a(.class("button secondary"), .href(SiteURL.householdPlan(h.id)), .text("一户一册"))) },
                .if(c.state == .publicNotice, .a(.class("button secondary"), .id("print-notice"), .href(SiteURL.notice(village: c.villageCode)), .text("打印本村识别公示"))),
                .if(c.state == .eliminationNominated, .a(.class("button secondary"), .id("print-notice"),
                                                         .href(SiteURL.notice(village: c.villageCode, elimination: true)), .text("打印本村风险消除公示"))))),
            .h2(.text("办理期限")),
            .table(.class("grid"), .id("deadlines"),
                .thead(.tr(.th(.text("事项")), .th(.text("期限")), .th(.text("完成日期")), .th(.text("状态")))),
                .tbody(.forEach(c.deadlines(today: m.today, rules: m.rules)) { d in
                    .tr(.td(.text(d.name)), .td(.text(d.due.description)), .td(.text(d.done?.description ?? "")), .td(deadlineBadge(d.state)))
                })),
            .if(c.state == .monitored && !m.blockers.isEmpty, .div(.class("card"), .id("blockers"),
                .h3(.text("暂不符合风险消除条件")), .ul(.forEach(m.blockers) { .li(.text($0.message)) }))),
            .if(!m.actions.isEmpty, .group(.h2(.text("办理")), .forEach(m.actions) { actionForm($0, m) })),
            .if(!m.onBehalf.isEmpty, .group(.h2(.text("代村录入")),
                .p(.class("muted"), .text("村里没有账号或一时无法录入时，由乡镇或县级代为录入村级步骤；步骤本身不能省略。须先在下方“材料”中上传本环节的会议记录（村民代表会议或评议记录、签到表等），记录中注明“代录”和录入人。")),
                .forEach(m.onBehalf) { actionForm($0, m, onBehalf: true) })),
            .if(m.canCorrect, correctionForm(m)),
            documents(m),
            .h2(.text("办理记录")),
            .ol(.class("history card"), .id("timeline"), .forEach(m.events) { e in
                .li(.strong(.text(Clock.format(e.at))), .text(" \(e.actor)（\(Role(rawValue: e.actorRole)?.label ?? (e.actorRole == "public" ? "农户" : e.actorRole))）："),
                    .strong(.text(e.label)),
                    .if(e.backfilled, .span(.class("badge flag"), .title("办理日期早于登记日期较多，按补录标记并记入审计日志"), .text("补录"))),
                    .if(e.onBehalf, .span(.class("badge"), .text("代录"))),
                    .if(e.from != e.to, .text("（\(e.from?.label ?? "") → \(e.to?.label ?? "")）")),
                    .div(.class("diff"), .forEach(e.readable) { kv in .div(.text("\(kv.0)：\(kv.1)")) }),
                    .span(.class("muted"), .text("  " + PolicyPage.versionLabel(e.policyVersion))))
            })
        ))
    }

    static func fact(_ label: String, _ value: String) -> Node<HTML.DescriptionListContext> {
        .div(.dt(.text(label)), .dd(.text(value)))
    }

    /// The form of one step: its declared fields, the version it was opened on, and a confirmation where it ends or undoes.
    static func actionForm(_ a: CaseAction, _ m: CaseModel, onBehalf: Bool = false) -> BodyNode {
        let table = m.regime.restricting(a.fields)
        let failed = m.failed.flatMap { $0.0 == a ? $0 : nil }
        var values = failed?.1 ?? [:]
        let dateKeys = a.fields.specs.filter { if case .date = $0.kind { return true } else { return false } }.map(\.key)
        for k in dateKeys where values[k] == nil && k != "noticeStart" && k != "noticeEnd" { values[k] = m.today.description }
        if a == .countyApprove, values["category"] == nil {
            values["category"] = m.household?.category == .alleviated ? MonitoringCategory.unstable.rawValue : MonitoringCategory.marginal.rawValue
            values["riskTypes"] = m.record.riskTypes.map(\.rawValue).joined(separator: ",")
        }
        if a == .recordVerification, failed == nil {
            // The statement on file, to be confirmed or put right at the visit (the year stays last year's).
            values["incomeYear"] = String(m.today.year - 1)
            if let s = m.incomeOnFile {
                values["householdSize"] = String(s.householdSize)
                for block in VerifiedIncome.blocks { if let key = block.householdKey { values[key] = s.total(block).plain } }
            } else if let size = m.household?.memberCount, size > 0 {
                values["householdSize"] = String(size)
            }
        }
        let errors = failed?.2.fieldErrors ?? []
        let state = FormState(values: values, errors: errors)
        let danger: Set<CaseAction> = [.reject, .remove, .rollback, .returnToPrevious]
        let hint: String? = {
            switch a {
            case .closeNotice, .verifyElimination: return "公示不少于\(m.noticeDays)天（首尾两天都计入）"
            case .recordVillageReview: return "评议通过后即进入公示；公示期满再报乡镇审核"
            case .openGreenChannel: return "因灾、因意外事故的突发困难，可先落实帮扶措施再完成认定程序"
            case .recordVerification:
                return "分项收入已按该户\(m.incomeOnFile.map { "\($0.year)年度" } ?? "")收入情况预填，请按入户核实的结果更正；核实的收入记入该户所填年度的收入情况"
            default: return nil
            }
        }()
        return .details(.class("card step"), .id("step-\(a.rawValue)" + (onBehalf ? "-on-behalf" : "")), .if(failed != nil, .attribute(named: "open", value: "open")),
            .summary(.strong(.text(onBehalf ? "代录：\(a.label)" : a.label))),
            .form(.method(.post), .action(SiteURL.caseAction(m.record.id)),
                  .attribute(named: "data-action", value: a.rawValue),
                  .if(danger.contains(a), .attribute(named: "data-confirm", value: attr("确认\(a.label)？"))),
                  .csrfField(m.viewer),
                  .input(.type(.hidden), .name("action"), .value(attr(a.rawValue))),
                  .input(.type(.hidden), .name("version"), .value(attr(String(m.record.version)))),
                  .if(onBehalf, .input(.type(.hidden), .name("onBehalf"), .value("true"))),
                  .if(onBehalf, .unwrap(errors.first { $0.field == "onBehalf" }?.message) { .div(.class("alert error"), .text($0)) }),
                  .unwrap(hint) { .p(.class("muted"), .text($0)) },
                  .if(m.household == nil && a == .recordVerification, .div(.class("fields"),
                      .div(.class(errors.contains { $0.field == "householdCode" } ? "field error" : "field"),
                           .label(.for("householdCode-\(a.rawValue)"), .text("关联农户户编号")),
                           .input(.type(.text), .name("householdCode"), .id("householdCode-\(a.rawValue)"), .value(attr(values["householdCode"] ?? ""))),
                           .span(.class("help"), .text("申报人尚未在台账中找到；填写其家庭的户编号（新户请先在农户台账登记）")),
                           .unwrap(errors.first { $0.field == "householdCode" }?.message) { .div(.class("msg"), .text($0)) }))),
                  .div(.class("fields"), .forEach(table.specs) { FieldForm.field($0, state: state, prefix: "", villages: []) }),
                  .div(.class("actions"), .button(.type(.submit), .class(danger.contains(a) ? "danger" : ""), .text(a.label)))))
    }

    /// 更正 (county admin): the household's monitoring facts as they stand, to be put right with a reason.
    static func correctionForm(_ m: CaseModel) -> BodyNode {
        let failed = m.correctionFailed
        var values: [String: String] = [:]
        for key in CaseCorrection.keys { values[key] = HouseholdFields.table[key]?.raw(m.household?.facts[key]) ?? "" }
        if let f = failed { values.merge(f.0) { _, new in new } }
        let state = FormState(values: values, errors: failed?.1.fieldErrors ?? [])
        return .details(.class("card step"), .id("correction"), .if(failed != nil, .attribute(named: "open", value: "open")),
            .summary(.strong(.text("更正监测信息（县级管理员）"))),
            .unwrap(failed) { f in .div(.class("alert error"), .id("correction-refused"), .attribute(named: "role", value: "alert"), .text("未更正：\(f.1.message)")) },
            .form(.method(.post), .action(SiteURL.caseCorrection(m.record.id)),
                  .attribute(named: "data-confirm", value: attr("确认更正？原值和新值将记入办理记录和审计日志。")),
                  .csrfField(m.viewer),
                  .input(.type(.hidden), .name("version"), .value(attr(String(m.record.version)))),
                  .p(.class("muted"), .text("仅用于更正历史数据中的错误（如类别、识别时间录错）；状态的变化仍须逐步办理。")),
                  .div(.class("fields"), .forEach(CaseCorrection.fields.specs) { FieldForm.field($0, state: state, prefix: "", villages: []) }),
                  .div(.class("actions"), .button(.type(.submit), .class("danger"), .text("更正")))))
    }

    // MARK: - Clue form (officials)

    struct ClueFormModel {
        var viewer: Viewer
        var state: FormState
        var villages: [Choice]
        /// The household the clue is for, when the form was opened from its page.
        var household: HouseholdRecord?
        var regions: RegionDirectory
    }

    static func clueForm(_ m: ClueFormModel) -> HTML {
        let p = m.viewer, state = m.state, villages = m.villages
        let channels = ClueChannel.allCases.filter { $0 != .selfReport }.map { Choice(value: $0.rawValue, label: $0.label) }
        let table = FieldTable(WorkflowFields.clue.specs.map { spec in
            var s = spec
            if spec.key == "channel" { s.kind = .choice(channels) }
            return s
        })
        return Layout.document(title: "登记风险线索", viewer: p, active: "cases", breadcrumbs: [("监测事项", SiteURL.cases), ("登记风险线索", nil)], content: .group(
            .h1(.text("登记风险线索")),
            .unwrap(m.household, { h in
                .div(.class("card"), .id("clue-household"),
                     .p(.text("农户："), .a(.href(SiteURL.household(h.id)), .strong(.text("\(h.headName ?? "（未登记户主）")户"))),
                        .text("　户编号 \(h.code)　\(m.regions.fullName(h.villageCode))　\(h.memberCount)人")),
                     .p(.class("muted"), .text("该户的姓名、证件号码和所在村已在台账中，无须再填。同一户已有办理中的识别事项时，新线索合并到该事项。")))
            }, else: .p(.class("muted"), .text("已在台账中的农户，从户页面点“登记风险线索”进入（自动带出农户）；尚未建档的，填写姓名、身份证号码、电话和所在村。同一户已有办理中的识别事项时，新线索合并到该事项。"))),
            .form(.method(.post), .action(SiteURL.newClue()), .id("clue-form"),
                  .csrfField(p),
                  .errorSummary(state.unplaced(Set(table.specs.map(\.key)))),
                  .input(.type(.hidden), .name("householdId"), .value(attr(state.values["householdId"] ?? ""))),
                  FieldForm.sections(table, state: state, villages: villages,
                                     skip: m.household == nil ? ["householdId"] : ["householdId", "villageCode", "name", "idNumber", "phone"]),
                  .div(.class("actions"), .button(.type(.submit), .text("登记"))))
        ))
    }

    // MARK: - Public pages

    static func publicLabel(_ s: CaseState) -> String {
        switch s {
        case .clue: return "已受理，等待工作人员联系"
        case .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval: return "正在核实认定（\(s.label)）"
        case .monitored, .eliminationNominated, .eliminationVerified, .eliminationConfirmed: return "已纳入监测帮扶"
        case .notEligible: return "经核实不符合纳入条件"
        case .eliminated: return "风险已消除"
        case .removed: return "已办结"
        }
    }

    static func publicDocument(title: String, _ content: BodyNode) -> HTML {
        HTML(.lang(.chinese),
             .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                   .title(title), .element(named: "style", text: Layout.css + publicCSS)),
             .body(.header(.class("top"), .span(.class("brand"), .text("防止返贫一键申报"))),
                   .main(.class("public"), content),
                   .footer(.text("您的信息仅用于防止返贫监测帮扶，依法保密"))))
    }

    static let publicCSS = """
    main.public{max-width:560px}main.public .fields{grid-template-columns:1fr}main.public input,main.public select,main.public textarea{font-size:16px;padding:8px}
    main.public button{font-size:16px;padding:10px 20px;width:100%}main.public .checks{display:grid;grid-template-columns:1fr 1fr}
    """

    struct SelfReportModel {
        var state: FormState
        var villages: [Choice]
    }

    static func selfReport(_ m: SelfReportModel) -> HTML {
        let state = m.state, villages = m.villages
        // On the public form every field is asked for.
        let specs = WorkflowFields.clue.specs.filter { !["channel", "householdId"].contains($0.key) }.map { spec in
            var s = spec
            s.required = true
            return s
        }
        let order = ["name", "idNumber", "phone", "villageCode", "difficulty", "description"]
        let sorted = order.compactMap { k in specs.first { $0.key == k } }
        return publicDocument(title: "防止返贫一键申报", .group(
            .h1(.text("防止返贫一键申报")),
            .p(.text("家里因病、因灾、因意外、因上学、失业等遇到困难，可能影响基本生活的，请填写下表。村、乡镇工作人员会在5个工作日内与您联系核实。")),
            .errorSummary(state.unplaced(Set(order))),
            .form(.method(.post), .action(SiteURL.selfReport), .id("self-report"),
                  .div(.class("fields"), .forEach(sorted) { spec in
                      spec.key == "description"
                        ? .div(.class(state.errors["description"] == nil ? "field" : "field error"),
                               .label(.for("f-description"), .text("困难情况"), .span(.class("req"), .text(" *"))),
                               .textarea(.id("f-description"), .name("description"), .attribute(named: "rows", value: "4"),
                                         .attribute(named: "maxlength", value: "500"), .text(state.values["description"] ?? "")),
                               .unwrap(state.errors["description"]) { .div(.class("msg"), .attribute(named: "role", value: "alert"), .text($0)) })
                        : FieldForm.field(spec, state: state, prefix: "", villages: villages)
                  }),
                  .div(.class("actions"), .button(.type(.submit), .text("提交申报")))),
            .p(.a(.href(SiteURL.selfReportStatus), .text("查询我的申报进度")))
        ))
    }

    struct SelfReportDoneModel {
        var openedOn: Day
        var responseDue: Day
        var villageName: String
    }

    static func selfReportDone(_ m: SelfReportDoneModel) -> HTML {
        let openedOn = m.openedOn, responseDue = m.responseDue, villageName = m.villageName
        return publicDocument(title: "申报已提交", .group(
            .h1(.text("申报已提交")),
            .div(.class("alert ok"), .id("done"), .text("已收到您的申报（\(villageName)，\(openedOn)）。工作人员将在\(responseDue)前与您联系。")),
            .p(.text("可凭身份证号码和联系电话随时查询办理进度。")),
            .p(.a(.class("button"), .href(SiteURL.selfReportStatus), .text("查询办理进度")))
        ))
    }

    struct PublicStatus {
        var openedOn: Day
        var stateLabel: String
        var difficulty: String
        var informedOn: String?
    }

    struct StatusModel {
        var idNumber: String
        var phone: String
        var results: [PublicStatus]?
        var error: String?
    }

    static func status(_ m: StatusModel) -> HTML {
        let idNumber = m.idNumber, phone = m.phone, results = m.results, error = m.error
        return publicDocument(title: "查询申报进度", .group(
            .h1(.text("查询申报进度")),
            .unwrap(error) { .div(.class("alert error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(.method(.post), .action(SiteURL.selfReportStatus), .id("status-form"),
                  .div(.class("fields"),
                       .div(.class("field"), .label(.for("idNumber"), .text("身份证号码")), .input(.type(.text), .id("idNumber"), .name("idNumber"), .value(attr(idNumber)))),
                       .div(.class("field"), .label(.for("phone"), .text("申报时留的电话")), .input(.type(.tel), .id("phone"), .name("phone"), .value(attr(phone))))),
                  .div(.class("actions"), .button(.type(.submit), .text("查询")))),
            .unwrap(results) { rs in
                rs.isEmpty
                    ? .div(.class("card"), .id("no-results"), .text("没有找到与该身份证号码和电话都相符的申报。"))
                    : .table(.class("grid"), .id("results"),
                             .thead(.tr(.th(.text("申报日期")), .th(.text("困难类型")), .th(.text("办理进度")))),
                             .tbody(.forEach(rs) { r in
                                 .tr(.td(.text(r.openedOn.description)), .td(.text(r.difficulty)),
                                     .td(.text(r.stateLabel), .unwrap(r.informedOn) { .span(.class("muted"), .text("（\($0)已告知结果）")) }))
                             }))
            },
            .p(.a(.href(SiteURL.selfReport), .text("返回申报")))
        ))
    }
}
