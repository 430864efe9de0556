import Domain
import Testing

/// The life cycle of SPEC §3, written out by hand as the expected table: every (state, action, role) triple not
/// listed here must be refused with a reason.
@Suite struct CaseMachineTests {
    typealias Row = (state: CaseState, action: CaseAction, roles: Set<Role>, to: CaseState)
    static let t: Role = .townshipOfficer, v: Role = .villageOfficer, c: Role = .countyAdmin
    static let expected: [Row] = {
        var rows: [Row] = [
            (.clue, .startVerification, [t, v], .verifying),
            (.verifying, .recordVerification, [t, v], .villageReview),
            (.villageReview, .recordVillageReview, [v], .publicNotice),
            (.publicNotice, .closeNotice, [v], .townshipReview),
            (.townshipReview, .townshipApprove, [t], .countyApproval),
            (.countyApproval, .countyApprove, [c], .monitored),
            // Reject: whoever owns the step.
            (.clue, .reject, [t, v], .notEligible), (.verifying, .reject, [t, v], .notEligible),
            (.villageReview, .reject, [v], .notEligible), (.publicNotice, .reject, [v], .notEligible),
            (.townshipReview, .reject, [t], .notEligible), (.countyApproval, .reject, [c], .notEligible),
            // Return to the previous step.
            (.verifying, .returnToPrevious, [t, v], .clue), (.villageReview, .returnToPrevious, [v], .verifying),
            (.publicNotice, .returnToPrevious, [v], .villageReview), (.townshipReview, .returnToPrevious, [t], .publicNotice),
            (.countyApproval, .returnToPrevious, [c], .townshipReview), (.eliminationNominated, .returnToPrevious, [t], .monitored),
            (.eliminationVerified, .returnToPrevious, [c], .eliminationNominated),
            (.eliminationConfirmed, .returnToPrevious, [c], .eliminationVerified),
            // Telling the farmer the decision.
            (.monitored, .informFarmer, [t, v], .monitored), (.notEligible, .informFarmer, [t, v], .notEligible),
            // Elimination in four steps.
            (.monitored, .nominateElimination, [v], .eliminationNominated),
            (.eliminationNominated, .verifyElimination, [t], .eliminationVerified),
            (.eliminationVerified, .confirmElimination, [c], .eliminationConfirmed),
            (.eliminationConfirmed, .markEliminated, [c], .eliminated),
            (.eliminated, .rollback, [c], .monitored),
            (.monitored, .remove, [c], .removed), (.eliminated, .remove, [c], .removed),
            (.eliminated, .reidentify, [t, v], .clue),
        ]
        for s in [CaseState.clue, .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval] {
            rows.append((s, .openGreenChannel, [t, c], s))
        }
        // 信息比对 by the county alongside the steps after the clue is taken up.
        for s in [CaseState.verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval] {
            rows.append((s, .recordComparison, [c], s))
        }
        return rows
    }()

