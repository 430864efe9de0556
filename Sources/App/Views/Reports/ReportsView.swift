import Domain
import Foundation
@preconcurrency import Plot

/// 报表 pages: the catalogue and one table (merged group headers, totals, every number a link, A4 print).
enum ReportPages {
    struct IndexModel {
        var viewer: Viewer
        var regions: RegionDirectory
    }

    static func index(_ m: IndexModel) -> HTML {
        let p = m.viewer, regions = m.regions
        return Layout.document(title: "报表", viewer: p, active: "reports", content: .group(
            .h1(.text("报表")),
            .p(.class("muted"), .text("按区划和统计期生成；表内每个数字都可点开对应的农户名单；可导出Excel、可按A4打印。")),
            .table(.class("grid"), .id("reports"),
                .thead(.tr(.th(.text("报表")), .th(.text("依据")), .th(.text("口径")), .th(.text("导出")))),
                .tbody(.forEach(ReportCatalogue.all) { d in
                    .tr(.td(.a(.href(SiteURL.report(d.id)), .text(d.title))), .td(.text(d.source)), .td(.class("muted"), .text(d.note)),
                        .td(.a(.href(SiteURL.reportXLSX(d.id)), .text("Excel"))))
                })),
            .h2(.text("县级填报表")),
            .table(.class("grid"), .id("county-forms"),
                .thead(.tr(.th(.text("报表")), .th(.text("依据")), .th(.text("口径")), .th(.text("导出")))),
                .tbody(.forEach(CountyForm.all) { f in
                    .tr(.td(.a(.href(SiteURL.countyForm(f.id)), .text(f.title))), .td(.text(f.source)), .td(.class("muted"), .text(f.note)),
                        .td(.a(.href(SiteURL.countyFormXLSX(f.id)), .text("Excel"))))
                })),
            .if(p.can(.recordScreening), .group(
                .h2(.text("入户摸底调查表（涞源县集中排查方案附表1）")),
                .p(.class("muted"), .text("按村打印，每户一页A4：台账中的家庭和成员信息已填好，入户时勾选核实情况、发现的风险并签字。")),
                .form(.class("filters"), .method(.get), .action(SiteURL.surveySheets), .attribute(named: "target", value: "_blank"),
                      .label(.text("村"), FieldForm.select(id: "village", name: "village", value: "",
                                                          options: regions.villages(in: p.regionScope ?? "-").map { Choice(value: $0.code, label: regions.fullName($0.code)) },
                                                          empty: "请选择")),
                      .label(.text("调查日期（可不填）"), .input(.type(.date), .name("date"))),
                      .button(.type(.submit), .text("打印调查表")),
                      .button(.type(.submit), .class("secondary"), .attribute(named: "formaction", value: SiteURL.surveySheetsXLSX), .text("导出Excel")))))
        ))
    }

    /// What the rows are: townships under a county, villages otherwise (and always for village tables).
    static func rowHeader(_ t: ReportTable) -> String {
        RegionLevel.of(code: t.region) == .county && !t.definition.villageRows ? "乡镇" : "村"
    }

    /// A number of the table: a link to the households behind it, or plain when it is worked out.
    static func number(_ link: String?, _ value: Int, strong: Bool) -> Node<HTML.TableRowContext> {
        let text = String(value)
        guard let link else { return .td(.class("num"), strong ? .strong(.text(text)) : .text(text)) }
        return .td(.class("num"), .a(.href(link), strong ? .strong(.text(text)) : .text(text)))
    }

    struct TableModel {
        var viewer: Viewer
        var table: ReportTable
        var regions: RegionDirectory
        var duties: Node<HTML.BodyContext> = .empty
    }

