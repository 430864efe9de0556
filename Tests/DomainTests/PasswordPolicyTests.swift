import Domain
import Testing

@Suite struct PasswordPolicyTests {
    @Test func theDefaultAsksForEightCharactersWithLettersAndDigits() {
        let p = PasswordPolicy()
        #expect(p.problem(with: "Abcd1234") == nil)
        #expect(p.problem(with: "Abc1234") == "密码至少8位，且须同时包含字母和数字")
        #expect(p.problem(with: "abcdefgh") != nil)
        #expect(p.problem(with: "12345678") != nil)
        // Full-width letters or Chinese characters do not count as the letters the rule asks for.
        #expect(p.problem(with: "密码密码12345") != nil)
        #expect(p.problem(with: "Abcd 1234") == "密码不能包含空格")
    }

    @Test func aCountyMayAskForMore() {
        let p = PasswordPolicy(minimumLength: 12, requiresSymbol: true)
        #expect(p.description == "密码至少12位，且须同时包含字母、数字和符号")
        #expect(p.problem(with: "Abcd12345678") != nil)
        #expect(p.problem(with: "Abcd1234567!") == nil)
    }
}
