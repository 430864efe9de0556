import Domain
import Fluent
import Vapor

/// Policy settings pages: thresholds, the rules' numbers and deadlines (versioned), the working-day calendar.
enum PolicyController {
    @Sendable static func index(req: Request) async throws -> Page {
        let p = try req.require(.viewPolicy)
        var m = try await policyModel(req, p)
        if req.queryText("saved") == "settings" { m.notice = "已保存为第\(m.version.number)版，新的研判和期限自即刻起按此计算。" }
        if req.queryText("saved") == "threshold" { m.notice = "已录入监测范围。" }
        return req.page { PolicyPage.view(m) }
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let p = try req.require(.managePolicy)
        let form = FormBody.fields(req)
        let store = req.policy
        let current = store.current
        let (settings, rules, errors) = PolicyForm.read(form, settings: current.settings, rules: current.rules)
        var m = try await policyModel(req, p)
        m.form = form
        guard errors.isEmpty else {
            m.errors = errors
            return req.page(.unprocessableEntity) { PolicyPage.view(m) }.response()
        }
        guard let basedOn = formVersion(form) else { throw AppError.versionRequired() }
        let note = (form["note"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            _ = try await store.saveSettings(settings, rules: rules, note: note.isEmpty ? "修改研判参数" : note, by: req.auditActor(p), basedOn: basedOn, on: req.db)
        } catch let e as AppError where e.status == .conflict {
            m.errors = [FieldError(field: "version", code: "conflict", message: e.message)]
            return req.page(.conflict) { PolicyPage.view(m) }.response()
        }
        return req.redirect(to: SiteURL.policy + "?saved=settings")
    }

    @Sendable static func addThreshold(req: Request) async throws -> Response {
        let p = try req.require(.managePolicy)
        let form = FormBody.fields(req)
        var (threshold, errors) = PolicyForm.threshold(form, province: String((p.regionScope ?? "").prefix(2)))
        if let threshold {
            do {
                try await req.policy.addThreshold(threshold, by: req.auditActor(p), on: req.db)
                return req.redirect(to: SiteURL.policy + "?saved=threshold")
            } catch let e as PolicyError {
                errors.append(FieldError(field: "effectiveFrom", code: "duplicate", message: e.description))
            }
        }
        var m = try await policyModel(req, p)
        m.thresholdForm = form
        m.thresholdErrors = errors
        return req.page(.unprocessableEntity) { PolicyPage.view(m) }.response()
    }

    /// `GET /policy/regimes/:key`: a regime's content as a form (read-only for those who may only view).
    @Sendable static func regime(req: Request) async throws -> Page {
        let p = try req.require(.viewPolicy)
        let r = try regimeParameter(req)
        let m = try await regimeModel(req, p, r, form: RegimeForm.values(r))
        return req.page { RegimePage.view(m) }
    }

    /// `POST /policy/regimes/:key`: saves the edited content as the regime's next version.
    @Sendable static func saveRegime(req: Request) async throws -> Response {
        let p = try req.require(.managePolicy)
        let current = try regimeParameter(req)
        let form = FormBody.fields(req)
        guard let basedOn = formVersion(form) else { throw AppError.versionRequired() }
        let store = req.policy
        switch RegimeForm.edit(form, regime: current, catalogue: store.regimes.measureCatalogue).applied(to: current, catalogue: store.regimes.measureCatalogue) {
        case .failure(let e):
            var m = try await regimeModel(req, p, current, form: form)
            m.errors = e.errors
            return req.page(.unprocessableEntity) { RegimePage.view(m) }.response()
        case .success(let edited):
            let note = (form["note"] ?? "").trimmingCharacters(in: .whitespaces)
            do {
                let saved = try await store.saveRegime(edited, note: note.isEmpty ? "修改政策内容" : note, by: req.auditActor(p), basedOn: basedOn, on: req.db)
                return req.redirect(to: SiteURL.withNotice(SiteURL.policy, "“\(saved.name)”已保存为第\(saved.version)版", fragment: "regimes"))
            } catch let e as AppError where e.status == .conflict {
                // Someone saved in between: the stored content, not the typed one, with what happened.
                let latest = store.regimes.regime(key: current.key) ?? current
                var m = try await regimeModel(req, p, latest, form: RegimeForm.values(latest))
                m.errors = [FieldError(field: "version", code: "version_conflict", message: e.message)]
                return req.page(.conflict) { RegimePage.view(m) }.response()
            }
        }
    }

    static func regimeParameter(_ req: Request) throws -> PolicyRegime {
        guard let r = req.policy.regimes.regime(key: req.parameters.get("key") ?? "") else { throw AppError.notFound("政策期间") }
        return r
    }

    static func regimeModel(_ req: Request, _ p: Principal, _ r: PolicyRegime, form: [String: String]) async throws -> RegimePage.Model {
        RegimePage.Model(viewer: req.viewer(p), regime: r, catalogue: req.policy.regimes.measureCatalogue,
                         history: try await req.policy.regimeHistory(r.key, on: req.db), canEdit: Permissions.allows(p.role, .managePolicy), form: form)
    }

    static func policyModel(_ req: Request, _ p: Principal) async throws -> PolicyPage.Model {
        let store = req.policy
        let county = p.regionScope.map { String($0.prefix(6)) } ?? req.regions.counties.first?.code ?? ""
        let province = String(county.prefix(2))
        let list = store.thresholds.history(province: province)
        var recorded: [Threshold: (by: String, at: Int64)] = [:]
        for t in list { if let r = store.recorded(t) { recorded[t] = r } }
        var m = PolicyPage.Model(viewer: req.viewer(p), province: province, version: store.current, thresholds: list, recorded: recorded,
                                 history: try await store.history(on: req.db), canEdit: Permissions.allows(p.role, .managePolicy), today: req.today)
        m.regimes = store.regimes.regimes
        for r in m.regimes { if let e = store.regimeEdit(r.key) { m.regimeEdits[r.key] = e } }
        if let text = req.queryText("notice"), !text.isEmpty { m.notice = String(text.prefix(200)) }
        return m
    }

    @Sendable static func calendar(req: Request) async throws -> Page {
        let p = try req.require(.viewPolicy)
        let thisYear = req.today.year
        let year: Int
        if let text = req.queryText("year"), !text.isEmpty {
            guard let y = Int(text), (2000...2100).contains(y) else { throw AppError.badRequest("年份无效：\(text)", field: "year") }
            year = y
        } else {
            year = req.calendar.years[thisYear] != nil ? thisYear : (req.calendar.coverage?.upperBound ?? thisYear)
        }
        var m = model(req, p, year: year)
        if let key = req.queryText("rule"), let text = req.queryText("start") {
            // The procedure's limits are the regime's in force on the start day.
            let rules = Day(text.trimmingCharacters(in: .whitespaces)).map { req.policy.deadlineRules(on: $0) } ?? m.rules
            let rule = rules.first { $0.key == key }
            var answer = CalendarPage.DeadlineAnswer(rule: rule, start: text)
            switch (rule, Day(text.trimmingCharacters(in: .whitespaces))) {
            case (nil, _):
                answer.error = "请选择事项"
            case (_, nil):
                answer.error = "请填写有效的起算日期"
            case (let rule?, let start?):
                do { answer.due = try rule.due(from: start, calendar: req.calendar) } catch let e as CalendarError { answer.error = e.description }
            }
            m.deadline = answer
        }
        return req.page(m.deadline?.error == nil ? .ok : .unprocessableEntity) { CalendarPage.view(m) }
    }

    @Sendable static func saveCalendar(req: Request) async throws -> Response {
        let p = try req.require(.managePolicy)
        let form = FormBody.fields(req)
        let yearText = (form["year"] ?? "").trimmingCharacters(in: .whitespaces)
        let text = form["holidays"] ?? ""
        let source = (form["source"] ?? "").trimmingCharacters(in: .whitespaces)
        func refuse(_ errors: [FieldError], year: Int) -> Response {
            var m = model(req, p, year: year)
            m.formYear = yearText; m.formText = text; m.formSource = source; m.errors = errors
            return req.page(.unprocessableEntity) { CalendarPage.view(m) }.response()
        }
        let fallback = req.calendar.coverage?.upperBound ?? req.today.year
        guard let year = Int(yearText), (2000...2100).contains(year) else {
            return refuse([FieldError(field: "year", code: "range", message: yearText.isEmpty ? "请填写年份" : "年份应为2000至2100之间的整数")], year: fallback)
        }
        if req.calendar.years[year] != nil && form["replace"] != "1" {
            return refuse([FieldError(field: "replace", code: "confirm", message: "\(year)年已有安排；确需更正时请勾选“替换现有安排”后再保存")], year: year)
        }
        switch YearSchedule.parse(year: year, text: text, source: source.isEmpty ? "\(p.username)录入" : source) {
        case .failure(let e):
            return refuse(e.errors, year: year)
        case .success(let schedule):
            try await req.application.calendars.save(schedule, by: req.auditActor(p), on: req.db)
            return req.redirect(to: SiteURL.calendar(year: year) + "&saved=1")
        }
    }

    static func model(_ req: Request, _ p: Principal, year: Int) -> CalendarPage.Model {
        let store = req.application.calendars
        let cal = store.calendar
        var entered: [Int: CalendarStore.Entered] = [:]
        for y in cal.years.keys { if let e = store.enteredYear(y) { entered[y] = e } }
        return CalendarPage.Model(viewer: req.viewer(p), calendar: cal, year: year, entered: entered,
                                  canEdit: Permissions.allows(p.role, .managePolicy),
                                  saved: req.queryText("saved") == "1" ? year : nil, rules: req.policy.deadlineRules(on: req.today))
    }
}
