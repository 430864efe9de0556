/// What the machine needs to know about a case and its household to decide an action.
public struct CaseSnapshot: Sendable {
    public var state: CaseState
    /// The clue names a registered household (a self-report may name a person the registry does not know yet).
    public var hasHousehold: Bool
    public var householdCategory: HouseholdCategory?
    public var greenChannel: Bool
    /// Facts recorded by earlier steps (notice start date, …), by key.
    public var noticeStart: Day?
    /// Why risk elimination may not be proposed now (empty when every condition holds).
    public var eliminationBlockers: [EliminationBlocker]
    /// The latest day the case's history already names (the clue's day, each earlier step's dates): no step is dated before it.
    public var lastStep: StepDate?
    /// The latest 信息比对 of this identification (nil: none recorded).
    public var comparison: ComparisonOutcome?

    public init(state: CaseState, hasHousehold: Bool = true, householdCategory: HouseholdCategory? = nil, greenChannel: Bool = false,
                noticeStart: Day? = nil, eliminationBlockers: [EliminationBlocker] = [], lastStep: StepDate? = nil) {
        self.state = state; self.hasHousehold = hasHousehold; self.householdCategory = householdCategory
        self.greenChannel = greenChannel; self.noticeStart = noticeStart; self.eliminationBlockers = eliminationBlockers
        self.lastStep = lastStep
    }

    public init(state: CaseState, hasHousehold: Bool = true, householdCategory: HouseholdCategory? = nil, greenChannel: Bool = false,
                noticeStart: Day? = nil, eliminationBlockers: [EliminationBlocker] = [], lastStep: StepDate? = nil, comparison: ComparisonOutcome?) {
        self.init(state: state, hasHousehold: hasHousehold, householdCategory: householdCategory, greenChannel: greenChannel,
                  noticeStart: noticeStart, eliminationBlockers: eliminationBlockers, lastStep: lastStep)
        self.comparison = comparison
    }
}

/// A day in a case's history and what happened on it ("登记线索", "村级民主评议公示开始").
public struct StepDate: Sendable, Equatable {
    public var day: Day
    public var label: String
    public init(_ day: Day, _ label: String) { self.day = day; self.label = label }

    /// The latest of several (nil when there is none).
    public static func latest(_ dates: [StepDate]) -> StepDate? {
        dates.reduce(nil) { best, d in best.map { d.day > $0.day ? d : $0 } ?? d }
    }
}

/// The result of an allowed action.
public struct CaseTransition: Sendable, Equatable {
    public var from: CaseState
    public var to: CaseState
    public var action: CaseAction
    public var facts: Facts
    /// 补录: the step names a day this many days before it was recorded (more than the setting allows); nil otherwise.
    public var backfilledDays: Int? = nil
    /// The action opens the green channel (measures may start before the procedure ends).
    public var opensGreenChannel: Bool { action == .openGreenChannel }
}

/// Why an action was refused: one message in Chinese, and the field errors when the facts were the problem.
public struct CaseRefusal: Error, Sendable, Equatable {
    public enum Code: String, Sendable { case role, state, facts, conditions, household }
    public var code: Code
    public var message: String
    public var fieldErrors: [FieldError]

    public init(_ code: Code, _ message: String, fieldErrors: [FieldError] = []) {
        self.code = code; self.message = message; self.fieldErrors = fieldErrors
    }
}

public enum CaseMachine {
    /// Where "return to the previous step" leads from each state that has one.
    public static let previous: [CaseState: CaseState] = [
        .verifying: .clue, .villageReview: .verifying, .publicNotice: .villageReview, .townshipReview: .publicNotice,
        .countyApproval: .townshipReview, .eliminationNominated: .monitored, .eliminationVerified: .eliminationNominated,
        .eliminationConfirmed: .eliminationVerified,
    ]

    /// The state an allowed action leads to.
    public static func target(of action: CaseAction, from state: CaseState) -> CaseState {
        switch action {
        case .startVerification: return .verifying
        case .recordVerification: return .villageReview
        case .recordVillageReview: return .publicNotice
        case .closeNotice: return .townshipReview
        case .townshipApprove: return .countyApproval
        case .countyApprove: return .monitored
        case .reject: return .notEligible
        case .returnToPrevious: return previous[state] ?? state
        case .openGreenChannel, .informFarmer, .recordComparison: return state
        case .nominateElimination: return .eliminationNominated
        case .verifyElimination: return .eliminationVerified
        case .confirmElimination: return .eliminationConfirmed
        case .markEliminated: return .eliminated
        case .rollback: return .monitored
        case .remove: return .removed
        case .reidentify: return .clue
        }
    }

    /// The actions a role could take on a case in this state (before looking at the facts).
    public static func actions(for role: Role, in state: CaseState) -> [CaseAction] {
        CaseAction.allCases.filter { permits($0, role: role, state: state) == nil }
    }

