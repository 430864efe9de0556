/// Roles of SPEC §1. The farmer has no account and is not a role here.
public enum Role: String, Labeled, Codable {
    case countyAdmin = "county-admin"
    case townshipOfficer = "township-officer"
    case villageOfficer = "village-officer"
    case departmentOfficer = "department-officer"
    case helper
    case inspector

    public var label: String {
        switch self {
        case .countyAdmin: return "县级管理员"
        case .townshipOfficer: return "乡镇工作站"
        case .villageOfficer: return "村网格员"
        case .departmentOfficer: return "行业部门"
        case .helper: return "帮扶责任人"
        case .inspector: return "督查"
        }
    }

    /// The region level a scope code must have for this role (departments use a department code).
    public var scopeLevels: [RegionLevel] {
        switch self {
        case .countyAdmin: return [.county]
        case .townshipOfficer: return [.township]
        case .villageOfficer: return [.village]
        case .helper, .inspector: return [.county, .township, .village]
        case .departmentOfficer: return []
        }
    }
}

/// What a user may do. Declared in one table below so a reader can check it against SPEC §1.
public enum Action: String, CaseIterable, Sendable {
    case viewRegistry, editRegistry, viewRegions, manageUsers
    /// Download lists as spreadsheets (personal data leaves the system).
    case exportRegistry
    /// Export whole ID numbers and phones in bulk (for the national system's collection forms); audited with the row count.
    case exportWholeNumbers
    /// Import a registry file (moving a county in, the monthly reconciliation): the county, townships for theirs.
    case importRegistry
    /// See policy settings (calendar, thresholds, deadline rules).
    case viewPolicy
    /// Change them (county admin only).
    case managePolicy
    /// Read the audit trail.
    case viewAudit
    /// Reveal a masked ID number or phone, one record at a time (audited).
    case revealPersonal
    /// See members' health and disability facts (SPEC §5: only roles that work on the household).
    case viewHealth
    /// Hold a long-lived department upload token (usable only on the upload routes).
    case uploadDepartmentData
    /// Read the process's metrics (`/metrics`) and hold a long-lived monitoring token for it.
    case readMetrics
    /// See identification and elimination cases and their history.
    case viewCases
    /// Report a risk clue (helpers find them on visits too).
    case reportClues
    /// Take workflow steps; which step is the state machine's rule (`CaseAction.roles`).
    case handleCases
    /// 更正: put wrong legacy monitoring facts right on the case, with a reason (county admin).
    case correctCases
    /// Keep the helper list and assign helpers to households.
    case manageAssistance
    /// Record assistance measures.
    case recordMeasures
    /// Record 应急救助/临时救助 given by the township or the county (seed 002).
    case recordRelief
    /// See department imports and the warnings they raised (a department sees its own).
    case viewDepartmentData
    /// Import a department list (a department its own lists; the county admin on a department's behalf).
    case importDepartmentLists
    /// Record the result of verifying a department warning.
    case verifyWarnings
    /// See data-quality findings and the bulletin.
    case viewQuality
    /// Start a data-quality run over the county.
    case runQuality
    /// See campaigns, coverage, focus villages, visit plans and look-back checklists.
    case viewScreening
    /// Record a household survey (入户摸底) or a visit.
    case recordScreening
    /// Start campaigns and visit plans, answer look-back checklists (county; townships within theirs).
    case manageCampaigns
    /// See the rectification ledger.
    case viewRectification
    /// Enter problems into the ledger (county admin; townships for their villages).
    case manageRectification
    /// Close a ledger item with evidence (the responsible level and those above it).
    case closeRectification
    /// See and export the report tables of the user's region.
    case viewReports
    /// Fill in the county's own tables (anti-poverty bodies, 防贫保 schemes: seed 001 附表6–7).
    case fillCountyForms
    /// 上报 the recurring reports the unit owes (townships, the county, departments; which ones is `ReportingDuty.role`).
    case sendReports
}

