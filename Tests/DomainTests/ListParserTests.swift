import Domain
import Testing

@Suite struct ListParserTests {
    let today = Day(year: 2026, month: 11, day: 20)!
    let medical = ListCatalogue.type("medical.bills")!
    let good = IDNumber.make(region: "450224", birth: Day(year: 1970, month: 3, day: 8)!, sequence: 123)

    @Test func rowsAreCheckedOneByOneAndRepeatsNamed() throws {
        let table = [["身份证号码", "姓名", "结算年度", "医疗总费用（元）", "个人自付（元）"],
                     [good, "王五", "2026", "80,000.5", "25000"],
                     ["450224198001011234", "李四", "2026", "100", "10"],
                     [good, "王五", "2026", "80000.50", "25000.00"],
                     ["", "", "", "", ""],
                     [good, "王五", "二〇二六", "1", "-3"]]
        let parsed = try ListParser.parse(table, as: medical, today: today)
        #expect(parsed.rows.map(\.number) == [2, 3, 4, 6])
        #expect(parsed.rows[0].status == .valid && parsed.rows[0].values["total"] == "80000.50")
        guard case .invalid(let why) = parsed.rows[1].status else { Issue.record("bad ID accepted"); return }
        #expect(why.contains("校验位"))
        #expect(parsed.rows[2].status == .duplicate(ofRow: 2))
        guard case .invalid(let two) = parsed.rows[3].status else { Issue.record("bad year accepted"); return }
        #expect(two.contains("结算年度") && two.contains("个人自付"))
    }

    @Test func aFileWithoutItsColumnsOrRowsIsRefusedWhole() {
        #expect(throws: ListFileError.missingColumns(["个人自付（元）"])) {
            try ListParser.parse([["身份证号码", "姓名", "结算年度", "医疗总费用（元）"], [good, "王五", "2026", "1"]], as: medical, today: today)
        }
        #expect(throws: ListFileError.empty) { try ListParser.parse([["身份证号码", "姓名", "结算年度", "医疗总费用（元）", "个人自付（元）"]], as: medical, today: today) }
        #expect(throws: ListFileError.empty) { try ListParser.parse([], as: medical, today: today) }
    }

    @Test func datesComeInTheFormsOfficesType() {
        for raw in ["2026-03-05", "2026/3/5", "2026.03.05", "20260305", "2026年3月5日", "46086"] {
            #expect(ListParser.date(raw) == Day(year: 2026, month: 3, day: 5), "\(raw)")
        }
        #expect(ListParser.date("2026-02-30") == nil)
    }

    @Test func rulesFireOnTheSeedsThresholds() {
        var s = WarningSettings()
        let ctx = WarningContext(householdNetIncome: Fixed2(30_000), memberAge: 40)
        #expect(medical.rule(["selfPaid": "20000.00", "year": "2026"], ctx, s)?.risk == .illness)
        #expect(medical.rule(["selfPaid": "14999.99"], ctx, s) == nil)
        #expect(medical.rule(["selfPaid": "15000.00"], ctx, s)?.reason.contains("占家庭纯收入") == true)
        s.medicalAmount = Fixed2(50_000)
        s.medicalSharePercent = 90
        #expect(medical.rule(["selfPaid": "20000.00"], ctx, s) == nil)
        let housing = ListCatalogue.type("housing.unsafe")!
        #expect(housing.rule(["grade": "C"], ctx, s)?.risk == .housing && housing.rule(["grade": "B"], ctx, s) == nil)
        let police = ListCatalogue.type("police.changes")!
        #expect(police.rule(["change": "死亡"], ctx, s)?.risk == .lackOfLabour)
        #expect(police.rule(["change": "死亡"], WarningContext(householdNetIncome: nil, memberAge: 82), s) == nil)
        #expect(police.rule(["change": "出生"], ctx, s) == nil)
        #expect(Set(ListCatalogue.types.map(\.department)).count == Department.allCases.count)
    }
}