    @Test func everyStateActionAndRoleIsAllowedAsTheTableSaysOrRefusedWithAReason() {
        var allowed = 0, refused = 0
        for state in CaseState.allCases {
            for action in CaseAction.allCases {
                let row = Self.expected.first { $0.state == state && $0.action == action }
                for role in Role.allCases {
                    let refusal = CaseMachine.permits(action, role: role, state: state)
                    if let row, row.roles.contains(role) {
                        #expect(refusal == nil, "\(state) \(action) \(role) should be allowed: \(refusal?.message ?? "")")
                        #expect(CaseMachine.target(of: action, from: state) == row.to, "\(state) \(action)")
                        allowed += 1
                    } else {
                        #expect(refusal != nil, "\(state) \(action) \(role) should be refused")
                        #expect(refusal?.message.isEmpty == false)
                        if row == nil { #expect(refusal?.code == .state) } else { #expect(refusal?.code == .role) }
                        refused += 1
                    }
                }
            }
        }
        #expect(allowed == Self.expected.reduce(0) { $0 + $1.roles.count })
        #expect(allowed + refused == CaseState.allCases.count * CaseAction.allCases.count * Role.allCases.count)
    }

    @Test func helpersInspectorsAndDepartmentsNeverMoveACase() {
        for state in CaseState.allCases {
            for role in [Role.helper, .inspector, .departmentOfficer] {
                #expect(CaseMachine.actions(for: role, in: state).isEmpty)
            }
        }
    }

    @Test func refusalsSayWhyInChinese() {
        let closed = CaseMachine.permits(.startVerification, role: .villageOfficer, state: .notEligible)
        #expect(closed?.message == "该事项已办结（不符合条件），不能再受理并开始入户核实")
        let wrongRole = CaseMachine.permits(.countyApprove, role: .townshipOfficer, state: .countyApproval)
        #expect(wrongRole?.message == "县级审定纳入监测须由县级管理员办理，乡镇工作站无权办理")
        let notOwner = CaseMachine.permits(.reject, role: .villageOfficer, state: .townshipReview)
        #expect(notOwner?.message == "“乡镇审核”环节由乡镇工作站办理，村网格员不能认定为不符合条件")
    }

    static let today = Day(year: 2026, month: 11, day: 20)!

    func apply(_ a: CaseAction, _ s: CaseSnapshot, _ r: Role, _ input: [String: String]) -> Result<CaseTransition, CaseRefusal> {
        CaseMachine.apply(a, to: s, by: r, input: input, today: Self.today)
    }

    @Test func eachStepNeedsItsFacts() throws {
        guard case .failure(let f) = apply(.recordVerification, CaseSnapshot(state: .verifying), .villageOfficer, [:]) else {
            Issue.record("verification without facts was accepted"); return
        }
        #expect(f.code == .facts && Set(f.fieldErrors.map(\.field)) == ["verifiedOn", "visitors", "findings", "perCapitaIncome", "guaranteesSecure"])
        let ok = apply(.recordVerification, CaseSnapshot(state: .verifying), .villageOfficer,
                       ["verifiedOn": "2026-11-18", "visitors": "王五、李四", "findings": "因病住院，医疗支出大", "perCapitaIncome": "6500", "guaranteesSecure": "是"])
        #expect(try ok.get().to == .villageReview && ok.get().facts.fixed("perCapitaIncome") == Fixed2(6500))
        // A verification dated tomorrow is refused.
        guard case .failure(let future) = apply(.recordVerification, CaseSnapshot(state: .verifying), .villageOfficer,
                                                ["verifiedOn": "2026-11-21", "visitors": "王五", "findings": "x", "perCapitaIncome": "6500", "guaranteesSecure": "是"]) else {
            Issue.record("future date accepted"); return
        }
        #expect(future.fieldErrors.first?.field == "verifiedOn")
        // A self-report not yet linked to a household cannot be verified.
        guard case .failure(let unlinked) = apply(.recordVerification, CaseSnapshot(state: .verifying, hasHousehold: false), .villageOfficer,
                                                  ["verifiedOn": "2026-11-18", "visitors": "王五", "findings": "x", "perCapitaIncome": "6500", "guaranteesSecure": "是"]) else {
            Issue.record("unlinked accepted"); return
        }
        #expect(unlinked.code == .household)
    }

    @Test func theVillageReviewNeedsAMajorityAndTheNoticeFiveDays() throws {
        let review = ["reviewedOn": "2026-11-10", "attendees": "21", "votesFor": "10", "votesAgainst": "2", "result": "agree",
                      "noticeStart": "2026-11-11", "noticePlace": "村务公开栏"]
        guard case .failure(let minority) = apply(.recordVillageReview, CaseSnapshot(state: .villageReview), .villageOfficer, review) else {
            Issue.record("minority accepted"); return
        }
        #expect(minority.message.contains("同意票须超过参会人数的一半"))
        var majority = review
        majority["votesFor"] = "11"
        #expect(try apply(.recordVillageReview, CaseSnapshot(state: .villageReview), .villageOfficer, majority).get().to == .publicNotice)
        // The majority is a setting: a county that asks for two thirds refuses 11 of 21.
        var twoThirds = PolicySettings()
        twoThirds.reviewMajorityPercent = 66
        guard case .failure(let short) = CaseMachine.apply(.recordVillageReview, to: CaseSnapshot(state: .villageReview), by: .villageOfficer,
                                                           input: majority, today: Self.today, settings: twoThirds) else {
            Issue.record("11 of 21 accepted under a two-thirds rule"); return
        }
        #expect(short.message.contains("同意票须超过参会人数的66%（21人参会，同意11票）"))
        majority["votesFor"] = "14"
        #expect(throws: Never.self) {
            try CaseMachine.apply(.recordVillageReview, to: CaseSnapshot(state: .villageReview), by: .villageOfficer, input: majority,
                                  today: Self.today, settings: twoThirds).get()
        }
        majority["votesFor"] = "11"
        var tooMany = majority
        tooMany["votesAgainst"] = "11"
        #expect(throws: CaseRefusal.self) { try apply(.recordVillageReview, CaseSnapshot(state: .villageReview), .villageOfficer, tooMany).get() }

        let notice = CaseSnapshot(state: .publicNotice, noticeStart: Day(year: 2026, month: 11, day: 11)!)
        // 11th to 14th is four days: too short. To the 15th is five, first and last included.
        guard case .failure(let short) = apply(.closeNotice, notice, .villageOfficer, ["noticeEnd": "2026-11-14", "objections": "0"]) else {
            Issue.record("short notice accepted"); return
        }
        #expect(short.message == "公示期不少于5天：2026-11-11起公示，至2026-11-14仅4天")
        #expect(try apply(.closeNotice, notice, .villageOfficer, ["noticeEnd": "2026-11-15", "objections": "0"]).get().to == .townshipReview)
        // Objections need their handling written down.
        #expect(throws: CaseRefusal.self) { try apply(.closeNotice, notice, .villageOfficer, ["noticeEnd": "2026-11-15", "objections": "1"]).get() }
        // The period is the case's regime's: one that asks for 7 days refuses 5, whatever the regime in force today.
        var regime = ReferenceData.regimes[0]
        regime.limits.noticeDays = 7
        let seven = CaseMachine.apply(.closeNotice, to: notice, by: .villageOfficer, input: ["noticeEnd": "2026-11-15", "objections": "0"], today: Self.today,
                                      regime: regime)
        guard case .failure(let refusal) = seven else { Issue.record("a 5-day notice passed a 7-day regime"); return }
        #expect(refusal.message == "公示期不少于7天：2026-11-11起公示，至2026-11-15仅5天")
    }

