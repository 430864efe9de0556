import Domain
import Testing

@Suite struct CivilAffairsTests {
    let today = Day(year: 2026, month: 12, day: 1)!

    func member(_ name: String, dibao: Bool = false, tekun: Bool = false, labour: LabourCapacity = .ordinary) -> Facts {
        var f = Facts()
        f["name"] = .text(name)
        f["dibao"] = .choice((dibao ? AssistanceStatus.rural : .none).rawValue)
        f["tekun"] = .choice((tekun ? AssistanceStatus.rural : .none).rawValue)
        f["labour"] = .choice(labour.rawValue)
        return f
    }

    func status(_ s: CivilStatus, _ start: Int, end: Int? = nil, name: String = "张三") -> CivilStatusRecord {
        CivilStatusRecord(memberName: name, status: s, start: today.adding(days: -start), end: end.map { today.adding(days: -$0) })
    }

    /// Issue: "A roster updates members' statuses and dates (a status sync, not a warning per row); only the rows that
    /// meet a warning rule raise a clue." New 低保 within the setting's days, an ended 低保, 刚性支出 and 临时救助 warn;
    /// a status long in force, or one already known, does not.
    @Test func onlyChangesWarn() {
        let s = WarningSettings()
        func hit(_ st: CivilStatus, _ start: Int, end: Int? = nil, previous: CivilStatusRecord? = nil) -> String? {
            CivilRoster.hit(status: st, start: today.adding(days: -start), end: end.map { today.adding(days: -$0) }, previous: previous, today: today, settings: s)?.reason
        }
        #expect(hit(.dibao, 2000) == nil, "in force for years: synced only")
        #expect(hit(.dibao, 40)?.contains("新纳入低保") == true)
        #expect(hit(.dibao, 40, previous: status(.dibao, 40)) == nil, "already known")
        #expect(hit(.dibao, 2000, end: 3)?.contains("终止") == true)
        #expect(hit(.dibao, 2000, end: 3, previous: status(.dibao, 2000, end: 3)) == nil, "its end already known")
        #expect(hit(.tekunDispersed, 100)?.contains("特困（分散供养）") == true)
        #expect(hit(.dibaoMarginal, 30)?.contains("低保边缘") == true && hit(.dibaoMarginal, 900) == nil)
        #expect(hit(.rigidSpending, 900) != nil && hit(.rigidSpending, 900, previous: status(.rigidSpending, 900)) == nil)
        #expect(hit(.temporaryRelief, 5) != nil && hit(.temporaryRelief, 5, previous: status(.temporaryRelief, 5)) == nil)
    }

    @Test func theRegistryFieldsFollowTheStatuses() {
        let before = member("张三")
        let on = CivilRoster.memberFacts(before, statuses: [status(.dibao, 100)], today: today)
        #expect(on.choice("dibao", as: AssistanceStatus.self) == .rural && on.choice("tekun", as: AssistanceStatus.self) == AssistanceStatus.none)
        let off = CivilRoster.memberFacts(on, statuses: [status(.dibao, 100, end: 1)], today: today)
        #expect(off.choice("dibao", as: AssistanceStatus.self) == AssistanceStatus.none)
        // 低保边缘 stands behind no registry field: nothing changes.
        #expect(CivilRoster.memberFacts(before, statuses: [status(.dibaoMarginal, 10)], today: today) == before)
    }

