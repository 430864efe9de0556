import Domain
import SQLKit

/// A column of a report: households (or their people) meeting a condition on the household row `h`, counted per
/// region. The same condition filters the household list behind every number (`/households?report=&column=`).
struct ReportColumn: Sendable {
    var key: String
    var title: String
    /// The header cell merged above this column, if any.
    var group: String?
    /// Count people (member_count) instead of households.
    var people = false
    /// nil for a number worked out from the counted columns (it has no household list behind it).
    var condition: (@Sendable (Day, Day) -> SQLQueryString)?
}

/// What a report's derived numbers may consult.
struct ReportContext: Sendable {
    var regions: RegionDirectory
    var settings: PolicySettings
}

package struct ReportDefinition: Sendable {
    package var id: String
    var title: String
    /// Where the table comes from (the seed and its attachment).
    var source: String
    var note: String
    var usesPeriod: Bool
    var columns: [ReportColumn]
    /// One row per village of the region (the staffing rule is about villages) instead of per township or village
    /// below the region.
    var villageRows = false
    /// Works out every column of a row from the counted ones (in order): the row's values and a note.
    var derive: (@Sendable (ReportContext, _ code: String, _ counted: [Int]) -> ([Int], String?))? = nil
    /// The totals row is derived from the counted totals (a score), not summed from the rows.
    var deriveTotal = false

    func column(_ key: String) -> ReportColumn? { columns.first { $0.key == key } }
}

