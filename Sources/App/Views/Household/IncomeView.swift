import Domain
import Foundation
import Plot

/// The form of one year's income statement: a new year, or a correction of one entered.
enum IncomeForm {
    struct Model {
        var viewer: Viewer
        var household: HouseholdRecord
        /// The statement corrected; nil for a new year.
        var record: IncomeRecord?
        var state: FormState
        /// The household's members, past and present, for who worked in the year.
        var members: [MemberRecord] = []
    }

    /// The form's values for who worked in the year: the statement's, or on a new year the members the registry marks
    /// as 务工; "not recorded" kept as such.
    static func employedValues(_ employed: [String]?, members: [MemberRecord], newYear: Bool) -> [String: String] {
        if newYear {
            let working = members.filter { $0.isActive && $0.facts.bool("migrantWork") == true }.map(\.id)
            return ["employedMembers": working.joined(separator: ","), "employedShown": "1"]
        }
        guard let employed else { return ["employedShown": "1", "employedUnrecorded": "1"] }
        return ["employedMembers": employed.joined(separator: ","), "employedShown": "1"]
    }

    /// The input the store reads from a posted form: `employedMembers` unless the group says "not recorded".
    static func employedInput(_ form: [String: String]) -> [String: String] {
        guard form["employedShown"] == "1", form["employedUnrecorded"] != "1" else { return [:] }
        return ["employedMembers": form["employedMembers"] ?? ""]
    }

    static func employedGroup(_ m: Model) -> Node<HTML.FormContext> {
        let ticked = Set((m.state.values["employedMembers"] ?? "").split(separator: ",").map(String.init))
        let error = m.state.errors["employedMembers"]
        let shown = m.members.filter { $0.isActive || ticked.contains($0.id) }
        return .fieldset(.id("employed-members"),
            .element(named: "legend", text: "当年务工就业人员"),
            .input(.type(.hidden), .name("employedShown"), .value("1")),
            .div(.class(error == nil ? "field wide" : "field wide error"),
                .div(.class("checks"), .forEach(shown) { member in
                    .label(.input(.type(.checkbox), .name("employedMembers"), .value(attr(member.id)), .checked(ticked.contains(member.id))),
                           .text(member.name + (member.relation.map { "（\($0.label)）" } ?? "") + (member.isActive ? "" : "（已减员）")))
                }),
                .if(m.record != nil, .label(.class("small"), .input(.type(.checkbox), .name("employedUnrecorded"), .value("1"),
                                                                   .checked(m.state.values["employedUnrecorded"] == "1")),
                                            .text("该年度不登记务工就业人员"))),
                .span(.class("help"), .text("勾选该年度外出务工或在本地就业的成员。上年务工就业、本年未就业的成员列入“务工就业”减收风险点。")),
                .unwrap(error) { .div(.class("msg"), .text($0)) }))
    }

    static func view(_ m: Model) -> HTML {
        let h = m.household
        let title = m.record.map { "更正\($0.year)年度收入" } ?? "登记年度收入"
        let action = m.record.map { SiteURL.income(h.id, year: $0.year) } ?? SiteURL.incomes(h.id)
        return Layout.document(title: title, viewer: m.viewer, active: "households",
                               breadcrumbs: [("农户台账", SiteURL.households), (h.code, SiteURL.household(h.id)), (title, nil)], content: .group(
            .h1(.text(title), .span(.class("muted"), .text("  \(h.headName ?? "")户 \(h.code)"))),
            .p(.class("muted"), .text("按年度登记家庭各项收入和支出，填写到分项；未细分的金额填在该类的“其他”项。家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出；人均纯收入 = 家庭纯收入 ÷ 当年家庭人口。理赔收入和刚性支出单独列出，按政策参数计入监测参考收入。")),
            .errorSummary(m.state.unplaced(Set(IncomeFields.table.specs.map(\.key) + ["employedMembers"]))),
            .form(.id("income-form"), .action(action), .method(.post), .novalidate(),
                .csrfField(m.viewer),
                .unwrap(m.record) { .input(.type(.hidden), .name("version"), .value(String($0.version))) },
                FieldForm.sections(IncomeFields.table, state: m.state, villages: [], readOnly: m.record == nil ? [] : ["year"]),
                employedGroup(m),
                .div(.class("actions"),
                     .button(.type(.submit), .text("保存")),
                     .a(.class("button secondary"), .href(SiteURL.household(h.id) + "#incomes"), .text("取消"))))
        ))
    }
}

