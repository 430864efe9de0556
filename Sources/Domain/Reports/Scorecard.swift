/// The township scorecard for the yearly evaluation (R29; seeds 000 and 002: 防返贫工作成效纳入乡镇年度考核).
/// The seeds name what is judged — households covered by screening, data that is right, monitored households with
/// help — but no formula; the score weighs the three shares with weights a county sets (together 100 points).
public struct EvaluationSettings: Sendable, Equatable {
    /// Points for screening coverage (screened ÷ households in the period).
    public var coveragePoints = 40
    /// Points for data quality (households without an open 必改 finding ÷ households).
    public var qualityPoints = 30
    /// Points for help (monitored households at risk that have a live measure and a helper ÷ those households).
    public var assistancePoints = 30
    public init() {}
}

public enum Scorecard {
    public struct Counts: Sendable, Equatable {
        public var households, screened, withMustFix, openMonitored, assisted: Int
        public init(households: Int, screened: Int, withMustFix: Int, openMonitored: Int, assisted: Int) {
            self.households = households; self.screened = screened; self.withMustFix = withMustFix
            self.openMonitored = openMonitored; self.assisted = assisted
        }
    }

    /// The score in points (rounded to a whole point). A share with nothing to count (no households, no monitored
    /// household at risk) earns its full points.
    public static func score(_ c: Counts, settings s: EvaluationSettings = EvaluationSettings()) -> Int {
        func share(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(min(part, whole)) / Double(whole) }
        let points = Double(s.coveragePoints) * share(c.screened, c.households)
            + Double(s.qualityPoints) * share(c.households - c.withMustFix, c.households)
            + Double(s.assistancePoints) * share(c.assisted, c.openMonitored)
        return Int(points.rounded())
    }
}
