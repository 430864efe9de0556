/// Fields of the monitoring procedure's forms, for the pages and the API alike.
public enum WorkflowFields {
    /// Fields of a clue, for forms and the API; the same checks for officials and the public page.
    public static let clue = FieldTable([
        FieldSpec("channel", "channel", "发现方式", .choice(ClueChannel.choices), required: true, section: "线索"),
        FieldSpec("householdId", "householdId", "农户", .text(maxLength: 40), section: "线索"),
        FieldSpec("villageCode", "villageCode", "所在村", .region, section: "线索"),
        FieldSpec("name", "name", "姓名", .text(maxLength: 30), section: "线索"),
        FieldSpec("idNumber", "idNumber", "身份证号码", .idNumber, section: "线索"),
        FieldSpec("phone", "phone", "联系电话", .phone, section: "线索"),
        FieldSpec("difficulty", "difficulty", "困难类型", .choice(Difficulty.choices), required: true, section: "线索"),
        FieldSpec("description", "description", "困难情况", .text(maxLength: 500), required: true, section: "线索"),
    ])

    /// Fields of an assistance measure.
    public static let measure = FieldTable([
        FieldSpec("type", "type", "措施类型", .choice(ReferenceData.measureTypes.map { Choice(value: $0.key, label: "\($0.label)（\($0.kind.label)）") }),
                  required: true, section: "措施"),
        FieldSpec("riskTypes", "riskTypes", "针对的风险", .multiChoice(RiskType.choices, max: 5), required: true, section: "措施"),
        FieldSpec("startOn", "startOn", "开始日期", .date, required: true, section: "措施"),
        FieldSpec("endOn", "endOn", "结束日期", .date, section: "措施"),
        FieldSpec("amount", "amount", "金额", .fixed2(unit: "元"), section: "措施"),
        FieldSpec("unit", "unit", "责任单位", .text(maxLength: 60), required: true, section: "措施"),
        FieldSpec("state", "state", "实施状态", .choice(MeasureState.choices), required: true, section: "措施"),
        FieldSpec("note", "note", "说明", .text(maxLength: 300), section: "措施"),
    ])

    /// Fields of a helper (帮扶责任人) in the helper register.
    public static let helper = FieldTable([
        FieldSpec("name", "name", "姓名", .text(maxLength: 30), required: true, section: "帮扶责任人"),
        FieldSpec("unit", "unit", "工作单位", .text(maxLength: 60), required: true, section: "帮扶责任人"),
        FieldSpec("phone", "phone", "联系电话", .phone, required: true, section: "帮扶责任人"),
    ])
}
