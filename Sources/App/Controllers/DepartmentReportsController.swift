import Domain
import Fluent
import SQLKit
import Vapor
import XLSX

/// Seed 003's monthly report on warning verification (townships by the 20th, the county by the 25th), the
/// quarterly real-name ledger pushed to each village, and the list of enrolled households each department serves.
enum DepartmentReportsController {
    struct MonthRow: Sendable {
        var township: String
        var received, verified, enrolled, alreadyMonitored, toIdentification, notEligible, tracking, open, overdue: Int
        var counts: [Int] { [received, verified, enrolled, alreadyMonitored, toIdentification, notEligible, tracking, open, overdue] }
        static let columns = 9
    }

    struct LateItem: Sendable {
        var township, village, head, department, list, reason: String
        var due: Day
    }

    static func month(_ raw: String?, today: Day) throws -> (Day, Day) {
        let text = raw ?? String(today.description.prefix(7))
        let parts = text.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let first = Day(year: y, month: m, day: 1) else {
            throw AppError.badRequest("月份格式应为 YYYY-MM，如 2026-11", field: "month")
        }
        return (first, first.adding(months: 1).adding(days: -1))
    }

    static func monthly(_ req: Request, _ p: Principal, from: Day, to: Day) async throws -> ([MonthRow], [LateItem]) {
        let today = req.today
        var byTownship: [String: MonthRow] = [:]
        var late: [LateItem] = []
        for (w, headName) in try await WarningStore.created(within: p.regionScope, from: from, to: to, on: req.db) {
            var m = byTownship[w.townshipCode] ?? MonthRow(township: w.townshipCode, received: 0, verified: 0, enrolled: 0, alreadyMonitored: 0,
                                                            toIdentification: 0, notEligible: 0, tracking: 0, open: 0, overdue: 0)
            m.received += 1
            switch w.result {
            case .enrolled?: m.enrolled += 1; m.verified += 1
            case .alreadyMonitored?: m.alreadyMonitored += 1; m.verified += 1
            case .toIdentification?: m.toIdentification += 1; m.verified += 1
            case .notEligible?: m.notEligible += 1; m.verified += 1
            case .tracking?: m.tracking += 1; m.verified += 1
            case nil: m.open += 1
            }
            let state = w.deadline(today: today)
            if state == .overdue || state == .metLate {
                m.overdue += 1
                late.append(LateItem(township: req.regions.fullName(w.townshipCode), village: req.regions[w.villageCode]?.name ?? w.villageCode,
                                     head: headName, department: Department(rawValue: w.department)?.label ?? w.department,
                                     list: ListCatalogue.name(w.listType), reason: state == .overdue ? "逾期未核实（期限\(w.due)）" : "逾期核实（\(w.verifiedOn?.description ?? "")）",
                                     due: w.due))
            }
            byTownship[w.townshipCode] = m
        }
        return (byTownship.values.sorted { $0.township < $1.township }, late.sorted { $0.due < $1.due })
    }

    /// The month's report with its due dates: townships by the 20th and the county by the 25th of the next month.
    struct MonthlyReport: Sendable {
        var from, to, townshipDue, countyDue: Day
        var rows: [MonthRow]
        var late: [LateItem]
        var monthText: String { String(from.description.prefix(7)) }
        static let header = ["乡镇", "收到预警", "已核实", "纳入监测", "已是监测对象", "转入识别程序", "不符合条件", "持续跟踪", "未核实", "逾期"]
        var total: [Int] { rows.reduce(into: Array(repeating: 0, count: MonthRow.columns)) { sum, row in sum = zip(sum, row.counts).map(+) } }
    }

    static func monthlyReport(_ req: Request, _ p: Principal) async throws -> MonthlyReport {
        let (from, to) = try month(req.queryText("month"), today: req.today)
        let (rows, late) = try await monthly(req, p, from: from, to: to)
        // The policy's deadline rules (seed 003: townships by the 20th, the county by the 25th of the next month).
        let next = Day(firstOfMonth: to.year, to.month + 1)
        let rules = req.policy.current.rules
        func due(_ key: String, _ fallback: Int) -> Day {
            guard let rule = rules.first(where: { $0.key == key }) ?? DeadlineRule.seedDefaults.first(where: { $0.key == key }) else {
                return next.adding(days: fallback - 1)
            }
            return (try? rule.due(from: next, calendar: req.calendar)) ?? next.adding(days: fallback - 1)
        }
        return MonthlyReport(from: from, to: to, townshipDue: due("township.report", 20), countyDue: due("county.report", 25), rows: rows, late: late)
    }

