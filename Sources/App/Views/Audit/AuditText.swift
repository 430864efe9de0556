import Domain
import Foundation

/// The audit trail in an official's words: what was done, to what, and the changes as "字段：旧值 → 新值" — never the
/// stored action codes, record ids or raw JSON (those stay in the trail itself and in `fangpin audit`).
enum AuditText {
    static let actions: [String: String] = [
        "login.success": "登录成功", "login.failure": "登录失败", "login.refused": "登录被拒（锁定）", "reveal.idNumber": "查看完整身份证号",
        "reveal.phone": "查看完整电话", "household.create": "新建农户", "household.update": "修改户信息", "household.split": "分户", "household.merge": "并户",
        "household.dissolve": "注销户", "member.create": "增员", "member.update": "修改成员", "member.remove": "减员", "member.move": "成员迁移",
        "member.makeHead": "变更户主", "policy.settings": "修改政策参数", "policy.threshold": "录入监测范围", "policy.calendar": "录入工作日历",
        "backup.nightly": "自动备份", "backup.failed": "自动备份失败", "backup.restore": "从备份恢复", "audit.keying": "启用审计密钥",
        "search.idNumber": "按身份证号检索", "access.refused": "越权访问被拒", "campaign.create": "新建集中排查", "case.backfill": "补录办理日期",
        "case.open": "登记风险线索", "case.correct": "更正监测信息", "countyForm.add": "县级填报表新增行", "countyForm.delete": "县级填报表删除行",
        "document.attach": "上传材料", "document.download": "下载材料", "duty.send": "定期报送", "helper.assign": "明确帮扶责任人", "helper.create": "登记帮扶责任人",
        "import.apply": "导入部门名单", "lookback.review": "“回头看”核查", "measure.create": "登记帮扶措施", "measure.update": "更新帮扶措施",
        "print.notice": "打印公示", "print.plan": "打印一户一册", "print.survey": "打印入户调查表", "quality.run": "数据质量检查",
        "rectification.close": "整改销号", "rectification.close.override": "整改销号（县级特批）", "rectification.create": "问题挂账",
        "screening.record": "录入入户摸底", "screening.update": "修改入户摸底", "selfreport.lookup": "农户查询申报进度", "token.issue": "签发接口凭证",
        "token.revoke": "吊销接口凭证", "user.create": "新建账号", "user.disable": "停用账号", "user.enable": "启用账号", "user.password": "修改密码",
        "user.reset": "重置密码", "visit.plan": "制定走访计划", "visit.record": "记录帮扶走访", "visit.recordOnBehalf": "代录帮扶走访",
        "warning.verify": "核实预警", "income.create": "登记年度收入", "income.update": "更正年度收入", "relief.create": "登记应急救助或临时救助",
    ]

    static let exports: [String: String] = [
        "households": "农户台账", "households.whole": "农户台账（完整证件号）", "cases": "监测事项清单", "inbox": "待办事项", "warnings": "预警清单",
        "findings": "数据质量问题清单", "rectifications": "整改台账", "audit": "审计日志", "helpers": "帮扶责任人名册", "import-report": "名单导入逐行结果",
        "report": "统计报表", "survey": "入户调查表", "villageLedger": "村级台账", "warningReport": "预警核实月报", "departmentEnrolled": "部门监测对象名单",
        "income-risks": "减收风险点清单",
    ]

    static let entities: [String: String] = [
        "household": "农户", "member": "家庭成员", "case": "监测事项", "export": "导出", "user": "账号", "campaign": "集中排查", "rectification": "整改事项",
        "warning": "预警", "import": "名单导入", "helper": "帮扶责任人", "policy": "政策参数", "threshold": "监测范围", "calendar": "工作日历", "token": "接口凭证",
        "document": "材料", "audit": "审计日志", "backup": "备份", "quality": "数据质量", "countyForm": "县级填报表", "duty": "定期报送", "visitPlan": "走访计划",
        "screening": "入户摸底", "income": "年度收入",
    ]

    /// What was done, in Chinese.
    static func action(_ code: String) -> String {
        if let label = actions[code] { return label }
        if code.hasPrefix("export.") { return "导出" + (exports[String(code.dropFirst(7))] ?? "Excel") }
        if code.hasPrefix("case."), let a = CaseAction(rawValue: String(code.dropFirst(5))) { return "监测事项：" + a.label }
        return "其他操作"
    }

    static func entity(_ code: String) -> String { entities[code] ?? "记录" }

    /// Who acted: a role's name, or 系统 for the application's own work (backups, the demo set-up, upgrades).
    static func role(_ code: String) -> String { Role(rawValue: code)?.label ?? "系统" }

