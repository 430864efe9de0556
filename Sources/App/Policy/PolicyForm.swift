import Domain

/// The editable numbers of `PolicySettings` and the deadline rules, as form fields with their checks.
enum PolicyForm {
    struct Field {
        var key: String
        var label: String
        var help: String
        var value: (PolicySettings) -> String
        /// Sets the value; returns an error message when the text is not acceptable.
        var set: (inout PolicySettings, String) -> String?
        var isBool = false
    }

    static func int(_ key: String, _ label: String, _ help: String, _ range: ClosedRange<Int>, _ kp: WritableKeyPath<PolicySettings, Int>) -> Field {
        Field(key: key, label: label, help: help, value: { String($0[keyPath: kp]) }, set: { s, text in
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(n) else { return "应为\(range.lowerBound)至\(range.upperBound)之间的整数" }
            s[keyPath: kp] = n
            return nil
        })
    }

    static func money(_ key: String, _ label: String, _ help: String, _ kp: WritableKeyPath<PolicySettings, Fixed2>) -> Field {
        Field(key: key, label: label, help: help, value: { $0[keyPath: kp].description }, set: { s, text in
            guard let v = Fixed2(text.trimmingCharacters(in: .whitespaces)), v > .zero, v < Fixed2(10_000_000) else { return "应为大于0的金额（元，最多两位小数）" }
            s[keyPath: kp] = v
            return nil
        })
    }

    static func flag(_ key: String, _ label: String, _ help: String, _ kp: WritableKeyPath<PolicySettings, Bool>) -> Field {
        Field(key: key, label: label, help: help, value: { $0[keyPath: kp] ? "1" : "" }, set: { s, text in
            s[keyPath: kp] = text == "1" || text == "on"
            return nil
        }, isBool: true)
    }

    static var fields: [Field] { [
        Field(key: "compulsoryFrom", label: "义务教育起始年龄", help: "该年龄至截止年龄之间未在校（且非送教上门）视为失学辍学",
              value: { String($0.compulsoryEducationAges.lowerBound) }, set: { s, t in
                  guard let n = Int(t.trimmingCharacters(in: .whitespaces)), (3...10).contains(n) else { return "应为3至10之间的整数" }
                  s.compulsoryEducationAges = n...max(n, s.compulsoryEducationAges.upperBound)
                  return nil
              }),
        Field(key: "compulsoryTo", label: "义务教育截止年龄", help: "含该年龄",
              value: { String($0.compulsoryEducationAges.upperBound) }, set: { s, t in
                  guard let n = Int(t.trimmingCharacters(in: .whitespaces)), (12...20).contains(n) else { return "应为12至20之间的整数" }
                  s.compulsoryEducationAges = min(s.compulsoryEducationAges.lowerBound, n)...n
                  return nil
              }),
        flag("addClaimsIncome", "参考收入计入理赔收入", "参考收入 = 家庭纯收入 + 理赔收入 − 合规自付刚性支出", \.addClaimsIncome),
        flag("deductRigidExpenditure", "参考收入扣除合规自付刚性支出", "医疗、教育、因灾刚性支出", \.deductRigidExpenditure),
        money("ruralAveragePerCapita", "当地农村居民人均可支配收入（元）", "用于判断“收入明显高于当地农村平均水平”", \.ruralAveragePerCapita),
        int("clearlyAbovePercent", "“明显高于”的倍数（%）", "参考人均收入达到当地平均水平的该百分比，视为明显高于", 100...500, \.clearlyAbovePercent),
        int("earlyLiftedYear", "脱贫较早的年度（含）", "9类群体①：2020年脱贫，或该年及以前脱贫", 2013...2020, \.earlyLiftedYear),
        int("lowIncomePercent", "收入较低：低于监测范围的（%）", "9类群体②", 100...300, \.lowIncomePercent),
        int("sharpDropPercent", "收入明显减少：比上年降幅（%）", "9类群体②", 5...90, \.sharpDropPercent),
        int("manyChildren", "多子女：子女人数（含）", "9类群体⑦：未满18岁或在读的子女", 2...10, \.manyChildren),
        int("nonCompulsoryStudents", "多子女：非义务教育阶段在读人数（含）", "9类群体⑦", 1...10, \.nonCompulsoryStudents),
        int("stableWorkMonths", "务工稳定的最少月数", "9类群体⑧：务工不足该月数视为不稳定", 1...12, \.stableWorkMonths),
        int("largeRigidPercent", "刚性支出较大：占家庭纯收入（%）", "9类群体⑨", 10...500, \.largeRigidPercent),
        money("largeRigidAmount", "刚性支出较大：金额（元）", "9类群体⑨：达到该金额即视为较大", \.largeRigidAmount),
        int("eliminationMinMonths", "纳入监测满几个月方可消除风险", "原则上不少于半年；0 表示不限", 0...36, \.eliminationMinMonths),
        int("incomeStableMonths", "收入持续稳定的最少月数", "风险消除条件：收入持续稳定，原则上不少于半年", 1...36, \.incomeStableMonths),
    ] + screeningFields }

