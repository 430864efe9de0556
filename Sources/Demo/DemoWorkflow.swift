import App
import Domain
import Fluent
import Foundation
import SQLKit

/// The demo county's workflow: every monitored household gets its enrolment case (most with helpers and
/// measures, some still overdue), and about one household in a hundred has a clue somewhere in identification,
/// a few of them late, so every role's inbox shows real work. Deterministic from the seed.
package enum DemoWorkflow {
    package static func seed(on db: any Database, county: String, today: Day, calendar: WorkingCalendar, policyVersion: Int, seed: UInt64) async throws {
        let sql = try db.sql()
        guard try await sql.raw("SELECT COUNT(*) AS n FROM cases WHERE county_code = \(bind: county)").first()?.decode(column: "n", as: Int.self) ?? 0 == 0 else { return }
        var rng = SplitMix64(seed: seed &+ 77)
        let rows = try await sql.raw("""
            SELECT h.id, h.village_code, h.township_code, h.head_name, h.category, h.monitoring_category, h.monitored_since, h.risk_types
            FROM households h WHERE h.county_code = \(bind: county) AND h.dissolved_at IS NULL ORDER BY h.code
            """).all()
        let stamp = Int64(Date().timeIntervalSince1970)
        /// Noon, China time, of a day: history the generator writes is stamped on the days it names.
        func noon(_ d: Day) -> Int64 { Int64(d.daysSinceEpoch) * 86_400 + 4 * 3600 }
        func due(_ rule: DeadlineRule, _ from: Day) -> Day { (try? rule.due(from: from, calendar: calendar)) ?? from.adding(days: 14) }
        let regime = ReferenceData.regime(on: today).key

        // Helpers: a dozen per township, from county bureaus and township staff.
        var helpersByTownship: [String: [String]] = [:]
        var helperRows: [[any Encodable & Sendable]] = []
        let units = ["县农业农村局", "县人社局", "县医保局", "县教育局", "县住建局", "县民政局", "镇政府", "镇卫生院", "县供电公司", "县农商银行"]
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗韦莫覃蓝")
        let given = Array("建国明华丽芳军伟强勇静敏志红平海英文玉春秀兰")
        for township in Set(try rows.map { try $0.decode(column: "township_code", as: String.self) }).sorted() {
            for _ in 0..<12 {
                let id = UUID().uuidString.lowercased()
                helpersByTownship[township, default: []].append(id)
                let name = String(rng.pick(surnames)) + String(rng.pick(given)) + (rng.chance(0.5) ? String(rng.pick(given)) : "")
                helperRows.append([id, county, name, rng.pick(units), "139" + String(format: "%08d", rng.int(0...99_999_999)), "演示数据", stamp])
            }
        }
        var caseRows: [[any Encodable & Sendable]] = []
        var eventRows: [[any Encodable & Sendable]] = []
        var assignRows: [[any Encodable & Sendable]] = []
        var measureRows: [[any Encodable & Sendable]] = []
        let difficulties: [Difficulty] = [.illness, .illness, .disability, .disaster, .accident, .education, .employment, .housing]
        let identification: [CaseState] = [.clue, .verifying, .villageReview, .publicNotice, .townshipReview, .countyApproval]

        func event(_ caseID: String, _ seq: Int, _ action: String, _ from: CaseState, _ to: CaseState, _ facts: [String: String], _ actor: String, _ role: String, _ at: Int64) {
            eventRows.append([UUID().uuidString.lowercased(), county, caseID, seq, action, from.rawValue, to.rawValue, BulkInsert.json(facts), actor, role, at, regime, policyVersion])
        }

        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            let village = try row.decode(column: "village_code", as: String.self)
            let township = try row.decode(column: "township_code", as: String.self)
            let monitoring = try row.decode(column: "monitoring_category", as: String?.self)
            let caseID = UUID().uuidString.lowercased()
            if let monitoring, let since = (try row.decode(column: "monitored_since", as: String?.self)).flatMap(Day.init) {
                let risks = try row.decode(column: "risk_types", as: String?.self) ?? "other"
                let opened = since.adding(days: -rng.int(6...14))
                let limits = ReferenceData.regime(on: since).limits
                let helperDue = due(limits.rule(.helper), since), measuresDue = due(limits.rule(.measures), since)
                // Most enrolments were followed up; recent ones and a few others are still waiting (and may be late).
                let followed = since.days(until: today) > 20 && rng.chance(0.92)
                let helperDone: Day? = followed ? min(helperDue, since.adding(days: rng.int(1...6))) : nil
                let measuresDone: Day? = followed ? min(measuresDue, since.adding(days: rng.int(3...12))) : nil
                // Told within the month of the decision (当月告知), except a few recent ones still waiting.
                let monthEnd = Day(firstOfMonth: since.year, since.month + 1).adding(days: -1)
                let informed: Day? = since.days(until: today) > 20 || rng.chance(0.5) ? min(monthEnd, today, since.adding(days: rng.int(0...6))) : nil
                caseRows.append([caseID, county, township, village, id, CaseState.monitored.rawValue, ClueChannel.cadreScreening.rawValue,
                                 opened.description, stamp, "演示数据", nil as String?, nil as String?, nil as String?, nil as String?,
                                 rng.pick(difficulties).rawValue, "演示数据：纳入监测", risks, monitoring, false, since.description, nil as String?, nil as String?,
                                 due(limits.rule(.response), opened).description, opened.adding(days: 2).description,
                                 opened.adding(days: limits.decisionDays).description, since.description,
                                 helperDue.description, helperDone?.description, measuresDue.description, measuresDone?.description,
                                 informed?.description, ReferenceData.regime(on: since).key, policyVersion, 2, stamp])
                event(caseID, 1, "open", .clue, .clue, ["channel": ClueChannel.cadreScreening.label, "description": "演示数据"], "演示数据", "village-officer", noon(opened))
                event(caseID, 2, CaseAction.countyApprove.rawValue, .countyApproval, .monitored,
                      ["approvedOn": since.description, "category": monitoring, "riskTypes": risks, "reviewer": "县乡村振兴局", "opinion": "同意纳入（演示数据）"],
                      "演示数据", "county-admin", noon(since))
                if let helperDone, let helpers = helpersByTownship[township] {
                    assignRows.append([UUID().uuidString.lowercased(), county, id, rng.pick(helpers), true, helperDone.description, "演示数据"])
                }
                if let measuresDone {
                    let riskList = risks.split(separator: ",").compactMap { RiskType(rawValue: String($0)) }
                    let answering = ReferenceData.measureTypes.filter { t in riskList.contains { t.answers.contains($0) } }
                    let type = answering.isEmpty ? ReferenceData.measureTypes[0] : rng.pick(answering)
                    measureRows.append([UUID().uuidString.lowercased(), county, id, type.key, type.kind.rawValue, risks, measuresDone.description,
                                        nil as String?, Int64(rng.int(5...300)) * 10_000, "县直部门", MeasureState.ongoing.rawValue, "演示数据", false,
                                        "演示数据", stamp])
                    if rng.chance(0.6), type.kind != .developmental {
                        let dev = rng.pick(ReferenceData.measureTypes.filter { $0.kind == .developmental })
                        measureRows.append([UUID().uuidString.lowercased(), county, id, dev.key, dev.kind.rawValue, risks, measuresDone.description,
                                            nil as String?, nil as Int64?, "县人社局", MeasureState.ongoing.rawValue, "演示数据", false, "演示数据", stamp])
                    }
                }
            } else if rng.chance(0.012) || (village.hasSuffix("201") && township.hasSuffix("100") && rng.chance(0.15)) {
                // A clue somewhere in identification; some are late.
                let state = identification[rng.weighted([4, 3, 2, 2, 1.5, 1])]
                let opened = today.adding(days: -rng.int(0...20))
                let responseDue = due(ReferenceData.regime(on: opened).limits.rule(.response), opened)
                let responseDone: Day? = state == .clue ? nil : min(today, opened.adding(days: rng.int(1...8)))
                let difficulty = rng.pick(difficulties)
                caseRows.append([caseID, county, township, village, id, state.rawValue,
                                 rng.pick([ClueChannel.cadreScreening, .selfReport, .departmentWarning, .townshipVerification]).rawValue,
                                 opened.description, stamp, "演示数据", nil as String?, nil as String?, nil as String?, nil as String?,
                                 difficulty.rawValue, "演示数据：" + difficulty.label, difficulty.riskType.rawValue, nil as String?, false,
                                 nil as String?, nil as String?, state == .publicNotice || state == .townshipReview || state == .countyApproval ? today.adding(days: -rng.int(1...6)).description : nil as String?,
                                 responseDue.description, responseDone?.description, opened.adding(days: 15).description, nil as String?,
                                 nil as String?, nil as String?, nil as String?, nil as String?, nil as String?, regime, policyVersion, 1, stamp])
                event(caseID, 1, "open", .clue, .clue, ["channel": "演示数据", "description": "演示数据：" + difficulty.label], "演示数据", "village-officer", noon(opened))
                if let responseDone {
                    event(caseID, 2, CaseAction.startVerification.rawValue, .clue, .verifying, [:], "演示数据", "village-officer", noon(responseDone))
                }
            }
        }
        let (helperRowsFinal, caseRowsFinal, eventRowsFinal, assignRowsFinal, measureRowsFinal) = (helperRows, caseRows, eventRows, assignRows, measureRows)
        try await db.write { db in
            let sql = try db.sql()
            try await BulkInsert.insert(sql, "helpers", ["id", "county_code", "name", "unit", "phone", "created_by", "created_at"], helperRowsFinal)
            try await BulkInsert.insert(sql, "cases", ["id", "county_code", "township_code", "village_code", "household_id", "state", "channel", "opened_on", "opened_at",
                                            "opened_by", "reporter_name", "reporter_id_number", "reporter_phone", "reporter_address", "difficulty", "description",
                                            "risk_types", "category", "green_channel", "enrolled_on", "eliminated_on", "notice_start", "response_due",
                                            "response_done", "decision_due", "decision_done", "helper_due", "helper_done", "measures_due", "measures_done",
                                            "informed_on", "regime", "policy_version", "version", "updated_at"], caseRowsFinal)
            try await BulkInsert.insert(sql, "case_events", ["id", "county_code", "case_id", "seq", "action", "from_state", "to_state", "facts", "actor", "actor_role",
                                                  "at", "regime", "policy_version"], eventRowsFinal)
            try await BulkInsert.insert(sql, "household_helpers", ["id", "county_code", "household_id", "helper_id", "lead", "assigned_on", "assigned_by"], assignRowsFinal)
            try await BulkInsert.insert(sql, "measures", ["id", "county_code", "household_id", "type", "kind", "risk_types", "start_on", "end_on", "amount", "unit",
                                               "state", "note", "green_channel", "created_by", "created_at"], measureRowsFinal)
        }
    }
}