public enum Permissions {
    /// role × action. Scope (which records) is checked separately by `AccessPolicy`.
    public static let table: [Role: Set<Action>] = [
        .countyAdmin: [.viewRegistry, .editRegistry, .viewRegions, .manageUsers, .readMetrics, .exportRegistry, .exportWholeNumbers, .importRegistry, .viewPolicy, .managePolicy, .viewAudit, .revealPersonal, .viewHealth,
                       .viewCases, .reportClues, .handleCases, .correctCases, .manageAssistance, .recordMeasures, .recordRelief,
                       .viewDepartmentData, .importDepartmentLists, .verifyWarnings, .viewQuality, .runQuality,
                       .viewScreening, .recordScreening, .manageCampaigns, .viewRectification, .manageRectification, .closeRectification, .viewReports,
                       .fillCountyForms, .sendReports],
        .townshipOfficer: [.viewRegistry, .editRegistry, .viewRegions, .exportRegistry, .importRegistry, .viewPolicy, .revealPersonal, .viewHealth,
                           .viewCases, .reportClues, .handleCases, .manageAssistance, .recordMeasures, .recordRelief, .viewDepartmentData, .verifyWarnings, .viewQuality,
                           .viewScreening, .recordScreening, .manageCampaigns, .viewRectification, .manageRectification, .closeRectification,
                           .viewReports, .sendReports],
        .villageOfficer: [.viewRegistry, .editRegistry, .viewRegions, .exportRegistry, .viewPolicy, .revealPersonal, .viewHealth,
                          .viewCases, .reportClues, .handleCases, .manageAssistance, .recordMeasures, .viewQuality,
                          .viewScreening, .recordScreening, .viewRectification, .closeRectification, .viewReports],
        // Departments see their own uploads and warning results (a later issue), not the registry.
        .departmentOfficer: [.viewRegions, .viewPolicy, .uploadDepartmentData, .viewDepartmentData, .importDepartmentLists, .sendReports],
        // Helpers record measures and visits; the registry is read-only to them.
        // They work on their households, so they see health facts; inspectors check records, not illnesses.
        .helper: [.viewRegistry, .viewRegions, .viewPolicy, .viewHealth, .viewCases, .reportClues, .recordMeasures, .viewScreening, .recordScreening],
        .inspector: [.viewRegistry, .viewRegions, .exportRegistry, .viewPolicy, .viewCases, .viewDepartmentData, .viewQuality,
                     .viewScreening, .viewRectification, .viewReports],
    ]

    public static func allows(_ role: Role, _ action: Action) -> Bool { table[role]?.contains(action) ?? false }
}

/// Who is asking: role and scope code (a region code, or a department code).
public struct Principal: Hashable, Sendable {
    public var username: String
    public var role: Role
    public var scope: String
    /// A helper's households: the ones assigned to them in the helper register (SPEC §1). A helper's region
    /// (the county of their register entry) bounds lists; these bound every household and case. Nil for other roles.
    public var households: Set<String>?
    public init(username: String, role: Role, scope: String, households: Set<String>? = nil) {
        self.username = username; self.role = role; self.scope = scope; self.households = households
    }

    /// Whether the household is one of a helper's own (always true for other roles; region checks are separate).
    public func assigned(_ householdID: String?) -> Bool {
        guard let households else { return true }
        return householdID.map(households.contains) ?? false
    }

    /// The region scope, if the role has one.
    public var regionScope: String? { role == .departmentOfficer ? nil : scope }
}

public enum AccessPolicy {
    /// A household is inside a user's scope when its village, or (for relocated households, R3) its origin
    /// village, lies inside the user's region.
    public static func canView(householdID: String, villageCode: String, originVillageCode: String?, by actor: Principal) -> Bool {
        guard Permissions.allows(actor.role, .viewRegistry), let scope = actor.regionScope, actor.assigned(householdID) else { return false }
        if RegionCode.contains(scope: scope, code: villageCode) { return true }
        if let o = originVillageCode, RegionCode.contains(scope: scope, code: o) { return true }
        return false
    }

    public static func canEdit(householdID: String, villageCode: String, originVillageCode: String?, by actor: Principal) -> Bool {
        Permissions.allows(actor.role, .editRegistry)
            && canView(householdID: householdID, villageCode: villageCode, originVillageCode: originVillageCode, by: actor)
    }

    /// Whether a user may place a household in this village (create or move).
    public static func canPlace(in villageCode: String, by actor: Principal) -> Bool {
        guard Permissions.allows(actor.role, .editRegistry), let scope = actor.regionScope else { return false }
        return RegionCode.contains(scope: scope, code: villageCode)
    }
}