    /// Fields added after the first stored versions: saved by key in `StoredSettings.more`, so older versions load with defaults.
    static var screeningFields: [Field] { [
        Field(key: "focusUnresolvedPercent", label: "重点区域：未消除风险监测对象占农村户籍人口比例超过（%）", help: "信丰县“回头看”方案：高于2%的乡镇和行政村",
              value: { $0.screening.focusUnresolvedPercent.description }, set: { s, t in
                  guard let v = Fixed2(t.trimmingCharacters(in: .whitespaces)), v > .zero, v <= Fixed2(100) else { return "应为0至100之间的百分数，最多两位小数" }
                  s.screening.focusUnresolvedPercent = v
                  return nil
              }),
        int("focusManyAlleviated", "重点区域：“脱贫户较多”的户数（含）", "与下一项合用：脱贫户较多但监测户较少的村", 1...10_000, \.screening.focusManyAlleviated),
        int("focusFewMonitoredPercent", "重点区域：“监测户较少”低于脱贫户的（%）", "监测户数少于脱贫户数的该百分比", 1...100, \.screening.focusFewMonitoredPercent),
        int("visitDailyLimit", "大走访：每人每天最多走访户数", "融安县精准防贫提升行动方案：每天走访不超过20户", 1...100, \.screening.visitDailyLimit),
        int("visitDailyLimitLargeSite", "大走访：大型安置点每人每天最多户数", "融安县精准防贫提升行动方案：大型安置点每天不超过35户", 1...100, \.screening.visitDailyLimitLargeSite),
        int("largeSitePeople", "大型安置点：搬迁人口至少（人）", "达到该人数的易地搬迁安置点按大型安置点计", 1...100_000, \.screening.largeSitePeople),
        int("firstQuarterVisitDay", "第一季度大走访完成期限（3月几日）", "融安县精准防贫提升行动方案：最迟不超过3月15日", 1...31, \.screening.firstQuarterVisitDay),
        int("visitTeamSize", "大走访每组人数", "融安县精准防贫提升行动方案：3人一组", 1...10, \.screening.visitTeamSize),
        int("rectificationDays", "整改台账默认期限（天）", "录入问题时未另定期限的，按该天数计", 1...365, \.screening.rectificationDays),
        int("visitReminderDays", "帮扶走访：季度末前几天提示本季度未走访的户", "巴州年度工作要点：按季度检查帮扶措施落实；本季度帮扶责任人尚未走访的监测户从该天起进入待办", 0...92,
            \.screening.visitReminderDays),
        int("staffingRelocationPeople", "驻村工作队：易地搬迁安置社区脱贫人口超过（人）增派1名", "融安县精准防贫提升行动方案：5000人", 1...1_000_000, \.staffing.relocationPeople),
        int("staffingAlleviatedVillagePeople", "驻村工作队：脱贫村脱贫人口达到（人，含）增加1名", "融安县精准防贫提升行动方案：2000人以上", 1...1_000_000, \.staffing.alleviatedVillagePeople),
        int("staffingOtherVillagePeople", "驻村工作队：非脱贫村脱贫人口超过（人）选派1名", "融安县精准防贫提升行动方案：1000人", 1...1_000_000, \.staffing.otherVillagePeople),
        int("scaleRiskWindowDays", "规模性风险：统计最近多少天的部门预警", "涞源县集中排查方案：重点排查灾害、疫情、价格下跌、失业、产业项目失败、安置点就业", 1...366, \.scaleRisk.windowDays),
        int("scaleRiskHouseholds", "规模性风险：同一原因受影响户数达到（户）提示集中研判", "融安县精准防贫提升行动方案：定期集中研判规模性返贫风险隐患；文件未定数，默认10户", 1...100_000, \.scaleRisk.households),
        int("recentDibaoYears", "新纳入低保：起始日期在近几年内", "9类群体④：农村低保对象特别是近两年新识别和申请低保的农户（按民政名单的起始日期）",
            1...10, \.recentDibaoYears),
        int("incomeRiskFallPercent", "收入风险点：比上年减少（%，含）视为明显减少", "宾县工作方案：对10项可能出现的减收风险点逐户逐人逐项排查；文件未定数，默认30%",
            1...100, \.incomeRisk.fallPercent),
    ] + IncomeRiskPoint.allCases.map { point in
        Field(key: "incomeRisk.\(point.rawValue)", label: "收入风险点：排查“\(point.label)”",
              help: point.completesSeed ? "宾县工作方案列出7项“等10项”，此项为本系统补足" : "宾县工作方案列出的减收风险点",
              value: { $0.incomeRisk.points.contains(point) ? "1" : "" }, set: { s, t in
                  let on = t == "1" || t == "on"
                  s.incomeRisk.points = IncomeRiskPoint.allCases.filter { $0 == point ? on : s.incomeRisk.points.contains($0) }
                  return nil
              }, isBool: true)
    } + [
        int("scoreCoveragePoints", "乡镇考核评分：排查覆盖分值", "三项分值之和宜为100", 0...100, \.evaluation.coveragePoints),
        int("scoreQualityPoints", "乡镇考核评分：数据质量分值", "无必改问题农户占比 × 分值", 0...100, \.evaluation.qualityPoints),
        int("scoreAssistancePoints", "乡镇考核评分：帮扶落实分值", "风险未消除监测户中有措施且有帮扶责任人的占比 × 分值", 0...100, \.evaluation.assistancePoints),
        int("wageSharePercent", "务工收入占比高：占家庭收入（%，含）", "9类群体⑧：特别是务工收入占比高且务工时间不稳定的农户", 10...100, \.wageSharePercent),
        int("reviewMajorityPercent", "民主评议：同意票须超过参会人数的（%）", "过半数为50；识别纳入的村级民主评议", 50...90, \.reviewMajorityPercent),
        flag("comparisonRequired", "县级审定前须完成信息比对", "涞源县集中排查方案：信息比对与识别程序同步进行；新纳入低保对象已开展信息比对的可不重复比对", \.comparisonRequired),
        int("backfillDays", "补录：办理日期早于登记日期超过（天）的标记为补录", "各环节日期不得早于上一环节；晚于该天数登记的在办理记录中标明“补录”并记入审计", 0...90, \.backfillDays),
        Field(key: "eliminationBlockingRules", label: "未整改即不能风险消除的数据质量规则", help: "默认G11（一兜了之）、G12（有劳动能力无开发式措施）；逗号分隔，留空表示不阻止",
              value: { $0.eliminationBlockingRules.joined(separator: ",") }, set: { s, t in
                  let codes = t.split(whereSeparator: { ",，、 ".contains($0) }).map { String($0).uppercased() }
                  guard codes.allSatisfy({ QualityRules.rule($0) != nil }) else { return "规则代码无效，可选代码见“校验规则”页，如 G11,G12" }
                  s.eliminationBlockingRules = codes
                  return nil
              }),
        Field(key: "crossCheckMonths", label: "交叉检查月份", help: "融安县精准防贫提升行动方案：每年4月和10月；用逗号分隔",
              value: { $0.crossCheckMonths.map(String.init).joined(separator: ",") }, set: { s, t in
                  let parts = t.split(whereSeparator: { ",，、 ".contains($0) }).map { Int($0) }
                  guard !parts.isEmpty, parts.allSatisfy({ $0.map { (1...12).contains($0) } ?? false }) else { return "应为1至12之间的月份，用逗号分隔，如 4,10" }
                  s.crossCheckMonths = Array(Set(parts.compactMap { $0 })).sorted()
                  return nil
              }),
    ] }

