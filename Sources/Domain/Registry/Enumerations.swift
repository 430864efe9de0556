// Enumerations of the national information-collection form (DOMAIN.md §3.2, SPEC §4).
// Raw values are stable codes used by the API and the database; labels are the form's Chinese wording.

public enum Sex: String, Labeled {
    case male, female
    public var label: String { self == .male ? "男" : "女" }
}

public enum HouseholdCategory: String, Labeled {
    case ordinary, alleviated
    public var label: String { self == .ordinary ? "一般户" : "脱贫户" }
}

/// 监测对象类别 (三类户, SPEC R13). Empty means the household is not monitored.
public enum MonitoringCategory: String, Labeled, Codable {
    case unstable, marginal, sudden
    public var label: String {
        switch self {
        case .unstable: return "脱贫不稳定户"
        case .marginal: return "边缘易致贫户"
        case .sudden: return "突发严重困难户"
        }
    }

    /// The category a household's own category allows when nothing else is said: 脱贫户 → 脱贫不稳定户, 一般户 →
    /// 边缘易致贫户 (the county approval checks the same pairing). 突发严重困难户 is never implied: it is a decision
    /// about the hardship, taken case by case.
    public static func implied(by household: HouseholdCategory?) -> MonitoringCategory? {
        switch household {
        case .alleviated?: return .unstable
        case .ordinary?: return .marginal
        case nil: return nil
        }
    }
}

/// 致贫/返贫风险 (DOMAIN.md §2.1; codes as in the third-party dictionary where known).
public enum RiskType: String, Labeled, Codable {
    case illness, disaster, disability, lackOfLabour, accident, industryFailure, unstableEmployment
    case education, housing, water, other
    public var label: String {
        switch self {
        case .illness: return "因病"
        case .disaster: return "因自然灾害"
        case .disability: return "因残"
        case .lackOfLabour: return "缺劳动力"
        case .accident: return "因意外事故"
        case .industryFailure: return "因产业项目失败"
        case .unstableEmployment: return "因务工就业不稳"
        case .education: return "因学"
        case .housing: return "因安全住房"
        case .water: return "因安全饮水"
        case .other: return "其他"
        }
    }
}

/// 危房等级 (DOMAIN.md §6): C and D are unsafe.
public enum HousingGrade: String, Labeled {
    case a = "A", b = "B", c = "C", d = "D"
    public var label: String {
        switch self {
        case .a: return "A级（安全）"
        case .b: return "B级（基本安全）"
        case .c: return "C级（局部危房）"
        case .d: return "D级（整幢危房）"
        }
    }
    public var isUnsafe: Bool { self == .c || self == .d }
}

/// 与户主关系 (code table 1010).
public enum Relation: String, Labeled {
    case head, spouse, son, daughter, daughterInLaw, sonInLaw, grandson, granddaughter
    case daughtersSon, daughtersDaughter, father, mother, fatherInLawWife, motherInLawWife
    case fatherInLawHusband, motherInLawHusband, grandfather, grandmother, maternalGrandfather, maternalGrandmother
    case sibling, greatGrandson, greatGranddaughter, nephew, niece, siblingInLaw, uncle, other

    public var label: String {
        switch self {
        case .head: return "户主"
        case .spouse: return "配偶"
        case .son: return "之子"
        case .daughter: return "之女"
        case .daughterInLaw: return "之儿媳"
        case .sonInLaw: return "之女婿"
        case .grandson: return "之孙子"
        case .granddaughter: return "之孙女"
        case .daughtersSon: return "之外孙子"
        case .daughtersDaughter: return "之外孙女"
        case .father: return "之父"
        case .mother: return "之母"
        case .fatherInLawWife: return "之岳父"
        case .motherInLawWife: return "之岳母"
        case .fatherInLawHusband: return "之公公"
        case .motherInLawHusband: return "之婆婆"
        case .grandfather: return "之祖父"
        case .grandmother: return "之祖母"
        case .maternalGrandfather: return "之外祖父"
        case .maternalGrandmother: return "之外祖母"
        case .sibling: return "之兄弟姐妹"
        case .greatGrandson: return "之曾孙子"
        case .greatGranddaughter: return "之曾孙女"
        case .nephew: return "之侄儿"
        case .niece: return "之侄女"
        case .siblingInLaw: return "之兄弟媳妇"
        case .uncle: return "之叔伯"
        case .other: return "其他"
        }
    }

