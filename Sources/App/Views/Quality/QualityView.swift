import Domain
import Foundation
@preconcurrency import Plot

enum QualityPages {
    static func tabs(_ active: String) -> BodyNode {
        .div(.class("actions"),
             .a(.class(active == "bulletin" ? "button" : "button secondary"), .href(SiteURL.quality), .text("数据质量通报")),
             .a(.class(active == "findings" ? "button" : "button secondary"), .href(SiteURL.findings()), .text("问题清单")),
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
    }

    static func findings(_ m: FindingsModel) -> HTML {
        let p = m.viewer, rows = m.rows, total = m.total, f = m.filters, regions = m.regions
        let pages = max(1, (total + 49) / 50)
        let query = "township=\(f.township)&severity=\(f.severity)&state=\(f.state)"
        return Layout.document(title: "问题清单", viewer: p, active: "quality", content: .group(
            .h1(.text("数据质量问题清单"), .span(.class("muted"), .text("  共\(total)条"))), tabs("findings"),
            .form(.class("filters"), .method(.get), .action(SiteURL.findings()),
                  .label(.text("乡镇"), FieldForm.select(id: "township", name: "township", value: f.township,
                                                      options: regions.townships(in: p.regionScope ?? "").map { Choice(value: $0.code, label: $0.name) }, empty: "全部")),
                  .label(.text("类别"), FieldForm.select(id: "severity", name: "severity", value: f.severity, options: QualitySeverity.choices, empty: "全部")),
                  .label(.text("状态"), FieldForm.select(id: "state", name: "state", value: f.state,
                                                      options: [Choice(value: "open", label: "未整改"), Choice(value: "closed", label: "已整改"), Choice(value: "all", label: "全部")], empty: nil)),
                  .button(.type(.submit), .text("筛选"))),
            .table(.class("grid"), .id("findings"),
                .thead(.tr(.th(.text("规则")), .th(.text("类别")), .th(.text("农户")), .th(.text("所在村")), .th(.text("问题")), .th(.text("发现时间")), .th(.text("状态")))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.text(r.rule), .span(.class("muted"), .text(" " + (QualityRules.rule(r.rule)?.description ?? "")))),
                        .td(.span(.class(r.severity == .mustFix ? "badge flag" : "badge"), .text(r.severity.label))),
                        .td(.a(.href(SiteURL.household(r.householdID)), .text("\(r.headName)户")), .span(.class("muted"), .text(" \(r.householdCode)"))),
                        .td(.text(regions.fullName(r.villageCode))), .td(.text(r.message)), .td(.text(Clock.format(r.openedAt))),
                        .td(.text(r.state == "open" ? "未整改" : "已整改 \(r.closedAt.map(Clock.format) ?? "")"),
                            .if(r.state == "open" && p.can(.manageRectification),
                                .a(.class("ledger-link"), .href(SiteURL.newRectification(finding: r.id)), .text(" 挂账")))))
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
                    .tr(.td(.text(r.code)), .td(.text(r.description)), .td(.text(r.severity.label)), .td(.text(r.fields.joined(separator: "、"))))
                }))
        ))
    }
}