/// The report tables (issue: reports, dashboards and Excel).
package enum ReportCatalogue {
    static func households(_ key: String, _ title: String, group: String? = nil, _ condition: @escaping @Sendable (Day, Day) -> SQLQueryString) -> [ReportColumn] {
        [ReportColumn(key: key, title: title + "（户）", group: group, condition: condition),
         ReportColumn(key: key + ".people", title: title + "（人）", group: group, people: true, condition: condition)]
    }

    /// One column of households (no people column beside it).
    static func count(_ key: String, _ title: String, group: String? = nil, _ condition: @escaping @Sendable (Day, Day) -> SQLQueryString) -> ReportColumn {
        ReportColumn(key: key, title: title + "（户）", group: group, condition: condition)
    }

    static let monitoredCategories = MonitoringCategory.allCases

    package static let all: [ReportDefinition] = [
        ReportDefinition(
            id: "new-monitored", title: "新增监测对象统计表", source: "涞源县集中排查方案附表2", note: "统计期内识别纳入监测（识别监测时间在期内）的农户",
            usesPeriod: true,
            columns: households("total", "合计") { f, t in "h.monitored_since >= \(bind: f.description) AND h.monitored_since <= \(bind: t.description)" }
                + monitoredCategories.flatMap { c in
                    households(c.rawValue, c.label, group: "其中") { f, t in
                        "h.monitored_since >= \(bind: f.description) AND h.monitored_since <= \(bind: t.description) AND h.monitoring_category = \(bind: c.rawValue)"
                    }
                }),
        ReportDefinition(
            id: "rollback", title: "需要回退监测对象统计表", source: "涞源县集中排查方案附表3-1（明细见各数字链接，即附表3-2）",
            note: "已标注风险消除、但最近一次数据质量检查发现消除不稳定或不精准的农户（规则 I01–I08、H02）", usesPeriod: false,
            columns: households("total", "合计") { _, _ in rollback(["I01", "I02", "I03", "I04", "I05", "I06", "I08", "H02"]) }
                + households("noLabour", "整户无劳动能力", group: "回退原因") { _, _ in rollback(["I01"]) }
                + households("tooEarly", "纳入不满规定期限", group: "回退原因") { _, _ in rollback(["I02"]) }
                + households("guarantees", "“三保障”或饮水不达标", group: "回退原因") { _, _ in rollback(["I03", "I04", "I05", "I06"]) }
                + households("income", "收入未稳定超过监测范围", group: "回退原因") { _, _ in rollback(["H02"]) }
                + households("noMeasures", "帮扶消除但无帮扶措施", group: "回退原因") { _, _ in rollback(["I08"]) }),
        ReportDefinition(
            id: "three-guarantees", title: "动态新增“三保障”和饮水安全问题统计表", source: "涞源县集中排查方案附表4",
            note: "台账当前数据中存在问题的农户；“已纳入监测”为其中已是监测对象的", usesPeriod: false,
            columns: households("education", "义务教育失学辍学", group: "义务教育") { _, _ in dropout }
                + households("medical", "未参加基本医疗保险", group: "基本医疗") { _, _ in uninsured }
                + households("housing", "住房为C、D级危房", group: "住房安全") { _, _ in "h.housing_grade IN ('C', 'D')" }
                + households("water", "饮水不安全", group: "饮水安全") { _, _ in unsafeWater }
                + households("monitored", "已纳入监测", group: "合计") { _, _ in
                    "(\(dropout) OR \(uninsured) OR h.housing_grade IN ('C', 'D') OR \(unsafeWater)) AND h.monitoring_category IS NOT NULL"
                }),
        ReportDefinition(
            id: "monitored-info", title: "监测对象信息情况统计表", source: "涞源县集中排查方案附表5", note: "截至统计时点的全部监测对象", usesPeriod: false,
            columns: households("total", "监测对象") { _, _ in "h.monitoring_category IS NOT NULL" }
                + monitoredCategories.flatMap { c in households(c.rawValue, c.label, group: "按类别") { _, _ in "h.monitoring_category = \(bind: c.rawValue)" } }
                + households("eliminated", "风险已消除", group: "按风险状态") { _, _ in "h.monitoring_category IS NOT NULL AND h.eliminated_on IS NOT NULL" }
                + households("open", "风险未消除", group: "按风险状态") { _, _ in "h.monitoring_category IS NOT NULL AND h.eliminated_on IS NULL" }),
        ReportDefinition(
            id: "scale", title: "乡村人口规模统计表", source: "巴州年度工作要点附件1（季度）", note: "以村为单位的全覆盖摸底：一般户、脱贫户、“三类户”", usesPeriod: false,
            columns: households("all", "乡村人口") { _, _ in "1 = 1" }
                + households("ordinary", "一般户", group: "其中") { _, _ in "h.category = 'ordinary' AND h.monitoring_category IS NULL" }
                + households("alleviated", "脱贫户", group: "其中") { _, _ in "h.category = 'alleviated' AND h.monitoring_category IS NULL" }
                + households("monitored", "“三类户”", group: "其中") { _, _ in "h.monitoring_category IS NOT NULL" }),
        ReportDefinition(
            id: "screening", title: "集中排查工作开展情况统计表", source: "涞源县集中排查方案附表8", note: "统计期内有入户摸底调查记录的农户", usesPeriod: true,
            columns: households("all", "应排查") { _, _ in "1 = 1" }
                + households("screened", "已入户排查", group: "排查") { f, t in screened(f, t, "") }
                + households("absent", "不在家（已核实）", group: "排查") { f, t in screened(f, t, " AND s.presence = 'absent'") }
                + households("risk", "发现风险", group: "结果") { f, t in screened(f, t, " AND s.risks <> ''") }
                + households("clue", "提出线索", group: "结果") { f, t in screened(f, t, " AND s.case_id IS NOT NULL") }),
        ReportDefinition(
            id: "measures", title: "未消除风险的监测对象帮扶措施统计表", source: "涞源县集中排查方案附表9", note: "风险未消除的监测对象及其在帮措施", usesPeriod: false,
            columns: households("total", "未消除风险监测对象") { _, _ in openMonitored }
                + [MeasureKind.developmental, .safetyNet, .guarantee].flatMap { k in
                    households(k.rawValue, "有\(k.label)措施", group: "帮扶措施") { _, _ in
                        "\(openMonitored) AND h.id IN (SELECT x.household_id FROM measures x WHERE x.kind = \(bind: k.rawValue) AND x.state <> 'stopped')"
                    }
                }
                + households("none", "无措施", group: "帮扶措施") { _, _ in
                    "\(openMonitored) AND h.id NOT IN (SELECT x.household_id FROM measures x WHERE x.state <> 'stopped')"
                }),
        ReportDefinition(
            id: "warnings-monthly", title: "预警信息核实情况月报表", source: "部门数据预警，按月核实上报（防止返贫动态监测和帮扶工作指南）",
            note: "统计期（默认本年，按月选择起止日期）内行业部门推送预警涉及的农户及核实结果", usesPeriod: true,
            columns: households("received", "收到预警") { f, t in warned(f, t, "") }
                + households("verified", "已核实", group: "核实") { f, t in warned(f, t, " AND w.result IS NOT NULL") }
                + households("late", "超期核实或未核实", group: "核实") { f, t in
                    warned(f, t, " AND w.due < '\(t)' AND (w.result IS NULL OR w.verified_on > w.due)")
                }
                + WarningResult.allCases.flatMap { r in
                    households(r.rawValue, r.label, group: "核实结果") { f, t in warned(f, t, " AND w.result = '\(r.rawValue)'") }
                }),
        ReportDefinition(
            id: "measures-quarterly", title: "帮扶措施落实情况季度报表", source: "帮扶措施落实，按季度调度（防止返贫动态监测和帮扶工作指南）",
            note: "统计期（按季度选择起止日期）内开始实施或完成的帮扶措施所涉监测对象", usesPeriod: true,
            columns: households("open", "风险未消除监测对象") { _, _ in openMonitored }
                + [MeasureKind.developmental, .guarantee, .safetyNet, .other].flatMap { k in
                    households(k.rawValue, k.label, group: "本期开始实施措施") { f, t in
                        measured("x.kind = \(bind: k.rawValue) AND x.start_on >= \(bind: f.description) AND x.start_on <= \(bind: t.description)")
                    }
                }
                + households("relief", "应急救助和临时救助", group: "本期开始实施措施") { f, t in
                    "\(openMonitored) AND h.id IN (SELECT r.household_id FROM reliefs r WHERE r.granted_on >= \(bind: f.description) AND r.granted_on <= \(bind: t.description))"
                }
                + households("done", "本期完成措施", group: "措施进度") { f, t in
                    measured("x.state = 'done' AND x.end_on >= \(bind: f.description) AND x.end_on <= \(bind: t.description)")
                }
                + households("late", "开始日期已过仍为计划", group: "措施进度") { _, t in
                    measured("x.state = 'planned' AND x.start_on < \(bind: t.description)")
                }
                + households("none", "无在帮措施", group: "措施进度") { _, _ in
                    "\(openMonitored) AND h.id NOT IN (SELECT x.household_id FROM measures x WHERE x.state <> 'stopped')"
                }),
        ReportDefinition(
            id: "elimination-quarterly", title: "风险消除情况季度报表", source: "风险消除，按季度调度（防止返贫动态监测和帮扶工作指南）",
            note: "统计期（按季度选择起止日期）内标注风险消除的监测对象", usesPeriod: true,
            columns: households("eliminated", "本期风险消除") { f, t in eliminatedIn(f, t) }
                + EliminationKind.allCases.flatMap { k in
                    households(k.rawValue, k.label, group: "消除方式") { f, t in "\(eliminatedIn(f, t)) AND h.elimination_kind = \(bind: k.rawValue)" }
                }
                + monitoredCategories.flatMap { c in
                    households("c." + c.rawValue, c.label, group: "按类别") { f, t in "\(eliminatedIn(f, t)) AND h.monitoring_category = \(bind: c.rawValue)" }
                }
                + households("recheck", "消除后核查有问题", group: "核查") { f, t in
                    "\(eliminatedIn(f, t)) AND \(rollback(["I01", "I02", "I03", "I04", "I05", "I06", "I08", "H02"]))"
                }
                + households("open", "当前风险未消除", group: "对照") { _, _ in openMonitored }),
        ReportDefinition(
            id: "staffing", title: "驻村工作队力量配备测算表", source: "融安县精准防贫提升行动方案（驻村工作队配备规则）",
            note: "按各村脱贫人口和村的类型测算应增派（选派）的驻村工作队员；规则中的人数为政策参数", usesPeriod: false,
            columns: [ReportColumn(key: "alleviated", title: "脱贫人口（人）", people: true) { _, _ in "h.category = 'alleviated'" },
                      ReportColumn(key: "monitored", title: "监测对象人口（人）", people: true) { _, _ in "h.monitoring_category IS NOT NULL" },
                      ReportColumn(key: "need", title: "应增派（选派）工作队员（人）", condition: nil)],
            villageRows: true,
            derive: { ctx, code, counted in
                let flags = ctx.regions[code]?.flags ?? RegionFlags()
                let need = Staffing.need(flags: flags, alleviatedPeople: counted[0], settings: ctx.settings.staffing)
                let kind = flags.labels.isEmpty ? "" : flags.labels.joined(separator: "、") + "；"
                return (counted + [need.members], kind + (need.reasons.isEmpty ? "不需增派" : need.reasons.joined(separator: "；")))
            }),
        ReportDefinition(
            id: "scorecard", title: "乡镇防返贫监测帮扶工作考核评分表", source: "融安县精准防贫提升行动方案、宾县工作方案（纳入乡镇年度考核和后评估）",
            note: "排查覆盖（统计期内入户摸底）、数据质量（无未整改必改问题的农户）、帮扶落实（风险未消除监测户有在帮措施和帮扶责任人）三项按分值加权；分值为政策参数",
            usesPeriod: true,
            columns: [count("households", "农户") { _, _ in "1 = 1" }]
                + [count("screened", "统计期内已排查", group: "排查覆盖") { f, t in screened(f, t, "") }]
                + [count("mustFix", "有未整改必改问题", group: "数据质量") { _, _ in
                    "h.id IN (SELECT q.household_id FROM quality_findings q WHERE q.state = 'open' AND q.severity = 'mustFix')"
                }]
                + [count("open", "风险未消除监测户", group: "帮扶落实") { _, _ in openMonitored }]
                + [count("assisted", "有措施且有责任人", group: "帮扶落实") { _, _ in assisted }]
                + [ReportColumn(key: "score", title: "得分", condition: nil)],
            derive: { ctx, _, c in
                let score = Scorecard.score(.init(households: c[0], screened: c[1], withMustFix: c[2], openMonitored: c[3], assisted: c[4]),
                                            settings: ctx.settings.evaluation)
                return (c + [score], nil)
            },
            deriveTotal: true),
    ]

    static func definition(_ id: String) -> ReportDefinition? { all.first { $0.id == id } }

    static let openMonitored: SQLQueryString = "h.monitoring_category IS NOT NULL AND h.eliminated_on IS NULL"
    static let dropout: SQLQueryString = "h.id IN (SELECT m.household_id FROM members m WHERE m.removed_at IS NULL AND m.schooling = 'droppedOut')"
    static let uninsured: SQLQueryString = "h.id IN (SELECT m.household_id FROM members m WHERE m.removed_at IS NULL AND m.medical_insurance = 'none')"
    static let unsafeWater: SQLQueryString = "(h.water_quantity = false OR h.water_quality = false OR h.water_convenience = false OR h.water_reliability = false)"

    static func rollback(_ rules: [String]) -> SQLQueryString {
        "h.eliminated_on IS NOT NULL AND h.id IN (SELECT q.household_id FROM quality_findings q WHERE q.state = 'open' AND q.rule IN (\(binds: rules)))"
    }

    static let assisted: SQLQueryString = """
        \(openMonitored) AND h.id IN (SELECT x.household_id FROM measures x WHERE x.state <> 'stopped') \
        AND h.id IN (SELECT a.household_id FROM household_helpers a WHERE a.ended_on IS NULL)
        """

    static func eliminatedIn(_ f: Day, _ t: Day) -> SQLQueryString {
        "h.monitoring_category IS NOT NULL AND h.eliminated_on >= \(bind: f.description) AND h.eliminated_on <= \(bind: t.description)"
    }

    /// Monitored households with a measure meeting `condition` (on `x`).
    static func measured(_ condition: SQLQueryString) -> SQLQueryString {
        "h.monitoring_category IS NOT NULL AND h.id IN (SELECT x.household_id FROM measures x WHERE \(condition))"
    }

    static func warned(_ f: Day, _ t: Day, _ extra: String) -> SQLQueryString {
        "h.id IN (SELECT w.household_id FROM warnings w WHERE w.created_on >= \(bind: f.description) AND w.created_on <= \(bind: t.description)\(unsafeRaw: extra))"
    }

    static func screened(_ f: Day, _ t: Day, _ extra: String) -> SQLQueryString {
        "h.id IN (SELECT s.household_id FROM screening_records s WHERE s.visited_on >= \(bind: f.description) AND s.visited_on <= \(bind: t.description)\(unsafeRaw: extra))"
    }
}
