import Domain
import Foundation
@preconcurrency import Plot

/// A4 pages officials print: the village's public notice and the household's one-household-one-book plan (一户一册).
enum PrintPages {
    static let css = """
    @page{size:A4;margin:18mm 16mm}*{box-sizing:border-box}
    body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","SimSun",serif;font-size:12pt;color:#000;margin:0;background:#fff}
    .sheet{max-width:178mm;margin:0 auto;padding:8mm 0}h1{text-align:center;font-size:18pt;margin:0 0 6mm}
    h2{font-size:13pt;margin:6mm 0 2mm;border-bottom:1px solid #000;padding-bottom:1mm}
    table{width:100%;border-collapse:collapse;margin:2mm 0}th,td{border:1px solid #000;padding:1.5mm 2mm;text-align:left;vertical-align:top;font-size:11pt}
    th{background:#f0f0f0}.num{text-align:right}.sign{display:flex;justify-content:space-between;margin-top:14mm}
    .sign div{width:45%}.right{text-align:right}.muted{color:#555;font-size:10pt}.toolbar{margin:4mm 0;text-align:right}
    .toolbar button{font:inherit;padding:2mm 5mm}
    .page{page-break-after:always;break-after:page}.page:last-child{page-break-after:auto;break-after:auto}
    .boxes span{margin-right:5mm;white-space:nowrap}table.people td,table.people th{font-size:10pt;padding:1mm 1.5mm}
    table.people td:first-child,table.people td:nth-child(2){white-space:nowrap}.blank{display:inline-block;min-width:40mm;border-bottom:1px solid #000}
    @media print{.toolbar{display:none}.sheet{padding:0}}
    """

    static func document(_ title: String, _ body: BodyNode) -> HTML {
        HTML(.lang(.chinese),
             .head(.meta(.charset(.utf8)), .title(attr(title)), .element(named: "style", text: css),
                   .script(.src(Scripts.url), .attribute(named: "defer", value: "defer"))),
             .body(.div(.class("sheet"),
                        .div(.class("toolbar"), .button(.attribute(named: "data-print", value: ""), .text("打印"))),
                        body)))
    }

    // MARK: - Public notice

    struct NoticeRow {
        var headName: String
        var members: Int
        var reason: String
        var start: Day?
    }

    struct NoticeModel {
        var villageName: String
        var elimination: Bool
        var rows: [NoticeRow]
        var noticeDays: Int
        var today: Day
    }

    static func notice(_ m: NoticeModel) -> HTML {
        let villageName = m.villageName, elimination = m.elimination, rows = m.rows, noticeDays = m.noticeDays, today = m.today
        let title = villageName + (elimination ? "防止返贫监测对象风险消除公示" : "防止返贫监测对象识别纳入公示")
        let starts = rows.compactMap(\.start)
        let start = starts.min() ?? today
        let end = (starts.max() ?? today).adding(days: noticeDays - 1)
        return document(title, .group(
            .h1(.text(title)),
            .p(.text(elimination
                ? "经农户申请或入户核查、村级民主评议，以下农户拟标注风险消除，现予以公示："
                : "经农户申请或部门预警、入户核实、村级民主评议，以下农户拟识别纳入防止返贫监测对象，现予以公示：")),
            .table(.id("notice-rows"),
                .thead(.tr(.th(.text("序号")), .th(.text("户主姓名")), .th(.class("num"), .text("家庭人口")),
                           .th(.text(elimination ? "消除方式及依据" : "主要困难（风险）")), .th(.text("公示开始")))),
                .tbody(.forEach(Array(rows.enumerated())) { i, r in
                    .tr(.td(.text(String(i + 1))), .td(.text(r.headName)), .td(.class("num"), .text(String(r.members))), .td(.text(r.reason)),
                        .td(.text(r.start.map(\.chinese) ?? "")))
                })),
            .if(rows.isEmpty, .p(.class("muted"), .text("本村目前没有处于公示期的农户。"))),
            .p(.text("公示期为\(start.chinese)至\(end.chinese)（不少于\(noticeDays)天）。对公示对象有异议的，请在公示期内以书面、电话或当面方式向村民委员会或乡镇人民政府反映。")),
            .div(.class("sign"), .div(), .div(.class("right"), .p(.text(villageName.split(separator: "·").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? villageName)),
                                              .p(.text("村民委员会（盖章）")), .p(.text(today.chinese)))),
            .p(.class("muted"), .text("依据防止返贫动态监测和帮扶工作要求公示；公示内容不含身份证号码等个人敏感信息。"))
        ))
    }

