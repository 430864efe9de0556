import Domain
import Vapor

/// Start-up options read once (STYLE §3): where the data lives and whether to build the demo county.
public struct AppConfig: Sendable {
    public enum Storage: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(String)
    }

    public var storage: Storage
    /// `serve --demo`: build the demo county when the database is empty and print the demo accounts.
    public var demo: Bool = false
    public var demoHouseholds: Int = 5_000
    public var demoSeed: UInt64 = 2026
    /// Web session idle timeout.
    public var sessionIdleSeconds: Int = 30 * 60
    /// API bearer token lifetime.
    public var apiTokenSeconds: Int = 12 * 3600
    public var defaultPageSize: Int = 20
    /// Sign-in lock-out: this many failed attempts on one account within the window lock it for the window.
    public var lockout = Lockout()
    /// What a new password must be.
    public var passwordPolicy = PasswordPolicy()
    /// Attached documents: where they are kept and how large one may be.
    public var filesDirectory = "files"
    public var maxDocumentBytes = 10 * 1024 * 1024
    /// Department warning rules' amounts and the verification period.
    public var warningSettings = WarningSettings()
    /// The public self-report page's limits.
    public var selfReportLimits = SelfReportLimits()
    /// Department upload tokens live this long (they are revoked by hand when a person leaves).
    public var uploadTokenSeconds: Int = 365 * 24 * 3600
    /// Reverse proxies whose `X-Forwarded-For` is believed (`FANGPIN_TRUSTED_PROXIES`); empty: nobody's.
    public var trustedProxies: Set<String> = []
    /// Addresses that may read `/metrics` without a token (`FANGPIN_METRICS_ADDRESSES`, comma-separated; none by default).
    public var metricsAddresses: Set<String> = []
    /// The level of the access-log line of each request (`FANGPIN_ACCESS_LOG`: info, debug or off).
    public var accessLogLevel: Logger.Level? = .info
    /// Nightly backups (`FANGPIN_BACKUP_DIR`, `FANGPIN_BACKUP_TIME` "02:30", `FANGPIN_BACKUP_KEEP` 30); SQLite only.
    var backups = BackupSchedule.Settings()
    /// Whether this process serves requests (the `serve` command): only then do nightly backups run.
    public var runsServer = false
    /// The key of the audit trail's HMAC chain: `FANGPIN_AUDIT_KEY` (required on PostgreSQL), else a key file beside
    /// the SQLite database. A configuration made in code (tests) gets a random one.
    public var auditKey: SymmetricKey? = SymmetricKey(size: .bits256)
    /// `FANGPIN_TODAY=2027-04-01`: the server counts from that day (a training or demonstration server); unset, the machine's day.
    public var today: Day?
    /// `fangpin migrate` or `serve --migrate`: upgrade a PostgreSQL database that has pending migrations (SQLite files
    /// are upgraded at start-up after a copy is taken beside them).
    public var migrate = false

    public init(storage: Storage) { self.storage = storage }

    public var isPostgres: Bool { if case .postgres = storage { return true } else { return false } }

    /// Reads `DATABASE_URL` (PostgreSQL) or falls back to the SQLite file.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment,
                            dbPath: String?, demo: Bool) throws -> AppConfig {
        var config: AppConfig
        if let url = environment["DATABASE_URL"], !url.isEmpty, dbPath == nil {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Abort(.internalServerError, reason: "DATABASE_URL must start with postgres:// (got \(url.prefix(20))…)")
            }
            config = AppConfig(storage: .postgres(url))
        } else {
            config = AppConfig(storage: .sqliteFile(dbPath ?? "fangpin.sqlite"))
        }
        config.demo = demo
        if case .sqliteFile(let path) = config.storage {
            let dir = (path as NSString).deletingLastPathComponent
            config.filesDirectory = (dir.isEmpty ? "." : dir) + "/files"
        }
        if let dir = environment["FANGPIN_FILES"], !dir.isEmpty { config.filesDirectory = dir }
        if let n = environment["FANGPIN_MAX_DOCUMENT_MB"].flatMap(Int.init), n > 0 { config.maxDocumentBytes = n * 1024 * 1024 }
        if let n = environment["FANGPIN_DEMO_HOUSEHOLDS"].flatMap(Int.init), n > 0 { config.demoHouseholds = n }
        if let n = environment["FANGPIN_SESSION_IDLE_MINUTES"].flatMap(Int.init), n > 0 { config.sessionIdleSeconds = n * 60 }
        if let n = environment["FANGPIN_LOCKOUT_FAILURES"].flatMap(Int.init), n > 0 { config.lockout.accountFailures = n }
        if let n = environment["FANGPIN_PASSWORD_MIN_LENGTH"].flatMap(Int.init), n >= 6 { config.passwordPolicy.minimumLength = n }
        if environment["FANGPIN_PASSWORD_REQUIRE_SYMBOL"] == "1" { config.passwordPolicy.requiresSymbol = true }
        // Department warnings: the verification period and the rules' amounts (seed values by default).
        if let n = environment["FANGPIN_WARNING_VERIFY_DAYS"].flatMap(Int.init), (1...60).contains(n) { config.warningSettings.verifyWorkingDays = n }
        if let n = environment["FANGPIN_CIVIL_NEW_DAYS"].flatMap(Int.init), (1...3660).contains(n) { config.warningSettings.civilNewStatusDays = n }
        if let v = environment["FANGPIN_WARNING_MEDICAL_AMOUNT"].flatMap(Fixed2.init), v > .zero { config.warningSettings.medicalAmount = v }
        if let n = environment["FANGPIN_WARNING_MEDICAL_PERCENT"].flatMap(Int.init), (1...100).contains(n) { config.warningSettings.medicalSharePercent = n }
        if let v = environment["FANGPIN_WARNING_DISASTER_LOSS"].flatMap(Fixed2.init), v > .zero { config.warningSettings.disasterLoss = v }
        if let n = environment["FANGPIN_API_TOKEN_HOURS"].flatMap(Int.init), n > 0 { config.apiTokenSeconds = n * 3600 }
        if let text = environment["FANGPIN_AUDIT_KEY"], !text.isEmpty {
            config.auditKey = AuditKey.from(text: text)
        } else if config.isPostgres {
            throw Abort(.internalServerError, reason: "在 PostgreSQL 上运行须设置 FANGPIN_AUDIT_KEY（审计日志签名密钥，不存放在数据库中；见 README“备份与恢复”）")
        } else if case .sqliteFile(let path) = config.storage {
            config.auditKey = try AuditKey.file(beside: path)
        }
        if let dir = environment["FANGPIN_BACKUP_DIR"], !dir.isEmpty { config.backups.directory = dir }
        if let t = environment["FANGPIN_BACKUP_TIME"].flatMap(BackupSchedule.minuteOfDay) { config.backups.minuteOfDay = t }
        if let n = environment["FANGPIN_BACKUP_KEEP"].flatMap(Int.init), (1...3650).contains(n) { config.backups.keep = n }
        if let list = environment["FANGPIN_TRUSTED_PROXIES"] { config.trustedProxies = ClientAddress.parseList(list) }
        if let list = environment["FANGPIN_METRICS_ADDRESSES"] { config.metricsAddresses = ClientAddress.parseList(list) }
        switch environment["FANGPIN_ACCESS_LOG"] {
        case "off"?: config.accessLogLevel = nil
        case "debug"?: config.accessLogLevel = .debug
        default: break
        }
        if let n = environment["FANGPIN_LOCKOUT_MINUTES"].flatMap(Int.init), n > 0 { config.lockout.seconds = n * 60 }
        if let text = environment["FANGPIN_TODAY"], !text.isEmpty {
            guard let day = Day(text) else { throw Abort(.internalServerError, reason: "FANGPIN_TODAY 须为日期，如 2027-04-01（现为 \(text.prefix(20))）") }
            config.today = day
        }
        return config
    }
}

