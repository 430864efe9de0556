import Domain
import Foundation
import Testing

@Suite struct RegimesTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// Issue: "The rules, the forms' choices and the reports read the regime in force on the record's date."
    /// The transition period ends on 2025-12-31 (中农组发〔2021〕7号: 过渡期五年); the regular regime starts the next day.
    @Test func theRegimeInForceFollowsTheDate() {
        let book = RegimeBook.shipped
        #expect(book.inForce(on: day(2025, 12, 31)).key == "2021-transition")
        #expect(book.inForce(on: day(2026, 1, 1)).key == "2026-regular")
        #expect(book.inForce(on: day(2030, 6, 1)).key == "2026-regular", "the regular regime is open-ended")
        #expect(book.inForce(on: day(2019, 1, 1)).key == "2021-transition", "before the first: the first")
        #expect(RegimeBook([]).regimes.count == ReferenceData.regimes.count, "never empty")
    }

    /// A regime's content survives the round trip through its stored form (JSON), version included.
    @Test func aRegimeIsStoredAsData() throws {
        var r = ReferenceData.regimes[1]
        r.version = 3
        r.limits.noticeDays = 7
        let back = try JSONDecoder().decode(PolicyRegime.self, from: JSONEncoder().encode(r))
        #expect(back == r)
        // A version stored before the procedure's numbers were part of a regime reads them as shipped.
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any])
        object.removeValue(forKey: "limits")
        object.removeValue(forKey: "layers")
        let old = try JSONDecoder().decode(PolicyRegime.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.limits == .seed && old.layers.isEmpty && old.name == r.name && old.version == 3)
    }

    /// The forms offer only the regime's categories, risks and measure types, and validation refuses the others.
    @Test func aRegimeNarrowsTheFormsChoices() {
        var r = ReferenceData.regimes[1]
        r.categories = [.unstable, .marginal]
        r.measureTypes = r.measureTypes.filter { $0.key != "insurance" }
        let approve = r.restricting(CaseAction.countyApprove.fields)
        #expect(approve["category"]?.choices.map(\.value) == ["unstable", "marginal"])
        let input = ["approvedOn": "2026-03-02", "reviewer": "李四", "opinion": "同意", "category": "sudden", "riskTypes": "illness"]
        #expect(CaseAction.countyApprove.fields.apply(input, complete: true).1.isEmpty, "the whole catalogue accepts 突发严重困难户")
        #expect(approve.apply(input, complete: true).1.map(\.field) == ["category"], "the regime without it refuses it")
        let measure = r.restricting(WorkflowFields.measure)
        #expect(measure["type"]?.choices.contains { $0.value == "insurance" } == false)
        #expect(measure["type"]?.choices.contains { $0.value == "industry" } == true)
        #expect(measure["unit"] != nil, "other fields untouched")
    }

    /// The county admin's edit: applied part by part, each part checked, the catalogue's order kept.
    @Test func anEditIsCheckedPartByPart() throws {
        let r = ReferenceData.regimes[1]
        let catalogue = RegimeBook.shipped.measureCatalogue
        var e = RegimeEdit()
        e.name = "  常态化防止返贫致贫帮扶（省转发文件）  "
        e.categories = ["边缘易致贫户", "unstable"]
        e.measureTypes = [.init(key: "insurance", kind: "developmental"), .init(key: "industry", kind: "developmental")]
        e.stepLimits = ["villageReview": "村民代表会议民主评议"]
        e.limits = ["noticeDays": "7", "responseWorkingDays": " 3 "]
        e.eliminationConditions = ["收入持续稳定", "", "  三保障和饮水安全有保障  "]
        e.carriedOver = ["帮扶措施类型"]
        let edited = try e.applied(to: r, catalogue: catalogue).get()
        #expect(edited.name == "常态化防止返贫致贫帮扶（省转发文件）")
        #expect(edited.categories == [.unstable, .marginal], "labels or codes; the catalogue's order")
        #expect(edited.measureTypes.map(\.key) == ["industry", "insurance"])
        #expect(edited.measureType("insurance")?.kind == .developmental, "a regime may class a measure otherwise")
        #expect(edited.steps.first { $0.state == .villageReview }?.timeLimit == "村民代表会议民主评议")
        // The notice and the answer are numbers; their steps' wording follows them (DOMAIN §1.5: 公示 ≥ 5 days as shipped).
        #expect(edited.limits.noticeDays == 7 && edited.limits.responseWorkingDays == 3 && edited.limits.decisionDays == 15)
        let notice = try #require(edited.steps.first { $0.state == .publicNotice })
        #expect(edited.timeLimit(of: notice) == "公示不少于7天")
        #expect(edited.limits.rule(.response).count == .workingDays(3))
        #expect(edited.eliminationConditions == ["收入持续稳定", "三保障和饮水安全有保障"])
        #expect(edited.carriedOver == ["帮扶措施类型"])
        #expect(edited.riskTypes == r.riskTypes && edited.layers == r.layers, "parts left out stay as they were")

        func problems(_ change: (inout RegimeEdit) -> Void) -> [String] {
            var e = RegimeEdit()
            change(&e)
            if case .failure(let v) = e.applied(to: r, catalogue: catalogue) { return v.errors.map(\.field) }
            return []
        }
        #expect(problems { $0.categories = [] } == ["categories"])
        #expect(problems { $0.riskTypes = ["flood"] } == ["riskTypes"])
        #expect(problems { $0.measureTypes = [.init(key: "housing", kind: "guarantee")] } == ["measureTypes"],
                "seed 002: 有劳动能力的 get 开发式帮扶 — a regime without a developmental measure is refused")
        #expect(problems { $0.measureTypes = [.init(key: "lottery", kind: "developmental")] }.contains("measureTypes"))
        #expect(problems { $0.stepLimits = ["villageReview": " "] } == ["steps.villageReview"])
        #expect(problems { $0.stepLimits = ["publicNotice": "公示三天"] } == ["steps.publicNotice"], "a number's wording follows the number")
        #expect(problems { $0.limits = ["noticeDays": "0"] } == ["limits.noticeDays"])
        #expect(problems { $0.limits = ["decisionDays": "十五"] } == ["limits.decisionDays"])
        #expect(problems { $0.limits = ["weekendDays": "2"] } == ["limits"])
        #expect(problems { $0.eliminationConditions = ["", " "] } == ["eliminationConditions"])
        #expect(problems { $0.carriedOver = ["全部"] } == ["carriedOver"])
        #expect(problems { $0.name = String(repeating: "名", count: 101) } == ["name"])
        #expect(problems { $0.layers = [] }.isEmpty, "no layers: the regime does not layer assistance")
    }
}
