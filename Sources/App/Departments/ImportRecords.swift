import Domain
import Fluent
import Foundation
import SQLKit

/// Department list imports, their row-by-row report, and the warnings they raised.
struct CreateImports: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("imports")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("department", .string, .required)
            .field("list_type", .string, .required)
            .field("filename", .string, .required)
            .field("sha256", .string, .required)
            .field("encoding", .string, .required)
            .field("state", .string, .required)
            .field("total_rows", .int, .required)
            .field("invalid_rows", .int, .required)
            .field("duplicate_rows", .int, .required)
            .field("matched", .int, .required)
            .field("unmatched", .int, .required)
            .field("repeated", .int, .required)
            .field("warnings", .int, .required)
            .field("new_clues", .int, .required)
            .field("merged", .int, .required)
            .field("new_risks", .int, .required)
            .field("message", .string)
            .field("created_by", .string, .required)
            .field("created_at", .int64, .required)
            .field("finished_at", .int64)
            .create()
        try await db.schema("import_rows")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("import_id", .string, .required)
            .field("list_type", .string, .required)
            .field("row_number", .int, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("id_number", .string)
            .field("name", .string)
            .field("household_id", .string)
            .field("warning_id", .string)
            .field("row_key", .string)
            .create()
        try await db.schema("warnings")
            .field("id", .string, .identifier(auto: false))
            .field("county_code", .string, .required)
            .field("township_code", .string, .required)
            .field("village_code", .string, .required)
            .field("household_id", .string, .required)
            .field("member_id", .string, .required)
            .field("import_id", .string, .required)
            .field("row_number", .int, .required)
            .field("department", .string, .required)
            .field("list_type", .string, .required)
            .field("risk_type", .string, .required)
            .field("reason", .string, .required)
            .field("evidence", .string, .required)
            .field("kind", .string, .required)
            .field("case_id", .string)
            .field("created_on", .string, .required)
            .field("due", .string, .required)
            .field("result", .string)
            .field("result_note", .string)
            .field("verified_by", .string)
            .field("verified_on", .string)
            .create()
        let sql = try db.sql()
        for index in [
            IndexSpec(name: "imports_department", table: "imports", columns: ["department", "created_at"]),
            IndexSpec(name: "imports_sha", table: "imports", columns: ["list_type", "sha256"]),
            IndexSpec(name: "import_rows_import", table: "import_rows", columns: ["import_id", "row_number"]),
            // A row applied once is never applied again, whatever file it comes in.
            IndexSpec(name: "import_rows_key", table: "import_rows", columns: ["list_type", "row_key"], unique: true, condition: "row_key IS NOT NULL"),
            IndexSpec(name: "warnings_township", table: "warnings", columns: ["township_code", "result"]),
            IndexSpec(name: "warnings_department", table: "warnings", columns: ["department", "created_on"]),
            IndexSpec(name: "warnings_household", table: "warnings", columns: ["household_id"]),
        ] { try await index.create(on: sql) }
    }

    func revert(on db: any Database) async throws {
        try await db.schema("warnings").delete()
        try await db.schema("import_rows").delete()
        try await db.schema("imports").delete()
    }
}

/// The large-scale risk indicators a warning counts towards (R17), comma-separated, set at import; the
/// warnings already stored are classified here from their evidence.
struct AddWarningScaleRisk: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("warnings").field("scale_risk", .string).update()
        let sql = try db.sql()
        let sites = Set(try await sql.raw("SELECT code FROM regions WHERE relocation_site = \(bind: true)").all().map { try $0.decode(column: "code", as: String.self) })
        let types = Set(ScaleRiskIndicator.allCases.map(\.listType))
        for row in try await sql.raw("SELECT id, list_type, village_code, evidence FROM warnings").all() {
            let type = try row.decode(column: "list_type", as: String.self)
            guard types.contains(type) else { continue }
            let fields = (try? JSONDecoder().decode([String: String].self, from: Data(try row.decode(column: "evidence", as: String.self).utf8))) ?? [:]
            let value = ScaleRisk.column(ScaleRisk.indicators(listType: type, fields: fields,
                                                              relocationSite: sites.contains(try row.decode(column: "village_code", as: String.self))))
            try await sql.update("warnings").set("scale_risk", to: SQLBind(value)).where("id", .equal, SQLBind(try row.decode(column: "id", as: String.self))).run()
        }
        try await IndexSpec(name: "warnings_scale_risk", table: "warnings", columns: ["scale_risk", "created_on"], condition: "scale_risk IS NOT NULL")
            .create(on: sql)
    }
    func revert(on db: any Database) async throws {
        try await db.schema("warnings").deleteField("scale_risk").update()
    }
}

