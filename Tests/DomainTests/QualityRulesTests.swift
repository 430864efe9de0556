import Domain
import Foundation
import Testing

/// A healthy, insured person with a valid ID number for the rule tests.
func qualityPerson(_ name: String, _ relation: Relation, _ sex: Sex, _ birth: Day, labour: LabourCapacity) -> Facts {
    var f = Facts()
    f["name"] = .text(name)
    f["relation"] = .choice(relation.rawValue)
    f["sex"] = .choice(sex.rawValue)
    f["birthDate"] = .date(birth)
    f["idNumber"] = .text(IDNumber.make(region: "450224", birth: birth, sequence: sex == .male ? 11 : 12))
    f["labour"] = .choice(labour.rawValue)
    f["health"] = .multi(["healthy"])
    f["medicalInsurance"] = .choice("resident")
    return f
}

@Suite struct QualityRulesTests {
    let today = Day(year: 2026, month: 11, day: 20)!

    func member(_ name: String, relation: Relation, sex: Sex, birth: Day, labour: LabourCapacity = .ordinary, extra: [String: FieldValue] = [:]) -> Facts {
        var f = qualityPerson(name, relation, sex, birth, labour: labour)
        f["education"] = .choice("juniorHigh")
        for (k, v) in extra { f[k] = v }
        return f
    }

    func codes(_ household: Facts, _ members: [Facts], measures: [MeasureFacts] = [], helpers: Int = 1) -> Set<String> {
        Set(QualityRules.check(QualityInput(household: household, members: members, measures: measures, helpers: helpers, today: today,
                                            threshold: Fixed2(7300))).map(\.rule))
    }

    @Test func theCatalogueHasAtLeastSixtyRulesWithUniqueCodesAndChineseDescriptions() {
        let all = QualityRules.all
        #expect(all.count >= 60)
        #expect(Set(all.map(\.code)).count == all.count)
        #expect(all.allSatisfy { !$0.description.isEmpty && !$0.fields.isEmpty })
        #expect(Set(all.map(\.group)) == Set("ABCDEFGHIJKPS".map(String.init)))
    }