    static func table(_ m: TableModel) -> HTML {
        let p = m.viewer, t = m.table, regions = m.regions, duties = m.duties
        let d = t.definition
        // Group header cells: consecutive columns with the same group share one cell.
        var groups: [(group: String?, columns: [ReportColumn])] = []
        for c in d.columns {
            if let last = groups.last, last.group == c.group, c.group != nil { groups[groups.count - 1].columns.append(c) } else { groups.append((c.group, [c])) }
        }
        let query = "region=\(t.region)" + (d.usesPeriod ? "&from=\(t.from)&to=\(t.to)" : "")
        let hasNotes = t.rows.contains { $0.note != nil }
        return Layout.document(title: d.title, viewer: p, active: "reports", breadcrumbs: [("报表", SiteURL.reports), (d.title, nil)], content: .group(
            .h1(.text(d.title)),
            duties,
            .p(.class("muted"), .text("\(d.source) · \(regions.fullName(t.region)) · " + (d.usesPeriod ? "统计期 \(t.from) 至 \(t.to)" : "截至 \(p.today)") + " · \(d.note)")),
            .form(.class("filters"), .method(.get), .action(SiteURL.report(d.id)),
                  .label(.text("区划"), FieldForm.select(id: "region", name: "region", value: t.region,
                                                      options: ([p.regionScope ?? ""] + regions.townships(in: p.regionScope ?? "-").map(\.code)).filter { !$0.isEmpty }
                                                        .map { Choice(value: $0, label: regions.fullName($0)) }, empty: "本辖区")),
                  .if(d.usesPeriod, .group(.label(.text("开始"), .input(.type(.date), .name("from"), .value(attr(t.from.description)))),
                                           .label(.text("结束"), .input(.type(.date), .name("to"), .value(attr(t.to.description)))))),
                  .button(.type(.submit), .text("生成")),
                  .a(.class("button secondary"), .href(SiteURL.reportXLSX(d.id, query: query)), .text("导出Excel")),
                  .button(.type(.button), .class("secondary"), .attribute(named: "data-print", value: ""), .text("打印"))),
            .table(.class("grid report"), .id("report"),
                .thead(
                    .tr(.th(.attribute(named: "rowspan", value: "2"), .text(rowHeader(t))),
                        .forEach(groups) { g in
                            .th(.attribute(named: g.group == nil ? "rowspan" : "colspan", value: g.group == nil ? "2" : String(g.columns.count)),
                                .text(g.group ?? g.columns[0].title))
                        },
                        .if(hasNotes, .th(.attribute(named: "rowspan", value: "2"), .text("说明")))),
                    .tr(.forEach(d.columns.filter { $0.group != nil }) { .th(.text($0.title)) })),
                .tbody(.forEach(t.rows) { r in
                    .tr(.td(.text(r.name)), .forEach(Array(zip(d.columns, r.values))) { c, v in number(t.link(column: c, region: r.code), v, strong: false) },
                        .if(hasNotes, .td(.class("muted"), .text(r.note ?? ""))))
                }, .tr(.class("total"), .td(.strong(.text("合计"))),
                       .forEach(Array(zip(d.columns, t.total))) { c, v in number(t.link(column: c, region: t.region), v, strong: true) },
                       .if(hasNotes, .td()))))
        ))
    }
}

extension ReportPages {
    /// A county-filled table: its rows and totals, and the form that adds a row (county admin).
    struct CountyFormModel {
        var viewer: Viewer
        var table: CountyFormTable
        var counties: [RegionDirectory.Entry]
        var regions: RegionDirectory
        var canFill: Bool
        var state: FormState
        var notice: String?
    }

