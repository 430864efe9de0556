/// What must hold between the registry and the procedure (issue "the official record follows the procedure"):
/// a household counts as monitored exactly when a case says so, eliminated only after a completed elimination,
/// step dates in order, versions without gaps, no person in two live households, findings on live households.
/// `fangpin check` and the data-quality run both read these; the rules are pure and take a snapshot.
public enum RecordCheck {
    public struct Household: Sendable {
        public var id, code: String
        public var monitoringCategory: String?
        public var monitoredSince, eliminatedOn: Day?
        public var dissolved: Bool
        public var version: Int
        public init(id: String, code: String, monitoringCategory: String?, monitoredSince: Day?, eliminatedOn: Day?, dissolved: Bool, version: Int) {
            self.id = id; self.code = code; self.monitoringCategory = monitoringCategory; self.monitoredSince = monitoredSince
            self.eliminatedOn = eliminatedOn; self.dissolved = dissolved; self.version = version
        }
    }

    public struct Case: Sendable {
        public var id: String
        public var householdID: String?
        public var state: CaseState
        public var openedOn: Day
        /// Step dates as recorded, in the order the procedure reaches them (nil where not reached).
        public var responseDone, decisionDone, enrolledOn, eliminatedOn: Day?
        public var version: Int
        public init(id: String, householdID: String?, state: CaseState, openedOn: Day, responseDone: Day?, decisionDone: Day?,
                    enrolledOn: Day?, eliminatedOn: Day?, version: Int) {
            self.id = id; self.householdID = householdID; self.state = state; self.openedOn = openedOn; self.responseDone = responseDone
            self.decisionDone = decisionDone; self.enrolledOn = enrolledOn; self.eliminatedOn = eliminatedOn; self.version = version
        }
    }

    public struct Member: Sendable {
        public var id, householdID, name, idNumber: String
        public var version: Int
        public init(id: String, householdID: String, name: String, idNumber: String, version: Int) {
            self.id = id; self.householdID = householdID; self.name = name; self.idNumber = idNumber; self.version = version
        }
    }

    public struct Finding: Sendable {
        public var id, householdID, rule: String
        public init(id: String, householdID: String, rule: String) { self.id = id; self.householdID = householdID; self.rule = rule }
    }

    /// Everything the checks read. `householdVersions` and `memberVersions` are the versions the change history
    /// holds per record; `caseEvents` the sequence numbers of each case's history. Members are the live ones.
    public struct Snapshot: Sendable {
        public var households: [Household] = []
        public var cases: [Case] = []
        public var members: [Member] = []
        public var openFindings: [Finding] = []
        public var householdVersions: [String: [Int]] = [:]
        public var memberVersions: [String: [Int]] = [:]
        public var caseEvents: [String: [Int]] = [:]
        public init() {}
    }

    public enum Kind: String, Sendable, CaseIterable {
        case monitoredWithoutCase, caseWithoutMonitoring, twoOpenCases, eliminatedWithoutProcedure
        case datesOutOfOrder, dateInFuture, versionGap, personInTwoHouseholds, findingOnDeadHousehold, caseOnDeadHousehold

        public var label: String {
            switch self {
            case .monitoredWithoutCase: return "监测对象无对应监测事项"
            case .caseWithoutMonitoring: return "监测事项与户信息不一致"
            case .twoOpenCases: return "一户有多个在办事项"
            case .eliminatedWithoutProcedure: return "风险消除无完整程序"
            case .datesOutOfOrder: return "日期先后颠倒"
            case .dateInFuture: return "日期晚于今天"
            case .versionGap: return "版本记录不连续"
            case .personInTwoHouseholds: return "同一人在两户中在户"
            case .findingOnDeadHousehold: return "问题指向已注销或不存在的户"
            case .caseOnDeadHousehold: return "事项指向已注销或不存在的户"
            }
        }

