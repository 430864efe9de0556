import Domain
import Testing

@Suite struct ScaleRiskTests {
    @Test func eachWarningCountsTowardsTheCauseItsRowNames() {
        #expect(ScaleRisk.indicators(listType: "emergency.disaster", fields: ["灾害类型": "洪涝"], relocationSite: false) == [.disaster])
        #expect(ScaleRisk.indicators(listType: "emergency.disaster", fields: ["灾害类型": "新冠疫情"], relocationSite: true) == [.epidemic])
        #expect(ScaleRisk.indicators(listType: "agri.industry", fields: ["原因": "市场价格下跌"], relocationSite: false) == [.priceFall])
        #expect(ScaleRisk.indicators(listType: "agri.industry", fields: ["原因": "动植物疫病"], relocationSite: false) == [.epidemic])
        #expect(ScaleRisk.indicators(listType: "agri.industry", fields: [:], relocationSite: false) == [.industryFailure])
        #expect(ScaleRisk.indicators(listType: "hr.unemployment", fields: [:], relocationSite: false) == [.unemployment])
        #expect(ScaleRisk.indicators(listType: "hr.unemployment", fields: [:], relocationSite: true) == [.unemployment, .relocationEmployment])
        #expect(ScaleRisk.indicators(listType: "medical.bills", fields: [:], relocationSite: true).isEmpty)
        #expect(ScaleRisk.column([.unemployment, .relocationEmployment]) == "unemployment,relocationEmployment" && ScaleRisk.column([]) == nil)
        // Each indicator's list type is one of the department lists, and the causes are choices of its 原因 column.
        for i in ScaleRiskIndicator.allCases { #expect(ListCatalogue.type(i.listType) != nil) }
        guard case .choice(let causes)? = ListCatalogue.type("agri.industry")?.column("cause")?.kind else { Issue.record("no 原因 column"); return }
        #expect(causes.contains(ScaleRisk.priceFallCause) && causes.contains(ScaleRisk.epidemicCause))
    }

    @Test func anAreaIsPutUpForAssessmentAtTheThresholdAndAboveTheUnresolvedShare() {
        var s = ScaleRiskSettings()
        s.households = 10
        let screening = ScreeningSettings()
        let villages = [VillageStats(code: "450224100201", unresolvedPeople: 15, people: 1000), VillageStats(code: "450224100202", unresolvedPeople: 10, people: 500)]
        let town = ScaleRisk.sum(villages, into: "450224100")
        #expect(town.people == 1500 && town.unresolvedPeople == 25)
        let below = ScaleRisk.Area(stats: VillageStats(code: "450224100", unresolvedPeople: 30, people: 1500), households: [.disaster: 9])
        #expect(below.alerts(s).isEmpty && !below.aboveUnresolvedShare(screening) && ScaleRisk.advice(below, settings: s, screening: screening).isEmpty)
        let at = ScaleRisk.Area(stats: VillageStats(code: "450224100", unresolvedPeople: 31, people: 1500), households: [.disaster: 10, .priceFall: 12, .epidemic: 3])
        #expect(at.alerts(s) == [.disaster, .priceFall] && at.aboveUnresolvedShare(screening))
        #expect(ScaleRisk.advice(at, settings: s, screening: screening) == ["集中研判、制定防范预案：自然灾害10户、农产品价格下跌12户", "重点关注：未消除风险人口占比超过2.00%"])
        s.households = 11
        #expect(at.alerts(s) == [.priceFall])
    }
}
