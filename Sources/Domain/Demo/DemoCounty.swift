import Foundation

/// A deterministic synthetic county for demos, tests and benchmarks (issue 2, item 5).
///
/// Distributions (all drawn from `SplitMix64(seed:)`, so a seed always gives the same county):
/// - **Regions.** 融安县 (450224) by default with its 12 townships (6 镇, 6 乡); each has one community
///   (`0xx`) and 11–12 villages (`2xx`), 150 villages in all, 3–8 村民小组 each. 长安镇 also holds
///   幸福家园社区, a large 易地扶贫搬迁 resettlement community. About 1 in 5 villages is a 脱贫村,
///   1 in 12 a 原深度贫困村, 8 are 乡村振兴重点帮扶村 (2 provincial, 3 city, 3 county level), 2 lie in
///   abandoned-mine areas and 3 in disaster areas.
/// - **Households per village.** Ordinary villages weight 1, communities 1.5, the resettlement community 12.
/// - **Household size** 1–7 with weights 10, 18, 22, 24, 15, 7, 4 %.
/// - **People.** Head 88 % male; singles aged 40–88, other heads 26–75. A spouse (opposite sex, ±5 years)
///   in 85 % of larger households, then children (20–34 years younger than the head), for older heads a
///   daughter-in-law and grandchildren, for young heads a parent. ID numbers are valid GB 11643 numbers,
///   95 % with the county's own address code, unique across the county.
/// - **Ethnicity** 汉 55 %, 壮 30 %, 苗 6 %, 瑶 5 %, 侗 4 %.
/// - **Schooling by age.** 3–5 学前教育 (85 %), 6–11 小学, 12–14 初中, 15–17 高中 55 % / 中职 35 %,
///   18–22 本科 15 % / 高职 15 %; 0.3 % of 6–15-year-olds have dropped out.
/// - **Health.** Disability 3 % + 0.05 % per year of age (grade 1–4 uniform); chronic illness 3 % + 0.25 %
///   per year of age; serious illness 1.5 %.
/// - **Labour capacity** follows age and health: under 16 and students none; 65–74 weak (60 %) or none;
///   75+ none; severe disability lost; serious illness weak or lost; otherwise ordinary 85 %, skilled 15 %.
/// - **Migrant work.** Half of ordinary/skilled workers aged 18–55, 3–12 months, monthly pay log-normal
///   around 3,800 yuan (σ 0.35); 15 % of weak workers aged 40–69 hold a public-welfare post.
/// - **Income.** Production income log-normal around 9,000 yuan (σ 0.8) with 35 % costs; local wages for
///   40 % of non-migrant workers; pensions, 低保 (6 % of households, more among low-income ones) and
///   disability allowances as transfers. Some households end up below the 7,300-yuan threshold.
/// - **Categories.** About 15 % 脱贫户 (25 % in 脱贫村), lifted out 2015–2020; about 1.5 % monitored
///   (三类户), chosen among low-income, seriously ill or disabled households, identified 2021–2026.
/// - **Housing** A 86 %, B 12.5 %, C 1.2 %, D 0.3 %; **water** safe for 98.5 %.
public struct DemoCounty: Sendable {
    public struct Region: Sendable {
        public var code: String
        public var name: String
        public var level: RegionLevel
        public var parentCode: String?
        public var flags: RegionFlags
    }

    public struct Member: Sendable {
        public var id: UUID
        public var facts: Facts
    }

    public struct Household: Sendable {
        public var id: UUID
        public var code: String
        public var facts: Facts
        public var members: [Member]
        /// Three years of income statements, oldest first; the registry's 收支情况 is the newest.
        public var incomes: [YearlyIncome] = []
    }

    public let countyCode: String
    public let countyName: String
    public private(set) var regions: [Region]
    public let today: Day
    private var rng: SplitMix64
    private var villages: [Region] = []
    private var villageWeights: [Double] = []
    private var householdSerial: [String: Int] = [:]
    private var usedIDs = Set<String>()
    private lazy var townshipNames: [String: String] = Dictionary(regions.filter { $0.code.count == 9 }.map { ($0.code, $0.name) },
                                                                  uniquingKeysWith: { a, _ in a })
    private var relocatedPeople = 0
    /// Record ids are time-ordered from a fixed instant (2026-01-01), one millisecond per record.
    private var idClock: UInt64 = 1_767_225_600_000
    private mutating func nextID() -> UUID {
        idClock += 1
        return rng.orderedUUID(milliseconds: idClock)
    }