/// 收入情况 on the household page: the last years side by side, the change of each block from the year before, and a
/// chart of per-capita net income.
enum IncomeSection {
    /// The most years shown side by side.
    static let years = 5

    static func view(_ incomes: [IncomeRecord], household h: HouseholdRecord, canEdit: Bool, line: Fixed2?, members: [MemberRecord] = []) -> BodyNode {
        /// Who worked in a year, by name ("未登记" when the statement does not say).
        func employed(_ r: IncomeRecord) -> String {
            guard let ids = r.statement.employed else { return "未登记" }
            if ids.isEmpty { return "无" }
            return ids.map { id in members.first { $0.id == id }?.name ?? "原成员" }.joined(separator: "、")
        }
        let shown = Array(incomes.prefix(years).reversed())
        let latest = shown.last, previous = shown.count > 1 ? shown[shown.count - 2] : nil
        /// The change from the year before to the newest; `costs`: a rise is the bad direction.
        func change(_ value: (YearlyIncome) -> Fixed2, costs: Bool = false) -> Node<HTML.TableRowContext> {
            guard let l = latest, let p = previous else { return .empty }
            let c = IncomeChange(before: value(p.statement), after: value(l.statement))
            let bad = costs ? c.change.hundredths > 0 : c.change.isNegative
            let sign = c.change.isNegative ? "" : "+"
            return .td(.class(bad ? "num fall" : "num"), .text("\(sign)\(c.change)" + (c.percent.map { "（\($0 >= 0 ? "+" : "")\($0)%）" } ?? "")))
        }
        func row(_ label: String, strong: Bool = false, costs: Bool = false, _ value: @escaping (YearlyIncome) -> Fixed2) -> Node<HTML.TableContext> {
            .tr(.class(strong ? "total" : ""), .th(.text(label)), .forEach(shown) { r in .td(.class("num"), .text(value(r.statement).description)) },
                change(value, costs: costs))
        }
        return .group(
            .h2(.id("incomes"), .text("收入情况")),
            .div(.class("card"),
                .if(shown.isEmpty, .p(.id("no-incomes"), .text("尚未登记收入。"))),
                .if(shown.count > 1, .div(.class("chart-small"), .raw(chart(shown.map { ($0.year, $0.statement.perCapita) }, line: line)))),
                .if(!shown.isEmpty, .table(.class("grid"), .id("income-years"),
                    .thead(.tr(.th(.text("项目（元）")), .forEach(shown) { r in .th(.id("income-\(r.year)"), .class("num"), .text("\(r.year)年")) },
                               .if(previous != nil, .th(.class("num"), .text("较上年"))))),
                    .tbody(
                        .forEach([IncomeBlock.wage, .production, .productionCost, .property, .transfer]) { b in
                            row(b.label, costs: b == .productionCost) { $0.total(b) }
                        },
                        row("家庭纯收入", strong: true) { $0.netIncome },
                        .tr(.th(.text("当年家庭人口")), .forEach(shown) { r in .td(.class("num"), .text("\(r.statement.householdSize)人")) },
                            .if(previous != nil, .td())),
                        row("人均纯收入", strong: true) { $0.perCapita },
                        .tr(.id("income-employed"), .th(.text("务工就业人员")), .forEach(shown) { r in .td(.class("small"), .text(employed(r))) },
                            .if(previous != nil, .td())),
                        row(IncomeBlock.claims.label) { $0.total(.claims) },
                        row(IncomeBlock.rigid.label, costs: true) { $0.total(.rigid) },
                        .tr(.class("muted"), .th(.text("登记人")), .forEach(shown) { r in
                            .td(.class("small"), .text(r.recordedLabel.isEmpty ? "—" : r.recordedLabel),
                                .if(canEdit && h.dissolvedAt == nil, .a(.class("edit-income"), .href(SiteURL.editIncome(h.id, year: r.year)), .text(" 更正"))))
                        }, .if(previous != nil, .td()))
                    ))),
                .if(!shown.isEmpty, details(shown)),
                .if(canEdit && h.dissolvedAt == nil, .div(.class("actions"),
                    .a(.class("button secondary"), .id("add-income"), .href(SiteURL.newIncome(h.id)), .text("登记年度收入")))))
        )
    }

