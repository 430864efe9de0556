import Domain
import Testing

@Suite struct AssistanceChecksTests {
    let day = Day(year: 2026, month: 11, day: 20)!
    func member(_ labour: LabourCapacity) -> Facts { var f = Facts(); f["labour"] = .choice(labour.rawValue); return f }
    func measure(_ key: String, _ risks: [RiskType], _ state: MeasureState = .ongoing) -> MeasureFacts {
        MeasureFacts(type: ReferenceData.measureType(key)!, risks: risks, state: state, start: Day(year: 2026, month: 6, day: 1)!)
    }

    @Test func aHouseholdThatCanWorkNeedsDevelopmentalHelpNotOnlyHandouts() {
        let onlyHandouts = AssistanceChecks.findings(members: [member(.ordinary)], risks: [.illness], measures: [measure("comprehensive", [.illness])],
                                                     helpers: 1, alleviated: false, on: day)
        #expect(onlyHandouts.map(\.code) == [.noDevelopmental, .safetyNetOnly])
        let mixed = AssistanceChecks.findings(members: [member(.ordinary)], risks: [.illness], measures: [measure("comprehensive", [.illness]), measure("publicJob", [.illness])],
                                              helpers: 1, alleviated: false, on: day)
        #expect(mixed.isEmpty)
        // Without labour, a safety net is the right answer.
        let noLabour = AssistanceChecks.findings(members: [member(.none)], risks: [.lackOfLabour], measures: [measure("comprehensive", [.lackOfLabour])],
                                                 helpers: 1, alleviated: false, on: day)
        #expect(noLabour.isEmpty)
    }

    @Test func everyRiskNeedsAMeasureAndAlleviatedHouseholdsTwoHelpers() {
        let f = AssistanceChecks.findings(members: [member(.none)], risks: [.illness, .housing], measures: [measure("health", [.illness])],
                                          helpers: 1, alleviated: true, on: day)
        #expect(f.map(\.code) == [.secondHelper, .unansweredRisk])
        #expect(f[1].message == "以下风险没有对应的帮扶措施：因安全住房")
        #expect(AssistanceChecks.findings(members: [], risks: [], measures: [], helpers: 0, alleviated: false, on: day).map(\.code) == [.missingHelper])
    }

    /// Seed 000: the 户籍地 arranges 1 帮扶联系人 for a relocated household (第二帮扶人).
    @Test func aRelocatedHouseholdNeedsAHelperFromWhereItCameFrom() {
        let base = { (origin: Int) in
            AssistanceChecks.findings(members: [member(.none)], risks: [], measures: [], helpers: 1 + origin, alleviated: false, on: self.day,
                                      relocated: true, originHelpers: origin).map(\.code)
        }
        #expect(base(0) == [.originHelper])
        #expect(base(1).isEmpty)
        #expect(AssistanceChecks.findings(members: [member(.none)], risks: [], measures: [], helpers: 1, alleviated: false, on: day).isEmpty)
    }

    @Test func onlyMeasuresCarriedOutCountAsApplied() {
        let ms = [measure("health", [.illness], .planned), measure("housing", [.housing], .done)]
        #expect(AssistanceChecks.answered(ms, on: day) == [.housing])
    }

    @Test func theRegimeInForceDependsOnTheDate() {
        #expect(ReferenceData.regime(on: Day(year: 2025, month: 12, day: 31)!).key == "2021-transition")
        #expect(ReferenceData.regime(on: Day(year: 2026, month: 1, day: 1)!).key == "2026-regular")
        let kinds = Set(ReferenceData.measureTypes.filter { $0.kind == .developmental }.map(\.key))
        #expect(kinds == ["industry", "employment", "finance", "publicJob"])
    }
}