    @Test func theCountyPicksACategoryThatFitsTheHousehold() throws {
        let input = ["approvedOn": "2026-11-19", "reviewer": "县乡村振兴局", "opinion": "同意纳入", "category": "unstable", "riskTypes": "illness"]
        let ordinary = CaseSnapshot(state: .countyApproval, householdCategory: .ordinary, comparison: .clear)
        guard case .failure(let wrong) = apply(.countyApprove, ordinary, .countyAdmin, input) else { Issue.record("accepted"); return }
        #expect(wrong.message == "脱贫不稳定户须为脱贫户；该户为一般户")
        var marginal = input
        marginal["category"] = "marginal"
        let ok = try apply(.countyApprove, ordinary, .countyAdmin, marginal).get()
        #expect(ok.to == .monitored && ok.facts.multi("riskTypes", as: RiskType.self) == [.illness])
    }

    /// What a bulk 审定 takes when the county leaves the category to each case: the category the county's own check
    /// accepts for the household (脱贫户 → 脱贫不稳定户, 一般户 → 边缘易致贫户); 突发严重困难户 is never implied.
    @Test func theImpliedCategoryIsOneTheCountyCheckAccepts() throws {
        #expect(MonitoringCategory.implied(by: .alleviated) == .unstable)
        #expect(MonitoringCategory.implied(by: .ordinary) == .marginal)
        #expect(MonitoringCategory.implied(by: nil) == nil)
        for household in [HouseholdCategory.alleviated, .ordinary] {
            let implied = try #require(MonitoringCategory.implied(by: household))
            let input = ["approvedOn": "2026-11-19", "reviewer": "县", "opinion": "同意", "category": implied.rawValue, "riskTypes": "illness"]
            let snapshot = CaseSnapshot(state: .countyApproval, householdCategory: household, comparison: .clear)
            #expect(try apply(.countyApprove, snapshot, .countyAdmin, input).get().to == .monitored)
        }
    }

