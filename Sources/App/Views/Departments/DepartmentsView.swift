import Domain
import Foundation
@preconcurrency import Plot

/// 部门数据 pages: catalogue, imports and their reports, warnings.
enum DepartmentPages {
    static func tabs(_ active: String) -> BodyNode {
        .div(.class("actions"),
             .a(.class(active == "imports" ? "button" : "button secondary"), .href(SiteURL.imports), .text("名单导入")),
             .a(.class(active == "warnings" ? "button" : "button secondary"), .href(SiteURL.warnings()), .text("部门预警核实")),
             .a(.class(active == "report" ? "button" : "button secondary"), .href(SiteURL.warningReport), .text("核实情况月报")),
             .a(.class(active == "catalogue" ? "button" : "button secondary"), .href(SiteURL.departments), .text("名单类型与模板")))
    }

    struct CatalogueModel {
        var viewer: Viewer
        var types: [DepartmentListType]
        var settings: WarningSettings
    }

    static func catalogue(_ m: CatalogueModel) -> HTML {
        let p = m.viewer, types = m.types, settings = m.settings
        return Layout.document(title: "名单类型与模板", viewer: p, active: "departments", content: .group(
            .h1(.text("行业部门名单类型与模板")), tabs("catalogue"),
            .p(.class("muted"), .text("行业部门按月（每月5日前）推送风险预警名单。每类名单有固定的列和预警规则；请下载模板填写，表头文字不要改动。核实期限：\(settings.verifyWorkingDays)个工作日。")),
            .table(.class("grid"), .id("catalogue"),
                .thead(.tr(.th(.text("部门")), .th(.text("名单")), .th(.text("列")), .th(.text("预警规则")), .th(.text("模板")), .th(.text("本部门服务的监测户")))),
                .tbody(.forEach(types) { t in
                    .tr(.td(.text(t.department.label)), .td(.text(t.name)),
                        .td(.text(t.columns.map(\.header).joined(separator: "、"))), .td(.text(t.ruleText)),
                        .td(.a(.href(SiteURL.listTemplate(t.key, format: "xlsx")), .text("Excel")), .text(" "),
                            .a(.href(SiteURL.listTemplate(t.key, format: "csv")), .text("CSV"))),
                        .td(.a(.href(SiteURL.departmentEnrolled(t.department.rawValue)), .text("导出名单"))))
                }))
        ))
    }

    struct ImportsModel {
        var viewer: Viewer
        var imports: [ImportRecord]
        var types: [DepartmentListType]
        var canImport: Bool
        var error: String?
        var listType: String
        var duties: Node<HTML.BodyContext> = .empty
    }

