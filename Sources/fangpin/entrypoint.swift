import App
import Bench
import Demo
import Logging
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        var arguments = CommandLine.arguments
        let options = LaunchOptions.extract(from: &arguments)
        var env = try Environment.detect(arguments: arguments)
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            var config = try AppConfig.load(dbPath: options.dbPath, demo: options.demo)
            // `fangpin` alone serves, as `fangpin serve` does.
            config.runsServer = arguments.count < 2 || arguments[1] == "serve"
            config.migrate = options.migrate || (arguments.count >= 2 && arguments[1] == "migrate")
            try await configure(app, config: config)
            if config.demo {
                try await DemoSetup.ensure(app: app, households: config.demoHouseholds, seed: config.demoSeed)
            }
            registerCommands(app)
            app.asyncCommands.use(DemoCommand(), as: "demo")
            app.asyncCommands.use(BenchCommand(), as: "bench")
            try await app.execute()
        } catch {
            // A failed command (bad option, a broken audit chain, …) ends with its message and exit status 1, not a crash.
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            exit(1)
        }
        try await app.asyncShutdown()
    }
}
