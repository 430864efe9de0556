import Domain
import Plot

/// 台账导入: upload a registry file, read its check (the summary and every wrong row), then confirm the import.
enum RegistryImportView {
    struct Model {
        var viewer: Viewer
        /// The import shown; nil on the upload page.
        var record: RegistryImportRecord?
        var recent: [RegistryImportRecord] = []
        var regions: RegionDirectory
        var canCommit = false
        var error: String?
        /// The accept boxes were just saved.
        var saved = false
        /// How far a background check has come (state `checking`).
        var progress: Progress?
    }

    struct Progress: Sendable {
        var phase: String
        var percent: Int
        var interrupted: Bool
    }

    /// A household's changes as one line: "字段：原 → 新；王芳 健康状况：健康 → 长期慢性病".
    static func changesText(_ changes: [RegistryImportLine.Change]?) -> String {
        (changes ?? []).map { c in
            let who = c.person.map { "\($0) " } ?? ""
            if c.before == nil && c.label == "新增成员" { return "\(who)新增成员（\(c.after ?? "")）" }
            return "\(who)\(c.label)：\(c.before ?? "（空）") → \(c.after ?? "（空）")"
        }.joined(separator: "；")
    }

    /// The most report lines listed on the page; the API returns them all.
    static let shownLines = 2000

