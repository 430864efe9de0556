/// The numbers the rules use, each with the seed's value (or national practice, where the seeds are silent) as
/// default. A county admin changes them on the policy page; every decision records the version it used.
public struct PolicySettings: Sendable, Equatable {
    /// Compulsory-education ages (义务教育阶段): a member of these ages not at school is a dropout.
    public var compulsoryEducationAges: ClosedRange<Int> = 6...15
    /// 参考收入 = 家庭纯收入 + 理赔收入 − 合规自付刚性支出 (DOMAIN §3.3). Switch either part off here.
    public var addClaimsIncome = true
    public var deductRigidExpenditure = true
    /// Local rural per-capita disposable income (当地农村居民人均可支配收入), yuan. Default: the national 2024 figure.
    public var ruralAveragePerCapita = Fixed2(23_119)
    /// "明显高于": reference per-capita income at least this many times the local average (×100, so 120 = 1.2×).
    public var clearlyAbovePercent = 120
    /// Key group 1: 2020 脱贫户 and those lifted "early", i.e. in this year or before.
    public var earlyLiftedYear = 2016
    /// Key group 4: "近两年新识别和申请低保" — a 低保 that started within this many years (the roster's start date).
    public var recentDibaoYears = 2
    /// Key group 2: low income means below this many times the threshold (×100).
    public var lowIncomePercent = 150
    /// Key group 2: a fall of at least this share of last year's per-capita income is "sharp" (%).
    public var sharpDropPercent = 30
    /// Key group 7: this many children (sons and daughters under 18 or at school) is "many".
    public var manyChildren = 3
    /// Key group 7: …or this many at school beyond compulsory education.
    public var nonCompulsoryStudents = 2
    /// Key group 8: migrant work of fewer months than this a year is unstable.
    public var stableWorkMonths = 6
    /// Key group 8: "务工收入占比高" — wages at least this share of the household's income (%).
    public var wageSharePercent = 50
    /// Key group 9: compliant rigid expenditure at least this share of net income (%), or this amount, is large.
    public var largeRigidPercent = 50
    public var largeRigidAmount = Fixed2(20_000)
    /// Risk elimination only after the household has been monitored this many months (DOMAIN §1.6: 半年).
    public var eliminationMinMonths = 6
    /// …and its income has been stable this many months (原则上不得低于半年).
    public var incomeStableMonths = 6
    /// Open 必改 findings of these rules block risk elimination (一兜了之; no developmental measure for a household that can work).
    public var eliminationBlockingRules = ["G11", "G12"]
    /// 民主评议: the votes for must be more than this share of those attending (%; 50 = 过半数).
    public var reviewMajorityPercent = 50
    /// 信息比对 (存款、车辆、房产、经商办企业) must be recorded before 县级审定 (seed 001: 与识别程序同步进行).
    public var comparisonRequired = true
    /// A step recorded more than this many days after the day it names is 补录 (late entry): marked on the case and
    /// audited. The seeds set no number; a week is what county practice tolerates.
    public var backfillDays = 7
    /// The months of the cross checks between townships (seed 000: April and October).
    public var crossCheckMonths = [4, 10]
    /// Screening, focus villages, visits and the rectification ledger.
    public var screening = ScreeningSettings()
    /// The village work-team staffing rule (R28, seed 000).
    public var staffing = StaffingSettings()
    /// The weights of the township scorecard for the yearly evaluation.
    public var evaluation = EvaluationSettings()
    /// When department warnings of one cause make an area a large-scale risk (R17).
    public var scaleRisk = ScaleRiskSettings()
    /// The income-risk points checked over the yearly statements (seed 002).
    public var incomeRisk = IncomeRiskSettings()

    public init() {}
}