    @Test func eliminationIsRefusedWhileAConditionFails() {
        let blockers = [EliminationBlocker(.noLabour, "整户无劳动能力的监测户，落实社会保障兜底后不标注风险消除，继续跟踪监测")]
        let input = ["kind": "assisted", "stableMonths": "8", "reviewedOn": "2026-11-19", "attendees": "15", "votesFor": "12", "votesAgainst": "1",
                     "noticeStart": "2026-11-20", "noticePlace": "村委会", "basis": "务工收入稳定"]
        guard case .failure(let r) = apply(.nominateElimination, CaseSnapshot(state: .monitored, eliminationBlockers: blockers), .villageOfficer, input) else {
            Issue.record("accepted"); return
        }
        #expect(r.code == .conditions && r.message.contains("整户无劳动能力"))
        var unstable = input
        unstable["stableMonths"] = "3"
        #expect(throws: CaseRefusal.self) { try apply(.nominateElimination, CaseSnapshot(state: .monitored), .villageOfficer, unstable).get() }
        #expect((try? apply(.nominateElimination, CaseSnapshot(state: .monitored), .villageOfficer, input).get())?.to == .eliminationNominated)
        // 民主评议 as strict as for identification: a majority, and the notice after the review.
        var minority = input
        minority["votesFor"] = "7"
        guard case .failure(let few) = apply(.nominateElimination, CaseSnapshot(state: .monitored), .villageOfficer, minority) else {
            Issue.record("a minority vote accepted"); return
        }
        #expect(few.message.contains("同意票须超过参会人数的一半"))
        var early = input
        early["noticeStart"] = "2026-11-18"
        #expect(throws: CaseRefusal.self) { try apply(.nominateElimination, CaseSnapshot(state: .monitored), .villageOfficer, early).get() }
        // The conditions are checked again at each later step with that day's data.
        let later: [(CaseState, CaseAction, Role, [String: String])] = [
            (.eliminationNominated, .verifyElimination, .townshipOfficer, ["verifiedOn": "2026-11-20", "noticeEnd": "2026-11-20", "objections": "0", "findings": "收入稳定"]),
            (.eliminationVerified, .confirmElimination, .countyAdmin, ["confirmedOn": "2026-11-20", "reviewer": "县", "opinion": "同意"]),
            (.eliminationConfirmed, .markEliminated, .countyAdmin, ["eliminatedOn": "2026-11-20"]),
        ]
        let finding = [EliminationBlocker(.openFinding, "数据质量问题G11（一兜了之）未整改")]
        for (state, action, role, facts) in later {
            guard case .failure(let r) = apply(action, CaseSnapshot(state: state, noticeStart: Day("2026-11-14"), eliminationBlockers: finding), role, facts) else {
                Issue.record("\(action) accepted with a blocker"); continue
            }
            #expect(r.code == .conditions && r.message.contains("G11"), "\(action): \(r.message)")
        }
    }

    @Test func theGreenChannelOpensOnceForDisasterOrAccident() {
        let input = ["cause": "disaster", "reason": "洪水冲毁房屋"]
        #expect((try? apply(.openGreenChannel, CaseSnapshot(state: .verifying), .townshipOfficer, input).get())?.to == .verifying)
        #expect(throws: CaseRefusal.self) { try apply(.openGreenChannel, CaseSnapshot(state: .verifying, greenChannel: true), .townshipOfficer, input).get() }
        #expect(throws: CaseRefusal.self) { try apply(.openGreenChannel, CaseSnapshot(state: .verifying), .townshipOfficer, ["cause": "illness", "reason": "x"]).get() }
    }
}

@Suite struct EliminationCheckTests {
    func household(labour: LabourCapacity = .ordinary, perCapita: Int = 9000) -> HouseholdSnapshot {
        var f = Facts()
        f["wageIncome"] = .fixed(Fixed2(perCapita * 2))
        f["housingGrade"] = .choice("A")
        for k in ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"] { f[k] = .bool(true) }
        var m = Facts()
        m["labour"] = .choice(labour.rawValue)
        m["birthDate"] = .date(Day(year: 1980, month: 1, day: 1)!)
        m["medicalInsurance"] = .choice("resident")
        var m2 = m
        m2["labour"] = .choice(labour == .ordinary ? LabourCapacity.lost.rawValue : labour.rawValue)
        return HouseholdSnapshot(facts: f, members: [m, m2])
    }

    let line = Threshold(province: "45", effectiveFrom: Day(year: 2022, month: 4, day: 16)!, perCapita: Fixed2(7300), basis: "测试")
    let today = Day(year: 2026, month: 11, day: 20)!

