import Domain
import Testing

@Suite struct ScreeningTests {
    func d(_ s: String) -> Day { Day(s)! }
    let campaign = CampaignPlan(kind: .centralised, name: "2026年集中排查", scope: "450224", from: Day("2026-07-12")!, to: Day("2026-07-30")!,
                                phases: [CampaignPhase(name: "乡镇自查整改", from: Day("2026-07-12")!, to: Day("2026-07-21")!),
                                         CampaignPhase(name: "县级抽查督查", from: Day("2026-07-22")!, to: Day("2026-07-30")!)])

    @Test func aCentralisedCampaignHasPhasesInsideItsPeriodInOrder() {
        #expect(campaign.problems().isEmpty)
        var bad = campaign
        bad.phases = []
        #expect(bad.problems().map(\.field) == ["phases"])
        bad.phases = [CampaignPhase(name: "二", from: d("2026-07-22"), to: d("2026-07-30")), CampaignPhase(name: "一", from: d("2026-07-12"), to: d("2026-08-02"))]
        #expect(bad.problems().map(\.code) == ["range", "order"])
        let (phases, errors) = CampaignPlan.phases(from: "乡镇自查，2026-07-12，2026-07-21\n\n县级抽查,2026-07-22,2026-07-30\n坏行")
        #expect(phases.count == 2 && phases[0].name == "乡镇自查" && errors.map(\.message) == ["第4行应为：阶段名称,开始日期,结束日期（如 乡镇自查,2026-07-12,2026-07-21）"])
        let monthly = CampaignPlan(kind: .monthly, name: "", scope: "450224", from: d("2026-11-01"), to: d("2026-10-30"))
        #expect(monthly.problems().map(\.field) == ["name", "to"])
    }

    @Test func aSurveyRecordSaysHowAnAbsentHouseholdWasCheckedAndWhatChanged() {
        let ok = ScreeningInput(visitedOn: d("2026-07-15"), visitors: ScreeningInput.names("张三、李四，王五"), presence: .atHome)
        #expect(ok.visitors == ["张三", "李四", "王五"] && ok.problems(campaign: campaign, today: d("2026-07-20")).isEmpty)
        let absent = ScreeningInput(visitedOn: d("2026-07-15"), visitors: ["张三"], presence: .absent, factsChanged: true, raiseClue: true)
        #expect(absent.problems(campaign: campaign, today: d("2026-07-20")).map(\.field) == ["absentSource", "changes", "risks"])
        let outside = ScreeningInput(visitedOn: d("2026-08-15"), visitors: [], presence: .atHome)
        #expect(outside.problems(campaign: campaign, today: d("2026-07-20")).map(\.code) == ["range", "future", "required"])
    }

    @Test func focusVillagesFollowTheSeedsAndTheTwoPercentRule() {
        let s = ScreeningSettings()
        // 2 % of 1000 people is 20: 20 unresolved is not above it, 21 is.
        var v = VillageStats(code: "450224100201", households: 300, alleviated: 20, monitored: 5, unresolvedPeople: 20, people: 1000)
        #expect(FocusVillages.reasons(v, settings: s).isEmpty)
        v.unresolvedPeople = 21
        #expect(FocusVillages.reasons(v, settings: s) == [.unresolvedAboveShare])
        let none = VillageStats(code: "x", households: 100, alleviated: 40, monitored: 0, people: 400)
        #expect(FocusVillages.reasons(none, settings: s) == [.noMonitored])
        let few = VillageStats(code: "x", households: 200, alleviated: 60, monitored: 2, people: 800)
        #expect(FocusVillages.reasons(few, settings: s) == [.fewMonitored])
        var site = RegionFlags()
        site.relocationSite = true; site.relocationSize = 900; site.disasterArea = true
        #expect(FocusVillages.reasons(VillageStats(code: "x", flags: site, households: 10, monitored: 3, people: 40), settings: s) == [.relocationSite, .disasterArea])
        #expect(FocusVillages.isLargeSite(site, settings: s))
        site.relocationSize = 500
        #expect(!FocusVillages.isLargeSite(site, settings: s))
        var custom = s
        custom.focusUnresolvedPercent = Fixed2(3)
        v.unresolvedPeople = 25
        #expect(FocusVillages.reasons(v, settings: custom).isEmpty)
    }

