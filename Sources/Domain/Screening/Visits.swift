/// Visits (大走访, R25; seed 000 三(一)1): teams of three; the first secretary and the village party secretary
/// visit every 脱贫户 and monitored household; no visitor above 20 households a day (35 in a large relocation
/// site); the first quarter's visits done by 15 March.
public enum VisitorRole: String, Labeled {
    case firstSecretary, partySecretary, workTeam, villageCadre, townshipCadre, helper
    public var label: String {
        switch self {
        case .firstSecretary: return "驻村第一书记"
        case .partySecretary: return "村党组织书记"
        case .workTeam: return "驻村工作队员"
        case .villageCadre: return "村“两委”干部"
        case .townshipCadre: return "乡镇包村干部"
        case .helper: return "帮扶联系人"
        }
    }
    /// The two who must cover every 脱贫户 and monitored household.
    public var mustCoverAll: Bool { self == .firstSecretary || self == .partySecretary }
}

public struct VisitMember: Sendable, Equatable, Codable {
    public var name: String
    public var role: String
    public init(name: String, role: VisitorRole) { self.name = name; self.role = role.rawValue }
    public var visitorRole: VisitorRole? { VisitorRole(rawValue: role) }
}

public struct VisitPlanInput: Sendable, Equatable {
    public var team: [VisitMember]
    public var from: Day
    public var to: Day
    /// Households to visit (脱贫户 and monitored in the village).
    public var households: Int
    public init(team: [VisitMember], from: Day, to: Day, households: Int) {
        self.team = team; self.from = from; self.to = to; self.households = households
    }

    /// Checks the team and the schedule: each member visits every household of the plan, so the households per
    /// working day may not exceed the daily limit; a first-quarter plan ends by the March deadline.
    public func problems(limit: Int, settings s: ScreeningSettings, calendar: WorkingCalendar) -> [FieldError] {
        var out: [FieldError] = []
        if team.count != s.visitTeamSize {
            out.append(FieldError(field: "team", code: "size", message: "走访组应为\(s.visitTeamSize)人一组（现为\(team.count)人）"))
        }
        if team.contains(where: { $0.name.trimmed.isEmpty }) { out.append(FieldError(field: "team", code: "required", message: "请填写每位组员的姓名")) }
        if Set(team.map(\.name)).count != team.count { out.append(FieldError(field: "team", code: "duplicate", message: "组员姓名重复")) }
        if to < from { out.append(FieldError(field: "to", code: "order", message: "结束日期不能早于开始日期")); return out }
        if from.month <= 3, let deadline = Day(year: from.year, month: 3, day: s.firstQuarterVisitDay), to > deadline {
            out.append(FieldError(field: "to", code: "deadline", message: "第一季度大走访最迟\(deadline)完成（融安县方案：最迟不超过3月15日）"))
        }
        let days: Int
        do { days = try calendar.workingDays(after: from.adding(days: -1), through: to) } catch {
            out.append(FieldError(field: "from", code: "calendar", message: "\(error)"))
            return out
        }
        if days == 0 {
            out.append(FieldError(field: "from", code: "workdays", message: "计划期间没有工作日"))
        } else if households > days * limit {
            let need = (households + limit - 1) / limit
            out.append(FieldError(field: "to", code: "daily_limit",
                                  message: "\(households)户需至少\(need)个工作日（每人每天不超过\(limit)户），计划只有\(days)个工作日"))
        }
        return out
    }
}

public enum VisitRules {
    /// A visitor's count on a day after one more visit: refused above the limit.
    public static func dailyProblem(visitor: String, on day: Day, alreadyThatDay: Int, limit: Int) -> FieldError? {
        guard alreadyThatDay + 1 > limit else { return nil }
        return FieldError(field: "visitors", code: "daily_limit", message: "\(visitor)在\(day)已走访\(alreadyThatDay)户，每人每天不超过\(limit)户")
    }
}