    @Test func aHouseholdThatMeetsEveryConditionHasNoBlockers() {
        let input = EliminationCheck.Input(household: household(), enrolledOn: Day(year: 2026, month: 5, day: 20)!, risks: [.illness], answeredRisks: [.illness])
        #expect(EliminationCheck.blockers(input, on: today, threshold: line).isEmpty)
    }

    @Test func eachConditionThatFailsIsNamed() {
        let soon = EliminationCheck.Input(household: household(perCapita: 7300), enrolledOn: Day(year: 2026, month: 5, day: 21)!, risks: [.illness, .housing], answeredRisks: [.illness])
        let codes = EliminationCheck.blockers(soon, on: today, threshold: line).map(\.code)
        // Six months from 21 May is 21 November; income exactly at the line is not above it.
        #expect(codes == [EliminationBlocker.Code.tooSoon, .incomeBelowLine, .openRisk])
        let none = EliminationCheck.Input(household: household(), enrolledOn: Day(year: 2025, month: 1, day: 1)!, risks: [.illness], answeredRisks: [])
        #expect(EliminationCheck.blockers(none, on: today, threshold: line).map(\.code) == [EliminationBlocker.Code.noMeasure])
    }

    @Test func aHouseholdWithoutLabourIsNeverEliminated() {
        let input = EliminationCheck.Input(household: household(labour: .none), enrolledOn: Day(year: 2025, month: 1, day: 1)!, risks: [.lackOfLabour], answeredRisks: [.lackOfLabour])
        let b = EliminationCheck.blockers(input, on: today, threshold: line)
        #expect(b.map(\.code) == [EliminationBlocker.Code.noLabour])
        #expect(b[0].message.contains("不标注风险消除"))
    }
}

@Test func procedureOwnedFactsAreRefusedToEditsUnlessUnchanged() {
    var current = Facts()
    current["monitoringCategory"] = .choice("marginal")
    current["riskTypes"] = .multi(["illness", "disaster"])
    var edited = current
    #expect(HouseholdFields.workflowOnlyErrors(current: current, edited: edited).isEmpty)
    edited["riskTypes"] = .multi(["disaster", "illness"])  // the same set, in another order
    #expect(HouseholdFields.workflowOnlyErrors(current: current, edited: edited).isEmpty)
    edited["eliminatedOn"] = .date(Day(year: 2026, month: 11, day: 1)!)
    #expect(HouseholdFields.workflowOnlyErrors(current: current, edited: edited).map(\.field) == ["eliminatedOn"])
    #expect(HouseholdFields.workflowOnlyErrors(current: current, edited: edited).first?.code == "workflow_only")
    // A household not monitored may carry risk types noted by a survey; setting the category is the procedure's.
    var plain = Facts()
    plain["riskTypes"] = .multi(["illness"])
    #expect(HouseholdFields.workflowOnlyErrors(current: Facts(), edited: plain).isEmpty)
    plain["monitoringCategory"] = .choice("marginal")
    #expect(Set(HouseholdFields.workflowOnlyErrors(current: Facts(), edited: plain).map(\.field)) == ["monitoringCategory", "riskTypes"])
}