/// Options the `fangpin` executable takes before any command: `--db PATH` and `--demo`.
public struct LaunchOptions: Sendable {
    public var dbPath: String?
    public var demo = false
    /// `--migrate`: allow the start-up upgrade of a PostgreSQL database.
    public var migrate = false

    /// Removes the options it knows from `arguments` so Vapor's own commands never see them.
    public static func extract(from arguments: inout [String]) -> LaunchOptions {
        var options = LaunchOptions()
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--demo" {
                options.demo = true
            } else if a == "--migrate" {
                options.migrate = true
            } else if a == "--db", i + 1 < arguments.count {
                options.dbPath = arguments[i + 1]
                i += 1
            } else if a.hasPrefix("--db=") {
                options.dbPath = String(a.dropFirst(5))
            } else {
                out.append(a)
            }
            i += 1
        }
        arguments = out
        return options
    }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }
    public var config: AppConfig {
        get { storage[ConfigKey.self] ?? AppConfig(storage: .sqliteMemory) }
        set { storage[ConfigKey.self] = newValue }
    }
}

extension Request {
    var config: AppConfig { application.config }
}

extension AppConfig {
    /// The database file's path when the storage is a SQLite file.
    package var sqliteFile: String? {
        if case .sqliteFile(let path) = storage { return path }
        return nil
    }
}

/// Failed sign-ins that lock an account, and throttle an address, for a while (SPEC §5).
public struct Lockout: Sendable {
    public var accountFailures = 5
    public var addressFailures = 20
    public var seconds = 15 * 60
    public init() {}
}

/// The public self-report page: reports per address per hour and per ID number per day, status lookups per address per hour.
public struct SelfReportLimits: Sendable {
    public var perAddressPerHour = 5
    public var perIDNumberPerDay = 3
    public var lookupsPerAddressPerHour = 30
    /// Status lookups per ID number per day, from any address (many machines cannot try phones against one number).
    public var lookupsPerIDNumberPerDay = 10
    public init() {}
}
