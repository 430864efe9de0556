import Domain
import Vapor

/// Runs the policy rules on one household as stored, with the policy version and thresholds in force.
struct HouseholdAssessment: Sendable {
    var date: Day
    var policyVersion: Int
    /// nil when no threshold is in force for the county's province on that date.
    var identification: IdentificationAssessment?
    var identificationError: String?
    var problems: [SecurityProblem]
    var keyGroups: [KeyGroupFlag]
    var income: IncomeStatement
    /// The income-risk points (seed 002) that fired between the newest statement and the year before.
    var incomeSignals: [IncomeRiskSignal] = []
    /// 应急救助 and 临时救助 of the last year (seed 002: recorded and weighed in the 研判).
    var reliefs: [ReliefRecord] = []
    /// The members' civil-affairs statuses (the roster), and the household's layer of 分层分类帮扶 (2026 regime).
    var civil: [CivilStatusRecord] = []
    var layer: (layer: AssistanceLayer, reason: String)?
    /// The layers of the regime in force on the date (none: that regime does not layer assistance).
    var layers: [AssistanceLayer] = []

    static func make(_ h: HouseholdRecord, members: [MemberRecord], incomes: [IncomeRecord], reliefs: [ReliefRecord] = [], civil: [CivilStatusRecord] = [],
                     on date: Day, policy: PolicyStore) -> HouseholdAssessment {
        let current = policy.current
        let active = members.filter { $0.removedAt == nil }
        let snapshot = HouseholdSnapshot(facts: h.facts, members: active.map(\.ruleFacts), incomes: incomes.map(\.statement), civil: civil)
        let province = String(h.countyCode.prefix(2))
        let thresholds = policy.thresholds
        var identification: IdentificationAssessment?
        var failure: String?
        do {
            identification = try Identification.assess(snapshot, on: date, province: province, thresholds: thresholds, settings: current.settings)
        } catch {
            failure = (error as? PolicyError)?.description ?? "\(error)"
        }
        let line = thresholds.inForce(province: province, on: date)?.perCapita
        let keyGroups = KeyGroups.flags(snapshot, on: date, threshold: line, settings: current.settings)
        let monitored = h.monitoringCategory != nil && h.facts.date("eliminatedOn") == nil
        // The layers of 分层分类帮扶 belong to the regime in force on the day (none before 2026).
        let layers = policy.regimes.inForce(on: date).layers
        return HouseholdAssessment(date: date, policyVersion: current.number, identification: identification, identificationError: failure,
                                   problems: ThreeGuarantees.problems(snapshot, on: date, settings: current.settings),
                                   keyGroups: keyGroups,
                                   income: snapshot.income,
                                   incomeSignals: IncomeRisks.signals(incomes: snapshot.incomes, incomeYear: h.facts.int("incomeYear"), members: snapshot.members,
                                                                      settings: current.settings.incomeRisk),
                                   reliefs: reliefs.filter { r in r.grantedOn.map { $0 <= date && $0 >= date.adding(days: -EmergencyRelief.recentDays) } ?? false },
                                   civil: civil,
                                   layer: AssistanceLayer.of(snapshot, statuses: civil, monitored: monitored, keyGroups: keyGroups, today: date)
                                       .flatMap { layers.contains($0.layer) ? $0 : nil },
                                   layers: layers)
    }

    var json: JSON {
        let s = identification
        return .object([
            "date": .string(date.description),
            "policyVersion": .number(Double(policyVersion)),
            "decision": s.map { .string($0.decision.rawValue) } ?? .null,
            "decisionLabel": s.map { .string($0.decision.label) } ?? .null,
            "error": identificationError.map(JSON.string) ?? .null,
            "threshold": s.map { t in .object(["province": .string(t.threshold.province), "effectiveFrom": .string(t.threshold.effectiveFrom.description),
                                               "perCapita": .decimal(Decimal(string: t.threshold.perCapita.description) ?? 0), "basis": .string(t.threshold.basis)]) } ?? .null,
            "netIncome": .decimal(Decimal(string: income.netIncome.description) ?? 0),
            "perCapitaIncome": income.perCapita.map { .decimal(Decimal(string: $0.description) ?? 0) } ?? .null,
            "rigidExpenditure": .decimal(Decimal(string: income.rigidExpenditure.description) ?? 0),
            "referencePerCapita": s?.referencePerCapita.map { .decimal(Decimal(string: $0.description) ?? 0) } ?? .null,
            "withinRange": s.map { .bool($0.withinRange) } ?? .null,
            "highIncomeException": s.map { .bool($0.highIncomeException) } ?? .null,
            "suggestedCategory": s?.suggestedCategory.map { .string($0.rawValue) } ?? .null,
            "suggestedRisks": .array((s?.suggestedRisks ?? []).map { .string($0.rawValue) }),
            "problems": .array(problems.map { .object(["area": .string($0.area.rawValue), "areaLabel": .string($0.area.label), "reason": .string($0.reason)]) }),
            "keyGroups": .array(keyGroups.map { .object(["group": .string($0.group.rawValue), "label": .string($0.group.label), "reason": .string($0.reason)]) }),
            "reasons": .array((s?.reasons ?? []).map(JSON.string)),
            "reliefs": .array(reliefs.map { r in .object(["kind": .string(r.kind?.rawValue ?? ""), "grantedOn": .string(r.grantedOn?.description ?? ""),
                                                          "amount": .money(r.amount), "reason": .string(r.facts.text("reason") ?? "")]) }),
            "civilStatuses": .array(civil.map { c in .object(["member": .string(c.memberName), "status": .string(c.status.rawValue), "label": .string(c.status.label),
                                                              "start": .string(c.start.description), "end": c.end.map { .string($0.description) } ?? .null,
                                                              "current": .bool(c.isCurrent(on: date))]) }),
            "layer": layer.map { l in .object(["layer": .string(l.layer.rawValue), "label": .string(l.layer.label), "reason": .string(l.reason)]) } ?? .null,
            "incomeRisks": .array(incomeSignals.map { .object(["point": .string($0.point.rawValue), "label": .string($0.point.label), "reason": .string($0.reason)]) }),
        ])
    }
}
