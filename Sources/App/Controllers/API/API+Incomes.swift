import Domain
import Vapor

extension API {
    /// A household's yearly income statements.
    enum Incomes {
        /// `GET /api/v1/households/{id}/incomes` → {items: [{year, householdSize, …sub-items, …block totals, netIncome,
        /// perCapitaIncome, version, …}]}, newest year first.
        @Sendable static func index(req: Request) async throws -> Response {
            let p = try req.require(.viewRegistry)
            let h = try await req.registry(p).visibleHousehold(id: try req.idParameter())
            let items = try await RegistryStore.incomes(of: h.id, on: req.db).map(json)
            return try API.response(.object(["items": .array(items), "total": .number(Double(items.count))]))
        }

        /// `POST /api/v1/households/{id}/incomes` {year, householdSize, …sub-items} → 201 with the statement.
        @Sendable static func create(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            _ = try await req.registry(p).editableHousehold(id: id, on: req.db)
            let o = try API.body(req)
            let input = try API.fields(o, table: IncomeFields.table, extra: ["employedMembers"]).merging(try employed(o)) { $1 }
            let r = try await req.registry(p).addIncome(householdID: id, input: input, source: "api")
            let response = try API.response(json(r), status: .created, etag: r.version)
            response.headers.replaceOrAdd(name: .location, value: "/api/v1/households/\(id)/incomes/\(r.year)")
            return response
        }

        /// `PATCH /api/v1/households/{id}/incomes/{year}` {version, …changed fields} → the corrected statement.
        @Sendable static func update(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let id = try req.idParameter()
            _ = try await req.registry(p).editableHousehold(id: id, on: req.db)
            guard let text = req.parameters.get("year"), text.count == 4, let year = Int(text) else {
                throw AppError.badRequest("年度应为4位数字", field: "year", code: "type")
            }
            let o = try API.body(req)
            let version = try API.expectedVersion(req, o)
            let input = try API.fields(o, table: IncomeFields.table, extra: ["version", "employedMembers"]).merging(try employed(o)) { $1 }
            if let sent = input["year"], sent != String(year) {
                throw AppError.badRequest("年度不能更改；请登记新的年度", field: "year", code: "immutable")
            }
            let r = try await req.registry(p).correctIncome(householdID: id, year: year, input: input, expectedVersion: version)
            return try API.response(json(r), etag: r.version)
        }

        /// `POST /api/v1/incomes/imports` (multipart `file`): a file of yearly statements applied all or nothing → 200
        /// {rows, households, added, corrected, unchanged}; with any row wrong 422 with `rows` [{row, householdCode,
        /// message}] and nothing written.
        @Sendable static func importFile(req: Request) async throws -> Response {
            let p = try req.require(.editRegistry)
            let (_, r) = try await IncomesController.runImport(req, p)
            guard r.applied else {
                let rows = Set(r.problems.map(\.row)).count
                throw AppError(status: .unprocessableEntity, code: "rows", message: "\(r.rows)行中有\(rows)行有误，未导入任何数据", field: "file",
                               details: ["rows": .array(r.problems.map { .object(["row": .number(Double($0.row)), "householdCode": .string($0.householdCode),
                                                                                   "message": .string($0.message)]) })])
            }
            return try API.response(.object(["rows": .number(Double(r.rows)), "households": .number(Double(r.households)),
                                             "added": .number(Double(r.added)), "corrected": .number(Double(r.corrected)),
                                             "unchanged": .number(Double(r.unchanged))]))
        }

        /// `employedMembers`: the ids of the members who worked or were employed in the year ([] for none); left out,
        /// it stays as recorded.
        static func employed(_ o: [String: JSON]) throws -> [String: String] {
            guard let v = o["employedMembers"] else { return [:] }
            guard case .array(let list) = v else {
                throw AppError.badRequest("employedMembers应为成员id的数组", field: "employedMembers", code: "type")
            }
            let ids = try list.map { item -> String in
                guard case .string(let id) = item, !id.contains(",") else {
                    throw AppError.badRequest("employedMembers应为成员id的数组", field: "employedMembers", code: "type")
                }
                return id
            }
            return ["employedMembers": ids.joined(separator: ",")]
        }

        static func json(_ r: IncomeRecord) -> JSON {
            var o = API.facts(r.statement.facts, IncomeFields.table)
            for block in IncomeBlock.allCases {
                if let key = block.householdKey { o[key] = .money(r.statement.total(block)) }
            }
            o["rigidExpense"] = .money(r.statement.total(.rigid))
            o["netIncome"] = .money(r.statement.netIncome)
            o["perCapitaIncome"] = .money(r.statement.perCapita)
            o["employedMembers"] = r.statement.employed.map { .array($0.map(JSON.string)) } ?? .null
            o["version"] = .number(Double(r.version))
            o["source"] = .string(r.source)
            o["recordedBy"] = .string(r.recordedBy)
            o["recordedAt"] = .string(Clock.iso(r.recordedAt))
            o["updatedBy"] = .string(r.updatedBy)
            o["updatedAt"] = .string(Clock.iso(r.updatedAt))
            return .object(o)
        }
    }
}