    static func imports(_ m: ImportsModel) -> HTML {
        let p = m.viewer, imports = m.imports, types = m.types, canImport = m.canImport, error = m.error, listType = m.listType, duties = m.duties
        return Layout.document(title: "名单导入", viewer: p, active: "departments", content: .group(
            .h1(.text("行业部门名单导入")), tabs("imports"), duties,
            .unwrap(error) { .div(.class("alert error"), .id("import-error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .if(canImport, .form(.class("card"), .method(.post), .action(SiteURL.imports), .id("import-form"), .attribute(named: "enctype", value: "multipart/form-data"),
                  .attribute(named: "data-busy", value: "正在上传并逐行比对，请不要关闭页面……"),
                .csrfField(p),
                .div(.class("fields"),
                    .div(.class("field"), .label(.for("listType"), .text("名单类型")),
                         FieldForm.select(id: "listType", name: "listType", value: listType,
                                          options: types.map { Choice(value: $0.key, label: "\($0.department.label)：\($0.name)") })),
                    .div(.class("field"), .label(.for("file"), .text("文件")),
                         .input(.type(.file), .name("file"), .id("file"), .attribute(named: "accept", value: ".xlsx,.xls,.csv")),
                         .span(.class("help"), .text("Excel（.xlsx 或 .xls）或 CSV（UTF-8 或 GBK 编码）；有效行一次性全部写入，出错则全部不写入")))),
                .div(.class("actions"), .button(.type(.submit), .text("导入"))))),
            .table(.class("grid"), .id("imports"),
                .thead(.tr(.th(.text("时间")), .th(.text("部门")), .th(.text("名单")), .th(.text("文件")), .th(.class("num"), .text("行数")),
                           .th(.class("num"), .text("匹配")), .th(.class("num"), .text("未匹配")), .th(.class("num"), .text("有误")),
                           .th(.class("num"), .text("预警")), .th(.text("状态")))),
                .tbody(.forEach(imports) { r in
                    .tr(.td(.a(.href(SiteURL.importReport(r.id)), .text(Clock.format(r.createdAt)))), .td(.text(Department(rawValue: r.department)?.label ?? r.department)),
                        .td(.text(r.typeName)), .td(.text(r.filename)), .td(.class("num"), .text(String(r.total))), .td(.class("num"), .text(String(r.matched))),
                        .td(.class("num"), .text(String(r.unmatched))), .td(.class("num"), .text(String(r.invalid + r.duplicate))),
                        .td(.class("num"), .text(String(r.warnings))), .td(.text(r.stateLabel)))
                }))
        ))
    }

    struct ImportReportModel {
        var viewer: Viewer
        var record: ImportRecord
        var rows: [ImportRowRecord]
        var status: String
        var progress: ImportProgress.Entry?
        var repeatNotice: Bool
    }

    static func importReport(_ m: ImportReportModel) -> HTML {
        let p = m.viewer, r = m.record, rows = m.rows, status = m.status, progress = m.progress, repeatNotice = m.repeatNotice
        let processing = r.state == "processing"
        let percent = progress.map { $0.total > 0 ? min(100, $0.done * 100 / $0.total) : 0 } ?? 0
        return Layout.document(title: "导入结果", viewer: p, active: "departments", breadcrumbs: [("名单导入", SiteURL.imports), (r.filename, nil)], content: .group(
            .h1(.text("导入结果："), .text(r.typeName)),
            .if(repeatNotice, .div(.class("alert ok"), .id("repeat-notice"), .text("该文件已于\(Clock.format(r.createdAt))导入过，本次未重复处理，下面是当时的结果。"))),
            .if(processing, .div(.class("card"), .id("progress"),
                .p(.text("正在处理（\(progress?.phase ?? "排队")）…本页每2秒自动刷新，可以离开后再回来查看。")),
                .element(named: "progress", nodes: [.attribute(named: "max", value: "100"), .attribute(named: "value", value: String(percent)), .text("\(percent)%")]),
                .span(.text(" \(percent)%")),
                .element(named: "script", text: "setTimeout(function(){location.reload()},2000)"))),
            .if(r.state == "failed", .div(.class("alert error"), .id("failed"), .text(r.message ?? "导入失败，数据未改动"))),
            .div(.class("card"), .dl(.class("facts"), .id("summary"),
                HouseholdShow.fact("文件", "\(r.filename)（\(r.encoding)）"), HouseholdShow.fact("导入人", "\(r.createdBy)，\(Clock.format(r.createdAt))"),
                HouseholdShow.fact("数据行", String(r.total)), HouseholdShow.fact("已匹配", String(r.matched)),
                HouseholdShow.fact("台账中无此人", String(r.unmatched)), HouseholdShow.fact("数据有误", String(r.invalid)),
                HouseholdShow.fact("文件内重复", String(r.duplicate)), HouseholdShow.fact("以前已导入", String(r.repeated)),
                HouseholdShow.fact("产生预警", String(r.warnings)),
                HouseholdShow.fact("其中", "新线索\(r.newClues)条，并入已有线索\(r.merged)条，监测户新增风险\(r.newRisks)条"),
                .unwrap(r.statusUpdates) { HouseholdShow.fact("救助状态同步", "已匹配人员的救助类别和起止日期已更新；\($0)人的“享受低保”“享受特困供养”随之变更（记入成员修改记录）") })),
            .if(!processing, .group(
                .form(.class("filters"), .method(.get), .action(SiteURL.importReport(r.id)),
                      .label(.text("只看"), FieldForm.select(id: "status", name: "status", value: status,
                                                          options: ImportRowRecord.labels.sorted { $0.key < $1.key }.map { Choice(value: $0.key, label: $0.value) },
                                                          empty: "全部")),
                      .button(.type(.submit), .text("筛选")),
                      .a(.class("button secondary"), .id("import-report-export"),
                         .href(SiteURL.with(SiteURL.importReport(r.id) + "/report.xlsx", [("status", status)])), .text("导出Excel"))),
                .table(.class("grid"), .id("import-rows"),
                    .thead(.tr(.th(.class("num"), .text("行号")), .th(.text("结果")), .th(.text("身份证号码")), .th(.text("姓名")), .th(.text("说明")))),
                    .tbody(.forEach(rows) { row in
                        .tr(.class(row.status == "invalid" ? "overdue" : ""),
                            .td(.class("num"), .text(String(row.number))), .td(.text(row.statusLabel)),
                            .td(.text(row.idNumber.map(IDNumber.masked) ?? "")), .td(.text(row.name ?? "")), .td(.text(row.reason ?? "")))
                    })),
                .if(rows.count >= 1000, .p(.class("muted"), .text("仅显示前1000行；请按结果筛选查看。")))))
        ))
    }

    typealias WarningRow = WarningStore.Listed

    struct WarningsModel {
        var viewer: Viewer
        var rows: [WarningRow]
        /// How many warnings the filters select (the page shows the first ones).
        var total: Int
        /// How many of those still wait for 核实 (what "all N matching" takes).
        var openTotal: Int = 0
        var query: WarningQuery
        var regions: RegionDirectory
        var today: Day
        var canVerify: Bool
        /// Why a warning's 核实 was refused, by warning id (shown under its row).
        var errors: [String: String] = [:]
        /// What a bulk 核实 did, on the page it answers with.
        var bulk: BulkOutcome?
    }

    static func warnings(_ m: WarningsModel) -> HTML {
        let p = m.viewer, rows = m.rows, query = m.query, regions = m.regions, today = m.today, canVerify = m.canVerify
        let filter = query.filter
        let open = rows.filter { $0.record.result == nil }
        let bulkForm = canVerify && !open.isEmpty
        let shown = Set(rows.map(\.record.id))
        return Layout.document(title: "部门预警核实", viewer: p, active: "departments", content: .group(
            .h1(.text(p.role == .departmentOfficer ? "本部门推送预警的核实结果" : "部门预警核实")), tabs("warnings"),
            .form(.class("filters"), .method(.get), .action(SiteURL.warnings()),
                  .label(.text("核实情况"), FieldForm.select(id: "filter", name: "filter", value: filter,
                                                          options: [Choice(value: "open", label: "待核实"), Choice(value: "done", label: "已核实"), Choice(value: "all", label: "全部")],
                                                          empty: nil)),
                  .unwrap(query.indicator) { .input(.type(.hidden), .name("indicator"), .value($0.rawValue)) },
                  .unwrap(query.region) { .input(.type(.hidden), .name("region"), .value(attr($0))) },
                  .unwrap(query.since) { .input(.type(.hidden), .name("since"), .value($0.description)) },
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("warnings-export"),
                     .href(SiteURL.export(of: SiteURL.warnings(filter: filter, indicator: query.indicator?.rawValue, region: query.region,
                                                               since: query.since?.description))), .text("导出Excel"))),
            .p(.class("muted"), .id("warnings-total"),
               .text("共\(m.total)条" + (m.total > rows.count ? "，本页列出前\(rows.count)条（导出Excel含全部）" : ""))),
            .unwrap(query.narrowing(regions: regions)) { n in
                .p(.id("warnings-narrowed"), .text("只看：\(n)（规模性风险指标）　"), .a(.href(SiteURL.warnings(filter: filter)), .text("看全部预警")))
            },
            .unwrap(m.bulk) { b in BulkViews.summary(b, done: "已核实 \(b.done) 条", refusedCount: "\(b.refused.count) 条未核实", shown: shown) },
            .if(bulkForm, .form(.class("card bulk"), .id("bulk-verify"), .method(.post),
                                .action(SiteURL.verifyWarnings(filter: filter, indicator: query.indicator?.rawValue, region: query.region,
                                                               since: query.since?.description)),
                .csrfField(p),
                .strong(.text("批量核实：已勾选 "), .span(.attribute(named: "data-selected-count", value: "bulk-verify"), .text("0")), .text(" 条")),
                .text("　"),
                FieldForm.select(id: "bulk-result", name: "result", value: "", options: WarningResult.choices, empty: "选择核实结果"),
                .input(.type(.text), .name("note"), .id("bulk-note"), .placeholder("说明（不符合条件的须写理由）"), .attribute(named: "maxlength", value: "300")),
                .button(.type(.submit), .text("核实所选")),
                .if(m.openTotal > 0, BulkViews.allMatching(
                    form: "bulk-verify",
                    idsURL: SiteURL.with("/warnings/ids", [("indicator", query.indicator?.rawValue), ("region", query.region), ("since", query.since?.description)]),
                    label: "核实全部\(m.openTotal)条符合条件的",
                    confirm: "对全部\(m.openTotal)条符合条件的待核实预警，用所选结果和说明一起核实？", doneWord: "已核实", unit: "条")),
                .p(.class("muted"), .text("勾选下表中的预警（表头的方框全选本页），选一个核实结果一起提交。每条单独核实：某条不能核实时（已核实、尚未纳入监测等），其余照常核实，并在该条下写明原因。一次最多\(BulkForm.limit)条。")))),
            .if(rows.isEmpty, .div(.class("card"), .id("no-warnings"), .text("没有符合条件的预警。"))),
            .if(!rows.isEmpty, .table(.class("grid"), .id("warnings"),
                .thead(.tr(.if(bulkForm, .th(.input(.type(.checkbox), .id("select-all"), .attribute(named: "data-select-all", value: "bulk-verify"),
                                                    .attribute(named: "aria-label", value: "全选本页待核实的预警")))),
                           .th(.text("农户")), .th(.text("所在村")), .th(.text("部门与名单")), .th(.text("预警内容")), .th(.text("处理")),
                           .th(.text("核实期限")), .th(.text("核实结果")))),
                .tbody(.forEach(rows) { row in
                    let w = row.record
                    let state = w.deadline(today: today)
                    return .tr(.class(state == .overdue ? "overdue" : ""), .id("warning-\(w.id)"),
                        .if(bulkForm, .td(.if(w.result == nil, .input(.type(.checkbox), .name("ids"), .value(attr(w.id)),
                                                                      .attribute(named: "form", value: "bulk-verify"),
                                                                      .attribute(named: "aria-label", value: "选择\(row.headName)户的预警"))))),
                        .td(.class("household"), p.role == .departmentOfficer ? .text("\(row.headName)户") : .a(.href(SiteURL.household(w.householdID)), .text("\(row.headName)户")),
                            .span(.class("muted"), .text(" \(row.householdCode)"))),
                        .td(.text(regions.fullName(w.villageCode))),
                        .td(.text("\(Department(rawValue: w.department)?.label ?? w.department)：\(ListCatalogue.name(w.listType))（第\(w.rowNumber)行）")),
                        .td(.text("\(w.risk?.label ?? "")：\(w.reason)")),
                        .td(.text(w.kindLabel), .unwrap(w.caseID) { id in
                            p.role == .departmentOfficer ? .text("") : .group(.text(" "), .a(.href(SiteURL.casePage(id)), .text("查看事项")))
                        }),
                        .td(.text(w.due.description), CasesPages.deadlineBadge(state)),
                        .td(.unwrap(w.result, { r in .group(.strong(.text(r.label)), .unwrap(w.resultNote) { .text("：\($0)") },
                                                        .div(.class("muted"), .text("\(w.verifiedBy ?? "") \(w.verifiedOn?.description ?? "")"))) },
                                    else: canVerify ? verifyForm(w, error: m.errors[w.id], viewer: p) : .text("待核实"))))
                })))
        ))
    }