    static func monthlyXLSX(_ req: Request, _ p: Principal, _ r: MonthlyReport) async throws -> Response {
        let cells: [[Cell]] = r.rows.map { row in [.text(req.regions.fullName(row.township))] + row.counts.map(Cell.integer) }
        let lateSheet = Sheet(name: "逾期事项", header: ["乡镇", "村", "户主", "部门", "名单", "情况"],
                              rows: r.late.map { [.text($0.township), .text($0.village), .text($0.head), .text($0.department), .text($0.list), .text($0.reason)] })
        let about = Sheet.exportNote(p, at: req.now, [("月份", r.monthText), ("报送期限", "乡镇 \(r.townshipDue) 前，县级 \(r.countyDue) 前")])
        let data = try XLSXWriter.write([Sheet(name: "预警核实月报", header: MonthlyReport.header,
                                               rows: cells + [[.text("合计")] + r.total.map(Cell.integer)]), lateSheet, about])
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.warningReport", entity: "export", entityID: r.from.description)
        return .download(data, kind: .xlsx, name: "风险预警线索核实情况报告-\(r.monthText).xlsx", fallback: "report.xlsx")
    }

    /// `GET /warnings/report?month=YYYY-MM` (and `&format=xlsx`).
    @Sendable static func report(req: Request) async throws -> Response {
        let p = try req.require(.verifyWarnings)
        let r = try await monthlyReport(req, p)
        if req.queryText("format") == "xlsx" { return try await monthlyXLSX(req, p, r) }
        // 上报 of this month's report: the township's own; the county's, with each township's beside it.
        let store = req.duties, period = DutyPeriod.month(of: r.from)
        var owed: [DutyStore.Status] = []
        for duty in ReportingDuty.all where duty.page == "/warnings/report" {
            if let unit = duty.unit(of: p), let s = try await store.dated(duty, unit: unit, period: period) { owed.append(s) }
        }
        if p.role == .countyAdmin, let town = ReportingDuty.duty("township.report"), let scope = p.regionScope {
            for t in req.regions.children(of: scope) where t.level == .township {
                if let s = try await store.dated(town, unit: t.code, period: period) { owed.append(s) }
            }
        }
        let duties = DutyViews.card(owed, viewer: req.viewer(p), regions: req.regions, back: "/warnings/report?month=\(r.monthText)", notice: req.queryText("notice"))
        return try await req.page {
            DepartmentPages.monthly(.init(viewer: req.viewer(p), month: r.monthText, rows: r.rows, late: r.late, regions: req.regions,
                                    townshipDue: r.townshipDue, countyDue: r.countyDue, duties: duties))
        }.encodeResponse(for: req)
    }

    /// `GET /villages/:code/ledger.xlsx?quarter=YYYYQn`: the village's real-name ledger with the quarter's department pushes.
    @Sendable static func villageLedger(req: Request) async throws -> Response {
        let p = try req.require(.exportRegistry)
        guard let code = req.parameters.get("code"), req.regions[code]?.level == .village, let scope = p.regionScope,
              RegionCode.contains(scope: scope, code: code) else { throw AppError.notFound("村") }
        let q = req.queryText("quarter") ?? "\(req.today.year)Q\((req.today.month - 1) / 3 + 1)"
        guard q.count == 6, let year = Int(q.prefix(4)), let n = Int(q.suffix(1)), (1...4).contains(n), q.dropFirst(4).first == "Q" else {
            throw AppError.badRequest("季度格式应为 YYYYQn，如 2026Q4", field: "quarter")
        }
        let from = Day(firstOfMonth: year, (n - 1) * 3 + 1), to = from.adding(months: 3).adding(days: -1)
        let t = MemberFields.table, ht = HouseholdFields.table
        let ledger: [[Cell]] = try await RegistryStore.ledger(village: code, on: req.db).map { r in
            [.text(r.code), .text(r.name), .text(IDNumber.masked(r.idNumber)),
             .text(t.display("relation", r.relation.map(FieldValue.choice))),
             .text(ht.display("category", r.category.map(FieldValue.choice))),
             .text(ht.display("monitoringCategory", r.monitoringCategory.map(FieldValue.choice))),
             .text(r.eliminatedOn.map { _ in "已消除" } ?? ""),
             .text(t.display("labour", r.labour.map(FieldValue.choice)))]
        }
        let changes: [[Cell]] = try await WarningStore.pushed(toVillage: code, from: from, to: to, on: req.db).map { w, householdCode, headName in
            [.text(householdCode), .text(headName),
             .text(Department(rawValue: w.department)?.label ?? w.department), .text(ListCatalogue.name(w.listType)),
             .text(w.reason), .date(w.createdOn.description), .text(w.result?.label ?? "待核实")]
        }
        let about = Sheet.exportNote(p, at: req.now, [("村", req.regions.fullName(code)), ("季度", "\(year)年第\(n)季度（\(from)至\(to)）"),
                                   ("用途", "季度乡村人口实名制台账：入户走访时核对并标注动态变化（巴州年度工作要点 一、(一)2–4）。身份证号码已遮挡。")])
        let data = try XLSXWriter.write([Sheet(name: "乡村人口实名制台账", header: ["户编号", "姓名", "身份证号码", "与户主关系", "户类型", "监测对象类别", "风险消除", "劳动技能"], rows: ledger),
                                         Sheet(name: "本季度部门推送", header: ["户编号", "户主", "部门", "名单", "内容", "推送日期", "核实结果"], rows: changes), about])
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.villageLedger", entity: "village", entityID: code, detail: ["quarter": .string(q)])
        return .download(data, kind: .xlsx, name: "\(req.regions[code]?.name ?? code)-实名制台账-\(q).xlsx", fallback: "ledger.xlsx")
    }