    static func countyForm(_ m: CountyFormModel) -> HTML {
        let p = m.viewer, t = m.table, counties = m.counties, regions = m.regions, canFill = m.canFill, state = m.state, notice = m.notice
        let f = t.form
        let specs = f.fields.specs
        let query = "region=\(t.county)&year=\(t.year)"
        return Layout.document(title: f.title, viewer: p, active: "reports", breadcrumbs: [("报表", SiteURL.reports), (f.title, nil)], content: .group(
            .h1(.text(f.title), .span(.class("muted"), .text("  \(regions.fullName(t.county))　\(t.year)年度"))),
            .p(.class("muted"), .text("\(f.source) · \(f.note)")),
            .unwrap(notice == "added" ? "已添加。" : notice == "deleted" ? "已删除。" : nil) { .div(.class("alert ok"), .text($0)) },
            .form(.class("filters"), .method(.get), .action(SiteURL.countyForm(f.id)),
                  .if(counties.count > 1, .label(.text("县"), FieldForm.select(id: "region", name: "region", value: t.county,
                                                                          options: counties.map { Choice(value: $0.code, label: $0.name) }, empty: "本县"))),
                  .label(.text("统计年度"), .input(.type(.number), .name("year"), .attribute(named: "min", value: "2015"), .attribute(named: "max", value: "2100"),
                                               .value(String(t.year)))),
                  .button(.type(.submit), .text("查看")),
                  .a(.class("button secondary"), .href(SiteURL.countyFormXLSX(f.id, query: query)), .text("导出Excel")),
                  .button(.type(.button), .class("secondary"), .attribute(named: "data-print", value: ""), .text("打印"))),
            .table(.class("grid report"), .id("county-form"),
                .thead(.tr(.forEach(specs) { .th(.text($0.label)) }, .if(canFill, .th(.text("操作"))))),
                .tbody(.forEach(t.rows) { r in
                    .tr(.forEach(specs) { s in .td(.class(f.summed.contains(s.key) ? "num" : ""), .text(s.display(r.facts[s.key]))) },
                        .if(canFill, .td(.form(.class("inline"), .method(.post), .action(SiteURL.deleteCountyFormRow(f.id, row: r.id, year: t.year)), .csrfField(p),
                                               .attribute(named: "data-confirm", value: attr("确认删除这一行？")),
                                               .button(.type(.submit), .class("link reveal"), .text("删除"))))))
                }, .tr(.class("total"), .forEach(Array(specs.enumerated())) { i, s in
                    .td(.class("num"), .strong(.text(i == 0 ? "合计" : t.total(s.key).map { s.display($0) } ?? "")))
                }, .if(canFill, .td())))),
            .if(t.rows.isEmpty, .p(.class("muted"), .text("尚未填报。"))),
            .if(canFill, .form(.method(.post), .action(SiteURL.countyForm(f.id, year: t.year)), .id("county-form-add"), .csrfField(p),
                .h2(.text("添加一行")),
                .errorSummary(state.unplaced(Set(specs.map(\.key)))),
                FieldForm.sections(f.fields, state: state, villages: []),
                .div(.class("actions"), .button(.type(.submit), .text("添加")))))
        ))
    }
}

/// 总览: the numbers that matter, then the charts.
enum DashboardPage {
    struct Model {
        var viewer: Viewer
        var data: DashboardData
        var regions: RegionDirectory
        var settings: PolicySettings
    }

    static func view(_ m: Model) -> HTML {
        let p = m.viewer, d = m.data, regions = m.regions, settings = m.settings
        func tile(_ id: String, _ label: String, _ value: String, _ link: String, alert: Bool = false) -> Node<HTML.BodyContext> {
            .a(.class(alert ? "tile alert" : "tile"), .id(id), .href(link), .span(.class("value"), .text(value)), .span(.class("label"), .text(label)))
        }
        let coverage = d.coverage.map { c in c.households == 0 ? "0%" : "\(c.screened * 100 / c.households)%" } ?? "—"
        return Layout.document(title: "总览", viewer: p, active: "dashboard", content: .group(
            .h1(.text("\(regions.fullName(d.region)) 防返贫监测总览"), .span(.class("muted"), .text("  截至 \(p.today)"))),
            .div(.class("tiles"),
                 tile("tile-households", "农户", String(d.households), SiteURL.households),
                 tile("tile-monitored", "监测对象（户）", String(d.monitored), SiteURL.reportHouseholds("monitored-info", column: "total", region: d.region)),
                 tile("tile-open", "风险未消除（户）", String(d.open), SiteURL.reportHouseholds("monitored-info", column: "open", region: d.region)),
                 tile("tile-eliminated", "风险已消除（户）", String(d.eliminated), SiteURL.reportHouseholds("monitored-info", column: "eliminated", region: d.region)),
                 tile("tile-overdue", "逾期待办", String(d.overdue), SiteURL.inbox, alert: d.overdue > 0),
                 tile("tile-quality", "未整改必改问题", String(d.mustFixOpen), SiteURL.findings(query: "severity=mustFix"), alert: d.mustFixOpen > 0),
                 tile("tile-coverage", "最近排查覆盖率" + (d.coverage.map { "（\($0.name)）" } ?? ""), coverage, SiteURL.screening),
                 tile("tile-focus", "重点区域村（其中超2%）", "\(d.focusVillages)（\(d.unresolvedAbove)）", SiteURL.focusVillages, alert: d.unresolvedAbove > 0)),
            .div(.class("charts"),
                 .div(.class("card chart"), .id("chart-categories"), .raw(Chart.bars(d.categories, title: "监测对象类别（户）"))),
                 .div(.class("card chart"), .id("chart-risks"), .raw(Chart.bars(d.risks, title: "未消除风险的主要风险类型（户）", color: "#d9822b"))),
                 .div(.class("card chart wide"), .id("chart-months"), .raw(Chart.months(d.months, title: "近12个月新纳入与风险消除（户）")))),
            .if(!d.scaleRisk.isEmpty, scaleRisk(d, regions: regions, settings: settings))
        ))
    }

