import Domain
import Fluent
import Foundation
import SQLKit
import XLSX

/// 导出全部台账: every live household of a region in the collection form's layout — households with their monitoring
/// facts, members, helpers and measures, a sheet each, the columns by their Chinese names and households joined by
/// 户编号 — for a county moving its data out and for the registry import to read back. ID numbers and phones are
/// whole only for accounts allowed to export them; a masked file (a township's survey form) says on its first sheet that it
/// can come back corrected but cannot move a county.
package struct RegistryExport {
    /// A county, township or village code: every live household under it.
    var scope: String
    var whole: Bool
    var exporter: String
    var at: Date

    package init(scope: String, whole: Bool, exporter: String, at: Date) {
        self.scope = scope; self.whole = whole; self.exporter = exporter; self.at = at
    }

    static let householdSheet = "农户", memberSheet = "家庭成员", helperSheet = "帮扶责任人", measureSheet = "帮扶措施"
    static let householdHeader = ["户编号", "行政村代码"] + HouseholdFields.table.specs.map(\.label)
    static let memberHeader = ["户编号"] + MemberFields.table.specs.map(\.label)
    static let helperHeader = ["户编号", "帮扶责任人姓名", "工作单位", "联系电话", "帮扶身份", "开始帮扶日期"]
    static let measureHeader = ["户编号", "帮扶措施", "措施性质", "针对的风险", "开始日期", "结束日期", "金额（元）", "责任单位", "状态", "备注"]

    /// The households' column that `scope` is compared with.
    var scopeColumn: String? {
        switch scope.count {
        case 6: "county_code"
        case 9: "township_code"
        case 12: "village_code"
        default: nil
        }
    }

    /// Writes the notes sheet and the four data sheets; returns each data sheet's row count.
    package func write(_ book: StreamingWorkbook, regions: RegionDirectory, on db: any Database) async throws -> [String: Int] {
        guard let column = scopeColumn, scope.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw AppError.badRequest("导出范围应为6位县级、9位乡级或12位村级区划代码", field: "scope")
        }
        let sql = try db.sql()
        try book.startSheet(name: "说明", header: ["项目", "内容"])
        for (k, v) in [("文件内容", "农户台账全部信息：农户（含监测信息）、家庭成员、帮扶责任人、帮扶措施，各表以户编号关联"),
                       ("范围", regions.fullName(scope).isEmpty ? scope : regions.fullName(scope)),
                       ("导出人", exporter), ("导出时间", Clock.format(Int64(at.timeIntervalSince1970))),
                       ("身份证号和电话", whole ? "完整。本文件可用于迁移和重新导入" : "已遮蔽。本文件可在本辖区核实更正后重新导入（已有成员按户编号和遮蔽的证件号对应，新增成员须填完整号码），不能用于迁移"),
                       ("说明", "只含在册农户（已注销的户不在其中）；各表列名与信息采集表一致，行政村代码为12位统计用区划代码"),
                       ("提示", "本表含个人信息，仅限工作使用，严禁外传；导出已记入审计日志")] {
            try book.append([.text(k), .text(v)])
        }

        /// The live households of the scope, a thousand at a time in code order.
        func pages(_ each: ([HouseholdRecord]) async throws -> Void) async throws {
            var last = ""
            while true {
                let ids = try await sql.raw("""
                    SELECT id, code FROM households WHERE \(ident: column) = \(bind: scope) AND dissolved_at IS NULL AND code > \(bind: last)
                    ORDER BY code LIMIT 1000
                    """).all()
                guard let tail = ids.last else { return }
                last = try tail.decode(column: "code", as: String.self)
                let records = try await RegistryStore.households(ids: try ids.map { try $0.decode(column: "id", as: String.self) }, on: db)
                try await each(records.sorted { $0.code < $1.code })
                if ids.count < 1000 { return }
            }
        }
        func codes(_ households: [HouseholdRecord]) -> [String: String] {
            Dictionary(households.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
        }

        try book.startSheet(name: Self.householdSheet, header: Self.householdHeader)
        try await pages { households in
            for h in households {
                try book.append([.text(h.code), .text(h.villageCode)] + HouseholdFields.table.specs.map { Self.cell($0, h.facts, whole: whole, regions: regions) })
            }
        }
        try book.startSheet(name: Self.memberSheet, header: Self.memberHeader)
        try await pages { households in
            let code = codes(households)
            let members = try await RegistryStore.liveMembers(ofHouseholds: households.map(\.id), on: db)
                .sorted { (code[$0.householdID] ?? "", $0.relation == .head ? 0 : 1, $0.id) < (code[$1.householdID] ?? "", $1.relation == .head ? 0 : 1, $1.id) }
            for m in members {
                try book.append([.text(code[m.householdID] ?? "")] + MemberFields.table.specs.map { Self.cell($0, m.facts, whole: whole, regions: regions) })
            }
        }
        try book.startSheet(name: Self.helperSheet, header: Self.helperHeader)
        try await pages { households in
            let code = codes(households)
            let rows = try await sql.raw("""
                SELECT a.household_id, a.helper_id, a.lead, a.origin, a.assigned_on, h.name, h.unit, h.phone FROM household_helpers a JOIN helpers h ON h.id = a.helper_id
                WHERE a.household_id IN (\(binds: households.map(\.id))) AND a.ended_on IS NULL
                """).all()
            var list: [(String, AssignmentRecord)] = []
            for r in rows { list.append((code[try r.decode(column: "household_id", as: String.self)] ?? "", try AssignmentRecord(row: r))) }
            for (c, a) in list.sorted(by: { ($0.0, $0.1.lead ? 0 : 1, $0.1.assignedOn) < ($1.0, $1.1.lead ? 0 : 1, $1.1.assignedOn) }) {
                try book.append([.text(c), .text(a.name), .text(a.unit), .text(whole ? a.phone : PhoneMask.masked(a.phone)), .text(a.role),
                                 Day(a.assignedOn).map { .date($0.description) } ?? .text(a.assignedOn)])
            }
        }
        try book.startSheet(name: Self.measureSheet, header: Self.measureHeader)
        try await pages { households in
            let code = codes(households)
            let rows = try await sql.raw("SELECT * FROM measures WHERE household_id IN (\(binds: households.map(\.id)))").all()
            var list: [(String, MeasureRecord)] = []
            for r in rows { list.append((code[try r.decode(column: "household_id", as: String.self)] ?? "", try MeasureRecord(row: r))) }
            for (c, m) in list.sorted(by: { ($0.0, $0.1.start, $0.1.id) < ($1.0, $1.1.start, $1.1.id) }) {
                try book.append([.text(c), .text(m.type.label), .text(m.type.kind.label), .text(m.risks.map(\.label).joined(separator: "、")),
                                 .date(m.start.description), m.end.map { .date($0.description) } ?? .empty,
                                 m.amount.map { .number($0.description) } ?? .empty, .text(m.unit), .text(m.state.label), .text(m.note ?? "")])
            }
        }
        return book.rowCounts.filter { $0.key != "说明" }
    }

    /// One registry field as a cell: a choice by its label, a region by its name, numbers and dates as such; ID numbers
    /// and phones masked unless `whole`.
    static func cell(_ spec: FieldSpec, _ facts: Facts, whole: Bool, regions: RegionDirectory) -> Cell {
        guard let value = facts[spec.key] else { return .empty }
        switch (spec.kind, value) {
        case (.idNumber, .text(let t)): return .text(whole ? t : IDNumber.masked(t))
        case (.phone, .text(let t)): return .text(whole ? t : PhoneMask.masked(t))
        case (.region, .text(let code)): return .text(regions.fullName(code))
        case (_, .date(let d)): return .date(d.description)
        case (_, .int(let n)): return .integer(n)
        case (_, .fixed(let n)): return .number(n.description)
        default: return .text(spec.display(value))
        }
    }
}
