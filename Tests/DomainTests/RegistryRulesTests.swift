@testable import Domain
import Testing

@Suite struct RegistryRulesTests {
    let today = Day(year: 2026, month: 11, day: 22)!

    func member(_ input: [String: String]) -> (Facts, [FieldError]) {
        let (f, e) = MemberFields.table.apply(input, complete: true)
        let (n, e2) = MemberRules.normalize(f, entered: Set(input.keys), today: today)
        return (n, e + e2)
    }

    var boyID: String { IDNumber.make(region: "450224", birth: Day(year: 2012, month: 5, day: 1)!, sequence: 31) }

    @Test func sexAndBirthDateAreDerivedFromTheIDNumber() {
        let (f, errors) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "healthy", "labour": "none"])
        #expect(errors.isEmpty)
        #expect(f.choice("sex", as: Sex.self) == .male)
        #expect(f.date("birthDate") == Day(year: 2012, month: 5, day: 1))
    }

    @Test func enteredSexOrBirthDateThatContradictsTheIDIsAnError() {
        let (_, errors) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "healthy", "labour": "none",
                                  "sex": "female", "birthDate": "2012-05-02"])
        #expect(errors.contains { $0.field == "sex" && $0.message.contains("身份证") })
        #expect(errors.contains { $0.field == "birthDate" })
    }

    @Test func relationMustFitTheSexOnTheID() {
        let (_, errors) = member(["idNumber": boyID, "name": "韦小明", "relation": "daughter", "health": "healthy", "labour": "none"])
        #expect(errors.map(\.field) == ["relation"])
    }

    @Test func choicesAcceptChineseLabelsAndRefuseUnknownValues() {
        let (f, errors) = member(["idNumber": boyID, "name": "韦小明", "relation": "之子", "health": "健康", "labour": "无劳动力"])
        #expect(errors.isEmpty)
        #expect(f.choice("relation", as: Relation.self) == .son)
        let (_, bad) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "healthy", "labour": "strong"])
        #expect(bad.first?.field == "labour")
        #expect(bad.first?.message.contains("普通劳动力") == true)
    }

    @Test func disabilityNeedsAGradeAndHealthyExcludesIllness() {
        let (_, e1) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "disabled", "labour": "none"])
        #expect(e1.contains { $0.field == "disabilityGrade" })
        let (_, e2) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "healthy,chronic", "labour": "none"])
        #expect(e2.contains { $0.field == "health" })
    }

    @Test func childrenUnderSixteenHaveNoLabour() {
        let (_, errors) = member(["idNumber": boyID, "name": "韦小明", "relation": "son", "health": "healthy", "labour": "ordinary"])
        #expect(errors.contains { $0.field == "labour" })
    }

    @Test func requiredMemberFieldsAreNamed() {
        let (_, errors) = member([:])
        #expect(Set(errors.map(\.field)).isSuperset(of: ["idNumber", "name", "relation", "health", "labour"]))
    }

    @Test func householdCategoryRules() {
        func check(_ input: [String: String]) -> [String] {
            let (f, e) = HouseholdFields.table.apply(input, complete: true)
            return (e + HouseholdRules.validate(f, today: today)).map(\.field)
        }
        #expect(check(["villageCode": "450224100201", "category": "alleviated"]) == ["liftedYear"])
        #expect(check(["villageCode": "450224100201", "category": "alleviated", "liftedYear": "2019"]) == [])
        #expect(check(["villageCode": "450224100201", "category": "ordinary", "monitoringCategory": "unstable",
                       "monitoredSince": "2024-01-01", "riskTypes": "illness"]) == ["monitoringCategory"])
        #expect(check(["villageCode": "450224100201", "category": "ordinary", "monitoringCategory": "marginal"]).sorted() == ["monitoredSince", "riskTypes"])
        #expect(check(["villageCode": "450224100201", "category": "ordinary", "relocated": "true"]) == ["originVillageCode"])
        #expect(check(["villageCode": "450224100201", "category": "ordinary", "wageIncome": "100"]) == ["incomeYear"])
        #expect(check(["villageCode": "4502241", "category": "ordinary"]) == ["villageCode"])
        #expect(check(["villageCode": "450224100201", "category": "ordinary", "riskTypes": "illness,flood"]) == ["riskTypes"])
    }

    @Test func incomePerHeadIsNetIncomeOverMembers() {
        let f = Facts(["wageIncome": .fixed(Fixed2(10000)), "productionIncome": .fixed(Fixed2(5000)),
                       "productionCost": .fixed(Fixed2(2000)), "transferIncome": .fixed(Fixed2("1000.50")!)])
        let s = IncomeSummary(facts: f, memberCount: 3)
        #expect(s.netIncome.description == "14000.50")
        #expect(s.perCapita?.description == "4666.83")
    }

    @Test func diffNamesFieldsWithLabelsAndReadableValues() {
        let a = Facts(["category": .choice("ordinary"), "phone": .text("13800000000")])
        let b = Facts(["category": .choice("alleviated"), "liftedYear": .int(2018), "phone": .text("13800000000")])
        let d = HouseholdFields.table.diff(from: a, to: b)
        #expect(d.map(\.label) == ["户类型", "脱贫年度"])
        #expect(d[0].before == "一般户" && d[0].after == "脱贫户")
        #expect(d[1].before == nil && d[1].after == "2018")
    }
}

@Suite struct AccessTests {
    @Test func villageOfficerSeesOwnVillageAndThoseRelocatedFromIt() {
        let p = Principal(username: "v", role: .villageOfficer, scope: "450224100201")
        #expect(AccessPolicy.canView(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: p))
        #expect(!AccessPolicy.canView(householdID: "h1", villageCode: "450224100202", originVillageCode: nil, by: p))
        #expect(AccessPolicy.canView(householdID: "h1", villageCode: "450224100004", originVillageCode: "450224100201", by: p))
        #expect(AccessPolicy.canEdit(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: p))
    }

    @Test func readOnlyRolesAndDepartments() {
        let inspector = Principal(username: "i", role: .inspector, scope: "450224")
        #expect(AccessPolicy.canView(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: inspector))
        #expect(!AccessPolicy.canEdit(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: inspector))
        let dept = Principal(username: "d", role: .departmentOfficer, scope: "edu")
        #expect(!AccessPolicy.canView(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: dept))
        let town = Principal(username: "t", role: .townshipOfficer, scope: "450224100")
        #expect(AccessPolicy.canPlace(in: "450224100201", by: town))
        #expect(!AccessPolicy.canPlace(in: "450224101201", by: town))
    }

    @Test func aHelperSeesOnlyTheHouseholdsAssignedToThem() {
        let helper = Principal(username: "h", role: .helper, scope: "450224", households: ["h1"])
        #expect(AccessPolicy.canView(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: helper))
        #expect(!AccessPolicy.canView(householdID: "h2", villageCode: "450224100201", originVillageCode: nil, by: helper))
        #expect(!AccessPolicy.canEdit(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: helper))
        let unlinked = Principal(username: "u", role: .helper, scope: "450224", households: [])
        #expect(!AccessPolicy.canView(householdID: "h1", villageCode: "450224100201", originVillageCode: nil, by: unlinked))
        #expect(!helper.assigned(nil) && helper.assigned("h1") && Principal(username: "v", role: .villageOfficer, scope: "450224100201").assigned(nil))
    }
}