    @Test func ageLabourAndRelationRulesFire() {
        var h = Facts()
        h["category"] = .choice("ordinary")
        let head = member("张三", relation: .head, sex: .male, birth: Day(year: 1970, month: 1, day: 1)!)
        let spouse = member("李四", relation: .spouse, sex: .male, birth: Day(year: 1972, month: 1, day: 1)!)
        let child = member("张小", relation: .daughter, sex: .male, birth: Day(year: 2015, month: 5, day: 1)!, labour: .ordinary)
        let old = member("张老", relation: .father, sex: .male, birth: Day(year: 1950, month: 1, day: 1)!, labour: .skilled)
        let found = codes(h, [head, spouse, child, old])
        // Same-sex spouse, 之女 recorded male, an 11-year-old with labour, a 76-year-old skilled labourer,
        // a child without schooling status.
        for code in ["A08", "A09", "B01", "B04", "C01"] { #expect(found.contains(code), "\(code)") }
        #expect(!found.contains("A06"))
    }

    @Test func monitoredHouseholdsNeedRisksBackedByFactsAndAnsweredByMeasures() {
        var h = Facts()
        h["category"] = .choice("ordinary")
        h["monitoringCategory"] = .choice("marginal")
        h["monitoredSince"] = .date(Day(year: 2026, month: 6, day: 1)!)
        h["riskTypes"] = .multi(["disability", "illness"])
        let head = member("王五", relation: .head, sex: .male, birth: Day(year: 1975, month: 1, day: 1)!)
        let only = [MeasureFacts(type: ReferenceData.measureType("comprehensive")!, risks: [.illness], state: .ongoing, start: Day(year: 2026, month: 6, day: 10)!)]
        let found = codes(h, [head], measures: only)
        // 因残 without a disabled member, 因病 without an ill one, labour-capable with only a safety net.
        for code in ["F01", "F02", "G11", "G12"] { #expect(found.contains(code), "\(code)") }
        #expect(!found.contains("G10") && !found.contains("G01"))
        let none = codes(h, [head], measures: [], helpers: 0)
        #expect(none.contains("G10") && none.contains("G14"))
    }

    /// Seed 000: "纳入监测后……5个工作日内明确帮扶责任人" — G14 counts working days on the Chinese calendar (the
    /// Spring Festival week does not count, the worked Saturday does), not ten calendar days.
    @Test func helperDeadlineIsFiveWorkingDaysOnTheChineseCalendar() {
        var h = Facts()
        h["category"] = .choice("alleviated"); h["liftedYear"] = .int(2018)
        h["monitoringCategory"] = .choice("unstable")
        h["monitoredSince"] = .date(Day(year: 2026, month: 2, day: 13)!)
        h["riskTypes"] = .multi(["illness"])
        let head = member("王五", relation: .head, sex: .male, birth: Day(year: 1975, month: 1, day: 1)!)
        func g14(on day: String) -> Bool {
            QualityRules.check(QualityInput(household: h, members: [head], measures: [], helpers: 0, today: Day(day)!, threshold: Fixed2(7300)))
                .contains { $0.rule == "G14" }
        }
        #expect(!g14(on: "2026-02-24"), "ten calendar days would already flag it")
        #expect(!g14(on: "2026-02-27"), "the fifth working day is still in time")
        #expect(g14(on: "2026-02-28"))
        let message = QualityRules.check(QualityInput(household: h, members: [head], measures: [], helpers: 0, today: Day("2026-03-02")!, threshold: Fixed2(7300)))
            .first { $0.rule == "G14" }?.message
        #expect(message == "2026-02-13纳入监测，应于5个工作日内（2026-02-27前）明确帮扶责任人，至今未明确")
        // The limit is the regime's in force on the day of enrolment: a 2026 regime of 3 working days holds a household
        // enrolled in 2026 to it, while one enrolled in December 2025 keeps the transition period's 5.
        var regular = RegimeBook.shipped.inForce(on: Day("2026-02-13")!)
        regular.limits.helperWorkingDays = 3
        let book = RegimeBook.shipped.replacing(regular)
        #expect(QualityRules.check(QualityInput(household: h, members: [head], measures: [], helpers: 0, today: Day("2026-02-26")!, threshold: Fixed2(7300),
                                                regimes: book)).contains { $0.rule == "G14" })
        var old = h
        old["monitoredSince"] = .date(Day(year: 2025, month: 12, day: 22)!) // Mon: 5 working days end Mon 29th, 3 would end Thu 25th
        #expect(!QualityRules.check(QualityInput(household: old, members: [head], measures: [], helpers: 0, today: Day("2025-12-26")!, threshold: Fixed2(7300),
                                                 regimes: book)).contains { $0.rule == "G14" })
        #expect(QualityRules.check(QualityInput(household: old, members: [head], measures: [], helpers: 0, today: Day("2025-12-30")!, threshold: Fixed2(7300),
                                                regimes: book)).contains { $0.rule == "G14" })
    }

    @Test func incomeAndEliminationRulesUseTheLine() {
        var h = Facts()
        h["category"] = .choice("alleviated")
        h["liftedYear"] = .int(2018)
        h["wageIncome"] = .fixed(Fixed2(14_000))
        let head = member("赵六", relation: .head, sex: .male, birth: Day(year: 1970, month: 1, day: 1)!)
        let wife = member("钱七", relation: .spouse, sex: .female, birth: Day(year: 1971, month: 1, day: 1)!)
        // 7000 a person, below 7300, not monitored.
        #expect(codes(h, [head, wife]).contains("H01"))
        h["wageIncome"] = .fixed(Fixed2(14_600))
        #expect(!codes(h, [head, wife]).contains("H01")) // exactly 7300 is not below the line
        h["monitoringCategory"] = .choice("unstable")
        h["monitoredSince"] = .date(Day(year: 2026, month: 6, day: 1)!)
        h["riskTypes"] = .multi(["illness"])
        h["eliminationKind"] = .choice("assisted")
        h["eliminatedOn"] = .date(Day(year: 2026, month: 9, day: 1)!)
        h["housingGrade"] = .choice("D")
        let found = codes(h, [head, wife])
        for code in ["H02", "I02", "I03", "I08"] { #expect(found.contains(code), "\(code)") }
        let noLabour = codes(h, [member("孙八", relation: .head, sex: .male, birth: Day(year: 1940, month: 1, day: 1)!, labour: .lost)])
        #expect(noLabour.contains("I01"))
    }

    @Test func unmonitoredHouseholdsWithProblemsAreFlagged() {
        var h = Facts()
        h["category"] = .choice("ordinary")
        h["housingGrade"] = .choice("C")
        h["waterQuality"] = .bool(false)
        let kid = member("小明", relation: .son, sex: .male, birth: Day(year: 2014, month: 3, day: 1)!, labour: LabourCapacity.none,
                         extra: ["schooling": .choice("droppedOut")])
        let head = member("周九", relation: .head, sex: .male, birth: Day(year: 1980, month: 1, day: 1)!)
        let found = codes(h, [head, kid])
        for code in ["J01", "J02", "J04"] { #expect(found.contains(code), "\(code)") }
    }
}

@Suite struct QualityReadKeysTests {
    /// A county run reads only `QualityRules.readKeys`: every field a rule or the income statement reads must be in it,
    /// or that rule would silently stop finding anything on a real county.
    @Test func everyFieldTheRulesReadIsLoaded() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Domain")
        var read = Set<String>()
        for file in ["Quality/QualityRules.swift", "Policy/Assessment.swift"] {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: #"\.(?:text|choice|date|int|fixed|bool|multi)\("([a-zA-Z]+)""#)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                read.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        #expect(read.count > 30)
        #expect(read.subtracting(QualityRules.readKeys).isEmpty, "fields read but not loaded: \(read.subtracting(QualityRules.readKeys).sorted())")
    }
}

/// Every household rule, one by one: a household that keeps every rule (three of them: not monitored, monitored,
/// risk eliminated), and for each rule the one change to it that breaks that rule.
@Suite struct EveryQualityRuleTests {
    let today = Day(year: 2026, month: 11, day: 20)!

    struct Case {
        var household: Facts
        var members: [Facts]
        var measures: [MeasureFacts]
        var helpers: Int
        /// The newest income statement and the year before (newest first).
        var incomes: [YearlyIncome] = []
        /// The members in order: 0 the head, 1 the spouse, 2 the daughter.
        subscript(_ i: Int, _ key: String) -> FieldValue? {
            get { members[i][key] }
            set { members[i][key] = newValue }
        }
        mutating func risks(_ r: [RiskType]) { household["riskTypes"] = .multi(r.map(\.rawValue)) }
        /// Sets one amount of the newest (0) or last year's (1) statement.
        mutating func income(_ index: Int, _ key: String, _ yuan: Int?) { incomes[index].amounts[key] = yuan.map { .fixed(Fixed2($0)) } }
        mutating func addRisk(_ r: RiskType) { risks(household.multi("riskTypes", as: RiskType.self) + [r]) }
        mutating func measures(_ keys: [String], state: MeasureState = .ongoing) {
            measures = keys.map { MeasureFacts(type: ReferenceData.measureType($0)!, risks: [], state: state, start: Day(year: 2026, month: 6, day: 10)!) }
        }
    }

    func person(_ name: String, _ relation: Relation, _ sex: Sex, _ birth: Day, labour: LabourCapacity, education: EducationLevel,
                schooling: SchoolingStatus) -> Facts {
        var f = qualityPerson(name, relation, sex, birth, labour: labour)
        f["education"] = .choice(education.rawValue)
        f["schooling"] = .choice(schooling.rawValue)
        f["seriousIllnessInsurance"] = .bool(true)
        if birth.age(on: today) >= 16 { f["pensionInsurance"] = .choice("resident") }
        f["dibao"] = .choice("none")
        f["tekun"] = .choice("none")
        return f
    }

    /// A household of three that breaks no rule: the head works away from home, the daughter is at primary school.
    var ordinary: Case {
        var h = Facts()
        h["category"] = .choice("ordinary")
        h["phone"] = .text("13800000001")
        h["housingGrade"] = .choice("A")
        h["housingArea"] = .fixed(Fixed2(120))
        for k in ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"] { h[k] = .bool(true) }
        h["arableLand"] = .fixed(Fixed2(5))
        h["forestLand"] = .fixed(Fixed2(10))
        h["incomeYear"] = .int(2026)
        h["wageIncome"] = .fixed(Fixed2(30_000))
        // 张三: a name with 三 in it has no digit.
        var head = person("张三", .head, .male, Day(year: 1980, month: 1, day: 1)!, labour: .ordinary, education: .juniorHigh, schooling: .notInSchool)
        head["migrantWork"] = .bool(true)
        head["workMonths"] = .int(10)
        head["workPlace"] = .choice("inProvince")
        head["workMonthlyIncome"] = .fixed(Fixed2(4000))
        let spouse = person("李四", .spouse, .female, Day(year: 1982, month: 3, day: 1)!, labour: .ordinary, education: .juniorHigh, schooling: .notInSchool)
        let daughter = person("张小红", .daughter, .female, Day(year: 2015, month: 3, day: 1)!, labour: .none, education: .primary, schooling: .primary)
        // Two years alike: wages, a project dividend, solar and microcredit income, a public post, farming.
        func year(_ y: Int) -> YearlyIncome {
            var a = Facts()
            for (k, v) in [("wageMigrant", 24_000), ("wagePublicPost", 6000), ("propertyDividend", 1000), ("propertySolar", 800), ("propertyMicrocredit", 500),
                           ("productionCrops", 5000), ("costCrops", 1500)] { a[k] = .fixed(Fixed2(v)) }
            return YearlyIncome(year: y, householdSize: 3, amounts: a)
        }
        return Case(household: h, members: [head, spouse, daughter], measures: [], helpers: 0, incomes: [year(2026), year(2025)])
    }

    /// The same household monitored since June for illness (the spouse is chronically ill), with a health and an
    /// employment measure and a helper.
    var monitored: Case {
        var c = ordinary
        c.household["monitoringCategory"] = .choice("marginal")
        c.household["monitoredSince"] = .date(Day(year: 2026, month: 6, day: 1)!)
        c.risks([.illness])
        c.household["medicalExpense"] = .fixed(Fixed2(3000))
        c[1, "health"] = .multi(["chronic"])
        c.measures(["health", "employment"])
        c.helpers = 1
        return c
    }

    /// Monitored from January, risk eliminated with help in August, income well above the line.
    var eliminated: Case {
        var c = monitored
        c.household["monitoredSince"] = .date(Day(year: 2026, month: 1, day: 5)!)
        c.household["eliminationKind"] = .choice("assisted")
        c.household["eliminatedOn"] = .date(Day(year: 2026, month: 8, day: 1)!)
        return c
    }

    enum Base { case ordinary, monitored, eliminated }

    /// The change that breaks each rule.
    var breaking: [(code: String, base: Base, change: (inout Case) -> Void)] {
        let noLabour: (inout Case) -> Void = { c in for i in 0..<3 { c[i, "labour"] = .choice("none") } }
        return [
            ("A01", .ordinary, { c in c[0, "idNumber"] = .text("450224198001010010") }),
            ("A02", .ordinary, { c in c[0, "birthDate"] = .date(Day(year: 1981, month: 1, day: 1)!) }),
            ("A03", .ordinary, { c in c[0, "sex"] = .choice("female") }),
            ("A05", .ordinary, { c in c[0, "idNumber"] = nil }),
            ("A06", .ordinary, { c in c[1, "relation"] = .choice("head") }),
            ("A07", .ordinary, { c in c[2, "relation"] = .choice("spouse") }),
            ("A08", .ordinary, { c in c[1, "sex"] = .choice("male") }),
            ("A09", .ordinary, { c in c[2, "sex"] = .choice("male") }),
            ("A11", .ordinary, { c in c[0, "birthDate"] = .date(Day(year: 2012, month: 1, day: 1)!) }),
            ("A12", .ordinary, { c in c[0, "name"] = .text("张3") }),
            ("A13", .ordinary, { c in c.household["phone"] = nil }),
            ("B01", .ordinary, { c in c[2, "labour"] = .choice("weak") }),
            ("B02", .ordinary, { c in c[1, "schooling"] = .choice("undergraduate") }),
            ("B03", .ordinary, { c in c[1, "labour"] = .choice("weak") }),
            ("B04", .ordinary, { c in c.members.append(person("张老", .father, .male, Day(year: 1950, month: 1, day: 1)!, labour: .ordinary, education: .primary, schooling: .notInSchool)) }),
            ("B05", .ordinary, { c in c[1, "disabilityGrade"] = .choice("1"); c[1, "disabilityCategory"] = .choice("physical") }),
            ("B06", .ordinary, { c in c[1, "labour"] = nil }),
            ("B07", .ordinary, { c in c[1, "labour"] = .choice("skilled") }),
            ("B08", .ordinary, { c in c[1, "health"] = nil }),
            ("B09", .ordinary, { c in c[1, "health"] = .multi(["disabled"]) }),
            ("C01", .ordinary, { c in c[2, "schooling"] = nil }),
            ("C02", .ordinary, { c in c[2, "schooling"] = .choice("preschool") }),
            ("C03", .ordinary, { c in c[1, "schooling"] = .choice("primary") }),
            ("C04", .ordinary, { c in c[2, "schooling"] = .choice("juniorHigh") }),
            ("C05", .ordinary, { c in c[2, "schooling"] = .choice("seniorHigh") }),
            ("C06", .ordinary, { c in c[2, "schooling"] = .choice("secondaryVocational") }),
            ("C07", .ordinary, { c in c[2, "education"] = .choice("college") }),
            ("C08", .ordinary, { c in c.members.append(person("张大", .son, .male, Day(year: 2006, month: 1, day: 1)!, labour: .ordinary, education: .primary, schooling: .notInSchool)) }),
            ("C09", .ordinary, { c in c[1, "education"] = nil }),
            ("C10", .ordinary, { c in c[2, "schooling"] = .choice("undergraduate") }),
            ("D01", .ordinary, { c in c[2, "migrantWork"] = .bool(true) }),
            ("D02", .ordinary, { c in c[0, "workMonthlyIncome"] = .fixed(Fixed2(50)) }),
            ("D03", .ordinary, { c in c[0, "tekun"] = .choice("rural") }),
            ("D04", .ordinary, { c in c[2, "migrantWork"] = .bool(true) }),
            ("D05", .ordinary, { c in c[0, "labour"] = .choice("lost") }),
            ("D06", .ordinary, { c in c[2, "publicWelfarePost"] = .bool(true) }),
            ("D07", .ordinary, { c in c[1, "publicWelfarePost"] = .bool(true); c[1, "labour"] = .choice("lost") }),
            ("D08", .ordinary, { c in c[0, "workMonths"] = nil }),
            ("D09", .ordinary, { c in c[0, "workPlace"] = nil }),
            ("E01", .ordinary, { c in c[1, "medicalInsurance"] = nil }),
            ("E02", .ordinary, { c in c[1, "seriousIllnessInsurance"] = nil }),
            ("E03", .ordinary, { c in c[1, "pensionInsurance"] = nil }),
            ("F01", .monitored, { c in c.addRisk(.disability) }),
            ("F02", .monitored, { c in c[1, "health"] = .multi(["healthy"]) }),
            ("F03", .monitored, { c in c.addRisk(.lackOfLabour) }),
            ("F04", .monitored, { c in c.addRisk(.unstableEmployment); noLabour(&c) }),
            ("F05", .monitored, { c in c.addRisk(.unstableEmployment); c[0, "migrantWork"] = nil; c[0, "workMonths"] = nil; c[0, "workPlace"] = nil }),
            ("F06", .monitored, { c in c.addRisk(.other) }),
            ("F07", .monitored, { c in c.risks([]) }),
            ("F08", .monitored, { c in c.household["waterQuality"] = .bool(false) }),
            ("F09", .monitored, { c in c.household["housingGrade"] = .choice("C") }),
            ("F10", .monitored, { c in c.addRisk(.education); c[2, "schooling"] = .choice("notInSchool") }),
            ("F12", .monitored, { c in c.household["medicalExpense"] = nil }),
            ("F11", .monitored, { c in c.risks([.other]); c[1, "medicalInsurance"] = .choice("none") }),
            ("G01", .monitored, { c in c.measures(["employment"]) }),
            ("G02", .monitored, { c in c.addRisk(.education) }),
            ("G03", .monitored, { c in c.addRisk(.disability); c[1, "health"] = .multi(["chronic", "disabled"]); c.measures(["employment"]) }),
            ("G04", .monitored, { c in c.addRisk(.housing) }),
            ("G05", .monitored, { c in c.addRisk(.water) }),
            ("G06", .monitored, { c in c.addRisk(.unstableEmployment); c.measures(["health"]) }),
            ("G07", .monitored, { c in c.addRisk(.industryFailure); c.measures(["health"]) }),
            ("G08", .monitored, { c in c.addRisk(.disaster) }),
            ("G09", .monitored, { c in c[2, "schooling"] = .choice("droppedOut") }),
            ("G10", .monitored, { c in c.measures = [] }),
            ("G11", .monitored, { c in c.measures(["comprehensive"]) }),
            ("G12", .monitored, { c in c.measures(["health"]) }),
            ("G13", .monitored, { c in c[1, "disabilityGrade"] = .choice("2"); c[1, "disabilityCategory"] = .choice("vision") }),
            ("G14", .monitored, { c in c.helpers = 0 }),
            ("G15", .monitored, { c in c.measures(["health", "employment"], state: .planned) }),
            ("G16", .monitored, { c in c.household["category"] = .choice("alleviated"); c.household["liftedYear"] = .int(2018) }),
            ("G17", .monitored, { c in c[1, "dibao"] = .choice("rural") }),
            ("G18", .ordinary, { c in c.measures(["comprehensive"]) }),
            ("G19", .ordinary, { c in c.measures(["employment"]); c[0, "migrantWork"] = nil; c[0, "workMonths"] = nil; c[0, "workPlace"] = nil }),
            ("G20", .monitored, { c in c[2, "schooling"] = .choice("secondaryVocational") }),
            ("G21", .ordinary, { c in c.measures(["education"]) }),
            ("G22", .monitored, { c in c.measures(["health", "employment", "relocation"]) }),
            ("H01", .ordinary, { c in c.household["category"] = .choice("alleviated"); c.household["liftedYear"] = .int(2018); c.household["wageIncome"] = .fixed(Fixed2(6000)) }),
            ("H02", .eliminated, { c in c.household["wageIncome"] = .fixed(Fixed2(15_000)) }),
            ("H03", .ordinary, { c in c.household["wageIncome"] = .fixed(Fixed2(50)) }),
            ("H04", .ordinary, { c in c.household["wageIncome"] = nil }),
            ("H05", .ordinary, { c in c[1, "dibao"] = .choice("rural") }),
            ("H06", .ordinary, { c in c.measures(["industry"]) }),
            ("H07", .ordinary, { c in c.household["productionCost"] = .fixed(Fixed2(5000)) }),
            ("H08", .ordinary, { c in c.household["incomeYear"] = .int(2020) }),
            ("H09", .monitored, { c in c.household["wageIncome"] = .fixed(Fixed2(90_000)) }),
            ("I01", .eliminated, noLabour),
            ("I02", .eliminated, { c in c.household["eliminatedOn"] = .date(Day(year: 2026, month: 3, day: 1)!) }),
            ("I03", .eliminated, { c in c.household["housingGrade"] = .choice("D") }),
            ("I04", .eliminated, { c in c.household["waterQuantity"] = .bool(false) }),
            ("I05", .eliminated, { c in c[2, "schooling"] = .choice("droppedOut") }),
            ("I06", .eliminated, { c in c[1, "medicalInsurance"] = .choice("none") }),
            ("I07", .eliminated, { c in c.helpers = 0 }),
            ("I08", .eliminated, { c in c.measures = [] }),
            ("I09", .eliminated, { c in c.household["wageIncome"] = nil }),
            ("J01", .ordinary, { c in c.household["housingGrade"] = .choice("C") }),
            ("J02", .ordinary, { c in c.household["waterQuality"] = .bool(false) }),
            ("J03", .ordinary, { c in c[1, "medicalInsurance"] = .choice("none") }),
            ("J04", .ordinary, { c in c[2, "schooling"] = .choice("droppedOut") }),
            ("J05", .ordinary, noLabour),
            ("K01", .ordinary, { c in c.household["arableLand"] = .fixed(Fixed2(150)) }),
            ("K02", .ordinary, { c in c.household["forestLand"] = .fixed(Fixed2(300)) }),
            ("K03", .ordinary, { c in c.household["housingArea"] = .fixed(.zero) }),
            ("K04", .ordinary, { c in c.members = [] }),
            ("K05", .ordinary, { c in c.household["relocated"] = .bool(true) }),
            ("K06", .ordinary, { c in c.household["housingGrade"] = nil }),
            ("K07", .ordinary, { c in c.household["waterReliability"] = nil }),
            ("K08", .ordinary, { c in c.household["category"] = .choice("alleviated") }),
            // Seed 002's points: each a fall from last year's statement (30 % by default) or a fact of the year.
            ("S01", .ordinary, { c in c.income(0, "productionCrops", 2000) }),
            ("S02", .ordinary, { c in c.income(0, "propertyDividend", nil) }),
            ("S03", .ordinary, { c in c.income(0, "propertySolar", 400) }),
            ("S04", .ordinary, { c in c.income(0, "propertyMicrocredit", nil) }),
            ("S05", .ordinary, { c in c.income(0, "wageMigrant", 12_000) }),
            ("S06", .ordinary, { c in c[1, "dibao"] = .choice("rural") }),
            ("S07", .ordinary, { c in c.income(0, "disasterExpense", 3000) }),
            ("S08", .ordinary, { c in c.income(0, "wagePublicPost", nil) }),
            ("S09", .ordinary, { c in c[1, "health"] = .multi(["serious"]); c.income(0, "wageMigrant", 10_000) }),
            ("S10", .ordinary, { c in c.incomes[0].householdSize = 2; c.income(0, "wageMigrant", 20_000) }),
        ]
    }

    func found(_ c: Case) -> [QualityFinding] {
        QualityRules.check(QualityInput(household: c.household, members: c.members, measures: c.measures, helpers: c.helpers, today: today,
                                        threshold: Fixed2(7300), incomes: c.incomes))
    }

    func base(_ b: Base) -> Case {
        switch b {
        case .ordinary: ordinary
        case .monitored: monitored
        case .eliminated: eliminated
        }
    }

    @Test func theHouseholdsThatKeepEveryRuleHaveNoFinding() {
        for b in [Base.ordinary, .monitored, .eliminated] {
            #expect(found(base(b)).map { "\($0.rule) \($0.message)" } == [], "\(b)")
        }
    }

    @Test func eachRuleIsBrokenByItsChange() {
        for (code, b, change) in breaking {
            var c = base(b)
            change(&c)
            #expect(found(c).contains { $0.rule == code }, "\(code) should fire: \(found(c).map(\.rule))")
        }
    }

    @Test func everyHouseholdRuleHasABreakingCase() {
        let checked = Set(QualityRules.all.filter { $0.check != nil }.map(\.code))
        let tested = Set(breaking.map(\.code))
        #expect(checked == tested, "rules without a case: \(checked.subtracting(tested).sorted()); cases without a rule: \(tested.subtracting(checked).sorted())")
        // The two county-wide rules are checked over SQL (AppTests: QualityTests); the P group is `RecordCheck`'s
        // (DomainTests: RecordCheckTests; AppTests: RecordCheckTests runs it in a county run).
        #expect(Set(QualityRules.all.filter { $0.check == nil }.map(\.code)) == ["A04", "A10", "P01", "P02", "P03", "P04", "P05"])
    }
}
