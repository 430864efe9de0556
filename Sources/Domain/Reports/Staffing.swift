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
    /// `alleviatedPeople`: people of 脱贫户 in the village (the seed counts 脱贫人口). Seed 000, word for word:
    /// "在脱贫人口数量超过5000人的易地安置社区每个社区增加1名驻村工作队员，脱贫人口2000人以上的脱贫村各增加1名驻村
    /// 工作队员。脱贫人口超过1000人的非脱贫村各配备1名驻村工作队员。非脱贫村的自治区乡村振兴重点村各配备1名驻村第一
    /// 书记或驻村工作队员。" — "超过" excludes the number, "以上" includes it; each sentence is a rule of its own, so a
    /// village that meets two gets one member for each (a relocation community that is not a 脱贫村 is a 非脱贫村);
    /// the key-village rule is for the autonomous region's (province-level) key villages only.
    public static func need(flags: RegionFlags, alleviatedPeople: Int, settings s: StaffingSettings = StaffingSettings()) -> StaffingNeed {
        var members = 0
        var reasons: [String] = []
        if flags.relocationSite && alleviatedPeople > s.relocationPeople {
            members += 1; reasons.append("易地搬迁安置社区脱贫人口超过\(s.relocationPeople)人，增加1名驻村工作队员")
        }
        if flags.alleviatedVillage && alleviatedPeople >= s.alleviatedVillagePeople {
            members += 1; reasons.append("脱贫村脱贫人口\(s.alleviatedVillagePeople)人以上，增加1名驻村工作队员")
        }
        if !flags.alleviatedVillage && alleviatedPeople > s.otherVillagePeople {
            members += 1; reasons.append("非脱贫村脱贫人口超过\(s.otherVillagePeople)人，配备1名驻村工作队员")
        }
        if !flags.alleviatedVillage && flags.keyVillageLevel == .province {
            members += 1; reasons.append("非脱贫村的自治区乡村振兴重点村，配备1名驻村第一书记或驻村工作队员")
        }
        return StaffingNeed(members: members, reasons: reasons)
    }
}
