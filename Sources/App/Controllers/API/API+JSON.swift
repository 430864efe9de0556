import Domain
import Vapor

enum API {}

extension API {
    /// A declared field's value as JSON: numbers for counts and amounts, booleans, codes for choices.
    static func json(_ spec: FieldSpec, _ value: FieldValue?) -> JSON {
        guard let value else { return .null }
        switch value {
        case .text(let s): return .string(s)
        case .int(let n): return .number(Double(n))
        case .fixed(let f): return .money(f)
        case .date(let d): return .string(d.description)
        case .bool(let b): return .bool(b)
        case .choice(let c): return .string(c)
        case .multi(let cs): return .array(cs.map(JSON.string))
        }
    }

    static func facts(_ f: Facts, _ table: FieldTable) -> [String: JSON] {
        var out: [String: JSON] = [:]
        for spec in table.specs { out[spec.key] = json(spec, f[spec.key]) }
        return out
    }

    /// `masked`: ID numbers and phones as 450224********1234 and 138****5678 (for roles that may not see them).
    /// `health`: false withholds health and disability facts (null, with `healthWithheld: true`).
    static func household(_ h: HouseholdRecord, regions: RegionDirectory, members: [MemberRecord]? = nil, masked: Bool = false,
                          health: Bool = true) -> JSON {
        var o = facts(h.facts, HouseholdFields.table)
        if masked, let phone = h.facts.text("phone") { o["phone"] = .string(PhoneMask.masked(phone)) }
        o["id"] = .string(h.id)
        o["code"] = .string(h.code)
        o["countyCode"] = .string(h.countyCode)
        o["townshipCode"] = .string(h.townshipCode)
        o["villageName"] = .string(regions.fullName(h.villageCode))
        o["headName"] = h.headName.map(JSON.string) ?? .null
        o["memberCount"] = .number(Double(h.memberCount))
        o["monitored"] = .bool(h.monitoringCategory != nil)
        o["categoryLabel"] = .string(h.categoryLabel)
        o["netIncome"] = h.netIncome.map(JSON.money) ?? .null
        o["perCapitaIncome"] = h.perCapita.map(JSON.money) ?? .null
        o["version"] = .number(Double(h.version))
        o["createdAt"] = .string(Clock.iso(h.createdAt))
        o["updatedAt"] = .string(Clock.iso(h.updatedAt))
        o["dissolved"] = .bool(h.dissolvedAt != nil)
        o["dissolvedReason"] = h.dissolvedReason.map(JSON.string) ?? .null
        if let members { o["members"] = .array(members.map { member($0, masked: masked, health: health) }) }
        return .object(o)
    }

    static func member(_ m: MemberRecord, masked: Bool = false, health: Bool = true) -> JSON {
        var o = facts(m.facts, MemberFields.table)
        if !health {
            for f in PersonalData.healthFields { o[f] = .null }
            o["healthWithheld"] = .bool(true)
        }
        if masked {
            if let id = m.facts.text("idNumber") { o["idNumber"] = .string(IDNumber.masked(id)) }
            if let phone = m.facts.text("phone") { o["phone"] = .string(PhoneMask.masked(phone)) }
            // The birth date is the middle of the ID number: beside a masked number it gives back the hidden digits.
            o["birthDate"] = .null
            o["birthYear"] = m.facts.date("birthDate").map { .number(Double($0.year)) } ?? .null
        }
        o["id"] = .string(m.id)
        o["householdId"] = .string(m.householdID)
        o["version"] = .number(Double(m.version))
        o["active"] = .bool(m.isActive)
        o["joinedAt"] = m.joinedAt.map(JSON.string) ?? .null
        o["joinedEvent"] = m.joinedEvent.map(JSON.string) ?? .null
        o["removedAt"] = m.removedAt.map(JSON.string) ?? .null
        o["removedEvent"] = m.removedEvent.map(JSON.string) ?? .null
        return .object(o)
    }

    static func change(_ c: ChangeRecord, masked: Bool = false, health: Bool = true) -> JSON {
        func show(_ field: String, _ value: String?) -> JSON {
            if !health && PersonalData.isHealth(field: field) { return .string(PersonalData.withheld) }
            guard let value else { return .null }
            return .string(masked ? PersonalData.masked(field: field, value) : value)
        }
        return .object([
            "id": .string(c.id), "memberId": c.memberID.map(JSON.string) ?? .null, "entity": .string(c.entity),
            "action": .string(c.action), "version": .number(Double(c.version)), "actor": .string(c.actor),
            "actorRole": .string(c.actorRole), "at": .string(Clock.iso(c.at)), "summary": .string(c.summary),
            "changes": .array(c.changes.map { .object(["field": .string($0.field), "label": .string($0.label),
                                                       "before": show($0.field, $0.before), "after": show($0.field, $0.after)]) }),
        ])
    }