    /// Labels of the keys a detail uses that no field table names.
    static let keys: [String: String] = [
        "from": "原环节", "to": "新环节", "policyVersion": "依据", "note": "说明", "summary": "摘要", "title": "材料名称", "size": "大小（字节）",
        "file": "文件", "listType": "名单", "rows": "行数", "warnings": "预警", "newClues": "新线索", "name": "姓名", "lead": "主要帮扶人",
        "origin": "户籍地帮扶人", "type": "措施类型", "greenChannel": "绿色通道", "filters": "筛选条件", "sheets": "各表行数", "kind": "方式",
        "reason": "原因", "closed": "已整改", "new": "新发现", "open": "未整改", "households": "户数", "perCapita": "人均标准（元）", "validTo": "有效期至",
        "basis": "依据", "reporter": "报告人", "via": "途径", "visitedOn": "走访日期", "photos": "照片", "code": "户编号", "reviewer": "审核人",
        "opinion": "意见", "approvedOn": "审定日期", "reviewedOn": "审核日期", "verifiedOn": "核实日期", "confirmedOn": "确认日期", "eliminatedOn": "消除日期",
        "noticeStart": "公示开始", "noticeEnd": "公示结束", "noticePlace": "公示地点", "findings": "核实情况", "stableMonths": "收入稳定月数",
        "comparedOn": "比对日期", "grantedOn": "救助日期", "amount": "金额（元）", "informedOn": "告知日期", "channel": "发现方式", "difficulty": "困难类型", "year": "年度", "month": "月份",
        "username": "用户名", "role": "角色", "scope": "范围", "members": "成员人数", "state": "状态", "result": "结果", "evidence": "佐证说明",
        "problem": "问题", "unit": "责任单位", "person": "责任人", "due": "期限", "village": "村", "path": "访问", "label": "名称",
    ]

    /// The detail of an entry as "键：值" items, changes as "字段：旧值 → 新值"; ids, digests and codes without words left out.
    static func detail(_ e: AuditLog.Entry) -> String {
        guard let data = e.detail.data(using: .utf8), case .object(let object)? = try? JSONDecoder().decode(JSON.self, from: data) else { return "" }
        let step = e.action.hasPrefix("case.") ? CaseAction(rawValue: String(e.action.dropFirst(5)))?.fields : nil
        var items: [String] = []
        if case .string(let summary)? = object["summary"] { items.append(summary) }
        if case .array(let changes)? = object["changes"] {
            for case .object(let c) in changes {
                guard case .string(let field)? = c["field"] else { continue }
                var label = spec(field, step: step)?.label ?? keys[field] ?? "字段"
                if case .string(let given)? = c["label"] { label = given }
                func shown(_ v: JSON?) -> String {
                    guard let v, v != .null else { return "（空）" }
                    return value(v, key: field, step: step) ?? "（略）"
                }
                items.append("\(label)：\(shown(c["before"])) → \(shown(c["after"]))")
            }
        }
        for key in object.keys.sorted() where !["summary", "changes", "settings", "sha256", "version"].contains(key) {
            guard let raw = object[key], let text = value(raw, key: key, step: step), !text.isEmpty else { continue }
            let label = spec(key, step: step)?.label ?? keys[key]
            guard let label else { continue }
            items.append("\(label)：\(text)")
        }
        if object["settings"] != nil { items.append("参数全文见政策参数页的历史版本") }
        return items.joined(separator: "；")
    }

    static func spec(_ key: String, step: FieldTable?) -> FieldSpec? {
        step?[key] ?? HouseholdFields.table[key] ?? MemberFields.table[key] ?? WorkflowFields.measure[key] ?? WorkflowFields.clue[key]
            ?? HelperVisit.fields[key]
    }

    /// A value as an official reads it, or nil when it is an id, a digest or a code with no words.
    static func value(_ raw: JSON, key: String, step: FieldTable?) -> String? {
        switch raw {
        case .bool(let b): return b ? "是" : "否"
        case .number(let n):
            if key == "policyVersion" { return PolicyPage.versionLabel(Int(n)) }
            return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .decimal(let d):
            if key == "policyVersion" { return PolicyPage.versionLabel(NSDecimalNumber(decimal: d).intValue) }
            return NSDecimalNumber(decimal: d).stringValue
        case .string(let s): return text(s, key: key, step: step)
        case .object(let o):
            let parts = o.keys.sorted().compactMap { k -> String? in
                guard let v = o[k].flatMap({ value($0, key: k, step: step) }) else { return nil }
                return (keys[k] ?? (k.unicodeScalars.allSatisfy(\.isASCII) ? nil : k)).map { "\($0)：\(v)" }
            }
            return parts.isEmpty ? nil : parts.joined(separator: "，")
        case .array(let a):
            let parts = a.compactMap { value($0, key: key, step: step) }
            return parts.isEmpty ? nil : parts.joined(separator: "、")
        case .null: return nil
        }
    }

    static func text(_ s: String, key: String, step: FieldTable?) -> String? {
        if key == "from" || key == "to" { return CaseState(rawValue: s)?.label }
        if key == "listType" { return ListCatalogue.name(s) }
        if key == "type", let t = ReferenceData.measureTypes.first(where: { $0.key == s }) { return t.label }
        if key == "via" || key == "kind", s == "api" || s == "web" { return s == "api" ? "接口" : "网页" }
        if let choices = spec(key, step: step)?.choices, !choices.isEmpty {
            let labels = s.split(separator: ",").map { part in choices.first { $0.value == part }?.label ?? String(part) }
            let joined = labels.joined(separator: "、")
            return plainCode(joined) ? nil : joined
        }
        return plainCode(s) ? nil : s
    }

    /// An id, a digest or an identifier with no words in it: nothing an official reads.
    static func plainCode(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.range(of: #"^[0-9a-fA-F]{8}-[0-9a-fA-F-]{27,}$"#, options: .regularExpression) != nil { return true }
        if t.range(of: #"^[0-9a-f]{32,}$"#, options: .regularExpression) != nil { return true }
        return t.range(of: #"^[A-Za-z][A-Za-z0-9_.,\-]*$"#, options: .regularExpression) != nil
    }
}
