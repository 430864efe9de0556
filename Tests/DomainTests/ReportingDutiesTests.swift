import Domain
import Testing

/// Seed 003's reporting days, read from the policy's deadline rules.
@Suite struct ReportingDutiesTests {
    static func due(_ id: String, on today: Day) throws -> (String, Day) {
        let duty = try #require(ReportingDuty.duty(id))
        let rule = try #require(DeadlineRule.seedDefaults.first { $0.key == id })
        let period = duty.period(on: today)
        return (period.code, try duty.due(period, rule: rule, calendar: .shipped))
    }

    @Test func eachReportIsOwedForItsPeriodByTheSeedsDay() throws {
        let today = Day(year: 2026, month: 12, day: 10)!
        // "于每月5日前……推送上月风险预警线索及实名制台账"
        #expect(try Self.due("department.push", on: today) == ("2026-11", Day(year: 2026, month: 12, day: 5)!))
        // "各乡镇(街道)每月20日前向县乡村振兴局报送核实风险预警线索情况报告"
        #expect(try Self.due("township.report", on: today) == ("2026-11", Day(year: 2026, month: 12, day: 20)!))
        // "每月25日各县市向州乡村振兴局报送风险预警线索核实结果的报告"
        #expect(try Self.due("county.report", on: today) == ("2026-11", Day(year: 2026, month: 12, day: 25)!))
        // "每季度最后一个月25日前推送到各行政村(社区)"
        #expect(try Self.due("village.ledger", on: today) == ("2026Q4", Day(year: 2026, month: 12, day: 25)!))
        // "各县市在每季度初5个工作日内……报送帮扶措施落实情况统计表": Q3's, after the National Day holiday (1–7 October off,
        // Saturday the 10th worked): 8, 9, 10, 12, 13 October.
        #expect(try Self.due("measures.quarterly", on: today) == ("2026Q3", Day(year: 2026, month: 10, day: 13)!))
        // In January the months and quarters roll back into the year before.
        let january = Day(year: 2027, month: 1, day: 3)!
        #expect(ReportingDuty.duty("township.report")?.period(on: january).code == "2026-12")
        #expect(ReportingDuty.duty("measures.quarterly")?.period(on: january).code == "2026Q4")
    }

    @Test func periodsAreReadStrictly() {
        #expect(DutyPeriod("2026-11")?.label == "2026年11月" && DutyPeriod("2026Q4")?.label == "2026年第4季度")
        #expect(DutyPeriod("2026Q4")?.end == Day(year: 2026, month: 12, day: 31)!)
        for bad in ["2026-13", "2026-1", "2026Q5", "Q4", "", "9999-12", "2026-11-01", "２０２６-11"] { #expect(DutyPeriod(bad) == nil, "\(bad)") }
    }
}
