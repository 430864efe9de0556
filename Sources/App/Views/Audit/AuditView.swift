import Domain
import Foundation
@preconcurrency import Plot

/// 审计日志: newest first, filtered by user, action, record and dates, with the chain's state on top.
enum AuditPage {
    struct Model {
        var viewer: Viewer
        var filters: AuditLog.Filters
        var filterText: [String: String]
        var entries: [AuditLog.Entry]
        var total: Int
        var verification: AuditLog.Verification
        var error: String?
        var lastBackup: BackupSchedule.Last?
        var backupsConfigured = false
    }


    static func backupState(_ m: Model) -> BodyNode {
        if let last = m.lastBackup {
            return last.ok
                ? .div(.class("alert ok"), .id("backup-state"), .text("最近一次自动备份：\(Clock.format(last.at))，文件 \(last.detail)。"))
                : .div(.class("alert error"), .id("backup-state"), .text("最近一次自动备份失败（\(Clock.format(last.at))）：\(last.detail)"))
        }
        return .div(.class("card muted"), .id("backup-state"), .text(m.backupsConfigured
            ? "自动备份已设置，尚未运行过（每天定时运行）。"
            : "未设置自动备份：设置环境变量 FANGPIN_BACKUP_DIR 后，服务每天定时备份数据库（见使用说明“备份与恢复”）。"))
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "审计日志", viewer: m.viewer, active: "audit", content: .group(
            .h1(.text("审计日志")),
            m.verification.ok
                ? .div(.class("alert ok"), .id("chain-state"), .text("哈希链完整：共 \(m.verification.entries) 条记录，逐条校验通过。"))
                : .div(.class("alert error"), .id("chain-state"), .text("哈希链校验未通过：\(m.verification.reason ?? "")")),
            .unwrap(m.error) { .div(.class("alert error"), .text($0)) },
            backupState(m),
            filters(m),
            .div(.class("actions"), .span(.class("muted"), .text("共 \(m.total) 条")),
                 .a(.class("button secondary"), .id("audit-export"),
                    .href(SiteURL.with(SiteURL.audit + "/export.xlsx", ["actor", "action", "entity", "from", "to"].map { ($0, m.filterText[$0]) })), .text("导出Excel"))),
            .table(.class("grid"), .id("audit"),
                .thead(.tr(.th(.class("num"), .text("序号")), .th(.text("时间")), .th(.text("用户")), .th(.text("角色")), .th(.text("地址")),
                           .th(.text("操作")), .th(.text("对象")), .th(.text("内容")))),
                .tbody(.forEach(m.entries) { e in
                    .tr(.td(.class("num"), .text(String(e.seq))), .td(.text(Clock.format(e.at))), .td(.text(e.actor)),
                        .td(.text(AuditText.role(e.role))), .td(.text(e.address)),
                        .td(.text(AuditText.action(e.action))), .td(.text(AuditText.entity(e.entity)), .unwrap(link(e)) { .a(.href($0), .text(" 查看")) }),
                        .td(.class("diff"), .attribute(named: "title", value: attr(String(e.detail.prefix(2000)))), .text(AuditText.detail(e))))
                })),
            pager(m)
        ))
    }

    /// The page of the record an entry is about, where it has one.
    static func link(_ e: AuditLog.Entry) -> String? {
        guard !e.entityID.isEmpty else { return nil }
        switch e.entity {
        case "household": return SiteURL.household(e.entityID)
        case "case": return SiteURL.casePage(e.entityID)
        case "rectification": return "/rectifications/\(e.entityID)"
        default: return nil
        }
    }

    static func filters(_ m: Model) -> BodyNode {
        func box(_ name: String, _ label: String, _ type: HTMLInputType = .text) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(name), .text(label)), .input(.type(type), .name(name), .id(name), .value(attr(m.filterText[name] ?? ""))))
        }
        return .form(.class("filters"), .action(SiteURL.audit), .method(.get),
                     box("actor", "用户名"), box("action", "操作"), box("entity", "对象编号"),
                     box("from", "起始日期", .date), box("to", "截止日期", .date),
                     .button(.type(.submit), .text("查询")), .a(.class("button secondary"), .href(SiteURL.audit), .text("重置")))
    }

    static func pager(_ m: Model) -> BodyNode {
        let pages = max(1, (m.total + m.filters.per - 1) / m.filters.per)
        guard pages > 1 else { return .empty }
        func link(_ page: Int) -> String {
            var q = m.filterText.filter { !$0.value.isEmpty }
            q["page"] = String(page)
            return SiteURL.audit + "?" + q.sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        }
        let p = m.filters.page
        return .div(.class("pager"),
                    .if(p > 1, .a(.href(link(p - 1)), .text("上一页"))),
                    .span(.class("current"), .text("第 \(p) / \(pages) 页")),
                    .if(p < pages, .a(.href(link(p + 1)), .text("下一页"))))
    }
}
