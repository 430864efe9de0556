/// One unmet condition of risk elimination (DOMAIN §1.6), with the policy's words.
public struct EliminationBlocker: Sendable, Equatable {
    public enum Code: String, Sendable {
        case tooSoon, incomeBelowLine, incomeUnstable, incomeUnknown, guarantees, noMeasure, noLabour, openRisk, openFinding
    }
    public var code: Code
    public var message: String
    public init(_ code: Code, _ message: String) { self.code = code; self.message = message }
}

/// Checks the conditions before a household may be proposed for risk elimination.
public enum EliminationCheck {
    public struct Input: Sendable {
        public var household: HouseholdSnapshot
        public var enrolledOn: Day
        /// Risk types recorded at enrolment.
        public var risks: [RiskType]
        /// Risk types answered by at least one measure that has been carried out (started on or before today).
        public var answeredRisks: Set<RiskType>
        public init(household: HouseholdSnapshot, enrolledOn: Day, risks: [RiskType], answeredRisks: Set<RiskType>) {
            self.household = household; self.enrolledOn = enrolledOn; self.risks = risks; self.answeredRisks = answeredRisks
        }
    }

    public static func blockers(_ input: Input, on date: Day, threshold: Threshold, settings s: PolicySettings = PolicySettings()) -> [EliminationBlocker] {
        var out: [EliminationBlocker] = []
        let h = input.household
        // 整户无劳动力: after social security, keep tracking; never mark eliminated (DOMAIN §1.6).
        let capable: Set<LabourCapacity> = [.ordinary, .skilled, .weak]
        if !h.members.contains(where: { m in m.choice("labour", as: LabourCapacity.self).map(capable.contains) ?? false }) {
            out.append(EliminationBlocker(.noLabour, "整户无劳动能力的监测户，落实社会保障兜底后不标注风险消除，继续跟踪监测"))
        }
        let earliest = input.enrolledOn.adding(months: s.eliminationMinMonths)
        if date < earliest {
            out.append(EliminationBlocker(.tooSoon, "纳入监测（\(input.enrolledOn)）不满\(s.eliminationMinMonths)个月，\(earliest)起方可提出"))
        }
        let income = h.income
        if let r = income.referencePerCapita(s) {
            if r <= threshold.perCapita {
                out.append(EliminationBlocker(.incomeBelowLine, "人均收入\(r)元未高于\(threshold.label)"))
            }
            // 收入持续稳定 (seed 000: "收入持续稳定"): the year before was above the line too, and the newest did not fall
            // sharply from it.
            if let newest = h.incomes.first, newest.year == h.facts.int("incomeYear"),
               let before = h.incomes.first(where: { $0.year == newest.year - 1 }) {
                if before.perCapita <= threshold.perCapita {
                    out.append(EliminationBlocker(.incomeUnstable, "上年（\(before.year)年）人均纯收入\(before.perCapita)元未高于\(threshold.label)，收入尚未持续稳定"))
                } else if before.perCapita > .zero, newest.perCapita < before.perCapita.percent(100 - s.sharpDropPercent) {
                    out.append(EliminationBlocker(.incomeUnstable, "人均纯收入由\(before.year)年的\(before.perCapita)元降至\(newest.perCapita)元，减少\(s.sharpDropPercent)%以上，收入尚未持续稳定"))
                }
            }
        } else {
            out.append(EliminationBlocker(.incomeUnknown, "没有在户成员或未填报收入，无法判断收入是否高于监测范围"))
        }
        for p in ThreeGuarantees.problems(h, on: date, settings: s) {
            out.append(EliminationBlocker(.guarantees, "\(p.area.label)未保障：\(p.reason)"))
        }
        let unanswered = input.risks.filter { !input.answeredRisks.contains($0) }
        if input.answeredRisks.isEmpty {
            out.append(EliminationBlocker(.noMeasure, "尚未落实针对风险的帮扶措施，至少落实一项后方可提出"))
        } else if !unanswered.isEmpty {
            out.append(EliminationBlocker(.openRisk, "以下风险尚无对应帮扶措施：" + unanswered.map(\.label).joined(separator: "、")))
        }
        return out
    }
}
