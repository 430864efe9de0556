@testable import App
@testable import Demo
import Domain
import Foundation
import SQLKit
import Testing
import VaporTesting

extension AllTests {
    /// Random sequences of what officers do over the API — clues (also on households already monitored), every case
    /// action by allowed and disallowed roles with plausible and implausible facts, household edits (also of the
    /// procedure's own fields), measures — on the demo county. After each sequence `fangpin check` finds nothing:
    /// whatever order people act in, the registry and the procedure agree. No answer is a 5xx.
    @Suite struct ProcedurePropertyTests {
        @Test(arguments: [UInt64(1), 2, 3, 4])
        func randomSequencesKeepTheRegistryAndTheProcedureInAgreement(seed: UInt64) async throws {
            try await withFangpin(households: 0) { app in
                try await DemoSetup.ensure(app: app, households: 300, seed: 2026)
                // The village with the most households and cases, so that sequences meet each other's records.
                let village = try await app.sql().raw("""
                    SELECT h.village_code AS v, COUNT(*) AS n FROM households h JOIN cases c ON c.household_id = h.id
                    GROUP BY h.village_code ORDER BY n DESC, h.village_code LIMIT 1
                    """).first()!.decode(column: "v", as: String.self)
                let w = Workflow(app: app, village: village, villageToken: try await app.token(role: .villageOfficer, scope: village),
                                 townshipToken: try await app.token(role: .townshipOfficer, scope: String(village.prefix(9))),
                                 countyToken: try await app.token(role: .countyAdmin, scope: String(village.prefix(6))))
                let inspector = try await app.token(role: .inspector, scope: String(village.prefix(6)))
                let tokens = [w.villageToken, w.villageToken, w.townshipToken, w.countyToken, inspector]
                let byRole: [Role: String] = [.villageOfficer: w.villageToken, .townshipOfficer: w.townshipToken, .countyAdmin: w.countyToken]
                var rng = SplitMix64(seed: seed)
                let households = try await app.householdIDs(in: w.village)
                var log: [String] = []
                for _ in 0..<40 {
                    var token = rng.pick(tokens)
                    let hid = rng.pick(households)
                    let r: TestingHTTPResponse
                    let kind = rng.weighted([2, 6, 1, 1, 1])
                    switch kind {
                    case 0:
                        r = try await app.api(.POST, "/api/v1/clues", token: token,
                                              json: #"{"channel":"cadreScreening","householdId":"\#(hid)","difficulty":"\#(rng.pick(["illness", "accident", "housing"]))","description":"随机线索"}"#)
                        log.append("clue \(hid.suffix(6)) → \(r.status.code)")
                    case 1:
                        let cases = try await app.sql().raw("""
                            SELECT c.id, c.state FROM cases c JOIN households h ON h.id = c.household_id WHERE h.village_code = \(bind: w.village) ORDER BY c.id
                            """).all().map { (try $0.decode(column: "id", as: String.self), CaseState(rawValue: try $0.decode(column: "state", as: String.self)) ?? .clue) }
                        guard !cases.isEmpty else { continue }
                        let (caseID, state) = rng.pick(cases)
                        // Mostly an action the state allows, by a role that owns it; sometimes anything, by anyone.
                        let fitting = CaseAction.allCases.filter { $0.from.contains(state) }
                        let action = rng.chance(0.75) && !fitting.isEmpty ? rng.pick(fitting) : rng.pick(CaseAction.allCases)
                        if rng.chance(0.75), let owner = action.roles.compactMap({ byRole[$0] }).first { token = owner }
                        r = try await w.step(caseID, token, action, Self.facts(for: action, today: app.clock.today, &rng))
                        log.append("\(action.rawValue) \(caseID.suffix(6)) → \(r.status.code)")
                    case 2:
                        let field = rng.pick(["phone", "monitoringCategory", "eliminatedOn", "monitoredSince"])
                        let value = field == "phone" ? "1390000\(rng.int(1000...9999))" : field == "monitoringCategory" ? "marginal"
                            : app.clock.today.adding(days: -rng.int(0...30)).description
                        r = try await app.api(.PATCH, "/api/v1/households/\(hid)", token: token, json: #"{"\#(field)":"\#(value)"}"#)
                        log.append("edit \(field) \(hid.suffix(6)) → \(r.status.code)")
                        if field != "phone" && r.status.code < 400 {
                            let current = try await app.sql().raw("SELECT monitoring_category, monitored_since, eliminated_on FROM households WHERE id = \(bind: hid)").first()
                            Issue.record("a procedure-owned field was accepted from a form: \(field) = \(value), now \(String(describing: current))")
                        }
                    case 3:
                        r = try await app.api(.POST, "/api/v1/households/\(hid)/measures", token: token,
                                              json: #"{"type":"employment","riskTypes":"illness","startOn":"\#(app.clock.today.adding(days: -rng.int(0...60)))","unit":"县人社局","state":"ongoing"}"#)
                        log.append("measure \(hid.suffix(6)) → \(r.status.code)")
                    default:
                        // Time passes: a few days, or enough months for the elimination clock of the households enrolled so far.
                        let days = rng.chance(0.3) ? 200 : rng.int(1...6)
                        app.clock.travel(to: app.clock.today.adding(days: days))
                        log.append("+\(days) days")
                        continue
                    }
                    #expect(r.status.code < 500, "\(log.last ?? ""): \(r.body.string.prefix(300))")
                }
                let result = try await CheckCommand.run(on: app.db, auditKey: app.auditKey, today: app.clock.today)
                #expect(result.violations.isEmpty && result.audit.ok,
                        "seed \(seed): \(result.violations.map(\.description))\nafter: \(log.joined(separator: "; "))")
                let landed = log.filter { $0.hasSuffix("→ 200") || $0.hasSuffix("→ 201") }.count
                #expect(landed > 3, "seed \(seed): too few actions landed to mean anything: \(log)")
            }
        }

        /// Plausible facts for a case action, from its own field table: today mostly, else a day in the last fortnight
        /// (which the procedure refuses when it is before an earlier step), numbers in range, a choice among the allowed ones.
        static func facts(for action: CaseAction, today: Day, _ rng: inout SplitMix64) -> [String: String] {
            var out: [String: String] = [:]
            for spec in action.fields.specs {
                switch spec.kind {
                case .date: out[spec.key] = today.adding(days: rng.chance(0.6) ? 0 : -rng.int(0...14)).description
                case .integer(let range):
                    out[spec.key] = String(spec.key == "attendees" ? 15 : spec.key == "votesFor" ? rng.int(8...15) : spec.key == "stableMonths" ? rng.int(5...9)
                                           : min(max(0, range.lowerBound), range.upperBound))
                case .fixed2: out[spec.key] = String(rng.int(3000...12000))
                case .bool: out[spec.key] = "true"
                case .choice(let choices) where !choices.isEmpty: out[spec.key] = rng.pick(choices).value
                case .multiChoice(let choices, _) where !choices.isEmpty: out[spec.key] = rng.pick(choices).value
                default: out[spec.key] = "随机测试说明"
                }
            }
            if action == .recordVerification {
                // The visit's income: last year's blocks with that year's size; the per-capita figure follows from them.
                out["incomeYear"] = String(today.year - 1)
                out["householdSize"] = String(rng.int(1...6))
                out["perCapitaIncome"] = nil
            }
            return out
        }
    }
}