    /// 融安县's townships (GB/T 2260 codes).
    static let ronganTownships: [(String, String)] = [
        ("100", "长安镇"), ("101", "浮石镇"), ("102", "泗顶镇"), ("103", "板榄镇"), ("104", "大将镇"), ("105", "大良镇"),
        ("200", "雅瑶乡"), ("201", "大坡乡"), ("202", "东起乡"), ("203", "沙子乡"), ("204", "桥板乡"), ("205", "潭头乡"),
    ]

    /// Some people of the county were born in a neighbouring county and carry its code in their ID number; a
    /// province of several generated counties turns that off for all but one, so no two counties hand out one number.
    public var foreignBirths = true

    public init(seed: UInt64, today: Day, countyCode: String = "450224", countyName: String = "融安县", foreignBirths: Bool = true) {
        self.foreignBirths = foreignBirths
        self.countyCode = countyCode
        self.countyName = countyName
        self.today = today
        self.rng = SplitMix64(seed: seed)
        self.regions = []
        buildRegions()
    }

    private mutating func buildRegions() {
        regions.append(Region(code: countyCode, name: countyName, level: .county, parentCode: nil, flags: RegionFlags()))
        let first = ["大", "小", "上", "下", "东", "西", "南", "北", "新", "古", "龙", "凤", "石", "江", "平", "安", "和",
                     "高", "塘", "岭", "田", "林", "竹", "桥", "良", "富", "福", "寨", "板", "沙", "青", "白", "金", "三", "双", "马"]
        let second = ["山", "江", "岭", "坡", "田", "寨", "塘", "洞", "冲", "湾", "坪", "口", "桥", "溪", "岩", "垌", "屯", "林"]
        var villageIndex = 0
        for (t, tName) in Self.ronganTownships {
            let tCode = countyCode + t
            regions.append(Region(code: tCode, name: tName, level: .township, parentCode: countyCode, flags: RegionFlags()))
            var names = Set<String>()
            let seat = tName.dropLast() + "社区"
            var units: [(String, String)] = [("001", String(seat))]
            if t == "100" { units.append(("004", "幸福家园社区")) }
            let villageCount = villageIndex % 2 == 0 ? 12 : 11
            for v in 0..<villageCount {
                var name = ""
                repeat { name = rng.pick(first) + rng.pick(second) + "村" } while names.contains(name)
                names.insert(name)
                units.append((String(format: "%03d", 201 + v), name))
            }
            for (v, vName) in units {
                let code = tCode + v
                var flags = RegionFlags()
                let isVillage = v.hasPrefix("2")
                if vName == "幸福家园社区" {
                    flags.relocationSite = true
                } else if isVillage {
                    villageIndex += 1
                    flags.alleviatedVillage = villageIndex % 5 == 0
                    flags.formerDeeplyPoor = villageIndex % 12 == 3
                    switch villageIndex {
                    case 7, 41: flags.keyVillageLevel = .province
                    case 19, 63, 88: flags.keyVillageLevel = .city
                    case 27, 102, 131: flags.keyVillageLevel = .county
                    default: break
                    }
                    flags.abandonedMine = villageIndex == 33 || villageIndex == 34
                    flags.disasterArea = [52, 53, 117].contains(villageIndex)
                }
                let region = Region(code: code, name: vName, level: .village, parentCode: tCode, flags: flags)
                regions.append(region)
                villages.append(region)
                villageWeights.append(flags.relocationSite ? 12 : (isVillage ? 1 : 1.5))
                for g in 1...rng.int(3...8) {
                    regions.append(Region(code: code + String(format: "%03d", g), name: "第\(g)村民小组",
                                          level: .group, parentCode: code, flags: RegionFlags()))
                }
            }
        }
    }

    /// The regions with the resettlement community's size filled in from the households generated so far.
    public var finalRegions: [Region] {
        regions.map { r in
            var r = r
            if r.flags.relocationSite { r.flags.relocationSize = relocatedPeople }
            return r
        }
    }

    // MARK: - Households

