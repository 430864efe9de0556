import Domain
import Foundation
import Plot

/// The recurring reports on the pages where the work is done: each unit's period, its day, when it was sent, and
/// the 上报 button for the user's own unit.
enum DutyViews {
    static func card(_ statuses: [DutyStore.Status], viewer p: Viewer, regions: RegionDirectory, back: String, notice: String?) -> Node<HTML.BodyContext> {
        guard !statuses.isEmpty else { return .empty }
        return .div(.class("card"), .id("duties"),
            .h3(.text("定期报送")),
            .unwrap(notice) { .div(.class("alert"), .id("duty-notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .table(.class("grid"),
                .thead(.tr(.th(.text("单位")), .th(.text("报送事项")), .th(.text("期间")), .th(.text("期限")), .th(.text("报送日期")),
                           .th(.text("报送人")), .th(.text("状态")), .th(.text("")))),
                .tbody(.forEach(statuses) { s in
                    let own = s.duty.unit(of: p.principal) == s.unit
                    return .tr(.id("duty-\(s.duty.id)-\(s.unit)"),
                        .td(.text(Department(rawValue: s.unit)?.label ?? regions.fullName(s.unit))),
                        .td(.text(s.duty.name), .span(.class("muted"), .text("（\(s.duty.seed)）"))),
                        .td(.text(s.period.label)), .td(.text(s.due.description)), .td(.text(s.sentOn?.description ?? "")),
                        .td(.text(s.sentBy ?? "")), .td(CasesPages.deadlineBadge(s.state)),
                        .td(.if(own && s.sentOn == nil && s.sendable && s.duty.id != "department.push",
                                .form(.method(.post), .action(SiteURL.sendDuty(s.duty.id)), .class("inline"),
                                      .csrfField(p),
                                      .input(.type(.hidden), .name("period"), .value(s.period.code)),
                                      .input(.type(.hidden), .name("back"), .value(attr(back))),
                                      .input(.type(.text), .name("note"), .placeholder("说明（可不填）"), .attribute(named: "maxlength", value: "500")),
                                      .button(.type(.submit), .attribute(named: "data-confirm", value: attr("确认上报\(s.period.label)\(s.duty.name)？上报后不能撤回。")),
                                              .text("上报"))))))
                })))
    }
}
