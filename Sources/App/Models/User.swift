import Domain
import Fluent
import Vapor

package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    // managed fields
    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") var createdAt: Int64

    // data fields
    @Field(key: "username") package var username: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var roleCode: String
    @Field(key: "scope") package var scope: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "disabled") var disabled: Bool
    /// For a helper account: its entry in the helper register (`helpers.id`).
    @OptionalField(key: "helper_id") package var helperID: String?
    /// A new account, or one whose password the admin reset: its first sign-in must set a password of its own.
    @OptionalField(key: "must_change_password") var mustChangePassword: Bool?

    package init() {}

    package init(username: String, passwordHash: String, role: Role, scope: String, displayName: String, now: Date) {
        self.username = username
        self.passwordHash = passwordHash
        self.roleCode = role.rawValue
        self.scope = scope
        self.displayName = displayName
        self.disabled = false
        self.createdAt = Int64(now.timeIntervalSince1970)
    }

    var role: Role? { Role(rawValue: roleCode) }
}

package final class UserToken: Model, @unchecked Sendable {
    package static let schema = "user_tokens"

    /// `upload`: a department's long-lived token, accepted only on the routes `routes.swift` opens to it (`.openToUploadTokens()`).
    /// `scrape`: a long-lived monitoring token, good only for `/metrics`.
    package enum Kind: String { case api, web, upload, scrape }

    // managed fields
    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") var createdAt: Int64

    // data fields
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "kind") var kind: String
    @Field(key: "csrf") var csrf: String
    @Field(key: "expires_at") var expiresAt: Int64
    @Field(key: "last_seen") var lastSeen: Int64
    /// What the holder called it ("教育局学籍接口"); empty for sign-in tokens.
    @OptionalField(key: "label") var label: String?

    // relationships
    @Parent(key: "user_id") var user: User

    package init() {}
}