    static let surnames = ["韦", "覃", "莫", "蓝", "梁", "罗", "黄", "陈", "李", "吴", "龙", "杨", "潘", "廖", "谢", "刘",
                           "张", "王", "周", "石", "何", "贾", "欧", "唐", "蒙", "曾", "胡", "赵", "马", "林"]
    static let maleGiven = ["国", "建", "明", "伟", "强", "军", "华", "平", "勇", "志", "文", "海", "成", "福", "春",
                            "德", "林", "宏", "光", "荣", "永", "金", "东", "俊", "杰", "超", "波", "斌", "刚", "鹏"]
    static let femaleGiven = ["秀", "英", "芳", "兰", "梅", "丽", "红", "霞", "玲", "燕", "萍", "娟", "琴", "桂",
                              "凤", "美", "春", "花", "艳", "静", "敏", "婷", "雪", "丹", "莉", "月", "云", "珍"]

    private mutating func name(surname: String, sex: Sex) -> String {
        let pool = sex == .male ? Self.maleGiven : Self.femaleGiven
        return surname + rng.pick(pool) + (rng.chance(0.7) ? rng.pick(pool) : "")
    }

    /// A birth day on which the person is exactly `age` today: one of the 365 days up to `age` years ago.
    private mutating func birth(age: Int) -> Day {
        let latest = Day(year: today.year - age, month: today.month, day: min(today.day, 28))!
        return latest.adding(days: -rng.int(0...364))
    }

    /// A unique ID number for that birth day and sex. Each (region, day, sex) has 500 sequence numbers; when the
    /// county's are used up the person is given a neighbouring county's code, so the search always ends.
    private mutating func idNumber(birth: Day, sex: Sex) -> String {
        let neighbours = ["450221", "450222", "450223", "450225", "450226", "452226"]
        var regions = !foreignBirths ? [countyCode] : rng.chance(0.95) ? [countyCode] + neighbours : [rng.pick(neighbours), countyCode] + neighbours
        regions = regions.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        let start = rng.int(0...497)
        for region in regions {
            for step in 0..<499 {
                let seq = ((start + step) % 499) * 2 + (sex == .male ? 1 : 0) + 2
                let id = IDNumber.make(region: region, birth: birth, sequence: seq)
                if usedIDs.insert(id).inserted { return id }
            }
        }
        preconditionFailure("more than \(regions.count * 499) people of one sex born on \(birth) in \(regions)")
    }

    private struct Person {
        var relation: Relation
        var sex: Sex
        var age: Int
        var surname: String
    }

