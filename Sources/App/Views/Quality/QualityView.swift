import Domain
import Foundation
@preconcurrency import Plot

enum QualityPages {
    /// What a rule concerns beyond the registry's own fields.
    static let fieldLabels: [String: String] = [
        "helpers": "帮扶责任人", "measures": "帮扶措施", "members": "家庭成员", "cases": "监测事项", "perCapitaIncome": "人均纯收入",
        "netIncome": "家庭纯收入", "memberCount": "家庭人口", "visits": "走访记录", "household": "户信息",
    ]

    static func tabs(_ active: String) -> BodyNode {
        .div(.class("actions"),
             .a(.class(active == "bulletin" ? "button" : "button secondary"), .href(SiteURL.quality), .text("数据质量通报")),
             .a(.class(active == "findings" ? "button" : "button secondary"), .href(SiteURL.findings()), .text("问题清单")),
             .a(.class(active == "income-risks" ? "button" : "button secondary"), .href("/income-risks"), .text("减收风险点")),
             .a(.class(active == "civil-affairs" ? "button" : "button secondary"), .href("/civil-affairs"), .text("民政救助比对")),
             .a(.class(active == "rules" ? "button" : "button secondary"), .href(SiteURL.qualityRules), .text("校验规则")))
    }

    struct BulletinModel {
        var viewer: Viewer
        var rows: [QualityController.BulletinRow]
        var regions: RegionDirectory
        var last: (state: String, at: Int64, open: Int, opened: Int, closed: Int, id: String)?
        var canRun: Bool
        var notice: String?
    }

    static func bulletin(_ m: BulletinModel) -> HTML {
        let p = m.viewer, rows = m.rows, regions = m.regions, last = m.last, canRun = m.canRun, notice = m.notice
        return Layout.document(title: "数据质量", viewer: p, active: "quality", content: .group(
            .h1(.text("数据质量通报")), tabs("bulletin"),
            .unwrap(notice) { .div(.class("alert ok"), .id("notice"), .text($0)) },
            .div(.class("card"), .id("last-run"),
                .unwrap(last, { l in
                    .p(.text(l.state == "running" ? "检查正在运行（\(Clock.format(l.at))开始），请稍后刷新。"
                             : l.state == "failed" ? "最近一次检查失败（\(Clock.format(l.at))）。"
                             : "最近一次检查：\(Clock.format(l.at))，现有问题\(l.open)条（本次新发现\(l.opened)条，已整改关闭\(l.closed)条）。"))
                }, else: .p(.text("尚未运行过数据质量检查。"))),
                .if(canRun, .form(.method(.post), .action(SiteURL.qualityRuns), .csrfField(p), .button(.type(.submit), .text("运行全县数据质量检查"))))),
            .p(.class("muted"), .text("按每千户未整改“必改”问题数排名；问题数据改正后，下一次检查自动关闭。")),
            .table(.class("grid"), .id("bulletin"),
                .thead(.tr(.th(.text("排名")), .th(.text("乡镇")), .th(.class("num"), .text("农户数")), .th(.class("num"), .text("必改问题")),
                           .th(.class("num"), .text("非必改问题")), .th(.class("num"), .text("每千户必改问题")))),
                .tbody(.forEach(Array(rows.enumerated())) { i, r in
                    .tr(.td(.text(String(i + 1))), .td(.a(.href(SiteURL.findings(query: "township=\(r.township)&severity=mustFix")), .text(regions.fullName(r.township)))),
                        .td(.class("num"), .text(String(r.households))), .td(.class("num"), .text(String(r.mustFix))),
                        .td(.class("num"), .text(String(r.advisory))), .td(.class("num"), .text(String(format: "%.1f", r.perThousand))))
                }))
        ))
    }

    struct FindingsModel {
        var viewer: Viewer
        var rows: [QualityController.FindingRow]
        var total: Int
        var filters: QualityController.Filters
        var regions: RegionDirectory
        /// What the last bulk 挂账 did.
        var bulk: BulkOutcome? = nil
        /// The due day a new ledger item gets unless another is chosen.
        var defaultDue: Day
        /// How many open findings of the list's township and category (all pages) are not on the ledger yet.
        var unledgered = 0
    }

