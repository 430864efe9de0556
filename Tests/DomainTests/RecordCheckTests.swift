import Domain
import Testing

@Suite struct RecordCheckTests {
    let today = Day(year: 2026, month: 11, day: 30)!
    func d(_ s: String) -> Day { Day(s)! }
    func household(_ id: String, category: String? = nil, since: String? = nil, eliminated: String? = nil, version: Int = 1) -> RecordCheck.Household {
        RecordCheck.Household(id: id, code: "45022410100100\(id)", monitoringCategory: category, monitoredSince: since.map(d), eliminatedOn: eliminated.map(d),
                              dissolved: false, version: version)
    }
    func aCase(_ id: String, _ household: String?, _ state: CaseState, opened: String = "2026-03-01", decided: String? = nil,
               enrolled: String? = nil) -> RecordCheck.Case {
        RecordCheck.Case(id: id, householdID: household, state: state, openedOn: d(opened), responseDone: nil, decisionDone: decided.map(d),
                         enrolledOn: enrolled.map(d), eliminatedOn: nil, version: 1)
    }

    @Test func aConsistentCountyHasNoViolations() {
        var s = RecordCheck.Snapshot()
        s.households = [household("h1", category: "unstable", since: "2026-03-20"), household("h2"), household("h3", category: "unstable", since: "2025-01-10", eliminated: "2026-06-01")]
        s.cases = [aCase("c1", "h1", .monitored, decided: "2026-03-20", enrolled: "2026-03-20"), aCase("c2", "h2", .notEligible),
                   aCase("c3", "h3", .eliminated, opened: "2025-01-01")]
        s.householdVersions = ["h1": [2], "h2": [1]]  // h1 loaded in bulk (no entry for version 1), then edited once
        s.households[0].version = 2
        #expect(RecordCheck.violations(in: s, today: today).isEmpty)
    }

    /// The gaps the procedure issue found, each named: monitored by a form edit, eliminated without a procedure, two open
    /// cases, steps dated before the clue or in the future, a version gap, a person in two households.
    @Test func eachGapIsNamedWithItsRecord() {
        var s = RecordCheck.Snapshot()
        s.households = [household("h1", category: "unstable", since: "2026-03-20"), household("h2", category: "edge", since: "2026-01-01", eliminated: "2026-02-01"),
                        household("h3"), household("h4", version: 3)]
        s.cases = [aCase("c1", "h3", .monitored), aCase("c2", "h3", .clue),
                   aCase("c3", "h4", .verifying, opened: "2026-04-10", decided: "2026-04-01"), aCase("c4", "h4", .notEligible, opened: "2026-12-20")]
        s.householdVersions = ["h4": [1, 2, 2]]
        s.members = [RecordCheck.Member(id: "m1", householdID: "h1", name: "张三", idNumber: "450224198001011234", version: 1),
                     RecordCheck.Member(id: "m2", householdID: "h3", name: "张三", idNumber: "450224198001011234", version: 1)]
        let found = RecordCheck.violations(in: s, today: today)
        let kinds = Set(found.map(\.kind))
        #expect(kinds == [.monitoredWithoutCase, .eliminatedWithoutProcedure, .caseWithoutMonitoring, .twoOpenCases, .datesOutOfOrder, .dateInFuture,
                          .versionGap, .personInTwoHouseholds])
        #expect(found.contains { $0.kind == .monitoredWithoutCase && $0.record.contains("h1") })
        #expect(found.contains { $0.kind == .datesOutOfOrder && $0.message == "认定决定 2026-04-01 早于线索日期 2026-04-10" })
        #expect(found.contains { $0.kind == .personInTwoHouseholds && $0.record.contains("450224********1234") })
        #expect(found.allSatisfy { !$0.description.isEmpty && $0.description.hasPrefix("【") })
    }
}