    static func ruleRange(_ r: DeadlineRule) -> ClosedRange<Int> {
        switch r.count {
        case .dayOfMonth, .dayOfQuarterEnd: return 1...28
        default: return 1...90
        }
    }

    static func ruleValue(_ r: DeadlineRule) -> Int {
        switch r.count {
        case .workingDays(let n), .days(let n), .dayOfMonth(let n), .workingDaysIntoQuarter(let n), .dayOfQuarterEnd(let n): return n
        }
    }

    static func withValue(_ r: DeadlineRule, _ n: Int) -> DeadlineRule {
        var out = r
        switch r.count {
        case .workingDays: out.count = .workingDays(n)
        case .days: out.count = .days(n)
        case .dayOfMonth: out.count = .dayOfMonth(n)
        case .workingDaysIntoQuarter: out.count = .workingDaysIntoQuarter(n)
        case .dayOfQuarterEnd: out.count = .dayOfQuarterEnd(n)
        }
        return out
    }

    static func unit(_ r: DeadlineRule) -> String {
        switch r.count {
        case .workingDays: return "个工作日"
        case .days: return "天"
        case .dayOfMonth: return "日前（每月）"
        case .workingDaysIntoQuarter: return "个工作日（季度开始后）"
        case .dayOfQuarterEnd: return "日前（每季度最后一个月）"
        }
    }