    // MARK: - 入户摸底调查表 (seed 001 附表1)

    struct SurveySheet {
        var household: HouseholdRecord
        var members: [MemberRecord]

        /// The ledger's side of the five checks, as the sheet prints them (附表1: 收入、义务教育、基本医疗、住房、饮水).
        static let ledgerItems = ["人均纯收入", "义务教育", "基本医疗", "住房安全", "饮水安全"]

        var ledger: [(item: String, record: String)] {
            let h = household
            let water = ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"].allSatisfy { h.facts.bool($0) == true }
            return Array(zip(Self.ledgerItems, [
                h.perCapita.map { "\($0)元" } ?? "未填",
                members.contains { $0.facts.choice("schooling", as: SchoolingStatus.self) == .droppedOut } ? "有失学辍学" : "无失学辍学",
                members.contains { $0.facts.choice("medicalInsurance", as: MedicalInsurance.self) == MedicalInsurance.none } ? "有成员未参保" : "均已参保",
                HouseholdFields.table.display("housingGrade", h.facts["housingGrade"]),
                water ? "达标" : "存在不达标项",
            ]))
        }

        /// A member's row: name, relation, masked ID number, age, health (or withheld), labour, schooling, insurance.
        func member(_ m: MemberRecord, showHealth: Bool, today: Day) -> [String] {
            let t = MemberFields.table, f = m.facts
            return [m.name, t.display("relation", f["relation"]), IDNumber.masked(m.idNumber), f.date("birthDate").map { String($0.age(on: today)) } ?? "",
                    showHealth ? t.display("health", f["health"]) : PersonalData.withheld, t.display("labour", f["labour"]),
                    t.display("schooling", f["schooling"]), t.display("medicalInsurance", f["medicalInsurance"])]
        }
    }

    static func boxes(_ options: [String]) -> Node<HTML.BodyContext> {
        .span(.class("boxes"), .forEach(options) { .span(.text("□ " + $0)) })
    }

    struct SurveySheetsModel {
        var villageName: String
        var sheets: [SurveySheet]
        var showHealth: Bool
        var today: Day
        var surveyDate: Day?
        var printedBy: String
    }

