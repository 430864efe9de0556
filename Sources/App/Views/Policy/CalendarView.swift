import Domain
import Foundation
@preconcurrency import Plot

/// 工作日历: the years in force, one year's months with holidays and adjusted working days, and (for the
/// county admin) the form that adds or corrects a year.
enum CalendarPage {
    struct Model {
        var viewer: Viewer
        var calendar: WorkingCalendar
        var year: Int
        var entered: [Int: CalendarStore.Entered]
        var canEdit: Bool
        var formYear: String = ""
        var formText: String = ""
        var formSource: String = ""
        var errors: [FieldError] = []
        var saved: Int? = nil
        var rules: [DeadlineRule] = []
        var deadline: DeadlineAnswer? = nil
    }

    /// The calculator's answer: a due date, or why there is none.
    struct DeadlineAnswer {
        var rule: DeadlineRule?
        var start: String
        var due: Day?
        var error: String?
    }

    static func view(_ m: Model) -> HTML {
        Layout.document(title: "工作日历", viewer: m.viewer, active: "policy", content: .group(
            .h1(.text("工作日历（法定节假日与调休）")),
            .unwrap(m.saved) { .div(.class("alert ok"), .text("已保存\($0)年的节假日安排，自即刻起用于计算工作日期限。")) },
            .p(.class("muted"), .text("期限按工作日计算时（如5个工作日内答复、10个工作日内落实帮扶措施），周末不计，法定节假日不计，调休上班的周末计入。日历之外的年份无法计算，系统会提示补充。")),
            years(m),
            calculator(m),
            .h2(.text("\(m.year)年")),
            .div(.class("legend"), .span(.class("hol"), .style("background:#ffe3e3;color:#8a1c1c"), .text("法定节假日")),
                 .span(.style("background:#e3ecff;color:#1d3f8a"), .text("调休上班")), .span(.style("color:#b1282e"), .text("周末"))),
            months(m),
            .if(m.canEdit, form(m))
        ))
    }

    static func years(_ m: Model) -> BodyNode {
        let ys = m.calendar.years.keys.sorted()
        return .table(.class("grid"),
            .thead(.tr(.th(.text("年份")), .th(.text("节假日")), .th(.class("num"), .text("放假天数")), .th(.class("num"), .text("调休上班")), .th(.text("来源")))),
            .tbody(.forEach(ys.compactMap { y in m.calendar.years[y].map { (y, $0) } }) { y, s in
                let e = m.entered[y]
                return .tr(
                    .td(.a(.href(SiteURL.calendar(year: y)), .text("\(y)年"))),
                    .td(.text(s.holidays.map(\.name).joined(separator: "、"))),
                    .td(.class("num"), .text(String(s.holidays.reduce(0) { $0 + $1.days }))),
                    .td(.class("num"), .text(String(s.holidays.reduce(0) { $0 + $1.adjustedWorkdays.count }))),
                    .td(.text(e.map { "\(s.source)（\($0.updatedBy)录入，第\($0.version)版，\(Clock.format($0.updatedAt))）" } ?? s.source))
                )
            }))
    }

    /// 期限计算: which day a deadline falls on, for any rule and start date.
    static func calculator(_ m: Model) -> BodyNode {
        let a = m.deadline
        let choices = m.rules.map { Choice(value: $0.key, label: "\($0.name)（\($0.countLabel)）") }
        let select: Node<HTML.FormContext> = FieldForm.select(id: "rule", name: "rule", value: a?.rule?.key ?? "", options: choices)
        let ruleField: Node<HTML.FormContext> = .div(.class("field"), .label(.for("rule"), .text("事项")), select)
        let startBox: Node<HTML.FormContext> = .input(.type(.date), .name("start"), .id("start"), .value(attr(a?.start ?? "")))
        let startMessage: Node<HTML.FormContext> = .unwrap(a?.error) { .div(.class("msg"), .text($0)) }
        let startField: Node<HTML.FormContext> = .div(.class(a?.error == nil ? "field" : "field error"),
                                                      .label(.for("start"), .text("起算日期")), startBox, startMessage)
        var answer: Node<HTML.FormContext> = .empty
        if let due = a?.due {
            let detail = a?.rule.map { "。\($0.name)\($0.countLabel)，自\(a?.start ?? "")起算。" } ?? ""
            answer = .p(.id("deadline-answer"), .strong(.text("截止日期：\(due.chinese)（\(due.weekdayName)）")), .text(detail))
        }
        return .form(.class("card"), .action(SiteURL.calendar), .method(.get), .id("deadline-form"),
            .h3(.text("期限计算")),
            .div(.class("fields"), ruleField, startField),
            .input(.type(.hidden), .name("year"), .value(attr(String(m.year)))),
            .div(.class("actions"), .button(.type(.submit), .text("计算"))),
            answer)
    }