    static func response(_ body: JSON, status: HTTPStatus = .ok, etag: Int? = nil) throws -> Response {
        let r = Response(status: status)
        try r.content.encode(body, as: .json)
        if let etag { r.headers.replaceOrAdd(name: .eTag, value: "\"\(etag)\"") }
        return r
    }

    /// The JSON object of a request body. Not JSON, or not an object, is a 400 naming the problem.
    static func body(_ req: Request) throws -> [String: JSON] {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else { return [:] }
        guard let data = buffer.getData(at: buffer.readerIndex, length: buffer.readableBytes),
              let value = try? JSONDecoder().decode(JSON.self, from: data) else {
            throw AppError.badRequest("请求内容不是有效的JSON", code: "bad_json")
        }
        guard case .object(let o) = value else { throw AppError.badRequest("请求内容应为JSON对象", code: "bad_json") }
        return o
    }

    /// The declared fields of a body as text for the parser; unknown keys and non-scalar values are refused.
    static func fields(_ o: [String: JSON], table: FieldTable, extra: Set<String>, prefix: String = "") throws -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in o where !extra.contains(key) {
            guard table[key] != nil else {
                throw AppError.badRequest("未知字段：\(prefix)\(key)", field: prefix + key, code: "unknown_field")
            }
            guard let text = value.formText else {
                throw AppError.badRequest("字段\(prefix)\(key)的值类型不正确", field: prefix + key, code: "type")
            }
            out[key] = text
        }
        return out
    }

    /// `version` from the body, or `If-Match: "3"` (an ETag this API gave out).
    static func expectedVersion(_ req: Request, _ o: [String: JSON]) throws -> Int? {
        if let n = try version(in: o) { return n }
        if let header = req.headers.first(name: .ifMatch) {
            let t = header.replacingOccurrences(of: "W/", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            guard let n = Int(t) else { throw AppError.badRequest("If-Match应为本接口返回的ETag，如 \"3\"", field: "If-Match", code: "type") }
            return n
        }
        return nil
    }

    /// `version` from a body (or one item of a list), if given.
    static func version(in o: [String: JSON]) throws -> Int? {
        guard let v = o["version"] else { return nil }
        guard case .decimal(let d) = v, let n = Int(exactly: NSDecimalNumber(decimal: d).doubleValue) else {
            throw AppError.badRequest("version应为整数", field: "version", code: "type")
        }
        return n
    }

    /// `?reveal=idNumber,phone`: which personal numbers the caller asks to see in full on one record. Only a role that
    /// may reveal may ask (403 otherwise); an unknown name is a 400.
    static func reveal(_ req: Request, _ p: Principal, allowed: Set<String>) throws -> Set<String> {
        guard let text = req.queryText("reveal")?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return [] }
        let asked = Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        guard asked.isSubset(of: allowed) else {
            throw AppError.badRequest("reveal应为：" + allowed.sorted().joined(separator: "、"), field: "reveal")
        }
        guard Permissions.allows(p.role, .revealPersonal) else {
            throw AppError.forbidden("您的角色（\(p.role.label)）无权查看完整的身份证号码或电话")
        }
        return asked
    }

    /// The `items` of a bulk body: 1 to `BulkForm.limit` objects, each with an `id` (`verb` names the work in the error
    /// for too many, "核实", "办理"). A body that is not such a list is refused whole (400).
    static func bulkItems(_ o: [String: JSON], verb: String) throws -> [(id: String, item: [String: JSON])] {
        guard case .array(let list)? = o["items"] else { throw AppError.badRequest("请求应含 items 数组", field: "items", code: "required") }
        guard !list.isEmpty else { throw AppError.badRequest("items 不能为空", field: "items", code: "required") }
        guard list.count <= BulkForm.limit else { throw AppError.badRequest("一次最多\(verb)\(BulkForm.limit)条", field: "items", code: "too_many") }
        return try list.enumerated().map { i, value in
            guard case .object(let item) = value else { throw AppError.badRequest("items[\(i)] 应为对象", field: "items[\(i)]", code: "type") }
            guard let id = try string(item, "id"), !id.isEmpty else {
                throw AppError.badRequest("items[\(i)] 缺少 id", field: "items[\(i)].id", code: "required")
            }
            return (id, item)
        }
    }

    static func string(_ o: [String: JSON], _ key: String) throws -> String? {
        guard let v = o[key], v != .null else { return nil }
        guard case .string(let s) = v else { throw AppError.badRequest("\(key)应为字符串", field: key, code: "type") }
        return s
    }
}

extension JSON {
    /// Yuan with two decimals, written as a JSON number without binary floating point.
    static func money(_ f: Fixed2) -> JSON { .decimal(Decimal(string: f.description) ?? 0) }
}
