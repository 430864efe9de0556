import Domain
import Testing

@Suite struct PolicyTests {
    func d(_ s: String) -> Day { Day(s)! }
    let hebei = ThresholdTable.seed

    func household(_ f: [String: FieldValue] = [:], members: [[String: FieldValue]]) -> HouseholdSnapshot {
        var facts = Facts()
        facts["category"] = .choice("ordinary")
        facts["incomeYear"] = .int(2021)
        for (k, v) in f { facts[k] = v }
        return HouseholdSnapshot(facts: facts, members: members.map { m in
            var x = Facts()
            x["name"] = .text("成员"); x["relation"] = .choice("head"); x["health"] = .multi(["healthy"])
            x["birthDate"] = .date(Day(year: 1980, month: 1, day: 1)!)
            for (k, v) in m { x[k] = v }
            return x
        })
    }
    func money(_ n: Int) -> FieldValue { .fixed(Fixed2(n)) }

    @Test func incomeStatementAddsUpInFen() {
        let h = household(["wageIncome": .fixed(Fixed2("10000.10")!), "productionIncome": money(5000), "productionCost": money(1000),
                           "propertyIncome": money(100), "transferIncome": .fixed(Fixed2("900.25")!), "claimsIncome": money(2000),
                           "medicalExpense": money(3000), "educationExpense": money(500)], members: [[:], [:], [:]])
        let s = IncomeStatement(facts: h.facts, people: 3)
        #expect(s.netIncome == Fixed2("15000.35")!)
        #expect(s.perCapita == Fixed2("5000.12")!)
        #expect(s.rigidExpenditure == Fixed2(3500))
        var settings = PolicySettings()
        #expect(s.referencePerCapita(settings) == Fixed2("4500.12")!) // 15000.35 + 2000 − 3500 = 13500.35 ÷ 3
        settings.deductRigidExpenditure = false
        settings.addClaimsIncome = false
        #expect(s.referencePerCapita(settings) == s.perCapita)
    }

