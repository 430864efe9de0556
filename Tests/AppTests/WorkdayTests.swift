@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

extension AllTests {
    /// Small things an officer trips on in a working day.
    @Suite struct WorkdayTests {
        /// Choosing 全部, or a status left empty as an old link leaves it, lists the findings and the warnings instead of
        /// answering with an error page; each status select offers 全部 once; a wrong value is named in plain Chinese.
        @Test func theStatusFilterAllListsInsteadOfFailing() async throws {
            try await withFangpin { app in
                try await app.makeUser("county", role: .countyAdmin, scope: "450224")
                var b = try await Browser.login(app, username: "county")
                for path in ["/quality/findings?township=&severity=&state=", "/quality/findings?state=all", "/warnings?filter=", "/warnings?filter=all"] {
                    let res = try await b.get(path)
                    #expect(res.status == .ok, "\(path): \(res.status)")
                }
                for (path, id) in [("/quality/findings", "state"), ("/warnings", "filter")] {
                    let html = try await b.get(path).body.string
                    guard let start = html.range(of: #"<select id="\#(id)""#), let end = html.range(of: "</select>", range: start.upperBound..<html.endIndex) else {
                        Issue.record("\(path): no \(id) select"); continue
                    }
                    #expect(html[start.lowerBound..<end.upperBound].components(separatedBy: "全部").count == 2, "\(path): 全部 offered more than once")
                }
                let bad = try await b.get("/quality/findings?state=zzz")
                #expect(bad.status == .badRequest && bad.body.string.contains("整改状态应为未整改、已整改或全部"))
            }
        }

        /// The clue form opened from a household's page names the household and does not ask again for what the registry
        /// holds (name, ID number, phone, village); 困难情况 is a box of several lines. Without a household the whole form shows.
        @Test func theClueFormNamesItsHousehold() async throws {
            try await withFangpin { app in
                let village = try await app.busyVillage()
                let id = try await app.householdIDs(in: village)[0]
                try await app.makeUser("vo", role: .villageOfficer, scope: village)
                var b = try await Browser.login(app, username: "vo")
                let html = try await b.get("/clues/new?household=\(id)").body.string
                #expect(html.contains(#"id="clue-household""#) && html.contains("/households/\(id)"))
                #expect(!html.contains(#"name="idNumber""#) && !html.contains(#"name="villageCode""#))
                #expect(html.contains(#"<textarea name="description""#))

                let plain = try await b.get("/clues/new?household=nope").body.string
                #expect(!plain.contains(#"id="clue-household""#) && plain.contains(#"name="idNumber""#))

                _ = try await b.get("/clues/new?household=\(id)")
                let made = try await b.post("/clues/new", ["householdId": id, "channel": "cadreScreening", "difficulty": "illness",
                                                           "description": "户主突发重病住院\n医疗费用高"])
                #expect(made.status == .seeOther)
                // A refused form keeps naming the household.
                _ = try await b.get("/clues/new?household=\(id)")
                let refused = try await b.post("/clues/new", ["householdId": id, "channel": "cadreScreening", "difficulty": "illness", "description": ""])
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains(#"id="clue-household""#))
            }
        }
    }
}
