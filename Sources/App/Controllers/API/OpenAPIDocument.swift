import Domain

/// The OpenAPI 3 description of `/api/v1`. Field schemas come from the same tables the server validates
/// with, so the document cannot drift from what the server accepts.
enum OpenAPIDocument {
    static func make() -> JSON {
        .object([
            "openapi": .string("3.0.3"),
            "info": .object(["title": .string("Fangpin 防返贫动态监测 API"), "version": .string("1.0.0"),
                             "description": .string("农户台账与行政区划接口。先 POST /api/v1/auth/login 取得 token，再以 Authorization: Bearer <token> 调用。错误统一为 {\"error\":{\"code\",\"message\",\"field\"}}。")]),
            "servers": .array([.object(["url": .string("/")])]),
            "components": .object([
                "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer")])]),
                "schemas": schemas,
            ]),
            "security": .array([.object(["bearer": .array([])])]),
            "paths": paths,
        ])
    }

    static func ref(_ name: String) -> JSON { .object(["$ref": .string("#/components/schemas/\(name)")]) }
    static func type(_ t: String, _ extra: [String: JSON] = [:]) -> JSON {
        var o = extra
        o["type"] = .string(t)
        return .object(o)
    }
    static func nullable(_ t: String, _ extra: [String: JSON] = [:]) -> JSON {
        var o = extra
        o["type"] = .string(t)
        o["nullable"] = .bool(true)
        return .object(o)
    }

    static func schema(of spec: FieldSpec) -> JSON {
        var extra: [String: JSON] = ["description": .string(spec.label + (spec.help.map { "；\($0)" } ?? ""))]
        switch spec.kind {
        case .text(let max):
            extra["maxLength"] = .number(Double(max))
            return nullable("string", extra)
        case .phone: return nullable("string", extra)
        case .idNumber:
            extra["pattern"] = .string("^[0-9]{17}[0-9Xx]$")
            return nullable("string", extra)
        case .region:
            extra["pattern"] = .string("^[0-9]{12}$")
            return nullable("string", extra)
        case .date:
            extra["format"] = .string("date")
            return nullable("string", extra)
        case .integer(let r):
            extra["minimum"] = .number(Double(r.lowerBound))
            extra["maximum"] = .number(Double(r.upperBound))
            return nullable("integer", extra)
        case .fixed2:
            extra["minimum"] = .number(0)
            extra["multipleOf"] = .decimal(0.01)
            return nullable("number", extra)
        case .bool: return nullable("boolean", extra)
        case .choice(let cs):
            extra["enum"] = .array(cs.map { .string($0.value) } + [.null])
            extra["description"] = .string(spec.label + "：" + cs.map { "\($0.value)=\($0.label)" }.joined(separator: "，"))
            return nullable("string", extra)
        case .multiChoice(let cs, let max):
            extra["maxItems"] = .number(Double(max))
            extra["items"] = .object(["type": .string("string"), "enum": .array(cs.map { .string($0.value) })])
            extra["description"] = .string(spec.label + "：" + cs.map { "\($0.value)=\($0.label)" }.joined(separator: "，"))
            return nullable("array", extra)
        }
    }

    static func properties(_ table: FieldTable) -> [String: JSON] {
        Dictionary(uniqueKeysWithValues: table.specs.map { ($0.key, schema(of: $0)) })
    }

    static var schemas: JSON {
        var household = properties(HouseholdFields.table)
        for (k, v) in ["id": type("string"), "code": type("string"), "countyCode": type("string"), "townshipCode": type("string"),
                       "villageName": type("string"), "headName": nullable("string"), "memberCount": type("integer"),
                       "monitored": type("boolean"), "categoryLabel": type("string"), "netIncome": nullable("number"),
                       "perCapitaIncome": nullable("number"), "version": type("integer"),
                       "createdAt": type("string", ["format": .string("date-time")]), "updatedAt": type("string", ["format": .string("date-time")]),
                       "dissolved": type("boolean"), "dissolvedReason": nullable("string"),
                       "members": type("array", ["items": ref("Member")])] { household[k] = v }
        var member = properties(MemberFields.table)
        for (k, v) in ["id": type("string"), "householdId": type("string"), "version": type("integer"), "active": type("boolean"),
                       "joinedAt": nullable("string"), "joinedEvent": nullable("string"), "removedAt": nullable("string"),
                       "removedEvent": nullable("string"),
                       "birthYear": nullable("integer")] { member[k] = v }
        // Masked answers give the birth year instead of the date (the date is the middle of the ID number).
        member["birthDate"] = nullable("string")
        var householdInput = properties(HouseholdFields.table)
        householdInput["members"] = type("array", ["items": ref("MemberInput"), "minItems": .number(1),
                                                   "description": .string("成员，须含一名 relation=head 的户主")])
        var householdPatch = properties(HouseholdFields.table)
        householdPatch["version"] = type("integer", ["description": .string("打开时的版本；也可用 If-Match 头")])
        var memberInput = properties(MemberFields.table)
        var memberCreate = memberInput
        memberCreate["event"] = type("string", ["enum": .array(MembershipEvent.additions.map { .string($0.rawValue) })])
        memberCreate["eventDate"] = type("string", ["format": .string("date")])
        memberCreate["note"] = type("string")
        memberInput["version"] = type("integer")
        let required = { (t: FieldTable) -> JSON in .array(t.specs.filter(\.required).map { .string($0.key) }) }
        let memberRequired = JSON.array(MemberFields.table.specs.filter(\.required).map { .string($0.key) })
        return .object([
            "Error": .object(["type": .string("object"), "required": .array([.string("error")]), "properties": .object([
                "error": .object(["type": .string("object"), "required": .array([.string("code"), .string("message")]), "properties": .object([
                    "code": type("string"), "message": type("string", ["description": .string("中文说明")]), "field": nullable("string"),
                ])]),
                "errors": type("array", ["items": .object(["type": .string("object")])]),
            ])]),
            "Household": .object(["type": .string("object"), "properties": .object(household)]),
            "HouseholdInput": .object(["type": .string("object"), "required": required(HouseholdFields.table), "additionalProperties": .bool(false),
                                       "properties": .object(householdInput)]),
            "HouseholdPatch": .object(["type": .string("object"), "additionalProperties": .bool(false), "properties": .object(householdPatch)]),
            "HouseholdListItem": .object(["type": .string("object"), "required": .array(["id", "code", "villageCode", "headName", "category"].map(JSON.string)),
                                          "properties": .object([
                "id": type("string"), "code": type("string"), "villageCode": type("string"), "villageName": type("string"),
                "headName": nullable("string"), "category": nullable("string", ["enum": .array(HouseholdCategory.allCases.map { .string($0.rawValue) } + [.null])]),
                "liftedYear": nullable("integer"), "monitored": type("boolean"), "monitoringCategory": nullable("string"),
                "memberCount": type("integer"), "perCapitaIncome": nullable("number"), "relocated": type("boolean"), "dissolved": type("boolean"),
            ])]),
            "HouseholdList": .object(["type": .string("object"), "properties": .object([
                "items": type("array", ["items": ref("HouseholdListItem")]), "total": type("integer"), "page": type("integer"), "per": type("integer"),
            ])]),
            "Member": .object(["type": .string("object"), "properties": .object(member)]),
            "MemberInput": .object(["type": .string("object"), "required": memberRequired, "additionalProperties": .bool(false),
                                    "properties": .object(properties(MemberFields.table))]),
            "MemberCreate": .object(["type": .string("object"), "required": memberRequired, "additionalProperties": .bool(false),
                                     "properties": .object(memberCreate)]),
            "MemberPatch": .object(["type": .string("object"), "additionalProperties": .bool(false), "properties": .object(memberInput)]),
            "MemberRemoval": .object(["type": .string("object"), "properties": .object([
                "event": type("string", ["enum": .array(MembershipEvent.removals.map { .string($0.rawValue) }), "default": .string("correction")]),
                "eventDate": type("string", ["format": .string("date")]), "note": type("string"), "version": type("integer"),
            ])]),
            "Region": .object(["type": .string("object"), "required": .array([.string("code"), .string("name")]), "properties": .object([
                "code": type("string"), "name": type("string"), "level": type("string", ["enum": .array(RegionLevel.allCases.map { .string($0.rawValue) })]),
                "parentCode": nullable("string"), "fullName": type("string"), "flags": .object(["type": .string("object")]),
            ])]),
            "Change": .object(["type": .string("object"), "properties": .object([
                "id": type("string"), "memberId": nullable("string"), "entity": type("string"), "action": type("string"),
                "version": type("integer"), "actor": type("string"), "actorRole": type("string"),
                "at": type("string", ["format": .string("date-time")]), "summary": type("string"),
                "changes": type("array", ["items": .object(["type": .string("object"), "properties": .object([
                    "field": type("string"), "label": type("string"), "before": nullable("string"), "after": nullable("string")])])]),
            ])]),
            "CalendarDay": .object(["type": .string("object"), "required": .array(["date", "workday", "holiday"].map(JSON.string)), "properties": .object([
                "date": type("string", ["format": .string("date")]), "workday": type("boolean"), "holiday": nullable("string"),
                "adjustedWorkday": type("boolean"), "weekday": type("string"),
            ])]),
            "CalendarDate": .object(["type": .string("object"), "required": .array([.string("date")]), "properties": .object([
                "date": type("string", ["format": .string("date")]), "from": type("string", ["format": .string("date")]), "days": type("integer"),
            ])]),
            "Clue": .object(["type": .string("object"), "required": .array(["channel", "difficulty", "description"].map(JSON.string)),
                             "properties": .object(Dictionary(uniqueKeysWithValues: WorkflowFields.clue.specs.map { ($0.key, schema(of: $0)) }))]),
            "Case": .object(["type": .string("object"), "properties": .object([
                "id": type("string"), "state": type("string", ["enum": .array(CaseState.allCases.map { .string($0.rawValue) })]),
                "stateLabel": type("string"), "channel": type("string"), "householdId": nullable("string"), "villageCode": type("string"),
                "openedOn": type("string", ["format": .string("date")]), "riskTypes": type("array", ["items": type("string")]),
                "category": nullable("string"), "greenChannel": type("boolean"),
                "deadlines": type("array", ["items": .object(["type": .string("object"), "properties": .object([
                    "key": type("string"), "name": type("string"), "due": type("string"), "done": nullable("string"),
                    "state": type("string", ["enum": .array(DeadlineState.allCases.map { .string($0.rawValue) })])])])]),
                "allowedActions": type("array", ["items": type("string")]), "regime": type("string"), "policyVersion": type("integer"),
                "version": type("integer"), "merged": type("boolean"),
                "events": type("array", ["items": .object(["type": .string("object"), "properties": .object([
                    "seq": type("integer"), "action": type("string"), "label": type("string"), "from": type("string"), "to": type("string"),
                    "facts": .object(["type": .string("object")]), "actor": type("string"), "at": type("string"), "policyVersion": type("integer")])])]),
            ])]),
            "Transition": .object(["type": .string("object"), "required": .array([.string("action")]), "properties": .object(
                ["action": type("string", ["enum": .array(CaseAction.allCases.map { .string($0.rawValue) })]),
                 "version": type("integer"), "householdCode": type("string"),
                 "onBehalf": type("boolean", ["description": .string("乡镇或县级代村录入村级步骤（" + CaseAction.allCases.filter(\.recordableOnBehalf).map(\.label).joined(separator: "、")
                                                                     + "）；须先在本环节上传会议记录")])].merging(
                    Dictionary(CaseAction.allCases.flatMap { $0.fields.specs }.map { ($0.key, schema(of: $0)) }, uniquingKeysWith: { a, _ in a })) { a, _ in a }),
                "description": .string("action 及该步骤所需字段，见各 action：" + CaseAction.allCases.map { a in
                    "\(a.rawValue)（\(a.label)）：" + a.fields.specs.map(\.key).joined(separator: ",") }.joined(separator: "；"))]),
            "Correction": .object(["type": .string("object"), "required": .array([.string("reason")]), "properties": .object(
                Dictionary(CaseCorrection.fields.specs.map { ($0.key, schema(of: $0)) }, uniquingKeysWith: { a, _ in a })
                    .merging(["version": type("integer")]) { a, _ in a }),
                "description": .string("只传要更正的字段；空字符串清空该字段。更正后的信息须与事项状态相符")]),
            "Measure": .object(["type": .string("object"), "required": .array(["type", "riskTypes", "startOn", "unit", "state"].map(JSON.string)),
                                "properties": .object(Dictionary(uniqueKeysWithValues: WorkflowFields.measure.specs.map { ($0.key, schema(of: $0)) })
                                    .merging(["id": type("string", ["readOnly": .bool(true)]),
                                              "version": type("integer", ["readOnly": .bool(true), "description": .string("版本：改状态时作为 version 或 If-Match 提交")])]) { a, _ in a })]),
            "Visit": .object(["type": .string("object"), "required": .array(["visitedOn", "met", "done"].map(JSON.string)),
                              "properties": .object(Dictionary(uniqueKeysWithValues: HelperVisit.fields.specs.map { ($0.key, schema(of: $0)) })
                                  .merging(["helperId": type("string", ["description": .string("代录时必填：代哪位帮扶责任人记录（须在帮扶此户）；帮扶责任人本人记录时不填")]),
                                            "id": type("string", ["readOnly": .bool(true)]), "helperName": type("string", ["readOnly": .bool(true)]),
                                            "recordedBy": type("string", ["readOnly": .bool(true)]),
                                            "onBehalf": type("boolean", ["readOnly": .bool(true), "description": .string("是否代录")]),
                                            "photos": type("array", ["readOnly": .bool(true), "items": type("object")])]) { a, _ in a })]),
            "Relief": .object(["type": .string("object"), "required": .array(EmergencyRelief.fields.specs.filter(\.required).map { .string($0.key) }),
                               "properties": .object(Dictionary(uniqueKeysWithValues: EmergencyRelief.fields.specs.map { ($0.key, schema(of: $0)) })
                                   .merging(["id": type("string", ["readOnly": .bool(true)]), "recordedBy": type("string", ["readOnly": .bool(true)]),
                                             "recordedAt": type("string", ["readOnly": .bool(true)])]) { a, _ in a })]),
            "Income": .object(["type": .string("object"), "required": .array(["year", "householdSize"].map(JSON.string)),
                               "description": .string("一个年度的收入情况：分项金额（元，两位小数）、当年家庭人口；各类合计、家庭纯收入和人均纯收入由服务器计算"),
                               "properties": .object(Dictionary(uniqueKeysWithValues: IncomeFields.table.specs.map { ($0.key, schema(of: $0)) })
                                   .merging(Dictionary(uniqueKeysWithValues: (IncomeBlock.allCases.compactMap(\.householdKey) + ["rigidExpense", "netIncome", "perCapitaIncome"])
                                       .map { ($0, type("number", ["readOnly": .bool(true)])) })) { a, _ in a }
                                   .merging(["version": type("integer", ["readOnly": .bool(true), "description": .string("版本：更正时作为 version 或 If-Match 提交")]),
                                             "employedMembers": type("array", ["items": type("string"), "nullable": .bool(true),
                                                                               "description": .string("当年务工就业的成员id（空数组为无人务工就业；null 为该年度未登记）。不传则保持原登记；上年务工就业、本年未就业的成员触发“务工就业”减收风险点")]),
                                             "source": type("string", ["readOnly": .bool(true)]), "recordedBy": type("string", ["readOnly": .bool(true)]),
                                             "recordedAt": type("string", ["readOnly": .bool(true)]), "updatedBy": type("string", ["readOnly": .bool(true)]),
                                             "updatedAt": type("string", ["readOnly": .bool(true)])]) { a, _ in a })]),
            "HelperAssignment": .object(["type": .string("object"), "properties": .object([
                "helperId": type("string"), "name": type("string"), "unit": type("string"), "phone": type("string"),
                "origin": type("boolean", ["description": .string("易地搬迁户的户籍地第二帮扶人（户籍地乡镇、村的工作人员指派时自动认定）")])])]),
            "ImportReport": .object(["type": .string("object"), "properties": .object([
                "id": type("string"), "listType": type("string"), "state": type("string", ["enum": .array(["processing", "done", "failed"].map(JSON.string))]),
                "totalRows": type("integer"), "matched": type("integer"), "unmatched": type("integer"), "invalid": type("integer"),
                "duplicates": type("integer"), "repeated": type("integer"), "warnings": type("integer"), "newClues": type("integer"),
                "merged": type("integer"), "newRisks": type("integer"), "membersUpdated": nullable("integer"), "repeatOf": type("boolean"), "message": nullable("string"),
                "progress": .object(["type": .string("object")]),
                "rows": type("array", ["items": .object(["type": .string("object"), "properties": .object([
                    "row": type("integer"), "status": type("string"), "reason": nullable("string"), "idNumber": nullable("string"),
                    "householdId": nullable("string")])])]),
            ])]),
            "Campaign": object(["kind", "name", "from", "to"], [
                "kind": type("string", ["enum": .array(CampaignKind.allCases.map { .string($0.rawValue) })]), "name": type("string"),
                "scope": type("string"), "from": type("string", ["format": .string("date")]), "to": type("string", ["format": .string("date")]),
                "phases": type("string", ["description": .string("每行：阶段名称,开始日期,结束日期")])]),
            "ScreeningRecord": object(["householdId", "visitedOn", "visitors", "presence"], [
                "householdId": type("string"), "visitedOn": type("string", ["format": .string("date")]), "visitors": type("string"),
                "presence": type("string", ["enum": .array(Presence.allCases.map { .string($0.rawValue) })]),
                "absentSource": type("string", ["enum": .array(AbsentSource.allCases.map { .string($0.rawValue) })]),
                "factsChanged": type("boolean"), "changes": type("string"),
                "risks": type("array", ["items": type("string", ["enum": .array(RiskType.allCases.map { .string($0.rawValue) })])]),
                "raiseClue": type("boolean"), "note": type("string")]),
            "Review": object(["dimension", "state"], ["dimension": type("integer", ["minimum": .number(1), "maximum": .number(8)]),
                "state": type("string", ["enum": .array(ReviewState.allCases.map { .string($0.rawValue) })]), "note": type("string"), "ledger": type("boolean")]),
            "VisitPlan": object(["campaignId", "village", "from", "to", "team"], [
                "campaignId": type("string"), "village": type("string"), "from": type("string", ["format": .string("date")]),
                "to": type("string", ["format": .string("date")]),
                "team": type("array", ["items": object(["name", "role"], ["name": type("string"),
                    "role": type("string", ["enum": .array(VisitorRole.allCases.map { .string($0.rawValue) })])])])]),
            "Rectification": object(["source", "region", "problem", "unit", "person", "measure"], [
                "source": type("string", ["enum": .array(ProblemSource.allCases.map { .string($0.rawValue) })]), "region": type("string"),
                "problem": type("string"), "unit": type("string"), "person": type("string"), "measure": type("string"),
                "due": type("string", ["format": .string("date")]), "householdId": type("string"), "sourceRef": type("string")]),
            "DutyReport": object([], ["period": type("string", ["description": .string("月份 YYYY-MM 或季度 YYYYQn；不填为当前应报期间")]),
                                       "note": type("string")]),
            "Evidence": object(["evidence"], ["evidence": type("string"),
                                              "overrideReason": type("string", ["description": .string("来自数据质量问题且问题尚未关闭时，县级管理员先行销号的理由")])]),
            "Moves": .object(["type": .string("object"), "properties": .object([
                "members": type("array", ["items": .object(["type": .string("object"), "required": .array([.string("id"), .string("relation")]),
                                                             "properties": .object(["id": type("string"), "relation": type("string")])])]),
                "intoHouseholdId": type("string"), "date": type("string", ["format": .string("date")]),
            ])]),
        ])
    }

    static func errors(_ codes: [Int]) -> [String: JSON] {
        var o: [String: JSON] = [:]
        let text = [400: "输入有误", 401: "未登录或令牌失效", 403: "无权操作", 404: "不存在或不在管辖范围内",
                    409: "版本冲突：记录已被他人修改", 422: "字段校验未通过", 428: "未提供所依据的版本（version 或 If-Match）",
                    503: "数据库暂时无法访问"]
        for c in codes {
            o[String(c)] = .object(["description": .string(text[c] ?? "错误"),
                                    "content": .object(["application/json": .object(["schema": ref("Error")])])])
        }
        return o
    }

    static func op(_ summary: String, params: [JSON] = [], body: String? = nil, ok: Int = 200, schema: String?, errors codes: [Int],
                   secured: Bool = true) -> JSON {
        var responses = errors(codes)
        responses[String(ok)] = .object(["description": .string("成功"),
                                         "content": .object(["application/json": .object(["schema": schema.map(ref) ?? .object(["type": .string("object")])])])])
        var o: [String: JSON] = ["summary": .string(summary), "responses": .object(responses)]
        if !params.isEmpty { o["parameters"] = .array(params) }
        if let body {
            o["requestBody"] = .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": ref(body)])])])
        }
        if !secured { o["security"] = .array([]) }
        return .object(o)
    }

    /// A GET that answers with an .xlsx file.
    static func xlsx(_ summary: String, params: [JSON], errors codes: [Int]) -> JSON {
        var responses = errors(codes)
        responses["200"] = .object(["description": .string("Excel 文件"), "content": .object([
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": .object(["schema": type("string", ["format": .string("binary")])])])])
        return .object(["summary": .string(summary), "parameters": .array(params), "responses": .object(responses)])
    }

    static func object(_ required: [String], _ properties: [String: JSON]) -> JSON {
        .object(["type": .string("object"), "required": .array(required.map(JSON.string)), "properties": .object(properties)])
    }

    static func param(_ name: String, _ description: String, in place: String = "query", type t: String = "string") -> JSON {
        .object(["name": .string(name), "in": .string(place), "required": .bool(place == "path"),
                 "description": .string(description), "schema": type(t)])
    }

    static var paths: JSON {
        let id = param("id", "id", in: "path")
        let ifMatch = param("If-Match", "乐观锁：上次取得的ETag，如 \"3\"", in: "header")
        return .object([
            "/healthz": .object(["get": op("健康检查", schema: nil, errors: [], secured: false)]),
            "/readyz": .object(["get": op("就绪检查：数据库可以访问时200，否则503（database_unavailable）", schema: nil, errors: [503], secured: false)]),
            "/metrics": .object(["get": .object([
                "summary": .string("运行指标（Prometheus 文本格式）：请求数与响应时间（按路由和状态）、写入排队、导入和数据质量检查耗时、内存、连接池。"
                    + "可用县级管理员的接口令牌或运行监控令牌（在“接口令牌”页生成），或从设置 FANGPIN_METRICS_ADDRESSES 列出的地址访问"),
                "responses": .object(errors([401, 403]).merging(["200": .object(["description": .string("指标文本"),
                    "content": .object(["text/plain": .object(["schema": type("string")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/openapi.json": .object(["get": op("本文档", schema: nil, errors: [], secured: false)]),
            "/api/v1/auth/login": .object(["post": .object([
                "summary": .string("登录取得 bearer token"), "security": .array([]),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("username"), .string("password")]),
                    "properties": .object(["username": type("string"), "password": type("string")])])])])]),
                "responses": .object(errors([400, 401, 403]).merging(["200": .object(["description": .string("成功"), "content": .object([
                    "application/json": .object(["schema": .object(["type": .string("object"), "required": .array([.string("token")]), "properties": .object([
                        "token": type("string"), "expiresAt": type("string", ["format": .string("date-time")]), "user": .object(["type": .string("object")])])])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/calendar/day": .object(["get": op("某日是否工作日（法定节假日与调休）", params: [
                param("date", "日期 YYYY-MM-DD（日历覆盖年份之内）")], schema: "CalendarDay", errors: [400, 422], secured: false)]),
            "/api/v1/calendar/add-working-days": .object(["get": op("from 之后第 days 个工作日（from 当日不计）", params: [
                param("from", "起算日期 YYYY-MM-DD"), param("days", "工作日数 0–3650", type: "integer")],
                schema: "CalendarDate", errors: [400, 422], secured: false)]),
            "/api/v1/regions": .object(["get": op("行政区划（县、乡镇、村、组）", params: [
                param("parent", "上级代码"), param("level", "county | township | village | group")],
                schema: nil, errors: [400, 401, 403])]),
            "/api/v1/households": .object([
                "get": op("农户列表（按用户辖区过滤）", params: [
                    param("q", "姓名、身份证号或户编号（前缀匹配）"), param("village", "村代码（12位）"), param("township", "乡镇代码（9位）"),
                    param("category", "ordinary | alleviated | monitored"), param("monitored", "true | false"),
                    param("sort", "code | head | size | income | village | category | updated"), param("dir", "asc | desc"),
                    param("page", "页码，从1开始", type: "integer"), param("per", "每页条数 1–200，默认20", type: "integer")],
                    schema: "HouseholdList", errors: [400, 401, 403]),
                "post": op("新建农户（含成员，一并成功或失败）", body: "HouseholdInput", ok: 201, schema: "Household", errors: [400, 401, 403, 422]),
            ]),
            "/api/v1/households/{id}": .object([
                "get": op("农户详情（含成员）。身份证号码和电话对所有角色脱敏，出生日期只给年份（birthYear）；可查看完整信息的角色以 reveal=phone 查看本户电话，每次记入审计日志",
                          params: [id, param("reveal", "phone：查看完整的户联系电话（须有查看权限，记入审计）")], schema: "Household", errors: [400, 401, 403, 404]),
                "patch": op("修改户信息（必须提供 version 或 If-Match，且须为当前版本）", params: [id, ifMatch], body: "HouseholdPatch", schema: "Household",
                            errors: [400, 401, 403, 404, 409, 422, 428]),
            ]),
            "/api/v1/households/{id}/history": .object(["get": op("修改记录（谁、何时、字段、前后值）", params: [id], schema: nil, errors: [401, 404])]),
            "/api/v1/households/{id}/assessment": .object(["get": op("风险研判：监测范围、“三保障”和饮水、9类重点群体、识别条件（含理由）", params: [
                id, param("date", "研判日期 YYYY-MM-DD，默认今天（按当日生效的监测范围）")], schema: nil, errors: [400, 401, 404])]),
            "/api/v1/households/{id}/events": .object(["get": op("人口自然增减记录", params: [id], schema: nil, errors: [401, 404])]),
            "/api/v1/households/{id}/members": .object(["post": op("增员（出生、婚入、迁入、建档登记）", params: [id], body: "MemberCreate", ok: 201,
                                                                     schema: "Member", errors: [400, 401, 403, 404, 422])]),
            "/api/v1/households/{id}/split": .object(["post": op("分户：members=[{id,relation}]，relation 为与新户主关系", params: [id], body: "Moves", ok: 201,
                                                                  schema: "Household", errors: [400, 401, 403, 404, 422])]),
            "/api/v1/households/{id}/merge": .object(["post": op("并户：本户全部成员并入 intoHouseholdId", params: [id], body: "Moves",
                                                                  schema: "Household", errors: [400, 401, 403, 404, 422])]),
            "/api/v1/members/{id}": .object([
                "get": op("成员详情。身份证号码和电话对所有角色脱敏，出生日期只给年份（birthYear）；可查看完整信息的角色以 reveal=idNumber（或 phone，或 idNumber,phone）查看本人完整号码，每次记入审计日志",
                          params: [id, param("reveal", "idNumber、phone 或 idNumber,phone（须有查看权限，记入审计）")], schema: "Member", errors: [400, 401, 403, 404]),
                "patch": op("修改成员（必须提供 version 或 If-Match，且须为当前版本）", params: [id, ifMatch], body: "MemberPatch", schema: "Member",
                            errors: [400, 401, 403, 404, 409, 422, 428]),
                "delete": op("减员（死亡、婚出、迁出；默认为错误登记更正；必须提供 version 或 If-Match）", params: [id, ifMatch, param("event", "减员事由"), param("eventDate", "变动日期")],
                             schema: "Member", errors: [400, 401, 403, 404, 409, 422, 428]),
            ]),
            "/api/v1/members/{id}/make-head": .object(["post": .object([
                "summary": .string("设为户主；formerHeadRelation 为原户主与新户主的关系"), "parameters": .array([id]),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("formerHeadRelation")]),
                    "properties": .object(["formerHeadRelation": type("string")])])])])]),
                "responses": .object(errors([400, 401, 403, 404, 422]).merging(["200": .object(["description": .string("成功"),
                    "content": .object(["application/json": .object(["schema": ref("Member")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/clues": .object(["post": op("登记风险线索（同一户已有办理中的识别时合并，返回200与merged: true）", body: "Clue", ok: 201,
                                                 schema: "Case", errors: [400, 401, 403, 404, 422])]),
            "/api/v1/clues/{id}": .object(["get": op("线索（即监测事项）及其全部办理记录", params: [id], schema: "Case", errors: [401, 403, 404])]),
            "/api/v1/cases/{id}": .object(["get": op("监测事项及其全部办理记录", params: [id], schema: "Case", errors: [401, 403, 404])]),
            "/api/v1/cases/{id}/transitions": .object(["post": op("办理一个步骤：返回新状态；不允许时返回4xx及中文原因（403角色不符、409环节不符或版本冲突、422条件或字段不符、428未提供所依据的版本）",
                                                                 params: [id, ifMatch], body: "Transition", schema: "Case", errors: [400, 401, 403, 404, 409, 422, 428])]),
            "/api/v1/cases/transitions": .object(["post": .object([
                "summary": .string("批量办理（最多500件）：每件单独按程序检查并办理，某件不能办理不影响其他件；按提交顺序返回每件的结果 {results: [{id, ok, error, state, version}]}"),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("items")]),
                    "properties": .object(["items": .object(["type": .string("array"), "maxItems": .number(500), "items": .object([
                        "type": .string("object"), "required": .array([.string("id"), .string("action")]),
                        "description": .string("id、action、version（所依据的版本）及该步骤的字段，字段同单件办理"),
                        "properties": .object(["id": type("string"), "action": type("string"), "version": type("integer")])])])])])])])]),
                "responses": .object(errors([400, 401, 403]).merging(["200": .object(["description": .string("每件的结果"),
                    "content": .object(["application/json": .object(["schema": .object(["type": .string("object"), "properties": .object([
                        "results": .object(["type": .string("array"), "items": .object(["type": .string("object"), "properties": .object([
                            "id": type("string"), "ok": type("boolean"), "state": type("string"), "version": type("integer"),
                            "error": .object(["type": .string("object"), "nullable": .bool(true),
                                              "description": .string("未办理的原因 {code, message, field}")])])])])])])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/cases/{id}/corrections": .object(["post": op("县级管理员更正户的监测信息（类别、识别监测时间、风险类型、风险消除方式与时间），须写明理由；原值和新值记入办理记录（403非县级管理员、409版本冲突、422与事项状态不符或无变化、428未提供版本）",
                                                                 params: [id, ifMatch], body: "Correction", schema: "Case", errors: [400, 401, 403, 404, 409, 422, 428])]),
            "/api/v1/cases/{id}/documents": .object(["post": .object([
                "summary": .string("为当前环节上传材料（multipart/form-data：title 材料名称，file 文件；JPG/PNG/PDF，默认不超过10 MB）"),
                "parameters": .array([id]),
                "requestBody": .object(["required": .bool(true), "content": .object(["multipart/form-data": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("title"), .string("file")]),
                    "properties": .object(["title": type("string"), "file": type("string", ["format": .string("binary")])])])])])]),
                "responses": .object(errors([400, 401, 403, 404, 409, 422]).merging(["201": .object(["description": .string("已保存"),
                    "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/documents/{id}": .object(["get": .object([
                "summary": .string("下载材料（仅能查看该事项的用户）"), "parameters": .array([id]),
                "responses": .object(errors([401, 403, 404]).merging(["200": .object(["description": .string("文件内容"),
                    "content": .object(["application/octet-stream": .object(["schema": type("string", ["format": .string("binary")])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/imports": .object(["post": .object([
                "summary": .string("导入行业部门名单（multipart/form-data：listType 名单类型，file 为 .xlsx、.xls（Excel 97–2003）或 UTF-8/GBK 编码的 .csv）。有效行一次性全部写入或全部不写入；同一文件再次导入返回原结果（200，repeatOf）；超过2000行转入后台处理（202，按 Location 查询进度）。部门上传令牌可用。"),
                "requestBody": .object(["required": .bool(true), "content": .object(["multipart/form-data": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("listType"), .string("file")]),
                    "properties": .object(["listType": type("string", ["enum": .array(ListCatalogue.types.map { .string($0.key) })]),
                                           "file": type("string", ["format": .string("binary")])])])])])]),
                "responses": .object(errors([400, 401, 403, 413, 422]).merging([
                    "201": .object(["description": .string("已导入：逐行结果"), "content": .object(["application/json": .object(["schema": ref("ImportReport")])])]),
                    "200": .object(["description": .string("同一文件已导入过：返回原结果"), "content": .object(["application/json": .object(["schema": ref("ImportReport")])])]),
                    "202": .object(["description": .string("已转入后台处理"), "content": .object(["application/json": .object(["schema": ref("ImportReport")])])]),
                ]) { a, _ in a }),
            ])]),
            "/api/v1/imports/{id}": .object(["get": op("导入结果与进度：逐行 matched / warned / unmatched / invalid / duplicate / repeat 及原因（?status= 筛选）",
                                                      params: [id, param("status", "只看某种结果")], schema: "ImportReport", errors: [400, 401, 403, 404])]),
            "/api/v1/warnings": .object(["get": op("部门预警（乡镇看本辖区，部门看本部门推送的及核实结果）", params: [param("filter", "open | done | all"),
                param("indicator", "规模性风险指标：" + ScaleRiskIndicator.allCases.map { "\($0.rawValue)（\($0.label)）" }.joined(separator: "、")),
                param("region", "区划代码（本辖区内）"), param("since", "预警生成日期不早于 YYYY-MM-DD")],
                                                  schema: nil, errors: [400, 401, 403])]),
            "/api/v1/warnings/report": .object(["get": op("预警核实月报（巴州年度工作要点：乡镇每月20日前、县级25日前报送）：各乡镇收到、核实、纳入、不符合、跟踪、未核实、逾期，及逾期事项",
                                                         params: [param("month", "YYYY-MM，默认本月")], schema: nil, errors: [400, 401, 403])]),
            "/api/v1/warnings/report.xlsx": .object(["get": xlsx("预警核实月报 .xlsx（同 /api/v1/warnings/report）", params: [param("month", "YYYY-MM，默认本月")],
                                                             errors: [400, 401, 403])]),
            "/api/v1/departments/lists": .object(["get": op("部门名单类型目录：列、必填、预警规则与当前阈值（部门用户只看本部门）", schema: nil, errors: [401, 403])]),
            "/api/v1/departments/lists/{key}/template": .object(["get": .object([
                "summary": .string("名单模板（?format=xlsx 默认 | csv）"),
                "parameters": .array([param("key", "名单类型", in: "path"), param("format", "xlsx | csv")]),
                "responses": .object(errors([400, 401, 403, 404]).merging(["200": .object(["description": .string("模板文件"), "content": .object([
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": .object(["schema": type("string", ["format": .string("binary")])]),
                    "text/csv": .object(["schema": type("string")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/departments/{code}/enrolled": .object(["get": op("本部门政策适用的监测对象名单（风险未消除且风险类型属于本部门）", params: [param("code", "部门代码", in: "path")],
                                                                   schema: nil, errors: [401, 403, 404])]),
            "/api/v1/departments/{code}/enrolled.xlsx": .object(["get": xlsx("同上，.xlsx 推送文件", params: [param("code", "部门代码", in: "path")],
                                                                         errors: [401, 403, 404])]),
            "/api/v1/villages/{code}/ledger.xlsx": .object(["get": xlsx("村季度乡村人口实名制台账及本季度部门推送（身份证号遮挡）",
                                                                    params: [param("code", "12位村代码", in: "path"), param("quarter", "YYYYQn，默认本季度")],
                                                                    errors: [400, 401, 403, 404])]),
            "/api/v1/warnings/{id}/verification": .object(["post": .object([
                "summary": .string("登记预警核实结果：result 为 enrolled | alreadyMonitored | notEligible | tracking，notEligible 须有 note"),
                "parameters": .array([id]),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("result")]),
                    "properties": .object(["result": type("string", ["enum": .array(WarningResult.allCases.map { .string($0.rawValue) })]),
                                           "note": type("string")])])])])]),
                "responses": .object(errors([400, 401, 403, 404, 409, 422]).merging(["200": .object(["description": .string("成功"),
                    "content": .object(["application/json": .object(["schema": .object(["type": .string("object")])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/warnings/verifications": .object(["post": .object([
                "summary": .string("批量登记预警核实结果（最多500条）：每条单独核实，某条不能核实不影响其他条；按提交顺序返回每条的结果 {results: [{id, ok, error}]}"),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("items")]),
                    "properties": .object(["items": .object(["type": .string("array"), "maxItems": .number(500), "items": .object([
                        "type": .string("object"), "required": .array([.string("id"), .string("result")]),
                        "properties": .object(["id": type("string"),
                                               "result": type("string", ["enum": .array(WarningResult.allCases.map { .string($0.rawValue) })]),
                                               "reason": type("string", ["description": .string("说明；notEligible 须写理由（也可用 note）")])])])])])])])])]),
                "responses": .object(errors([400, 401, 403]).merging(["200": .object(["description": .string("每条的结果"),
                    "content": .object(["application/json": .object(["schema": .object(["type": .string("object"), "properties": .object([
                        "results": .object(["type": .string("array"), "items": .object(["type": .string("object"), "properties": .object([
                            "id": type("string"), "ok": type("boolean"),
                            "error": .object(["type": .string("object"), "nullable": .bool(true),
                                              "description": .string("未核实的原因 {code, message, field}")])])])])])])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/quality/rules": .object(["get": op("数据质量校验规则：code、description、severity（mustFix 必改 | advisory 非必改）、fields", schema: nil, errors: [401, 403])]),
            "/api/v1/quality/runs": .object(["post": op("对全县运行数据质量检查（后台运行，202；按 Location 查询）", ok: 202, schema: nil, errors: [401, 403, 409])]),
            "/api/v1/quality/runs/{id}": .object(["get": op("检查状态：running | done | failed，及问题数", params: [id], schema: nil, errors: [401, 403, 404])]),
            "/api/v1/quality/findings": .object(["get": op("问题清单 {items, total}", params: [
                param("township", "9位乡镇代码"), param("severity", "mustFix | advisory"), param("state", "open（默认）| closed | all"),
                param("page", "页码", type: "integer"), param("per", "每页条数（最多500）", type: "integer")], schema: nil, errors: [400, 401, 403])]),
            "/api/v1/policy": .object([
                "get": op("现行研判参数与期限规则（第几版、各参数取值与说明、各期限及依据）；ETag 为版本号", schema: nil, errors: [401, 403]),
                "patch": .object([
                    "summary": .string("修改研判参数或期限规则，保存为新版本（县级管理员）。只传要改的键；version 或 If-Match 为所依据的版本（缺少则428），他人已改则409"),
                    "parameters": .array([ifMatch]),
                    "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                        "type": .string("object"),
                        "properties": .object(["version": type("integer"), "note": type("string"),
                                               "settings": .object(["type": .string("object"), "description": .string("参数键 → 值，键见 GET /api/v1/policy 的 settings[].key")]),
                                               "deadlines": .object(["type": .string("object"), "description": .string("期限键 → 天数或日期，键见 deadlines[].key")])])])])])]),
                    "responses": .object(errors([400, 401, 403, 409, 422, 428]).merging(["200": .object(["description": .string("新版本"),
                        "content": .object(["application/json": .object(["schema": type("object")])])])]) { a, _ in a }),
                ]),
            ]),
            "/api/v1/policy/versions": .object(["get": op("研判参数的全部版本（新在前）：修改人、时间、说明", schema: nil, errors: [401, 403])]),
            "/api/v1/policy/thresholds": .object([
                "get": op("本省监测范围（标准）历史、现行标准（inForce）；最后一条已过有效期且无新标准时为 expired", schema: nil, errors: [401, 403]),
                "post": .object([
                    "summary": .string("录入新的监测范围：effectiveFrom 起始日期、perCapita 人均纯收入（元）、basis 依据文件、validTo 有效期至（可不填）；历史不可改写"),
                    "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                        "type": .string("object"), "required": .array([.string("effectiveFrom"), .string("perCapita"), .string("basis")]),
                        "properties": .object(["effectiveFrom": type("string", ["format": .string("date")]), "perCapita": type("number"),
                                               "basis": type("string"), "validTo": type("string", ["format": .string("date")])])])])])]),
                    "responses": .object(errors([400, 401, 403, 409, 422]).merging(["201": .object(["description": .string("已录入"),
                        "content": .object(["application/json": .object(["schema": type("object")])])])]) { a, _ in a }),
                ]),
            ]),
            "/api/v1/policy/reference": .object(["get": op("政策参考数据（2021–2025过渡期与2026年起常态化）：监测对象类别、风险类型、帮扶措施及其开发式/兜底性质、程序步骤与时限、风险消除条件",
                                                          params: [param("date", "YYYY-MM-DD，返回该日适用的口径 inForce")], schema: nil, errors: [400, 401, 403])]),
            "/api/v1/policy/regimes": .object(["get": op("政策口径列表：每个口径的 id（即 /policy/reference 的 key）、名称、validFrom、validTo、适用范围 region 及内容（类别、风险、措施、程序、消除条件、分层分类 layers、监测范围测算 thresholdMethod、沿用过渡期规定的部分 carriedOver、办理时限 limits）；inForce 为今天适用的口径",
                                                        schema: nil, errors: [401, 403])]),
            "/api/v1/policy/regimes/{id}": .object([
                "get": op("一个政策口径及其内容；ETag 为其版本号（0 为系统内置，每次修改加1）", params: [id], schema: nil, errors: [401, 403, 404]),
                "patch": .object([
                    "summary": .string("修改政策口径的内容，保存为新版本（县级管理员）。只传要改的部分；起止日期和适用地区不在此修改。version 或 If-Match 为所依据的版本（缺少则428），他人已改则409；内容不合规（如类别为空、没有开发式措施）则422并指明字段"),
                    "parameters": .array([id, ifMatch]),
                    "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                        "type": .string("object"),
                        "properties": .object([
                            "version": type("integer"), "note": type("string"), "name": type("string"), "basis": type("string"),
                            "thresholdMethod": type("string"),
                            "categories": type("array", ["items": type("string", ["enum": .array(MonitoringCategory.allCases.map { .string($0.rawValue) })])]),
                            "riskTypes": type("array", ["items": type("string", ["enum": .array(RiskType.allCases.map { .string($0.rawValue) })])]),
                            "measureTypes": type("array", ["items": type("object", ["properties": .object([
                                "key": type("string"), "kind": type("string", ["enum": .array(MeasureKind.allCases.map { .string($0.rawValue) })])])])]),
                            "steps": .object(["type": .string("object"), "description": .string("识别步骤（state）→ 时限要求（文字）；线索答复、公示和县级审定的时限由 limits 的天数决定，不在此修改")]),
                            "limits": type("object", ["description": .string("办理时限（整数）：按事项发生时适用的政策口径计算"),
                                                      "properties": .object(Dictionary(uniqueKeysWithValues: ProcedureLimits.Limit.allCases.map {
                                                          ($0.field, type("integer", ["minimum": .number(Double($0.range.lowerBound)),
                                                                                      "maximum": .number(Double($0.range.upperBound)),
                                                                                      "description": .string($0.label + "（" + $0.unit + "）")]))
                                                      }))]),
                            "eliminationConditions": type("array", ["items": type("string")]),
                            "layers": type("array", ["items": type("string", ["enum": .array(AssistanceLayer.allCases.map { .string($0.rawValue) })])]),
                            "carriedOver": type("array", ["items": type("string", ["enum": .array(PolicyRegime.parts.map(JSON.string))])]),
                        ])])])])]),
                    "responses": .object(errors([400, 401, 403, 404, 409, 422, 428]).merging(["200": .object(["description": .string("新版本"),
                        "content": .object(["application/json": .object(["schema": type("object")])])])]) { a, _ in a }),
                ]),
            ]),
            "/api/v1/dashboard": .object(["get": op("总览：农户与监测对象数、类别、风险类型、近12个月新纳入与消除、逾期、必改问题、重点区域、排查覆盖，以及各乡镇（乡镇用户为各村）规模性返贫风险指标（scaleRisk：近期部门预警按原因涉及的户数、未消除风险人口占比、研判提示，本年集中研判次数与最近一次）",
                                                 schema: nil, errors: [401, 403])]),
            "/api/v1/reports": .object(["get": op("报表目录：id、标题、依据、参数（region，按期统计的另有 from、to）", schema: nil, errors: [401, 403])]),
            "/api/v1/reports/{id}": .object(["get": op("报表数据：栏目（people 为按人计，derived 为测算值、无名单链接）、各乡镇或各村的数字（及其农户名单链接、说明）、合计；{id}.xlsx 为同一张表的Excel",
                                                       params: [param("id", "报表id（加 .xlsx 为Excel）", in: "path"), param("region", "区划代码，默认本辖区"),
                                                                param("from", "YYYY-MM-DD，默认当年1月1日"), param("to", "YYYY-MM-DD，默认今天")],
                                                       schema: nil, errors: [400, 401, 403, 404])]),
            "/api/v1/reports/{id}.xlsx": .object(["get": xlsx("同 /api/v1/reports/{id}，Excel 文件", params: [param("id", "报表id", in: "path"),
                                                              param("region", "区划代码"), param("from", "YYYY-MM-DD"), param("to", "YYYY-MM-DD")],
                                                              errors: [400, 401, 403, 404])]),
            "/api/v1/reports/forms/{form}": .object([
                "get": op("县级填报表（bodies 防贫机构人员情况，insurance “防贫保”模式情况，assessments 规模性返贫风险集中研判记录）：某县某年度的字段、各行、合计；{form}.xlsx 为Excel",
                          params: [param("form", "bodies | insurance | assessments", in: "path"), param("region", "县级区划代码，默认本县"), param("year", "统计年度，默认今年")],
                          schema: nil, errors: [400, 401, 403, 404]),
                "post": op("添加一行（县级管理员）：各字段的值（未填 year 的按 ?year= 或今年）；bodies 专职与兼职之和应等于实有人数，insurance 财政出资不超过保费；出错为422并指明字段",
                           params: [param("form", "bodies | insurance | assessments", in: "path"), param("year", "未填年度时所计入的年度，默认今年")], ok: 201, schema: nil,
                           errors: [400, 401, 403, 404, 422]),
            ]),
            "/api/v1/reports/forms/{form}.xlsx": .object(["get": xlsx("同 /api/v1/reports/forms/{form}，Excel 文件",
                                                                   params: [param("form", "bodies | insurance | assessments", in: "path"), param("region", "县级区划代码，默认本县"),
                                                                            param("year", "统计年度，默认今年")], errors: [400, 401, 403, 404])]),
            "/api/v1/survey-sheets.xlsx": .object(["get": xlsx("入户摸底调查表（涞源县集中排查方案附表1）Excel：某村每名成员一行，台账记录已填，入户核实各栏留空",
                                                            params: [param("village", "村代码（本辖区内）"), param("date", "调查日期 YYYY-MM-DD，可不填")],
                                                            errors: [400, 401, 403, 404])]),
            "/api/v1/reports/forms/{form}/rows/{row}": .object(["delete": op("删除一行（县级管理员）", params: [param("form", "bodies | insurance | assessments", in: "path"),
                                                                                                  param("row", "行id", in: "path")],
                                                                           ok: 204, schema: nil, errors: [401, 403, 404])]),
            "/api/v1/campaigns": .object([
                "get": op("排查（本辖区可见的）：类型、范围、期间、阶段", schema: nil, errors: [401, 403]),
                "post": op("新建排查：kind（monthly | quarterly | focused | centralised | lookBack）、name、scope、from、to、phases（每行：阶段名称,开始日期,结束日期；集中排查必填）",
                           body: "Campaign", ok: 201, schema: nil, errors: [400, 401, 403, 422]),
            ]),
            "/api/v1/campaigns/{id}": .object(["get": op("排查及实时覆盖情况（按乡镇、按村：农户、已排查、覆盖率、不在家、信息变化、发现风险、提出线索）",
                                                        params: [id], schema: nil, errors: [401, 403, 404])]),
            "/api/v1/campaigns/{id}/villages/{code}": .object(["get": op("村内各户排查记录；“回头看”另附八个方面的数据核查与核查结论",
                                                                        params: [id, param("code", "12位村代码", in: "path")], schema: nil, errors: [401, 403, 404])]),
            "/api/v1/campaigns/{id}/villages/{code}/review": .object(["post": op("“回头看”某一方面的核查结论：dimension 1–8、state（clear | problem）、note；ledger=true 时问题转入整改台账",
                                                                               params: [id, param("code", "12位村代码", in: "path")], body: "Review", schema: nil,
                                                                               errors: [400, 401, 403, 404, 422])]),
            "/api/v1/campaigns/{id}/records": .object(["post": op("入户摸底调查表：householdId、visitedOn、visitors（顿号分隔或数组）、presence（atHome | absent）、absentSource、factsChanged、changes、risks、raiseClue（提出线索即进入识别程序）、note；同一户再次提交即更正。每人每天走访不超过上限（422）",
                                                                params: [id], body: "ScreeningRecord", ok: 201, schema: nil, errors: [400, 401, 403, 404, 422])]),
            "/api/v1/focus-villages": .object(["get": op("建议重点排查的村及原因（安置点、原深度贫困村、脱贫户多监测户少、监测户为零、灾区、未消除风险人口占比超过2%等）",
                                                        schema: nil, errors: [401, 403])]),
            "/api/v1/visit-plans": .object([
                "get": op("大走访计划", schema: nil, errors: [401, 403]),
                "post": op("新建大走访计划：campaignId、village、from、to、team [{name, role}]（3人一组，含第一书记或村党组织书记；按应走访户数和工作日校验每人每天上限；第一季度3月15日前完成）",
                           body: "VisitPlan", ok: 201, schema: nil, errors: [400, 401, 403, 422]),
            ]),
            "/api/v1/visit-plans/{id}": .object(["get": op("走访进度：应走访的脱贫户和监测户、已走访、书记遍访", params: [id], schema: nil, errors: [401, 403, 404])]),
            "/api/v1/rectifications": .object([
                "get": op("问题整改台账 {items, total, overdue}", params: [param("state", "open | closed"), param("source", "qualityRule | crossCheck | unannounced | countyInspection | lookBack")],
                          schema: nil, errors: [400, 401, 403]),
                "post": op("问题挂账：source、region（乡镇或村代码）、problem、unit、person、measure、due（默认30天）、householdId、sourceRef",
                           body: "Rectification", ok: 201, schema: nil, errors: [400, 401, 403, 404, 422]),
            ]),
            "/api/v1/rectifications/{id}/close": .object(["post": op("对账销号：evidence 整改结果及佐证（必填）；来自数据质量问题的，须该问题在之后的检查中已关闭（409 finding_open），或县级管理员填写 overrideReason。佐证照片或扫描件以 multipart/form-data 的 files[] 一并提交（最多5个，JPG、PNG或PDF）", params: [id], body: "Evidence", schema: nil,
                                                                   errors: [400, 401, 403, 404, 409, 413, 422])]),
            "/api/v1/rectifications/{id}/files/{file}": .object(["get": op("下载整改佐证材料", params: [id, param("file", "材料编号", in: "path")], schema: nil,
                                                                         errors: [401, 403, 404])]),
            "/api/v1/duties": .object(["get": op("定期报送：本人单位当前应报的事项（部门每月5日前推送上月预警、乡镇每月20日前报送上月预警核实情况、县级每月25日前报送核实结果、部门政策落实台账每季度最后一个月25日前推送到村、季度初5个工作日内报送上季度帮扶措施及风险消除情况），县级另列下级各单位 {items, below}",
                                                schema: nil, errors: [401])]),
            "/api/v1/duties/{duty}": .object(["post": op("上报：department.push 以导入名单为准不需上报；township.report 须本月预警均已核实；每期一次（409 already_sent）",
                                                        params: [param("duty", "township.report | county.report | village.ledger | measures.quarterly", in: "path")],
                                                        body: "DutyReport", ok: 201, schema: nil, errors: [400, 401, 403, 404, 409, 422])]),
            "/api/v1/inbox": .object(["get": op("待办：本人角色负责的步骤，以及下级已逾期的事项，逾期在前", schema: nil, errors: [401, 403])]),
            "/api/v1/helpers": .object(["get": op("帮扶责任人名册：姓名、单位、电话（无查看权限的角色遮挡）、帮扶户数", params: [param("q", "姓名或单位")],
                                                 schema: nil, errors: [401, 403])]),
            "/api/v1/households/{id}/helpers": .object(["post": op("明确帮扶责任人：helperId，或 name+unit+phone 新登记并指派", params: [id],
                                                                  body: "HelperAssignment", ok: 201, schema: nil, errors: [400, 401, 403, 404, 422])]),
            "/api/v1/households/{id}/visits": .object([
                "get": op("农户的帮扶走访记录（新的在前），含照片链接", params: [id], schema: nil, errors: [400, 401, 403, 404]),
                "post": op("记录一次帮扶走访：帮扶责任人记录本人帮扶户；村干部等代录时须指定 helperId。带照片时以 multipart/form-data 提交，照片字段 files[]（最多5张）",
                           params: [id], body: "Visit", ok: 201, schema: "Visit", errors: [400, 401, 403, 404, 413, 422]),
            ]),
            "/api/v1/households/{id}/measures": .object(["post": op("登记帮扶措施（未纳入监测的，须已开通绿色通道）", params: [id], body: "Measure", ok: 201,
                                                                   schema: nil, errors: [400, 401, 403, 404, 422])]),
            "/api/v1/households/{id}/measures/{measureId}": .object(["patch": .object([
                "summary": .string("更新措施实施状态（planned | ongoing | done | stopped），可带结束日期 endOn；必须提供 version 或 If-Match，且须为当前版本"),
                "parameters": .array([id, param("measureId", "措施id", in: "path"), ifMatch]),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("state")]),
                    "properties": .object(["state": type("string", ["enum": .array(MeasureState.allCases.map { .string($0.rawValue) })]),
                                           "endOn": type("string", ["format": .string("date")]),
                                           "version": type("integer", ["description": .string("打开时的版本；也可用 If-Match 头")])])])])])]),
                "responses": .object(errors([400, 401, 403, 404, 409, 422, 428]).merging(["200": .object(["description": .string("成功"),
                    "content": .object(["application/json": .object(["schema": ref("Measure")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/income-risks": .object(["get": op("减收风险点清单：最近一次数据质量检查发现的各户减收风险点（比较最新年度与上一年度收入），按乡镇、风险点筛选；byTownship 为各乡镇各风险点户数",
                                                      params: [param("township", "乡镇代码（9位）"),
                                                               param("point", IncomeRiskPoint.allCases.map { "\($0.rawValue)（\($0.label)）" }.joined(separator: " | ")),
                                                               param("page", "页码，每页50条")],
                                                      schema: nil, errors: [400, 401, 403])]),
            "/api/v1/civil-affairs/comparison": .object(["get": op("民政救助排查比对：享受低保或特困但既未纳入监测也不是脱贫户、监测户低保或特困已终止、低保边缘或刚性支出困难家庭未纳入监测的农户；counts 为范围内各类户数",
                                                      params: [param("township", "乡镇代码（9位）"),
                                                               param("kind", CivilMismatch.allCases.map { "\($0.rawValue)（\($0.label)）" }.joined(separator: " | ")),
                                                               param("page", "页码，每页50条")],
                                                      schema: nil, errors: [400, 401, 403])]),
            "/api/v1/households/{id}/reliefs": .object([
                "get": op("农户获得的应急救助和临时救助（新的在前）", params: [id], schema: nil, errors: [401, 403, 404]),
                "post": op("登记乡镇或县给予的应急救助或临时救助：kind（emergency 应急救助 | temporary 临时救助）、grantedOn、amount、reason、fund、unit",
                           params: [id], body: "Relief", ok: 201, schema: "Relief", errors: [400, 401, 403, 404, 422]),
            ]),
            "/api/v1/households/{id}/incomes": .object([
                "get": op("农户各年度收入情况，新的年度在前：分项、各类合计、当年家庭人口、家庭纯收入、人均纯收入", params: [id], schema: nil, errors: [401, 403, 404]),
                "post": op("登记一个年度的收入（该年度已登记的，请用 PATCH 更正；409不会出现，重复年度为422 exists）；最新年度同时成为户信息的收支情况",
                           params: [id], body: "Income", ok: 201, schema: "Income", errors: [400, 401, 403, 404, 422]),
            ]),
            "/api/v1/households/{id}/incomes/{year}": .object(["patch": .object([
                "summary": .string("更正某一年度的收入：只传要改的字段；年度不能改；必须提供 version 或 If-Match，且须为当前版本"),
                "parameters": .array([id, param("year", "年度，如 2025", in: "path"), ifMatch]),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": ref("Income")])])]),
                "responses": .object(errors([400, 401, 403, 404, 409, 422, 428]).merging(["200": .object(["description": .string("成功"),
                    "content": .object(["application/json": .object(["schema": ref("Income")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/registry/export.xlsx": .object(["get": .object([
                "summary": .string("导出本辖区农户台账全部信息（.xlsx）：说明、农户（含监测信息）、家庭成员、帮扶责任人、帮扶措施各一表，以户编号关联，列名同信息采集表；"
                    + "只含在册农户。可导出完整证件号的账号得到完整身份证号和电话，其他账号为遮蔽（文件首表注明：可在本辖区核实更正后重新导入，已有成员按遮蔽的证件号对应；不能用于迁移）。导出记入审计日志"),
                "responses": .object(errors([401, 403]).merging(["200": .object(["description": .string("Excel 文件"),
                    "content": .object([DownloadKind.xlsx.mediaType.description: .object(["schema": type("string", ["format": .string("binary")])])])])]) { a, _ in a }),
            ])]),
            "/api/v1/registry/imports": .object(["post": .object([
                "summary": .string("台账导入（县级管理员；乡镇为本乡镇）：上传台账文件（multipart/form-data：file 为 .xlsx、.xls 或 .csv；dryRun 为 true 时只检查、不写入，默认 true）。"
                    + "一张表（每人一行、户信息重复）或“农户”“家庭成员”两张表，以户编号关联，列名同信息采集表；按户编号、人编号（无则身份证号码）匹配已有的户和人，不删除文件以外的户和人。"
                    + "返回 {id, state（checked 检查通过待确认 | refused 有误未导入 | committed 已导入）, summary}；dryRun=false 且无误时直接导入。逐行结果见 GET /api/v1/registry/imports/{id}"),
                "requestBody": .object(["required": .bool(true), "content": .object(["multipart/form-data": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("file")]),
                    "properties": .object(["file": type("string", ["format": .string("binary")]),
                                           "dryRun": type("string", ["enum": .array([.string("true"), .string("false")])])])])])])]),
                "responses": .object(errors([400, 401, 403, 413, 422]).merging(["201": .object(["description": .string("已检查（或已导入）"),
                    "content": .object(["application/json": .object(["schema": type("object")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/registry/imports/{id}": .object(["get": op("一次台账导入：state（checking 正在检查 | checked 检查通过待确认 | refused 有误未导入 | committed 已导入 | failed 无法检查，原因见 failure）、progress（0–100；页面上传的大文件在后台检查）、summary（户数、人数、新增、更新、无变化、有误、监测户、文件以外的户、按村户数、需人工处理的差异 notes；文件有帮扶责任人、帮扶措施表时新增的结对 helpers 和措施 measures，否则为 null）、不采纳的户 declined 和逐行结果 rows（sheet、row、householdKey、state：新增|更新|无变化|有误、column、message；新增和更新的户有 accepted，更新的户有 changes：[{person（成员姓名，户信息为 null）, field, before, after}]）",
                                                              params: [id], schema: nil, errors: [401, 403, 404])]),
            "/api/v1/registry/imports/{id}/decisions": .object(["post": .object([
                "summary": .string("逐户取舍（乡镇核实台账后重新导入）：请求体为 [{household: 户编号, accept: true|false}]，只对检查通过、尚未导入的导入中新增或更新的户；不采纳的户在确认导入时保持不变。返回该导入及逐行结果。不写入台账"),
                "requestBody": .object(["required": .bool(true), "content": .object(["application/json": .object(["schema": .object([
                    "type": .string("array"), "items": .object(["type": .string("object"), "required": .array([.string("household"), .string("accept")]),
                        "properties": .object(["household": type("string"), "accept": type("boolean")])])])])])]),
                "parameters": .array([id]),
                "responses": .object(errors([400, 401, 403, 404, 409, 422]).merging(["200": .object(["description": .string("已保存取舍"),
                    "content": .object(["application/json": .object(["schema": type("object")])])])]) { a, _ in a }),
            ])]),
            "/api/v1/registry/imports/{id}/report.xlsx": .object(["get": xlsx("一次台账导入的逐行结果 .xlsx（含更新户的变化和取舍）", params: [id], errors: [401, 403, 404])]),
            "/api/v1/registry/imports/{id}/commit": .object(["post": op("确认导入已检查通过的文件：在一个事务中按当前台账重新检查并全部写入，或不写入任何数据（检查后台账有变化为409 changed_since_check；已导入或有误为409 import_state）",
                                                                     params: [id], schema: nil, errors: [401, 403, 404, 409])]),
            "/api/v1/incomes/imports": .object(["post": .object([
                "summary": .string("批量导入各户年度收入（multipart/form-data：file 为 .xlsx、.xls（Excel 97–2003）或 UTF-8/GBK 编码的 .csv；列：户编号、收入年度、当年家庭人口及各项收入支出，列名同登记表）。每户每年一行；已登记的年度作为更正保存为新版本。全部行无误才写入，任何一行有误返回422，rows 逐行列出问题，不写入任何数据。"),
                "requestBody": .object(["required": .bool(true), "content": .object(["multipart/form-data": .object(["schema": .object([
                    "type": .string("object"), "required": .array([.string("file")]),
                    "properties": .object(["file": type("string", ["format": .string("binary")])])])])])]),
                "responses": .object(errors([400, 401, 403, 409, 413, 422]).merging([
                    "200": .object(["description": .string("已导入：rows 行数，households 户数，added 新登记年度数，corrected 更正年度数，unchanged 未改动年度数"),
                                    "content": .object(["application/json": .object(["schema": .object(["type": .string("object"), "properties": .object([
                                        "rows": type("integer"), "households": type("integer"), "added": type("integer"),
                                        "corrected": type("integer"), "unchanged": type("integer")])])])])]),
                ]) { a, _ in a }),
            ])]),
            "/api/v1/households/{id}/findings": .object(["get": op("帮扶检查发现的问题（无开发式措施、一兜了之、风险无对应措施、帮扶责任人）", params: [id],
                                                                  schema: nil, errors: [401, 403, 404])]),
            "/api/v1/auth/token": .object([
                "get": op("当前令牌：所属账号、类型（api | upload）与到期时间；部门上传令牌也可调用", schema: nil, errors: [401, 403]),
                "delete": op("收回当前令牌（退出登录）", ok: 204, schema: nil, errors: [401, 403]),
            ]),
        ])
    }
}
