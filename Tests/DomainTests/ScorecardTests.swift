import Domain
import Testing

@Suite struct ScorecardTests {
    @Test func theScoreWeighsCoverageQualityAndAssistance() {
        // Everyone screened, no 必改 problem, every monitored household helped: full marks.
        #expect(Scorecard.score(.init(households: 100, screened: 100, withMustFix: 0, openMonitored: 10, assisted: 10)) == 100)
        // Half screened: 20 of 40 points; a tenth with problems: 27 of 30; half helped: 15 of 30.
        #expect(Scorecard.score(.init(households: 100, screened: 50, withMustFix: 10, openMonitored: 10, assisted: 5)) == 62)
        // Nobody monitored: the assistance share is not held against the township.
        #expect(Scorecard.score(.init(households: 10, screened: 0, withMustFix: 10, openMonitored: 0, assisted: 0)) == 30)
        var s = EvaluationSettings()
        s.coveragePoints = 60; s.qualityPoints = 20; s.assistancePoints = 20
        #expect(Scorecard.score(.init(households: 100, screened: 50, withMustFix: 0, openMonitored: 0, assisted: 0), settings: s) == 70)
    }
}
