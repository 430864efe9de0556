import Domain
import Plot

/// 收入批量导入: a township's or county's yearly income survey loaded from one file, and what it did.
enum IncomeImportView {
    struct Model {
        var viewer: Viewer
        /// The last file's outcome; nil before an upload.
        var result: IncomeImportResult?
        var filename = ""
        /// A file that could not be read at all (its columns, its encoding, its size).
        var error: String?
    }

    /// The most problems listed on the page; the API returns them all.
    static let shownProblems = 1000

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "收入批量导入", viewer: m.viewer, active: "households",
                        breadcrumbs: [("农户台账", SiteURL.households), ("收入批量导入", nil)], content: .group(
            .h1(.text("收入批量导入")),
            .p(.class("muted"), .text("按年度批量登记或更正农户收入：每户每年一行，按户编号匹配本辖区农户。"
                + "文件中有的收入列即为该年度该项金额（空白为0），没有的列保持已登记的数值；已登记的年度作为更正保存为新版本，并记入变更记录。"
                + "全部行检查无误才写入；任何一行有误则整个文件都不写入，并逐行列出问题。")),
            .unwrap(m.error) { .div(.class("alert error"), .id("income-import-error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(m.result) { result(m.filename, $0) },
            .form(.class("card"), .method(.post), .action(SiteURL.incomeImport), .id("income-import-form"),
                  .attribute(named: "enctype", value: "multipart/form-data"),
                  .attribute(named: "data-busy", value: "正在上传并逐行检查，大文件需要一两分钟，请不要关闭页面……"),
                .csrfField(m.viewer),
                .div(.class("fields"),
                    .div(.class("field"), .label(.for("file"), .text("文件")),
                         .input(.type(.file), .name("file"), .id("file"), .attribute(named: "accept", value: ".xlsx,.xls,.csv")),
                         .span(.class("help"), .text("Excel（.xlsx 或 .xls）或 CSV（UTF-8 或 GBK 编码），每个文件不超过\(IncomeImport.maxRows)行")))),
                .div(.class("actions"),
                     .button(.type(.submit), .text("导入")),
                     .a(.class("button secondary"), .id("income-template"), .href(SiteURL.incomeImportTemplate), .text("下载模板")))),
            .h2(.text("列要求")),
            .table(.class("grid"), .id("income-columns"),
                .thead(.tr(.th(.text("列名")), .th(.text("要求")))),
                .tbody(
                    .tr(.td(.text(IncomeImport.householdHeaders.joined(separator: " / "))), .td(.text("必填，本辖区农户的户编号"))),
                    .tr(.td(.text(IncomeImport.yearHeaders.joined(separator: " / "))), .td(.text("必填，4位年份；新登记的年度限近\(YearlyIncome.yearsBack)年"))),
                    .tr(.td(.text(IncomeImport.sizeHeaders.joined(separator: " / "))), .td(.text("必填，当年家庭人口数，用于计算人均纯收入"))),
                    .tr(.td(.text("各项收入和支出")), .td(.text("至少一列，列名同登记表（如“务工收入”“公益岗位工资”“低保金”），可带“（元）”；金额最多两位小数"))),
                    .tr(.td(.text("其他列")), .td(.text("如户主姓名，仅供核对，导入时忽略")))))
        ))
    }

    static func result(_ filename: String, _ r: IncomeImportResult) -> Node<HTML.BodyContext> {
        if r.applied {
            return .div(.class("alert ok"), .id("income-import-done"), .attribute(named: "role", value: "status"),
                        .text("已导入“\(filename)”：共\(r.rows)行，涉及\(r.households)户；新登记\(r.added)个年度，更正\(r.corrected)个年度，\(r.unchanged)个年度与已登记一致未改动。"))
        }
        let shown = r.problems.prefix(shownProblems)
        return .div(.class("card"), .id("income-import-problems"),
            .div(.class("alert error"), .attribute(named: "role", value: "alert"),
                 .text("“\(filename)”共\(r.rows)行，其中\(Set(r.problems.map(\.row)).count)行有误，未导入任何数据。请改正后重新导入整个文件。")),
            .table(.class("grid"),
                .thead(.tr(.th(.class("num"), .text("行号")), .th(.text("户编号")), .th(.text("问题")))),
                .tbody(.forEach(shown) { p in
                    .tr(.td(.class("num"), .text(String(p.row))), .td(.text(p.householdCode)), .td(.text(p.message)))
                })),
            .if(r.problems.count > shown.count, .p(.class("muted"), .text("另有\(r.problems.count - shown.count)处问题未列出，改正以上各行后重新导入即可看到。"))))
    }
}
