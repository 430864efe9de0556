import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Sets up storage, migrations, middleware and routes. Builds the demo county when asked.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    app.refusals = RefusalThrottle()
    app.clock = AppClock(today: config.today)
    switch config.storage {
    case .sqliteFile(let path):
        // The driver keeps one connection per event loop and runs its statements on the application's thread pool
        // (two threads on a two-core machine). A statement that waits for another process's write lock (a backup,
        // a command) holds its thread; more threads keep the other connections going meanwhile. Writes of this
        // process queue at `WriteGate` and never wait inside the engine.
        app.threadPool = NIOThreadPool(numberOfThreads: max(8, System.coreCount * 2))
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(60)), as: .sqlite)
        // Background jobs (big imports, quality runs) get connections of their own: a long transaction must not hold
        // the connection that an event loop's requests need.
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(60)), as: .jobs, isDefault: false)
    case .sqliteMemory:
        // One in-memory database for both pools (the same identifier).
        let memory = SQLiteConfiguration(storage: .memory)
        app.databases.use(.sqlite(memory), as: .sqlite)
        app.databases.use(.sqlite(memory), as: .jobs, isDefault: false)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = ["public"]
        // Writers wait for row locks while holding their connection; a crowd of them may wait longer than
        // the pool's default 10 s for a connection, so the pool waits a minute before it gives up.
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: Application.postgresConnectionsPerLoop,
                                     connectionPoolTimeout: .seconds(60)), as: .psql)
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 1, connectionPoolTimeout: .seconds(60)), as: .jobs, isDefault: false)
    }
    Migrations.register(on: app)

    app.middleware = .init()
    // Tests answer thousands of requests: their access lines are debug.
    app.middleware.use(RequestMetricsMiddleware(level: app.environment == .testing ? .debug : config.accessLogLevel))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(FangpinErrorMiddleware(environment: app.environment))
    app.middleware.use(WritesMiddleware())

    _ = try await SchemaUpgrade.run(app, config: config)
    if case .sqliteFile = config.storage {
        try await app.db.sql().raw("PRAGMA journal_mode=WAL").run()
    }
    try await app.regions.reload(on: app.db)
    try await app.calendars.reload(on: app.db)
    try await app.policy.reload(on: app.db)
    try await ImportStore.markInterrupted(on: app.db)
    try await AuditLog.beginKeying(on: app.db, key: app.auditKey)

    if config.runsServer, config.backups.directory != nil, config.sqliteFile != nil {
        app.lifecycle.use(BackupLifecycle(settings: config.backups))
    }
    try routes(app)
}

extension Application {
    /// The request pool's connections per event loop on PostgreSQL (SQLite keeps one).
    static let postgresConnectionsPerLoop = 4

    var databasePoolSize: Int { config.isPostgres ? Self.postgresConnectionsPerLoop : 1 }
}

extension DatabaseID {
    /// The pool of background jobs, apart from the requests' pool (same database).
    static let jobs = DatabaseID(string: "jobs")
}

extension Application {
    /// The database as background jobs reach it.
    package var jobsDB: any Database { db(.jobs) }
}

/// Commands beside Vapor's own `serve`.
public func registerCommands(_ app: Application) {
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(CheckCommand(), as: "check")
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(RegistryCommand(), as: "registry")
}