    @Test func lookBackDimensionsAreAnsweredFromTheData() {
        #expect(LookBack.dimensions.count == 8)
        let data = LookBackData(householdsByRule: ["G12": 2, "G10": 1, "I01": 1, "H02": 3], focus: [.relocationSite], households: 50, screened: 45,
                                risksWithoutClue: 2, scaleRiskHouseholds: 4, mustFixOpen: 7)
        func answer(_ n: Int) -> LookBackAnswer { LookBack.answer(LookBack.dimension(n)!, data: data) }
        #expect(answer(1).problems == 0 && answer(1).lines == ["数据中未发现问题"])
        #expect(answer(2).problems == 3 && answer(2).lines.contains("G12 有劳动能力的监测户没有开发式帮扶措施：2 户"))
        #expect(answer(3).problems == 3 && answer(4).problems == 1)
        #expect(answer(6).problems == 1 && answer(6).lines[1] == "排查覆盖 45/50 户")
        #expect(answer(7).problems == 12 && answer(8).problems == 2)
        #expect(answer(5).lines[0].contains("4 户"))
        // Without a data-quality run the rules cannot answer, and the page says so instead of "no problems".
        var unchecked = data
        unchecked.qualityChecked = false
        #expect(LookBack.answer(LookBack.dimension(2)!, data: unchecked) == LookBackAnswer(problems: 0, lines: [LookBack.notChecked]))
    }

    @Test func visitPlansKeepTeamsOfThreeTheDailyLimitAndTheMarchDeadline() {
        let cal = WorkingCalendar.shipped
        let team = [VisitMember(name: "甲", role: .firstSecretary), VisitMember(name: "乙", role: .partySecretary), VisitMember(name: "丙", role: .villageCadre)]
        let s = ScreeningSettings()
        // 2026-03-02 (Mon) to 03-06 (Fri): 5 working days, 100 households at 20 a day fit; 101 do not.
        let plan = VisitPlanInput(team: team, from: d("2026-03-02"), to: d("2026-03-06"), households: 100)
        #expect(plan.problems(limit: 20, settings: s, calendar: cal).isEmpty)
        var more = plan
        more.households = 101
        #expect(more.problems(limit: 20, settings: s, calendar: cal).map(\.message) == ["101户需至少6个工作日（每人每天不超过20户），计划只有5个工作日"])
        #expect(more.problems(limit: 35, settings: s, calendar: cal).isEmpty)
        // Spring Festival 2026 (15–23 February) has no working days; the adjusted Saturday 14 February is one.
        let festival = VisitPlanInput(team: team, from: d("2026-02-14"), to: d("2026-02-23"), households: 20)
        #expect(festival.problems(limit: 20, settings: s, calendar: cal).isEmpty)
        let holidayOnly = VisitPlanInput(team: team, from: d("2026-02-15"), to: d("2026-02-23"), households: 1)
        #expect(holidayOnly.problems(limit: 20, settings: s, calendar: cal).map(\.code) == ["workdays"])
        let late = VisitPlanInput(team: Array(team.prefix(2)), from: d("2026-03-02"), to: d("2026-03-20"), households: 10)
        #expect(late.problems(limit: 20, settings: s, calendar: cal).map(\.code) == ["size", "deadline"])
        #expect(VisitRules.dailyProblem(visitor: "甲", on: d("2026-03-02"), alreadyThatDay: 19, limit: 20) == nil)
        #expect(VisitRules.dailyProblem(visitor: "甲", on: d("2026-03-02"), alreadyThatDay: 20, limit: 20)?.code == "daily_limit")
    }