    static func months(_ m: Model) -> BodyNode {
        guard m.calendar.years[m.year] != nil else {
            return .div(.class("alert error"), .text("日历中没有\(m.year)年的安排。"))
        }
        return .div(.class("months"), .forEach(1...12) { month in
            let first = Day(firstOfMonth: m.year, month)
            let count = Day.daysIn(month: month, year: m.year)
            let cells: [Day?] = Array(repeating: nil, count: first.weekdayIndex) + (0..<count).map { Optional(first.adding(days: $0)) }
            let weeks = stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<min($0 + 7, cells.count)]) }
            return .div(.class("month card"),
                .h3(.text("\(month)月")),
                .table(
                    .tr(.forEach(["一", "二", "三", "四", "五", "六", "日"]) { .th(.text($0)) }),
                    .forEach(weeks) { week in
                        .tr(.forEach(week) { day in
                            guard let day, let info = try? m.calendar.info(day) else { return .td() }
                            let cls = info.holiday != nil ? "hol" : info.adjustedFor != nil ? "adj" : day.isWeekend ? "rest" : ""
                            let tip = info.holiday ?? info.adjustedFor ?? (info.workday ? "工作日" : "休息日")
                            return .td(.class(cls), .attribute(named: "title", value: attr("\(day.description) \(day.weekdayName) \(tip)")), .text(String(day.day)))
                        })
                    }
                ))
        })
    }

    static func form(_ m: Model) -> BodyNode {
        let general = m.errors.filter { $0.field != "year" }
        let yearError = m.errors.first { $0.field == "year" }
        return .form(.class("card"), .action(SiteURL.calendar), .method(.post), .id("calendar-form"),
            .h2(.text("录入或更正一年的安排")),
            .p(.class("muted"), .text("按国务院办公厅当年的通知逐行填写：名称 开始日期 结束日期 调休上班日（多个用逗号分隔，没有可省略）。保存后立即生效。")),
            .csrfField(m.viewer),
            .if(!general.isEmpty, .div(.class("alert error"), .ul(.forEach(general) { .li(.text($0.message)) }))),
            .div(.class("fields"),
                .div(.class(yearError == nil ? "field" : "field error"),
                     .label(.for("year"), .text("年份"), .span(.class("req"), .text("*"))),
                     .input(.type(.number), .name("year"), .id("year"), .value(attr(m.formYear))),
                     .unwrap(yearError) { .div(.class("msg"), .text($0.message)) }),
                .div(.class("field"),
                     .label(.for("source"), .text("依据（通知文号）")),
                     .input(.type(.text), .name("source"), .id("source"), .value(attr(m.formSource))))),
            .div(.class(general.isEmpty ? "field" : "field error"),
                 .label(.for("holidays"), .text("节假日安排"), .span(.class("req"), .text("*"))),
                 .textarea(.name("holidays"), .id("holidays"), .attribute(named: "rows", value: "9"), .class("wide"),
                           .attribute(named: "placeholder", value: "元旦 2027-01-01 2027-01-03\n春节 2027-02-05 2027-02-13 2027-02-14,2027-02-20"),
                           .text(m.formText))),
            .div(.class("checks"), .label(.input(.type(.checkbox), .name("replace"), .value("1")), .text(" 该年已有安排时，替换现有安排"))),
            .div(.class("actions"), .button(.type(.submit), .text("保存")))
        )
    }
}