    /// The sex a relation implies, where it implies one (rules 2_01_004, 2_12_008).
    public var impliedSex: Sex? {
        switch self {
        case .son, .sonInLaw, .grandson, .daughtersSon, .father, .fatherInLawWife, .fatherInLawHusband,
             .grandfather, .maternalGrandfather, .greatGrandson, .nephew, .uncle:
            return .male
        case .daughter, .daughterInLaw, .granddaughter, .daughtersDaughter, .mother, .motherInLawWife,
             .motherInLawHusband, .grandmother, .maternalGrandmother, .greatGranddaughter, .niece, .siblingInLaw:
            return .female
        case .head, .spouse, .sibling, .other:
            return nil
        }
    }
}

/// 民族: the 56 recognised ethnic groups (code table 100A09), plus 其他.
public enum Ethnicity: String, Labeled {
    case han, zhuang, miao, yao, dong, hui, man, uyghur, yi, tujia, mongol, zang, buyi, korean, bai, hani
    case kazakh, li, dai, she, lisu, gelao, dongxiang, gaoshan, lahu, shui, wa, naxi, qiang, tu, mulao, xibe
    case kyrgyz, daur, jingpo, maonan, salar, blang, tajik, achang, pumi, ewenki, nu, jing, jino, deang
    case bonan, russian, yugur, uzbek, monba, oroqen, derung, tatar, hezhen, lhoba, other

    public var label: String {
        switch self {
        case .han: return "汉族"; case .zhuang: return "壮族"; case .miao: return "苗族"; case .yao: return "瑶族"
        case .dong: return "侗族"; case .hui: return "回族"; case .man: return "满族"; case .uyghur: return "维吾尔族"
        case .yi: return "彝族"; case .tujia: return "土家族"; case .mongol: return "蒙古族"; case .zang: return "藏族"
        case .buyi: return "布依族"; case .korean: return "朝鲜族"; case .bai: return "白族"; case .hani: return "哈尼族"
        case .kazakh: return "哈萨克族"; case .li: return "黎族"; case .dai: return "傣族"; case .she: return "畲族"
        case .lisu: return "傈僳族"; case .gelao: return "仡佬族"; case .dongxiang: return "东乡族"; case .gaoshan: return "高山族"
        case .lahu: return "拉祜族"; case .shui: return "水族"; case .wa: return "佤族"; case .naxi: return "纳西族"
        case .qiang: return "羌族"; case .tu: return "土族"; case .mulao: return "仫佬族"; case .xibe: return "锡伯族"
        case .kyrgyz: return "柯尔克孜族"; case .daur: return "达斡尔族"; case .jingpo: return "景颇族"; case .maonan: return "毛南族"
        case .salar: return "撒拉族"; case .blang: return "布朗族"; case .tajik: return "塔吉克族"; case .achang: return "阿昌族"
        case .pumi: return "普米族"; case .ewenki: return "鄂温克族"; case .nu: return "怒族"; case .jing: return "京族"
        case .jino: return "基诺族"; case .deang: return "德昂族"; case .bonan: return "保安族"; case .russian: return "俄罗斯族"
        case .yugur: return "裕固族"; case .uzbek: return "乌孜别克族"; case .monba: return "门巴族"; case .oroqen: return "鄂伦春族"
        case .derung: return "独龙族"; case .tatar: return "塔塔尔族"; case .hezhen: return "赫哲族"; case .lhoba: return "珞巴族"
        case .other: return "其他"
        }
    }
}

/// 政治面貌 (100A10).
public enum PoliticalStatus: String, Labeled {
    case cpcMember, cpcProbationary, youthLeague, democraticParty, masses
    public var label: String {
        switch self {
        case .cpcMember: return "中共党员"
        case .cpcProbationary: return "中共预备党员"
        case .youthLeague: return "共青团员"
        case .democraticParty: return "民主党派"
        case .masses: return "群众"
        }
    }
}

/// 文化程度 (100A11), for people not in school.
public enum EducationLevel: String, Labeled {
    case illiterate, primary, juniorHigh, seniorHigh, vocational, college, bachelorPlus
    public var label: String {
        switch self {
        case .illiterate: return "文盲或半文盲"
        case .primary: return "小学"
        case .juniorHigh: return "初中"
        case .seniorHigh: return "高中"
        case .vocational: return "中专/中职"
        case .college: return "大专"
        case .bachelorPlus: return "本科及以上"
        }
    }
}

/// 在校生状况 (100A12), grouped by stage.
public enum SchoolingStatus: String, Labeled {
    case notInSchool, preschoolChild, preschool, primary, juniorHigh, seniorHigh, secondaryVocational
    case higherVocational, technicianCollege, undergraduate, postgraduate, droppedOut, sentHomeEducation