    static func surveySheets(_ m: SurveySheetsModel) -> HTML {
        let villageName = m.villageName, sheets = m.sheets, showHealth = m.showHealth, today = m.today, surveyDate = m.surveyDate, printedBy = m.printedBy
        let check = ["相符", "有变化"]
        return document("入户摸底调查表 \(villageName)", .group(
            .if(sheets.isEmpty, .p(.text("本村没有您可打印的农户。"))),
            .forEach(sheets) { sheet in
                let h = sheet.household
                return .div(.class("page"),
                    .h1(.text("防止返贫监测帮扶集中排查入户摸底调查表")),
                    .p(.class("right muted"), .text("\(villageName)　户编号 \(h.code)　打印：\(printedBy)，\(today.chinese)")),
                    .table(.tbody(
                        .tr(.th(.text("户主")), .td(.text(h.headName ?? "")), .th(.text("户类型")), .td(.text(h.categoryLabel))),
                        .tr(.th(.text("家庭人口")), .td(.text("\(h.memberCount)人")), .th(.text("联系电话")), .td(.text(PhoneMask.masked(h.facts.text("phone") ?? ""))))
                    )),
                    .table(.class("people"),
                        .thead(.tr(.forEach(surveyMemberColumns) { $0 == "年龄" ? .th(.class("num"), .text($0)) : .th(.text($0)) }, .th(.text("核实")))),
                        .tbody(.forEach(sheet.members) { m in
                            .tr(.forEach(Array(sheet.member(m, showHealth: showHealth, today: today).enumerated())) { i, v in i == 3 ? .td(.class("num"), .text(v)) : .td(.text(v)) },
                                .td(.text("□相符 □变化")))
                        })),
                    .table(
                        .thead(.tr(.th(.text("项目")), .th(.text("台账记录")), .th(.text("入户核实")))),
                        .tbody(.forEach(Array(sheet.ledger.enumerated())) { i, row in
                            .tr(.td(.text(row.item)), .td(.text(row.record)), .td(boxes(check), .if(i == 0, .span(.class("blank")))))
                        })),
                    .p(.strong(.text("是否在家：")), boxes(["在家", "不在家（情况通过________了解）"])),
                    .p(.strong(.text("发现的风险：")), boxes(RiskType.allCases.map(\.label))),
                    .p(.strong(.text("是否提出监测线索：")), boxes(["是", "否"]), .text("　其他情况："), .span(.class("blank"))),
                    .div(.class("sign"), .div(.p(.text("排查人员签字（3人）：")), .p(.text("日期：" + (surveyDate?.chinese ?? "")))),
                         .div(.p(.text("户主签字：")), .p(.text("日期：" + (surveyDate?.chinese ?? ""))))))
            }
        ))
    }

    static let surveyMemberColumns = ["姓名", "与户主关系", "身份证号码", "年龄", "健康状况", "劳动技能", "在校生状况", "医保"]

    // MARK: - 一户一册

    struct PlanModel {
        var household: HouseholdRecord
        var villageName: String
        var members: [MemberRecord]
        var showHealth: Bool
        var cases: [CaseRecord]
        var helpers: [AssignmentRecord]
        var measures: [MeasureRecord]
        var findings: [AssistanceFinding]
        var visits: [VisitRecord]
        var today: Day
        var printedBy: String
    }

    static func plan(_ m: PlanModel) -> HTML {
        document("一户一册 \(m.household.headName ?? "")户", planBody(m))
    }

    /// 一户一册 of several households (a whole village), each starting on a new page.
    static func plans(_ ms: [PlanModel], villageName: String) -> HTML {
        document("一户一册 \(villageName)", ms.isEmpty ? .p(.text("\(villageName)目前没有风险未消除的监测户。"))
                                                     : .forEach(ms) { .div(.class("page"), planBody($0)) })
    }

