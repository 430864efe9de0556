import Domain
import Foundation
@preconcurrency import Plot

/// 帮扶走访: the phone-size form, a household's visits, and the per-helper summary with the households not yet visited
/// this quarter.
enum VisitPages {
    struct FormModel {
        var viewer: Viewer
        var household: HouseholdRecord
        var villageName: String
        /// The household's helpers, for an officer recording on one's behalf (empty for a helper recording their own).
        var helpers: [Choice]
        var state: FormState
        var maxFileMB: Int
    }

    static func form(_ m: FormModel) -> HTML {
        let h = m.household, state = m.state
        let onBehalf = m.viewer.principal.role != .helper
        let placed: Set<String> = Set(HelperVisit.fields.specs.map(\.key)).union(["helperId", "files"])
        return Layout.document(title: "记录走访", viewer: m.viewer, active: "cases", content: .group(
            .h1(.text("记录帮扶走访")),
            .div(.class("card"), .id("visit-household"),
                 .p(.strong(.text("\(h.headName ?? "")户")), .text(" \(h.code)")), .p(.class("muted"), .text(m.villageName))),
            .form(.method(.post), .action(SiteURL.householdVisits(h.id)), .id("visit-form"), .class("card narrow"),
                  .attribute(named: "enctype", value: "multipart/form-data"),
                .csrfField(m.viewer),
                .errorSummary(state.unplaced(placed)),
                .if(onBehalf, .div(.class("field" + (state.errors["helperId"] == nil ? "" : " error")),
                    .label(.for("helperId"), .text("代哪位帮扶责任人记录")),
                    FieldForm.select(id: "helperId", name: "helperId", value: state.values["helperId"] ?? "", options: m.helpers, empty: "请选择"),
                    .unwrap(state.errors["helperId"]) { .span(.class("msg"), .text($0)) },
                    .span(.class("help"), .text(m.helpers.isEmpty ? "该户还没有帮扶责任人，请先在帮扶责任人名册中分配。"
                                                                   : "帮扶责任人没有系统账号时由村干部代录，记录中注明“代录”和录入人。")))),
                .div(.class("fields"), .forEach(HelperVisit.fields.specs) { FieldForm.field($0, state: state, prefix: "", villages: []) }),
                .div(.class("field" + (state.errors["files"] == nil ? "" : " error")),
                     .label(.for("files"), .text("走访照片")),
                     .input(.type(.file), .name("files[]"), .id("files"), .attribute(named: "multiple", value: "multiple"),
                            .attribute(named: "accept", value: "image/jpeg,image/png,application/pdf")),
                     .unwrap(state.errors["files"]) { .span(.class("msg"), .text($0)) },
                     .span(.class("help"), .text("可选，最多\(RectificationFiles.maxFiles)张，JPG或PNG照片，每张不超过\(m.maxFileMB) MB"))),
                .div(.class("actions"), .button(.type(.submit), .text("保存走访记录")),
                     .a(.class("button secondary"), .href(SiteURL.household(h.id) + "#visits"), .text("返回农户"))))
        ))
    }

    /// A household's visits, newest first (the household page and 一户一册).
    static func list(_ visits: [VisitRecord], householdID: String, links: Bool) -> BodyNode {
        .if(visits.isEmpty, .p(.class("muted"), .text("暂无走访记录。")), else: .table(.class("grid"), .id("visits"),
            .thead(.tr(.th(.text("走访日期")), .th(.text("帮扶责任人")), .th(.text("见到的人")), .th(.text("了解到的情况")), .th(.text("开展的帮扶")),
                       .th(.text("下一步")), .th(.text("照片")))),
            .tbody(.forEach(visits) { v in
                let found = [("收入", v.income), ("风险", v.risks), ("需求", v.needs)].compactMap { k, t in t.map { "\(k)：\($0)" } }
                return .tr(.td(.text(v.visitedOn.description)),
                    .td(.text(v.helperName), .if(v.onBehalf, .span(.class("badge"), .text("代录：\(v.recordedBy)")))),
                    .td(.text(v.met)), .td(.text(found.joined(separator: "；"))), .td(.text(v.done)), .td(.text(v.nextStep ?? "")),
                    .td(.if(links, .forEach(v.files) { f in
                        .a(.href("/households/\(householdID)/visits/\(v.id)/files/\(f.id)"), .text("照片 "))
                    }, else: .text(v.files.isEmpty ? "" : "\(v.files.count)张"))))
            })))
    }

    struct IndexModel {
        var viewer: Viewer
        var year: Int
        var helpers: [VisitStore.HelperMonths]
        var unvisited: [VisitStore.Unvisited]
        var quarter: (from: Day, to: Day, number: Int)
        var regions: RegionDirectory
        var today: Day
    }

    static func index(_ m: IndexModel) -> HTML {
        let q = m.quarter
        return Layout.document(title: "帮扶走访", viewer: m.viewer, active: "visits", content: .group(
            .h1(.text("帮扶走访情况"), .span(.class("muted"), .text("  \(m.year)年"))),
            .form(.class("filters"), .method(.get), .action(SiteURL.helperVisits),
                  .label(.text("年度"), .input(.type(.number), .name("year"), .id("year"), .value(String(m.year)),
                                             .attribute(named: "min", value: "2000"), .attribute(named: "max", value: "2100"))),
                  .button(.type(.submit), .text("查看"))),
            .h2(.text("各帮扶责任人每月走访次数")),
            .if(m.helpers.isEmpty, .p(.class("muted"), .text("范围内暂无帮扶责任人。")), else: .table(.class("grid"), .id("helper-months"),
                .thead(.tr(.th(.text("姓名")), .th(.text("工作单位")), .th(.class("num"), .text("帮扶户数")),
                           .forEach(1...12) { .th(.class("num"), .text("\($0)月")) }, .th(.class("num"), .text("合计")))),
                .tbody(.forEach(m.helpers) { h in
                    .tr(.td(.text(h.name)), .td(.text(h.unit)), .td(.class("num"), .text(String(h.households))),
                        .forEach(h.months) { .td(.class("num"), .text($0 == 0 ? "" : String($0))) },
                        .td(.class("num"), .text(String(h.months.reduce(0, +)))))
                }))),
            .h2(.id("unvisited"), .text("本季度（第\(q.number)季度，\(q.from)至\(q.to)）尚未走访的监测户"),
                .span(.class("muted"), .text("  共\(m.unvisited.count)户"))),
            .p(.class("muted"), .text("纳入监测、风险未消除、已明确帮扶责任人的户，本季度还没有走访记录的。按季度检查帮扶措施落实情况（巴州年度工作要点）；季度末前进入帮扶责任人和村干部的待办。")),
            .if(m.unvisited.isEmpty, .p(.text("本季度的监测户都已走访。")), else: .table(.class("grid"), .id("unvisited-list"),
                .thead(.tr(.th(.text("农户")), .th(.text("所在村")), .th(.text("帮扶责任人")), .th(.text("上次走访")), .th(.text("")))),
                .tbody(.forEach(m.unvisited) { u in
                    .tr(.td(.a(.href(SiteURL.household(u.householdID)), .text("\(u.headName)户")), .span(.class("muted"), .text(" \(u.code)"))),
                        .td(.text(m.regions.fullName(u.villageCode))), .td(.text(u.helpers)), .td(.text(u.lastVisit?.description ?? "从未走访")),
                        .td(.if(m.viewer.can(.recordMeasures), .a(.href(SiteURL.newVisit(u.householdID)), .text("记录走访")))))
                })))
        ))
    }
}