    @Test func aLedgerItemNeedsOwnersAndClosesOnlyWithEvidence() {
        let item = RectificationInput(source: .crossCheck, region: "450224100201", problem: "", unit: "长安镇", person: "", measure: "补录", due: d("2026-11-01"))
        #expect(item.problems(today: d("2026-11-20")).map(\.field) == ["problem", "person", "due"])
        #expect(RectificationRules.closeProblem(evidence: "已改") != nil && RectificationRules.closeProblem(evidence: "已补录收入并经乡镇核实") == nil)
        #expect(CrossCheck.latestRound(on: d("2026-11-20")) == "2026年10月交叉检查" && CrossCheck.latestRound(on: d("2026-02-01")) == "2025年10月交叉检查")
        // Seed 000: "4月份和10月份各开展一次……交叉检查" — the months are a setting.
        #expect(CrossCheck.period(containing: d("2026-04-10")) == "2026年4月交叉检查" && CrossCheck.period(containing: d("2026-05-10")) == nil)
        #expect(CrossCheck.latestRound(on: d("2026-11-20"), months: [3, 9]) == "2026年9月交叉检查")
        #expect(CrossCheck.latestRound(on: d("2026-02-01"), months: [3, 9]) == "2025年9月交叉检查")
        #expect(CrossCheck.period(containing: d("2026-03-05"), months: [3, 9]) == "2026年3月交叉检查")
        #expect(RectificationRules.deadline(due: d("2026-11-01"), closedOn: nil, today: d("2026-11-20")) == .overdue)
    }
}

@Suite struct StaffingTests {
    /// Seed 000: "在脱贫人口数量超过5000人的易地安置社区每个社区增加1名驻村工作队员，脱贫人口2000人以上的脱贫村各增加1名
    /// 驻村工作队员。脱贫人口超过1000人的非脱贫村各配备1名驻村工作队员。非脱贫村的自治区乡村振兴重点村各配备1名驻村
    /// 第一书记或驻村工作队员。" Reading taken: "超过" excludes the boundary, "以上" includes it; each sentence is its own
    /// rule, so a village that meets two gets a member for each.
    @Test func theWorkTeamRuleOfSeed000() {
        var relocation = RegionFlags()
        relocation.relocationSite = true
        // 超过5000人: 5000 is not enough for the relocation rule — but a relocation community is a 非脱贫村 of more than 1000.
        #expect(Staffing.need(flags: relocation, alleviatedPeople: 5000).reasons == ["非脱贫村脱贫人口超过1000人，配备1名驻村工作队员"])
        #expect(Staffing.need(flags: relocation, alleviatedPeople: 5001).members == 2)
        var alleviated = RegionFlags()
        alleviated.alleviatedVillage = true
        // 2000人以上: the boundary counts.
        #expect(Staffing.need(flags: alleviated, alleviatedPeople: 2000).reasons == ["脱贫村脱贫人口2000人以上，增加1名驻村工作队员"])
        #expect(Staffing.need(flags: alleviated, alleviatedPeople: 1999).members == 0)
        var other = RegionFlags()
        #expect(Staffing.need(flags: other, alleviatedPeople: 1001).members == 1 && Staffing.need(flags: other, alleviatedPeople: 1000).members == 0)
        // Only the autonomous region's key villages; a city- or county-level one adds nobody.
        other.keyVillageLevel = .county
        #expect(Staffing.need(flags: other, alleviatedPeople: 10).members == 0)
        other.keyVillageLevel = .province
        #expect(Staffing.need(flags: other, alleviatedPeople: 10).members == 1)
        // A province-level key village of 1,200 脱贫人口 meets two sentences: two members.
        #expect(Staffing.need(flags: other, alleviatedPeople: 1200).members == 2)
        // A 脱贫村 that is also a key village gets nothing from the key-village sentence (it is for 非脱贫村).
        alleviated.keyVillageLevel = .province
        #expect(Staffing.need(flags: alleviated, alleviatedPeople: 2500).members == 1)
    }
}