    static func verifyForm(_ w: WarningRecord, error: String?, viewer p: Viewer) -> BodyNode {
        .form(.method(.post), .action(SiteURL.verifyWarning(w.id)), .class("verify"),
              .csrfField(p),
              FieldForm.select(id: "result-\(w.id)", name: "result", value: "", options: WarningResult.choices, empty: "选择核实结果"),
              .input(.type(.text), .name("note"), .placeholder("说明（不符合条件的须写理由）"), .attribute(named: "maxlength", value: "300")),
              .button(.type(.submit), .class("secondary"), .text("提交")),
              .unwrap(error) { .div(.class("alert error"), .attribute(named: "role", value: "alert"), .text($0)) })
    }
}

extension DepartmentPages {
    struct MonthlyModel {
        var viewer: Viewer
        var month: String
        var rows: [DepartmentReportsController.MonthRow]
        var late: [DepartmentReportsController.LateItem]
        var regions: RegionDirectory
        var townshipDue: Day
        var countyDue: Day
        var duties: Node<HTML.BodyContext> = .empty
    }

    static func monthly(_ m: MonthlyModel) -> HTML {
        let p = m.viewer, month = m.month, rows = m.rows, late = m.late, regions = m.regions, townshipDue = m.townshipDue, countyDue = m.countyDue, duties = m.duties
        let sum: (KeyPath<DepartmentReportsController.MonthRow, Int>) -> Int = { k in rows.reduce(0) { $0 + $1[keyPath: k] } }
        return Layout.document(title: "风险预警线索核实情况报告", viewer: p, active: "departments", content: .group(
            .h1(.text("风险预警线索核实情况报告（\(month)）")), tabs("report"), duties,
            .p(.class("muted"), .text("乡镇于\(townshipDue.chinese)前向县报送，县于\(countyDue.chinese)前向上级报送（巴州年度工作要点 二、(二)）。数字按本月收到的预警统计。")),
            .form(.class("filters"), .method(.get), .action(SiteURL.warningReport),
                  .label(.text("月份"), .input(.type(.text), .name("month"), .value(attr(month)), .placeholder("YYYY-MM"))),
                  .button(.type(.submit), .text("查看")),
                  .a(.class("button secondary"), .href(SiteURL.warningReportXLSX(month: month)), .text("导出Excel")),
                  .a(.class("button secondary"), .href("javascript:window.print()"), .text("打印"))),
            .table(.class("grid"), .id("monthly"),
                .thead(.tr(.th(.text("乡镇")), .th(.class("num"), .text("收到预警")), .th(.class("num"), .text("已核实")), .th(.class("num"), .text("纳入监测")),
                           .th(.class("num"), .text("已是监测对象")), .th(.class("num"), .text("不符合条件")), .th(.class("num"), .text("持续跟踪")),
                           .th(.class("num"), .text("未核实")), .th(.class("num"), .text("逾期")))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.text(regions.fullName(r.township))), .td(.class("num"), .text(String(r.received))), .td(.class("num"), .text(String(r.verified))),
                        .td(.class("num"), .text(String(r.enrolled))), .td(.class("num"), .text(String(r.alreadyMonitored))),
                        .td(.class("num"), .text(String(r.notEligible))), .td(.class("num"), .text(String(r.tracking))),
                        .td(.class("num"), .text(String(r.open))), .td(.class("num"), .text(String(r.overdue))))
                }, .tr(.th(.text("合计")), .th(.class("num"), .text(String(sum(\.received)))), .th(.class("num"), .text(String(sum(\.verified)))),
                       .th(.class("num"), .text(String(sum(\.enrolled)))), .th(.class("num"), .text(String(sum(\.alreadyMonitored)))),
                       .th(.class("num"), .text(String(sum(\.notEligible)))), .th(.class("num"), .text(String(sum(\.tracking)))),
                       .th(.class("num"), .text(String(sum(\.open)))), .th(.class("num"), .text(String(sum(\.overdue))))))),
            .h2(.text("逾期事项")),
            .if(late.isEmpty, .p(.class("muted"), .id("no-late"), .text("本月预警均按期核实。"))),
            .if(!late.isEmpty, .table(.class("grid"), .id("late"),
                .thead(.tr(.th(.text("乡镇")), .th(.text("村")), .th(.text("户主")), .th(.text("部门与名单")), .th(.text("情况")))),
                .tbody(.forEach(late) { l in .tr(.td(.text(l.township)), .td(.text(l.village)), .td(.text(l.head)), .td(.text("\(l.department)：\(l.list)")), .td(.text(l.reason))) })))
        ))
    }
}
