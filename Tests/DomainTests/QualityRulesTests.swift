import Domain
import Foundation
import Testing

@Suite struct QualityRulesTests {
    let today = Day(year: 2026, month: 11, day: 20)!

    func member(_ name: String, relation: Relation, sex: Sex, birth: Day, labour: LabourCapacity = .ordinary, extra: [String: FieldValue] = [:]) -> Facts {
        var f = Facts()
        f["name"] = .text(name)
        f["relation"] = .choice(relation.rawValue)
        f["sex"] = .choice(sex.rawValue)
        f["birthDate"] = .date(birth)
        f["idNumber"] = .text(IDNumber.make(region: "450224", birth: birth, sequence: sex == .male ? 11 : 12))
        f["labour"] = .choice(labour.rawValue)
        f["health"] = .multi(["healthy"])
        f["medicalInsurance"] = .choice("resident")
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
        #expect(Set(all.map(\.group)) == Set("ABCDEFGHIJK".map(String.init)))
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
