import Domain
import Testing

@Suite struct DemoCountyTests {
    let today = Day(year: 2026, month: 11, day: 1)!

    @Test func sameSeedGivesTheSameCounty() {
        var a = DemoCounty(seed: 42, today: today)
        var b = DemoCounty(seed: 42, today: today)
        let ha = a.nextHouseholds(50), hb = b.nextHouseholds(50)
        #expect(ha.map(\.code) == hb.map(\.code))
        #expect(ha.map { $0.members.map { $0.facts.text("idNumber")! } } == hb.map { $0.members.map { $0.facts.text("idNumber")! } })
        var c = DemoCounty(seed: 43, today: today)
        #expect(c.nextHouseholds(50).map(\.code) != ha.map(\.code))
    }

    @Test func regionsFollowTheRealCounty() {
        let county = DemoCounty(seed: 1, today: today)
        let villages = county.regions.filter { $0.level == .village }
        let townships = county.regions.filter { $0.level == .township }
        #expect(townships.count == 12)
        #expect((140...170).contains(villages.count))
        #expect(villages.allSatisfy { $0.code.count == 12 && $0.code.hasPrefix("450224") })
        #expect(villages.contains { $0.flags.relocationSite })
        #expect(villages.filter { $0.flags.keyVillageLevel != nil }.count >= 5)
        #expect(county.regions.contains { $0.level == .group })
    }

    @Test func householdsArePlausibleAndValid() {
        var county = DemoCounty(seed: 7, today: today)
        let hs = county.nextHouseholds(4000)
        var ids = Set<String>()
        var people = 0
        for h in hs {
            #expect((1...7).contains(h.members.count))
            #expect(h.members.filter { $0.facts.choice("relation", as: Relation.self) == .head }.count == 1)
            #expect(HouseholdRules.validate(h.facts, today: today).isEmpty, "\(h.code): \(HouseholdRules.validate(h.facts, today: today))")
            for m in h.members {
                let (f, errors) = MemberFields.table.apply(MemberFields.table.specs.reduce(into: [String: String]()) { $0[$1.key] = $1.raw(m.facts[$1.key]) }, complete: true)
                let (_, ruleErrors) = MemberRules.normalize(f, entered: ["sex", "birthDate"], today: today)
                #expect(errors.isEmpty && ruleErrors.isEmpty, "\(errors + ruleErrors)")
                ids.insert(m.facts.text("idNumber")!)
                people += 1
            }
        }
        #expect(ids.count == people, "ID numbers are unique")
        let alleviated = Double(hs.filter { $0.facts.choice("category", as: HouseholdCategory.self) == .alleviated }.count) / Double(hs.count)
        let monitored = Double(hs.filter { $0.facts["monitoringCategory"] != nil }.count) / Double(hs.count)
        #expect((0.12...0.22).contains(alleviated), "脱贫户 share \(alleviated)")
        #expect((0.008...0.03).contains(monitored), "monitored share \(monitored)")
        let belowThreshold = hs.filter { (IncomeSummary(facts: $0.facts, memberCount: $0.members.count).perCapita ?? .zero) < Fixed2(7300) }
        #expect(!belowThreshold.isEmpty)
        let avg = Double(people) / Double(hs.count)
        #expect((3.0...4.0).contains(avg), "average size \(avg)")
    }
}