/// 核实结果 of a warning. "已纳入监测" and "已是监测对象" need a monitored case of the household (the procedure
/// decides who is monitored, not the verification); "转入识别程序" keeps or opens the clue; "不符合纳入条件" with its
/// reason closes the clue the warning raised.
enum WarningResult: String, Labeled {
    case enrolled, alreadyMonitored, toIdentification, notEligible, tracking
    var label: String {
        switch self {
        case .enrolled: return "已纳入监测"
        case .alreadyMonitored: return "已是监测对象"
        case .toIdentification: return "转入识别程序"
        case .notEligible: return "不符合纳入条件"
        case .tracking: return "持续跟踪"
        }
    }
}

package struct ImportRecord: Decodable, Sendable {
    package var id, countyCode, department, listType, filename, sha256, encoding, state, createdBy: String
    package var total, invalid, duplicate, matched, unmatched, repeated, warnings, newClues, merged, newRisks: Int
    var message: String?
    /// A civil-affairs roster: the members whose 享受低保 / 享受特困供养 it changed.
    var statusUpdates: Int?
    var createdAt: Int64
    var finishedAt: Int64?

    /// The columns of the imports table.
    enum CodingKeys: String, CodingKey {
        case id, department, filename, sha256, encoding, state, message, matched, unmatched, repeated, warnings, merged
        case countyCode = "county_code", listType = "list_type", createdBy = "created_by", total = "total_rows", invalid = "invalid_rows"
        case duplicate = "duplicate_rows", newClues = "new_clues", newRisks = "new_risks", createdAt = "created_at", finishedAt = "finished_at"
        case statusUpdates = "status_updates"
    }

    init(row: any SQLRow) throws { self = try row.decode(model: Self.self) }

    var typeName: String { ListCatalogue.name(listType) }
    var stateLabel: String { state == "done" ? "已完成" : state == "failed" ? "失败，数据未改动" : "处理中" }
}

struct ImportRowRecord: Decodable, Sendable {
    var number: Int
    var status: String
    var reason: String?
    var idNumber: String?
    var name: String?
    var householdID: String?

    /// The columns of the import_rows table.
    enum CodingKeys: String, CodingKey {
        case status, reason, name
        case number = "row_number", idNumber = "id_number", householdID = "household_id"
    }

    init(row: any SQLRow) throws { self = try row.decode(model: Self.self) }

    static let labels = ["matched": "已匹配", "warned": "已匹配，产生预警", "unmatched": "台账中无此人", "invalid": "数据有误",
                         "duplicate": "文件内重复", "repeat": "以前已导入"]
    var statusLabel: String { Self.labels[status] ?? status }
}

struct WarningRecord: Sendable {
    var id, townshipCode, villageCode, householdID, importID, department, listType, reason, kind, evidence: String
    var rowNumber: Int
    var risk: RiskType?
    var caseID: String?
    var createdOn: Day
    var due: Day
    var result: WarningResult?
    var resultNote, verifiedBy: String?
    var verifiedOn: Day?

    /// A row of the warnings table (dates read leniently: a text that is not a date counts as none).
    private struct Columns: Decodable {
        var id, townshipCode, villageCode, householdId, importId, department, listType, reason, kind, evidence: String
        var riskType, createdOn, due: String
        var caseId, result, resultNote, verifiedBy, verifiedOn: String?
        var rowNumber: Int
    }

    init(row: any SQLRow) throws {
        let c = try row.record(Columns.self)
        id = c.id; townshipCode = c.townshipCode; villageCode = c.villageCode; householdID = c.householdId
        importID = c.importId; department = c.department; listType = c.listType; reason = c.reason
        kind = c.kind; evidence = c.evidence; rowNumber = c.rowNumber
        risk = RiskType(rawValue: c.riskType); caseID = c.caseId
        createdOn = Day(c.createdOn) ?? Day(firstOfMonth: 2000, 1)
        due = Day(c.due) ?? createdOn
        result = c.result.flatMap(WarningResult.init(rawValue:))
        resultNote = c.resultNote; verifiedBy = c.verifiedBy
        verifiedOn = c.verifiedOn.flatMap(Day.init)
    }

    func deadline(today: Day) -> DeadlineState { DeadlineState.of(due: due, completedOn: verifiedOn, today: today) }
    var kindLabel: String { kind == "clue" ? "新线索" : kind == "merged" ? "并入已有线索" : "监测户新增风险" }
}