    /// The village's steps the township or the county may record for it (代录), the step itself never skipped.
    public static func onBehalfActions(for role: Role, in state: CaseState) -> [CaseAction] {
        CaseAction.allCases.filter { $0.recordableOnBehalf && permits($0, role: role, state: state) != nil
                                     && permits($0, role: role, state: state, onBehalf: true) == nil }
    }

    /// nil when the role may take the action in this state; otherwise the refusal. `onBehalf`: the township or the
    /// county records a village step for the village (代录).
    public static func permits(_ action: CaseAction, role: Role, state: CaseState, onBehalf: Bool = false) -> CaseRefusal? {
        guard action.from.contains(state) else {
            if state.isClosed { return CaseRefusal(.state, "该事项已办结（\(state.label)），不能再\(action.label)") }
            return CaseRefusal(.state, "当前环节为“\(state.label)”，不能\(action.label)")
        }
        if onBehalf {
            guard action.recordableOnBehalf, role == .townshipOfficer || role == .countyAdmin else {
                return CaseRefusal(.role, "只有村级步骤可由乡镇或县级代录，\(role.label)不能代录\(action.label)")
            }
            return nil
        }
        guard action.roles.contains(role) else {
            return CaseRefusal(.role, "\(action.label)须由\(roleNames(action.roles))办理，\(role.label)无权办理")
        }
        // Rejecting or returning belongs to whoever owns the current step.
        if action == .reject || action == .returnToPrevious, !state.owner.contains(role) {
            return CaseRefusal(.role, "“\(state.label)”环节由\(roleNames(Set(state.owner)))办理，\(role.label)不能\(action.label)")
        }
        return nil
    }

