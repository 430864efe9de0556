import Domain
import Plot

/// 减收风险点: townships × points, then the households where a point fired.
enum IncomeRisksPage {
    struct Model {
        var viewer: Viewer
        var rows: [QualityStore.FindingRow]
        var total: Int
        var filters: IncomeRisksController.Filters
        /// township → rule → households
        var counts: [String: [String: Int]]
        var regions: RegionDirectory
        /// When the data-quality check that found them started.
        var checkedAt: Int64?
        /// The points the policy settings check.
        var enabled: [IncomeRiskPoint]
        var per: Int
    }

    static func url(township: String = "", point: IncomeRiskPoint? = nil, page: Int = 1) -> String {
        SiteURL.with("/income-risks", [("township", township.isEmpty ? nil : township), ("point", point?.rawValue), ("page", page > 1 ? String(page) : nil)])
    }

    static func view(_ m: Model) -> HTML {
        let f = m.filters
        let townships = m.regions.townships(in: m.viewer.principal.regionScope ?? "")
        let pages = max(1, (m.total + m.per - 1) / m.per)
        return Layout.document(title: "减收风险点", viewer: m.viewer, active: "quality", content: .group(
            .h1(.text("减收风险点"), .span(.class("muted"), .text("  共\(m.total)条"))), QualityPages.tabs("income-risks"),
            .p(.class("muted"), .text("宾县工作方案要求对种养业经营、扶贫产业项目和光伏收益分配、小额贷款收益、务工就业、兜底政策落实、自然灾害等10项可能出现的减收风险点逐户排查。"
                + "公益岗位、疾病或意外致劳动力减少、家庭成员变动三项为本系统补足的“等”。比较各户最新年度与上一年度的收入情况，"
                + (m.checkedAt.map { "截至\(Clock.format($0))的数据质量检查。" } ?? "尚未运行数据质量检查。"))),
            .form(.class("filters"), .method(.get), .action("/income-risks"),
                  .label(.text("乡镇"), FieldForm.select(id: "township", name: "township", value: f.township,
                                                      options: townships.map { Choice(value: $0.code, label: $0.name) }, empty: "全部")),
                  .label(.text("风险点"), FieldForm.select(id: "point", name: "point", value: f.point?.rawValue ?? "",
                                                       options: IncomeRiskPoint.allCases.map { Choice(value: $0.rawValue, label: $0.label) }, empty: "全部")),
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("income-risks-export"), .href(SiteURL.with("/income-risks/export.xlsx", f.query)), .text("导出Excel"))),
            .div(.class("table-wrap"), .table(.class("grid"), .id("income-risk-counts"),
                .thead(.tr(.th(.text("乡镇")), .forEach(IncomeRiskPoint.allCases) { p in
                    .th(.class("num"), .text(p.label), .if(!m.enabled.contains(p), .span(.class("muted"), .text("（未排查）"))))
                })),
                .tbody(.forEach(townships) { t in
                    .tr(.th(.a(.href(url(township: t.code)), .text(t.name))), .forEach(IncomeRiskPoint.allCases) { p in
                        let n = m.counts[t.code]?[p.ruleCode] ?? 0
                        return .td(.class("num"), n == 0 ? .text("—") : .a(.href(url(township: t.code, point: p)), .text(String(n))))
                    })
                }))),
            .if(m.rows.isEmpty, .div(.class("card"), .id("no-income-risks"), .text("没有符合条件的减收风险户。"))),
            .if(!m.rows.isEmpty, .table(.class("grid"), .id("income-risks"),
                .thead(.tr(.th(.text("农户")), .th(.text("所在村")), .th(.text("风险点")), .th(.text("情况")), .th(.text("发现时间")))),
                .tbody(.forEach(m.rows) { r in
                    .tr(.td(.a(.href(SiteURL.household(r.householdID) + "#incomes"), .text("\(r.headName)户")), .span(.class("muted"), .text(" \(r.householdCode)"))),
                        .td(.text(m.regions.fullName(r.villageCode))), .td(.text(IncomeRiskPoint.point(rule: r.rule)?.label ?? "")),
                        .td(.text(r.message)), .td(.text(Clock.format(r.openedAt))))
                }))),
            .div(.class("pager"),
                 .if(f.page > 1, .a(.href(url(township: f.township, point: f.point, page: f.page - 1)), .text("上一页"))),
                 .span(.class("current"), .text("第\(f.page)/\(pages)页")),
                 .if(f.page < pages, .a(.href(url(township: f.township, point: f.point, page: f.page + 1)), .text("下一页"))))
        ))
    }
}
