import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Sets up storage, migrations, middleware and routes. Builds the demo county when asked.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    switch config.storage {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 2), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = ["public"]
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 4), as: .psql)
    }
    Migrations.register(on: app)

    app.middleware = .init()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .debug))
    app.middleware.use(FangpinErrorMiddleware(environment: app.environment))
    app.middleware.use(WritesMiddleware())

    try await app.autoMigrate()
    if case .sqliteFile = config.storage, let sql = app.db as? any SQLDatabase {
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    try await app.regions.reload(on: app.db)
    try await app.calendars.reload(on: app.db)
    try await app.policy.reload(on: app.db)
    try await ImportStore.markInterrupted(on: app.db)

    if config.demo {
        try await DemoSetup.ensure(app: app, households: config.demoHouseholds, seed: config.demoSeed)
    }
    try routes(app)
}

/// Commands beside Vapor's own `serve`.
public func registerCommands(_ app: Application) {
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
}