    /// 规模性返贫风险隐患: per area, the households department warnings put under each cause since the window began;
    /// a cell at the threshold is red and the area is put up for 集中研判; every number opens the warnings behind it.
    static func scaleRisk(_ d: DashboardData, regions: RegionDirectory, settings: PolicySettings) -> Node<HTML.BodyContext> {
        let s = settings.scaleRisk
        return .div(.class("card wide"), .id("scale-risk"),
            .h2(.text("规模性返贫风险隐患（\(d.scaleRiskSince)以来部门预警涉及户数）")),
            .p(.class("muted"), .text("依据涞源县集中排查方案、信丰县“回头看”方案：灾害、疫情、农产品价格下跌、失业、产业项目失败、安置点搬迁人口就业。同一原因达到\(s.households)户标红，须集中研判并制定防范预案；未消除风险监测对象占农村户籍人口超过\(settings.screening.focusUnresolvedPercent)%的列为重点关注。户数与天数可在政策参数页调整。")),
            .table(.class("grid"),
                .thead(.tr(.th(.text(d.region.count >= 9 ? "村" : "乡镇")), .forEach(ScaleRiskIndicator.allCases) { .th(.class("num"), .text($0.label)) },
                           .th(.class("num"), .text("未消除风险人口占比")), .th(.text("研判提示")))),
                .tbody(.forEach(d.scaleRisk) { a in
                    let advice = ScaleRisk.advice(a, settings: s, screening: settings.screening)
                    return .tr(.id("scale-risk-\(a.code)"), .class(advice.isEmpty ? "" : "risk"),
                        .td(.text(regions[a.code]?.name ?? a.code)),
                        .forEach(ScaleRiskIndicator.allCases) { i in
                            .td(.class(a[i] >= s.households ? "num hot" : "num"), a[i] == 0 ? .text("0") :
                                .a(.href(SiteURL.warnings(filter: "all", indicator: i.rawValue, region: a.code, since: d.scaleRiskSince.description)), .text(String(a[i]))))
                        },
                        .td(.class(a.aboveUnresolvedShare(settings.screening) ? "num hot" : "num"), .text(a.stats.people == 0 ? "—" : "\(a.stats.unresolvedShare)%")),
                        .td(.text(advice.isEmpty ? "—" : advice.joined(separator: "；"))))
                })),
            assessments(d, settings: settings))
    }

    /// Under the table: the county's latest 集中研判, and a warning when an area is marked but none is recorded since.
    static func assessments(_ d: DashboardData, settings: PolicySettings) -> Node<HTML.BodyContext> {
        let marked = d.scaleRisk.contains { !$0.alerts(settings.scaleRisk).isEmpty }
        let stale = marked && (d.lastAssessment.map { $0.date < d.scaleRiskSince } ?? true)
        return .p(.id("scale-risk-assessments"), .class(stale ? "alert error" : "muted"),
                  .text(d.lastAssessment.map { "本年集中研判\(d.assessments)次，最近一次：\($0.date)（\($0.scope)）。" } ?? "本年尚未记录集中研判。"),
                  .if(stale, .text("有区域达到提示线，\(d.scaleRiskSince)以来尚无研判记录。")),
                  .text(" "), .a(.href(SiteURL.countyForm("assessments")), .text("集中研判记录")))
    }
}
