import Domain
import Plot

/// 排查比对: the households the registry and the civil-affairs roster do not agree on, by township and kind.
enum CivilAffairsPage {
    struct Model {
        var viewer: Viewer
        /// Every household of the scope with a mismatch (for the counts).
        var all: [CivilStatusStore.ComparisonRow]
        var rows: [CivilStatusStore.ComparisonRow]
        var total: Int
        var filters: CivilAffairsController.Filters
        var regions: RegionDirectory
        var per: Int
    }

    static func url(township: String = "", kind: CivilMismatch? = nil, page: Int = 1) -> String {
        SiteURL.with("/civil-affairs", [("township", township.isEmpty ? nil : township), ("kind", kind?.rawValue), ("page", page > 1 ? String(page) : nil)])
    }

    static func view(_ m: Model) -> HTML {
        let f = m.filters
        let townships = m.regions.townships(in: m.viewer.principal.regionScope ?? "")
        let pages = max(1, (m.total + m.per - 1) / m.per)
        return Layout.document(title: "民政救助排查比对", viewer: m.viewer, active: "quality", content: .group(
            .h1(.text("民政救助排查比对"), .span(.class("muted"), .text("  共\(m.total)户"))), QualityPages.tabs("civil-affairs"),
            .p(.class("muted"), .text("农村低收入人口与防止返贫监测对象统一识别：把民政部门报送的低保、特困、低保边缘、刚性支出困难名单与农户台账、监测对象逐户比对，"
                + "列出只在一个系统中的家庭，请乡镇逐户核实。民政名单在“部门数据”中按“低收入人口救助状态名单”导入。")),
            .form(.class("filters"), .method(.get), .action("/civil-affairs"),
                  .label(.text("乡镇"), FieldForm.select(id: "township", name: "township", value: f.township,
                                                      options: townships.map { Choice(value: $0.code, label: $0.name) }, empty: "全部")),
                  .label(.text("比对类型"), FieldForm.select(id: "kind", name: "kind", value: f.kind?.rawValue ?? "",
                                                        options: CivilMismatch.choices, empty: "全部")),
                  .button(.type(.submit), .text("筛选")),
                  .a(.class("button secondary"), .id("civil-affairs-export"), .href(SiteURL.with("/civil-affairs/export.xlsx", f.query)), .text("导出Excel"))),
            .div(.class("table-wrap"), .table(.class("grid"), .id("civil-counts"),
                .thead(.tr(.th(.text("乡镇")), .forEach(CivilMismatch.allCases) { k in .th(.class("num"), .text(k.label)) })),
                .tbody(.forEach(townships) { t in
                    .tr(.th(.a(.href(url(township: t.code)), .text(t.name))), .forEach(CivilMismatch.allCases) { k in
                        let n = m.all.filter { $0.townshipCode == t.code && $0.mismatches.contains(k) }.count
                        return .td(.class("num"), n == 0 ? .text("—") : .a(.href(url(township: t.code, kind: k)), .text(String(n))))
                    })
                }))),
            .if(m.rows.isEmpty, .div(.class("card"), .id("no-civil-mismatches"), .text("没有需要比对核实的家庭。"))),
            .if(!m.rows.isEmpty, .table(.class("grid"), .id("civil-mismatches"),
                .thead(.tr(.th(.text("农户")), .th(.text("所在村")), .th(.text("比对发现")), .th(.text("处理建议")), .th(.text("民政救助状态")))),
                .tbody(.forEach(m.rows) { r in
                    .tr(.td(.a(.href(SiteURL.household(r.householdID) + "#assessment"), .text("\(r.headName)户")), .span(.class("muted"), .text(" \(r.householdCode)"))),
                        .td(.text(m.regions.fullName(r.villageCode))),
                        .td(.text(r.mismatches.map(\.label).joined(separator: "；"))),
                        .td(.text(r.mismatches.map(\.advice).joined(separator: "；"))),
                        .td(r.statuses.isEmpty ? .span(.class("muted"), .text("台账登记享受低保或特困，民政名单未报送")) : .text(r.statuses.map(\.text).joined(separator: "；"))))
                }))),
            .div(.class("pager"),
                 .if(f.page > 1, .a(.href(url(township: f.township, kind: f.kind, page: f.page - 1)), .text("上一页"))),
                 .span(.class("current"), .text("第\(f.page)/\(pages)页")),
                 .if(f.page < pages, .a(.href(url(township: f.township, kind: f.kind, page: f.page + 1)), .text("下一页"))))
        ))
    }
}