    static func bulkLedgerForm(_ m: FindingsModel, query: String) -> BodyNode {
        let v = m.bulk?.values ?? [:]
        return .form(.class("card bulk"), .id("bulk-ledger"), .method(.post), .action(SiteURL.findingsLedger(query: query)),
            .csrfField(m.viewer),
            .strong(.text("批量挂账：已勾选 "), .span(.attribute(named: "data-selected-count", value: "bulk-ledger"), .text("0")), .text(" 条")),
            .div(.class("fields"),
                 .div(.class("field"), .label(.for("bulk-unit"), .text("责任单位")),
                      .input(.type(.text), .id("bulk-unit"), .name("unit"), .value(attr(v["unit"] ?? "")), .attribute(named: "maxlength", value: "60"))),
                 .div(.class("field"), .label(.for("bulk-person"), .text("责任人")),
                      .input(.type(.text), .id("bulk-person"), .name("person"), .value(attr(v["person"] ?? "")), .attribute(named: "maxlength", value: "30"))),
                 .div(.class("field"), .label(.for("bulk-measure"), .text("整改措施")),
                      .input(.type(.text), .id("bulk-measure"), .name("measure"), .value(attr(v["measure"] ?? "")), .placeholder("不填则为“核实并改正台账数据”"),
                             .attribute(named: "maxlength", value: "300"))),
                 .div(.class("field"), .label(.for("bulk-due"), .text("整改期限")),
                      .input(.type(.date), .id("bulk-due"), .name("due"), .value(attr(v["due"] ?? m.defaultDue.description))))),
            .p(.class("muted"), .text("勾选下表中未整改的问题（表头的方框全选本页），每条问题记一条整改台账，农户、问题和来源照该条填写。某条不能挂账时，其余照常挂账，并在该条下写明原因。")),
            .div(.class("actions"), .button(.type(.submit), .text("挂账所选")),
                 .if(m.unledgered > 0, BulkViews.allMatching(
                     form: "bulk-ledger", idsURL: SiteURL.with("/quality/findings/ids", [("township", m.filters.township), ("severity", m.filters.severity)]),
                     label: "挂账全部\(m.unledgered)项未挂账的问题",
                     confirm: "本列表中未整改、未挂账的问题共\(m.unledgered)项（同一户同一问题记一项），用上面填写的内容一起挂账？", doneWord: "已挂账", unit: "项"))))
    }