        /// The data-quality rule that reports this kind to the county (the same person in two households is A04's).
        public var qualityRule: String? {
            switch self {
            case .monitoredWithoutCase, .caseWithoutMonitoring: return "P01"
            case .twoOpenCases: return "P02"
            case .eliminatedWithoutProcedure: return "P03"
            case .datesOutOfOrder, .dateInFuture: return "P04"
            case .versionGap: return "P05"
            case .personInTwoHouseholds, .findingOnDeadHousehold, .caseOnDeadHousehold: return nil
            }
        }
    }

    /// The rules of the data-quality run that carry these checks (descriptions for the bulletin and the rule list).
    public static let qualityRules: [QualityRule] = [
        QualityRule(code: "P01", description: "监测对象与监测事项不一致", severity: .mustFix, fields: ["monitoringCategory"], check: nil),
        QualityRule(code: "P02", description: "一户有多个在办监测事项", severity: .mustFix, fields: ["monitoringCategory"], check: nil),
        QualityRule(code: "P03", description: "风险消除无完整程序", severity: .mustFix, fields: ["eliminatedOn"], check: nil),
        QualityRule(code: "P04", description: "监测事项或户信息日期先后颠倒、晚于当日", severity: .mustFix, fields: ["monitoredSince", "eliminatedOn"], check: nil),
        QualityRule(code: "P05", description: "修改记录版本不连续", severity: .advisory, fields: ["members"], check: nil),
    ]

    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        public var kind: Kind
        /// The household it concerns, when there is one (the data-quality run files it there).
        public var householdID: String?
        /// The record it is about, as an officer finds it (户编号, 事项 id, 成员).
        public var record: String
        public var message: String
        public var description: String { "【\(kind.label)】\(record)：\(message)" }
    }

    public static func violations(in s: Snapshot, today: Day) -> [Violation] {
        var out: [Violation] = []
        func add(_ kind: Kind, _ record: String, _ message: String, household: String? = nil) {
            out.append(Violation(kind: kind, householdID: household, record: record, message: message))
        }
        let households = Dictionary(s.households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String?) -> String { id.flatMap { households[$0] }.map { "户 \($0.code)" } ?? "户 \(id ?? "（无）")" }
        let casesByHousehold = Dictionary(grouping: s.cases.filter { $0.householdID != nil }, by: { $0.householdID ?? "" })

        for h in s.households where !h.dissolved {
            let cases = casesByHousehold[h.id] ?? []
            let monitoring = cases.filter { $0.state.isMonitored }
            let open = cases.filter { !$0.state.isClosed && $0.state != .eliminated }
            if h.monitoringCategory != nil && h.eliminatedOn == nil && monitoring.count != 1 {
                add(.monitoredWithoutCase, name(h.id), monitoring.isEmpty
                    ? "户信息为监测对象，但没有处于“已纳入监测”或风险消除程序中的事项"
                    : "户信息为监测对象，但有\(monitoring.count)个处于监测中的事项", household: h.id)
            }
            if open.count > 1 {
                add(.twoOpenCases, name(h.id), "有\(open.count)个在办事项（\(open.map(\.state.label).joined(separator: "、"))）；新线索或退回应并入原事项", household: h.id)
            }
            if let e = h.eliminatedOn {
                if h.monitoringCategory == nil { add(.eliminatedWithoutProcedure, name(h.id), "有风险消除时间 \(e)，却不是监测对象", household: h.id) }
                if !cases.contains(where: { $0.state == .eliminated }) {
                    add(.eliminatedWithoutProcedure, name(h.id), "户信息记为 \(e) 风险消除，但没有完成风险消除程序的事项", household: h.id)
                }
                if let since = h.monitoredSince, e < since { add(.datesOutOfOrder, name(h.id), "风险消除时间 \(e) 早于识别监测时间 \(since)", household: h.id) }
            }
            for (label, day) in [("识别监测时间", h.monitoredSince), ("风险消除时间", h.eliminatedOn)] {
                if let day, day > today { add(.dateInFuture, name(h.id), "\(label) \(day) 晚于今天", household: h.id) }
            }
        }

        for c in s.cases {
            // Named only when something is found.
            var record: String { "事项 \(c.id.prefix(8))（\(name(c.householdID))）" }
            if let hid = c.householdID {
                guard let h = households[hid], !h.dissolved else {
                    if !c.state.isClosed { add(.caseOnDeadHousehold, record, "在办事项所属农户已注销或不存在", household: c.householdID) }
                    continue
                }
                if c.state.isMonitored && (h.monitoringCategory == nil || h.eliminatedOn != nil) {
                    add(.caseWithoutMonitoring, record, "事项为“\(c.state.label)”，但户信息\(h.monitoringCategory == nil ? "不是监测对象" : "已记为风险消除")", household: c.householdID)
                }
            } else if c.state.isMonitored || c.state == .eliminated {
                add(.caseWithoutMonitoring, record, "事项为“\(c.state.label)”，却没有对应农户", household: c.householdID)
            }
            let steps: [(String, Day?)] = [("线索日期", c.openedOn), ("核实答复", c.responseDone), ("认定决定", c.decisionDone),
                                           ("纳入监测", c.enrolledOn), ("风险消除", c.eliminatedOn)]
            var previous: (String, Day)?
            for (label, day) in steps {
                guard let day else { continue }
                if let (pl, pd) = previous, day < pd { add(.datesOutOfOrder, record, "\(label) \(day) 早于\(pl) \(pd)", household: c.householdID) }
                if day > today { add(.dateInFuture, record, "\(label) \(day) 晚于今天", household: c.householdID) }
                previous = (label, day)
            }
            if let seqs = s.caseEvents[c.id], !seqs.isEmpty, seqs.sorted() != Array(1...seqs.count) {
                add(.versionGap, record, "办理记录序号不连续：\(seqs.sorted().map(String.init).joined(separator: ","))", household: c.householdID)
            }
        }

        for h in s.households {
            if let gap = gap(s.householdVersions[h.id] ?? [], current: h.version) { add(.versionGap, name(h.id), gap, household: h.id) }
        }
        var byID: [String: [Member]] = [:]
        for m in s.members {
            if let gap = gap(s.memberVersions[m.id] ?? [], current: m.version) { add(.versionGap, "成员 \(m.name)（\(name(m.householdID))）", gap, household: m.householdID) }
            guard !m.idNumber.isEmpty, let h = households[m.householdID], !h.dissolved else { continue }
            byID[m.idNumber, default: []].append(m)
        }
        // Only numbers met more than once are looked at (a county has hundreds of thousands of people).
        let repeated = byID.filter { $0.value.count > 1 && Set($0.value.map(\.householdID)).count > 1 }
        for (idNumber, people) in repeated.sorted(by: { $0.key < $1.key }) {
            add(.personInTwoHouseholds, "成员 \(people[0].name)（\(IDNumber.masked(idNumber))）",
                "同时在 " + people.map { name($0.householdID) }.joined(separator: "、") + " 在户")
        }
        for f in s.openFindings {
            if households[f.householdID].map({ $0.dissolved }) ?? true {
                add(.findingOnDeadHousehold, "问题 \(f.rule)（\(name(f.householdID))）", "未关闭的问题所属农户已注销或不存在")
            }
        }
        return out
    }

    /// The change history of a record holds each version from its first to the current one without a gap. A record
    /// loaded in bulk (the demo county, an import) has no entry for version 1, so its history starts at 2 — or is
    /// empty while it is still at version 1. (A member moved between households is written in both histories, so a
    /// version may appear twice.)
    static func gap(_ versions: [Int], current: Int) -> String? {
        guard !versions.isEmpty else { return current == 1 ? nil : "当前为第\(current)版，却没有任何修改记录" }
        let sorted = Array(Set(versions)).sorted()
        guard let first = sorted.first, first == 1 || first == 2, sorted == Array(first...(first + sorted.count - 1)) else {
            return "修改记录的版本为 " + sorted.prefix(12).map(String.init).joined(separator: ",") + (sorted.count > 12 ? "…" : "") + "，中间有缺漏"
        }
        if sorted.last != current { return "当前为第\(current)版，修改记录却止于第\(sorted.last ?? 0)版" }
        return nil
    }
}