    /// Checks role, state and facts, and returns the transition. `input` is the form or JSON, keyed by field.
    public static func apply(_ action: CaseAction, to c: CaseSnapshot, by role: Role, input: [String: String], today: Day,
                             settings: PolicySettings = PolicySettings(), regime: PolicyRegime? = nil,
                             onBehalf: Bool = false) -> Result<CaseTransition, CaseRefusal> {
        if let refusal = permits(action, role: role, state: c.state, onBehalf: onBehalf) { return .failure(refusal) }
        // The case's regime narrows the choices of category and risk type to its own.
        let table = regime.map { $0.restricting(action.fields) } ?? action.fields
        var (facts, errors) = table.apply(input, complete: true)
        if action == .recordVerification {
            // The visit's income: blocks with the year's size (written back as that year's statement), or a figure.
            errors += VerifiedIncome.problems(facts, today: today, yearsBack: YearlyIncome.yearsBack)
            if let verified = VerifiedIncome(facts: facts, today: today) {
                facts["incomeYear"] = .int(verified.year)
                facts["perCapitaIncome"] = .fixed(verified.perCapita)
            }
        }
        if !errors.isEmpty {
            return .failure(CaseRefusal(.facts, errors.map(\.message).joined(separator: "；"), fieldErrors: errors))
        }
        var problems: [FieldError] = []
        func problem(_ field: String, _ message: String) { problems.append(FieldError(field: field, code: "rule", message: message)) }
        // No step is recorded for a day still to come, nor for a day before the clue or an earlier step: a date cannot
        // be moved back to make a deadline look met or a waiting period look served.
        for spec in table.specs {
            guard case .date = spec.kind, let d = facts.date(spec.key) else { continue }
            if d > today, spec.key != "noticeStart" {
                problem(spec.key, "\(spec.label)不能晚于今天（\(today)）")
            } else if let last = c.lastStep, d < last.day {
                problem(spec.key, "\(spec.label)（\(d)）不能早于\(last.label)的日期（\(last.day)）")
            }
        }
        switch action {
        case .startVerification, .recordVerification:
            if !c.hasHousehold, action == .recordVerification {
                return .failure(CaseRefusal(.household, "线索尚未关联到农户台账中的家庭，请先在线索页面关联农户（或先登记该户）再登记核实结果"))
            }
        case .recordVillageReview:
            if facts.choice("result", as: ReviewResult.self) == .disagree {
                problem("result", "评议未通过的，请选择“认定为不符合条件”并写明理由，不进入公示")
            } else {
                problems += votes(facts, settings)
            }
            if let start = facts.date("noticeStart"), let reviewed = facts.date("reviewedOn"), start < reviewed {
                problem("noticeStart", "公示不能早于评议日期（\(reviewed)）")
            }
        case .closeNotice, .verifyElimination:
            if action == .verifyElimination, !c.eliminationBlockers.isEmpty {
                return .failure(CaseRefusal(.conditions, "风险消除条件已不满足，请退回重新研判：" + c.eliminationBlockers.map(\.message).joined(separator: "；")))
            }
            if let end = facts.date("noticeEnd") {
                if let start = c.noticeStart {
                    let days = start.days(until: end) + 1
                    // The notice the case's regime asks for (the one in force today for a case without one).
                    let noticeDays = (regime ?? ReferenceData.regime(on: today)).limits.noticeDays
                    if days < noticeDays {
                        problem("noticeEnd", "公示期不少于\(noticeDays)天：\(start)起公示，至\(end)仅\(max(days, 0))天")
                    }
                } else {
                    problem("noticeEnd", "没有找到公示开始日期，请退回上一步补录")
                }
            }
            if action == .closeNotice, (facts.int("objections") ?? 0) > 0, facts.text("objectionHandling") == nil {
                problem("objectionHandling", "有异议的，须写明异议处理情况")
            }
        case .recordComparison:
            if facts.choice("result", as: ComparisonOutcome.self) == .flagged, facts.text("note") == nil {
                problem("note", "发现不符合纳入条件情形的，须写明比对情况")
            }
        case .countyApprove:
            // 信息比对 before the county decides, unless a new 低保 household was compared when it got 低保 (seed 001).
            if settings.comparisonRequired, facts.bool("comparedAsDibao") != true {
                switch c.comparison {
                case nil: problem("comparedAsDibao", "县级审定前须完成信息比对（存款、车辆、房产、经商办企业）；新纳入低保对象已比对的，请勾选后审定")
                case .flagged?: problem("comparedAsDibao", "信息比对发现不符合纳入条件的情形，应认定为不符合条件，或重新比对后再审定")
                case .clear?: break
                }
            }
            if let category = facts.choice("category", as: MonitoringCategory.self), let hc = c.householdCategory {
                if category == .unstable && hc != .alleviated { problem("category", "脱贫不稳定户须为脱贫户；该户为\(hc.label)") }
                if category == .marginal && hc != .ordinary { problem("category", "边缘易致贫户须为一般户；该户为\(hc.label)") }
            }
            if !c.hasHousehold { return .failure(CaseRefusal(.household, "线索尚未关联到农户，不能审定纳入")) }
        case .openGreenChannel:
            if c.greenChannel { return .failure(CaseRefusal(.state, "该事项已开通绿色通道")) }
        case .nominateElimination:
            if !c.eliminationBlockers.isEmpty {
                return .failure(CaseRefusal(.conditions, "不符合风险消除条件：" + c.eliminationBlockers.map(\.message).joined(separator: "；")))
            }
            // 民主评议 as for identification (the printed elimination notice says the village reviewed it).
            problems += votes(facts, settings)
            if let start = facts.date("noticeStart"), let reviewed = facts.date("reviewedOn"), start < reviewed {
                problem("noticeStart", "公示不能早于民主评议日期（\(reviewed)）")
            }
            if let months = facts.int("stableMonths"), months < settings.incomeStableMonths {
                problem("stableMonths", "收入持续稳定原则上不少于\(settings.incomeStableMonths)个月（填报\(months)个月），暂不能提出风险消除")
            }
        case .confirmElimination, .markEliminated:
            // The conditions are checked again with this day's data at every later step (乡镇验收 above).
            if !c.eliminationBlockers.isEmpty {
                return .failure(CaseRefusal(.conditions, "风险消除条件已不满足，请退回重新研判：" + c.eliminationBlockers.map(\.message).joined(separator: "；")))
            }
        default:
            break
        }
        if !problems.isEmpty {
            return .failure(CaseRefusal(.facts, problems.map(\.message).joined(separator: "；"), fieldErrors: problems))
        }
        var t = CaseTransition(from: c.state, to: target(of: action, from: c.state), action: action, facts: facts)
        if let day = action.stepDateKey.flatMap({ facts.date($0) }), day.days(until: today) > settings.backfillDays {
            t.backfilledDays = day.days(until: today)
        }
        return .success(t)
    }

    /// 民主评议's votes: for and against within the attendance, and more than the setting's share for.
    static func votes(_ facts: Facts, _ settings: PolicySettings) -> [FieldError] {
        let attendees = facts.int("attendees") ?? 0, yes = facts.int("votesFor") ?? 0, no = facts.int("votesAgainst") ?? 0
        var out: [FieldError] = []
        if yes + no > attendees {
            out.append(FieldError(field: "votesFor", code: "rule", message: "同意票与反对票之和（\(yes + no)）超过参会人数（\(attendees)）"))
        }
        if yes * 100 <= attendees * settings.reviewMajorityPercent {
            let share = settings.reviewMajorityPercent == 50 ? "一半" : "\(settings.reviewMajorityPercent)%"
            out.append(FieldError(field: "votesFor", code: "rule", message: "同意票须超过参会人数的\(share)（\(attendees)人参会，同意\(yes)票）"))
        }
        return out
    }

    static func roleNames(_ roles: Set<Role>) -> String {
        Role.allCases.filter(roles.contains).map(\.label).joined(separator: "或")
    }
}
