import Domain
import Vapor

/// 减收风险点: the county's list of households where one of the ten income-risk points fired (seed 002), by township,
/// as the last data-quality check found them.
enum IncomeRisksController {
    struct Filters {
        var township = ""
        var point: IncomeRiskPoint?
        var page = 1

        init(_ req: Request) throws {
            township = req.queryText("township") ?? ""
            if !township.isEmpty, township.count != 9 || !township.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw AppError.badRequest("乡镇代码应为9位数字", field: "township")
            }
            if let text = req.queryText("point"), !text.isEmpty {
                guard let p = IncomeRiskPoint(rawValue: text) else {
                    throw AppError.badRequest("风险点应为：" + IncomeRiskPoint.allCases.map { "\($0.rawValue)（\($0.label)）" }.joined(separator: "、"), field: "point")
                }
                point = p
            }
            page = try req.queryPage()
        }

        var query: [(String, String?)] { [("township", township.isEmpty ? nil : township), ("point", point?.rawValue)] }
    }

    static let per = 50

    @Sendable static func page(req: Request) async throws -> Page {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let (rows, total) = try await QualityStore.incomeRisks(within: p.regionScope, township: f.township, point: f.point, page: f.page, per: per, on: req.db)
        let counts = try await QualityStore.incomeRiskCounts(within: p.regionScope, on: req.db)
        let last = try await QualityStore.lastRun(county: String((p.regionScope ?? "").prefix(6)), on: req.db)
        let enabled = req.policy.current.settings.incomeRisk.points
        return req.page {
            IncomeRisksPage.view(.init(viewer: req.viewer(p), rows: rows, total: total, filters: f, counts: counts, regions: req.regions,
                                       checkedAt: last?.startedAt, enabled: enabled, per: per))
        }
    }

    /// `GET /income-risks/export.xlsx`: the list as filtered.
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let spec = ListExport(title: "减收风险点清单", sheet: "减收风险点",
                              filters: [("乡镇", f.township.isEmpty ? "" : req.regions.fullName(f.township)), ("风险点", f.point?.label ?? "")],
                              header: ["农户", "户编号", "所在村", "风险点", "情况", "发现时间"], audit: "income-risks", fallback: "income-risks.xlsx")
        return try await spec.respond(req, p) { add in
            try await ListExport.pages(of: 1000, { try await QualityStore.incomeRisks(within: p.regionScope, township: f.township, point: f.point,
                                                                                         page: $0 / 1000 + 1, per: 1000, on: req.db).0 }) { rows in
                for r in rows {
                    try add([.text("\(r.headName)户"), .text(r.householdCode), .text(req.regions.fullName(r.villageCode)),
                             .text(IncomeRiskPoint.point(rule: r.rule)?.label ?? r.rule), .text(r.message), .text(Clock.format(r.openedAt))])
                }
            }
        }
    }

    /// `GET /api/v1/income-risks?township=&point=&page=`: the same list as JSON, with the counts by township.
    @Sendable static func api(req: Request) async throws -> Response {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let (rows, total) = try await QualityStore.incomeRisks(within: p.regionScope, township: f.township, point: f.point, page: f.page, per: per, on: req.db)
        let counts = try await QualityStore.incomeRiskCounts(within: p.regionScope, on: req.db)
        let items: [JSON] = rows.map { r in
            let point = IncomeRiskPoint.point(rule: r.rule)
            return .object(["householdId": .string(r.householdID), "householdCode": .string(r.householdCode), "headName": .string(r.headName),
                            "villageCode": .string(r.villageCode), "villageName": .string(req.regions.fullName(r.villageCode)),
                            "point": point.map { .string($0.rawValue) } ?? .null, "label": point.map { .string($0.label) } ?? .null,
                            "rule": .string(r.rule), "reason": .string(r.message), "foundAt": .string(Clock.iso(r.openedAt))])
        }
        let byTownship: [JSON] = counts.keys.sorted().map { t in
            .object(["township": .string(t), "townshipName": .string(req.regions.fullName(t)),
                     "points": .object(Dictionary(uniqueKeysWithValues: (counts[t] ?? [:]).compactMap { rule, n in
                         IncomeRiskPoint.point(rule: rule).map { ($0.rawValue, JSON.number(Double(n))) } }))])
        }
        return try API.response(.object(["items": .array(items), "total": .number(Double(total)), "page": .number(Double(f.page)),
                                         "per": .number(Double(per)), "byTownship": .array(byTownship)]))
    }
}