    static func view(_ m: Model) -> HTML {
        let title = m.record.map { "台账导入：\($0.filename)" } ?? "台账导入"
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), ("台账导入", m.record == nil ? nil : SiteURL.registryImport)]
                                   + (m.record.map { [($0.filename, nil)] } ?? []), content: .group(
            .h1(.text(title)),
            .unwrap(m.error) { .div(.class("alert error"), .id("registry-import-error"), .attribute(named: "role", value: "alert"), .text($0)) },
            m.record.map { report($0, m) } ?? upload(m)
        ))
    }

    static func upload(_ m: Model) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("muted"), .text("把国家系统导出的台账或本县的Excel台账导入本系统：先整份文件检查（不写入任何数据），列出新增、更新、无变化和有误的户，"
                + "确认后一次全部写入；任何一行有误都不能导入。按户编号、人编号匹配已有的户和人（无人编号的按身份证号码），文件中没有的户和人保持不变，不会删除。"
                + "监测户、已消除风险户按文件中的状态建立监测事项（历史导入）。")),
            .form(.class("card"), .method(.post), .action(SiteURL.registryImport), .id("registry-import-form"),
                  .attribute(named: "enctype", value: "multipart/form-data"),
                  .attribute(named: "data-busy", value: "正在上传并检查整份文件，大文件需要几分钟，请不要关闭页面……"),
                .csrfField(m.viewer),
                .div(.class("fields"),
                    .div(.class("field"), .label(.for("file"), .text("台账文件")),
                         .input(.type(.file), .name("file"), .id("file"), .attribute(named: "accept", value: ".xlsx,.xls,.csv")),
                         .span(.class("help"), .text("Excel（.xlsx 或 .xls）或 CSV（UTF-8 或 GBK 编码）。可以是一张表（每人一行，户信息重复），也可以是“农户”和“家庭成员”两张表，以户编号关联；"
                                     + "可另附“帮扶责任人”“帮扶措施”表")))),
                .div(.class("actions"), .button(.type(.submit), .text("上传并检查")),
                     .a(.class("button secondary"), .href(SiteURL.registryExport), .text("导出现有台账（同样的格式）")))),
            .h2(.text("列要求")),
            .table(.class("grid"), .id("registry-import-columns"),
                .thead(.tr(.th(.text("列名")), .th(.text("要求")))),
                .tbody(
                    .tr(.td(.text(RegistryImport.Headers().householdKey.joined(separator: " / "))), .td(.text("必填；同一户的成员户编号相同"))),
                    .tr(.td(.text(RegistryImport.Headers().personKey.joined(separator: " / "))), .td(.text("可选；再次导入时按它匹配成员"))),
                    .tr(.td(.text("行政村代码 / 村代码")), .td(.text("必填，12位统计用区划代码"))),
                    .tr(.td(.text("姓名、身份证号码（证件号码、公民身份号码）、与户主关系")), .td(.text("必填；身份证号码列请设为“文本”格式"))),
                    .tr(.td(.text("其他列")), .td(.text("列名同信息采集表，顺序不限；日期可写 2021-03-05、2021/3/5、2021.03.05 或 2021年3月5日；无关的列忽略"))),
                    .tr(.td(.text("帮扶责任人表（可选）")), .td(.text("户编号、帮扶责任人姓名、工作单位、联系电话（完整号码）、开始帮扶日期；县里已有的同名同电话的帮扶责任人不重复登记"))),
                    .tr(.td(.text("帮扶措施表（可选）")), .td(.text("户编号、帮扶措施（措施类型名称）、针对的风险、开始日期、结束日期、金额（元）、责任单位、状态；该户已有同类型同开始日期的措施不重复登记")))))
            ,
            .if(!m.recent.isEmpty, .group(.h2(.text("最近的导入")),
                .table(.class("grid"), .id("registry-imports"),
                    .thead(.tr(.th(.text("文件")), .th(.text("状态")), .th(.class("num"), .text("户数")), .th(.text("上传人")), .th(.text("时间")))),
                    .tbody(.forEach(m.recent) { r in
                        .tr(.td(.a(.href(SiteURL.registryImport(r.id)), .text(r.filename))), .td(.text(r.stateLabel)),
                            .td(.class("num"), .text(String(r.summary.households))), .td(.text(r.createdBy)), .td(.text(Clock.format(r.createdAt))))
                    }))))
        )
    }

    static func report(_ r: RegistryImportRecord, _ m: Model) -> Node<HTML.BodyContext> {
        if r.state == "checking" {
            let p = m.progress ?? Progress(phase: "排队", percent: 0, interrupted: false)
            return p.interrupted
                ? .group(.div(.class("alert error"), .id("registry-import-state"), .attribute(named: "role", value: "alert"),
                              .text("检查已中断（服务曾重启），未写入任何数据。请重新上传文件。")),
                         .p(.a(.href(SiteURL.registryImport), .text("‹ 返回台账导入"))))
                : .group(.div(.class("card"), .id("registry-import-progress"),
                              .p(.text("正在检查整份文件（\(p.phase)）……本页每2秒自动刷新，可以离开后再回来查看；检查不写入任何数据。")),
                              .element(named: "progress", nodes: [.attribute(named: "max", value: "100"), .attribute(named: "value", value: String(p.percent)),
                                                                 .text("\(p.percent)%")]),
                              .span(.text(" \(p.percent)%")),
                              .element(named: "script", text: "setTimeout(function(){location.reload()},2000)")))
        }
        if r.state == "failed" {
            return .group(.div(.class("alert error"), .id("registry-import-state"), .attribute(named: "role", value: "alert"),
                               .text((r.failure ?? "文件无法检查") + "（未写入任何数据）")),
                          .p(.a(.href(SiteURL.registryImport), .text("‹ 返回台账导入，重新上传"))))
        }
        let s = r.summary
        let wrong = r.lines.filter { $0.state == "有误" }
        let shown = (wrong + r.lines.filter { $0.state != "有误" && $0.state != "无变化" }).prefix(shownLines)
        let deciding = r.state == "checked" && m.canCommit
        let open = { (l: RegistryImportLine) in l.message.isEmpty && (l.state == "新增" || l.state == "更新") }
        // A refused or failed file is taken or declined by nobody: the column is left out.
        let decisions = r.state == "checked" || r.state == "committed"
        return .group(
            .div(.class(r.state == "refused" ? "alert error" : "alert ok"), .id("registry-import-state"), .attribute(named: "role", value: "status"),
                 .text(r.state == "refused" ? "文件中有\(wrong.count)处错误，不能导入，未写入任何数据。请改正后重新上传整份文件。"
                       : r.state == "committed" ? "已导入（\(r.committedBy ?? "")，\(r.committedAt.map(Clock.format) ?? "")）。"
                       : "检查通过，尚未写入。请核对下面的汇总，确认后导入。")),
            .if(m.saved, .div(.class("alert ok"), .id("registry-import-saved"), .text("已保存逐户取舍（尚未导入）。不采纳\(r.declined.count)户。"))),
            .dl(.class("facts"), .id("registry-import-summary"),
                .div(.dt(.text("户数")), .dd(.text("\(s.households)户 \(s.members)人"))),
                .div(.dt(.text("新增")), .dd(.text("\(s.added)户"))),
                .div(.dt(.text("更新")), .dd(.text("\(s.updated)户（新增成员\(s.membersAdded)人，更正成员\(s.membersUpdated)人）"))),
                .div(.dt(.text("无变化")), .dd(.text("\(s.unchanged)户"))),
                .div(.dt(.text("有误")), .dd(.text("\(s.wrong)户"))),
                .if(!r.declined.isEmpty, .div(.dt(.text("不采纳")), .dd(.id("registry-import-declined"),
                    .text("\(r.declined.count)户（\(r.state == "committed" ? "未导入，保持原样" : "确认导入时保持原样")）")))),
                .div(.dt(.text("监测户")), .dd(.text("\(s.monitored)户（建立历史导入的监测事项）"))),
                .unwrap(s.helpers) { .div(.dt(.text("帮扶责任人")), .dd(.id("registry-import-helpers"), .text("新增结对\($0)个（已有的不重复登记）"))) },
                .unwrap(s.measures) { .div(.dt(.text("帮扶措施")), .dd(.id("registry-import-measures"), .text("新增\($0)项（同类型同开始日期的已有措施不重复登记）"))) },
                .div(.dt(.text("文件以外")), .dd(.text("所涉村中\(s.notInFile)户不在文件中，保持不变")))),
            .if(!s.byVillage.isEmpty, .details(.summary(.text("按村统计")),
                .table(.class("grid"), .id("registry-import-villages"),
                    .thead(.tr(.th(.text("村")), .th(.class("num"), .text("户数")))),
                    .tbody(.forEach(s.byVillage.sorted { $0.key < $1.key }) { v in
                        .tr(.td(.text(m.regions.fullName(v.key).isEmpty ? v.key : m.regions.fullName(v.key))), .td(.class("num"), .text(String(v.value))))
                    })))),
            .if(!s.notes.isEmpty, .div(.class("card"), .id("registry-import-notes"), .h3(.text("需要人工处理的差异")),
                .ul(.forEach(s.notes.prefix(200)) { .li(.text($0)) }))),
            .if(deciding,
                .form(.method(.post), .action(SiteURL.registryImportCommit(r.id)), .id("registry-import-commit"),
                      .attribute(named: "data-busy", value: "正在导入，请不要关闭页面……"),
                      .csrfField(m.viewer),
                      .p(.class("muted"), .text("逐行结果中新增和更新的户默认全部采纳；核实后不同意的，取消该户的“采纳”，确认导入时该户保持原样。")),
                      .div(.class("actions"), .button(.type(.submit), .text("确认导入所采纳的户（新增\(s.added)户，更新\(s.updated)户，不采纳的除外）")),
                           .button(.type(.submit), .class("secondary"), .attribute(named: "formaction", value: SiteURL.registryImportDecisions(r.id)),
                                   .attribute(named: "data-busy", value: ""), .text("只保存取舍")),
                           .a(.class("button secondary"), .href(SiteURL.registryImport), .text("放弃"))))),
            .if(!r.lines.isEmpty, .p(.a(.class("button secondary"), .href(SiteURL.registryImportReport(r.id)), .id("registry-import-report"),
                                       .text("下载逐行结果（Excel，\(r.lines.count)行）")))),
            .if(!shown.isEmpty, .group(.h2(.text("逐行结果")),
                .if(r.lines.count > shown.count, .p(.class("muted"), .text(shown.count == shownLines
                    ? "页面列出前\(shown.count)行（有误的在前，无变化的户不列出），全部结果请下载Excel。"
                    : "页面列出有误、新增和更新的\(shown.count)行，无变化的户不列出；全部结果请下载Excel。"))),
                .table(.class("grid"), .id("registry-import-lines"),
                    .thead(.tr(.th(.text("表")), .th(.class("num"), .text("行号")), .th(.text("户编号")), .th(.text("结果")), .th(.text("列")), .th(.text("说明")),
                               .if(decisions, .th(deciding ? .label(.input(.type(.checkbox), .checked(r.declined.isEmpty), .attribute(named: "data-select-all", value: "registry-import-commit"),
                                                            .attribute(named: "aria-label", value: "全部采纳")), .text(" 采纳"))
                                   : .text("采纳"))))),
                    // Rows numbered by their place in the list: one row of the file may carry several problems.
                    .tbody(.forEach(Array(shown.enumerated())) { k, l in
                        .tr(.class(l.state == "有误" ? "fall" : ""), .id("line-\(k + 1)"),
                            .td(.text(l.sheet)), .td(.class("num"), .text(String(l.row))), .td(.text(l.householdKey)),
                            .td(.text(l.state)), .td(.text(l.column ?? "")), .td(.text(l.message.isEmpty ? changesText(l.changes) : l.message)),
                            .if(decisions, .td(.if(open(l), deciding
                                ? .group(.input(.type(.hidden), .name("household[]"), .value(l.householdKey), .attribute(named: "form", value: "registry-import-commit")),
                                         .input(.type(.checkbox), .name("accept[]"), .value(l.householdKey), .checked(!r.declined.contains(l.householdKey)),
                                                .attribute(named: "form", value: "registry-import-commit"),
                                                .attribute(named: "aria-label", value: "采纳户编号\(l.householdKey)")))
                                : .text(r.declined.contains(l.householdKey) ? "不采纳" : "采纳")))))
                    })))),
            .p(.a(.href(SiteURL.registryImport), .text("‹ 返回台账导入")))
        )
    }
}
