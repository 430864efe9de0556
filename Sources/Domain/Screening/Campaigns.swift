/// Screening campaigns (SPEC R15; seeds 000, 001, 004): regular, focused, centralised and look-back, each
/// with a scope and a period; the household survey record (入户摸底调查表) of each visit.
public enum CampaignKind: String, Labeled {
    case monthly, quarterly, focused, centralised, lookBack
    public var label: String {
        switch self {
        case .monthly: return "月度常态化排查"
        case .quarterly: return "季度排查"
        case .focused: return "重点区域排查"
        case .centralised: return "集中排查"
        case .lookBack: return "集中排查“回头看”"
        }
    }
}

/// A phase of a centralised campaign with its deadline (e.g. 乡镇自查整改阶段 7月12日—21日).
public struct CampaignPhase: Sendable, Equatable, Codable {
    public var name: String
    public var from: Day
    public var to: Day
    public init(name: String, from: Day, to: Day) { self.name = name; self.from = from; self.to = to }
}

public struct CampaignPlan: Sendable, Equatable {
    public var kind: CampaignKind
    public var name: String
    /// County, township or village code the campaign covers.
    public var scope: String
    public var from: Day
    public var to: Day
    public var phases: [CampaignPhase]
    public init(kind: CampaignKind, name: String, scope: String, from: Day, to: Day, phases: [CampaignPhase] = []) {
        self.kind = kind; self.name = name; self.scope = scope; self.from = from; self.to = to; self.phases = phases
    }

    /// Checks a plan: a name, a period in order, phases inside the period and in order; focused campaigns and
    /// centralised ones say what they are; phases are read from lines "名称,YYYY-MM-DD,YYYY-MM-DD".
    public func problems() -> [FieldError] {
        var out: [FieldError] = []
        if name.trimmed.isEmpty { out.append(FieldError(field: "name", code: "required", message: "请填写排查名称")) }
        if name.count > 60 { out.append(FieldError(field: "name", code: "length", message: "排查名称不超过60字")) }
        if to < from { out.append(FieldError(field: "to", code: "order", message: "结束日期不能早于开始日期")) }
        if from.days(until: to) > 366 { out.append(FieldError(field: "to", code: "range", message: "一次排查不超过一年")) }
        var last: Day?
        for (i, p) in phases.enumerated() {
            if p.from < from || p.to > to || p.to < p.from {
                out.append(FieldError(field: "phases", code: "range", message: "第\(i + 1)阶段“\(p.name)”应在排查期间内且结束不早于开始"))
            }
            if let last, p.from < last {
                out.append(FieldError(field: "phases", code: "order", message: "第\(i + 1)阶段“\(p.name)”应在上一阶段结束之后开始"))
            }
            last = p.to
        }
        if kind == .centralised && phases.isEmpty {
            out.append(FieldError(field: "phases", code: "required", message: "集中排查请列出阶段及截止日期（每行：阶段名称,开始日期,结束日期）"))
        }
        return out
    }

    /// Parses phase lines; a line that cannot be read is an error naming it.
    public static func phases(from text: String) -> ([CampaignPhase], [FieldError]) {
        var phases: [CampaignPhase] = []
        var errors: [FieldError] = []
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(raw).trimmed
            if line.isEmpty { continue }
            let parts = line.split(whereSeparator: { $0 == "," || $0 == "，" }).map { String($0).trimmed }
            guard parts.count == 3, !parts[0].isEmpty, let a = Day(parts[1]), let b = Day(parts[2]) else {
                errors.append(FieldError(field: "phases", code: "format", message: "第\(i + 1)行应为：阶段名称,开始日期,结束日期（如 乡镇自查,2026-07-12,2026-07-21）"))
                continue
            }
            phases.append(CampaignPhase(name: parts[0], from: a, to: b))
        }
        return (phases, errors)
    }
}

/// 在家 or not; an absent household's facts come from somewhere, which the record says.
public enum Presence: String, Labeled {
    case atHome, absent
    public var label: String { self == .atHome ? "在家" : "不在家" }
}

public enum AbsentSource: String, Labeled {
    case phone, relatives, villageCadres, departmentData
    public var label: String {
        switch self {
        case .phone: return "电话或视频联系本人"
        case .relatives: return "向亲属邻居了解"
        case .villageCadres: return "村组干部掌握"
        case .departmentData: return "部门数据比对"
        }
    }
}

/// The household survey (入户摸底调查表): who visited, when, at home or not, facts confirmed or changed, risks seen.
public struct ScreeningInput: Sendable, Equatable {
    public var visitedOn: Day
    public var visitors: [String]
    public var presence: Presence
    public var absentSource: AbsentSource?
    public var factsChanged: Bool
    public var changes: String
    public var risks: [RiskType]
    public var raiseClue: Bool
    public var note: String
    public init(visitedOn: Day, visitors: [String], presence: Presence, absentSource: AbsentSource? = nil, factsChanged: Bool = false,
                changes: String = "", risks: [RiskType] = [], raiseClue: Bool = false, note: String = "") {
        self.visitedOn = visitedOn; self.visitors = visitors; self.presence = presence; self.absentSource = absentSource
        self.factsChanged = factsChanged; self.changes = changes; self.risks = risks; self.raiseClue = raiseClue; self.note = note
    }

    /// The record's own checks, and the campaign's period. `today` bounds the visit date.
    public func problems(campaign: CampaignPlan, today: Day) -> [FieldError] {
        var out: [FieldError] = []
        if visitedOn < campaign.from || visitedOn > campaign.to {
            out.append(FieldError(field: "visitedOn", code: "range", message: "走访日期应在排查期间内（\(campaign.from)至\(campaign.to)）"))
        }
        if visitedOn > today { out.append(FieldError(field: "visitedOn", code: "future", message: "走访日期不能晚于今天")) }
        if visitors.isEmpty { out.append(FieldError(field: "visitors", code: "required", message: "请填写走访人（多人用顿号或逗号分隔）")) }
        if visitors.count > 5 { out.append(FieldError(field: "visitors", code: "range", message: "走访人不超过5人")) }
        if presence == .absent && absentSource == nil {
            out.append(FieldError(field: "absentSource", code: "required", message: "农户不在家时须说明信息如何核实"))
        }
        if factsChanged && changes.trimmed.isEmpty {
            out.append(FieldError(field: "changes", code: "required", message: "信息有变化时请写明变化内容"))
        }
        if raiseClue && risks.isEmpty {
            out.append(FieldError(field: "risks", code: "required", message: "提出风险线索时请选择发现的风险类型"))
        }
        if changes.count > 500 || note.count > 500 { out.append(FieldError(field: "note", code: "length", message: "变化内容和备注各不超过500字")) }
        return out
    }

    /// Names from "张三、李四,王五".
    public static func names(_ text: String) -> [String] {
        text.split(whereSeparator: { "、,，;； ".contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}
