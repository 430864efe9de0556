import Domain
@preconcurrency import Plot

enum HouseholdIndex {
    struct Model {
        var viewer: Viewer
        var filters: HouseholdQuery.Filters
        var rows: [HouseholdQuery.Row]
        var total: Int
        var villages: [Choice]
        var townships: [Choice]
        var villageNames: [String: String]
        var canCreate: Bool
        var canExport: Bool
        var canExportWholeNumbers: Bool
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "农户台账", viewer: m.viewer, active: "households", content: .group(
            .h1(.text("农户台账")),
            .unwrap(ReportCatalogue.definition(m.filters.report).flatMap { d in d.column(m.filters.column).map { (d, $0) } }) { d, c in
                .div(.class("alert ok"), .id("report-filter"),
                     .text("报表“\(d.title)”中“\((c.group.map { $0 + "·" } ?? "") + c.title.replacingOccurrences(of: "（户）", with: ""))”的农户"
                           + (m.filters.region.isEmpty ? "" : "（区划 \(m.filters.region)）") + (d.usesPeriod ? "，统计期 \(m.filters.from) 至 \(m.filters.to)" : "")),
                     .a(.href(SiteURL.report(d.id)), .text("  返回报表")))
            },
            filters(m),
            .div(.class("actions"),
                 .span(.class("muted"), .text("共 \(m.total) 户")),
                 .if(m.canCreate, .a(.class("button"), .href(SiteURL.newHousehold), .text("新建农户"))),
                 .if(m.canCreate, .a(.class("button secondary"), .id("income-import"), .href(SiteURL.incomeImport), .text("收入批量导入"))),
                 .if(m.viewer.can(.importRegistry), .a(.class("button secondary"), .id("registry-import"), .href(SiteURL.registryImport), .text("台账导入"))),
                 .if(m.canExport, .a(.class("button secondary"), .href(SiteURL.exportHouseholds(query: m.filters.asQuery)), .text("导出Excel"))),
                 .if(m.canExport, .a(.class("button secondary"), .id("export-registry"), .href(SiteURL.registryExport),
                                     .attribute(named: "data-confirm", value: attr(m.canExportWholeNumbers
                                        ? "导出本辖区全部农户、成员、帮扶责任人和帮扶措施，含完整身份证号和电话，用于迁移或报送；导出将记入审计日志。确认导出？"
                                        : "导出本辖区全部农户、成员、帮扶责任人和帮扶措施（证件号已遮蔽）；导出将记入审计日志。确认导出？")),
                                     .text("导出全部台账"))),
                 .if(!m.filters.village.isEmpty && m.viewer.can(.viewCases),
                     .a(.class("button secondary"), .id("print-village-plans"), .href(SiteURL.villagePlans(m.filters.village)), .text("打印本村一户一册"))),
                 .if(m.canExportWholeNumbers, .a(.class("button secondary"), .id("export-whole"),
                                                 .href(SiteURL.exportHouseholds(query: m.filters.asQuery, members: "whole")),
                                                 .attribute(named: "data-confirm", value: attr("导出的表格含完整身份证号和电话，仅用于向国家系统报送；导出将记入审计日志。确认导出？")),
                                                 .text("导出（含完整证件号）")))),
            table(m),
            pager(m)
        ))
    }

    static func filters(_ m: Model) -> BodyNode {
        let f = m.filters
        return .form(.class("filters"), .action(SiteURL.households), .method(.get),
            .label(.text("搜索"), .input(.type(.search), .name("q"), .value(attr(f.q)), .placeholder("姓名、身份证号或户编号"), .id("q"))),
            .if(m.townships.count > 1, .label(.text("乡镇"), FieldForm.select(id: "township", name: "township", value: f.township, options: m.townships, empty: "全部"))),
            .label(.text("村（社区）"), FieldForm.select(id: "village", name: "village", value: f.village, options: m.villages, empty: "全部")),
            .label(.text("户类型"), FieldForm.select(id: "category", name: "category", value: f.category,
                options: [Choice(value: "ordinary", label: "一般户"), Choice(value: "alleviated", label: "脱贫户"), Choice(value: "monitored", label: "监测户")], empty: "全部")),
            .label(.text("是否监测对象"), FieldForm.select(id: "monitored", name: "monitored", value: f.monitored,
                options: [Choice(value: "true", label: "是"), Choice(value: "false", label: "否")], empty: "全部")),
            .input(.type(.hidden), .name("sort"), .value(attr(f.sort))),
            .input(.type(.hidden), .name("dir"), .value(attr(f.dir))),
            .button(.type(.submit), .text("查询")),
            .a(.class("button secondary"), .href(SiteURL.households), .text("重置"))
        )
    }

    static func sortLink(_ m: Model, key: String, title: String) -> Node<HTML.BodyContext> {
        var q = m.filters
        let active = q.sort == key
        q.dir = active && q.dir == "asc" ? "desc" : "asc"
        q.sort = key
        q.page = 1
        let arrow = active ? (m.filters.dir == "asc" ? " ▲" : " ▼") : ""
        return .a(.href(SiteURL.households(query: q.asQuery)), .text(title + arrow))
    }

    static func table(_ m: Model) -> BodyNode {
        guard !m.rows.isEmpty else {
            return .div(.class("card muted"), .text(m.filters.q.isEmpty ? "没有符合条件的农户。" : "没有找到“\(m.filters.q)”，请核对姓名、身份证号或户编号。"))
        }
        return .table(.class("grid"), .id("households"),
            .thead(.tr(
                .th(sortLink(m, key: "code", title: "户编号")),
                .th(sortLink(m, key: "head", title: "户主")),
                .th(sortLink(m, key: "village", title: "所在村（社区）")),
                .th(sortLink(m, key: "category", title: "户类型")),
                .th(.class("num"), sortLink(m, key: "size", title: "人口")),
                .th(.class("num"), sortLink(m, key: "income", title: "人均纯收入（元）"))
            )),
            .tbody(.forEach(m.rows) { r in
                .tr(
                    .td(.a(.href(SiteURL.household(r.id)), .text(r.code))),
                    .td(.a(.href(SiteURL.household(r.id)), .text(r.headName ?? "（无户主）"))),
                    .td(.text(m.villageNames[r.villageCode] ?? r.villageCode)),
                    .td(categoryBadges(category: r.category, liftedYear: r.liftedYear, monitoring: r.monitoringCategory, relocated: r.relocated, dissolved: r.dissolved)),
                    .td(.class("num"), .text(String(r.memberCount))),
                    .td(.class("num"), .text(r.perCapita?.description ?? "—"))
                )
            })
        )
    }

    static func pager(_ m: Model) -> BodyNode {
        let pages = max(1, (m.total + m.filters.per - 1) / m.filters.per)
        guard pages > 1 else { return .empty }
        let cur = min(max(1, m.filters.page), pages)
        // stride, not a Range: an empty span gives no pages instead of a trap.
        let shown = Set([1, pages] + Array(stride(from: max(1, cur - 3), through: min(pages, cur + 3), by: 1))).sorted()
        func link(_ p: Int, _ title: String) -> BodyNode {
            var q = m.filters
            q.page = p
            return p == cur ? .span(.class("current"), .text(title)) : .a(.href(SiteURL.households(query: q.asQuery)), .text(title))
        }
        return .nav(.class("pager"), .attribute(named: "aria-label", value: "分页"),
            .if(cur > 1, link(cur - 1, "上一页")),
            .forEach(shown.enumerated()) { i, p in
                .group(.if(i > 0 && shown[i - 1] != p - 1, .span(.class("muted"), .text("…"))), link(p, String(p)))
            },
            .if(cur < pages, link(cur + 1, "下一页")),
            .span(.class("muted"), .text("第 \(cur)/\(pages) 页"))
        )
    }

    static func categoryBadges(category: HouseholdCategory?, liftedYear: Int?, monitoring: MonitoringCategory?, relocated: Bool, dissolved: Bool) -> BodyNode {
        .group(
            .span(.class(category == .alleviated ? "badge alv" : "badge"),
                  .text((category?.label ?? "未填") + (category == .alleviated ? liftedYear.map { "（\($0)）" } ?? "" : ""))),
            .unwrap(monitoring) { .span(.class("badge mon"), .text("监测户·\($0.label)")) },
            .if(relocated, .span(.class("badge"), .text("搬迁户"))),
            .if(dissolved, .span(.class("badge gone"), .text("已注销")))
        )
    }
}