    @Test func thresholdInForceOnTheDateAndHistoryKept() throws {
        var t = ThresholdTable.seed
        #expect(t.inForce(province: "13", on: d("2022-04-15")) == nil)
        #expect(t.inForce(province: "13", on: d("2022-04-16"))?.perCapita == Fixed2(7300))
        try t.add(Threshold(province: "13", effectiveFrom: d("2023-05-01"), perCapita: Fixed2(7600), basis: "2023年调整"))
        #expect(t.inForce(province: "13", on: d("2023-04-30"))?.perCapita == Fixed2(7300))
        #expect(t.inForce(province: "13", on: d("2023-05-01"))?.perCapita == Fixed2(7600))
        #expect(t.history(province: "13").count == 2)
        #expect(throws: PolicyError.duplicate(d("2023-05-01"))) {
            try t.add(Threshold(province: "13", effectiveFrom: d("2023-05-01"), perCapita: Fixed2(7700), basis: ""))
        }
        #expect(throws: PolicyError.badProvince("130")) { try t.add(Threshold(province: "130", effectiveFrom: d("2024-01-01"), perCapita: Fixed2(1), basis: "")) }
    }

    /// A line names its own year and document, not the assessment's year; past its validity it is not silently
    /// reused: there is no line in force, and `expired` says which one ran out.
    @Test func aLineNamesItsOwnYearAndEndsWithItsValidity() throws {
        var table = ThresholdTable([])
        try table.add(Threshold(province: "13", effectiveFrom: d("2022-04-16"), perCapita: Fixed2(7300), basis: "河北省2022年监测范围调整",
                                validTo: d("2023-04-15")))
        let below = household(["wageIncome": money(15_000)], members: [[:], [:], [:]])
        let a = try Identification.assess(below, on: d("2023-01-10"), province: "13", thresholds: table)
        #expect(a.reasons.first?.contains("低于2022年河北省监测范围7300元") == true, "\(a.reasons)")
        #expect(table.inForce(province: "13", on: d("2023-04-15"))?.perCapita == Fixed2(7300))
        #expect(table.inForce(province: "13", on: d("2023-04-16")) == nil)
        #expect(table.expired(province: "13", on: d("2023-04-16"))?.label == "2022年河北省监测范围7300元")
        #expect(throws: PolicyError.noThreshold(province: "13", date: d("2023-05-01"))) {
            try Identification.assess(below, on: d("2023-05-01"), province: "13", thresholds: table)
        }
        // The next year's line takes over; a period that ends before it begins is refused.
        try table.add(Threshold(province: "13", effectiveFrom: d("2023-04-16"), perCapita: Fixed2(7600), basis: "河北省2023年监测范围调整"))
        #expect(table.inForce(province: "13", on: d("2023-05-01"))?.label == "2023年河北省监测范围7600元")
        #expect(table.expired(province: "13", on: d("2023-05-01")) == nil)
        #expect(throws: PolicyError.badPeriod) {
            try table.add(Threshold(province: "45", effectiveFrom: d("2024-01-01"), perCapita: Fixed2(7000), basis: "x", validTo: d("2023-12-31")))
        }
    }

    @Test func incomeExactlyAtTheThresholdIsOutsideTheRange() throws {
        // 3 people, 21,900 yuan: exactly 7,300 each.
        let at = household(["wageIncome": money(21_900)], members: [[:], [:], [:]])
        let a = try Identification.assess(at, on: d("2022-06-01"), province: "13", thresholds: hebei)
        #expect(a.withinRange == false && a.decision == .notIdentified)
        // One fen less each is inside, and an ordinary household is suggested as 边缘易致贫户.
        let below = household(["wageIncome": .fixed(Fixed2("21899.97")!)], members: [[:], [:], [:]])
        let b = try Identification.assess(below, on: d("2022-06-01"), province: "13", thresholds: hebei)
        #expect(b.withinRange && b.decision == .identify && b.suggestedCategory == .marginal)
        #expect(b.reasons.first?.contains("低于2022年河北省监测范围7300元") == true)
        // Before the line took effect there is nothing to compare with: a clear error.
        #expect(throws: PolicyError.noThreshold(province: "13", date: d("2022-04-15"))) {
            try Identification.assess(below, on: d("2022-04-15"), province: "13", thresholds: hebei)
        }
    }

    @Test func aThresholdChangingMidYearChangesTheAnswer() throws {
        var t = ThresholdTable.seed
        try t.add(Threshold(province: "13", effectiveFrom: d("2023-05-01"), perCapita: Fixed2(7600), basis: ""))
        let h = household(["wageIncome": money(7500)], members: [[:]])
        #expect(try Identification.assess(h, on: d("2023-04-30"), province: "13", thresholds: t).decision == .notIdentified)
        let after = try Identification.assess(h, on: d("2023-05-01"), province: "13", thresholds: t)
        #expect(after.decision == .identify && after.threshold.perCapita == Fixed2(7600))
    }

    @Test func rigidExpenditureBringsIncomeIntoRange() throws {
        let h = household(["category": .choice("alleviated"), "liftedYear": .int(2018), "wageIncome": money(30_000), "medicalExpense": money(12_000)],
                          members: [[:], [:], [:]])
        let a = try Identification.assess(h, on: d("2022-06-01"), province: "13", thresholds: hebei)
        #expect(a.perCapita == Fixed2(10_000) && a.referencePerCapita == Fixed2(6000))
        #expect(a.decision == .identify && a.suggestedCategory == .unstable && a.suggestedRisks.contains(.illness))
        #expect(a.reasons[0].contains("扣除合规自付刚性支出后人均6000.00元"))
    }

    @Test func dropoutInAWellOffHouseholdIsTrackedNotIdentified() throws {
        let child: [String: FieldValue] = ["name": .text("韦小明"), "relation": .choice("son"), "birthDate": .date(d("2010-09-01")),
                                           "schooling": .choice("droppedOut")]
        let rich = household(["wageIncome": money(120_000)], members: [[:], [:], child])
        let a = try Identification.assess(rich, on: d("2022-06-01"), province: "13", thresholds: hebei)
        #expect(a.problems == [SecurityProblem(area: .education, reason: "韦小明11岁，处于义务教育阶段但失学辍学")])
        #expect(a.decision == .track && a.highIncomeException)
        #expect(a.reasons.last?.contains("持续跟踪") == true)
        // The same child in a household just above the line but not well off: identified.
        let modest = household(["wageIncome": money(24_000)], members: [[:], [:], child])
        #expect(try Identification.assess(modest, on: d("2022-06-01"), province: "13", thresholds: hebei).decision == .identify)
        // 送教上门 is schooling; a 16-year-old is past compulsory age.
        var home = child; home["schooling"] = .choice("sentHomeEducation")
        #expect(ThreeGuarantees.problems(household(members: [home]), on: d("2022-06-01")).isEmpty)
        var older = child; older["birthDate"] = .date(d("2006-01-01"))
        #expect(ThreeGuarantees.problems(household(members: [older]), on: d("2022-06-01")).isEmpty)
    }

    @Test func housingWaterAndInsuranceFailuresCarryTheirReasons() {
        let h = household(["housingGrade": .choice("C"), "waterQuantity": .bool(true), "waterQuality": .bool(false), "waterReliability": .bool(false)],
                          members: [["name": .text("覃英"), "medicalInsurance": .choice("none")]])
        let p = ThreeGuarantees.problems(h, on: d("2022-06-01"))
        #expect(p.map(\.area) == [.medical, .housing, .water])
        #expect(p[0].reason == "覃英未参加基本医疗保险")
        #expect(p[1].reason == "住房为C级（局部危房）")
        #expect(p[2].reason == "饮水水质不达标、供水保证率不达标")
        #expect(ThreeGuarantees.problems(household(["housingGrade": .choice("B")], members: [[:]]), on: d("2022-06-01")).isEmpty)
    }

    @Test func nineKeyGroupsEachWithTheRuleThatFired() {
        let h = household(["category": .choice("alleviated"), "liftedYear": .int(2020), "wageIncome": money(9000), "medicalExpense": money(25_000)], members: [
            ["name": .text("甲"), "dibao": .choice("rural"), "health": .multi(["serious"])],
            ["name": .text("乙"), "relation": .choice("spouse"), "health": .multi(["disabled"]), "disabilityGrade": .choice("1"), "tekun": .choice("rural")],
            ["name": .text("丙"), "relation": .choice("son"), "birthDate": .date(d("2005-03-01")), "schooling": .choice("seniorHigh")],
            ["name": .text("丁"), "relation": .choice("daughter"), "birthDate": .date(d("2004-03-01")), "schooling": .choice("undergraduate"),
             "migrantWork": .bool(true), "workMonths": .int(3)],
        ])
        let flags = KeyGroups.flags(h, on: d("2022-06-01"), threshold: Fixed2(7300))
        #expect(Set(flags.map(\.group)) == Set(KeyGroup.allCases))
        func reason(_ g: KeyGroup) -> String { flags.first { $0.group == g }?.reason ?? "" }
        // Seed 001's nine groups, with what each stresses: 2020 or early 脱贫; 单人户 and 分散供养; new 低保; 新致残 and severe;
        // a high wage share. Where the registry lacks the fact, the reason says so.
        #expect(reason(.lifted2020OrEarly) == "2020年脱贫（特别关注）")
        #expect(reason(.tekun) == "乙享受特困供养；民政名单未报送其供养方式，请核实是否分散供养")
        #expect(reason(.dibao).hasSuffix("无法判断是否近两年新识别、新申请"))
        #expect(reason(.lowIncome) == "人均纯收入2250.00元，低于监测范围7300.00元")
        #expect(reason(.disability) == "乙残疾，其中乙为重度残疾（特别关注）；台账未登记致残时间，无法判断是否新致残")
        #expect(reason(.manyChildren) == "子女2人，非义务教育阶段在读2人")
        #expect(reason(.unstableWork) == "丁务工3个月（不足6个月），务工收入占家庭收入100%（占比高，特别关注）")
        #expect(reason(.rigidExpenditure).hasPrefix("合规自付刚性支出25000.00元"))
        // A sharp fall against last year's income counts even above 1.5 × the line.
        var fall = household(["wageIncome": money(12_000)], members: [[:]])
        func statement(_ year: Int, _ wages: Int) -> YearlyIncome {
            var a = Facts()
            a["wageMigrant"] = .fixed(Fixed2(wages))
            return YearlyIncome(year: year, householdSize: 1, amounts: a)
        }
        fall.incomes = [statement(2021, 12_000), statement(2020, 20_000)]
        #expect(KeyGroups.flags(fall, on: d("2022-06-01"), threshold: Fixed2(7300)).map(\.reason) == ["人均纯收入由20000.00元降至12000.00元，减少30%以上"])
        #expect(KeyGroups.flags(household(["wageIncome": money(50_000)], members: [[:]]), on: d("2022-06-01"), threshold: Fixed2(7300)).isEmpty)
        // Every 脱贫户 is in group 1; one lifted in 2018 is not stressed, one without a year says what is missing.
        let later = KeyGroups.flags(household(["category": .choice("alleviated"), "liftedYear": .int(2018), "wageIncome": money(50_000)], members: [[:]]),
                                    on: d("2022-06-01"), threshold: Fixed2(7300))
        #expect(later.map(\.reason) == ["2018年脱贫"])
        let early = KeyGroups.flags(household(["category": .choice("alleviated"), "liftedYear": .int(2016), "wageIncome": money(50_000)], members: [[:]]),
                                    on: d("2022-06-01"), threshold: Fixed2(7300))
        #expect(early.map(\.reason) == ["2016年脱贫（2016年及以前脱贫较早，特别关注）"])
        let unknown = KeyGroups.flags(household(["category": .choice("alleviated"), "wageIncome": money(50_000)], members: [[:]]),
                                      on: d("2022-06-01"), threshold: Fixed2(7300))
        #expect(unknown.first?.reason.contains("未填脱贫年度") == true)
    }

    @Test func deadlinesAcrossNationalDayAndSpringFestival() throws {
        let cal = WorkingCalendar.shipped
        func rule(_ key: String) -> DeadlineRule { DeadlineRule.seedDefaults.first { $0.key == key }! }
        // A clue on Friday 26 September 2025 must be answered by 10 October (5 working days over National Day).
        #expect(try rule("clue.response").due(from: d("2025-09-26"), calendar: cal) == d("2025-10-10"))
        // …and decided within 15 days, calendar days: 11 October.
        #expect(try rule("clue.decision").due(from: d("2025-09-26"), calendar: cal) == d("2025-10-11"))
        // Enrolled on Friday 13 February 2026: a helper by 27 February (the worked Saturday 14th counts),
        // measures by 5 March (the worked Saturday 28th counts too).
        #expect(try rule("enrolment.helper").due(from: d("2026-02-13"), calendar: cal) == d("2026-02-27"))
        #expect(try rule("enrolment.measures").due(from: d("2026-02-13"), calendar: cal) == d("2026-03-05"))
        // Monthly pushes: by the 5th; a start after the 20th reports next month.
        #expect(try rule("department.push").due(from: d("2026-03-01"), calendar: cal) == d("2026-03-05"))
        #expect(try rule("township.report").due(from: d("2026-03-21"), calendar: cal) == d("2026-04-20"))
        #expect(try rule("county.report").due(from: d("2026-12-26"), calendar: cal) == d("2027-01-25"))
        // Quarterly statistics for Q4 2025: 1 October is a holiday; the five working days are 9, 10, 11 (Sat), 13, 14 October.
        #expect(try rule("measures.quarterly").due(from: d("2025-10-20"), calendar: cal) == d("2025-10-14"))
        // Q1 2026: 1–3 January off, Sunday 4 January worked: 4, 5, 6, 7, 8 January.
        #expect(try rule("measures.quarterly").due(from: d("2026-01-10"), calendar: cal) == d("2026-01-08"))

        #expect(DeadlineState.of(due: d("2025-10-10"), completedOn: nil, today: d("2025-10-10")) == .open)
        #expect(DeadlineState.of(due: d("2025-10-10"), completedOn: nil, today: d("2025-10-11")) == .overdue)
        #expect(DeadlineState.of(due: d("2025-10-10"), completedOn: d("2025-10-09"), today: d("2025-12-01")) == .met)
        #expect(DeadlineState.of(due: d("2025-10-10"), completedOn: d("2025-10-13"), today: d("2025-12-01")) == .metLate)
    }
}
