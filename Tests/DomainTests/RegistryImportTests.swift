import Domain
import Testing

/// 台账导入 (moving a county in): the file's sheets read into households and members, by Chinese headers in any order,
/// as real exports and ledgers are written.
@Suite struct RegistryImportTests {
    let village = "450224100201"

    /// This system's own export: a households sheet and a members sheet joined by 户编号, an unrelated notes sheet first.
    @Test func twoSheetsJoinedByTheHouseholdKey() throws {
        let parsed = try RegistryImport.parse([
            .init(name: "说明", rows: [["项目", "内容"], ["范围", "融安县"]]),
            .init(name: "农户", rows: [
                ["户编号", "行政村代码", "所在村（社区）", "户类型", "脱贫年度", "识别监测时间", "耕地面积（亩）"],
                ["H1", village, "融安县长安镇某村", "脱贫户", "2018.0", "45383", "3.5"],
                ["H2", village, "融安县长安镇某村", "一般户", "", "", ""],
            ]),
            .init(name: "家庭成员", rows: [
                ["户编号", "人编号", "姓名", "证件号码", "与户主关系", "出生日期"],
                ["H1", "P1", "王强", "450224198001011234", "户主", "1980年1月1日"],
                ["H1", "P2", "王芳", "４５０２２４１９８２０２０２１２２Ｘ", "配偶", "1982.02.02"],
                ["H2", "", "李四", "450224197003031111", "户主", "1970/3/3"],
                ["H2", "", "李老汉", "450224193801011111", "之父", "13881"],
            ]),
        ])
        #expect(parsed.layout == .householdsAndMembers)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.households.map(\.key) == ["H1", "H2"])
        let h1 = try #require(parsed.households.first)
        #expect(h1.input["villageCode"] == village, "the code column, not the village's name under the label")
        #expect(h1.input["liftedYear"] == "2018" && h1.input["category"] == "脱贫户" && h1.input["arableLand"] == "3.5")
        #expect(h1.input["monitoredSince"] == "2024-04-01", "an Excel date serial")
        #expect(parsed.members.map(\.personKey) == ["P1", "P2", nil, nil])
        #expect(parsed.members.map { $0.input["birthDate"] } == ["1980-01-01", "1982-02-02", "1970-03-03", "1938-01-01"], "an old date's small serial too")
        #expect(parsed.members[0].row == 2 && parsed.members[0].sheet == "家庭成员")
    }

    /// The optional sheets: helpers and measures joined to the file's households by 户编号, their columns by the names a
    /// setting lists (a ledger's 帮扶人姓名 and 结对日期 as well as the export's own), dates as files write them; a row of
    /// a household the file does not have is named.
    @Test func helpersAndMeasuresSheetsJoinTheirHouseholds() throws {
        let parsed = try RegistryImport.parse([
            .init(name: "家庭成员", rows: [
                ["户编号", "村代码", "姓名", "身份证号码", "与户主关系"],
                ["H1", village, "王强", "450224198001011234", "户主"],
            ]),
            .init(name: "结对帮扶", rows: [
                ["户编号", "帮扶人姓名", "帮扶单位", "帮扶人电话", "结对日期"],
                ["H1", "张干部", "县农业农村局", "13800000001", "2024年3月5日"],
                ["H9", "李干部", "县财政局", "13800000002", ""],
            ]),
            .init(name: "帮扶措施", rows: [
                ["户编号", "帮扶措施", "针对的风险", "开始日期", "金额（元）", "责任单位", "状态"],
                ["H1", "产业帮扶", "因病", "2024.03.06", "1200", "县农业农村局", "实施中"],
            ]),
        ])
        #expect(parsed.helpers.map(\.householdKey) == ["H1"])
        #expect(parsed.helpers.first?.input == ["name": "张干部", "unit": "县农业农村局", "phone": "13800000001", "assignedOn": "2024-03-05"])
        #expect(parsed.measures.first?.input["startOn"] == "2024-03-06" && parsed.measures.first?.input["type"] == "产业帮扶")
        #expect(parsed.measures.first?.sheet == "帮扶措施" && parsed.measures.first?.row == 2)
        #expect(parsed.problems.map(\.description) == ["结对帮扶第3行“户编号”：户编号在“家庭成员”中没有对应的户"])
        // A file without those sheets has none.
        let plain = try RegistryImport.parse([.init(name: "家庭成员", rows: [["户编号", "村代码", "姓名", "身份证号码", "与户主关系"],
                                                                            ["H1", village, "王强", "450224198001011234", "户主"]])])
        #expect(plain.helpers.isEmpty && plain.measures.isEmpty)
    }