    /// The next `count` households.
    public mutating func nextHouseholds(_ count: Int) -> [Household] {
        var out: [Household] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(nextHousehold()) }
        return out
    }

    private mutating func nextHousehold() -> Household {
        let village = villages[rng.weighted(villageWeights)]
        let serial = (householdSerial[village.code] ?? 0) + 1
        householdSerial[village.code] = serial
        let size = rng.weighted([10, 18, 22, 24, 15, 7, 4]) + 1

        // Composition.
        let headSex: Sex = rng.chance(0.88) ? .male : .female
        let headAge = size == 1 ? rng.int(40...88) : rng.int(26...75)
        let surname = rng.pick(Self.surnames)
        var people = [Person(relation: .head, sex: headSex, age: headAge, surname: surname)]
        if size >= 2, rng.chance(0.85) {
            let age = max(20, headAge + rng.int(-5...5))
            people.append(Person(relation: .spouse, sex: headSex == .male ? .female : .male, age: age, surname: rng.pick(Self.surnames)))
        }
        var childAges: [Int] = []
        while people.count < size {
            if headAge < 45, !people.contains(where: { $0.relation == .father || $0.relation == .mother }), rng.chance(0.25) {
                let isFather = rng.chance(0.5)
                people.append(Person(relation: isFather ? .father : .mother, sex: isFather ? .male : .female,
                                     age: min(95, headAge + rng.int(22...32)), surname: isFather ? surname : rng.pick(Self.surnames)))
                continue
            }
            let hasAdultSon = people.contains { $0.relation == .son && $0.age >= 22 }
            if hasAdultSon, !people.contains(where: { $0.relation == .daughterInLaw }), rng.chance(0.6) {
                let sonAge = people.first { $0.relation == .son }!.age
                people.append(Person(relation: .daughterInLaw, sex: .female, age: max(20, sonAge + rng.int(-4...3)), surname: rng.pick(Self.surnames)))
                continue
            }
            if headAge >= 50, childAges.contains(where: { $0 >= 22 }), rng.chance(0.5) {
                let isBoy = rng.chance(0.52)
                let parentAge = childAges.max()!
                people.append(Person(relation: isBoy ? .grandson : .granddaughter, sex: isBoy ? .male : .female,
                                     age: max(0, parentAge - rng.int(20...30)), surname: surname))
                continue
            }
            let isBoy = rng.chance(0.52)
            let age = max(0, headAge - rng.int(20...34))
            childAges.append(age)
            people.append(Person(relation: isBoy ? .son : .daughter, sex: isBoy ? .male : .female, age: age, surname: surname))
        }

        var members: [Member] = []
        var facts = Facts()
        var wages = 0.0, transfers = 0.0
        // The parts of wages and transfers, for the income statement's sub-items (bookkeeping only: no draws).
        var publicPostWages = 0.0, pensions = 0.0, disability = 0.0, tekunPay = 0.0, dibaoPay = 0.0
        var anyDisabled = false, anySerious = false, labourCount = 0, dibao = false
        let lowEndowment = rng.chance(0.12)
        dibao = rng.chance(lowEndowment ? 0.3 : 0.03)
        let relocated = village.flags.relocationSite

        for p in people {
            var m = Facts()
            let b = birth(age: p.age)
            m["idNumber"] = .text(idNumber(birth: b, sex: p.sex))
            m["name"] = .text(name(surname: p.surname, sex: p.sex))
            m["sex"] = .choice(p.sex.rawValue)
            m["birthDate"] = .date(b)
            m["relation"] = .choice(p.relation.rawValue)
            let eth = rng.weighted([55, 30, 6, 5, 4])
            m["ethnicity"] = .choice([Ethnicity.han, .zhuang, .miao, .yao, .dong][eth].rawValue)
            let age = b.age(on: today)
            // Schooling.
            var schooling: SchoolingStatus = .notInSchool
            switch age {
            case 0..<3: schooling = .preschoolChild
            case 3...5: schooling = rng.chance(0.85) ? .preschool : .preschoolChild
            case 6...11: schooling = .primary
            case 12...14: schooling = .juniorHigh
            case 15...17: schooling = [.seniorHigh, .secondaryVocational, .notInSchool][rng.weighted([55, 35, 10])]
            case 18...22: schooling = [.undergraduate, .higherVocational, .notInSchool][rng.weighted([15, 15, 70])]
            default: break
            }
            if (6...15).contains(age), rng.chance(0.003) {
                schooling = .droppedOut
                m["outOfSchoolReason"] = .text(rng.pick(["因病", "因残", "厌学", "家庭困难"]))
            }
            m["schooling"] = .choice(schooling.rawValue)
            if !schooling.isStudent, age >= 16 {
                let birthYear = b.year
                let edu: EducationLevel
                if birthYear < 1950 { edu = [.illiterate, .primary, .juniorHigh][rng.weighted([40, 45, 15])] }
                else if birthYear < 1970 { edu = [.illiterate, .primary, .juniorHigh, .seniorHigh][rng.weighted([10, 45, 38, 7])] }
                else if birthYear < 1990 { edu = [.primary, .juniorHigh, .seniorHigh, .vocational, .college][rng.weighted([15, 55, 15, 10, 5])] }
                else { edu = [.juniorHigh, .seniorHigh, .vocational, .college, .bachelorPlus][rng.weighted([35, 20, 20, 15, 10])] }
                m["education"] = .choice(edu.rawValue)
            }
            // Health.
            var health: [HealthCondition] = []
            var severe = false
            if rng.chance(0.03 + 0.0005 * Double(age)) {
                health.append(.disabled)
                let grade = rng.pick(DisabilityGrade.allCases)
                severe = grade.isSevere
                m["disabilityGrade"] = .choice(grade.rawValue)
                m["disabilityCategory"] = .choice(rng.pick(DisabilityCategory.allCases).rawValue)
                anyDisabled = true
            }
            if rng.chance(0.03 + 0.0025 * Double(age)) { health.append(.chronic) }
            if rng.chance(0.015) { health.append(.serious); anySerious = true }
            if health.isEmpty { health = [.healthy] }
            m["health"] = .multi(HealthCondition.allCases.filter(health.contains).map(\.rawValue))
            // Labour.
            let labour: LabourCapacity
            if age < 16 || schooling.isStudent { labour = .none }
            else if age >= 75 { labour = .none }
            else if age >= 65 { labour = rng.chance(0.6) ? .weak : .none }
            else if severe { labour = .lost }
            else if health.contains(.serious) { labour = rng.chance(0.5) ? .weak : .lost }
            else if health.contains(.chronic), rng.chance(0.3) { labour = .weak }
            else { labour = rng.chance(0.85) ? .ordinary : .skilled }
            m["labour"] = .choice(labour.rawValue)
            if labour.hasLabour { labourCount += 1 }
            if (labour == .ordinary || labour == .skilled), (18...55).contains(age), rng.chance(0.5) {
                m["migrantWork"] = .bool(true)
                m["workPlace"] = .choice([WorkPlace.inCounty, .inProvince, .outOfProvince, .abroad][rng.weighted([25, 35, 38, 2])].rawValue)
                let months = rng.int(3...12)
                let monthly = min(15000, max(1500, rng.logNormal(median: 3800, sigma: 0.35))).rounded()
                m["workMonths"] = .int(months)
                m["workMonthlyIncome"] = .fixed(Fixed2(Int(monthly)))
                wages += monthly * Double(months)
            } else if labour.hasLabour, age >= 16 {
                m["migrantWork"] = .bool(false)
                if rng.chance(0.4) { wages += rng.logNormal(median: 9000, sigma: 0.5) }
            }
            if labour == .weak, (40...69).contains(age), rng.chance(0.15) {
                m["publicWelfarePost"] = .bool(true)
                wages += 6000
                publicPostWages += 6000
            }
            // Insurance and assistance.
            let ins = rng.weighted([97, 2.5, 0.5])
            m["medicalInsurance"] = .choice([MedicalInsurance.resident, .employee, .none][ins].rawValue)
            m["seriousIllnessInsurance"] = .bool(ins != 2)
            if age >= 16, !schooling.isStudent {
                m["pensionInsurance"] = .choice([PensionInsurance.resident, .employee, .none][rng.weighted([92, 3, 5])].rawValue)
            }
            if age >= 60 { transfers += 1560; pensions += 1560 }
            if health.contains(.disabled) { transfers += severe ? 1800 : 900; disability += severe ? 1800 : 900 }
            let tekun = people.count == 1 && age >= 60 && labour == .none && rng.chance(0.15)
            m["dibao"] = .choice((dibao ? AssistanceStatus.rural : .none).rawValue)
            m["tekun"] = .choice((tekun ? AssistanceStatus.rural : .none).rawValue)
            if tekun { transfers += 7200; tekunPay += 7200 }
            if dibao { transfers += 4200; dibaoPay += 4200 }
            if age >= 18 {
                m["politicalStatus"] = .choice((rng.chance(0.06) ? PoliticalStatus.cpcMember : .masses).rawValue)
            } else if age >= 14 {
                m["politicalStatus"] = .choice((rng.chance(0.3) ? PoliticalStatus.youthLeague : .masses).rawValue)
            }
            m["mandarin"] = .bool(age < 70 || rng.chance(0.6))
            if relocated { m["relocatedPerson"] = .bool(true) }
            if age >= 18, rng.chance(0.7) { m["phone"] = .text(mobile()) }
            members.append(Member(id: nextID(), facts: m))
        }
        if relocated { relocatedPeople += members.count }

        // Household facts.
        facts["villageCode"] = .text(village.code)
        facts["groupName"] = .text("第\(rng.int(1...6))村民小组")
        let townshipName = townshipNames[String(village.code.prefix(9))] ?? ""
        facts["address"] = .text("\(countyName)\(townshipName)\(village.name)\(rng.int(1...199))号")
        if rng.chance(0.85) { facts["phone"] = .text(mobile()) }
        let alleviated = rng.chance(village.flags.alleviatedVillage ? 0.25 : 0.14) || (relocated && rng.chance(0.6))
        facts["category"] = .choice((alleviated ? HouseholdCategory.alleviated : .ordinary).rawValue)
        if alleviated { facts["liftedYear"] = .int(rng.int(2015...2020)) }
        if relocated {
            facts["relocated"] = .bool(true)
            var origin = rng.pick(villages)
            while origin.flags.relocationSite || origin.code == village.code { origin = rng.pick(villages) }
            facts["originVillageCode"] = .text(origin.code)
        }
        facts["housingGrade"] = .choice([HousingGrade.a, .b, .c, .d][rng.weighted([86, 12.5, 1.2, 0.3])].rawValue)
        facts["housingArea"] = .fixed(Fixed2(rng.int(40...220)))
        let water = rng.chance(0.985)
        for key in ["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"] { facts[key] = .bool(true) }
        if !water { facts[rng.pick(["waterQuantity", "waterQuality", "waterConvenience", "waterReliability"])] = .bool(false) }
        facts["arableLand"] = .fixed(Fixed2(hundredths: Int64(rng.int(20...800))))
        facts["forestLand"] = .fixed(Fixed2(hundredths: Int64(rng.int(0...3000))))
        facts["cooperative"] = .bool(rng.chance(0.3))
        let production = relocated ? rng.logNormal(median: 2500, sigma: 0.8) : rng.logNormal(median: lowEndowment ? 4000 : 9000, sigma: 0.8)
        let income = [
            ("wageIncome", wages), ("productionIncome", production), ("productionCost", production * 0.35),
            ("propertyIncome", rng.chance(0.3) ? rng.logNormal(median: 800, sigma: 0.6) : 0), ("transferIncome", transfers),
        ]
        facts["incomeYear"] = .int(today.year - 1)
        for (k, v) in income { facts[k] = .fixed(Fixed2(hundredths: Int64((v * 100).rounded()))) }
        if anySerious { facts["medicalExpense"] = .fixed(Fixed2(rng.int(3000...40000))) }
        if people.contains(where: { $0.age >= 18 && $0.age <= 22 }) && rng.chance(0.3) {
            facts["educationExpense"] = .fixed(Fixed2(rng.int(2000...12000)))
        }
        let incomes = Self.incomeHistory(facts, size: people.count, seed: (UInt64(village.code) ?? 0) &* 1_000_003 &+ UInt64(truncatingIfNeeded: serial),
                                         parts: ["wagePublicPost": publicPostWages, "transferPension": pensions, "transferDisability": disability,
                                                 "transferTekun": tekunPay, "transferDibao": dibaoPay],
                                         workers: members.filter { $0.facts.bool("migrantWork") == true }.map { $0.id.uuidString.lowercased() },
                                         idle: members.filter { $0.facts.bool("migrantWork") == false }.map { $0.id.uuidString.lowercased() })
        // The registry shows the newest statement (its sub-items rounded to the fen).
        if let newest = incomes.last { for (key, value) in newest.householdFacts { facts[key] = value } }

        // About 1.5 % of households are monitored, drawn from those at risk.
        let perCapita = IncomeSummary(facts: facts, memberCount: members.count).perCapita ?? .zero
        let atRisk = perCapita < Fixed2(9000) || anySerious || (anyDisabled && labourCount == 0)
        if atRisk, rng.chance(perCapita < Fixed2(7300) ? 0.045 : 0.015) {
            var risks: [RiskType] = []
            if anySerious { risks.append(.illness) }
            if anyDisabled { risks.append(.disability) }
            if labourCount == 0 { risks.append(.lackOfLabour) }
            if risks.isEmpty { risks.append(rng.pick([.unstableEmployment, .industryFailure, .accident, .disaster])) }
            let category: MonitoringCategory = anySerious && rng.chance(0.3) ? .sudden : (alleviated ? .unstable : .marginal)
            facts["monitoringCategory"] = .choice(category.rawValue)
            let start = Day(year: 2021, month: 6, day: 1)!.daysSinceEpoch
            facts["monitoredSince"] = .date(Day(daysSinceEpoch: rng.int(start...today.daysSinceEpoch - 30)))
            facts["riskTypes"] = .multi(RiskType.allCases.filter(risks.contains).map(\.rawValue))
        }

        return Household(id: nextID(), code: village.code + serial.zeroPadded(5), facts: facts, members: members, incomes: incomes)
    }

    private mutating func mobile() -> String {
        rng.pick(["138", "139", "150", "151", "177", "180", "186", "199"]) + rng.int(0...99_999_999).zeroPadded(8)
    }

    /// Three years of statements ending with the registry's year: the newest splits the registry's totals into
    /// sub-items (public-post wages, pensions, 低保 and the like as the members earned them); the two before grow into it
    /// by 3–10 % a year, except for about one household in twelve whose income fell in the newest year — wages lost,
    /// a project's dividend stopped, or a harvest lost — so the income-risk checks have something to find. Drawn from
    /// its own generator: the county's other facts stay as they were. Every year records who worked (`workers`, the
    /// members the registry marks as 务工); where wages were lost, a member now without work (`idle`) worked the years
    /// before — "去年就业而今年未就业".
    static func incomeHistory(_ facts: Facts, size: Int, seed: UInt64, parts: [String: Double], workers: [String] = [],
                               idle: [String] = []) -> [YearlyIncome] {
        guard let year = facts.int("incomeYear") else { return [] }
        var rng = SplitMix64(seed: seed)
        func cents(_ v: Double) -> Fixed2 { Fixed2(hundredths: Int64((max(0, v) * 100).rounded())) }
        func amount(_ key: String) -> Double { Double(facts.fixed(key)?.hundredths ?? 0) / 100 }
        var newest: [String: Double] = [:]
        let wages = amount("wageIncome"), production = amount("productionIncome"), property = amount("propertyIncome")
        newest["wagePublicPost"] = min(wages, parts["wagePublicPost"] ?? 0)
        newest["wageMigrant"] = wages - (newest["wagePublicPost"] ?? 0)
        let crops = rng.double(0.4...0.8), livestock = rng.double(0...(1 - crops))
        newest["productionCrops"] = production * crops
        newest["productionLivestock"] = production * livestock
        newest["productionForest"] = production * (1 - crops - livestock)
        let cost = amount("productionCost")
        newest["costCrops"] = cost * crops
        newest["costLivestock"] = cost * livestock
        newest["costForest"] = cost * (1 - crops - livestock)
        if property > 0 {
            let dividend = rng.double(0.3...0.7)
            newest["propertyDividend"] = property * dividend
            newest["propertySolar"] = property * (1 - dividend) * 0.5
            newest["propertyLand"] = property * (1 - dividend) * 0.5
        }
        var known = 0.0
        for key in ["transferPension", "transferDisability", "transferTekun", "transferDibao"] {
            newest[key] = parts[key] ?? 0
            known += parts[key] ?? 0
        }
        newest["transferOther"] = amount("transferIncome") - known
        for key in ["medicalExpense", "educationExpense", "disasterExpense", "claims"] where amount(key == "claims" ? "claimsIncome" : key) > 0 {
            newest[key] = amount(key == "claims" ? "claimsIncome" : key)
        }
        // The fall, if any, in the newest year: the year before held what was lost.
        var lastYear = newest
        var employedBefore = workers
        let fall = rng.chance(1.0 / 12)
        if fall {
            switch rng.int(0...2) {
            case 0:
                lastYear["wageMigrant"] = (newest["wageMigrant"] ?? 0) * rng.double(1.5...3) + 12000
                if let lost = idle.first { employedBefore.append(lost) }
            case 1: lastYear["propertyDividend"] = (newest["propertyDividend"] ?? 0) + Double(rng.int(800...3000))
            default:
                lastYear["productionCrops"] = (newest["productionCrops"] ?? 0) * rng.double(1.6...2.5) + 3000
                lastYear["costCrops"] = (newest["costCrops"] ?? 0) * 1.2
            }
        }
        func statement(_ year: Int, _ values: [String: Double], scale: Double, employed: [String]) -> YearlyIncome {
            var amounts = Facts()
            for (key, v) in values where v > 0 {
                let scaled = ["medicalExpense", "educationExpense", "disasterExpense", "claims", "transferTekun", "transferDibao", "transferPension"].contains(key) ? v : v * scale
                amounts[key] = .fixed(cents(scaled))
            }
            return YearlyIncome(year: year, householdSize: size, amounts: amounts, employed: employed)
        }
        let growth1 = rng.double(1.03...1.10), growth2 = rng.double(1.03...1.10)
        return [statement(year - 2, lastYear, scale: 1 / (growth1 * (fall ? 1 : growth2)), employed: employedBefore),
                statement(year - 1, lastYear, scale: fall ? 1 : 1 / growth2, employed: employedBefore),
                statement(year, newest, scale: 1, employed: workers)]
    }
}