    /// The sub-items of the years shown, those with an amount in any of them.
    static func details(_ shown: [IncomeRecord]) -> BodyNode {
        let items = IncomeFields.items.filter { spec in shown.contains { $0.statement.amounts.fixed(spec.key).map { $0 != .zero } ?? false } }
        return .details(.summary(.text("分项明细")),
            .table(.class("grid"), .id("income-items"),
                .thead(.tr(.th(.text("分项（元）")), .forEach(shown) { r in .th(.class("num"), .text("\(r.year)年")) })),
                .tbody(.forEach(items) { spec in
                    .tr(.th(.text("\(spec.section) · \(spec.label)")),
                        .forEach(shown) { r in .td(.class("num"), .text(r.statement.amounts.fixed(spec.key)?.description ?? "—")) })
                })))
    }

    /// Per-capita net income by year as columns, with the monitoring line when known.
    static func chart(_ points: [(year: Int, value: Fixed2)], line: Fixed2?) -> String {
        let width = 560, height = 236, top = 50, bottom = 30, left = 10
        let values = points.map { Double($0.value.hundredths) / 100 } + [line.map { Double($0.hundredths) / 100 } ?? 0]
        let maximum = max(1, values.max() ?? 1)
        let plot = Double(height - top - bottom)
        let slot = (width - left) / max(1, points.count)
        let title = "人均纯收入（元）"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"income-chart\" aria-label=\"\(title)\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" font-family=\"Noto Sans CJK SC, sans-serif\">"
        out += "<text x=\"0\" y=\"20\" font-size=\"16\" font-weight=\"700\" fill=\"#1f2933\">\(title)</text>"
        for (i, p) in points.enumerated() {
            let v = max(0, Double(p.value.hundredths) / 100)
            let h = Int(plot * v / maximum)
            let x = left + i * slot
            let fell = i > 0 && p.value < points[i - 1].value
            out += "<rect x=\"\(x + slot / 4)\" y=\"\(height - bottom - h)\" width=\"\(slot / 2)\" height=\"\(max(h, 1))\" fill=\"\(fell ? "#b1282e" : "#3e7c17")\" rx=\"3\"/>"
            out += "<text x=\"\(x + slot / 2)\" y=\"\(height - bottom - h - 5)\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1f2933\">\(p.value.plain)</text>"
            out += "<text x=\"\(x + slot / 2)\" y=\"\(height - bottom + 18)\" font-size=\"13\" text-anchor=\"middle\" fill=\"#323f4b\">\(p.year)年</text>"
        }
        if let line {
            let y = height - bottom - Int(plot * Double(line.hundredths) / 100 / maximum)
            out += "<line x1=\"\(left)\" x2=\"\(width)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#d97706\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            out += "<line x1=\"\(width - 150)\" x2=\"\(width - 122)\" y1=\"15\" y2=\"15\" stroke=\"#d97706\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            out += "<text x=\"\(width - 4)\" y=\"20\" font-size=\"13\" text-anchor=\"end\" fill=\"#b45309\">监测范围 \(line.plain)元</text>"
        }
        return out + "</svg>"
    }
}