    /// The common export: a row per member with the household's columns repeated; a merged 户编号 or household cell
    /// reads as empty below its first row and belongs to the household above.
    @Test func oneSheetWithTheHouseholdRepeatedAndMergedCells() throws {
        let parsed = try RegistryImport.parse([.init(name: "Sheet1", rows: [
            [],
            ["户编号", "村代码", "户类型", "姓名", "公民身份号码", "与户主的关系", "家庭住址"],
            ["H1", village, "一般户", "王强", "450224198001011234", "户主", "长安镇1号"],
            ["", "", "", "王芳", "450224198202021228", "配偶", ""],
            ["H2", village, "一般户", "李四", "450224197003031111", "户主", "长安镇2号"],
            ["", "", "", "", "", "", ""],
            ["H2", village, "脱贫户", "李五", "450224200005051234", "之子", "长安镇2号"],
        ])])
        #expect(parsed.layout == .oneSheet)
        #expect(parsed.households.map(\.key) == ["H1", "H2"])
        #expect(parsed.members.map(\.householdKey) == ["H1", "H1", "H2", "H2"])
        #expect(parsed.households[0].input["address"] == "长安镇1号")
        // The repeated household disagrees with itself: named on its row, with both values.
        #expect(parsed.problems.map(\.description) == ["Sheet1第7行“户类型”：同一户的“户类型”与第5行不一致（一般户／脱贫户）"])
    }

    /// A person twice, a member of no household, a household without members, an empty key: each named on its row.
    @Test func rowsThatCannotBeRightAreNamed() throws {
        let parsed = try RegistryImport.parse([
            .init(name: "农户", rows: [["户编号", "行政村代码"], ["H1", village], ["H2", village], ["H3", village], ["", village], ["H1", village]]),
            .init(name: "家庭成员", rows: [
                ["户编号", "姓名", "身份证号码", "与户主关系"],
                ["H1", "王强", "450224198001011234", "户主"],
                ["H2", "王强", "450224198001011234", "户主"],
                ["H9", "赵六", "450224199001011111", "户主"],
                ["H2", "李四", "450224197003031111", "户主"],
                ["H2", "李四", "450224197003031111", "户主"],
            ]),
        ])
        #expect(parsed.problems.map(\.description) == [
            "农户第4行：该户在“家庭成员”中没有成员",
            "农户第5行“户编号”：户编号为空",
            "农户第6行“户编号”：户编号与第2行重复",
            "家庭成员第3行“身份证号码”：同一身份证号码在第2行（户编号H1）已登记，一人只能在一户",
            "家庭成员第4行“户编号”：户编号在“农户”中没有对应的户",
            "家庭成员第6行“身份证号码”：与第5行是同一人（身份证号码重复）",
        ])
        #expect(parsed.members.count == 2)
    }

    /// Columns a registry cannot do without are named, with the names the file may use; variants are a setting.
    @Test func missingColumnsAreNamedAndVariantsAreASetting() {
        #expect(throws: ListFileError.missingColumns(["户编号", "身份证号码"])) {
            try RegistryImport.parse([.init(name: "Sheet1", rows: [["姓名", "与户主关系"], ["王强", "户主"]])])
        }
        #expect(throws: ListFileError.missingColumns(["所在村（社区）（12位代码）"])) {
            try RegistryImport.parse([.init(name: "Sheet1", rows: [["户编号", "姓名", "身份证号码", "与户主关系"], ["H1", "王强", "450224198001011234", "户主"]])])
        }
        var headers = RegistryImport.Headers()
        headers.variants["idNumber", default: []].append("身份号")
        let rows: [[String]] = [["户编号", "村代码", "姓名", "身份号", "与户主关系"], ["H1", village, "王强", "450224198001011234", "户主"]]
        #expect(throws: ListFileError.self) { try RegistryImport.parse([.init(name: "S", rows: rows)]) }
        #expect((try? RegistryImport.parse([.init(name: "S", rows: rows)], headers: headers))?.members.count == 1)
    }

    /// A cell is read without the white space around it, whatever kind (full-width, no-break, line ends), and kept
    /// whole inside; the quick path for cells with nothing to trim gives the same text as trimming.
    @Test func cellsAreTrimmedOfEveryKindOfWhiteSpace() throws {
        let address = try #require(HouseholdFields.table["address"])
        for (raw, want) in [("长安镇1号", "长安镇1号"), (" 长安镇1号\t", "长安镇1号"), ("\u{3000}长安镇 1号\u{00A0}", "长安镇 1号"),
                            ("\r\n长安镇\u{2003}", "长安镇"), ("a", "a"), ("\u{85}b\u{2028}", "b")] {
            #expect(try address.parse(raw).get() == .text(want), "\(raw.debugDescription)")
        }
        #expect(try address.parse(" \u{3000} ").get() == nil)
    }
}