    struct EnrolledRow: Sendable {
        var code, village, head, category, since: String
        var members: Int
        var risks: [RiskType]
    }

    /// Monitored households with open risks that the department's policies serve (R21).
    static func enrolledRows(_ req: Request, _ p: Principal) async throws -> (Department, [EnrolledRow]) {
        guard let dept = Department(rawValue: req.parameters.get("code") ?? "") else { throw AppError.notFound("部门") }
        if p.role == .departmentOfficer, p.scope != dept.rawValue { throw AppError.notFound("部门") }
        let county = p.regionScope.map { String($0.prefix(6)) } ?? req.regions.counties.first?.code ?? ""
        return (dept, try await RegistryStore.openMonitored(county: county, on: req.db).compactMap { h in
            let mine = h.risks.filter(dept.risks.contains)
            guard !mine.isEmpty else { return nil }
            return EnrolledRow(code: h.code, village: h.villageCode, head: h.headName ?? "", category: h.monitoringCategory,
                               since: h.monitoredSince ?? "", members: h.memberCount, risks: mine)
        })
    }

    /// `GET /departments/:code/enrolled.xlsx` (and `/api/v1/departments/{code}/enrolled.xlsx`).
    @Sendable static func enrolled(req: Request) async throws -> Response {
        let p = try req.require(.viewDepartmentData)
        let (dept, rows) = try await enrolledRows(req, p)
        let cells: [[Cell]] = rows.map { r in
            [.text(r.code), .text(req.regions.fullName(r.village)), .text(r.head), .integer(r.members),
             .text(MonitoringCategory(rawValue: r.category)?.label ?? ""), .text(r.since), .text(r.risks.map(\.label).joined(separator: "、"))]
        }
        let data = try XLSXWriter.write([
            Sheet(name: "监测对象名单", header: ["户编号", "所在村", "户主", "家庭人口", "监测对象类别", "识别监测时间", "相关风险"], rows: cells),
            Sheet.exportNote(p, at: req.now, [("部门", dept.label), ("范围", "纳入监测且风险未消除、风险类型属于本部门政策的农户（" + dept.risks.map(\.label).joined(separator: "、") + "）")]),
        ])
        try await AuditLog.record(on: req.db, req.auditActor(p), action: "export.departmentEnrolled", entity: "department", entityID: dept.rawValue)
        return .download(data, kind: .xlsx, name: "\(dept.label)-监测对象名单-\(req.today).xlsx", fallback: "enrolled.xlsx")
    }
}

extension API {
    enum DepartmentReports {
        /// `GET /api/v1/warnings/report?month=YYYY-MM`: the monthly report as JSON, late items named.
        @Sendable static func monthly(req: Request) async throws -> Response {
            let p = try req.require(.verifyWarnings)
            let r = try await DepartmentReportsController.monthlyReport(req, p)
            let keys = ["received", "verified", "enrolled", "alreadyMonitored", "toIdentification", "notEligible", "tracking", "open", "overdue"]
            func counts(_ values: [Int]) -> [String: JSON] { Dictionary(uniqueKeysWithValues: zip(keys, values.map { JSON.number(Double($0)) })) }
            return try API.response(.object([
                "month": .string(r.monthText), "townshipDue": .string(r.townshipDue.description), "countyDue": .string(r.countyDue.description),
                "rows": .array(r.rows.map { row in
                    .object(counts(row.counts).merging(["townshipCode": .string(row.township), "township": .string(req.regions.fullName(row.township))]) { a, _ in a })
                }),
                "total": .object(counts(r.total)),
                "late": .array(r.late.map { l in
                    .object(["township": .string(l.township), "village": .string(l.village), "head": .string(l.head), "department": .string(l.department),
                             "list": .string(l.list), "reason": .string(l.reason), "due": .string(l.due.description)])
                }),
            ]))
        }

        /// `GET /api/v1/warnings/report.xlsx?month=YYYY-MM`.
        @Sendable static func monthlyXLSX(req: Request) async throws -> Response {
            let p = try req.require(.verifyWarnings)
            return try await DepartmentReportsController.monthlyXLSX(req, p, try await DepartmentReportsController.monthlyReport(req, p))
        }

        /// `GET /api/v1/departments/{code}/enrolled`: the same list as the .xlsx push, as JSON.
        @Sendable static func enrolled(req: Request) async throws -> Response {
            let p = try req.require(.viewDepartmentData)
            let (dept, rows) = try await DepartmentReportsController.enrolledRows(req, p)
            return try API.response(.object([
                "department": .string(dept.rawValue), "total": .number(Double(rows.count)),
                "items": .array(rows.map { r in
                    .object(["code": .string(r.code), "villageCode": .string(r.village), "head": .string(r.head), "members": .number(Double(r.members)),
                             "monitoringCategory": .string(r.category), "monitoredSince": r.since.isEmpty ? .null : .string(r.since),
                             "risks": .array(r.risks.map { .string($0.rawValue) })])
                }),
            ]))
        }
    }
}
