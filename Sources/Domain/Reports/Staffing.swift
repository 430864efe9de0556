/// The village work-team staffing rule of seed 000 (R28): one more member in a relocation community with over
/// 5,000 people lifted out of poverty, one more in a 脱贫村 with over 2,000, one in a village that is not a 脱贫村
/// but has over 1,000, and a first secretary or member in each key assisted village that is not a 脱贫村.
public struct StaffingSettings: Sendable, Equatable {
    public var relocationPeople = 5000
    public var alleviatedVillagePeople = 2000
    public var otherVillagePeople = 1000
    public init() {}
}

public struct StaffingNeed: Sendable, Equatable {
    /// Members the rule adds for this village (0 when none).
    public var members: Int
    public var reasons: [String]
}

public enum Staffing {
    /// `alleviatedPeople`: people of 脱贫户 in the village (the seed counts 脱贫人口).
    public static func need(flags: RegionFlags, alleviatedPeople: Int, settings s: StaffingSettings = StaffingSettings()) -> StaffingNeed {
        var members = 0
        var reasons: [String] = []
        if flags.relocationSite && alleviatedPeople > s.relocationPeople {
            members += 1; reasons.append("易地搬迁安置社区脱贫人口超过\(s.relocationPeople)人，增派1名工作队员")
        }
        if flags.alleviatedVillage && alleviatedPeople > s.alleviatedVillagePeople {
            members += 1; reasons.append("脱贫村脱贫人口超过\(s.alleviatedVillagePeople)人，增派1名工作队员")
        }
        if !flags.alleviatedVillage && !flags.relocationSite && alleviatedPeople > s.otherVillagePeople {
            members += 1; reasons.append("非脱贫村脱贫人口超过\(s.otherVillagePeople)人，选派1名工作队员")
        }
        if flags.keyVillageLevel != nil && !flags.alleviatedVillage {
            members += 1; reasons.append("非脱贫村的乡村振兴重点帮扶村，选派第一书记或工作队员")
        }
        return StaffingNeed(members: members, reasons: reasons)
    }
}
