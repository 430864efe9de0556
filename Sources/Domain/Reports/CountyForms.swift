/// The tables of seed 001 that the county fills in itself (附表6 and 7, 县级填报): the anti-poverty bodies and their
/// staffing (R28), and the 防贫保 insurance schemes. Each row is entered through the fields below, validated like
/// every other form; the numeric columns are summed.
public struct CountyForm: Sendable {
    public var id: String
    public var title: String
    public var source: String
    public var note: String
    public var fields: FieldTable
    /// The fields summed in the totals row.
    public var summed: [String]

    public static let bodies = CountyForm(
        id: "bodies", title: "防贫机构人员情况摸底统计表", source: "涞源县集中排查方案附表6（县级填报）",
        note: "县防贫中心、行业部门工作专班、乡镇防贫工作站、村级网格员等防贫机构及其人员配备（R28）",
        fields: FieldTable([
            FieldSpec("level", "level", "层级", .choice(BodyLevel.choices), required: true, section: "机构"),
            FieldSpec("name", "name", "机构名称", .text(maxLength: 60), required: true, section: "机构"),
            FieldSpec("units", "units", "机构数（个）", .integer(0...10_000), required: true, section: "人员"),
            FieldSpec("posts", "posts", "编制数（人）", .integer(0...100_000), required: true, section: "人员"),
            FieldSpec("staff", "staff", "实有人数（人）", .integer(0...100_000), required: true, section: "人员"),
            FieldSpec("fullTime", "full_time", "其中专职（人）", .integer(0...100_000), required: true, section: "人员"),
            FieldSpec("partTime", "part_time", "其中兼职（人）", .integer(0...100_000), required: true, section: "人员"),
            FieldSpec("note", "note", "备注", .text(maxLength: 200), section: "人员"),
            FieldSpec("year", "year", "统计年度", .integer(2015...2100), required: true, section: "人员"),
        ]),
        summed: ["units", "posts", "staff", "fullTime", "partTime"])

    public static let insurance = CountyForm(
        id: "insurance", title: "“防贫保”模式情况统计表", source: "涞源县集中排查方案附表7（县级填报）",
        note: "本县开展的防贫保险（防贫保）险种、承保机构、参保和理赔情况",
        fields: FieldTable([
            FieldSpec("name", "name", "险种名称", .text(maxLength: 60), required: true, section: "险种"),
            FieldSpec("insurer", "insurer", "承保机构", .text(maxLength: 60), required: true, section: "险种"),
            FieldSpec("covers", "covers", "保障对象", .text(maxLength: 100), required: true, section: "险种"),
            FieldSpec("year", "year", "年度", .integer(2015...2100), required: true, section: "险种"),
            FieldSpec("households", "households", "参保户数（户）", .integer(0...10_000_000), required: true, section: "参保"),
            FieldSpec("people", "people", "参保人数（人）", .integer(0...100_000_000), required: true, section: "参保"),
            FieldSpec("premium", "premium", "保费总额", .fixed2(unit: "元"), required: true, section: "参保"),
            FieldSpec("fiscal", "fiscal", "其中财政出资", .fixed2(unit: "元"), required: true, section: "参保"),
            FieldSpec("claims", "claims", "理赔户次", .integer(0...10_000_000), required: true, section: "理赔"),
            FieldSpec("paid", "paid", "理赔金额", .fixed2(unit: "元"), required: true, section: "理赔"),
        ]),
        summed: ["households", "people", "premium", "fiscal", "claims", "paid"])

    /// R17: the regular 集中研判 of large-scale risks, with the contingency plan each one settles on.
    public static let assessments = CountyForm(
        id: "assessments", title: "规模性返贫风险集中研判记录", source: "融安县精准防贫提升行动方案（二）、001（五）：定期集中研判规模性返贫风险隐患，及时制定防范预案",
        note: "县、乡镇集中研判的日期、范围、涉及的风险、受影响户数、研判结论和防范预案；总览页规模性风险表标红的区域应有研判记录",
        fields: FieldTable([
            FieldSpec("date", "date", "研判日期", .date, required: true, section: "研判"),
            FieldSpec("scope", "scope", "研判范围（全县、乡镇或村）", .text(maxLength: 60), required: true, section: "研判"),
            FieldSpec("risks", "risks", "涉及的风险", .multiChoice(ScaleRiskIndicator.choices, max: ScaleRiskIndicator.allCases.count), required: true,
                      section: "研判"),
            FieldSpec("households", "households", "受影响户数", .integer(0...1_000_000), required: true, section: "研判"),
            FieldSpec("conclusion", "conclusion", "研判结论", .text(maxLength: 500), required: true, section: "结论与预案"),
            FieldSpec("plan", "plan", "防范预案", .text(maxLength: 1000), required: true, section: "结论与预案"),
            FieldSpec("units", "units", "参加单位", .text(maxLength: 200), section: "结论与预案"),
        ]),
        summed: ["households"])

    public static let all = [bodies, insurance, assessments]

    /// The year a row counts for: its 年度, else the year of its date (研判日期), else `fallback`.
    public static func year(of facts: Facts, fallback: Int) -> Int { facts.int("year") ?? facts.date("date")?.year ?? fallback }
    public static func form(_ id: String) -> CountyForm? { all.first { $0.id == id } }

    /// Checks one row: the fields, and the parts that must not exceed their whole.
    public func validate(_ input: [String: String]) -> (Facts, [FieldError]) {
        let (facts, found) = fields.apply(input, complete: true)
        var errors = found
        guard errors.isEmpty else { return (facts, errors) }
        if id == "bodies", let staff = facts.int("staff"), (facts.int("fullTime") ?? 0) + (facts.int("partTime") ?? 0) != staff {
            errors.append(FieldError(field: "fullTime", code: "sum", message: "专职与兼职人数之和应等于实有人数（\(staff)人）"))
        }
        if id == "insurance" {
            if let premium = facts.fixed("premium"), let fiscal = facts.fixed("fiscal"), fiscal > premium {
                errors.append(FieldError(field: "fiscal", code: "sum", message: "财政出资不能超过保费总额"))
            }
            if let h = facts.int("households"), let p = facts.int("people"), p < h {
                errors.append(FieldError(field: "people", code: "sum", message: "参保人数不能少于参保户数"))
            }
        }
        return (facts, errors)
    }
}

/// 层级 of an anti-poverty body (R28).
public enum BodyLevel: String, Labeled {
    case county, department, township, village
    public var label: String {
        switch self {
        case .county: return "县级（防贫中心）"
        case .department: return "行业部门（工作专班）"
        case .township: return "乡镇（防贫工作站）"
        case .village: return "村级（网格员）"
        }
    }
}
