import Domain
import Vapor

/// 排查比对 with civil affairs: households the two systems do not agree on (a 低保 household neither monitored nor
/// 脱贫户, a monitored household whose 低保 ended, a 低保边缘 household not monitored), for the township to check.
enum CivilAffairsController {
    struct Filters {
        var township = ""
        var kind: CivilMismatch?
        var page = 1

        init(_ req: Request) throws {
            township = req.queryText("township") ?? ""
            if !township.isEmpty, township.count != 9 || !township.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw AppError.badRequest("乡镇代码应为9位数字", field: "township")
            }
            if let text = req.queryText("kind"), !text.isEmpty {
                guard let k = CivilMismatch(rawValue: text) else {
                    throw AppError.badRequest("比对类型应为：" + CivilMismatch.allCases.map { "\($0.rawValue)（\($0.label)）" }.joined(separator: "、"), field: "kind")
                }
                kind = k
            }
            page = try req.queryPage()
        }

        var query: [(String, String?)] { [("township", township.isEmpty ? nil : township), ("kind", kind?.rawValue)] }
    }

    static let per = 50

    /// The rows in scope and, of them, the filtered ones.
    static func rows(_ req: Request, _ p: Principal, _ f: Filters) async throws -> (all: [CivilStatusStore.ComparisonRow], shown: [CivilStatusStore.ComparisonRow]) {
        let all = try await CivilStatusStore.comparison(within: p.regionScope, today: req.today, on: req.db)
        let shown = all.filter { r in
            (f.township.isEmpty || r.townshipCode == f.township) && (f.kind.map { r.mismatches.contains($0) } ?? true)
        }
        return (all, shown)
    }

    @Sendable static func page(req: Request) async throws -> Page {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let (all, shown) = try await rows(req, p, f)
        let slice = Array(shown.dropFirst((f.page - 1) * per).prefix(per))
        return req.page {
            CivilAffairsPage.view(.init(viewer: req.viewer(p), all: all, rows: slice, total: shown.count, filters: f, regions: req.regions, per: per))
        }
    }

    /// `GET /civil-affairs/export.xlsx`: the list as filtered.
    @Sendable static func export(req: Request) async throws -> Response {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let shown = try await rows(req, p, f).shown
        let spec = ListExport(title: "民政救助对象排查比对清单", sheet: "排查比对",
                              filters: [("乡镇", f.township.isEmpty ? "" : req.regions.fullName(f.township)), ("比对类型", f.kind?.label ?? "")],
                              header: ["农户", "户编号", "所在村", "比对发现", "处理建议", "民政救助状态"], audit: "civil-affairs", fallback: "civil-affairs.xlsx")
        return try await spec.respond(req, p) { add in
            for r in shown {
                try add([.text("\(r.headName)户"), .text(r.householdCode), .text(req.regions.fullName(r.villageCode)),
                         .text(r.mismatches.map(\.label).joined(separator: "；")), .text(r.mismatches.map(\.advice).joined(separator: "；")),
                         .text(r.statuses.map(\.text).joined(separator: "；"))])
            }
        }
    }

    /// `GET /api/v1/civil-affairs/comparison?township=&kind=&page=`: the same list as JSON, with the counts by kind.
    @Sendable static func api(req: Request) async throws -> Response {
        let p = try req.require(.viewQuality)
        let f = try Filters(req)
        let (all, shown) = try await rows(req, p, f)
        let items: [JSON] = shown.dropFirst((f.page - 1) * per).prefix(per).map { r in
            .object(["householdId": .string(r.householdID), "householdCode": .string(r.householdCode), "headName": .string(r.headName),
                     "villageCode": .string(r.villageCode), "villageName": .string(req.regions.fullName(r.villageCode)),
                     "kinds": .array(r.mismatches.map { .string($0.rawValue) }), "labels": .array(r.mismatches.map { .string($0.label) }),
                     "statuses": .array(r.statuses.map { s in .object(["member": .string(s.memberName), "status": .string(s.status.rawValue),
                                                                       "start": .string(s.start.description), "end": s.end.map { .string($0.description) } ?? .null]) })])
        }
        let counts = Dictionary(uniqueKeysWithValues: CivilMismatch.allCases.map { k in (k.rawValue, JSON.number(Double(all.filter { $0.mismatches.contains(k) }.count))) })
        return try API.response(.object(["items": .array(items), "total": .number(Double(shown.count)), "page": .number(Double(f.page)),
                                         "per": .number(Double(per)), "counts": .object(counts)]))
    }
}