    static func planBody(_ m: PlanModel) -> BodyNode {
        let h = m.household
        let t = MemberFields.table
        let year = m.today.year
        let thisYear = m.measures.filter { $0.start.year == year || ($0.end.map { $0.year >= year } ?? ($0.state == .ongoing || $0.state == .planned)) }
        let current = m.cases.first { $0.state.isMonitored } ?? m.cases.first
        return .group(
            .h1(.text("防止返贫监测帮扶“一户一册”")),
            .p(.class("right muted"), .text("户编号 \(h.code)　打印：\(m.printedBy)，\(m.today.chinese)")),
            .h2(.text("一、家庭基本情况")),
            .table(.tbody(
                .tr(.th(.text("户主")), .td(.text(h.headName ?? "")), .th(.text("所在村")), .td(.text(m.villageName))),
                .tr(.th(.text("户类型")), .td(.text(h.categoryLabel)), .th(.text("家庭人口")), .td(.text("\(h.memberCount)人"))),
                .tr(.th(.text("家庭纯收入")), .td(.text(h.netIncome.map { "\($0)元" } ?? "未填")),
                    .th(.text("人均纯收入")), .td(.text(h.perCapita.map { "\($0)元" } ?? "未填"))),
                .tr(.th(.text("住房安全")), .td(.text(HouseholdFields.table.display("housingGrade", h.facts["housingGrade"]))),
                    .th(.text("饮水安全")), .td(.text(["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"]
                        .allSatisfy { h.facts.bool($0) == true } ? "达标" : "存在不达标项")))
            )),
            .h2(.text("二、家庭成员")),
            .table(
                .thead(.tr(.th(.text("姓名")), .th(.text("与户主关系")), .th(.text("身份证号码")), .th(.class("num"), .text("年龄")),
                           .th(.text("健康状况")), .th(.text("劳动技能")), .th(.text("在校生状况")))),
                .tbody(.forEach(m.members.filter(\.isActive)) { mem in
                    let f = mem.facts
                    return .tr(.td(.text(mem.name)), .td(.text(t.display("relation", f["relation"]))), .td(.text(IDNumber.masked(mem.idNumber))),
                               .td(.class("num"), .text(f.date("birthDate").map { String($0.age(on: m.today)) } ?? "")),
                               .td(.text(m.showHealth ? t.display("health", f["health"]) : PersonalData.withheld)),
                               .td(.text(t.display("labour", f["labour"]))), .td(.text(t.display("schooling", f["schooling"]))))
                })),
            .h2(.text("三、监测信息")),
            .table(.tbody(
                .tr(.th(.text("监测对象类别")), .td(.text(h.monitoringCategory?.label ?? "非监测对象")),
                    .th(.text("识别监测时间")), .td(.text(h.facts.date("monitoredSince")?.chinese ?? "—"))),
                .tr(.th(.text("致贫返贫风险")), .td(.text(h.facts.multi("riskTypes", as: RiskType.self).map(\.label).joined(separator: "、"))),
                    .th(.text("当前环节")), .td(.text(current?.state.label ?? "—"))),
                .tr(.th(.text("风险消除")), .td(.attribute(named: "colspan", value: "3"),
                    .text(h.facts.date("eliminatedOn").map { "\($0.chinese)，\(h.facts.choice("eliminationKind", as: EliminationKind.self)?.label ?? "")" } ?? "未消除")))
            )),
            .h2(.text("四、帮扶责任人")),
            .if(m.helpers.isEmpty, .p(.text("尚未明确。"))),
            .if(!m.helpers.isEmpty, .table(
                .thead(.tr(.th(.text("姓名")), .th(.text("工作单位")), .th(.text("联系电话")), .th(.text("明确日期")), .th(.text("")))),
                .tbody(.forEach(m.helpers) { x in
                    .tr(.td(.text(x.name)), .td(.text(x.unit)), .td(.text(x.phone)), .td(.text(x.assignedOn)), .td(.text(x.role)))
                }))),
            .h2(.text("五、\(year)年度帮扶计划与措施")),
            .if(thisYear.isEmpty, .p(.text("本年度尚未制定帮扶措施。"))),
            .if(!thisYear.isEmpty, .table(.id("plan-measures"),
                .thead(.tr(.th(.text("措施")), .th(.text("性质")), .th(.text("针对风险")), .th(.text("起止")), .th(.class("num"), .text("金额（元）")),
                           .th(.text("责任单位")), .th(.text("状态")))),
                .tbody(.forEach(thisYear) { x in
                    .tr(.td(.text(x.type.label)), .td(.text(x.type.kind.label)), .td(.text(x.risks.map(\.label).joined(separator: "、"))),
                        .td(.text("\(x.start)至\(x.end?.description ?? "")")), .td(.class("num"), .text(x.amount?.description ?? "")),
                        .td(.text(x.unit)), .td(.text(x.state.label)))
                }))),
            .h2(.text("六、帮扶走访记录")),
            VisitPages.list(m.visits.filter { $0.visitedOn.year == year }, householdID: h.id, links: false),
            .if(!m.findings.isEmpty, .group(.h2(.text("七、需要改进的问题")), .ul(.forEach(m.findings) { .li(.text($0.message)) }))),
            .div(.class("sign"), .div(.p(.text("户主签字：")), .p(.text("日期："))), .div(.p(.text("帮扶责任人签字：")), .p(.text("日期："))))
        )
    }
}
