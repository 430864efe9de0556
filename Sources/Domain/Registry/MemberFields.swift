/// Member facts (SPEC §4, DOMAIN.md §3.2).
public enum MemberFields {
    /// The key under which a rule's member facts carry the member's id (not a field of the form).
    public static let idKey = "memberId"

    public static let table = FieldTable([
        FieldSpec("idNumber", "id_number", "身份证号码", .idNumber, required: true, section: "身份信息"),
        FieldSpec("name", "name", "姓名", .text(maxLength: 30), required: true, section: "身份信息"),
        FieldSpec("sex", "sex", "性别", .choice(Sex.choices), section: "身份信息", help: "由身份证号码自动得出"),
        FieldSpec("birthDate", "birth_date", "出生日期", .date, section: "身份信息", help: "由身份证号码自动得出"),
        FieldSpec("relation", "relation", "与户主关系", .choice(Relation.choices), required: true, section: "身份信息"),
        FieldSpec("ethnicity", "ethnicity", "民族", .choice(Ethnicity.choices), section: "身份信息"),
        FieldSpec("politicalStatus", "political_status", "政治面貌", .choice(PoliticalStatus.choices), section: "身份信息"),
        FieldSpec("phone", "phone", "联系电话", .phone, section: "身份信息"),
        FieldSpec("mandarin", "mandarin", "是否会讲普通话", .bool, section: "身份信息"),
        // 教育
        FieldSpec("education", "education", "文化程度", .choice(EducationLevel.choices), section: "教育"),
        FieldSpec("schooling", "schooling", "在校生状况", .choice(SchoolingStatus.choices), section: "教育"),
        FieldSpec("outOfSchoolReason", "out_of_school_reason", "失学辍学原因", .text(maxLength: 50), section: "教育"),
        // 健康与劳动
        FieldSpec("health", "health", "健康状况", .multiChoice(HealthCondition.choices, max: 3), required: true, section: "健康与劳动"),
        FieldSpec("disabilityGrade", "disability_grade", "残疾等级", .choice(DisabilityGrade.choices), section: "健康与劳动"),
        FieldSpec("disabilityCategory", "disability_category", "残疾类别", .choice(DisabilityCategory.choices), section: "健康与劳动"),
        FieldSpec("labour", "labour", "劳动技能", .choice(LabourCapacity.choices), required: true, section: "健康与劳动"),
        FieldSpec("migrantWork", "migrant_work", "是否务工", .bool, section: "健康与劳动"),
        FieldSpec("workPlace", "work_place", "务工地点", .choice(WorkPlace.choices), section: "健康与劳动"),
        FieldSpec("workMonths", "work_months", "务工时间（月）", .integer(0...12), section: "健康与劳动"),
        FieldSpec("workMonthlyIncome", "work_monthly_income", "务工月收入", .fixed2(unit: "元"), section: "健康与劳动"),
        FieldSpec("publicWelfarePost", "public_welfare_post", "是否公益岗位", .bool, section: "健康与劳动"),
        // 保障
        FieldSpec("medicalInsurance", "medical_insurance", "基本医疗保险", .choice(MedicalInsurance.choices), section: "社会保障"),
        FieldSpec("seriousIllnessInsurance", "serious_illness_insurance", "是否参加大病保险", .bool, section: "社会保障"),
        FieldSpec("medicalAid", "medical_aid", "是否接受医疗救助", .bool, section: "社会保障"),
        FieldSpec("pensionInsurance", "pension_insurance", "基本养老保险", .choice(PensionInsurance.choices), section: "社会保障"),
        FieldSpec("dibao", "dibao", "享受低保", .choice(AssistanceStatus.choices), section: "社会保障"),
        FieldSpec("tekun", "tekun", "享受特困供养", .choice(AssistanceStatus.choices), section: "社会保障"),
        FieldSpec("relocatedPerson", "relocated_person", "是否易地扶贫搬迁人口", .bool, section: "社会保障"),
    ])
}

public enum MemberRules {
    /// Validates a member's facts and derives sex and birth date from the ID number.
    /// `entered` are the keys the person typed in this request: an entered sex or birth date that
    /// contradicts the ID number is an error; otherwise they are (re)derived.
    public static func normalize(_ input: Facts, entered: Set<String>, today: Day) -> (Facts, [FieldError]) {
        var f = input
        var errors: [FieldError] = []
        if let raw = f.text("idNumber") {
            switch IDNumber.parse(raw, today: today) {
            case .failure(let p):
                errors.append(FieldError(field: "idNumber", code: p.code, message: p.message))
            case .success(let id):
                f["idNumber"] = .text(id.value)
                if entered.contains("sex"), let s: Sex = f.choice("sex"), s != id.sex {
                    errors.append(FieldError(field: "sex", code: "conflict",
                                             message: "性别与身份证号码不符（身份证号码显示为\(id.sex.label)）"))
                }
                if entered.contains("birthDate"), let b = f.date("birthDate"), b != id.birthDate {
                    errors.append(FieldError(field: "birthDate", code: "conflict",
                                             message: "出生日期与身份证号码不符（身份证号码显示为\(id.birthDate)）"))
                }
                f["sex"] = .choice(id.sex.rawValue)
                f["birthDate"] = .date(id.birthDate)
                if let r: Relation = f.choice("relation"), let implied = r.impliedSex, implied != id.sex {
                    errors.append(FieldError(field: "relation", code: "conflict",
                                             message: "与户主关系“\(r.label)”应为\(implied.label)性，但身份证号码显示为\(id.sex.label)性"))
                }
                let age = id.birthDate.age(on: today)
                if age < 16, let l: LabourCapacity = f.choice("labour"), l != .none {
                    errors.append(FieldError(field: "labour", code: "conflict", message: "未满16周岁应为“无劳动力”"))
                }
            }
        }
        let health: [HealthCondition] = f.multi("health")
        if health.contains(.healthy), health.count > 1 {
            errors.append(FieldError(field: "health", code: "conflict", message: "“健康”不能与疾病或残疾同时选择"))
        }
        if health.contains(.disabled) {
            if f.choice("disabilityGrade", as: DisabilityGrade.self) == nil {
                errors.append(FieldError(field: "disabilityGrade", code: "required", message: "残疾人员须填写残疾等级"))
            }
        } else if f["disabilityGrade"] != nil || f["disabilityCategory"] != nil {
            errors.append(FieldError(field: "disabilityGrade", code: "conflict", message: "健康状况未选“残疾”，不应填写残疾等级或类别"))
        }
        if f.bool("migrantWork") == true {
            if (f.int("workMonths") ?? 0) == 0 {
                errors.append(FieldError(field: "workMonths", code: "required", message: "务工人员须填写务工时间（1–12个月）"))
            }
            if f["workPlace"] == nil {
                errors.append(FieldError(field: "workPlace", code: "required", message: "务工人员须填写务工地点"))
            }
        } else if (f.int("workMonths") ?? 0) > 0 || f["workPlace"] != nil {
            errors.append(FieldError(field: "migrantWork", code: "conflict", message: "填写了务工地点或时间，“是否务工”应为“是”"))
        }
        return (f, errors)
    }
}