    public var label: String {
        switch self {
        case .notInSchool: return "非在校生"
        case .preschoolChild: return "学龄前儿童"
        case .preschool: return "学前教育"
        case .primary: return "小学"
        case .juniorHigh: return "初中（七至九年级）"
        case .seniorHigh: return "普通高中"
        case .secondaryVocational: return "中职"
        case .higherVocational: return "高职高专"
        case .technicianCollege: return "技师学院"
        case .undergraduate: return "本科"
        case .postgraduate: return "硕士研究生及以上"
        case .droppedOut: return "失学辍学"
        case .sentHomeEducation: return "送教上门"
        }
    }

    public var isStudent: Bool {
        switch self {
        case .notInSchool, .preschoolChild, .droppedOut: return false
        default: return true
        }
    }
}

/// 健康状况 (100A13); a member may have several (e.g. 残疾 and 长期慢性病), 健康 excludes the others.
public enum HealthCondition: String, Labeled {
    case healthy, chronic, serious, disabled
    public var label: String {
        switch self {
        case .healthy: return "健康"
        case .chronic: return "长期慢性病"
        case .serious: return "患有大病"
        case .disabled: return "残疾"
        }
    }
}

public enum DisabilityGrade: String, Labeled {
    case one = "1", two = "2", three = "3", four = "4"
    public var label: String {
        switch self {
        case .one: return "一级"
        case .two: return "二级"
        case .three: return "三级"
        case .four: return "四级"
        }
    }
    /// Grades 1 and 2 are severe (重度).
    public var isSevere: Bool { self == .one || self == .two }
}

public enum DisabilityCategory: String, Labeled {
    case vision, hearing, speech, physical, intellectual, mental, multiple
    public var label: String {
        switch self {
        case .vision: return "视力残疾"
        case .hearing: return "听力残疾"
        case .speech: return "言语残疾"
        case .physical: return "肢体残疾"
        case .intellectual: return "智力残疾"
        case .mental: return "精神残疾"
        case .multiple: return "多重残疾"
        }
    }
}

/// 劳动技能 (100A14).
public enum LabourCapacity: String, Labeled {
    case ordinary, skilled, weak, lost, none
    public var label: String {
        switch self {
        case .ordinary: return "普通劳动力"
        case .skilled: return "技能劳动力"
        case .weak: return "弱劳动力或半劳动力"
        case .lost: return "丧失劳动力"
        case .none: return "无劳动力"
        }
    }
    public var hasLabour: Bool { self == .ordinary || self == .skilled || self == .weak }
}

/// 务工所在地.
public enum WorkPlace: String, Labeled {
    case inCounty, inProvince, outOfProvince, abroad
    public var label: String {
        switch self {
        case .inCounty: return "县内"
        case .inProvince: return "省内县外"
        case .outOfProvince: return "省外"
        case .abroad: return "国外"
        }
    }
}

public enum MedicalInsurance: String, Labeled {
    case resident, employee, none
    public var label: String {
        switch self {
        case .resident: return "城乡居民基本医疗保险"
        case .employee: return "城镇职工基本医疗保险"
        case .none: return "未参保"
        }
    }
}

public enum PensionInsurance: String, Labeled {
    case resident, employee, none
    public var label: String {
        switch self {
        case .resident: return "城乡居民基本养老保险"
        case .employee: return "城镇职工基本养老保险"
        case .none: return "未参保"
        }
    }
}

/// 享受低保政策情况 / 享受特困供养政策情况.
public enum AssistanceStatus: String, Labeled {
    case none, rural, urban
    public var label: String {
        switch self {
        case .none: return "未享受"
        case .rural: return "农村"
        case .urban: return "城市"
        }
    }
}

/// 自然增减 (SPEC R1): membership changes with a date.
public enum MembershipEvent: String, Labeled {
    case registration, birth, marriageIn, moveIn, death, marriageOut, moveOut, split, merge, correction
    public var label: String {
        switch self {
        case .registration: return "建档登记"
        case .birth: return "出生"
        case .marriageIn: return "婚入"
        case .moveIn: return "迁入"
        case .death: return "死亡"
        case .marriageOut: return "婚出"
        case .moveOut: return "迁出"
        case .split: return "分户"
        case .merge: return "并户"
        case .correction: return "错误登记更正"
        }
    }
    public static let additions: [MembershipEvent] = [.birth, .marriageIn, .moveIn, .registration]
    public static let removals: [MembershipEvent] = [.death, .marriageOut, .moveOut, .correction]
}