    /// DOMAIN §5.2 and the 2025 commentary on 分层分类帮扶: 特困 → 重点救助层; 低保, 低保边缘 → 救助层; large rigid spending
    /// or a sharp income loss → 潜在风险层; households able to work among the monitored and 脱贫户 → 发展支持层.
    @Test func theLayersFollowTheFacts() {
        func layer(_ members: [Facts], _ statuses: [CivilStatusRecord] = [], monitored: Bool = false, groups: [KeyGroupFlag] = [],
                   category: HouseholdCategory = .ordinary) -> AssistanceLayer? {
            var facts = Facts()
            facts["category"] = .choice(category.rawValue)
            return AssistanceLayer.of(HouseholdSnapshot(facts: facts, members: members), statuses: statuses, monitored: monitored, keyGroups: groups, today: today)?.layer
        }
        #expect(layer([member("甲", tekun: true), member("乙", dibao: true)]) == .keyRelief)
        #expect(layer([member("甲")], [status(.tekunCentral, 300, name: "甲")]) == .keyRelief)
        #expect(layer([member("甲", dibao: true)]) == .relief)
        #expect(layer([member("甲")], [status(.dibaoMarginal, 30, name: "甲")]) == .relief)
        #expect(layer([member("甲")], [status(.dibao, 300, end: 10, name: "甲")]) == nil, "an ended 低保 is no layer")
        #expect(layer([member("甲")], [status(.rigidSpending, 30, name: "甲")]) == .potentialRisk)
        #expect(layer([member("甲")], groups: [KeyGroupFlag(group: .rigidExpenditure, reason: "合规自付刚性支出30000元")]) == .potentialRisk)
        #expect(layer([member("甲")], monitored: true) == .development)
        #expect(layer([member("甲")], category: .alleviated) == .development)
        #expect(layer([member("甲", labour: .lost)], monitored: true) == nil)
        #expect(layer([member("甲")]) == nil, "一般农户 without a risk")
    }

    /// 排查比对: "a 低保 household that is neither monitored nor 脱贫户, a monitored household whose 低保 ended".
    @Test func mismatchesBetweenTheTwoSystems() {
        func of(_ members: [Facts], _ statuses: [CivilStatusRecord] = [], monitored: Bool = false, category: HouseholdCategory = .ordinary) -> [CivilMismatch] {
            CivilMismatch.of(category: category, monitored: monitored, members: members, statuses: statuses, today: today)
        }
        #expect(of([member("甲", dibao: true)]) == [.assistedNotMonitored])
        #expect(of([member("甲", dibao: true)], category: .alleviated).isEmpty)
        #expect(of([member("甲", dibao: true)], monitored: true).isEmpty)
        #expect(of([member("甲")], [status(.dibao, 500, end: 10)], monitored: true) == [.dibaoEndedWhileMonitored])
        #expect(of([member("甲")], [status(.dibao, 500, end: 10), status(.tekunDispersed, 20)], monitored: true).isEmpty)
        #expect(of([member("甲")], [status(.dibaoMarginal, 20)]) == [.marginalNotMonitored])
        #expect(of([member("甲")], [status(.dibaoMarginal, 20)], monitored: true).isEmpty)
    }

    /// Seed 001: "分散供养特困人员特别是单人户" and "农村低保对象特别是近两年新识别和申请低保的农户" — the roster's
    /// 供养方式 and start date answer what the registry alone could not.
    @Test func keyGroupsReadTheRoster() {
        func reasons(_ members: [Facts], _ civil: [CivilStatusRecord]) -> [KeyGroup: String] {
            Dictionary(KeyGroups.flags(HouseholdSnapshot(facts: Facts(), members: members, civil: civil), on: today, threshold: nil).map { ($0.group, $0.reason) },
                       uniquingKeysWith: { a, _ in a })
        }
        let dispersed = reasons([member("甲", tekun: true)], [status(.tekunDispersed, 400, name: "甲")])
        #expect(dispersed[.tekun] == "甲为分散供养特困人员（单人户，特别关注）")
        #expect(reasons([member("甲", tekun: true)], [status(.tekunCentral, 400, name: "甲")])[.tekun] == nil, "集中供养 is not the seed's group")
        #expect(reasons([member("甲", tekun: true)], [])[.tekun]?.contains("请核实是否分散供养") == true)
        #expect(reasons([member("甲", dibao: true)], [status(.dibao, 100, name: "甲")])[.dibao]?.contains("近2年新纳入") == true)
        #expect(reasons([member("甲", dibao: true)], [status(.dibao, 1000, name: "甲")])[.dibao]?.contains("新纳入") == false)
        #expect(reasons([member("甲", dibao: true)], [])[.dibao]?.contains("未报送低保起始日期") == true)
    }
}