/// Issue: "Every step's date must be on or after the previous step's date and the clue's date and not after today; a
/// step recorded more than a setting's number of days after its date (补录) is marked as such."
@Test func stepDatesCannotBeMovedBeforeTheClueOrAnEarlierStep() throws {
    let today = Day(year: 2026, month: 11, day: 20)!
    let verification = ["visitors": "王五", "findings": "住院", "perCapitaIncome": "6500", "guaranteesSecure": "是"]
    func verify(on day: String, after last: StepDate?, settings: PolicySettings = PolicySettings()) -> Result<CaseTransition, CaseRefusal> {
        CaseMachine.apply(.recordVerification, to: CaseSnapshot(state: .verifying, lastStep: last), by: .villageOfficer,
                          input: verification.merging(["verifiedOn": day]) { $1 }, today: today, settings: settings)
    }
    // The clue came in on the 18th: a verification "on the 1st" would make the deadline look met. Refused, naming the day.
    let clue = StepDate(Day(year: 2026, month: 11, day: 18)!, "登记线索")
    guard case .failure(let early) = verify(on: "2026-11-01", after: clue) else { Issue.record("a verification before the clue was accepted"); return }
    #expect(early.fieldErrors.map(\.field) == ["verifiedOn"] && early.message.contains("不能早于登记线索的日期（2026-11-18）"))
    // On the clue's day, or any day up to today, is fine and not late.
    #expect(try verify(on: "2026-11-18", after: clue).get().backfilledDays == nil)
    #expect(try verify(on: "2026-11-20", after: clue).get().backfilledDays == nil)
    // A step recorded more than a week after its day is 补录; the county can make the week shorter.
    let old = StepDate(Day(year: 2026, month: 10, day: 1)!, "登记线索")
    #expect(try verify(on: "2026-11-13", after: old).get().backfilledDays == nil)
    #expect(try verify(on: "2026-11-12", after: old).get().backfilledDays == 8)
    var strict = PolicySettings()
    strict.backfillDays = 2
    #expect(try verify(on: "2026-11-17", after: old, settings: strict).get().backfilledDays == 3)
    // After 退回上一步 the village cannot re-record its review with a notice that started before the return.
    let returned = StepDate(today, "“退回上一步”")
    let review = ["reviewedOn": "2026-11-10", "attendees": "15", "votesFor": "13", "votesAgainst": "1", "result": "agree",
                  "noticeStart": "2026-11-10", "noticePlace": "村务公开栏"]
    guard case .failure(let again) = CaseMachine.apply(.recordVillageReview, to: CaseSnapshot(state: .villageReview, lastStep: returned),
                                                       by: .villageOfficer, input: review, today: today) else {
        Issue.record("a re-recorded notice with an earlier start was accepted"); return
    }
    #expect(Set(again.fieldErrors.map(\.field)) == ["reviewedOn", "noticeStart"])
    #expect(StepDate.latest([clue, returned, old])?.day == today && StepDate.latest([]) == nil)
}

/// Seed 001: "监测对象认定的信息比对与识别程序同步进行，对新纳入低保对象已开展过信息比对的，可不重复比对。"
@Test func theCountyDecidesOnlyAfterTheInformationComparison() throws {
    let today = Day(year: 2026, month: 11, day: 20)!
    let input = ["approvedOn": "2026-11-19", "reviewer": "县", "opinion": "同意", "category": "marginal", "riskTypes": "illness"]
    func approve(_ comparison: ComparisonOutcome?, _ extra: [String: String] = [:], settings: PolicySettings = PolicySettings()) -> Result<CaseTransition, CaseRefusal> {
        CaseMachine.apply(.countyApprove, to: CaseSnapshot(state: .countyApproval, householdCategory: .ordinary, comparison: comparison),
                          by: .countyAdmin, input: input.merging(extra) { $1 }, today: today, settings: settings)
    }
    guard case .failure(let none) = approve(nil) else { Issue.record("approved without a comparison"); return }
    #expect(none.fieldErrors.map(\.field) == ["comparedAsDibao"] && none.message.contains("须完成信息比对"))
    guard case .failure(let flagged) = approve(.flagged) else { Issue.record("approved despite a flagged comparison"); return }
    #expect(flagged.message.contains("发现不符合纳入条件"))
    #expect(try approve(.clear).get().to == .monitored)
    // A new 低保 household compared when it got 低保 is not compared again.
    #expect(try approve(nil, ["comparedAsDibao": "true"]).get().to == .monitored)
    // A county that records comparisons elsewhere can switch the requirement off.
    var off = PolicySettings()
    off.comparisonRequired = false
    #expect(try approve(nil, settings: off).get().to == .monitored)
    // The comparison itself: what was compared, the result, and the finding written out when something was found.
    let compare = ["comparedOn": "2026-11-18", "items": "deposits,vehicles,houses,businesses", "result": "flagged"]
    guard case .failure(let unexplained) = CaseMachine.apply(.recordComparison, to: CaseSnapshot(state: .townshipReview), by: .countyAdmin,
                                                             input: compare, today: today) else { Issue.record("flagged without a note"); return }
    #expect(unexplained.fieldErrors.map(\.field) == ["note"])
    let recorded = try CaseMachine.apply(.recordComparison, to: CaseSnapshot(state: .townshipReview), by: .countyAdmin,
                                         input: compare.merging(["note": "名下有小轿车一辆"]) { $1 }, today: today).get()
    #expect(recorded.to == .townshipReview && recorded.facts.multi("items", as: ComparisonItem.self).count == 4)
    #expect(CaseMachine.permits(.recordComparison, role: .townshipOfficer, state: .townshipReview)?.code == .role)
}
