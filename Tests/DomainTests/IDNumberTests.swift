import Domain
import Testing

@Suite struct IDNumberTests {
    let today = Day(year: 2026, month: 11, day: 22)!

    @Test func validNumberYieldsBirthDateAndSex() throws {
        // setup
        let id = IDNumber.make(region: "450224", birth: Day(year: 1985, month: 3, day: 7)!, sequence: 123)
        // MUT
        let parsed = try IDNumber.parse(id, today: today).get()
        // validate
        #expect(parsed.birthDate == Day(year: 1985, month: 3, day: 7)!)
        #expect(parsed.sex == .male) // 3 is odd
        let female = try IDNumber.parse(IDNumber.make(region: "450224", birth: Day(year: 1990, month: 12, day: 31)!, sequence: 124), today: today).get()
        #expect(female.sex == .female)
    }

    @Test func publishedExampleChecksOut() throws {
        // GB 11643's well-known sample number.
        let parsed = try IDNumber.parse("11010519491231002X", today: today).get()
        #expect(parsed.birthDate == Day(year: 1949, month: 12, day: 31)!)
        #expect(parsed.sex == .female)
    }

    @Test func lowerCaseXIsAcceptedAndStoredUpperCase() throws {
        let parsed = try IDNumber.parse(" 11010519491231002x ", today: today).get()
        #expect(parsed.value == "11010519491231002X")
    }

    @Test func badCheckDigitIsRefusedWithTheExpectedOne() {
        let result = IDNumber.parse("110105194912310021", today: today)
        #expect(result == .failure(.badCheckDigit(expected: "X")))
        if case .failure(let p) = result { #expect(p.message.contains("校验位")) }
    }

    @Test func impossibleBirthDateIsRefused() {
        // 31 February
        let body = "45022419990231123"
        let id = body + String(IDNumber.checkCharacter(for: body))
        #expect(IDNumber.parse(id, today: today) == .failure(.badBirthDate))
    }

    @Test func futureBirthDateIsRefused() {
        let id = IDNumber.make(region: "450224", birth: Day(year: 2027, month: 1, day: 1)!, sequence: 11)
        #expect(IDNumber.parse(id, today: today) == .failure(.futureBirthDate))
    }

    @Test func wrongLengthAndCharactersAreRefused() {
        #expect(IDNumber.parse("45022419850307123", today: today) == .failure(.wrongLength(17)))
        #expect(IDNumber.parse("4502241985030712345", today: today) == .failure(.wrongLength(19)))
        #expect(IDNumber.parse("4502241985030712A4", today: today) == .failure(.badCharacters))
        #expect(IDNumber.parse("", today: today) == .failure(.empty))
    }

    @Test func maskingKeepsRegionAndLastFour() {
        #expect(IDNumber.masked("11010519491231002X") == "110105********002X")
    }

    /// What real files contain: a number Excel stored as a number (its digits lost), full-width digits typed with a
    /// Chinese input method, spaces inside.
    @Test func excelNumbersFullWidthDigitsAndSpaces() throws {
        let id = IDNumber.make(region: "450224", birth: Day(year: 1985, month: 3, day: 7)!, sequence: 123)
        for shown in ["4.50224E+17", "4.50224198503071E+17", "4.5022419850307101E+17"] {
            let result = IDNumber.parse(shown, today: today)
            #expect(result == .failure(.storedAsNumber(shown)))
            if case .failure(let p) = result { #expect(p.message.contains("文本") && p.code == "id_as_number") }
        }
        let wide = String(id.map { c -> Character in
            guard let d = c.wholeNumberValue else { return "Ｘ" }
            return Character(Unicode.Scalar(0xFF10 + UInt32(d))!)
        })
        #expect(try IDNumber.parse(wide, today: today).get().value == id)
        #expect(try IDNumber.parse(" " + id.prefix(6) + " " + id.dropFirst(6).prefix(8) + "\u{3000}" + id.suffix(4) + " ", today: today).get().value == id)
        #expect(IDNumber.parse("4502241985030712３", today: today) == .failure(.wrongLength(17)))
        // A form stores what the parser read.
        let (facts, errors) = MemberFields.table.apply(["idNumber": wide], to: Facts(), complete: false)
        #expect(errors.isEmpty && facts.text("idNumber") == id)
    }
}

@Suite struct ValueTests {
    @Test func fixedTwoParsesAndFormatsWithoutFloatingPoint() {
        #expect(Fixed2("1234.5")?.description == "1234.50")
        #expect(Fixed2("1,234.56")?.hundredths == 123_456)
        #expect(Fixed2("0.1")! + Fixed2("0.2")! == Fixed2("0.3")!)
        #expect(Fixed2("12.345") == nil)
        #expect(Fixed2("abc") == nil)
        #expect(Fixed2("-3")?.isNegative == true)
        #expect(Fixed2("100")!.divided(by: 3).description == "33.33")
        #expect(Fixed2("200")!.divided(by: 3).description == "66.67")
        // Plain digits (read from their bytes) and everything else (the general reading) agree at the edges.
        #expect(Fixed2("-12.3")?.hundredths == -1230)
        #expect(Fixed2("7300")?.hundredths == 730_000)
        #expect(Fixed2("12.")?.hundredths == 1200)
        #expect(Fixed2(".5")?.hundredths == 50)
        #expect(Fixed2(" 12.5 ")?.hundredths == 1250)
        #expect(Fixed2("9999999999999.99")?.hundredths == 999_999_999_999_999)
        #expect(Fixed2("99999999999999") == nil)
        #expect(Fixed2("-") == nil)
        #expect(Fixed2("1.2.3") == nil)
        #expect(Fixed2("--1") == nil)
    }

    @Test func dayParsesFormsAndCountsAge() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2023-02-29") == nil)
        #expect(Day("20240305") == Day(year: 2024, month: 3, day: 5))
        #expect(Day("2024/3/5") == Day(year: 2024, month: 3, day: 5))
        let birth = Day(year: 2010, month: 6, day: 15)!
        #expect(birth.age(on: Day(year: 2026, month: 6, day: 14)!) == 15)
        #expect(birth.age(on: Day(year: 2026, month: 6, day: 15)!) == 16)
        #expect(Day(daysSinceEpoch: Day(year: 2026, month: 11, day: 22)!.daysSinceEpoch) == Day(year: 2026, month: 11, day: 22))
    }
}