    static func findings(_ m: FindingsModel) -> HTML {
        let p = m.viewer, rows = m.rows, total = m.total, f = m.filters, regions = m.regions
        let pages = max(1, (total + 49) / 50)
        let query = "township=\(f.township)&severity=\(f.severity)&state=\(f.state)"
        let bulk = p.can(.manageRectification) && (m.unledgered > 0 || rows.contains { $0.state == "open" })
        let refused = Dictionary(m.bulk?.refused ?? [], uniquingKeysWith: { a, _ in a })
        return Layout.document(title: "问题清单", viewer: p, active: "quality", content: .group(
            .h1(.text("数据质量问题清单"), .span(.class("muted"), .text("  共\(total)条"))), tabs("findings"),
            .form(.class("filters"), .method(.get), .action(SiteURL.findings()),
                  .label(.text("乡镇"), FieldForm.select(id: "township", name: "township", value: f.township,
                                                      options: regions.townships(in: p.regionScope ?? "").map { Choice(value: $0.code, label: $0.name) }, empty: "全部")),
                  .label(.text("类别"), FieldForm.select(id: "severity", name: "severity", value: f.severity, options: QualitySeverity.choices, empty: "全部")),
                  .label(.text("状态"), FieldForm.select(id: "state", name: "state", value: f.state,
                                                      options: [Choice(value: "open", label: "未整改"), Choice(value: "closed", label: "已整改"), Choice(value: "all", label: "全部")], empty: nil)),
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("findings-export"), .href(SiteURL.with("/quality/findings/export.xlsx", [("township", f.township), ("severity", f.severity), ("state", f.state)])), .text("导出Excel"))),
            .unwrap(m.bulk) { b in
                BulkViews.summary(b, done: "已挂账 \(b.done) 条", refusedCount: "\(b.refused.count) 条未挂账", shown: Set(rows.map(\.id)),
                                  after: .if(b.done > 0, .a(.href(SiteURL.rectifications), .text(" 查看整改台账"))))
            },
            .if(bulk, bulkLedgerForm(m, query: query)),
            .table(.class("grid"), .id("findings"),
                .thead(.tr(.if(bulk, .th(.input(.type(.checkbox), .id("select-all"), .attribute(named: "data-select-all", value: "bulk-ledger"),
                                                .attribute(named: "aria-label", value: "全选本页未整改的问题")))),
                           .th(.text("规则")), .th(.text("类别")), .th(.text("农户")), .th(.text("所在村")), .th(.text("问题")), .th(.text("发现时间")), .th(.text("状态")))),
                .tbody(.forEach(rows) { r in
                    .tr(.id("finding-\(r.id)"),
                        .if(bulk, .td(.if(r.state == "open", .input(.type(.checkbox), .name("ids"), .value(attr(r.id)), .attribute(named: "form", value: "bulk-ledger"),
                                                                    .attribute(named: "aria-label", value: "选择\(r.headName)户的问题"))))),
                        .td(.text(r.rule), .span(.class("muted"), .text(" " + (QualityRules.rule(r.rule)?.description ?? "")))),
                        .td(.span(.class(r.severity == .mustFix ? "badge flag" : "badge"), .text(r.severity.label))),
                        .td(.a(.href(SiteURL.household(r.householdID)), .text("\(r.headName)户")), .span(.class("muted"), .text(" \(r.householdCode)"))),
                        .td(.text(regions.fullName(r.villageCode))), .td(.text(r.message)), .td(.text(Clock.format(r.openedAt))),
                        .td(.text(r.state == "open" ? "未整改" : "已整改 \(r.closedAt.map(Clock.format) ?? "")"),
                            .if(r.state == "open" && p.can(.manageRectification),
                                .a(.class("ledger-link"), .href(SiteURL.newRectification(finding: r.id)), .text(" 挂账"))),
                            .unwrap(refused[r.id]) { .div(.class("msg"), .attribute(named: "role", value: "alert"), .text("未挂账：\($0)")) }))
                })),
            .div(.class("pager"),
                 .if(f.page > 1, .a(.href(SiteURL.findings(query: query, page: f.page - 1)), .text("上一页"))),
                 .span(.class("current"), .text("第\(f.page)/\(pages)页")),
                 .if(f.page < pages, .a(.href(SiteURL.findings(query: query, page: f.page + 1)), .text("下一页"))))
        ))
    }

    struct RulesModel {
        var viewer: Viewer
    }

    static func rules(_ m: RulesModel) -> HTML {
        let p = m.viewer
        return Layout.document(title: "校验规则", viewer: p, active: "quality", content: .group(
            .h1(.text("数据质量校验规则"), .span(.class("muted"), .text("  共\(QualityRules.all.count)条"))), tabs("rules"),
            .table(.class("grid"), .id("rules"),
                .thead(.tr(.th(.text("编号")), .th(.text("规则")), .th(.text("类别")), .th(.text("涉及字段")))),
                .tbody(.forEach(QualityRules.all) { r in
                    .tr(.td(.text(r.code)), .td(.text(r.description)), .td(.text(r.severity.label)), .td(.text(r.fields.map { HouseholdFields.table[$0]?.label ?? MemberFields.table[$0]?.label ?? QualityPages.fieldLabels[$0] ?? $0 }.joined(separator: "、"))))
                }))
        ))
    }
}