    /// Reads the posted form onto the current settings and rules; errors are keyed by field.
    static func read(_ form: [String: String], settings: PolicySettings, rules: [DeadlineRule]) -> (PolicySettings, [DeadlineRule], [FieldError]) {
        var s = settings
        var errors: [FieldError] = []
        for f in fields {
            let text = form[f.key] ?? ""
            if !f.isBool && text.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(FieldError(field: f.key, code: "required", message: "请填写\(f.label)"))
                continue
            }
            if let message = f.set(&s, text) { errors.append(FieldError(field: f.key, code: "invalid", message: message)) }
        }
        if s.compulsoryEducationAges.lowerBound >= s.compulsoryEducationAges.upperBound {
            errors.append(FieldError(field: "compulsoryTo", code: "order", message: "截止年龄应大于起始年龄"))
        }
        var out: [DeadlineRule] = []
        for r in rules {
            let key = "rule." + r.key
            let range = ruleRange(r)
            guard let n = Int((form[key] ?? "").trimmingCharacters(in: .whitespaces)), range.contains(n) else {
                errors.append(FieldError(field: key, code: "invalid", message: "\(r.name)应为\(range.lowerBound)至\(range.upperBound)之间的整数"))
                out.append(r)
                continue
            }
            out.append(withValue(r, n))
        }
        return (s, out, errors)
    }

    /// A new threshold from the form (or API body): date, amount in yuan, the document it rests on.
    static func threshold(_ form: [String: String], province: String) -> (Threshold?, [FieldError]) {
        var errors: [FieldError] = []
        let from = Day((form["effectiveFrom"] ?? "").trimmingCharacters(in: .whitespaces))
        if from == nil { errors.append(FieldError(field: "effectiveFrom", code: "date", message: "请填写有效的起始日期")) }
        let amount = Fixed2((form["perCapita"] ?? "").trimmingCharacters(in: .whitespaces))
        if amount.map({ $0 <= .zero || $0 > Fixed2(1_000_000) }) ?? true {
            errors.append(FieldError(field: "perCapita", code: "amount", message: "请填写大于0的金额（元，最多两位小数）"))
        }
        let basis = (form["basis"] ?? "").trimmingCharacters(in: .whitespaces)
        if basis.isEmpty { errors.append(FieldError(field: "basis", code: "required", message: "请填写依据的文件名称或文号")) }
        let toText = (form["validTo"] ?? "").trimmingCharacters(in: .whitespaces)
        let to = Day(toText)
        if !toText.isEmpty && to == nil { errors.append(FieldError(field: "validTo", code: "date", message: "有效期截止日期无效，格式如 2027-03-31；不填表示至下一条监测范围起执行前")) }
        if let from, let to, to < from { errors.append(FieldError(field: "validTo", code: "conflict", message: "有效期截止日期不能早于起始日期")) }
        guard errors.isEmpty, let from, let amount else { return (nil, errors) }
        return (Threshold(province: province, effectiveFrom: from, perCapita: amount, basis: basis, validTo: to), [])
    }

    /// The current values as form text, so that an API call may send only what it changes.
    static func values(_ settings: PolicySettings, rules: [DeadlineRule]) -> [String: String] {
        var out: [String: String] = [:]
        for f in fields { out[f.key] = f.value(settings) }
        for r in rules { out["rule." + r.key] = String(ruleValue(r)) }
        return out
    }
}
