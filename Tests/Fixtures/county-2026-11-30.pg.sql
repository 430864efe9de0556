-- A county built by 'fangpin serve --demo' on PostgreSQL (FANGPIN_DEMO_HOUSEHOLDS=80, FANGPIN_TODAY=2026-11-30, the audit key
-- of county-2026-11-30.sqlite.audit-key) with the migrations of 2026-11-30; pg_dump --inserts, session settings removed.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)



--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id bigint NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    seq bigint NOT NULL,
    at bigint NOT NULL,
    actor text NOT NULL,
    role text NOT NULL,
    address text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    detail text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: calendar_years; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_years (
    year bigint NOT NULL,
    schedule text NOT NULL,
    source text NOT NULL,
    version bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaigns (
    id text NOT NULL,
    county_code text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    scope_code text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    phases text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: case_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_events (
    id text NOT NULL,
    county_code text NOT NULL,
    case_id text NOT NULL,
    seq bigint NOT NULL,
    action text NOT NULL,
    from_state text NOT NULL,
    to_state text NOT NULL,
    facts text NOT NULL,
    actor text NOT NULL,
    actor_role text NOT NULL,
    at bigint NOT NULL,
    regime text NOT NULL,
    policy_version bigint NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    id text NOT NULL,
    county_code text NOT NULL,
    township_code text NOT NULL,
    village_code text NOT NULL,
    household_id text,
    state text NOT NULL,
    channel text NOT NULL,
    opened_on text NOT NULL,
    opened_at bigint NOT NULL,
    opened_by text NOT NULL,
    reporter_name text,
    reporter_id_number text,
    reporter_phone text,
    reporter_address text,
    difficulty text,
    description text,
    risk_types text,
    category text,
    green_channel boolean NOT NULL,
    enrolled_on text,
    eliminated_on text,
    notice_start text,
    response_due text NOT NULL,
    response_done text,
    decision_due text NOT NULL,
    decision_done text,
    helper_due text,
    helper_done text,
    measures_due text,
    measures_done text,
    regime text NOT NULL,
    policy_version bigint NOT NULL,
    version bigint NOT NULL,
    updated_at bigint NOT NULL,
    informed_on text
);


--
-- Name: changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.changes (
    id text NOT NULL,
    county_code text NOT NULL,
    household_id text NOT NULL,
    member_id text,
    entity text NOT NULL,
    action text NOT NULL,
    version bigint NOT NULL,
    actor text NOT NULL,
    actor_role text NOT NULL,
    at bigint NOT NULL,
    summary text NOT NULL,
    diff text NOT NULL
);


--
-- Name: county_form_rows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.county_form_rows (
    id text NOT NULL,
    county_code text NOT NULL,
    form text NOT NULL,
    fields text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id text NOT NULL,
    county_code text NOT NULL,
    case_id text NOT NULL,
    state text NOT NULL,
    title text NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by text NOT NULL,
    at bigint NOT NULL
);


--
-- Name: duty_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.duty_reports (
    id text NOT NULL,
    duty text NOT NULL,
    unit text NOT NULL,
    period text NOT NULL,
    sent_on text NOT NULL,
    sent_by text NOT NULL,
    sent_at bigint NOT NULL,
    note text
);


--
-- Name: helpers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.helpers (
    id text NOT NULL,
    county_code text NOT NULL,
    name text NOT NULL,
    unit text NOT NULL,
    phone text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: household_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.household_events (
    id text NOT NULL,
    county_code text NOT NULL,
    household_id text NOT NULL,
    member_id text,
    related_household_id text,
    kind text NOT NULL,
    date text NOT NULL,
    note text,
    actor text NOT NULL,
    at bigint NOT NULL
);


--
-- Name: household_helpers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.household_helpers (
    id text NOT NULL,
    county_code text NOT NULL,
    household_id text NOT NULL,
    helper_id text NOT NULL,
    lead boolean NOT NULL,
    assigned_on text NOT NULL,
    ended_on text,
    assigned_by text NOT NULL,
    origin boolean
);


--
-- Name: households; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.households (
    id text NOT NULL,
    county_code text NOT NULL,
    township_code text NOT NULL,
    origin_township_code text,
    code text NOT NULL,
    head_name text,
    head_member_id text,
    member_count bigint NOT NULL,
    net_income bigint,
    per_capita_income bigint,
    version bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    dissolved_at bigint,
    dissolved_reason text,
    village_code text,
    group_name text,
    address text,
    phone text,
    category text,
    lifted_year bigint,
    military_family boolean,
    monitoring_category text,
    monitored_since text,
    risk_types text,
    relocated boolean,
    origin_village_code text,
    housing_grade text,
    housing_area bigint,
    water_quantity boolean,
    water_quality boolean,
    water_convenience boolean,
    water_reliability boolean,
    arable_land bigint,
    forest_land bigint,
    cooperative boolean,
    income_year bigint,
    wage_income bigint,
    production_income bigint,
    production_cost bigint,
    property_income bigint,
    transfer_income bigint,
    claims_income bigint,
    medical_expense bigint,
    education_expense bigint,
    disaster_expense bigint,
    elimination_kind text,
    eliminated_on text
);


--
-- Name: import_rows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_rows (
    id text NOT NULL,
    county_code text NOT NULL,
    import_id text NOT NULL,
    list_type text NOT NULL,
    row_number bigint NOT NULL,
    status text NOT NULL,
    reason text,
    id_number text,
    name text,
    household_id text,
    warning_id text,
    row_key text
);


--
-- Name: imports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports (
    id text NOT NULL,
    county_code text NOT NULL,
    department text NOT NULL,
    list_type text NOT NULL,
    filename text NOT NULL,
    sha256 text NOT NULL,
    encoding text NOT NULL,
    state text NOT NULL,
    total_rows bigint NOT NULL,
    invalid_rows bigint NOT NULL,
    duplicate_rows bigint NOT NULL,
    matched bigint NOT NULL,
    unmatched bigint NOT NULL,
    repeated bigint NOT NULL,
    warnings bigint NOT NULL,
    new_clues bigint NOT NULL,
    merged bigint NOT NULL,
    new_risks bigint NOT NULL,
    message text,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    finished_at bigint
);


--
-- Name: lookback_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lookback_reviews (
    id text NOT NULL,
    campaign_id text NOT NULL,
    village_code text NOT NULL,
    dimension bigint NOT NULL,
    state text NOT NULL,
    note text NOT NULL,
    reviewed_by text NOT NULL,
    reviewed_at bigint NOT NULL
);


--
-- Name: measures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measures (
    id text NOT NULL,
    county_code text NOT NULL,
    household_id text NOT NULL,
    type text NOT NULL,
    kind text NOT NULL,
    risk_types text NOT NULL,
    start_on text NOT NULL,
    end_on text,
    amount bigint,
    unit text NOT NULL,
    state text NOT NULL,
    note text,
    green_channel boolean NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    id text NOT NULL,
    household_id text NOT NULL,
    county_code text NOT NULL,
    version bigint NOT NULL,
    joined_at text,
    joined_event text,
    removed_at text,
    removed_event text,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    id_number text,
    name text,
    sex text,
    birth_date text,
    relation text,
    ethnicity text,
    political_status text,
    phone text,
    mandarin boolean,
    education text,
    schooling text,
    out_of_school_reason text,
    health text,
    disability_grade text,
    disability_category text,
    labour text,
    migrant_work boolean,
    work_place text,
    work_months bigint,
    work_monthly_income bigint,
    public_welfare_post boolean,
    medical_insurance text,
    serious_illness_insurance boolean,
    medical_aid boolean,
    pension_insurance text,
    dibao text,
    tekun text,
    relocated_person boolean
);


--
-- Name: policy_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_versions (
    number bigint NOT NULL,
    settings text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    note text NOT NULL
);


--
-- Name: quality_findings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quality_findings (
    id text NOT NULL,
    county_code text NOT NULL,
    township_code text NOT NULL,
    village_code text NOT NULL,
    household_id text NOT NULL,
    member_key text NOT NULL,
    rule text NOT NULL,
    severity text NOT NULL,
    message text NOT NULL,
    state text NOT NULL,
    opened_at bigint NOT NULL,
    closed_at bigint,
    run_id text NOT NULL
);


--
-- Name: quality_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quality_runs (
    id text NOT NULL,
    county_code text NOT NULL,
    state text NOT NULL,
    households bigint NOT NULL,
    opened bigint NOT NULL,
    closed bigint NOT NULL,
    open_total bigint NOT NULL,
    message text,
    started_by text NOT NULL,
    started_at bigint NOT NULL,
    finished_at bigint
);


--
-- Name: rectification_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rectification_files (
    id text NOT NULL,
    rectification_id text NOT NULL,
    filename text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by text NOT NULL,
    at bigint NOT NULL
);


--
-- Name: rectifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rectifications (
    id text NOT NULL,
    county_code text NOT NULL,
    region_code text NOT NULL,
    source text NOT NULL,
    source_ref text NOT NULL,
    household_id text,
    problem text NOT NULL,
    unit text NOT NULL,
    person text NOT NULL,
    measure text NOT NULL,
    due text NOT NULL,
    state text NOT NULL,
    evidence text,
    closed_by text,
    closed_on text,
    created_by text NOT NULL,
    created_on text NOT NULL
);


--
-- Name: regions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.regions (
    code text NOT NULL,
    county_code text NOT NULL,
    name text NOT NULL,
    level text NOT NULL,
    parent_code text,
    relocation_site boolean NOT NULL,
    relocation_size bigint,
    former_deeply_poor boolean NOT NULL,
    alleviated_village boolean NOT NULL,
    key_village_level text,
    abandoned_mine boolean NOT NULL,
    disaster_area boolean NOT NULL
);


--
-- Name: screening_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.screening_records (
    id text NOT NULL,
    campaign_id text NOT NULL,
    county_code text NOT NULL,
    village_code text NOT NULL,
    household_id text NOT NULL,
    visited_on text NOT NULL,
    visitors text NOT NULL,
    presence text NOT NULL,
    absent_source text,
    facts_changed boolean NOT NULL,
    changes text NOT NULL,
    risks text NOT NULL,
    case_id text,
    note text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: screening_visitors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.screening_visitors (
    record_id text NOT NULL,
    county_code text NOT NULL,
    visitor text NOT NULL,
    visited_on text NOT NULL
);


--
-- Name: thresholds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.thresholds (
    province text NOT NULL,
    effective_from text NOT NULL,
    per_capita bigint NOT NULL,
    basis text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    valid_to text
);


--
-- Name: user_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    kind text NOT NULL,
    csrf text NOT NULL,
    expires_at bigint NOT NULL,
    last_seen bigint NOT NULL,
    created_at bigint NOT NULL,
    label text
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    username text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL,
    scope text NOT NULL,
    display_name text NOT NULL,
    disabled boolean NOT NULL,
    created_at bigint NOT NULL,
    helper_id text
);


--
-- Name: visit_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visit_plans (
    id text NOT NULL,
    county_code text NOT NULL,
    campaign_id text NOT NULL,
    village_code text NOT NULL,
    team text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    households bigint NOT NULL,
    daily_limit bigint NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: warnings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.warnings (
    id text NOT NULL,
    county_code text NOT NULL,
    township_code text NOT NULL,
    village_code text NOT NULL,
    household_id text NOT NULL,
    member_id text NOT NULL,
    import_id text NOT NULL,
    row_number bigint NOT NULL,
    department text NOT NULL,
    list_type text NOT NULL,
    risk_type text NOT NULL,
    reason text NOT NULL,
    evidence text NOT NULL,
    kind text NOT NULL,
    case_id text,
    created_on text NOT NULL,
    due text NOT NULL,
    result text,
    result_note text,
    verified_by text,
    verified_on text,
    scale_risk text
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._fluent_migrations VALUES ('b35f7565-964f-420c-a384-e7a7593f983e', 'App.CreateRegions', 1, '2026-11-30 16:21:28.336633+00', '2026-11-30 16:21:28.336633+00');
INSERT INTO public._fluent_migrations VALUES ('9517131a-f662-41ad-b7ef-9a701febeb3a', 'App.CreateHouseholds', 1, '2026-11-30 16:21:28.3557+00', '2026-11-30 16:21:28.3557+00');
INSERT INTO public._fluent_migrations VALUES ('42f98cc7-7648-4921-ab69-c5f5c7e58347', 'App.CreateMembers', 1, '2026-11-30 16:21:28.366932+00', '2026-11-30 16:21:28.366932+00');
INSERT INTO public._fluent_migrations VALUES ('7e69b4df-0b0a-4c37-9274-b881dfd777b3', 'App.CreateChanges', 1, '2026-11-30 16:21:28.37537+00', '2026-11-30 16:21:28.37537+00');
INSERT INTO public._fluent_migrations VALUES ('c69af9b5-c884-43c0-97c8-de08fa07a009', 'App.CreateHouseholdEvents', 1, '2026-11-30 16:21:28.382114+00', '2026-11-30 16:21:28.382114+00');
INSERT INTO public._fluent_migrations VALUES ('bc7d5bf9-34d8-4bdb-afa0-afd8aa4a182d', 'App.CreateUsers', 1, '2026-11-30 16:21:28.387602+00', '2026-11-30 16:21:28.387602+00');
INSERT INTO public._fluent_migrations VALUES ('8c35b4f1-a779-48f4-9155-72af60be82c1', 'App.CreateUserTokens', 1, '2026-11-30 16:21:28.394341+00', '2026-11-30 16:21:28.394341+00');
INSERT INTO public._fluent_migrations VALUES ('74cfe735-320b-4be4-9139-632fdb3bbc0d', 'App.AddTokenLabel', 1, '2026-11-30 16:21:28.398246+00', '2026-11-30 16:21:28.398246+00');
INSERT INTO public._fluent_migrations VALUES ('75098a16-ecc7-4858-9c97-3c3bed6d464c', 'App.AddEliminationFields', 1, '2026-11-30 16:21:28.403028+00', '2026-11-30 16:21:28.403028+00');
INSERT INTO public._fluent_migrations VALUES ('a1501bc7-4b57-4a78-86d0-67f9ce77c0d8', 'App.CreateCases', 1, '2026-11-30 16:21:28.419721+00', '2026-11-30 16:21:28.419721+00');
INSERT INTO public._fluent_migrations VALUES ('08cb9d89-ddaa-4b03-907e-719d211de0b3', 'App.CreateAssistance', 1, '2026-11-30 16:21:28.435311+00', '2026-11-30 16:21:28.435311+00');
INSERT INTO public._fluent_migrations VALUES ('e89ff060-9e2c-4918-9d65-d76b8613686d', 'App.CreateDocuments', 1, '2026-11-30 16:21:28.44259+00', '2026-11-30 16:21:28.44259+00');
INSERT INTO public._fluent_migrations VALUES ('5ff372bb-8a5e-4601-8440-aa834fac6026', 'App.CreateImports', 1, '2026-11-30 16:21:28.464583+00', '2026-11-30 16:21:28.464583+00');
INSERT INTO public._fluent_migrations VALUES ('0a9cfd12-2f1c-4919-9433-42bc5f4a28e0', 'App.CreateQuality', 1, '2026-11-30 16:21:28.476297+00', '2026-11-30 16:21:28.476297+00');
INSERT INTO public._fluent_migrations VALUES ('1c9cf8c0-b1e1-4193-8891-2c92531b47eb', 'App.CreateCalendarYears', 1, '2026-11-30 16:21:28.481367+00', '2026-11-30 16:21:28.481367+00');
INSERT INTO public._fluent_migrations VALUES ('68eabca1-a241-449f-aa3d-253bde174b0c', 'App.CreatePolicyTables', 1, '2026-11-30 16:21:28.489453+00', '2026-11-30 16:21:28.489453+00');
INSERT INTO public._fluent_migrations VALUES ('33da71e7-b156-488f-b031-10d5079af3a5', 'App.CreateAuditLog', 1, '2026-11-30 16:21:28.503434+00', '2026-11-30 16:21:28.503434+00');
INSERT INTO public._fluent_migrations VALUES ('e1216e5a-8304-4207-9260-bde45df5fea9', 'App.AddUserHelperLink', 1, '2026-11-30 16:21:28.506587+00', '2026-11-30 16:21:28.506587+00');
INSERT INTO public._fluent_migrations VALUES ('365f39ed-e2b0-429e-8f5f-e52b06b34081', 'App.CreateScreening', 1, '2026-11-30 16:21:28.533737+00', '2026-11-30 16:21:28.533737+00');
INSERT INTO public._fluent_migrations VALUES ('0cff5d24-673d-4a0b-9a38-24b21d3e8d3f', 'App.AddReportIndexes', 1, '2026-11-30 16:21:28.538963+00', '2026-11-30 16:21:28.538963+00');
INSERT INTO public._fluent_migrations VALUES ('20ed7707-98ff-4bc0-9a46-448af1dfcebf', 'App.CreateCountyForms', 1, '2026-11-30 16:21:28.544953+00', '2026-11-30 16:21:28.544953+00');
INSERT INTO public._fluent_migrations VALUES ('bce4a911-c5b7-482f-bbc2-6ee66aeb1d86', 'App.AddWarningScaleRisk', 1, '2026-11-30 16:21:28.551831+00', '2026-11-30 16:21:28.551831+00');
INSERT INTO public._fluent_migrations VALUES ('05336e54-1876-4e12-baf2-37f44cdd0d91', 'App.AddMeasureVersion', 1, '2026-11-30 16:21:28.555684+00', '2026-11-30 16:21:28.555684+00');
INSERT INTO public._fluent_migrations VALUES ('03de274b-bdc2-4a10-adf2-228ae8edfe1f', 'App.AddThresholdValidTo', 1, '2026-11-30 16:21:28.558446+00', '2026-11-30 16:21:28.558446+00');
INSERT INTO public._fluent_migrations VALUES ('683100ed-71e8-4fdb-b415-b776c8517f40', 'App.CreateDutyReports', 1, '2026-11-30 16:21:28.564521+00', '2026-11-30 16:21:28.564521+00');
INSERT INTO public._fluent_migrations VALUES ('95ffdc0d-c340-4ef5-96aa-e74d2851f4a3', 'App.AddCaseInformedOn', 1, '2026-11-30 16:21:28.568574+00', '2026-11-30 16:21:28.568574+00');
INSERT INTO public._fluent_migrations VALUES ('a270836d-e557-4371-afe3-1da5931242cd', 'App.AddHelperOrigin', 1, '2026-11-30 16:21:28.571738+00', '2026-11-30 16:21:28.571738+00');
INSERT INTO public._fluent_migrations VALUES ('aeaa6ecb-fb28-4f43-b0f1-8d6e26501487', 'App.CreateRectificationFiles', 1, '2026-11-30 16:21:28.578648+00', '2026-11-30 16:21:28.578648+00');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head VALUES (1, 6, 'd3da4639006a79221b1f54a0c6556385a28661c5601bdbf891940f5bd0b09fa6');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_log VALUES (1, 1796055688, '系统', 'system', '', 'audit.keying', 'audit', '', '{"note":"自本条起，审计记录以密钥签名（HMAC-SHA256）"}', '0000000000000000000000000000000000000000000000000000000000000000', '63c91ec0b734f7c8a913a7f09068d001d3402b6571ce5033c751366ef81dd6c9');
INSERT INTO public.audit_log VALUES (2, 1796055689, '演示数据', 'system', '', 'policy.threshold', 'threshold', '45/2022-01-01', '{"basis":"演示数据：参照河北省7300元，非本省正式标准，请按本省文件更正","perCapita":"7300.00","validTo":null}', '63c91ec0b734f7c8a913a7f09068d001d3402b6571ce5033c751366ef81dd6c9', '068dd2a8965dfefbabefca07fcb520a369a043cd4e28948b215fc30c631297f8');
INSERT INTO public.audit_log VALUES (3, 1796055689, '演示数据', 'county-admin', '', 'import.apply', 'import', 'b9d80143-6982-488e-b778-edf35da3a535', '{"file":"演示-emergency.disaster.csv","listType":"emergency.disaster","newClues":15,"rows":15,"sha256":"9b60487f8fd083af8a140c6dba61cbcebb3c4fd535a0acdf1acb8929da4e5310","warnings":15}', '068dd2a8965dfefbabefca07fcb520a369a043cd4e28948b215fc30c631297f8', 'aa6bd6fbc335131bde1437078701f4da75c0d86a92bf3fc09e40ef6fac7d9756');
INSERT INTO public.audit_log VALUES (4, 1796055689, '演示数据', 'county-admin', '', 'import.apply', 'import', '28079d16-3165-46fc-9016-782f0ebebc19', '{"file":"演示-agri.industry.csv","listType":"agri.industry","newClues":4,"rows":4,"sha256":"c52a5d2d96f09be01d7db2b3bf3abd6393485dd55f38c20c452cdea70e3c6a2b","warnings":4}', 'aa6bd6fbc335131bde1437078701f4da75c0d86a92bf3fc09e40ef6fac7d9756', '82674ec1a4e651ee007995092d7f263eda81dcec6b42f9d561b9e4ae629c925c');
INSERT INTO public.audit_log VALUES (5, 1796055689, '演示数据', 'county-admin', '', 'import.apply', 'import', '25203fef-e003-448a-9406-b0519845423c', '{"file":"演示-hr.unemployment.csv","listType":"hr.unemployment","newClues":0,"rows":7,"sha256":"a7db75b65923c7fac1d61eb31b1c3641d910c1bc7d876eb4271844dcf9af241a","warnings":7}', '82674ec1a4e651ee007995092d7f263eda81dcec6b42f9d561b9e4ae629c925c', 'a93a212828341aede0f529d213dcccbc819b225b3bdba8e4f098e627fbf045ba');
INSERT INTO public.audit_log VALUES (6, 1796055689, '演示数据', 'system', '', 'quality.run', 'quality', '1c02f8be-e151-4aec-b8f4-36c3e8d3344b', '{"closed":0,"households":80,"new":81,"open":81}', 'a93a212828341aede0f529d213dcccbc819b225b3bdba8e4f098e627fbf045ba', 'd3da4639006a79221b1f54a0c6556385a28661c5601bdbf891940f5bd0b09fa6');


--
-- Data for Name: calendar_years; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: campaigns; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.campaigns VALUES ('f205aa1c-8d7c-4092-af19-d635f24647c6', '450224', 'monthly', '2026年11月常态化排查', '450224', '2026-11-01', '2026-11-30', '[]', '演示数据', 1796055689);
INSERT INTO public.campaigns VALUES ('b838507d-905f-40d2-b7c0-779c06d73bfd', '450224', 'lookBack', '2026年防返贫集中排查“回头看”', '450224', '2026-11-01', '2026-11-30', '[{"to":"2026-11-15","from":"2026-11-01","name":"乡镇自查整改"},{"to":"2026-11-30","from":"2026-11-16","name":"县级抽查督查"}]', '演示数据', 1796055689);


--
-- Data for Name: case_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_events VALUES ('1de27330-9f29-47d0-9632-d996774568a3', '450224', 'b1765040-4a4a-4ee3-81eb-5a7e090463e5', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失6000.00元","list":"受灾人员及损失名单","member":"蒙斌伟（450225********6693）","row":"第2行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('0146f39e-ef35-4dcb-ab34-9a16d5615d47', '450224', 'b5d4dfd6-716b-4667-a2ca-a5a5a776793b', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失6700.00元","list":"受灾人员及损失名单","member":"刘兰秀（450224********8321）","row":"第3行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('ff484ec2-7db7-46e6-8476-0b2e3a9db9d6', '450224', 'f78a3480-2882-404a-a0a9-a5c578cc7358', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失7400.00元","list":"受灾人员及损失名单","member":"曾光杰（450224********2691）","row":"第4行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('bd36ab2e-5d65-4a48-8d13-1acbf8c16fbb', '450224', 'aa318a25-306c-4052-8825-91dc8b3643a2', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失8100.00元","list":"受灾人员及损失名单","member":"谢宏（450224********3837）","row":"第5行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('27bb03d8-35c8-4288-81ef-9d74f2ffb05a', '450224', 'edc7de1b-2bb3-40ab-bd7d-a77017913a0e', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失8800.00元","list":"受灾人员及损失名单","member":"张平波（450224********0792）","row":"第6行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('a9d1e6a7-7098-4cc0-967c-1a539f109e22', '450224', '94e9d4ef-6801-4b0f-8b57-6a394cc9d23f', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失9500.00元","list":"受灾人员及损失名单","member":"韦德（450224********5314）","row":"第7行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('70dec5e2-e10a-495a-9365-51b395e9c386', '450224', '635a9d5c-3e81-4656-878e-6b8e9e08c836', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失10200.00元","list":"受灾人员及损失名单","member":"陈成强（450224********113X）","row":"第8行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('2e621207-5286-457a-914c-79a28d8ffac6', '450224', '9808b9d5-e0d4-4424-9964-2ec61932b233', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失10900.00元","list":"受灾人员及损失名单","member":"廖春海（450224********2530）","row":"第9行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('c15783e8-4567-454a-8122-dbaaec3baaa9', '450224', '42871e48-8dfe-4912-87e3-fde35e7fc388', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失11600.00元","list":"受灾人员及损失名单","member":"廖国（450224********5336）","row":"第10行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('49e1be24-fc18-41dd-9967-a16da3b32422', '450224', '8106ed0d-a5a2-4459-862a-b35cd26df92d', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失12300.00元","list":"受灾人员及损失名单","member":"胡明林（450224********9192）","row":"第11行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('b3ab5e53-be00-4581-99d7-a76a8d27e951', '450224', '4acf1cdc-253c-45be-bee9-ed50268579e0', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"洪涝损失13000.00元","list":"受灾人员及损失名单","member":"吴强明（450224********8576）","row":"第12行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('61a9432d-f6df-4621-93ad-32411a8f0606', '450224', 'ef6d3a54-76c0-4010-a85e-88282ee6caf1', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"疫情损失5200.00元","list":"受灾人员及损失名单","member":"赵杰刚（450224********1035）","row":"第13行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('9e6fe70d-1998-4250-9387-72776680d20e', '450224', '2b4e332c-0b51-4883-840e-4a0141e932f0', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"疫情损失5200.00元","list":"受灾人员及损失名单","member":"张勇伟（450224********0950）","row":"第14行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('a862339f-c18e-48e0-bb7d-8f0af1d13a86', '450224', 'd4dbb19b-1b46-44c1-ae6e-c39380205144', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"疫情损失5200.00元","list":"受灾人员及损失名单","member":"贾福（450224********2856）","row":"第15行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('c4fd30f9-873b-4f83-a65f-cc9ff14e82c8', '450224', 'b9f0d692-545f-4a17-a34f-1c608ff91a5e', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"应急管理局","description":"疫情损失5200.00元","list":"受灾人员及损失名单","member":"梁文伟（450224********295X）","row":"第16行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('ef136445-6c75-421d-b1d0-2eb3f7c14762', '450224', '0476c82d-8109-4d94-8fef-fc8710585eb0', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"农业农村局","description":"肉牛养殖合作社失败（市场价格下跌），损失18000.00元","list":"产业项目失败名单","member":"陈伟成（450224********0311）","row":"第2行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('d260e0fb-df5e-46e3-ad8b-208455d56188', '450224', '7740805e-65fb-4831-b125-2330e9e097f9', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"农业农村局","description":"肉牛养殖合作社失败（市场价格下跌），损失18500.00元","list":"产业项目失败名单","member":"林文志（450224********1475）","row":"第3行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('a4587b9b-eabe-4e87-bc43-acc7ad5dccc5', '450224', 'b12b2de9-ca60-4dd5-aee1-9847db2051ac', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"农业农村局","description":"肉牛养殖合作社失败（市场价格下跌），损失19000.00元","list":"产业项目失败名单","member":"覃雪云（450226********8827）","row":"第4行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('194b2657-b99f-40a0-ab3e-9c9c0cfe0df4', '450224', 'b7c954e9-0c25-4abf-aa05-07d1bed96cc7', 1, 'open', 'clue', 'clue', '{"channel":"部门筛查预警","department":"农业农村局","description":"肉牛养殖合作社失败（市场价格下跌），损失19500.00元","list":"产业项目失败名单","member":"龙婷（450224********0566）","row":"第5行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('a0330dbd-801c-4ee0-8351-9df8609bc602', '450224', 'b5d4dfd6-716b-4667-a2ca-a5a5a776793b', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"刘兰秀（450224********8321）","row":"第2行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('57f0d7b3-20a8-4502-b3cf-4d106eb03c63', '450224', 'f78a3480-2882-404a-a0a9-a5c578cc7358', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"曾光杰（450224********2691）","row":"第3行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('e7ae8bff-bc9a-4496-a572-7a4ac8db5432', '450224', 'aa318a25-306c-4052-8825-91dc8b3643a2', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"谢宏（450224********3837）","row":"第4行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('b74e0cd9-648e-48f3-a395-6271026e7c64', '450224', 'edc7de1b-2bb3-40ab-bd7d-a77017913a0e', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"张平波（450224********0792）","row":"第5行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('e0be82b3-687b-4c0d-ac44-3180352ab27c', '450224', '94e9d4ef-6801-4b0f-8b57-6a394cc9d23f', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"韦德（450224********5314）","row":"第6行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('f4899fdf-500e-4ef6-a9f9-a45ea91c1c08', '450224', '635a9d5c-3e81-4656-878e-6b8e9e08c836', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"陈成强（450224********113X）","row":"第7行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);
INSERT INTO public.case_events VALUES ('0d11c9e5-1336-4829-8671-9b1bbade503d', '450224', '9808b9d5-e0d4-4424-9964-2ec61932b233', 2, 'merge', 'clue', 'clue', '{"channel":"部门筛查预警","department":"人力资源和社会保障局","description":"务工返乡","list":"失业登记及返乡人员名单","member":"廖春海（450224********2530）","row":"第8行"}', '演示数据', 'county-admin', 1796055689, '2026-regular', 0);


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES ('b1765040-4a4a-4ee3-81eb-5a7e090463e5', '450224', '450224100', '450224100001', '019b76da-a8f6-7944-859a-2c949ec7c45b', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失6000.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('b5d4dfd6-716b-4667-a2ca-a5a5a776793b', '450224', '450224100', '450224100004', '019b76da-a826-7429-bfbd-0ec3e6031a71', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失6700.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('f78a3480-2882-404a-a0a9-a5c578cc7358', '450224', '450224100', '450224100004', '019b76da-a85c-7c2c-a02a-74548b2ad13b', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失7400.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('aa318a25-306c-4052-8825-91dc8b3643a2', '450224', '450224100', '450224100004', '019b76da-a86f-73fe-91e9-d024552c49d8', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失8100.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('edc7de1b-2bb3-40ab-bd7d-a77017913a0e', '450224', '450224100', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失8800.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('94e9d4ef-6801-4b0f-8b57-6a394cc9d23f', '450224', '450224100', '450224100004', '019b76da-a888-7437-9906-6b96e188a1dd', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失9500.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('635a9d5c-3e81-4656-878e-6b8e9e08c836', '450224', '450224100', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失10200.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('9808b9d5-e0d4-4424-9964-2ec61932b233', '450224', '450224100', '450224100004', '019b76da-a95d-7545-a7f6-f378462ee2a5', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失10900.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('42871e48-8dfe-4912-87e3-fde35e7fc388', '450224', '450224100', '450224100207', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失11600.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('8106ed0d-a5a2-4459-862a-b35cd26df92d', '450224', '450224100', '450224100209', '019b76da-a93b-794f-95ce-cda86ff4901d', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失12300.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('4acf1cdc-253c-45be-bee9-ed50268579e0', '450224', '450224100', '450224100212', '019b76da-a817-7521-8e8a-9901b725b43c', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '洪涝损失13000.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('ef6d3a54-76c0-4010-a85e-88282ee6caf1', '450224', '450224101', '450224101202', '019b76da-a840-783e-b2f5-d779cd688ce8', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '疫情损失5200.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('2b4e332c-0b51-4883-840e-4a0141e932f0', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '疫情损失5200.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('d4dbb19b-1b46-44c1-ae6e-c39380205144', '450224', '450224101', '450224101204', '019b76da-a863-7cda-a89a-95e3785d783a', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '疫情损失5200.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('b9f0d692-545f-4a17-a34f-1c608ff91a5e', '450224', '450224101', '450224101204', '019b76da-a8ae-7af3-87a7-1355761379e2', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '应急管理局', NULL, NULL, NULL, NULL, 'disaster', '疫情损失5200.00元', 'disaster', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('0476c82d-8109-4d94-8fef-fc8710585eb0', '450224', '450224101', '450224101207', '019b76da-a8c9-79a2-889e-9246c604ed80', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '农业农村局', NULL, NULL, NULL, NULL, 'industry', '肉牛养殖合作社失败（市场价格下跌），损失18000.00元', 'industryFailure', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('7740805e-65fb-4831-b125-2330e9e097f9', '450224', '450224101', '450224101209', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '农业农村局', NULL, NULL, NULL, NULL, 'industry', '肉牛养殖合作社失败（市场价格下跌），损失18500.00元', 'industryFailure', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('b12b2de9-ca60-4dd5-aee1-9847db2051ac', '450224', '450224101', '450224101209', '019b76da-a947-7aa5-9865-d5d470b4a8c0', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '农业农村局', NULL, NULL, NULL, NULL, 'industry', '肉牛养殖合作社失败（市场价格下跌），损失19000.00元', 'industryFailure', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);
INSERT INTO public.cases VALUES ('b7c954e9-0c25-4abf-aa05-07d1bed96cc7', '450224', '450224101', '450224101210', '019b76da-a932-7f2a-b5c0-9580075a1a7c', 'clue', 'departmentWarning', '2026-12-01', 1796055689, '农业农村局', NULL, NULL, NULL, NULL, 'industry', '肉牛养殖合作社失败（市场价格下跌），损失19500.00元', 'industryFailure', NULL, false, NULL, NULL, NULL, '2026-12-08', NULL, '2026-12-16', NULL, NULL, NULL, NULL, NULL, '2026-regular', 0, 1, 1796055689, NULL);


--
-- Data for Name: changes; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: county_form_rows; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: duty_reports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.duty_reports VALUES ('d2673cc2-b350-4da6-92a3-d17e7d1aaf94', 'measures.quarterly', '450224', '2026Q3', '2026-10-13', '演示数据', 1791849600, '演示数据');
INSERT INTO public.duty_reports VALUES ('8d6611b4-6c3b-4765-8386-3acf8b8c31f5', 'township.report', '450224100', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('c5fcf6e9-e308-4e00-a102-8d220bbf7eca', 'township.report', '450224101', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('d2814296-8e9e-44d0-b252-8a7dd4e073af', 'township.report', '450224102', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('bfa2e2bc-9454-4b17-bfe6-ccec9ada4f3d', 'township.report', '450224103', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('f2b3fae0-6bd1-4f36-8e72-37cb1e897f02', 'township.report', '450224104', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('86b1a5c4-22cf-4f4d-b22c-18be6f8284ad', 'township.report', '450224105', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('bdd3f032-2287-4573-828d-ab241e88c031', 'township.report', '450224200', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('8b3f2f65-e7a9-46de-93bc-4ea4995fb361', 'township.report', '450224201', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('039345e5-221c-4fbe-a8aa-0c7597b11eaf', 'township.report', '450224202', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('714fb63c-02fa-41b9-a8ba-a0216d706555', 'township.report', '450224203', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('13d50ff7-fc20-420f-9c7c-885fa500e9db', 'township.report', '450224204', '2026-10', '2026-11-18', '演示数据', 1794960000, '演示数据');
INSERT INTO public.duty_reports VALUES ('f56ce405-97a5-48d9-bcdb-32a747dd74be', 'county.report', '450224', '2026-10', '2026-11-24', '演示数据', 1795478400, '演示数据');


--
-- Data for Name: helpers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.helpers VALUES ('95f5d903-39f8-49ed-86f3-cd3c2271e95e', '450224', '韦英', '县供电公司', '13946340616', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0f2c8422-d55d-468c-9c99-e6411de16158', '450224', '莫平敏', '县供电公司', '13914643317', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('d5de24aa-dc2f-4f14-ad43-94e9cc75629f', '450224', '马志文', '镇卫生院', '13915310309', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0ea51fd4-7ee4-4e94-a5da-92a175e6a3e3', '450224', '黄英伟', '县住建局', '13968139040', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('fa741b87-699d-4669-976f-49ad7c5ed7a4', '450224', '朱海', '镇政府', '13946736541', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('9a60c96a-e025-4fc1-9718-42384ac82e6c', '450224', '刘丽志', '镇卫生院', '13989339811', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('91855c0f-0e05-491a-ba34-9323efdf4d3e', '450224', '陈芳', '县人社局', '13991143928', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('094d112b-a7b5-487f-bf77-e2556929e9c2', '450224', '覃明', '镇政府', '13929234577', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a14808c4-5ae1-45e7-9f03-b755b90ddf19', '450224', '杨敏', '县供电公司', '13960968834', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('787c71c3-e5d5-4bab-a95d-8e7d62be5155', '450224', '杨文春', '县住建局', '13924419469', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4fa49fa1-3404-4d84-b5cf-76ebffd4d3c6', '450224', '韦芳', '县民政局', '13954224239', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1343d1ee-51df-4268-afbf-4be1b768ac31', '450224', '王敏', '县人社局', '13999324188', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('fa2d5ee6-6f5b-463d-b9b6-75987c68a69e', '450224', '孙勇海', '镇政府', '13989391458', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8a673050-ebe7-4d9d-8d64-4c6c9d7d015b', '450224', '罗志', '镇政府', '13950227659', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8eeef443-70ac-415e-9e78-78e768f41467', '450224', '周英静', '县供电公司', '13946303823', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('dd8dca5f-05e5-4c53-8d91-566d7432f6a4', '450224', '胡秀', '县医保局', '13943943378', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('22381488-e930-45b1-8dc6-e94c850b7182', '450224', '覃勇海', '镇卫生院', '13958029710', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('600cd463-2952-4673-aace-91b8c870f88d', '450224', '赵伟秀', '镇政府', '13998618225', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('b0991fa7-5e1b-49b7-849a-debd084b0375', '450224', '李玉', '县住建局', '13977942955', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('984417e5-6905-4fdf-9303-75258b54c10f', '450224', '黄平兰', '县住建局', '13950841796', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1f9534a4-4f4c-41ce-9dd3-a235a069422b', '450224', '吴兰', '镇政府', '13956034131', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('55bc85cf-88b2-4bad-85ce-e1d296bd15ae', '450224', '朱平静', '县农业农村局', '13949237045', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('dab3ae14-0e75-43b6-91d1-8319d6f794fa', '450224', '林春强', '镇政府', '13964171096', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a27b6d9e-3205-4dc4-aa23-edeee53c8316', '450224', '刘红华', '镇卫生院', '13987549744', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('fe6b34f2-5a8e-40cf-9a6e-7ad3ed5b27cc', '450224', '胡志兰', '镇政府', '13939231074', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1efc2784-274d-49da-83bc-e3f649232d57', '450224', '黄秀文', '县农商银行', '13959272686', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('badde3de-c60b-40cc-a60c-f6ebf065678f', '450224', '林兰', '县住建局', '13935648574', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1efa7c01-3f75-4209-95c0-d9bca40c9fa6', '450224', '徐丽兰', '县人社局', '13950243910', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('fc8d379f-ff74-4eb0-83a3-3fa6a59da8ca', '450224', '赵静静', '县教育局', '13907717079', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a2b98a8c-9530-4a04-944b-3afc4f9de29e', '450224', '郭英勇', '县医保局', '13935627080', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('51462327-527a-4e86-af4d-38491ac4d16a', '450224', '蓝伟文', '县农业农村局', '13961486816', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('28ff5b2d-4a18-466f-a02d-3c0995ba0ae6', '450224', '王静强', '县供电公司', '13966457740', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('de500804-1673-46dd-92f6-5040a9c7bb8b', '450224', '王静', '镇卫生院', '13906937627', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8f0883f4-cf48-4ff4-8ff5-359d6d0b6bae', '450224', '何兰', '县住建局', '13956282978', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('b3cd96f0-1ba4-4049-bb4a-c3a2daf63c33', '450224', '覃红', '县医保局', '13914853640', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1459eacd-0489-4702-9629-3a94031df5ff', '450224', '吴建芳', '县农商银行', '13919323999', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('017c220a-e2a3-4366-b230-af9a35d78d9d', '450224', '韦强', '县农业农村局', '13905293205', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('3ce5aed2-0733-4842-b524-bd4871ca07ad', '450224', '王国', '县农业农村局', '13947697961', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('2bfdd6a8-4ea6-4161-a8aa-b5441d3c0f1f', '450224', '何兰敏', '镇政府', '13906805179', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('5f630521-94ad-4402-81bf-86fcc0a9251c', '450224', '张强', '镇政府', '13913437024', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('d7079199-a908-4607-9a68-f5fc16e22625', '450224', '李伟红', '县教育局', '13930956521', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('153f3650-3025-437e-9a1b-31b328c163a1', '450224', '郭军秀', '县人社局', '13915065268', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('e98857f7-88f8-47ca-81c0-c057fd18a055', '450224', '胡英兰', '县住建局', '13918207440', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('51198f4d-2813-46d7-b7f1-cddb014d4399', '450224', '马芳强', '县教育局', '13903951100', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('354c8135-1d17-4b7e-9ee3-d9ebb15eda1f', '450224', '杨伟', '县农商银行', '13914332740', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('43f1d9a1-f906-4bba-bbf4-0b4533bfcfd9', '450224', '林华', '县供电公司', '13960186202', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('fd57f4b5-f978-4087-a1b3-09466deda488', '450224', '周敏', '镇卫生院', '13906639389', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0e29dee3-f9f8-4da8-9c45-368d235b425b', '450224', '蓝勇', '镇政府', '13989734177', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('eddedd03-6e66-4578-8b35-4363b5de1941', '450224', '赵静英', '县医保局', '13988648328', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1fa6ba66-78e0-4318-9eaf-91218ff6750e', '450224', '张志建', '镇卫生院', '13941393811', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0a5f9b57-d0df-4d01-83c5-3d36aedd17b1', '450224', '王春', '县供电公司', '13904810304', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('70963da0-7e26-4d66-ba48-d3ddde821b69', '450224', '朱明', '县农业农村局', '13964050877', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('c740259f-5621-4fcf-a472-15de3055e522', '450224', '胡勇', '县医保局', '13973812395', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('207a893f-553f-45e9-af5f-9ceb1a420128', '450224', '蓝伟', '县农业农村局', '13941329784', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('14ef9371-3c2c-4194-8d37-b29ae838fabc', '450224', '王军', '县农商银行', '13977612628', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('163cdd10-16b3-46a1-8254-73c57571b272', '450224', '何英', '县供电公司', '13964866598', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('e2a20ae2-c1d6-48f0-b23c-1670119f679e', '450224', '黄平志', '镇卫生院', '13906587357', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('91627fa9-aab2-4f6b-afa9-54b91f92abd4', '450224', '覃平', '县人社局', '13972731663', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('edfcf3be-f775-4480-b973-52503fb83886', '450224', '陈文秀', '县住建局', '13929689999', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('b6a474a2-4316-4cd0-9b7e-30351dcff5db', '450224', '朱华芳', '镇政府', '13914436807', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a9ad32a9-2530-4cfa-b946-6271158fc85c', '450224', '徐华静', '县供电公司', '13995977518', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('347698ed-eef9-44c1-a41f-c96b51990d84', '450224', '马建', '县农业农村局', '13951190449', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4a3437e8-3f0e-4b67-85f9-584a862bdb27', '450224', '何敏国', '县农业农村局', '13925609549', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1e9d4539-8485-467e-b87c-d350768246dc', '450224', '胡静', '县人社局', '13929125819', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('53527ff2-f55f-4cf5-851d-73eb1353cfeb', '450224', '林平', '县农商银行', '13952860080', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7b712bd3-9bfb-44fe-9dc8-ef126ae7a3c9', '450224', '覃明建', '县教育局', '13954914164', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('44b07d5d-577c-4e4c-b367-2b14a0b26bba', '450224', '李文', '县教育局', '13967669042', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('164062e8-407b-44a0-b070-86b0d19f6d57', '450224', '罗伟芳', '县人社局', '13951338440', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4f5a626b-b2b0-4e47-b25c-9fd58a9ac314', '450224', '蓝兰敏', '县教育局', '13953958767', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('b6737806-9bbe-435a-aeab-6643eb455e15', '450224', '何建红', '县农商银行', '13901794329', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4f65d814-48a6-4d63-bfb1-dff45fb18dad', '450224', '刘强', '县教育局', '13973810465', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('da7c3969-4039-425d-8325-0cfaafc390a9', '450224', '胡海', '县农商银行', '13900178484', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('30239d8a-6ad3-4684-b4e3-8a7f56ac6819', '450224', '陈海国', '县供电公司', '13914094185', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('ab500bf7-890a-4791-a034-530517edfacf', '450224', '蓝平', '县教育局', '13976399093', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('bc1e6ca6-04f7-46f0-8768-c8e299399415', '450224', '杨红文', '县教育局', '13993422590', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('43772c54-1404-4393-a0ef-44bf718cfdb1', '450224', '周国', '镇卫生院', '13981623794', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('2063bcd3-0ff1-4816-b451-79c97cf8c9c3', '450224', '陈文', '县人社局', '13957829004', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('c7c68b42-29c5-451d-ad70-b59a1b619a04', '450224', '王建志', '县民政局', '13967110618', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('111f1383-1220-47d6-9975-9ecdc5ed2c4b', '450224', '罗伟勇', '县农商银行', '13937469951', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('9a99fc3a-2c8a-4eac-a215-ca9794f9d0eb', '450224', '徐兰', '县农商银行', '13927093370', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('9b4fc5a3-dd3c-4d4a-bc9f-68cb01cbf9da', '450224', '吴春', '县人社局', '13960703170', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4af6caa5-13ce-4e1c-98fe-bc89c3421bbb', '450224', '李华秀', '县人社局', '13996265879', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('d85c522c-adc3-44af-b2d0-690ae17a4807', '450224', '张秀', '县教育局', '13926178286', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7fa9ca9d-479c-4fea-bd74-ef3d93676356', '450224', '王敏强', '镇卫生院', '13952758701', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4f5479c7-e1a1-4d4e-ad7f-903a7260cb40', '450224', '胡华英', '县住建局', '13975124890', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('abb6e0d4-8882-45d6-8ec5-40dd49520df8', '450224', '李志丽', '县农业农村局', '13943227588', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('842f07b0-88c1-4b47-94b0-914df33ce5e6', '450224', '何秀', '县农商银行', '13989123341', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('2722c136-8ced-4a81-8596-f8685dd37430', '450224', '莫玉志', '镇政府', '13926901931', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('e3676ec7-f6c8-438b-b69a-476a838bf9b6', '450224', '黄华', '县教育局', '13901669818', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('6e8e7ec0-781c-42c3-94f0-3423cdf57549', '450224', '赵春', '县教育局', '13971143850', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('4fb1df9b-3c60-46c0-b38b-27cc2b190784', '450224', '罗兰英', '县民政局', '13995471356', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7e4264d1-c1d4-44cd-a530-8fd8e80cdceb', '450224', '莫强', '县供电公司', '13909315776', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('483fe9ff-c6bd-495e-b8d1-9ad4d08cadb5', '450224', '莫丽', '县农商银行', '13987925430', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a7f7f35b-f058-4da9-a4f1-989cb0dd8a32', '450224', '何国', '县医保局', '13900726173', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('9fb730bb-e8f8-499f-a235-eb7807eaf6f9', '450224', '杨文', '县医保局', '13906293720', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('24bc5a57-e7b2-4a66-8aa1-3cd1380269f4', '450224', '胡文伟', '县供电公司', '13980537756', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a30380ac-6e2f-40af-845a-bb8731cbf6c8', '450224', '徐春', '县医保局', '13910842793', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('db36a7af-65dc-400e-9353-854327a29697', '450224', '韦春敏', '县人社局', '13961569044', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('81d7392e-5545-41ed-9c9a-79fc800ac8ce', '450224', '蓝兰明', '镇卫生院', '13981809899', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('d5a7071a-3a41-4396-84bd-f382f7f21780', '450224', '黄芳', '县农业农村局', '13975716728', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7f193e8a-bf91-4c5c-a3f8-3b78f8f8ea04', '450224', '马兰', '县农商银行', '13934459583', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('abc2ef98-740c-4647-ba55-e01f5f69b2d1', '450224', '林文芳', '县医保局', '13900382388', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('c8555a40-4a84-440f-b010-876db65e913a', '450224', '张志丽', '镇政府', '13950996200', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1013b8c4-9bf2-491a-b524-15d1119227b4', '450224', '张秀红', '镇政府', '13939426054', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('5e0d7c01-540a-4418-94d8-b3c072780381', '450224', '黄文兰', '镇政府', '13949488559', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('22c2813c-7392-4d36-89a3-4b2c1f3f4ea6', '450224', '何英', '镇卫生院', '13941596732', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8e90d191-b75e-4603-a2f9-2a99c9cce9a5', '450224', '刘红秀', '县农业农村局', '13985735147', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('c2147cd9-0375-46e0-aa4f-0ceab1271de3', '450224', '林建', '县民政局', '13925698417', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('49bc63cf-0142-4843-9247-3f0fe2693237', '450224', '韦建英', '县农商银行', '13963547524', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('81cc0de0-c559-413f-a8cf-aae84eaf612f', '450224', '覃强', '镇卫生院', '13943619192', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('12508707-8e43-43da-a656-335ad5e0782c', '450224', '吴静秀', '县农商银行', '13981834829', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('762752b8-0453-4b6d-acf2-e32aee3d109c', '450224', '徐芳', '县人社局', '13923854707', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('45374b04-f727-4cea-9884-ff792bc298e2', '450224', '刘志军', '县住建局', '13992130615', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('06c74d5e-f0f2-4fb9-92ce-85c2203e455a', '450224', '胡芳平', '镇政府', '13908006567', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0255980c-21cf-4a40-a991-2fd1a180f6b5', '450224', '郭志玉', '县人社局', '13983630999', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('ae82c6aa-7a85-45bd-a5b4-9b78057089ba', '450224', '蓝秀强', '镇政府', '13931381750', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('79daf020-03c2-4746-9f45-e411cd1be817', '450224', '覃文敏', '县人社局', '13945547164', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8046cacb-76c1-4212-b31f-c064624379df', '450224', '杨平', '县供电公司', '13996878320', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('69b0571c-9acc-40b7-90d8-47140f8a1bd7', '450224', '覃静国', '镇卫生院', '13977056331', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('e108c082-7acf-4978-909f-a7a49b618bd1', '450224', '莫丽丽', '镇卫生院', '13952595095', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7dfe15e0-70b3-494d-bfec-be16728356cf', '450224', '徐芳', '镇政府', '13997334538', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('c3db2cab-45cc-4902-8948-0450e2d60c92', '450224', '杨强', '县农业农村局', '13982863335', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('eaeab244-c95d-4e92-8a42-cd3ac46eb4d7', '450224', '黄平', '县住建局', '13991616377', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('1e317ed9-43d1-4ea4-979a-209591c60898', '450224', '张红', '县供电公司', '13944991705', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('efa58943-c215-4895-a52a-098c33b1b92c', '450224', '林文', '县教育局', '13909950084', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('d06a910e-7bf6-4476-a01c-4e900638350a', '450224', '孙强', '镇卫生院', '13970698550', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('288d3168-b6d2-4bf5-82ac-8169202d1f44', '450224', '刘玉', '县民政局', '13941763614', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('aac3ae10-b17f-45a9-aebe-fefbb578c31a', '450224', '张伟', '镇卫生院', '13976669480', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('7a335100-105a-4ab3-9ecf-dc51fbf03c25', '450224', '胡勇丽', '县人社局', '13969548255', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('558c8308-ba4e-4fed-874b-e8c065ed397c', '450224', '黄志勇', '县农业农村局', '13929722005', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('9aeb362c-b170-4513-be26-e5616e57d443', '450224', '孙春', '镇政府', '13905186667', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('85e571ee-b301-40cc-911b-6412817edb51', '450224', '周伟伟', '县医保局', '13947595564', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('936526a4-f000-4f67-a755-e61fc77fac1f', '450224', '黄春芳', '镇卫生院', '13938600106', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('a849edc9-bdd2-46a5-bc2e-5650e714402a', '450224', '黄华英', '县医保局', '13989215027', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('acc74972-cf3d-4b17-9b3a-53c86df29c5a', '450224', '何静', '镇卫生院', '13961792058', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('0db3d50c-cc7a-48c0-8bfc-24a4ecc6ea6e', '450224', '覃伟强', '县医保局', '13994862168', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('ad2da47f-dfad-42a0-aaab-2767e24d3eab', '450224', '孙丽敏', '县民政局', '13983937604', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('8bae8a45-3905-4a58-8eb8-14e754ed0c5c', '450224', '朱敏玉', '县民政局', '13920742541', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('ec28534e-50f5-41b8-9bd4-25ba05ef789d', '450224', '李建平', '镇卫生院', '13961048637', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('bd6de1be-e5a4-44e5-bc35-26e806dfe90f', '450224', '林玉勇', '县住建局', '13963949231', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('6125afe4-5ed6-449c-8ddd-da91343d8233', '450224', '郭华静', '县民政局', '13901692331', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('3c7cb1ac-3c9f-4293-a985-abd62f4d8aca', '450224', '马国海', '县医保局', '13970031136', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('2ad10d56-12d0-4706-803c-828042caa9ef', '450224', '张敏', '县民政局', '13986914541', '演示数据', 1796055689);
INSERT INTO public.helpers VALUES ('86836f6b-9405-4815-b97f-da213bdaabef', '450224', '赵兰', '镇政府', '13987853686', '演示数据', 1796055689);


--
-- Data for Name: household_events; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: household_helpers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: households; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.households VALUES ('019b76da-a805-743c-94c4-ca3416de3572', '450224', '450224205', NULL, '45022420521100001', '廖福德', '019b76da-a801-799a-ae66-8fabc7b7fd73', 4, 3716745, 929186, 1, 1796055688, 1796055688, NULL, NULL, '450224205211', '第1村民小组', '融安县潭头乡沙垌村191号', NULL, 'alleviated', 2020, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 6300, true, true, true, true, 684, 2448, false, 2025, 2049306, 2011445, 704006, 0, 360000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a80c-7764-afdb-2f26494472c1', '450224', '450224202', NULL, '45022420221200001', '何波波', '019b76da-a806-72aa-bc53-db1adbcc2a06', 6, 11687855, 1947976, 1, 1796055688, 1796055688, NULL, NULL, '450224202212', '第1村民小组', '融安县东起乡福田村105号', '15192566027', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20500, true, true, true, true, 613, 901, false, 2025, 10702756, 1367091, 478482, 96490, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', '450224201', NULL, '45022420120900001', '石丽花', '019b76da-a80d-7046-8081-5383a8563306', 5, 7470324, 1494065, 1, 1796055688, 1796055688, NULL, NULL, '450224201209', '第5村民小组', '融安县大坡乡良田村69号', '18047799708', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 12400, true, true, true, true, 38, 687, false, 2025, 6259784, 1243907, 435367, 0, 402000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a817-7521-8e8a-9901b725b43c', '450224', '450224100', NULL, '45022410021200001', '吴强明', '019b76da-a813-7395-a5d4-2d4bd246c105', 4, 1814572, 453643, 1, 1796055688, 1796055688, NULL, NULL, '450224100212', '第5村民小组', '融安县长安镇金坪村166号', '17710318132', 'alleviated', 2018, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 14000, true, true, true, true, 174, 723, false, 2025, 698153, 1237568, 433149, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a81b-7e30-b590-f3c1658cea81', '450224', '450224202', NULL, '45022420220400001', '贾伟东', '019b76da-a818-7ff8-9af5-6f7d0aa0f271', 3, 1945368, 648456, 1, 1796055688, 1796055688, NULL, NULL, '450224202204', '第3村民小组', '融安县东起乡三岩村134号', NULL, 'alleviated', 2015, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 10200, true, true, true, true, 500, 2556, true, 2025, 1373400, 399951, 139983, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a821-7cc6-8a43-e641d2f91530', '450224', '450224204', NULL, '45022420420600001', '曾文', '019b76da-a81c-704c-bce8-e1d73111decf', 5, 2261651, 452330, 1, 1796055688, 1796055688, NULL, NULL, '450224204206', '第4村民小组', '融安县桥板乡富洞村109号', '19911980636', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 10500, true, true, true, true, 617, 599, false, 2025, 2023800, 122158, 42755, 68448, 90000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a826-7429-bfbd-0ec3e6031a71', '450224', '450224100', '450224201', '45022410000400001', '刘兰秀', '019b76da-a822-73d3-b3f1-4643437bab83', 4, 1076671, 269168, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第4村民小组', '融安县长安镇幸福家园社区51号', '15049107737', 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224201203', 'B', 12000, true, true, true, true, 631, 1587, true, 2025, 587335, 114657, 40130, 102809, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a82b-748b-9d83-b6134f853057', '450224', '450224205', NULL, '45022420521200001', '林建德', '019b76da-a827-7d96-b124-8cc13c54196e', 4, 3436128, 859032, 1, 1796055688, 1796055688, NULL, NULL, '450224205212', '第6村民小组', '融安县潭头乡安桥村91号', '17789296363', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11500, true, true, true, true, 200, 1961, false, 2025, 3344437, 141063, 49372, 0, 0, NULL, 799300, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a82d-7bd2-bd5c-5349ed130d82', '450224', '450224102', NULL, '45022410221000001', '廖德福', '019b76da-a82c-727a-a267-49888a2ea827', 1, 1725383, 1725383, 1, 1796055688, 1796055688, NULL, NULL, '450224102210', '第2村民小组', '融安县泗顶镇江岭村22号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20900, true, true, true, true, 268, 2452, false, 2025, 1429600, 455050, 159267, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a832-740d-b5ca-23c687b0ae13', '450224', '450224200', NULL, '45022420020500001', '周斌文', '019b76da-a82e-76b8-a408-a6cbeca2ae36', 4, 2429810, 607453, 1, 1796055688, 1796055688, NULL, NULL, '450224200205', '第1村民小组', '融安县雅瑶乡板田村133号', '15089477004', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 10000, true, true, true, true, 724, 1011, false, 2025, 679340, 2453030, 858560, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a836-734b-b673-3adc734e78b9', '450224', '450224204', NULL, '45022420420100001', '贾海', '019b76da-a833-7f73-b2b1-74a8a021209e', 3, 2354161, 784720, 1, 1796055688, 1796055688, NULL, NULL, '450224204201', '第2村民小组', '融安县桥板乡和江村59号', '18093994334', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 8900, true, true, true, true, 194, 1829, false, 2025, 2083275, 176747, 61861, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', '450224102', NULL, '45022410220300001', '杨强', '019b76da-a837-73f7-b104-991935e18561', 5, 4947938, 989588, 1, 1796055688, 1796055688, NULL, NULL, '450224102203', '第2村民小组', '融安县泗顶镇青坡村116号', '13973768610', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11800, true, true, true, true, 598, 2445, false, 2025, 4792500, 239136, 83698, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a840-783e-b2f5-d779cd688ce8', '450224', '450224101', NULL, '45022410120200001', '赵杰刚', '019b76da-a83d-784c-bbf9-d8f9447a4ce3', 3, 2126890, 708963, 1, 1796055688, 1796055688, NULL, NULL, '450224101202', '第3村民小组', '融安县浮石镇青溪村120号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 7400, true, true, true, true, 788, 1563, false, 2025, 1105200, 1571831, 550141, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a842-7fb8-9b29-79825e385543', '450224', '450224203', NULL, '45022420321200001', '杨荣', '019b76da-a841-7fc9-a093-5e4fbb2006a0', 1, 1169832, 1169832, 1, 1796055688, 1796055688, NULL, NULL, '450224203212', '第6村民小组', '融安县沙子乡白岭村16号', '19912453877', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 4600, true, true, true, true, 317, 506, true, 2025, 1110600, 91127, 31895, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a847-783c-b4c0-83fa354aabf5', '450224', '450224104', NULL, '45022410420200001', '陈光杰', '019b76da-a843-7511-ad17-500da824c97b', 4, 1729204, 432301, 1, 1796055688, 1796055688, NULL, NULL, '450224104202', '第4村民小组', '融安县大将镇平湾村116号', '13976600452', 'alleviated', 2020, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 21700, true, true, true, true, 596, 2333, true, 2025, 842633, 1363955, 477384, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a84c-78ca-8437-ad53e42be065', '450224', '450224200', NULL, '45022420020500002', '李勇华', '019b76da-a848-7e50-aa58-e2f712bde541', 4, 743186, 185797, 1, 1796055688, 1796055688, NULL, NULL, '450224200205', '第4村民小组', '融安县雅瑶乡板田村92号', '13881915008', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20000, true, true, true, true, 689, 1970, false, 2025, 0, 1143363, 400177, 0, 0, NULL, 1753900, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a851-7079-925b-8218f3ed23a7', '450224', '450224203', NULL, '45022420320100001', '王华', '019b76da-a84d-740a-9f5d-59fbb30a4dbc', 4, 3771050, 942763, 1, 1796055688, 1796055688, NULL, NULL, '450224203201', '第5村民小组', '融安县沙子乡沙岩村143号', '15138896274', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20800, true, true, true, true, 400, 1045, true, 2025, 1715468, 199357, 69775, 0, 1926000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a853-717c-8efd-f6218528069d', '450224', '450224105', NULL, '45022410500100001', '李志华', '019b76da-a852-7bd7-a4e1-8e6ff4c5f325', 1, 596228, 596228, 1, 1796055688, 1796055688, NULL, NULL, '450224105001', '第5村民小组', '融安县大良镇大良社区39号', NULL, 'alleviated', 2020, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 13500, true, true, true, true, 651, 1604, false, 2025, 0, 677273, 237045, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a858-792c-96e1-a2c9e3eb4736', '450224', '450224200', NULL, '45022420020900001', '覃明斌', '019b76da-a854-76d3-afa0-630bf9da890f', 4, 656273, 164068, 1, 1796055688, 1796055688, NULL, NULL, '450224200209', '第6村民小组', '融安县雅瑶乡福坡村43号', '15043449762', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 17500, true, true, true, true, 71, 1194, false, 2025, 0, 732728, 256455, 0, 180000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a85c-7c2c-a02a-74548b2ad13b', '450224', '450224100', '450224204', '45022410000400002', '曾光杰', '019b76da-a859-7525-936f-e509aadaeef9', 3, 1443495, 481165, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第4村民小组', '融安县长安镇幸福家园社区108号', '15110293580', 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224204211', 'A', 10100, true, true, true, true, 157, 1392, true, 2025, 836400, 933992, 326897, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a85f-7e6d-8341-db0ce6ef68b5', '450224', '450224103', NULL, '45022410300100001', '覃波', '019b76da-a85d-76e0-bd07-aab385c16886', 2, 4627565, 2313783, 1, 1796055688, 1796055688, NULL, NULL, '450224103001', '第2村民小组', '融安县板榄镇板榄社区56号', '19907402251', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 15400, true, true, true, true, 241, 177, false, 2025, 2009648, 3787565, 1325648, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a863-7cda-a89a-95e3785d783a', '450224', '450224101', NULL, '45022410120400001', '贾福', '019b76da-a860-7c72-92a7-ec0de028ba9b', 3, 7783884, 2594628, 1, 1796055688, 1796055688, NULL, NULL, '450224101204', '第3村民小组', '融安县浮石镇高岩村72号', '15138402179', 'alleviated', 2016, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 5700, true, true, true, true, 791, 1916, false, 2025, 6763262, 1498691, 524542, 46473, 0, NULL, NULL, 417400, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a866-7524-8056-24ef96453ed9', '450224', '450224104', NULL, '45022410420900001', '曾国宏', '019b76da-a864-7619-a637-bfe18ebca962', 2, 3345747, 1672874, 1, 1796055688, 1796055688, NULL, NULL, '450224104209', '第3村民小组', '融安县大将镇安田村135号', '13807102301', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 4100, true, true, true, true, 140, 1830, false, 2025, 785767, 3458431, 1210451, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a86a-79c2-95d2-0e950ba3ab94', '450224', '450224205', NULL, '45022420520200001', '韦文超', '019b76da-a867-7516-b32a-b791f21de0cf', 3, 2788110, 929370, 1, 1796055688, 1796055688, NULL, NULL, '450224205202', '第5村民小组', '融安县潭头乡和口村161号', '18076102656', 'alleviated', 2020, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 6200, true, true, true, true, 255, 1979, false, 2025, 2472027, 398286, 139400, 57197, 0, NULL, NULL, 809200, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a86f-73fe-91e9-d024552c49d8', '450224', '450224100', '450224203', '45022410000400003', '谢宏', '019b76da-a86b-7f92-a66b-1db2370a1576', 4, 3503843, 875961, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第6村民小组', '融安县长安镇幸福家园社区63号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224203001', 'A', 8500, true, true, true, true, 407, 732, false, 2025, 2897278, 593837, 207843, 64571, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a875-7153-b83d-c17d3b9cce72', '450224', '450224105', NULL, '45022410500100002', '杨东平', '019b76da-a870-7837-a23a-6a50b21a00aa', 5, 5662497, 1132499, 1, 1796055688, 1796055688, NULL, NULL, '450224105001', '第6村民小组', '融安县大良镇大良社区81号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 8600, true, true, true, true, 171, 2158, false, 2025, 4638412, 1575515, 551430, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a87d-7ab5-9d39-196a18942a64', '450224', '450224100', '450224104', '45022410000400004', '张平波', '019b76da-a876-70c4-ad3b-fbf5e267e681', 7, 7421085, 1060155, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第5村民小组', '融安县长安镇幸福家园社区102号', '15114060841', 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224104203', 'A', 9500, true, true, true, true, 362, 75, false, 2025, 6612000, 891356, 311975, 49704, 180000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', '450224105', NULL, '45022410520900001', '蒙荣福', '019b76da-a87e-713b-95bf-ef91f0ad93e9', 5, 3183730, 636746, 1, 1796055688, 1796055688, NULL, NULL, '450224105209', '第5村民小组', '融安县大良镇马湾村92号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 4900, true, true, true, true, 679, 537, false, 2025, 2370200, 1011584, 354054, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a888-7437-9906-6b96e188a1dd', '450224', '450224100', '450224100', '45022410000400005', '韦德', '019b76da-a884-79d3-a97c-feb32965e5f7', 4, 4032151, 1008038, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第4村民小组', '融安县长安镇幸福家园社区95号', '17764279403', 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224100211', 'A', 9600, true, true, true, true, 475, 1468, false, 2025, 3911872, 33667, 11784, 98396, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a88d-7898-b576-6a45c2daaef6', '450224', '450224202', NULL, '45022420220500001', '曾国志', '019b76da-a889-74f8-a580-a23ef7a298fd', 4, 5877546, 1469387, 1, 1796055688, 1796055688, NULL, NULL, '450224202205', '第4村民小组', '融安县东起乡沙岩村123号', '19988737016', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20500, true, true, true, true, 364, 2277, false, 2025, 5213000, 1022379, 357833, 0, 0, NULL, NULL, 558400, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a892-7f76-b4df-458c18b1955a', '450224', '450224102', NULL, '45022410220100001', '石金', '019b76da-a88e-74e4-a8af-c1e6f54957ee', 4, 1711160, 427790, 1, 1796055688, 1796055688, NULL, NULL, '450224102201', '第2村民小组', '融安县泗顶镇北屯村158号', '13991482550', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11700, true, true, true, true, 419, 964, true, 2025, 721719, 1042217, 364776, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a895-7dac-b455-17532da601eb', '450224', '450224200', NULL, '45022420021100001', '刘兰雪', '019b76da-a893-7c3e-86b0-e769cabe5676', 2, 4089565, 2044783, 1, 1796055688, 1796055688, NULL, NULL, '450224200211', '第5村民小组', '融安县雅瑶乡青岭村4号', '19923879115', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 12300, true, true, true, true, 345, 985, false, 2025, 3380400, 1091024, 381859, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a899-7a04-9a47-63f1ce07c940', '450224', '450224102', NULL, '45022410220800001', '莫雪珍', '019b76da-a896-7135-8ede-aeba7cb5680c', 3, 2222031, 740677, 1, 1796055688, 1796055688, NULL, NULL, '450224102208', '第2村民小组', '融安县泗顶镇龙田村86号', '13883462302', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 13700, true, true, true, true, 505, 692, true, 2025, 1968628, 389851, 136448, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', '450224204', NULL, '45022420420400001', '刘勇伟', '019b76da-a89a-70f2-bb9c-76306bcf5b5e', 5, 4103907, 820781, 1, 1796055688, 1796055688, NULL, NULL, '450224204204', '第6村民小组', '融安县桥板乡福江村80号', '13986111069', 'alleviated', 2015, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 12600, true, true, true, true, 296, 1451, false, 2025, 3019007, 1189077, 416177, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8a4-70e2-94f5-47aea1f95f00', '450224', '450224205', NULL, '45022420520400001', '吴玲秀', '019b76da-a8a0-7822-9b62-fa63ffd69164', 4, 4936666, 1234167, 1, 1796055688, 1796055688, NULL, NULL, '450224205204', '第4村民小组', '融安县潭头乡安溪村160号', NULL, 'alleviated', 2018, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 15000, true, true, true, true, 52, 2012, false, 2025, 4598284, 520587, 182205, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', '450224105', NULL, '45022410520200001', '李兰艳', '019b76da-a8a5-7d8e-a403-6b23ddeddda6', 5, 4266307, 853261, 1, 1796055688, 1796055688, NULL, NULL, '450224105202', '第5村民小组', '融安县大良镇东垌村91号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 7500, true, true, true, true, 65, 2321, false, 2025, 3786784, 312977, 109542, 276088, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8ae-7af3-87a7-1355761379e2', '450224', '450224101', NULL, '45022410120400002', '梁文伟', '019b76da-a8ab-7f83-8db2-004ce37bd805', 3, 2161468, 720489, 1, 1796055688, 1796055688, NULL, NULL, '450224101204', '第5村民小组', '融安县浮石镇高岩村167号', '13894216808', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9900, true, true, true, true, 785, 2504, true, 2025, 1740800, 407182, 142514, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8b2-7f46-b0c6-1e63bc70c3ab', '450224', '450224202', NULL, '45022420220100001', '覃永福', '019b76da-a8af-7c9d-a17e-3de2c68877bf', 3, 945775, 315258, 1, 1796055688, 1796055688, NULL, NULL, '450224202201', '第3村民小组', '融安县东起乡良岭村192号', '13841441170', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9600, true, true, true, true, 679, 270, true, 2025, 0, 1455039, 509264, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8b7-7d9a-b1ff-532f73ea7379', '450224', '450224103', NULL, '45022410320100001', '莫超', '019b76da-a8b3-704a-ae86-9cdd5f0ec4cb', 4, 11670567, 2917642, 1, 1796055688, 1796055688, NULL, NULL, '450224103201', '第2村民小组', '融安县板榄镇良湾村61号', '18681294649', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 14200, true, true, true, true, 778, 2794, false, 2025, 11557882, 173362, 60677, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8bc-7b12-b838-da4d7dd61555', '450224', '450224102', NULL, '45022410220600001', '刘成', '019b76da-a8b8-7b7b-a858-fba1bb921919', 4, 5121648, 1280412, 1, 1796055688, 1796055688, NULL, NULL, '450224102206', '第5村民小组', '融安县泗顶镇江坡村3号', '17766475598', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11300, true, true, true, true, 717, 2167, false, 2025, 2831599, 3043152, 1065103, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8c0-713f-a671-e4c21834d2b3', '450224', '450224102', NULL, '45022410220800002', '韦东永', '019b76da-a8bd-7ca4-b160-aa115f05b06c', 3, 2847659, 949220, 1, 1796055688, 1796055688, NULL, NULL, '450224102208', '第5村民小组', '融安县泗顶镇龙田村173号', '15107735538', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'C', 19700, true, true, true, true, 534, 1320, false, 2025, 2415099, 665477, 232917, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8c5-7b36-a1f1-0d765b49dde3', '450224', '450224105', NULL, '45022410520600001', '欧林国', '019b76da-a8c1-7b6e-a897-5c67190ac3dd', 4, 9218342, 2304586, 1, 1796055688, 1796055688, NULL, NULL, '450224105206', '第4村民小组', '融安县大良镇东冲村12号', '18022135148', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20000, true, true, true, true, 335, 1430, false, 2025, 8698303, 320060, 112021, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8c9-79a2-889e-9246c604ed80', '450224', '450224101', NULL, '45022410120700001', '陈伟成', '019b76da-a8c6-7f8e-ace3-265fc0269e10', 3, 10032341, 3344114, 1, 1796055688, 1796055688, NULL, NULL, '450224101207', '第3村民小组', '融安县浮石镇新冲村88号', '13948678408', 'alleviated', 2019, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 19000, true, true, true, true, 494, 1872, false, 2025, 9463735, 485881, 170058, 252783, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '450224', '450224101', NULL, '45022410120900001', '林文志', '019b76da-a8ca-7db6-a7e4-de6bdac4a5e4', 4, 4375192, 1093798, 1, 1796055688, 1796055688, NULL, NULL, '450224101209', '第5村民小组', '融安县浮石镇江屯村199号', '17796737384', 'alleviated', 2017, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9400, true, true, true, true, 693, 1183, false, 2025, 3605058, 1184822, 414688, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8d0-775e-81e1-29eb4cad3f85', '450224', '450224105', NULL, '45022410520400001', '胡成文', '019b76da-a8cf-7931-bc4a-d56925457faa', 1, 1484643, 1484643, 1, 1796055688, 1796055688, NULL, NULL, '450224105204', '第2村民小组', '融安县大良镇下塘村19号', NULL, 'alleviated', 2017, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 17900, true, true, true, true, 193, 2895, false, 2025, 0, 2044067, 715424, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8d5-74c7-a3d4-624b415cc486', '450224', '450224202', NULL, '45022420220900001', '蓝林', '019b76da-a8d1-7613-8033-e589650d1a42', 4, 3204004, 801001, 1, 1796055688, 1796055688, NULL, NULL, '450224202209', '第5村民小组', '融安县东起乡江坪村71号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 7500, true, true, true, true, 676, 1080, false, 2025, 2305589, 806932, 282426, 61909, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8da-7826-ba3b-29ea3c73b317', '450224', '450224205', NULL, '45022420520100001', '唐德成', '019b76da-a8d6-73d0-b196-f301ec485cec', 4, 2285429, 571357, 1, 1796055688, 1796055688, NULL, NULL, '450224205201', '第1村民小组', '融安县潭头乡沙洞村164号', '19983968899', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9400, true, true, true, true, 359, 2780, false, 2025, 1772000, 789890, 276461, 0, 0, NULL, NULL, 405100, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8de-7c30-8bf3-3d3d3ef1b7cf', '450224', '450224205', NULL, '45022420520300001', '莫云', '019b76da-a8db-7002-b123-3511f0cc3eaa', 3, 992747, 330916, 1, 1796055688, 1796055688, NULL, NULL, '450224205203', '第5村民小组', '融安县潭头乡安坪村87号', '13975123684', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 19100, true, true, true, true, 314, 1421, true, 2025, 0, 1435169, 502309, 59887, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', '450224102', NULL, '45022410220100002', '张强福', '019b76da-a8df-7195-8197-772668639d86', 5, 4024516, 804903, 1, 1796055688, 1796055688, NULL, NULL, '450224102201', '第6村民小组', '融安县泗顶镇北屯村154号', '19985439211', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 19800, true, true, true, true, 55, 744, false, 2025, 428611, 5292161, 1852256, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', '450224201', NULL, '45022420120400001', '欧鹏刚', '019b76da-a8e5-7bba-a5fe-46e0d2d240af', 5, 7804697, 1560939, 1, 1796055688, 1796055688, NULL, NULL, '450224201204', '第5村民小组', '融安县大坡乡金湾村76号', '13968743108', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9800, true, true, true, true, 460, 462, false, 2025, 7003200, 1233072, 431575, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8ef-789f-9cef-f3b64cf302ad', '450224', '450224102', NULL, '45022410220300002', '曾成', '019b76da-a8eb-7d70-a6f4-80b630b4615a', 4, 8264664, 2066166, 1, 1796055688, 1796055688, NULL, NULL, '450224102203', '第3村民小组', '融安县泗顶镇青坡村154号', '15000579620', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 16100, true, true, true, true, 356, 2197, false, 2025, 7850400, 637330, 223066, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', '450224100', NULL, '45022410000100001', '蒙斌伟', '019b76da-a8f0-7290-a096-033d5a29b484', 6, 16345913, 2724319, 1, 1796055688, 1796055688, NULL, NULL, '450224100001', '第3村民小组', '融安县长安镇长安社区184号', '17796081505', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 13800, true, true, true, true, 496, 707, false, 2025, 16142638, 312731, 109456, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8fa-7f39-8f3e-71d15d3b6893', '450224', '450224102', NULL, '45022410220400001', '廖荣', '019b76da-a8f7-7d4e-829b-365c54974a6a', 3, 1849644, 616548, 1, 1796055688, 1796055688, NULL, NULL, '450224102204', '第5村民小组', '融安县泗顶镇北塘村138号', '18652031204', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 18200, true, true, true, true, 678, 237, false, 2025, 1253922, 676496, 236774, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a8fd-7491-a829-4f5af178b817', '450224', '450224103', NULL, '45022410320900001', '杨杰刚', '019b76da-a8fb-7690-aa82-89e183e72510', 2, 5188496, 2594248, 1, 1796055688, 1796055688, NULL, NULL, '450224103209', '第4村民小组', '融安县板榄镇双湾村153号', '18065469840', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20300, true, true, true, true, 587, 1027, true, 2025, 5010200, 274302, 96006, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a902-73cf-82d9-cddcfdd76e23', '450224', '450224101', NULL, '45022410120200002', '张勇伟', '019b76da-a8fe-7c51-8151-e7ee9790539a', 4, 1029109, 257277, 1, 1796055688, 1796055688, NULL, NULL, '450224101202', '第6村民小组', '融安县浮石镇青溪村79号', '15129118411', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'C', 10700, true, true, true, true, 663, 2852, true, 2025, 0, 1343245, 470136, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a905-7fbd-8d27-87e7e63389b9', '450224', '450224202', NULL, '45022420200100001', '周波杰', '019b76da-a903-7ee3-b4b4-828a38b6e116', 2, 2896475, 1448238, 1, 1796055688, 1796055688, NULL, NULL, '450224202001', '第5村民小组', '融安县东起乡东起社区22号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 20000, true, true, true, true, 721, 1909, false, 2025, 2004579, 1321461, 462511, 32946, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a90b-7b87-8030-f3824480546d', '450224', '450224203', NULL, '45022420300100001', '周霞琴', '019b76da-a906-72a6-9b5d-1799def420ee', 5, 11162203, 2232441, 1, 1796055688, 1796055688, NULL, NULL, '450224203001', '第4村民小组', '融安县沙子乡沙子社区129号', '18692109259', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 10200, true, true, true, true, 332, 1496, false, 2025, 3048268, 12436295, 4352703, 30343, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', '450224104', NULL, '45022410420100001', '莫杰光', '019b76da-a90c-7eeb-9744-7e5c84fba76a', 6, 5436069, 906012, 1, 1796055688, 1796055688, NULL, NULL, '450224104201', '第4村民小组', '融安县大将镇高桥村55号', '19985269826', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 16400, true, true, true, true, 653, 1436, true, 2025, 5157800, 428106, 149837, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a916-7f12-9483-d0614f5ec4e5', '450224', '450224103', NULL, '45022410300100002', '杨建超', '019b76da-a913-7a19-b13f-ae88831b3e1c', 3, 5330979, 1776993, 1, 1796055688, 1796055688, NULL, NULL, '450224103001', '第5村民小组', '融安县板榄镇板榄社区35号', '19940113768', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 8100, true, true, true, true, 477, 1980, false, 2025, 4699200, 971967, 340188, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a91b-7583-b432-e15836a6d32f', '450224', '450224102', NULL, '45022410221100001', '马强', '019b76da-a917-7c59-b092-cd7c1074aac1', 4, 7342831, 1835708, 1, 1796055688, 1796055688, NULL, NULL, '450224102211', '第3村民小组', '融安县泗顶镇和山村163号', '18631168967', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9000, true, true, true, true, 353, 2372, false, 2025, 5356800, 2538509, 888478, 0, 336000, NULL, NULL, 965900, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a91d-737e-83ae-e58cda3517fe', '450224', '450224105', NULL, '45022410520400002', '谢志宏', '019b76da-a91c-7065-8e18-15caa411dce6', 1, 916075, 916075, 1, 1796055688, 1796055688, NULL, NULL, '450224105204', '第1村民小组', '融安县大良镇下塘村52号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 14700, true, true, true, true, 522, 1490, false, 2025, 0, 961069, 336374, 135380, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a921-781b-8f5f-1d0eff32df36', '450224', '450224202', NULL, '45022420220400002', '林杰', '019b76da-a91e-79fc-a856-0b845b0d804a', 3, 5691072, 1897024, 1, 1796055688, 1796055688, NULL, NULL, '450224202204', '第1村民小组', '融安县东起乡三岩村46号', '18666012631', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 13500, true, true, true, true, 113, 854, true, 2025, 4593400, 1208726, 423054, 0, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a925-70a1-a9c2-e7f50b750660', '450224', '450224104', NULL, '45022410400100001', '林桂霞', '019b76da-a922-758c-9c8d-fa6194a762c1', 3, 7137862, 2379287, 1, 1796055688, 1796055688, NULL, NULL, '450224104001', '第4村民小组', '融安县大将镇大将社区178号', NULL, 'alleviated', 2018, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 10300, true, true, true, true, 116, 2978, true, 2025, 5826840, 1912169, 669259, 68112, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a927-7042-9268-30dda0953877', '450224', '450224102', NULL, '45022410220700001', '黄超文', '019b76da-a926-7a2c-b5c6-1a6ea9248837', 1, 1421690, 1421690, 1, 1796055688, 1796055688, NULL, NULL, '450224102207', '第6村民小组', '融安县泗顶镇大屯村101号', '18659895181', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 13900, true, true, true, true, 30, 2506, false, 2025, 1093308, 366922, 128423, 89883, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a929-7df3-87cd-c54a18e99d36', '450224', '450224201', NULL, '45022420121100001', '何丹娟', '019b76da-a928-7a3c-a6cc-cabc81f893a2', 1, 362291, 362291, 1, 1796055688, 1796055688, NULL, NULL, '450224201211', '第1村民小组', '融安县大坡乡大塘村141号', '18028031986', 'alleviated', 2018, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 21400, true, true, true, true, 503, 389, false, 2025, 0, 557371, 195080, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a92d-784b-809f-61be9de447cb', '450224', '450224100', '450224201', '45022410000400006', '陈成强', '019b76da-a92a-75a9-b756-030fe52217c6', 3, 1103612, 367871, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第6村民小组', '融安县长安镇幸福家园社区76号', NULL, 'alleviated', 2019, NULL, NULL, NULL, NULL, true, '450224201212', 'A', 6500, true, true, true, true, 359, 762, false, 2025, 1050095, 82333, 28816, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a932-7f2a-b5c0-9580075a1a7c', '450224', '450224101', NULL, '45022410121000001', '龙婷', '019b76da-a92e-7fc6-8b1a-2efff2e2ea5f', 4, 3144004, 786001, 1, 1796055688, 1796055688, NULL, NULL, '450224101210', '第2村民小组', '融安县浮石镇南溪村124号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 19000, true, true, true, true, 492, 2357, false, 2025, 860650, 554847, 194196, 86703, 1836000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a935-7f52-8fdf-6773d70ca0eb', '450224', '450224205', NULL, '45022420520900001', '潘勇建', '019b76da-a933-7c0a-8db1-3f12db424285', 2, 714827, 357414, 1, 1796055688, 1796055688, NULL, NULL, '450224205209', '第4村民小组', '融安县潭头乡平寨村47号', '19922081930', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 10100, true, true, true, true, 229, 1553, true, 2025, 0, 501621, 175567, 76773, 312000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a93b-794f-95ce-cda86ff4901d', '450224', '450224100', NULL, '45022410020900001', '胡明林', '019b76da-a936-7c18-8f33-ebdcf3eca9e3', 5, 4474350, 894870, 1, 1796055688, 1796055688, NULL, NULL, '450224100209', '第1村民小组', '融安县长安镇小坡村179号', '18092225284', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 11700, true, true, true, true, 393, 884, false, 2025, 3503700, 1493308, 522658, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a93d-7729-a8b1-6e8a1afe2a2c', '450224', '450224104', NULL, '45022410420300001', '韦杰波', '019b76da-a93c-7b6b-9e96-3cbfe80b7477', 1, 2203120, 2203120, 1, 1796055688, 1796055688, NULL, NULL, '450224104203', '第5村民小组', '融安县大将镇良冲村34号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11100, true, true, true, true, 532, 2071, false, 2025, 0, 3044888, 1065711, 67943, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a942-7e70-be5b-d19681165661', '450224', '450224204', NULL, '45022420421000001', '石文德', '019b76da-a93e-7a02-872b-37135ca37a89', 4, 1426094, 356524, 1, 1796055688, 1796055688, NULL, NULL, '450224204210', '第3村民小组', '融安县桥板乡大塘村154号', '13964257458', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 15800, true, true, true, true, 727, 2252, false, 2025, 916016, 406273, 142195, 0, 246000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a947-7aa5-9865-d5d470b4a8c0', '450224', '450224101', NULL, '45022410120900002', '覃雪云', '019b76da-a943-7866-8ac2-a1841e9f2756', 4, 4656420, 1164105, 1, 1796055688, 1796055688, NULL, NULL, '450224101209', '第6村民小组', '融安县浮石镇江屯村53号', '13964009409', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 11100, true, true, true, true, 45, 142, false, 2025, 2973600, 2348954, 822134, 0, 156000, NULL, 3381700, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a94c-7e18-bccd-98a8bf8a7ddd', '450224', '450224203', NULL, '45022420320100002', '罗荣刚', '019b76da-a948-77ec-a923-8c5dcbbf50ea', 4, 1395567, 348892, 1, 1796055688, 1796055688, NULL, NULL, '450224203201', '第4村民小组', '融安县沙子乡沙岩村155号', '18076242042', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 6800, true, true, true, true, 399, 1961, false, 2025, 1022009, 574705, 201147, 0, 0, NULL, NULL, 541700, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a950-752e-8a63-6fab51ccfff7', '450224', '450224203', NULL, '45022420320700001', '吴珍婷', '019b76da-a94d-7c5f-bd03-617f18ad2079', 3, 5089925, 1696642, 1, 1796055688, 1796055688, NULL, NULL, '450224203207', '第3村民小组', '融安县沙子乡林湾村176号', '13869067486', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'C', 15100, true, true, true, true, 402, 2636, false, 2025, 4813200, 425731, 149006, 0, 0, NULL, 3415700, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', '450224100', NULL, '45022410020700001', '廖国', '019b76da-a951-78b3-9b6a-93c404a7251f', 5, 6268195, 1253639, 1, 1796055688, 1796055688, NULL, NULL, '450224100207', '第3村民小组', '融安县长安镇金江村10号', '19972288132', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 4100, true, true, true, true, 558, 1726, false, 2025, 5255214, 1282442, 448855, 179394, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a95b-76ec-9d0b-b7ac615fd20f', '450224', '450224204', NULL, '45022420420200001', '黄金福', '019b76da-a957-7763-ae63-df5433f7f18a', 4, 1713276, 428319, 1, 1796055688, 1796055688, NULL, NULL, '450224204202', '第1村民小组', '融安县桥板乡石垌村68号', '13960901265', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'B', 6100, true, true, true, true, 94, 2759, false, 2025, 1364100, 189344, 66271, 226103, 0, NULL, NULL, 1008100, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a95d-7545-a7f6-f378462ee2a5', '450224', '450224100', '450224102', '45022410000400007', '廖春海', '019b76da-a95c-7ad4-a622-86e467e6e80d', 1, 839410, 839410, 1, 1796055688, 1796055688, NULL, NULL, '450224100004', '第4村民小组', '融安县长安镇幸福家园社区123号', '13813019997', 'ordinary', NULL, NULL, NULL, NULL, NULL, true, '450224102001', 'A', 4200, true, true, true, true, 652, 694, false, 2025, 0, 1051400, 367990, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a962-718d-884a-03df864e7f37', '450224', '450224104', NULL, '45022410420900002', '唐军鹏', '019b76da-a95e-782d-a01f-595b9441340c', 4, 10775470, 2693868, 1, 1796055688, 1796055688, NULL, NULL, '450224104209', '第5村民小组', '融安县大将镇安田村2号', NULL, 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 9200, true, true, true, true, 744, 415, false, 2025, 10205400, 637031, 222961, 0, 156000, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a965-7212-9034-f96a8f3e441c', '450224', '450224104', NULL, '45022410420900003', '唐平波', '019b76da-a963-7b13-a852-1d43f33d464e', 2, 5170079, 2585040, 1, 1796055688, 1796055688, NULL, NULL, '450224104209', '第5村民小组', '融安县大将镇安田村149号', '13907020278', 'ordinary', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 4300, true, true, true, true, 77, 2456, true, 2025, 4555300, 945814, 331035, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.households VALUES ('019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', '450224202', NULL, '45022420220300001', '陈德春', '019b76da-a966-7e09-9150-c223673494cd', 5, 387036, 77407, 1, 1796055688, 1796055688, NULL, NULL, '450224202203', '第2村民小组', '融安县东起乡龙桥村195号', '15003488892', 'alleviated', 2015, NULL, NULL, NULL, NULL, NULL, NULL, 'A', 7000, true, true, true, true, 618, 4, true, 2025, 0, 318517, 111481, 0, 180000, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: import_rows; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-2', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 2, 'warned', '洪涝损失6000.00元', '450225197404166693', '蒙斌伟', '019b76da-a8f6-7944-859a-2c949ec7c45b', 'a135b01b-0a42-4aa0-9b10-fefed6616b6f', '3dfe1b5c320a7e4630d2c2a76d77c50822c4cf9058dd9e45e6fc10a729d6c87f');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-3', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 3, 'warned', '洪涝损失6700.00元', '450224195406188321', '刘兰秀', '019b76da-a826-7429-bfbd-0ec3e6031a71', '623663d1-aaf3-46a9-9369-058179efdf6c', '615132ec98f5e4d8208574f2623d81349e2f9f97bf8d822c92f7f39993ed0fa2');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-4', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 4, 'warned', '洪涝损失7400.00元', '450224198010212691', '曾光杰', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '26c1474a-ad21-4fa8-bc7d-7f0d4b5ed40f', 'e168597ee7abb740ee8768f76973fe5db1d42dc2c7b5d64ef195420e851bd250');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-5', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 5, 'warned', '洪涝损失8100.00元', '450224196506203837', '谢宏', '019b76da-a86f-73fe-91e9-d024552c49d8', '7f056fef-bbb4-4524-b984-20c0cbe8a307', '998e630ae3df9b1a278bf0414580b414a85eae1318cf6ed07e177bb7177f2670');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-6', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 6, 'warned', '洪涝损失8800.00元', '450224197205200792', '张平波', '019b76da-a87d-7ab5-9d39-196a18942a64', 'a5bcbe4a-ebd1-4ced-b5ee-3a3b30d50dce', 'd29b1ad604757e995992b85b9841dfa059e5e240178d405ba95ed032341ef9c8');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-7', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 7, 'warned', '洪涝损失9500.00元', '450224199210215314', '韦德', '019b76da-a888-7437-9906-6b96e188a1dd', 'd68f3247-9b70-4adc-9ada-831845a7adcc', '9ddef79bfc7ea207388aaab9de63051dc6a3ce64769d2d26dd9063f0e39af265');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-8', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 8, 'warned', '洪涝损失10200.00元', '45022419840921113X', '陈成强', '019b76da-a92d-784b-809f-61be9de447cb', 'deaec964-e365-4e06-ae63-bcef28a7e18a', '0a9a0e5daf53924e1d0bea88fc0ef24beb677a9228de9ae8c4792f3302eba81b');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-9', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 9, 'warned', '洪涝损失10900.00元', '450224194505072530', '廖春海', '019b76da-a95d-7545-a7f6-f378462ee2a5', '27c8cd9c-bca0-4f6a-9c7f-fa1eb6d8620f', '7b6aaab6a2f34bb0e71bc1861f3637829f6dc0df8871dcf63a2bed02d839ee24');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-10', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 10, 'warned', '洪涝损失11600.00元', '450224197509215336', '廖国', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '85037b0e-d29b-4a8e-bb32-ebe8a09b7ef5', '245630b01262b1c6061affd4d42794a5b9ccd87b3506ca87f366b43151d9c1af');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-11', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 11, 'warned', '洪涝损失12300.00元', '450224200006089192', '胡明林', '019b76da-a93b-794f-95ce-cda86ff4901d', '5cf6a7d4-da85-4dab-8266-a4c4dd4cc046', '4a409cbef622fba6a3f6cd0277139591713379c1eee62a97f6aecbb78946a33a');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-12', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 12, 'warned', '洪涝损失13000.00元', '450224195012318576', '吴强明', '019b76da-a817-7521-8e8a-9901b725b43c', '4b14caa7-2157-4cc2-9627-d6c63b0dea1b', '0b09c85ed93b56a825ea48594e2ea9ab0f17b85fa59152766dd66fadf0f85b3f');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-13', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 13, 'warned', '疫情损失5200.00元', '450224197704101035', '赵杰刚', '019b76da-a840-783e-b2f5-d779cd688ce8', '10d51105-dfed-43b3-8a5b-482a4182dec3', '444bd0f5efacc2dbec67dc7481fa62d30e9f8f2c4430dce79f547f8652f10b71');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-14', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 14, 'warned', '疫情损失5200.00元', '450224196603250950', '张勇伟', '019b76da-a902-73cf-82d9-cddcfdd76e23', 'e6afa8cc-491d-467e-905b-e03b293a4e04', '4e89ae6d8561f47cca36d8ca787ad1cfed201de5cb425984692feaebe3b505cf');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-15', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 15, 'warned', '疫情损失5200.00元', '450224198410222856', '贾福', '019b76da-a863-7cda-a89a-95e3785d783a', '7b7516ca-462f-43ca-82ad-74f9c9451579', 'e29fbc3573815d37347c2ebfe951ea6a6efa9c0f537331cb9932748d4a79dbb1');
INSERT INTO public.import_rows VALUES ('b9d80143-6982-488e-b778-edf35da3a535-16', '450224', 'b9d80143-6982-488e-b778-edf35da3a535', 'emergency.disaster', 16, 'warned', '疫情损失5200.00元', '45022419941108295X', '梁文伟', '019b76da-a8ae-7af3-87a7-1355761379e2', '13452671-b6f3-49a3-a5f6-89f2b3404250', '51ec35d0f8ca9cecf4f6306abefed0425a581385c5829bf1b67e01af44593bad');
INSERT INTO public.import_rows VALUES ('28079d16-3165-46fc-9016-782f0ebebc19-2', '450224', '28079d16-3165-46fc-9016-782f0ebebc19', 'agri.industry', 2, 'warned', '肉牛养殖合作社失败（市场价格下跌），损失18000.00元', '450224197002120311', '陈伟成', '019b76da-a8c9-79a2-889e-9246c604ed80', '48e4fee6-4101-4685-94da-2a530704228a', '250e751bc08ac7fe6e935e7f34fe52b5f3f9ff871e6c401f6a2bf538aae97e59');
INSERT INTO public.import_rows VALUES ('28079d16-3165-46fc-9016-782f0ebebc19-3', '450224', '28079d16-3165-46fc-9016-782f0ebebc19', 'agri.industry', 3, 'warned', '肉牛养殖合作社失败（市场价格下跌），损失18500.00元', '450224197404261475', '林文志', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '41c828d2-48cc-4420-b1fd-4e3a4cfc1382', '27d8040d20294e6e38eced73d849b830793950aa5544a27b7712e337c31ea057');
INSERT INTO public.import_rows VALUES ('28079d16-3165-46fc-9016-782f0ebebc19-4', '450224', '28079d16-3165-46fc-9016-782f0ebebc19', 'agri.industry', 4, 'warned', '肉牛养殖合作社失败（市场价格下跌），损失19000.00元', '450226198408318827', '覃雪云', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '729a5211-18a0-459f-91ff-778c53976d8e', '4564300b70fba1eac2219c71c155b35eaf02a187f13e15903edb3a216cda4899');
INSERT INTO public.import_rows VALUES ('28079d16-3165-46fc-9016-782f0ebebc19-5', '450224', '28079d16-3165-46fc-9016-782f0ebebc19', 'agri.industry', 5, 'warned', '肉牛养殖合作社失败（市场价格下跌），损失19500.00元', '450224198402090566', '龙婷', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '272147dc-abcd-4041-ac5e-fbe99d35c1b1', '2c1100a28694007b698040fee99fc7a4c7f1cae523c737d187c131eebee5f134');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-2', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 2, 'warned', '务工返乡', '450224195406188321', '刘兰秀', '019b76da-a826-7429-bfbd-0ec3e6031a71', 'b53df929-0256-4c29-aa85-c6ab470bccb5', 'dc93b39b12cbf6e32d4cbd6f81bcb66d56d3e672ebc8004fba92de18c3c38cb1');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-3', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 3, 'warned', '务工返乡', '450224198010212691', '曾光杰', '019b76da-a85c-7c2c-a02a-74548b2ad13b', 'b9933394-c575-41aa-b4fb-24583e734ab0', '72cbc83a2698f7a5139512fe6014624f9df189f76fa8e319795f0e4cf72a3088');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-4', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 4, 'warned', '务工返乡', '450224196506203837', '谢宏', '019b76da-a86f-73fe-91e9-d024552c49d8', '158f5774-6453-487b-a973-ce09f7655a32', 'c0e3c18f86522c01605163e9862848a5db5992e47a3a05ecca81c8929f3238d6');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-5', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 5, 'warned', '务工返乡', '450224197205200792', '张平波', '019b76da-a87d-7ab5-9d39-196a18942a64', '316861e4-5dcd-46e5-9125-117bdd864b79', 'a29f57b98239eec4ab3ea3f1cc1b72adc446d4dc4299867c0197226ebdfcd2b0');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-6', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 6, 'warned', '务工返乡', '450224199210215314', '韦德', '019b76da-a888-7437-9906-6b96e188a1dd', 'd3c3c333-d7c3-4c5c-b1e0-e664b4b99208', '59d44bbe5a07eb563e29d323cac4f75957a9fda2d54c064d934bd859c9698f61');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-7', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 7, 'warned', '务工返乡', '45022419840921113X', '陈成强', '019b76da-a92d-784b-809f-61be9de447cb', '8c839a5a-c18c-4f99-a1b3-8cf44432de07', 'fd6b9a87910328794dc3d0513936e247d0a1d6b2d6c6cf0e51701a72dd7b0d89');
INSERT INTO public.import_rows VALUES ('25203fef-e003-448a-9406-b0519845423c-8', '450224', '25203fef-e003-448a-9406-b0519845423c', 'hr.unemployment', 8, 'warned', '务工返乡', '450224194505072530', '廖春海', '019b76da-a95d-7545-a7f6-f378462ee2a5', 'f44da2d4-813a-46ac-957e-b5d3736fcf11', 'ee3f4a5cb87352976de722fca56be60bb5324008bfc7d2f3b82b6765916a0205');


--
-- Data for Name: imports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.imports VALUES ('b9d80143-6982-488e-b778-edf35da3a535', '450224', 'yjj', 'emergency.disaster', '演示-emergency.disaster.csv', '9b60487f8fd083af8a140c6dba61cbcebb3c4fd535a0acdf1acb8929da4e5310', 'UTF-8', 'done', 15, 0, 0, 15, 0, 0, 15, 15, 0, 0, NULL, '演示数据', 1796055689, 1796055689);
INSERT INTO public.imports VALUES ('28079d16-3165-46fc-9016-782f0ebebc19', '450224', 'nyj', 'agri.industry', '演示-agri.industry.csv', 'c52a5d2d96f09be01d7db2b3bf3abd6393485dd55f38c20c452cdea70e3c6a2b', 'UTF-8', 'done', 4, 0, 0, 4, 0, 0, 4, 4, 0, 0, NULL, '演示数据', 1796055689, 1796055689);
INSERT INTO public.imports VALUES ('25203fef-e003-448a-9406-b0519845423c', '450224', 'rsj', 'hr.unemployment', '演示-hr.unemployment.csv', 'a7db75b65923c7fac1d61eb31b1c3641d910c1bc7d876eb4271844dcf9af241a', 'UTF-8', 'done', 7, 0, 0, 7, 0, 0, 7, 0, 7, 0, NULL, '演示数据', 1796055689, 1796055689);


--
-- Data for Name: lookback_reviews; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: measures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.members VALUES ('019b76da-a801-799a-ae66-8fabc7b7fd73', '019b76da-a805-743c-94c4-ca3416de3572', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198808294630', '廖福德', 'male', '1988-08-29', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a802-743f-809f-2c4a2a3ea238', '019b76da-a805-743c-94c4-ca3416de3572', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419831018694X', '覃莉', 'female', '1983-10-18', 'spouse', 'zhuang', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, true, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a803-76b5-88f8-35cf42f600ef', '019b76da-a805-743c-94c4-ca3416de3572', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201801206305', '廖婷美', 'female', '2018-01-20', 'daughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'disabled', '2', 'hearing', 'none', NULL, NULL, NULL, NULL, NULL, 'employee', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a804-7e11-9773-07c577800473', '019b76da-a805-743c-94c4-ca3416de3572', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202201073961', '廖婷敏', 'female', '2022-01-07', 'daughter', 'han', NULL, NULL, true, NULL, 'preschool', NULL, 'disabled', '2', 'hearing', 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a806-72aa-bc53-db1adbcc2a06', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197505181650', '何波波', 'male', '1975-05-18', 'head', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 7, 527900, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a807-708e-a6c8-a6bee7b32557', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197712205643', '廖丽', 'female', '1977-12-20', 'spouse', 'han', 'masses', '19922522190', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a808-7f4a-bf44-00199526af43', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199804197571', '何国志', 'male', '1998-04-19', 'son', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a809-78ee-b9d7-41f8868011ce', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200210180364', '石红', 'female', '2002-10-18', 'daughterInLaw', 'dong', 'masses', '18037219158', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 12, 535800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a80a-7d24-9f51-e5739dcf642e', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201907095770', '何春', 'male', '2019-07-09', 'grandson', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a80b-7d02-8ff5-d67b35cab870', '019b76da-a80c-7764-afdb-2f26494472c1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202502261050', '何军成', 'male', '2025-02-26', 'grandson', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a80d-7046-8081-5383a8563306', '019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195909099101', '石丽花', 'female', '1959-09-09', 'head', 'han', 'masses', '13899896020', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a80e-754c-8b11-712af47c3458', '019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195806091318', '何华', 'male', '1958-06-09', 'spouse', 'han', 'masses', '15117940883', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a80f-7e11-b766-a1fd0040cf9e', '019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198407103063', '石琴梅', 'female', '1984-07-10', 'daughter', 'dong', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a810-7ac2-88ae-5454cb139520', '019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201406047914', '石刚', 'male', '2014-06-04', 'grandson', 'zhuang', NULL, NULL, true, NULL, 'juniorHigh', NULL, 'disabled', '3', 'speech', 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a811-7d49-8b95-9610ccd09290', '019b76da-a812-7f3d-aa56-9f3fa8c884be', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200503211873', '石海', 'male', '2005-03-21', 'grandson', 'han', 'masses', '15003015203', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 11, 514800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a813-7395-a5d4-2d4bd246c105', '019b76da-a817-7521-8e8a-9901b725b43c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195012318576', '吴强明', 'male', '1950-12-31', 'head', 'zhuang', 'masses', '19934986605', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a814-70c9-b1ef-a648ae993aaa', '019b76da-a817-7521-8e8a-9901b725b43c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195210249305', '赵花兰', 'female', '1952-10-24', 'spouse', 'han', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a815-7e0a-9778-70b8deef6f89', '019b76da-a817-7521-8e8a-9901b725b43c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198305089918', '吴超俊', 'male', '1983-05-08', 'son', 'zhuang', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a816-706a-addb-74e1f88bb7ec', '019b76da-a817-7521-8e8a-9901b725b43c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198610200408', '莫霞敏', 'female', '1986-10-20', 'daughterInLaw', 'miao', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a818-7ff8-9af5-6f7d0aa0f271', '019b76da-a81b-7e30-b590-f3c1658cea81', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195311268134', '贾伟东', 'male', '1953-11-26', 'head', 'zhuang', 'masses', '18098127709', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a819-7964-b305-563e943a1bdd', '019b76da-a81b-7e30-b590-f3c1658cea81', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195504252606', '罗丽', 'female', '1955-04-25', 'spouse', 'zhuang', 'masses', '17778741234', false, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a81a-7ca9-b4ea-eb7b707a9488', '019b76da-a81b-7e30-b590-f3c1658cea81', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198506124492', '贾平伟', 'male', '1985-06-12', 'son', 'han', 'masses', '18062949787', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 7, 196200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a81c-704c-bce8-e1d73111decf', '019b76da-a821-7cc6-8a43-e641d2f91530', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198006104436', '曾文', 'male', '1980-06-10', 'head', 'yao', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a81d-7508-b957-070a23e250a6', '019b76da-a821-7cc6-8a43-e641d2f91530', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198207162384', '莫梅秀', 'female', '1982-07-16', 'spouse', 'zhuang', 'masses', '13965613330', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a81e-7c76-a378-8c41cdf19c1d', '019b76da-a821-7cc6-8a43-e641d2f91530', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201210313651', '曾金', 'male', '2012-10-31', 'son', 'zhuang', 'masses', NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a81f-7270-9880-52ca385c0229', '019b76da-a821-7cc6-8a43-e641d2f91530', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200802216316', '曾春刚', 'male', '2008-02-21', 'son', 'zhuang', 'masses', '15046294775', true, 'college', 'notInSchool', NULL, 'disabled', '4', 'hearing', 'skilled', true, 'inProvince', 6, 337300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a820-714d-9126-871b4618b931', '019b76da-a821-7cc6-8a43-e641d2f91530', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420120413020X', '曾秀', 'female', '2012-04-13', 'daughter', 'han', 'masses', NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a822-73d3-b3f1-4643437bab83', '019b76da-a826-7429-bfbd-0ec3e6031a71', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195406188321', '刘兰秀', 'female', '1954-06-18', 'head', 'han', 'masses', '19982008872', false, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a823-7ab5-9eda-4eae7c366fb8', '019b76da-a826-7429-bfbd-0ec3e6031a71', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195305096217', '唐金东', 'male', '1953-05-09', 'spouse', 'han', 'masses', '15125747585', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a824-7a2c-b0e8-95a4d1e56827', '019b76da-a826-7429-bfbd-0ec3e6031a71', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197602073651', '刘强平', 'male', '1976-02-07', 'son', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a825-7eff-b42f-b29c4acd95b8', '019b76da-a826-7429-bfbd-0ec3e6031a71', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198602244953', '刘华林', 'male', '1986-02-24', 'son', 'han', 'masses', '17772360761', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a827-7d96-b124-8cc13c54196e', '019b76da-a82b-748b-9d83-b6134f853057', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197912025452', '林建德', 'male', '1979-12-02', 'head', 'zhuang', 'masses', '15141664935', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a828-7e6e-88d9-f6e7b3330c0c', '019b76da-a82b-748b-9d83-b6134f853057', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198306305862', '杨玲娟', 'female', '1983-06-30', 'spouse', 'zhuang', 'masses', '18691507023', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a829-7240-97b4-8bd7a7f9d7f8', '019b76da-a82b-748b-9d83-b6134f853057', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200804155983', '林敏丽', 'female', '2008-04-15', 'daughter', 'han', 'masses', '15073925282', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a82a-7b04-aeb8-b28075cffe32', '019b76da-a82b-748b-9d83-b6134f853057', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200204118476', '林强宏', 'male', '2002-04-11', 'son', 'han', 'masses', NULL, true, 'college', 'notInSchool', NULL, 'serious', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a82c-727a-a267-49888a2ea827', '019b76da-a82d-7bd2-bd5c-5349ed130d82', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450223198305263596', '廖德福', 'male', '1983-05-26', 'head', 'zhuang', 'masses', '18088614453', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 4, 357400, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a82e-76b8-a408-a6cbeca2ae36', '019b76da-a832-740d-b5ca-23c687b0ae13', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199008245034', '周斌文', 'male', '1990-08-24', 'head', 'zhuang', 'masses', NULL, true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a82f-7431-bd27-e4f13b2a6841', '019b76da-a832-740d-b5ca-23c687b0ae13', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450225199405316381', '莫雪静', 'female', '1994-05-31', 'spouse', 'han', 'masses', '19981301571', true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a830-7bf7-9521-6a604c500aaa', '019b76da-a832-740d-b5ca-23c687b0ae13', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202201248282', '周凤静', 'female', '2022-01-24', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a831-75de-848d-3e0e36da5f89', '019b76da-a832-740d-b5ca-23c687b0ae13', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419600701090X', '曾萍萍', 'female', '1960-07-01', 'mother', 'miao', 'masses', '19915463569', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a833-7f73-b2b1-74a8a021209e', '019b76da-a836-734b-b673-3adc734e78b9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198201095731', '贾海', 'male', '1982-01-09', 'head', 'han', 'masses', '17707558182', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a834-7127-a99f-18ec1cfb84be', '019b76da-a836-734b-b673-3adc734e78b9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197905302247', '谢梅琴', 'female', '1979-05-30', 'spouse', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a835-7cfd-9c4a-025e8c060b11', '019b76da-a836-734b-b673-3adc734e78b9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195006142834', '贾强建', 'male', '1950-06-14', 'father', 'miao', 'masses', '15179295800', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a837-73f7-b104-991935e18561', '019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199707205074', '杨强', 'male', '1997-07-20', 'head', 'zhuang', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 9, 532500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a838-7be2-a66d-1e3fff6e32da', '019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201701286723', '杨静月', 'female', '2017-01-28', 'daughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a839-74c7-9e64-09d7999cc14f', '019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420241219152X', '杨丹敏', 'female', '2024-12-19', 'daughter', 'han', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a83a-7fb2-9940-c82be2a5efb8', '019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202611078757', '杨志平', 'male', '2026-11-07', 'son', 'yao', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a83b-7322-8615-ad4455c77dbb', '019b76da-a83c-73d2-9c5a-fbc83390562b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202110304074', '杨福斌', 'male', '2021-10-30', 'son', 'yao', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a83d-784c-bbf9-d8f9447a4ce3', '019b76da-a840-783e-b2f5-d779cd688ce8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197704101035', '赵杰刚', 'male', '1977-04-10', 'head', 'han', 'masses', '15043751560', true, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a83e-7bd1-a20d-e99076dbbe27', '019b76da-a840-783e-b2f5-d779cd688ce8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200009304644', '赵美凤', 'female', '2000-09-30', 'daughter', 'zhuang', 'masses', '13968895304', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 3, 368400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a83f-7631-b8a7-338172e50d73', '019b76da-a840-783e-b2f5-d779cd688ce8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200602224629', '赵桂红', 'female', '2006-02-22', 'daughter', 'han', 'masses', '13866140187', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a841-7fc9-a093-5e4fbb2006a0', '019b76da-a842-7fb8-9b29-79825e385543', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419760112295X', '杨荣', 'male', '1976-01-12', 'head', 'han', 'masses', '13939192773', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 6, 185100, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a843-7511-ad17-500da824c97b', '019b76da-a847-783c-b4c0-83fa354aabf5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199209036159', '陈光杰', 'male', '1992-09-03', 'head', 'zhuang', 'masses', '13930683759', true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a844-7402-a294-0fcd9f300e54', '019b76da-a847-783c-b4c0-83fa354aabf5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199403166301', '张梅云', 'female', '1994-03-16', 'spouse', 'yao', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a845-7046-a5c4-8befed2fce1b', '019b76da-a847-783c-b4c0-83fa354aabf5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420220610558X', '陈兰莉', 'female', '2022-06-10', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a846-7cee-83f8-047107f27324', '019b76da-a847-783c-b4c0-83fa354aabf5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202608101186', '陈莉', 'female', '2026-08-10', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a848-7e50-aa58-e2f712bde541', '019b76da-a84c-78ca-8437-ad53e42be065', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198706236974', '李勇华', 'male', '1987-06-23', 'head', 'han', 'masses', '13999275839', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a849-788a-aaad-1c7aa47b100e', '019b76da-a84c-78ca-8437-ad53e42be065', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202109154718', '李荣军', 'male', '2021-09-15', 'son', 'zhuang', NULL, NULL, true, NULL, 'preschool', NULL, 'serious', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a84a-7597-9941-768ab9bcfbd4', '019b76da-a84c-78ca-8437-ad53e42be065', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201701126092', '李超永', 'male', '2017-01-12', 'son', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a84b-783e-9119-5396e82619a0', '019b76da-a84c-78ca-8437-ad53e42be065', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201312082647', '李英玲', 'female', '2013-12-08', 'daughter', 'dong', NULL, NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a84d-740a-9f5d-59fbb30a4dbc', '019b76da-a851-7079-925b-8218f3ed23a7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450225196706072591', '王华', 'male', '1967-06-07', 'head', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a84e-7b35-8500-01b454020224', '019b76da-a851-7079-925b-8218f3ed23a7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196209083701', '梁梅艳', 'female', '1962-09-08', 'spouse', 'zhuang', 'masses', '19912392365', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a84f-729b-9e30-7dd2367bb909', '019b76da-a851-7079-925b-8218f3ed23a7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200010082903', '王桂敏', 'female', '2000-10-08', 'daughter', 'han', 'masses', NULL, true, 'college', 'notInSchool', NULL, 'disabled', '3', 'multiple', 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a850-714e-8388-2a4b3e603579', '019b76da-a851-7079-925b-8218f3ed23a7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199908156416', '王伟', 'male', '1999-08-15', 'son', 'han', 'masses', '15030562392', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a852-7bd7-a4e1-8e6ff4c5f325', '019b76da-a853-717c-8efd-f6218528069d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419630720743X', '李志华', 'male', '1963-07-20', 'head', 'han', 'masses', '18048757573', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a854-76d3-afa0-630bf9da890f', '019b76da-a858-792c-96e1-a2c9e3eb4736', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199608159914', '覃明斌', 'male', '1996-08-15', 'head', 'han', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a855-7409-b633-f23a61e7ea17', '019b76da-a858-792c-96e1-a2c9e3eb4736', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199611160369', '黄英琴', 'female', '1996-11-16', 'spouse', 'miao', 'masses', '18652291823', true, 'vocational', 'notInSchool', NULL, 'disabled', '1', 'vision', 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a856-796d-a700-3bb93ba1343c', '019b76da-a858-792c-96e1-a2c9e3eb4736', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202611088066', '覃芳秀', 'female', '2026-11-08', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a857-7277-9f45-8d73b5f473a2', '019b76da-a858-792c-96e1-a2c9e3eb4736', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202008175157', '覃平宏', 'male', '2020-08-17', 'son', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a859-7525-936f-e509aadaeef9', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198010212691', '曾光杰', 'male', '1980-10-21', 'head', 'zhuang', 'masses', '17738063884', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 3, 278800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a85a-7883-94e0-8de28439a5bd', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201202179114', '曾光光', 'male', '2012-02-17', 'son', 'han', 'masses', NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a85b-7e1d-b766-6a49a12e7722', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200901296948', '曾燕梅', 'female', '2009-01-29', 'daughter', 'han', 'youthLeague', NULL, true, NULL, 'seniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a85d-76e0-bd07-aab385c16886', '019b76da-a85f-7e6d-8341-db0ce6ef68b5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196304108559', '覃波', 'male', '1963-04-10', 'head', 'zhuang', 'masses', '19901508828', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a85e-7659-a79f-23a9556f3562', '019b76da-a85f-7e6d-8341-db0ce6ef68b5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198901160522', '覃丽', 'female', '1989-01-16', 'daughter', 'han', 'masses', '19970894381', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 4, 294800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a860-7c72-92a7-ec0de028ba9b', '019b76da-a863-7cda-a89a-95e3785d783a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198410222856', '贾福', 'male', '1984-10-22', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a861-7897-a9fb-27c97a8c9735', '019b76da-a863-7cda-a89a-95e3785d783a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198407059349', '黄梅静', 'female', '1984-07-05', 'spouse', 'zhuang', 'masses', '19959523854', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', true, 'outOfProvince', 10, 613300, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a862-709a-98ec-49e6f935e3d7', '019b76da-a863-7cda-a89a-95e3785d783a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200501030649', '贾霞红', 'female', '2005-01-03', 'daughter', 'han', 'masses', '19998957430', true, NULL, 'higherVocational', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a864-7619-a637-bfe18ebca962', '019b76da-a866-7524-8056-24ef96453ed9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196108209950', '曾国宏', 'male', '1961-08-20', 'head', 'han', 'masses', '19917893788', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a865-7a1a-bf52-eb6a879ad2c6', '019b76da-a866-7524-8056-24ef96453ed9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195602097128', '林凤云', 'female', '1956-02-09', 'spouse', 'zhuang', 'masses', '17728913534', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a867-7516-b32a-b791f21de0cf', '019b76da-a86a-79c2-95d2-0e950ba3ab94', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419771221673X', '韦文超', 'male', '1977-12-21', 'head', 'dong', 'masses', '13847644294', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', true, 'outOfProvince', 5, 302200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a868-779b-b362-6a76157bd1e3', '019b76da-a86a-79c2-95d2-0e950ba3ab94', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198204149280', '石花静', 'female', '1982-04-14', 'spouse', 'han', 'masses', '17734848107', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a869-79e8-ab0e-055fc8080b82', '019b76da-a86a-79c2-95d2-0e950ba3ab94', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200312165368', '韦琴美', 'female', '2003-12-16', 'daughter', 'han', 'masses', '17714845582', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a86b-7f92-a66b-1db2370a1576', '019b76da-a86f-73fe-91e9-d024552c49d8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196506203837', '谢宏', 'male', '1965-06-20', 'head', 'miao', 'masses', '17796063837', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a86c-72ef-ae09-e3d7d501208d', '019b76da-a86f-73fe-91e9-d024552c49d8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196902012629', '何凤静', 'female', '1969-02-01', 'spouse', 'zhuang', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a86d-78df-8f0d-c5822253bdf1', '019b76da-a86f-73fe-91e9-d024552c49d8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198708204343', '谢桂艳', 'female', '1987-08-20', 'daughter', 'han', 'masses', '15159992211', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 12, 180400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a86e-757c-bf33-84d1de1bc689', '019b76da-a86f-73fe-91e9-d024552c49d8', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200804162104', '谢婷', 'female', '2008-04-16', 'granddaughter', 'han', 'masses', '18068630858', true, NULL, 'undergraduate', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a870-7837-a23a-6a50b21a00aa', '019b76da-a875-7153-b83d-c17d3b9cce72', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197701189510', '杨东平', 'male', '1977-01-18', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a871-7469-a9e8-e24669d990dc', '019b76da-a875-7153-b83d-c17d3b9cce72', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197312271721', '张静云', 'female', '1973-12-27', 'spouse', 'zhuang', 'masses', '17707542190', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 8, 299300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a872-7974-ba0f-427a1b750d85', '019b76da-a875-7153-b83d-c17d3b9cce72', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200306150645', '杨莉', 'female', '2003-06-15', 'daughter', 'han', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a873-7270-b82a-9e17ea7391c0', '019b76da-a875-7153-b83d-c17d3b9cce72', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199703057676', '杨国', 'male', '1997-03-05', 'son', 'dong', 'masses', '18638021080', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a874-7110-8a6e-511419fce96a', '019b76da-a875-7153-b83d-c17d3b9cce72', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420081231610X', '杨芳', 'female', '2008-12-31', 'daughter', 'han', 'masses', NULL, true, NULL, 'seniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a876-70c4-ad3b-fbf5e267e681', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197205200792', '张平波', 'male', '1972-05-20', 'head', 'han', 'masses', '15000998996', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 7, 342300, NULL, 'resident', true, NULL, 'employee', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a877-7b5d-874d-95fe4b758200', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450226197108218862', '杨娟', 'female', '1971-08-21', 'spouse', 'zhuang', 'masses', '15179089549', true, 'juniorHigh', 'notInSchool', NULL, 'chronic,disabled', '2', 'multiple', 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a878-7d6e-9b2a-17a8867523fb', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199202296273', '张宏成', 'male', '1992-02-29', 'son', 'han', 'masses', '19941687963', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a879-7600-bdb8-11b3ac7fd8cd', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199210105086', '赵珍桂', 'female', '1992-10-10', 'daughterInLaw', 'han', 'masses', '13958768684', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 3, 417600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a87a-735b-8717-84e1bc4030a2', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420180110507X', '张强文', 'male', '2018-01-10', 'grandson', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a87b-7b4f-ade6-913a05aac11f', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202002250507', '张云婷', 'female', '2020-02-25', 'granddaughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a87c-7f24-97a4-b57f53303f89', '019b76da-a87d-7ab5-9d39-196a18942a64', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200305267286', '张兰花', 'female', '2003-05-26', 'daughter', 'yao', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', true, 'outOfProvince', 7, 423300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a87e-713b-95bf-ef91f0ad93e9', '019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198906052977', '蒙荣福', 'male', '1989-06-05', 'head', 'zhuang', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 7, 338600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a87f-7f75-9f18-be8a6c661c26', '019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198601036802', '蓝兰敏', 'female', '1986-01-03', 'spouse', 'han', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a880-7247-85c2-36d62c016636', '019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196108196395', '蒙成华', 'male', '1961-08-19', 'father', 'han', 'masses', '17768921063', true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a881-728f-a12a-010579da927c', '019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201308161318', '蒙勇', 'male', '2013-08-16', 'son', 'zhuang', NULL, NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a882-776a-979c-57bd6fad8b1e', '019b76da-a883-7bb3-8e72-463bcd65ca00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201510282017', '蒙俊', 'male', '2015-10-28', 'son', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a884-79d3-a97c-feb32965e5f7', '019b76da-a888-7437-9906-6b96e188a1dd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199210215314', '韦德', 'male', '1992-10-21', 'head', 'han', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', true, 'outOfProvince', 3, 583500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a885-7ad5-b954-5e0cee72640e', '019b76da-a888-7437-9906-6b96e188a1dd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199101216289', '潘玲琴', 'female', '1991-01-21', 'spouse', 'han', 'masses', '18694428003', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a886-7b31-839b-1632f90a17c3', '019b76da-a888-7437-9906-6b96e188a1dd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202209037375', '韦志海', 'male', '2022-09-03', 'son', 'miao', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a887-7460-8c6a-86e0ee3e4fae', '019b76da-a888-7437-9906-6b96e188a1dd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202003255289', '韦娟珍', 'female', '2020-03-25', 'daughter', 'miao', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a889-74f8-a580-a23ef7a298fd', '019b76da-a88d-7898-b576-6a45c2daaef6', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197404065298', '曾国志', 'male', '1974-04-06', 'head', 'zhuang', 'masses', '13837683768', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 10, 390900, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a88a-76bb-b01d-a4a3650144d5', '019b76da-a88d-7898-b576-6a45c2daaef6', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197309242102', '何燕琴', 'female', '1973-09-24', 'spouse', 'han', 'masses', '15021836103', true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', true, 'outOfProvince', 4, 326000, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a88b-7e63-9ad0-fd61c753ba51', '019b76da-a88d-7898-b576-6a45c2daaef6', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200403091990', '曾勇', 'male', '2004-03-09', 'son', 'zhuang', 'masses', '18007035291', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a88c-7795-ac01-44a52a0bd3ce', '019b76da-a88d-7898-b576-6a45c2daaef6', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202504292184', '曾丹', 'female', '2025-04-29', 'granddaughter', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a88e-74e4-a8af-c1e6f54957ee', '019b76da-a892-7f76-b4df-458c18b1955a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196205294931', '石金', 'male', '1962-05-29', 'head', 'han', 'masses', '19978283729', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a88f-7876-9b76-8d4270dd937c', '019b76da-a892-7f76-b4df-458c18b1955a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196311147548', '马莉春', 'female', '1963-11-14', 'spouse', 'han', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a890-7e9d-b464-05814c4798ef', '019b76da-a892-7f76-b4df-458c18b1955a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199503280136', '石鹏刚', 'male', '1995-03-28', 'son', 'han', 'masses', '15134338020', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a891-7620-9b12-1bc0f6f3aca6', '019b76da-a892-7f76-b4df-458c18b1955a', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201507059711', '石建', 'male', '2015-07-05', 'grandson', 'dong', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a893-7c3e-86b0-e769cabe5676', '019b76da-a895-7dac-b455-17532da601eb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200006155620', '刘兰雪', 'female', '2000-06-15', 'head', 'zhuang', 'masses', '19933276879', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 4, 845100, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a894-7ccb-b05b-6449c65b6eac', '019b76da-a895-7dac-b455-17532da601eb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200007140797', '蓝福', 'male', '2000-07-14', 'spouse', 'han', 'masses', '18635465187', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a896-7135-8ede-aeba7cb5680c', '019b76da-a899-7a04-9a47-63f1ce07c940', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199401262105', '莫雪珍', 'female', '1994-01-26', 'head', 'miao', 'masses', '18008095853', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a897-7ccf-b569-5dde7fdf0682', '019b76da-a899-7a04-9a47-63f1ce07c940', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199903135579', '潘军鹏', 'male', '1999-03-13', 'spouse', 'han', 'masses', '13897758710', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 3, 234800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a898-73bb-90a9-ad8c7a5606ee', '019b76da-a899-7a04-9a47-63f1ce07c940', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202001132066', '莫红', 'female', '2020-01-13', 'daughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a89a-70f2-bb9c-76306bcf5b5e', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419591119161X', '刘勇伟', 'male', '1959-11-19', 'head', 'zhuang', 'masses', '19931082891', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a89b-760a-a6fd-cae70ff34886', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419620712504X', '刘芳丽', 'female', '1962-07-12', 'spouse', 'han', 'masses', '15109795268', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a89c-76fd-8882-d637e393cb3a', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198006113308', '刘美霞', 'female', '1980-06-11', 'daughter', 'han', 'masses', '18656232576', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'abroad', 5, 428300, NULL, 'resident', true, NULL, 'employee', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a89d-7c64-96d7-2ff0c5a9040b', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198401071208', '刘丽', 'female', '1984-01-07', 'daughter', 'yao', 'masses', '18053982085', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a89e-7231-8f58-4b6479b199d2', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200201256144', '刘芳', 'female', '2002-01-25', 'granddaughter', 'yao', 'masses', '17724416614', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a0-7822-9b62-fa63ffd69164', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199602155322', '吴玲秀', 'female', '1996-02-15', 'head', 'han', 'masses', '18625878906', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a1-7905-99f1-01b97ded1845', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199702193131', '曾春超', 'male', '1997-02-19', 'spouse', 'yao', 'masses', '18040701937', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a2-7701-834c-b5c94aacc4b4', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197407085710', '吴文海', 'male', '1974-07-08', 'father', 'han', 'masses', '15045888509', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 11, 346000, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a3-7f97-8fa2-94d95f2ad462', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202512020250', '吴志', 'male', '2025-12-02', 'son', 'han', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a5-7d8e-a403-6b23ddeddda6', '019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419950302196X', '李兰艳', 'female', '1995-03-02', 'head', 'han', 'masses', '15083737376', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 8, 362700, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a6-7330-986e-6ee51d11d6a7', '019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199106134231', '陈金', 'male', '1991-06-13', 'spouse', 'miao', 'masses', '15065900217', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a7-7b84-ab5d-8859b565ce6b', '019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196711036150', '李林伟', 'male', '1967-11-03', 'father', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a8-76b9-9960-4a5758d6b49e', '019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202108025084', '李红琴', 'female', '2021-08-02', 'daughter', 'dong', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8a9-7245-83b2-b25f56894d66', '019b76da-a8aa-79eb-a1af-4de10a36983f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201503133267', '李梅', 'female', '2015-03-13', 'daughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ab-7f83-8db2-004ce37bd805', '019b76da-a8ae-7af3-87a7-1355761379e2', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419941108295X', '梁文伟', 'male', '1994-11-08', 'head', 'han', 'masses', '18655251925', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ac-7ec4-811a-8cec26c22697', '019b76da-a8ae-7af3-87a7-1355761379e2', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199803137622', '龙花花', 'female', '1998-03-13', 'spouse', 'zhuang', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 8, 217600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ad-7fd6-bc17-f87eb4aba62b', '019b76da-a8ae-7af3-87a7-1355761379e2', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196611058168', '周月', 'female', '1966-11-05', 'mother', 'miao', 'masses', '18057303530', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8af-7c9d-a17e-3de2c68877bf', '019b76da-a8b2-7f46-b0c6-1e63bc70c3ab', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198201292137', '覃永福', 'male', '1982-01-29', 'head', 'yao', 'masses', '15184704365', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b0-7f4c-af34-1c6ea06c028f', '019b76da-a8b2-7f46-b0c6-1e63bc70c3ab', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198202281827', '韦芳玲', 'female', '1982-02-28', 'spouse', 'zhuang', 'masses', '15121510234', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b1-75a6-8099-ba79f5dc4a77', '019b76da-a8b2-7f46-b0c6-1e63bc70c3ab', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201102059721', '覃燕', 'female', '2011-02-05', 'daughter', 'han', 'youthLeague', NULL, true, NULL, 'secondaryVocational', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b3-704a-ae86-9cdd5f0ec4cb', '019b76da-a8b7-7d9a-b1ff-532f73ea7379', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198008070874', '莫超', 'male', '1980-08-07', 'head', 'zhuang', 'masses', '17771158698', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 4, 302500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b4-726c-9afd-58b624c5854a', '019b76da-a8b7-7d9a-b1ff-532f73ea7379', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198508195980', '龙红美', 'female', '1985-08-19', 'spouse', 'zhuang', 'masses', '18650530565', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b5-7228-af9c-4dcf26f66550', '019b76da-a8b7-7d9a-b1ff-532f73ea7379', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200003308310', '莫超金', 'male', '2000-03-30', 'son', 'han', 'masses', '15156191435', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 10, 461400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b6-7907-bfeb-dfd8434a1c4d', '019b76da-a8b7-7d9a-b1ff-532f73ea7379', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199703147321', '石娟云', 'female', '1997-03-14', 'daughterInLaw', 'dong', 'masses', '13840139306', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 5, 387500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b8-7b7b-a858-fba1bb921919', '019b76da-a8bc-7b12-b838-da4d7dd61555', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195411211530', '刘成', 'male', '1954-11-21', 'head', 'dong', 'masses', '13916301423', false, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'employee', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8b9-7bc3-894f-41589eab0804', '019b76da-a8bc-7b12-b838-da4d7dd61555', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224194911085505', '覃芳婷', 'female', '1949-11-08', 'spouse', 'han', 'masses', '13895256580', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ba-7d31-8dc0-59e8c073592a', '019b76da-a8bc-7b12-b838-da4d7dd61555', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198210084858', '刘明勇', 'male', '1982-10-08', 'son', 'yao', 'masses', '18097247919', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8bb-71e4-9684-7407f4e519ea', '019b76da-a8bc-7b12-b838-da4d7dd61555', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198805199777', '刘福鹏', 'male', '1988-05-19', 'son', 'zhuang', 'masses', '18039513727', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8bd-7ca4-b160-aa115f05b06c', '019b76da-a8c0-713f-a671-e4c21834d2b3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198209229212', '韦东永', 'male', '1982-09-22', 'head', 'han', 'masses', '17726667235', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8be-7046-a7da-722ae8ca8d49', '019b76da-a8c0-713f-a671-e4c21834d2b3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198604146329', '王月美', 'female', '1986-04-14', 'spouse', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 3, 635900, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8bf-7174-8f7e-e91b93674b39', '019b76da-a8c0-713f-a671-e4c21834d2b3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022620050906618X', '韦玲', 'female', '2005-09-06', 'daughter', 'han', 'masses', '18047425837', true, NULL, 'undergraduate', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c1-7b6e-a897-5c67190ac3dd', '019b76da-a8c5-7b36-a1f1-0d765b49dde3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195508255898', '欧林国', 'male', '1955-08-25', 'head', 'han', 'masses', '15012022229', false, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c2-7aa1-b2e9-6bfd2bd506d6', '019b76da-a8c5-7b36-a1f1-0d765b49dde3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195903197229', '谢芳霞', 'female', '1959-03-19', 'spouse', 'han', 'masses', '18625391378', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'weak', false, NULL, NULL, NULL, true, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c3-7180-8d3d-7a29b9bb2062', '019b76da-a8c5-7b36-a1f1-0d765b49dde3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197707050173', '欧斌', 'male', '1977-07-05', 'son', 'han', 'masses', '18600526728', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 11, 508800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c4-7539-bcd0-d72a8e36c2fe', '019b76da-a8c5-7b36-a1f1-0d765b49dde3', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200308274852', '欧刚明', 'male', '2003-08-27', 'grandson', 'dong', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 4, 359700, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c6-7f8e-ace3-265fc0269e10', '019b76da-a8c9-79a2-889e-9246c604ed80', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197002120311', '陈伟成', 'male', '1970-02-12', 'head', 'han', 'masses', '18602354847', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c7-7071-af06-7c08780d3432', '019b76da-a8c9-79a2-889e-9246c604ed80', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196909075489', '吴花美', 'female', '1969-09-07', 'spouse', 'han', 'masses', NULL, true, 'illiterate', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8c8-774f-9b80-2005a38712ac', '019b76da-a8c9-79a2-889e-9246c604ed80', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200112048036', '陈福华', 'male', '2001-12-04', 'son', 'han', 'masses', '15007328193', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 11, 616500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ca-7db6-a7e4-de6bdac4a5e4', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197404261475', '林文志', 'male', '1974-04-26', 'head', 'dong', 'masses', '15074113887', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8cb-7bdc-aeed-facd6787030a', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196903178081', '韦月月', 'female', '1969-03-17', 'spouse', 'han', 'masses', '17738248601', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8cc-7d8f-bb7a-ffd22369b9bf', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200211204102', '林美月', 'female', '2002-11-20', 'daughter', 'miao', 'masses', NULL, true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8cd-7529-b975-5b39c8f44f33', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202308230373', '林金俊', 'male', '2023-08-23', 'grandson', 'han', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8cf-7931-bc4a-d56925457faa', '019b76da-a8d0-775e-81e1-29eb4cad3f85', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196104301215', '胡成文', 'male', '1961-04-30', 'head', 'han', 'masses', '13929969447', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d1-7613-8033-e589650d1a42', '019b76da-a8d5-74c7-a3d4-624b415cc486', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195108137710', '蓝林', 'male', '1951-08-13', 'head', 'han', 'masses', '18696896880', false, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d2-7c02-b9ff-129d2f77f1de', '019b76da-a8d5-74c7-a3d4-624b415cc486', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224194703069906', '曾春珍', 'female', '1947-03-06', 'spouse', 'han', 'masses', '13975538345', true, 'illiterate', 'notInSchool', NULL, 'chronic', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d3-74ef-be28-520979ff0442', '019b76da-a8d5-74c7-a3d4-624b415cc486', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198409228433', '蓝军', 'male', '1984-09-22', 'son', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d4-7b24-86ac-3dd5d695a884', '019b76da-a8d5-74c7-a3d4-624b415cc486', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197209283249', '蓝芳', 'female', '1972-09-28', 'daughter', 'zhuang', 'masses', '17771894598', true, 'vocational', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', true, 'outOfProvince', 6, 216300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d6-73d0-b196-f301ec485cec', '019b76da-a8da-7826-ba3b-29ea3c73b317', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197603305872', '唐德成', 'male', '1976-03-30', 'head', 'dong', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d7-71ec-ac6c-1edb5b8ffac8', '019b76da-a8da-7826-ba3b-29ea3c73b317', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197608118929', '蓝美梅', 'female', '1976-08-11', 'spouse', 'zhuang', 'masses', '15059998835', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 5, 354400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d8-7cfa-a82b-072fcda8a64c', '019b76da-a8da-7826-ba3b-29ea3c73b317', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200502180083', '唐英云', 'female', '2005-02-18', 'daughter', 'han', 'masses', '13911777085', true, 'college', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8d9-7f04-a3ac-10d14fd2f891', '019b76da-a8da-7826-ba3b-29ea3c73b317', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200507088921', '唐春娟', 'female', '2005-07-08', 'daughter', 'dong', 'masses', '15071663097', true, 'college', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8db-7002-b123-3511f0cc3eaa', '019b76da-a8de-7c30-8bf3-3d3d3ef1b7cf', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198407227664', '莫云', 'female', '1984-07-22', 'head', 'han', 'masses', '13827731086', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8dc-7651-9c5c-22152a7d00c5', '019b76da-a8de-7c30-8bf3-3d3d3ef1b7cf', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198307058736', '贾伟勇', 'male', '1983-07-05', 'spouse', 'han', 'masses', '13869357729', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8dd-79a3-a5fa-c904134d29c8', '019b76da-a8de-7c30-8bf3-3d3d3ef1b7cf', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201109186715', '莫荣', 'male', '2011-09-18', 'son', 'zhuang', 'masses', NULL, true, NULL, 'seniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'none', false, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8df-7195-8197-772668639d86', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199403232751', '张强福', 'male', '1994-03-23', 'head', 'yao', 'masses', '18082655725', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e0-71c7-ba99-e9a521b78da4', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199303058864', '陈艳雪', 'female', '1993-03-05', 'spouse', 'han', 'masses', '17764989402', true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e1-7cf0-b63a-3e5379dc4229', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202311101919', '张春金', 'male', '2023-11-10', 'son', 'dong', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e2-793e-b15c-8284d8a5f15f', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196307063819', '张林国', 'male', '1963-07-06', 'father', 'dong', 'masses', '13940171317', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e3-7a95-87ff-75d48e5e770f', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201505122000', '张美红', 'female', '2015-05-12', 'daughter', 'yao', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e5-7bba-a5fe-46e0d2d240af', '019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197803300056', '欧鹏刚', 'male', '1978-03-30', 'head', 'zhuang', 'masses', '17747571458', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e6-71d4-9805-6b47149bb125', '019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197603240546', '吴艳艳', 'female', '1976-03-24', 'spouse', 'zhuang', 'masses', '19904455599', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e7-7043-9540-d68de12be7b5', '019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419990902612X', '欧春', 'female', '1999-09-02', 'daughter', 'zhuang', 'masses', '15018417930', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 12, 424200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e8-75ea-8ed2-24a0bbd0312f', '019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450223200406038259', '欧平', 'male', '2004-06-03', 'son', 'dong', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 4, 478200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8e9-7650-b9b1-d2f1fbed4d56', '019b76da-a8ea-7ee2-afc6-29dadabe3c3b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200102219241', '王婷兰', 'female', '2001-02-21', 'daughterInLaw', 'zhuang', 'masses', '15118868941', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8eb-7d70-a6f4-80b630b4615a', '019b76da-a8ef-789f-9cef-f3b64cf302ad', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197907194913', '曾成', 'male', '1979-07-19', 'head', 'han', 'masses', '15005169723', true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'skilled', true, 'outOfProvince', 8, 464400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ec-783e-8ea3-c22cdac68186', '019b76da-a8ef-789f-9cef-f3b64cf302ad', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198410136368', '蒙艳', 'female', '1984-10-13', 'spouse', 'dong', 'masses', '18672592266', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 6, 487200, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ed-7158-929e-ad7825fd9d4a', '019b76da-a8ef-789f-9cef-f3b64cf302ad', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199912231693', '曾德强', 'male', '1999-12-23', 'son', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ee-7dc5-8e68-0802a04d5ef8', '019b76da-a8ef-789f-9cef-f3b64cf302ad', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200205013246', '杨云梅', 'female', '2002-05-01', 'daughterInLaw', 'han', 'masses', '15159561692', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 4, 303000, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f0-7290-a096-033d5a29b484', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450225197404166693', '蒙斌伟', 'male', '1974-04-16', 'head', 'zhuang', 'masses', '18044865224', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 7, 499000, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f1-74f7-9c0c-67698b9f0f3b', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197509050746', '周秀兰', 'female', '1975-09-05', 'spouse', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f2-75c7-868e-5f3c69aa5f47', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200001210854', '蒙永荣', 'male', '2000-01-21', 'son', 'han', 'masses', '15054220315', true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 8, 386800, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f3-79c4-b690-7d9789af756f', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200004245120', '张敏凤', 'female', '2000-04-24', 'daughterInLaw', 'dong', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 5, 350300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f4-7d86-9e9f-4a73feaff825', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420030917436X', '蒙梅美', 'female', '2003-09-17', 'daughter', 'dong', 'masses', '15172519641', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 8, 576500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f5-77ab-90fc-a8bff962d29f', '019b76da-a8f6-7944-859a-2c949ec7c45b', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199712312552', '蒙波勇', 'male', '1997-12-31', 'son', 'miao', 'masses', '15036052714', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f7-7d4e-829b-365c54974a6a', '019b76da-a8fa-7f39-8f3e-71d15d3b6893', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196603237238', '廖荣', 'male', '1966-03-23', 'head', 'zhuang', 'masses', '15146210300', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f8-7165-a603-5b55fa5208ed', '019b76da-a8fa-7f39-8f3e-71d15d3b6893', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419690520444X', '贾雪', 'female', '1969-05-20', 'spouse', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8f9-7999-ae51-bcb8c343e70c', '019b76da-a8fa-7f39-8f3e-71d15d3b6893', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199202262807', '廖燕琴', 'female', '1992-02-26', 'daughter', 'han', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8fb-7690-aa82-89e183e72510', '019b76da-a8fd-7491-a829-4f5af178b817', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199612306737', '杨杰刚', 'male', '1996-12-30', 'head', 'han', 'masses', '17757922438', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 7, 380300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8fc-7646-b7eb-eba058de43ab', '019b76da-a8fd-7491-a829-4f5af178b817', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200011263562', '罗霞丽', 'female', '2000-11-26', 'spouse', 'zhuang', 'masses', '13857576789', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 9, 260900, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8fe-7c51-8151-e7ee9790539a', '019b76da-a902-73cf-82d9-cddcfdd76e23', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196603250950', '张勇伟', 'male', '1966-03-25', 'head', 'zhuang', 'masses', '17708191854', true, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a8ff-7b01-b2b8-5490d360cff1', '019b76da-a902-73cf-82d9-cddcfdd76e23', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199403046537', '张杰勇', 'male', '1994-03-04', 'son', 'han', 'masses', '18067067112', true, 'college', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a900-7d93-9c6f-5705070cfc9c', '019b76da-a902-73cf-82d9-cddcfdd76e23', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199209154868', '罗秀霞', 'female', '1992-09-15', 'daughterInLaw', 'han', 'cpcMember', '18643204830', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a901-7c6d-b97d-760ad71697fc', '019b76da-a902-73cf-82d9-cddcfdd76e23', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202008064270', '张春', 'male', '2020-08-06', 'grandson', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a903-7ee3-b4b4-828a38b6e116', '019b76da-a905-7fbd-8d27-87e7e63389b9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198206278377', '周波杰', 'male', '1982-06-27', 'head', 'han', 'masses', '13816398181', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a904-797e-9ea0-c0a7574fdfa1', '019b76da-a905-7fbd-8d27-87e7e63389b9', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198610133460', '李桂丹', 'female', '1986-10-13', 'spouse', 'han', 'masses', '17740698046', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a906-72a6-9b5d-1799def420ee', '019b76da-a90b-7b87-8030-f3824480546d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419980130962X', '周霞琴', 'female', '1998-01-30', 'head', 'han', 'masses', NULL, true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 6, 316700, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a907-7589-b408-36982ce7145e', '019b76da-a90b-7b87-8030-f3824480546d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202610145006', '周云静', 'female', '2026-10-14', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a908-7a59-8d87-fda7714edb36', '019b76da-a90b-7b87-8030-f3824480546d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420220321545X', '周志永', 'male', '2022-03-21', 'son', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a909-7b5c-95fb-cf556aabc5e0', '019b76da-a90b-7b87-8030-f3824480546d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197509178731', '周斌金', 'male', '1975-09-17', 'father', 'dong', 'masses', '15060049992', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a90a-70f0-a760-329fdc1705d1', '019b76da-a90b-7b87-8030-f3824480546d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202603133285', '周春', 'female', '2026-03-13', 'daughter', 'miao', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a90c-7eeb-9744-7e5c84fba76a', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419730907943X', '莫杰光', 'male', '1973-09-07', 'head', 'han', 'masses', '15091936272', true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'abroad', 6, 268200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a90d-77df-be35-2f8b7ebaeb26', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197106284820', '赵霞莉', 'female', '1971-06-28', 'spouse', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a90e-7540-a5df-f5bbeb20a3aa', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420030424236X', '莫美雪', 'female', '2003-04-24', 'daughter', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 11, 322600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a90f-7578-9be6-9b2ca95af783', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420240614214X', '莫霞婷', 'female', '2024-06-14', 'granddaughter', 'han', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a910-72c5-9ebc-be554d47d7ac', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199506253336', '莫波海', 'male', '1995-06-25', 'son', 'han', 'masses', '18632328122', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a911-7354-b2b5-5ade9dd68da0', '019b76da-a912-7c7e-8f1c-3cc44bc9c845', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420250121413X', '莫成平', 'male', '2025-01-21', 'grandson', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a913-7a19-b13f-ae88831b3e1c', '019b76da-a916-7f12-9483-d0614f5ec4e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198005154474', '杨建超', 'male', '1980-05-15', 'head', 'han', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 12, 391600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a914-732a-8c41-568a78a17a69', '019b76da-a916-7f12-9483-d0614f5ec4e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198410253687', '李月云', 'female', '1984-10-25', 'spouse', 'zhuang', 'masses', '17768583034', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a915-7afc-98e2-94082df72fc4', '019b76da-a916-7f12-9483-d0614f5ec4e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201205164209', '杨梅', 'female', '2012-05-16', 'daughter', 'han', 'masses', NULL, true, NULL, 'juniorHigh', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a917-7c59-b092-cd7c1074aac1', '019b76da-a91b-7583-b432-e15836a6d32f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198709192372', '马强', 'male', '1987-09-19', 'head', 'zhuang', 'masses', '18686709352', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', true, 'outOfProvince', 12, 446400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a918-7707-804f-1ce87c70cb10', '019b76da-a91b-7583-b432-e15836a6d32f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199007048207', '林燕梅', 'female', '1990-07-04', 'spouse', 'han', 'masses', '17795203118', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a919-73c7-9da4-dcd1f57714d6', '019b76da-a91b-7583-b432-e15836a6d32f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196503315438', '马宏文', 'male', '1965-03-31', 'father', 'han', 'masses', '18007271923', true, 'juniorHigh', 'notInSchool', NULL, 'disabled', '1', 'physical', 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a91a-7ce0-b724-053f2b100b30', '019b76da-a91b-7583-b432-e15836a6d32f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200701020410', '马平波', 'male', '2007-01-02', 'son', 'han', 'masses', NULL, true, NULL, 'higherVocational', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a91c-7065-8e18-15caa411dce6', '019b76da-a91d-737e-83ae-e58cda3517fe', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419430714779X', '谢志宏', 'male', '1943-07-14', 'head', 'yao', 'masses', '19937553685', false, 'primary', 'notInSchool', NULL, 'chronic', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a91e-79fc-a856-0b845b0d804a', '019b76da-a921-781b-8f5f-1d0eff32df36', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195603161638', '林杰', 'male', '1956-03-16', 'head', 'miao', 'cpcMember', '18068670339', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a91f-70f9-83b2-19cfa6e95f58', '019b76da-a921-781b-8f5f-1d0eff32df36', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196102244560', '刘美桂', 'female', '1961-02-24', 'spouse', 'zhuang', 'masses', '18032849049', true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a920-7204-843b-486c3e0dff45', '019b76da-a921-781b-8f5f-1d0eff32df36', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198210082350', '林成', 'male', '1982-10-08', 'son', 'zhuang', 'masses', '18057867302', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 7, 656200, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a922-758c-9c8d-fa6194a762c1', '019b76da-a925-70a1-a9c2-e7f50b750660', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198306207808', '林桂霞', 'female', '1983-06-20', 'head', 'yao', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 12, 375500, NULL, 'resident', true, NULL, 'employee', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a923-772e-bf49-536073c64dec', '019b76da-a925-70a1-a9c2-e7f50b750660', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198402277996', '廖俊伟', 'male', '1984-02-27', 'spouse', 'miao', 'masses', '19976155171', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a924-783c-8219-767ddab5daa6', '019b76da-a925-70a1-a9c2-e7f50b750660', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420030807173X', '林志东', 'male', '2003-08-07', 'son', 'han', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a926-7a2c-b5c6-1a6ea9248837', '019b76da-a927-7042-9268-30dda0953877', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198608088170', '黄超文', 'male', '1986-08-08', 'head', 'han', 'masses', '15006330775', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a928-7a3c-a6cc-cabc81f893a2', '019b76da-a929-7df3-87cd-c54a18e99d36', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198405178002', '何丹娟', 'female', '1984-05-17', 'head', 'miao', 'masses', '15101705615', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a92a-75a9-b756-030fe52217c6', '019b76da-a92d-784b-809f-61be9de447cb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419840921113X', '陈成强', 'male', '1984-09-21', 'head', 'zhuang', 'masses', '15092217216', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a92b-732f-a0e3-a7aede791aea', '019b76da-a92d-784b-809f-61be9de447cb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419851118094X', '韦珍梅', 'female', '1985-11-18', 'spouse', 'han', 'masses', '15139438500', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a92c-713f-9cc0-fd33aebdd4b7', '019b76da-a92d-784b-809f-61be9de447cb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201505223645', '陈花艳', 'female', '2015-05-22', 'daughter', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a92e-7fc6-8b1a-2efff2e2ea5f', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198402090566', '龙婷', 'female', '1984-02-09', 'head', 'han', 'masses', '13846587331', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a92f-7976-9ad6-4a2f57c2e8b7', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450226198211042839', '陈华林', 'male', '1982-11-04', 'spouse', 'zhuang', 'masses', '15071874477', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'employee', true, NULL, 'resident', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a930-7c12-94f8-02880a600df2', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419610106471X', '龙文明', 'male', '1961-01-06', 'father', 'han', 'masses', '15199266525', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a931-7302-92df-4052a7132b2a', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201705086745', '龙梅美', 'female', '2017-05-08', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'rural', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a933-7c0a-8db1-3f12db424285', '019b76da-a935-7f52-8fdf-6773d70ca0eb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195108115650', '潘勇建', 'male', '1951-08-11', 'head', 'yao', 'masses', '18017712993', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a934-7c93-ad63-32e65a07c3c0', '019b76da-a935-7f52-8fdf-6773d70ca0eb', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224194911159682', '林芳美', 'female', '1949-11-15', 'spouse', 'han', 'masses', '15053346945', false, 'illiterate', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a936-7c18-8f33-ebdcf3eca9e3', '019b76da-a93b-794f-95ce-cda86ff4901d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200006089192', '胡明林', 'male', '2000-06-08', 'head', 'han', 'masses', '15025293278', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 9, 389300, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a937-7e20-9852-b10cfea11c2b', '019b76da-a93b-794f-95ce-cda86ff4901d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202512296257', '胡荣宏', 'male', '2025-12-29', 'son', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a938-7b5c-a4d8-e39b4e962c5d', '019b76da-a93b-794f-95ce-cda86ff4901d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202103282372', '胡成荣', 'male', '2021-03-28', 'son', 'miao', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a939-74b4-8e91-b008cac87452', '019b76da-a93b-794f-95ce-cda86ff4901d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202603258395', '胡强金', 'male', '2026-03-25', 'son', 'han', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'none', false, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a93a-7481-850a-a2b3ec40a890', '019b76da-a93b-794f-95ce-cda86ff4901d', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202605158654', '胡国超', 'male', '2026-05-15', 'son', 'zhuang', NULL, NULL, true, NULL, 'preschoolChild', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a93c-7b6b-9e96-3cbfe80b7477', '019b76da-a93d-7729-a8b1-6e8a1afe2a2c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224193906052114', '韦杰波', 'male', '1939-06-05', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a93e-7a02-872b-37135ca37a89', '019b76da-a942-7e70-be5b-d19681165661', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199212202314', '石文德', 'male', '1992-12-20', 'head', 'han', 'masses', '18022427089', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a93f-70b9-a839-339b82d62aa0', '019b76da-a942-7e70-be5b-d19681165661', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198810069627', '马春丹', 'female', '1988-10-06', 'spouse', 'zhuang', 'masses', '15189979503', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a940-71af-b6db-0e65cd906468', '019b76da-a942-7e70-be5b-d19681165661', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196103205117', '石春杰', 'male', '1961-03-20', 'father', 'zhuang', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'disabled', '3', 'vision', 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a941-7780-b74c-d63a6d52c21c', '019b76da-a942-7e70-be5b-d19681165661', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202010194218', '石海金', 'male', '2020-10-19', 'son', 'yao', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a943-7866-8ac2-a1841e9f2756', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450226198408318827', '覃雪云', 'female', '1984-08-31', 'head', 'yao', 'masses', '18055221442', true, 'juniorHigh', 'notInSchool', NULL, 'serious', NULL, NULL, 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a944-79fa-861a-cd912becfbda', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224198410088917', '梁军斌', 'male', '1984-10-08', 'spouse', 'zhuang', 'masses', NULL, true, 'vocational', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', true, 'inCounty', 6, 495600, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a945-742a-a34b-543c4c7950f5', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224195309032341', '蒙燕美', 'female', '1953-09-03', 'mother', 'han', 'masses', '13850173268', true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a946-7c6d-92d8-6a034bcda570', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420150608080X', '覃敏秀', 'female', '2015-06-08', 'daughter', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a948-77ec-a923-8c5dcbbf50ea', '019b76da-a94c-7e18-bccd-98a8bf8a7ddd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197411052030', '罗荣刚', 'male', '1974-11-05', 'head', 'han', 'masses', '18663830432', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a949-76a3-9628-8e1366432c6a', '019b76da-a94c-7e18-bccd-98a8bf8a7ddd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197103275769', '覃珍燕', 'female', '1971-03-27', 'spouse', 'han', 'cpcMember', '18044140523', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a94a-7b7d-aa62-893478cf4e5b', '019b76da-a94c-7e18-bccd-98a8bf8a7ddd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200611147936', '罗光金', 'male', '2006-11-14', 'son', 'zhuang', 'masses', '18064335544', true, NULL, 'higherVocational', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a94b-79b5-9733-fa1228d12da5', '019b76da-a94c-7e18-bccd-98a8bf8a7ddd', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200202267160', '罗莉珍', 'female', '2002-02-26', 'daughter', 'miao', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'weak', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a94d-7c5f-bd03-617f18ad2079', '019b76da-a950-752e-8a63-6fab51ccfff7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450225197209216165', '吴珍婷', 'female', '1972-09-21', 'head', 'zhuang', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 3, 834400, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a94e-75a2-8355-ca0b2f028094', '019b76da-a950-752e-8a63-6fab51ccfff7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197706109735', '龙国', 'male', '1977-06-10', 'spouse', 'han', 'cpcMember', '18072610237', true, 'juniorHigh', 'notInSchool', NULL, 'serious', NULL, NULL, 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a94f-79ee-8792-fc9c2a6799a9', '019b76da-a950-752e-8a63-6fab51ccfff7', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199301309228', '吴秀云', 'female', '1993-01-30', 'daughter', 'han', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 5, 462000, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a951-78b3-9b6a-93c404a7251f', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197509215336', '廖国', 'male', '1975-09-21', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'skilled', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a952-7d95-a5a4-dfc7e23df936', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197704167608', '黄丹燕', 'female', '1977-04-16', 'spouse', 'han', 'masses', '13917297044', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a953-7fe5-b326-134170fe0bf5', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199709188458', '廖军', 'male', '1997-09-18', 'son', 'miao', 'masses', '15053901828', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a954-7f94-bb8f-b784954f0a1d', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450226199906224908', '廖娟花', 'female', '1999-06-22', 'daughterInLaw', 'han', 'masses', '18069735102', true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 10, 463500, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a955-75aa-a383-706e0e26ddd1', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200212163808', '廖燕春', 'female', '2002-12-16', 'daughter', 'zhuang', 'masses', NULL, true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a957-7763-ae63-df5433f7f18a', '019b76da-a95b-76ec-9d0b-b7ac615fd20f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197104298815', '黄金福', 'male', '1971-04-29', 'head', 'miao', 'masses', '13863019465', true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a958-7485-bc11-50ef01cc6791', '019b76da-a95b-76ec-9d0b-b7ac615fd20f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224197308105165', '韦秀梅', 'female', '1973-08-10', 'spouse', 'han', 'cpcMember', '13804915443', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inCounty', 3, 454700, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a959-7fc5-98ea-2971c00ee878', '019b76da-a95b-76ec-9d0b-b7ac615fd20f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224200412144388', '黄美', 'female', '2004-12-14', 'daughter', 'zhuang', 'cpcMember', '15094230314', true, NULL, 'undergraduate', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a95a-7a14-91dc-fa410d4c81cf', '019b76da-a95b-76ec-9d0b-b7ac615fd20f', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199806146495', '黄金波', 'male', '1998-06-14', 'son', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'chronic', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a95c-7ad4-a622-86e467e6e80d', '019b76da-a95d-7545-a7f6-f378462ee2a5', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224194505072530', '廖春海', 'male', '1945-05-07', 'head', 'yao', 'masses', NULL, true, 'primary', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'employee', 'none', 'none', true);
INSERT INTO public.members VALUES ('019b76da-a95e-782d-a01f-595b9441340c', '019b76da-a962-718d-884a-03df864e7f37', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419821201815X', '唐军鹏', 'male', '1982-12-01', 'head', 'zhuang', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 12, 412700, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a95f-79ab-8fca-d2f1c0e926dc', '019b76da-a962-718d-884a-03df864e7f37', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450226198003288607', '杨霞花', 'female', '1980-03-28', 'spouse', 'han', 'masses', '15094720387', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 10, 525300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a960-7a5a-aaa2-9c6396552ebd', '019b76da-a962-718d-884a-03df864e7f37', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022420150906619X', '唐波德', 'male', '2015-09-06', 'son', 'han', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a961-7491-91fc-7b5580e0d1c1', '019b76da-a962-718d-884a-03df864e7f37', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '45022419570515915X', '唐海东', 'male', '1957-05-15', 'father', 'yao', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'none', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a963-7b13-a852-1d43f33d464e', '019b76da-a965-7212-9034-f96a8f3e441c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199502106179', '唐平波', 'male', '1995-02-10', 'head', 'zhuang', 'masses', '17707130646', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'inProvince', 7, 158300, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a964-7d35-b845-35b650f6e311', '019b76da-a965-7212-9034-f96a8f3e441c', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199006013707', '周红莉', 'female', '1990-06-01', 'spouse', 'miao', 'masses', NULL, true, 'bachelorPlus', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', true, 'outOfProvince', 8, 430900, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a966-7e09-9150-c223673494cd', '019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196709037816', '陈德春', 'male', '1967-09-03', 'head', 'han', 'masses', NULL, true, 'juniorHigh', 'notInSchool', NULL, 'chronic,disabled', '2', 'hearing', 'lost', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a967-74b1-b6ec-73c12d9381b0', '019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224196707177524', '何珍莉', 'female', '1967-07-17', 'spouse', 'han', 'masses', NULL, true, 'seniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a968-7c20-9d6c-01a11686a7f5', '019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224199202100170', '陈刚勇', 'male', '1992-02-10', 'son', 'han', 'masses', '17777881293', true, 'juniorHigh', 'notInSchool', NULL, 'healthy', NULL, NULL, 'ordinary', false, NULL, NULL, NULL, NULL, 'resident', true, NULL, 'resident', 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a969-76fb-b5a0-d3ebad400811', '019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224201806293081', '陈雪玲', 'female', '2018-06-29', 'granddaughter', 'zhuang', NULL, NULL, true, NULL, 'primary', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);
INSERT INTO public.members VALUES ('019b76da-a96a-72d6-812a-dc7022bab812', '019b76da-a96b-7b30-8b87-a8b1239894ee', '450224', 1, NULL, 'registration', NULL, NULL, 1796055688, 1796055688, '450224202111020460', '陈雪婷', 'female', '2021-11-02', 'granddaughter', 'han', NULL, NULL, true, NULL, 'preschool', NULL, 'healthy', NULL, NULL, 'none', NULL, NULL, NULL, NULL, NULL, 'resident', true, NULL, NULL, 'none', 'none', NULL);


--
-- Data for Name: policy_versions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: quality_findings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.quality_findings VALUES ('5c7aac8e-f0b9-405b-b2cd-4f0042c8cd1c', '450224', '450224102', '450224102206', '019b76da-a8bc-7b12-b838-da4d7dd61555', '019b76da-a8ba-7d31-8dc0-59e8c073592a', 'B07', 'advisory', '刘明勇：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('21fcae6d-f5c7-4631-909f-ef898c0cd945', '450224', '450224102', '450224102208', '019b76da-a8c0-713f-a671-e4c21834d2b3', '', 'J01', 'mustFix', '住房安全等级为C或D级', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('3523ac9b-88de-4308-83f6-5341c42e0f42', '450224', '450224102', '450224102201', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '019b76da-a8e2-793e-b15c-8284d8a5f15f', 'B04', 'advisory', '张林国：63岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('3487430e-2b9e-4e15-a863-475164a22d0d', '450224', '450224102', '450224102201', '019b76da-a892-7f76-b4df-458c18b1955a', '019b76da-a88e-74e4-a8af-c1e6f54957ee', 'B04', 'advisory', '石金：64岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('ce76c89e-dc61-4e42-bfb5-664559191068', '450224', '450224102', '450224102204', '019b76da-a8fa-7f39-8f3e-71d15d3b6893', '019b76da-a8f7-7d4e-829b-365c54974a6a', 'B04', 'advisory', '廖荣：60岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('62977e17-fe99-46bb-bf0b-ce8a6d618d59', '450224', '450224102', '450224102211', '019b76da-a91b-7583-b432-e15836a6d32f', '019b76da-a918-7707-804f-1ce87c70cb10', 'B07', 'advisory', '林燕梅：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b27c4b09-fd66-4f90-8562-176d2804e6cd', '450224', '450224102', '450224102201', '019b76da-a8e4-7f60-8c7b-c2abc5659ada', '019b76da-a8e0-71c7-ba99-e9a521b78da4', 'B07', 'advisory', '陈艳雪：本科及以上学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('af40f722-098e-4e2a-9036-98027469fb75', '450224', '450224102', '450224102206', '019b76da-a8bc-7b12-b838-da4d7dd61555', '019b76da-a8bb-71e4-9684-7407f4e519ea', 'B07', 'advisory', '刘福鹏：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('6681cc37-ab5f-4330-83f5-7e32b807cd40', '450224', '450224102', '450224102201', '019b76da-a892-7f76-b4df-458c18b1955a', '019b76da-a88f-7876-9b76-8d4270dd937c', 'B04', 'advisory', '马莉春：63岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('656f12c8-3729-412c-9761-a844a973d3e1', '450224', '450224103', '450224103001', '019b76da-a85f-7e6d-8341-db0ce6ef68b5', '019b76da-a85d-76e0-bd07-aab385c16886', 'B04', 'advisory', '覃波：63岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('12d7733f-0b67-410a-a7bd-6bc9f5e9e104', '450224', '450224204', '450224204204', '019b76da-a89f-70b3-9c58-d058d94dfa5f', '019b76da-a89b-760a-a6fd-cae70ff34886', 'B04', 'advisory', '刘芳丽：64岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('4f288f5e-269c-4560-8874-a906ab586099', '450224', '450224202', '450224202201', '019b76da-a8b2-7f46-b0c6-1e63bc70c3ab', '019b76da-a8af-7c9d-a17e-3de2c68877bf', 'B07', 'advisory', '覃永福：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('212febab-70ab-4ffa-a5ce-0a36600796aa', '450224', '450224202', '450224202205', '019b76da-a88d-7898-b576-6a45c2daaef6', '019b76da-a88b-7e63-9ad0-fd61c753ba51', 'B07', 'advisory', '曾勇：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('93e93e59-ef0f-40b3-a611-4385836d2069', '450224', '450224202', '450224202204', '019b76da-a81b-7e30-b590-f3c1658cea81', '', 'H01', 'mustFix', '人均纯收入6484.56元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('2f01f67e-931c-4d2c-b496-a526899c29d5', '450224', '450224202', '450224202203', '019b76da-a96b-7b30-8b87-a8b1239894ee', '', 'H01', 'mustFix', '人均纯收入774.07元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('63af4769-505c-4b21-9687-8b4fe66ae500', '450224', '450224105', '450224105204', '019b76da-a8d0-775e-81e1-29eb4cad3f85', '', 'J05', 'advisory', '整户无劳动能力，无低保或特困', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('a0968e7e-37c5-48dc-9aae-831700a5c38c', '450224', '450224105', '450224105001', '019b76da-a853-717c-8efd-f6218528069d', '', 'H01', 'mustFix', '人均纯收入5962.28元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('2691208b-4290-4ab7-a703-b37c261b8f33', '450224', '450224105', '450224105204', '019b76da-a91d-737e-83ae-e58cda3517fe', '', 'J05', 'advisory', '整户无劳动能力，无低保或特困', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('00b8c9d5-b53e-4232-8e3e-82fd0a4a8b30', '450224', '450224105', '450224105001', '019b76da-a853-717c-8efd-f6218528069d', '019b76da-a852-7bd7-a4e1-8e6ff4c5f325', 'B04', 'advisory', '李志华：63岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('c89a33fe-8513-4c1c-90f5-e52f6b21df91', '450224', '450224105', '450224105001', '019b76da-a875-7153-b83d-c17d3b9cce72', '019b76da-a873-7270-b82a-9e17ea7391c0', 'B07', 'advisory', '杨国：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('8d4daebe-564d-4023-825f-d9b72613baa0', '450224', '450224101', '450224101207', '019b76da-a8c9-79a2-889e-9246c604ed80', '019b76da-a8c6-7f8e-ace3-265fc0269e10', 'B07', 'advisory', '陈伟成：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('5613812b-aa6a-4312-b772-79b216d632f4', '450224', '450224101', '450224101204', '019b76da-a8ae-7af3-87a7-1355761379e2', '019b76da-a8ad-7fd6-bc17-f87eb4aba62b', 'B04', 'advisory', '周月：60岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('dbb5baed-ae2d-4cc7-866c-8abe9173a53b', '450224', '450224101', '450224101202', '019b76da-a840-783e-b2f5-d779cd688ce8', '019b76da-a83f-7631-b8a7-338172e50d73', 'B07', 'advisory', '赵桂红：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('4e4be720-e001-4756-a4bf-6d7ac137937d', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', '', 'J01', 'mustFix', '住房安全等级为C或D级', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('5346eebc-6186-473d-8ee0-5862d0b164ef', '450224', '450224101', '450224101209', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '019b76da-a8cc-7d8f-bb7a-ffd22369b9bf', 'B07', 'advisory', '林美月：本科及以上学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('fe9afb65-a37f-47b0-9dab-191c2585b5ea', '450224', '450224101', '450224101204', '019b76da-a8ae-7af3-87a7-1355761379e2', '019b76da-a8ab-7f83-8db2-004ce37bd805', 'B07', 'advisory', '梁文伟：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('c2201b49-1d3c-4712-9bed-6a218287e5c1', '450224', '450224101', '450224101210', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '019b76da-a92f-7976-9ad6-4a2f57c2e8b7', 'B07', 'advisory', '陈华林：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b38dbd06-54a7-40b6-89d6-abcff6dff67a', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', '019b76da-a8ff-7b01-b2b8-5490d360cff1', 'B07', 'advisory', '张杰勇：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('03408d00-17e2-42d1-8a4a-3460389b481e', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', '019b76da-a8fe-7c51-8151-e7ee9790539a', 'B04', 'advisory', '张勇伟：60岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('8b175ff1-b0fa-4bba-9876-eb27210a6ca5', '450224', '450224101', '450224101210', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '019b76da-a92e-7fc6-8b1a-2efff2e2ea5f', 'B07', 'advisory', '龙婷：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('68508c3d-4eeb-4857-b00c-d8daac38490c', '450224', '450224200', '450224200205', '019b76da-a832-740d-b5ca-23c687b0ae13', '019b76da-a82f-7431-bd27-e4f13b2a6841', 'B07', 'advisory', '莫雪静：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b8779898-a5fd-49e6-be13-9452f1e82f04', '450224', '450224200', '450224200211', '019b76da-a895-7dac-b455-17532da601eb', '019b76da-a894-7ccb-b05b-6449c65b6eac', 'B07', 'advisory', '蓝福：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('e516e498-e209-40d0-9003-e706a55eeac0', '450224', '450224200', '450224200205', '019b76da-a832-740d-b5ca-23c687b0ae13', '019b76da-a82e-76b8-a408-a6cbeca2ae36', 'B07', 'advisory', '周斌文：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('89299601-68dd-4d08-8608-723c6090a36e', '450224', '450224100', '450224100001', '019b76da-a8f6-7944-859a-2c949ec7c45b', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('96b49e54-2633-487f-8528-73bdb696c0b2', '450224', '450224100', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('e064e4be-ca2d-482c-bfe6-cca1c37070c1', '450224', '450224101', '450224101209', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('fcd2a1ff-b37f-4e25-95e8-30911f9b5054', '450224', '450224101', '450224101210', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b3f46089-277e-487e-bb64-c5258be4b468', '450224', '450224101', '450224101207', '019b76da-a8c9-79a2-889e-9246c604ed80', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('04e94064-acd4-4838-ba6c-1b2aced7d36c', '450224', '450224100', '450224100004', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('ac06324b-cb55-4491-853a-5e6bb3a2fec5', '450224', '450224100', '450224100004', '019b76da-a95d-7545-a7f6-f378462ee2a5', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('9bb0dcff-20e0-4879-9d95-66fece659d67', '450224', '450224100', '450224100004', '019b76da-a826-7429-bfbd-0ec3e6031a71', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('f70112c4-055f-4b1f-8d4e-e54f25e4c9a7', '450224', '450224100', '450224100212', '019b76da-a817-7521-8e8a-9901b725b43c', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('1067747c-a8a9-4ef2-90b8-7c1d20d94e9f', '450224', '450224101', '450224101202', '019b76da-a840-783e-b2f5-d779cd688ce8', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('91402a54-2530-4f72-94be-ef324e6c2560', '450224', '450224101', '450224101209', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('28c01d40-aa91-4de6-85d6-782bd0def9cb', '450224', '450224100', '450224100209', '019b76da-a93b-794f-95ce-cda86ff4901d', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('41b6ecb2-989f-4456-a9df-988d89cacf1a', '450224', '450224100', '450224100004', '019b76da-a888-7437-9906-6b96e188a1dd', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('15809be5-a0f2-4a3c-9bc8-9b3dfdb8a107', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('4bcca760-281b-4c96-8a22-34e1c8d30c05', '450224', '450224101', '450224101204', '019b76da-a8ae-7af3-87a7-1355761379e2', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('77ecc32e-cb89-48fa-8db3-9aa10f2acf3b', '450224', '450224100', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('c40d8b1a-463c-4c3c-9cae-0f2adc088a87', '450224', '450224101', '450224101204', '019b76da-a863-7cda-a89a-95e3785d783a', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('fa5788a3-d74a-4330-96f3-5d99a19ae253', '450224', '450224100', '450224100004', '019b76da-a86f-73fe-91e9-d024552c49d8', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('462d4fe3-f637-4625-9caa-25018857395e', '450224', '450224100', '450224100207', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '', 'P04', 'mustFix', '线索日期 2026-12-01 晚于今天', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('38da264c-1733-44ba-896f-ee157e66e0b7', '450224', '450224100', '450224100001', '019b76da-a8f6-7944-859a-2c949ec7c45b', '019b76da-a8f5-77ab-90fc-a8bff962d29f', 'B07', 'advisory', '蒙波勇：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('7e3a8ca5-ca27-4960-bfb7-10b54822f153', '450224', '450224100', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', '019b76da-a878-7d6e-9b2a-17a8867523fb', 'B07', 'advisory', '张宏成：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('dffc07af-372c-4d8c-abf2-622a9afdc0d2', '450224', '450224100', '450224100004', '019b76da-a95d-7545-a7f6-f378462ee2a5', '', 'J05', 'advisory', '整户无劳动能力，无低保或特困', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('f26dea2d-ef80-492f-91b8-265d721d2e97', '450224', '450224100', '450224100207', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '019b76da-a951-78b3-9b6a-93c404a7251f', 'B07', 'advisory', '廖国：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('bd3346fe-68a1-4c90-9165-cb4484fe81c2', '450224', '450224100', '450224100004', '019b76da-a826-7429-bfbd-0ec3e6031a71', '019b76da-a824-7a2c-b0e8-95a4d1e56827', 'B07', 'advisory', '刘强平：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('c4547f36-eb22-4174-bd32-e658314e17e3', '450224', '450224100', '450224100207', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '019b76da-a955-75aa-a383-706e0e26ddd1', 'B07', 'advisory', '廖燕春：本科及以上学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b793fd95-1240-4259-be9a-9c210d088b9c', '450224', '450224100', '450224100212', '019b76da-a817-7521-8e8a-9901b725b43c', '', 'H01', 'mustFix', '人均纯收入4536.43元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b07291b4-16d4-4152-8407-4c132a6e8f89', '450224', '450224100', '450224100004', '019b76da-a86f-73fe-91e9-d024552c49d8', '019b76da-a86b-7f92-a66b-1db2370a1576', 'B04', 'advisory', '谢宏：61岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('41b2677d-4543-41ce-85f9-0b942a02bace', '450224', '450224100', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', '', 'H01', 'mustFix', '人均纯收入3678.71元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('df11496a-0d44-44fc-bbf1-0b54caa48fb1', '450224', '450224100', '450224100209', '019b76da-a93b-794f-95ce-cda86ff4901d', '', 'J03', 'advisory', '有成员未参加基本医疗保险', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('ff26158f-a7d7-4640-b66c-d224555e1d7c', '450224', '450224205', '450224205212', '019b76da-a82b-748b-9d83-b6134f853057', '019b76da-a82a-7b04-aeb8-b28075cffe32', 'B07', 'advisory', '林强宏：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('8230bff9-70c1-4fca-af49-bfb864f80038', '450224', '450224205', '450224205212', '019b76da-a82b-748b-9d83-b6134f853057', '019b76da-a828-7e6e-88d9-f6e7b3330c0c', 'B07', 'advisory', '杨玲娟：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('afdf00d7-609a-4b1a-9e40-d41053fa223e', '450224', '450224205', '450224205203', '019b76da-a8de-7c30-8bf3-3d3d3ef1b7cf', '', 'J03', 'advisory', '有成员未参加基本医疗保险', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('9a5ddaf9-bdc4-4a23-8901-c3d408df786d', '450224', '450224205', '450224205204', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '019b76da-a8a1-7905-99f1-01b97ded1845', 'B07', 'advisory', '曾春超：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('8d943dd5-829b-45e1-91cd-04532d3a4aa6', '450224', '450224205', '450224205212', '019b76da-a82b-748b-9d83-b6134f853057', '019b76da-a829-7240-97b4-8bd7a7f9d7f8', 'B07', 'advisory', '林敏丽：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('26a90001-aec4-4a1f-8557-a7f96051dd27', '450224', '450224205', '450224205204', '019b76da-a8a4-70e2-94f5-47aea1f95f00', '019b76da-a8a0-7822-9b62-fa63ffd69164', 'B07', 'advisory', '吴玲秀：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('e754b88f-367a-4661-95e8-ddf69b361701', '450224', '450224205', '450224205209', '019b76da-a935-7f52-8fdf-6773d70ca0eb', '', 'J05', 'advisory', '整户无劳动能力，无低保或特困', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('9e439d32-edda-48e2-8bc3-e68cc1a3b0ea', '450224', '450224205', '450224205201', '019b76da-a8da-7826-ba3b-29ea3c73b317', '019b76da-a8d8-7cfa-a82b-072fcda8a64c', 'B07', 'advisory', '唐英云：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('03c4a4ae-0a29-4928-9d05-b35f8e1e8a68', '450224', '450224205', '450224205201', '019b76da-a8da-7826-ba3b-29ea3c73b317', '019b76da-a8d9-7f04-a3ac-10d14fd2f891', 'B07', 'advisory', '唐春娟：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('a0989d0f-b5bd-44c2-9d6c-aa37a0e9b03b', '450224', '450224205', '450224205211', '019b76da-a805-743c-94c4-ca3416de3572', '', 'A13', 'advisory', '户及成员均无联系电话', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('d2c1275b-c3f3-493f-b893-fe81288d1360', '450224', '450224104', '450224104202', '019b76da-a847-783c-b4c0-83fa354aabf5', '', 'H01', 'mustFix', '人均纯收入4323.01元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('627633b5-8b22-42d0-a166-cb255b1de9a6', '450224', '450224104', '450224104202', '019b76da-a847-783c-b4c0-83fa354aabf5', '019b76da-a843-7511-ad17-500da824c97b', 'B07', 'advisory', '陈光杰：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('003a3e8e-0c17-48f1-93eb-d166a71cc0b4', '450224', '450224104', '450224104203', '019b76da-a93d-7729-a8b1-6e8a1afe2a2c', '', 'A13', 'advisory', '户及成员均无联系电话', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('09cbf6e0-5788-40e8-a722-b80e6886557c', '450224', '450224104', '450224104203', '019b76da-a93d-7729-a8b1-6e8a1afe2a2c', '', 'J05', 'advisory', '整户无劳动能力，无低保或特困', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('47dfe37e-63d0-42b6-a4bb-c2a0cc541a91', '450224', '450224104', '450224104001', '019b76da-a925-70a1-a9c2-e7f50b750660', '019b76da-a924-783c-8219-767ddab5daa6', 'B07', 'advisory', '林志东：技能劳动力，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('e8734640-670c-448f-8403-6119411dccdd', '450224', '450224201', '450224201211', '019b76da-a929-7df3-87cd-c54a18e99d36', '', 'H01', 'mustFix', '人均纯收入3622.91元，低于7300.00元，未纳入监测', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('69cfcaa8-4d82-43c0-a0ed-4b67dbd0fc42', '450224', '450224203', '450224203201', '019b76da-a851-7079-925b-8218f3ed23a7', '019b76da-a84e-7b35-8500-01b454020224', 'B04', 'advisory', '梁梅艳：64岁，劳动技能填“普通劳动力”', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('c4650743-e77e-4caf-b634-1eb945d90f6e', '450224', '450224203', '450224203201', '019b76da-a851-7079-925b-8218f3ed23a7', '019b76da-a84f-729b-9e30-7dd2367bb909', 'B07', 'advisory', '王桂敏：大专学历，未务工', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');
INSERT INTO public.quality_findings VALUES ('b12b26d0-12c0-450f-81f0-2ae0196004d3', '450224', '450224203', '450224203207', '019b76da-a950-752e-8a63-6fab51ccfff7', '', 'J01', 'mustFix', '住房安全等级为C或D级', 'open', 1796055689, NULL, '1c02f8be-e151-4aec-b8f4-36c3e8d3344b');


--
-- Data for Name: quality_runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.quality_runs VALUES ('1c02f8be-e151-4aec-b8f4-36c3e8d3344b', '450224', 'done', 80, 81, 0, 81, NULL, '演示数据', 1796055689, 1796055689);


--
-- Data for Name: rectification_files; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: rectifications; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rectifications VALUES ('af82939b-1414-403b-a6a4-d76eb55f63e6', '450224', '450224100201', 'crossCheck', '2026年10月交叉检查', NULL, '3户家庭收入与入户核实不一致', '长安镇人民政府', '村党组织书记', '逐户核实收入并更正台账', '2026-11-27', 'open', NULL, NULL, NULL, '演示数据', '2026-10-21');
INSERT INTO public.rectifications VALUES ('7b9586aa-a974-4b26-afa6-b7f31963935e', '450224', '450224100', 'unannounced', '2026年11月暗访', NULL, '部分监测户帮扶计划未因户施策', '乡镇防返贫工作站', '站长', '按户完善帮扶计划并补充开发式措施', '2026-12-20', 'open', NULL, NULL, NULL, '演示数据', '2026-11-25');


--
-- Data for Name: regions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.regions VALUES ('450224', '450224', '融安县', 'county', NULL, false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100', '450224', '长安镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001', '450224', '长安社区', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001001', '450224', '第1村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001002', '450224', '第2村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001003', '450224', '第3村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001004', '450224', '第4村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001005', '450224', '第5村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001006', '450224', '第6村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001007', '450224', '第7村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100001008', '450224', '第8村民小组', 'group', '450224100001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004001', '450224', '第1村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004002', '450224', '第2村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004003', '450224', '第3村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004004', '450224', '第4村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004005', '450224', '第5村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004006', '450224', '第6村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004007', '450224', '第7村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004008', '450224', '第8村民小组', 'group', '450224100004', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201', '450224', '岭林村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201001', '450224', '第1村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201002', '450224', '第2村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201003', '450224', '第3村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201004', '450224', '第4村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201005', '450224', '第5村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100201006', '450224', '第6村民小组', 'group', '450224100201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202', '450224', '福山村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202001', '450224', '第1村民小组', 'group', '450224100202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202002', '450224', '第2村民小组', 'group', '450224100202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202003', '450224', '第3村民小组', 'group', '450224100202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202004', '450224', '第4村民小组', 'group', '450224100202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100202005', '450224', '第5村民小组', 'group', '450224100202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100203', '450224', '林坡村', 'village', '450224100', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100203001', '450224', '第1村民小组', 'group', '450224100203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100203002', '450224', '第2村民小组', 'group', '450224100203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100203003', '450224', '第3村民小组', 'group', '450224100203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204', '450224', '塘江村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204001', '450224', '第1村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204002', '450224', '第2村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204003', '450224', '第3村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204004', '450224', '第4村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204005', '450224', '第5村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204006', '450224', '第6村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100204007', '450224', '第7村民小组', 'group', '450224100204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205', '450224', '田岩村', 'village', '450224100', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205001', '450224', '第1村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205002', '450224', '第2村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205003', '450224', '第3村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205004', '450224', '第4村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205005', '450224', '第5村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205006', '450224', '第6村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100205007', '450224', '第7村民小组', 'group', '450224100205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100206', '450224', '富屯村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100206001', '450224', '第1村民小组', 'group', '450224100206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100206002', '450224', '第2村民小组', 'group', '450224100206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100206003', '450224', '第3村民小组', 'group', '450224100206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207', '450224', '金江村', 'village', '450224100', false, NULL, false, false, 'province', false, false);
INSERT INTO public.regions VALUES ('450224100207001', '450224', '第1村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207002', '450224', '第2村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207003', '450224', '第3村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207004', '450224', '第4村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207005', '450224', '第5村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207006', '450224', '第6村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207007', '450224', '第7村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100207008', '450224', '第8村民小组', 'group', '450224100207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208', '450224', '西洞村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208001', '450224', '第1村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208002', '450224', '第2村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208003', '450224', '第3村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208004', '450224', '第4村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208005', '450224', '第5村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208006', '450224', '第6村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208007', '450224', '第7村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100208008', '450224', '第8村民小组', 'group', '450224100208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209', '450224', '小坡村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209001', '450224', '第1村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209002', '450224', '第2村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209003', '450224', '第3村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209004', '450224', '第4村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209005', '450224', '第5村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209006', '450224', '第6村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209007', '450224', '第7村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100209008', '450224', '第8村民小组', 'group', '450224100209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210', '450224', '下江村', 'village', '450224100', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210001', '450224', '第1村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210002', '450224', '第2村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210003', '450224', '第3村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210004', '450224', '第4村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210005', '450224', '第5村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210006', '450224', '第6村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210007', '450224', '第7村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100210008', '450224', '第8村民小组', 'group', '450224100210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211', '450224', '新坪村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211001', '450224', '第1村民小组', 'group', '450224100211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211002', '450224', '第2村民小组', 'group', '450224100211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211003', '450224', '第3村民小组', 'group', '450224100211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211004', '450224', '第4村民小组', 'group', '450224100211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100211005', '450224', '第5村民小组', 'group', '450224100211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212', '450224', '金坪村', 'village', '450224100', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212001', '450224', '第1村民小组', 'group', '450224100212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212002', '450224', '第2村民小组', 'group', '450224100212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212003', '450224', '第3村民小组', 'group', '450224100212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212004', '450224', '第4村民小组', 'group', '450224100212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100212005', '450224', '第5村民小组', 'group', '450224100212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101', '450224', '浮石镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001', '450224', '浮石社区', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001001', '450224', '第1村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001002', '450224', '第2村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001003', '450224', '第3村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001004', '450224', '第4村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001005', '450224', '第5村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001006', '450224', '第6村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001007', '450224', '第7村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101001008', '450224', '第8村民小组', 'group', '450224101001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201', '450224', '青田村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201001', '450224', '第1村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201002', '450224', '第2村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201003', '450224', '第3村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201004', '450224', '第4村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201005', '450224', '第5村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201006', '450224', '第6村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201007', '450224', '第7村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101201008', '450224', '第8村民小组', 'group', '450224101201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202', '450224', '青溪村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202001', '450224', '第1村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202002', '450224', '第2村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202003', '450224', '第3村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202004', '450224', '第4村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202005', '450224', '第5村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101202006', '450224', '第6村民小组', 'group', '450224101202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101203', '450224', '小坪村', 'village', '450224101', false, NULL, true, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101203001', '450224', '第1村民小组', 'group', '450224101203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101203002', '450224', '第2村民小组', 'group', '450224101203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101203003', '450224', '第3村民小组', 'group', '450224101203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204', '450224', '高岩村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204001', '450224', '第1村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204002', '450224', '第2村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204003', '450224', '第3村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204004', '450224', '第4村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204005', '450224', '第5村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101204006', '450224', '第6村民小组', 'group', '450224101204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101205', '450224', '富山村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101205001', '450224', '第1村民小组', 'group', '450224101205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101205002', '450224', '第2村民小组', 'group', '450224101205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101205003', '450224', '第3村民小组', 'group', '450224101205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101205004', '450224', '第4村民小组', 'group', '450224101205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206', '450224', '竹田村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206001', '450224', '第1村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206002', '450224', '第2村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206003', '450224', '第3村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206004', '450224', '第4村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206005', '450224', '第5村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101206006', '450224', '第6村民小组', 'group', '450224101206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207', '450224', '新冲村', 'village', '450224101', false, NULL, false, false, 'city', false, false);
INSERT INTO public.regions VALUES ('450224101207001', '450224', '第1村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207002', '450224', '第2村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207003', '450224', '第3村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207004', '450224', '第4村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207005', '450224', '第5村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207006', '450224', '第6村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101207007', '450224', '第7村民小组', 'group', '450224101207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208', '450224', '北坪村', 'village', '450224101', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208001', '450224', '第1村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208002', '450224', '第2村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208003', '450224', '第3村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208004', '450224', '第4村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208005', '450224', '第5村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208006', '450224', '第6村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101208007', '450224', '第7村民小组', 'group', '450224101208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101209', '450224', '江屯村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101209001', '450224', '第1村民小组', 'group', '450224101209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101209002', '450224', '第2村民小组', 'group', '450224101209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101209003', '450224', '第3村民小组', 'group', '450224101209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210', '450224', '南溪村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210001', '450224', '第1村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210002', '450224', '第2村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210003', '450224', '第3村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210004', '450224', '第4村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210005', '450224', '第5村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101210006', '450224', '第6村民小组', 'group', '450224101210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211', '450224', '林岭村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211001', '450224', '第1村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211002', '450224', '第2村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211003', '450224', '第3村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211004', '450224', '第4村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211005', '450224', '第5村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211006', '450224', '第6村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101211007', '450224', '第7村民小组', 'group', '450224101211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101212', '450224', '凤寨村', 'village', '450224101', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101212001', '450224', '第1村民小组', 'group', '450224101212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101212002', '450224', '第2村民小组', 'group', '450224101212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101212003', '450224', '第3村民小组', 'group', '450224101212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224101212004', '450224', '第4村民小组', 'group', '450224101212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102', '450224', '泗顶镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001', '450224', '泗顶社区', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001001', '450224', '第1村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001002', '450224', '第2村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001003', '450224', '第3村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001004', '450224', '第4村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001005', '450224', '第5村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001006', '450224', '第6村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102001007', '450224', '第7村民小组', 'group', '450224102001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201', '450224', '北屯村', 'village', '450224102', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201001', '450224', '第1村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201002', '450224', '第2村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201003', '450224', '第3村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201004', '450224', '第4村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201005', '450224', '第5村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201006', '450224', '第6村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102201007', '450224', '第7村民小组', 'group', '450224102201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202', '450224', '良洞村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202001', '450224', '第1村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202002', '450224', '第2村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202003', '450224', '第3村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202004', '450224', '第4村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202005', '450224', '第5村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102202006', '450224', '第6村民小组', 'group', '450224102202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102203', '450224', '青坡村', 'village', '450224102', false, NULL, true, false, 'county', false, false);
INSERT INTO public.regions VALUES ('450224102203001', '450224', '第1村民小组', 'group', '450224102203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102203002', '450224', '第2村民小组', 'group', '450224102203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102203003', '450224', '第3村民小组', 'group', '450224102203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102203004', '450224', '第4村民小组', 'group', '450224102203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204', '450224', '北塘村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204001', '450224', '第1村民小组', 'group', '450224102204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204002', '450224', '第2村民小组', 'group', '450224102204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204003', '450224', '第3村民小组', 'group', '450224102204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204004', '450224', '第4村民小组', 'group', '450224102204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102204005', '450224', '第5村民小组', 'group', '450224102204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102205', '450224', '北洞村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102205001', '450224', '第1村民小组', 'group', '450224102205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102205002', '450224', '第2村民小组', 'group', '450224102205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102205003', '450224', '第3村民小组', 'group', '450224102205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102205004', '450224', '第4村民小组', 'group', '450224102205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102206', '450224', '江坡村', 'village', '450224102', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102206001', '450224', '第1村民小组', 'group', '450224102206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102206002', '450224', '第2村民小组', 'group', '450224102206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102206003', '450224', '第3村民小组', 'group', '450224102206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102206004', '450224', '第4村民小组', 'group', '450224102206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207', '450224', '大屯村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207001', '450224', '第1村民小组', 'group', '450224102207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207002', '450224', '第2村民小组', 'group', '450224102207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207003', '450224', '第3村民小组', 'group', '450224102207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207004', '450224', '第4村民小组', 'group', '450224102207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102207005', '450224', '第5村民小组', 'group', '450224102207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208', '450224', '龙田村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208001', '450224', '第1村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208002', '450224', '第2村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208003', '450224', '第3村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208004', '450224', '第4村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208005', '450224', '第5村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102208006', '450224', '第6村民小组', 'group', '450224102208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102209', '450224', '江江村', 'village', '450224102', false, NULL, false, false, NULL, true, false);
INSERT INTO public.regions VALUES ('450224102209001', '450224', '第1村民小组', 'group', '450224102209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102209002', '450224', '第2村民小组', 'group', '450224102209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102209003', '450224', '第3村民小组', 'group', '450224102209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102209004', '450224', '第4村民小组', 'group', '450224102209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102209005', '450224', '第5村民小组', 'group', '450224102209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102210', '450224', '江岭村', 'village', '450224102', false, NULL, false, false, NULL, true, false);
INSERT INTO public.regions VALUES ('450224102210001', '450224', '第1村民小组', 'group', '450224102210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102210002', '450224', '第2村民小组', 'group', '450224102210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102210003', '450224', '第3村民小组', 'group', '450224102210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102210004', '450224', '第4村民小组', 'group', '450224102210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102211', '450224', '和山村', 'village', '450224102', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102211001', '450224', '第1村民小组', 'group', '450224102211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102211002', '450224', '第2村民小组', 'group', '450224102211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102211003', '450224', '第3村民小组', 'group', '450224102211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212', '450224', '田坪村', 'village', '450224102', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212001', '450224', '第1村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212002', '450224', '第2村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212003', '450224', '第3村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212004', '450224', '第4村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212005', '450224', '第5村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212006', '450224', '第6村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224102212007', '450224', '第7村民小组', 'group', '450224102212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103', '450224', '板榄镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103001', '450224', '板榄社区', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103001001', '450224', '第1村民小组', 'group', '450224103001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103001002', '450224', '第2村民小组', 'group', '450224103001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103001003', '450224', '第3村民小组', 'group', '450224103001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103001004', '450224', '第4村民小组', 'group', '450224103001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201', '450224', '良湾村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201001', '450224', '第1村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201002', '450224', '第2村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201003', '450224', '第3村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201004', '450224', '第4村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201005', '450224', '第5村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201006', '450224', '第6村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103201007', '450224', '第7村民小组', 'group', '450224103201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103202', '450224', '金坡村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103202001', '450224', '第1村民小组', 'group', '450224103202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103202002', '450224', '第2村民小组', 'group', '450224103202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103202003', '450224', '第3村民小组', 'group', '450224103202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203', '450224', '东塘村', 'village', '450224103', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203001', '450224', '第1村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203002', '450224', '第2村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203003', '450224', '第3村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203004', '450224', '第4村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203005', '450224', '第5村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103203006', '450224', '第6村民小组', 'group', '450224103203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204', '450224', '良口村', 'village', '450224103', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204001', '450224', '第1村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204002', '450224', '第2村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204003', '450224', '第3村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204004', '450224', '第4村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204005', '450224', '第5村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204006', '450224', '第6村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103204007', '450224', '第7村民小组', 'group', '450224103204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205', '450224', '青冲村', 'village', '450224103', false, NULL, false, false, 'province', false, false);
INSERT INTO public.regions VALUES ('450224103205001', '450224', '第1村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205002', '450224', '第2村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205003', '450224', '第3村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205004', '450224', '第4村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205005', '450224', '第5村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103205006', '450224', '第6村民小组', 'group', '450224103205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103206', '450224', '寨岩村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103206001', '450224', '第1村民小组', 'group', '450224103206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103206002', '450224', '第2村民小组', 'group', '450224103206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103206003', '450224', '第3村民小组', 'group', '450224103206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103206004', '450224', '第4村民小组', 'group', '450224103206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207', '450224', '下桥村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207001', '450224', '第1村民小组', 'group', '450224103207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207002', '450224', '第2村民小组', 'group', '450224103207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207003', '450224', '第3村民小组', 'group', '450224103207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207004', '450224', '第4村民小组', 'group', '450224103207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103207005', '450224', '第5村民小组', 'group', '450224103207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208', '450224', '富岭村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208001', '450224', '第1村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208002', '450224', '第2村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208003', '450224', '第3村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208004', '450224', '第4村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208005', '450224', '第5村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208006', '450224', '第6村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208007', '450224', '第7村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103208008', '450224', '第8村民小组', 'group', '450224103208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103209', '450224', '双湾村', 'village', '450224103', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103209001', '450224', '第1村民小组', 'group', '450224103209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103209002', '450224', '第2村民小组', 'group', '450224103209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103209003', '450224', '第3村民小组', 'group', '450224103209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103210', '450224', '青桥村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103210001', '450224', '第1村民小组', 'group', '450224103210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103210002', '450224', '第2村民小组', 'group', '450224103210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103210003', '450224', '第3村民小组', 'group', '450224103210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103210004', '450224', '第4村民小组', 'group', '450224103210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103211', '450224', '岭岭村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103211001', '450224', '第1村民小组', 'group', '450224103211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103211002', '450224', '第2村民小组', 'group', '450224103211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103211003', '450224', '第3村民小组', 'group', '450224103211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103212', '450224', '安塘村', 'village', '450224103', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103212001', '450224', '第1村民小组', 'group', '450224103212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103212002', '450224', '第2村民小组', 'group', '450224103212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224103212003', '450224', '第3村民小组', 'group', '450224103212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104', '450224', '大将镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001', '450224', '大将社区', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001001', '450224', '第1村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001002', '450224', '第2村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001003', '450224', '第3村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001004', '450224', '第4村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001005', '450224', '第5村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001006', '450224', '第6村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001007', '450224', '第7村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104001008', '450224', '第8村民小组', 'group', '450224104001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201', '450224', '高桥村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201001', '450224', '第1村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201002', '450224', '第2村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201003', '450224', '第3村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201004', '450224', '第4村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201005', '450224', '第5村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104201006', '450224', '第6村民小组', 'group', '450224104201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104202', '450224', '平湾村', 'village', '450224104', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104202001', '450224', '第1村民小组', 'group', '450224104202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104202002', '450224', '第2村民小组', 'group', '450224104202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104202003', '450224', '第3村民小组', 'group', '450224104202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203', '450224', '良冲村', 'village', '450224104', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203001', '450224', '第1村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203002', '450224', '第2村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203003', '450224', '第3村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203004', '450224', '第4村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203005', '450224', '第5村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203006', '450224', '第6村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203007', '450224', '第7村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104203008', '450224', '第8村民小组', 'group', '450224104203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204', '450224', '青江村', 'village', '450224104', false, NULL, false, false, NULL, false, true);
INSERT INTO public.regions VALUES ('450224104204001', '450224', '第1村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204002', '450224', '第2村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204003', '450224', '第3村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204004', '450224', '第4村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204005', '450224', '第5村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104204006', '450224', '第6村民小组', 'group', '450224104204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205', '450224', '西林村', 'village', '450224104', false, NULL, false, false, NULL, false, true);
INSERT INTO public.regions VALUES ('450224104205001', '450224', '第1村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205002', '450224', '第2村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205003', '450224', '第3村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205004', '450224', '第4村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205005', '450224', '第5村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205006', '450224', '第6村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104205007', '450224', '第7村民小组', 'group', '450224104205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206', '450224', '东寨村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206001', '450224', '第1村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206002', '450224', '第2村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206003', '450224', '第3村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206004', '450224', '第4村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206005', '450224', '第5村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104206006', '450224', '第6村民小组', 'group', '450224104206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207', '450224', '下坡村', 'village', '450224104', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207001', '450224', '第1村民小组', 'group', '450224104207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207002', '450224', '第2村民小组', 'group', '450224104207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207003', '450224', '第3村民小组', 'group', '450224104207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207004', '450224', '第4村民小组', 'group', '450224104207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104207005', '450224', '第5村民小组', 'group', '450224104207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208', '450224', '良口村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208001', '450224', '第1村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208002', '450224', '第2村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208003', '450224', '第3村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208004', '450224', '第4村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208005', '450224', '第5村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208006', '450224', '第6村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104208007', '450224', '第7村民小组', 'group', '450224104208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209', '450224', '安田村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209001', '450224', '第1村民小组', 'group', '450224104209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209002', '450224', '第2村民小组', 'group', '450224104209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209003', '450224', '第3村民小组', 'group', '450224104209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209004', '450224', '第4村民小组', 'group', '450224104209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104209005', '450224', '第5村民小组', 'group', '450224104209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104210', '450224', '富岩村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104210001', '450224', '第1村民小组', 'group', '450224104210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104210002', '450224', '第2村民小组', 'group', '450224104210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104210003', '450224', '第3村民小组', 'group', '450224104210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104210004', '450224', '第4村民小组', 'group', '450224104210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211', '450224', '高林村', 'village', '450224104', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211001', '450224', '第1村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211002', '450224', '第2村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211003', '450224', '第3村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211004', '450224', '第4村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211005', '450224', '第5村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104211006', '450224', '第6村民小组', 'group', '450224104211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104212', '450224', '良溪村', 'village', '450224104', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104212001', '450224', '第1村民小组', 'group', '450224104212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104212002', '450224', '第2村民小组', 'group', '450224104212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104212003', '450224', '第3村民小组', 'group', '450224104212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224104212004', '450224', '第4村民小组', 'group', '450224104212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105', '450224', '大良镇', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001', '450224', '大良社区', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001001', '450224', '第1村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001002', '450224', '第2村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001003', '450224', '第3村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001004', '450224', '第4村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001005', '450224', '第5村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001006', '450224', '第6村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001007', '450224', '第7村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105001008', '450224', '第8村民小组', 'group', '450224105001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201', '450224', '平坪村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201001', '450224', '第1村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201002', '450224', '第2村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201003', '450224', '第3村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201004', '450224', '第4村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201005', '450224', '第5村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105201006', '450224', '第6村民小组', 'group', '450224105201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202', '450224', '东垌村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202001', '450224', '第1村民小组', 'group', '450224105202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202002', '450224', '第2村民小组', 'group', '450224105202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202003', '450224', '第3村民小组', 'group', '450224105202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202004', '450224', '第4村民小组', 'group', '450224105202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105202005', '450224', '第5村民小组', 'group', '450224105202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203', '450224', '龙坡村', 'village', '450224105', false, NULL, true, false, 'city', false, false);
INSERT INTO public.regions VALUES ('450224105203001', '450224', '第1村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203002', '450224', '第2村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203003', '450224', '第3村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203004', '450224', '第4村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203005', '450224', '第5村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203006', '450224', '第6村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203007', '450224', '第7村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105203008', '450224', '第8村民小组', 'group', '450224105203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204', '450224', '下塘村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204001', '450224', '第1村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204002', '450224', '第2村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204003', '450224', '第3村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204004', '450224', '第4村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204005', '450224', '第5村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204006', '450224', '第6村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105204007', '450224', '第7村民小组', 'group', '450224105204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205', '450224', '富寨村', 'village', '450224105', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205001', '450224', '第1村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205002', '450224', '第2村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205003', '450224', '第3村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205004', '450224', '第4村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205005', '450224', '第5村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205006', '450224', '第6村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105205007', '450224', '第7村民小组', 'group', '450224105205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206', '450224', '东冲村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206001', '450224', '第1村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206002', '450224', '第2村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206003', '450224', '第3村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206004', '450224', '第4村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206005', '450224', '第5村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206006', '450224', '第6村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105206007', '450224', '第7村民小组', 'group', '450224105206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207', '450224', '大坡村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207001', '450224', '第1村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207002', '450224', '第2村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207003', '450224', '第3村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207004', '450224', '第4村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207005', '450224', '第5村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207006', '450224', '第6村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207007', '450224', '第7村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105207008', '450224', '第8村民小组', 'group', '450224105207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208', '450224', '北桥村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208001', '450224', '第1村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208002', '450224', '第2村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208003', '450224', '第3村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208004', '450224', '第4村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208005', '450224', '第5村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208006', '450224', '第6村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105208007', '450224', '第7村民小组', 'group', '450224105208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105209', '450224', '马湾村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105209001', '450224', '第1村民小组', 'group', '450224105209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105209002', '450224', '第2村民小组', 'group', '450224105209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105209003', '450224', '第3村民小组', 'group', '450224105209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105209004', '450224', '第4村民小组', 'group', '450224105209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105210', '450224', '青岩村', 'village', '450224105', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105210001', '450224', '第1村民小组', 'group', '450224105210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105210002', '450224', '第2村民小组', 'group', '450224105210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105210003', '450224', '第3村民小组', 'group', '450224105210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211', '450224', '古口村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211001', '450224', '第1村民小组', 'group', '450224105211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211002', '450224', '第2村民小组', 'group', '450224105211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211003', '450224', '第3村民小组', 'group', '450224105211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211004', '450224', '第4村民小组', 'group', '450224105211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105211005', '450224', '第5村民小组', 'group', '450224105211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105212', '450224', '福岩村', 'village', '450224105', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105212001', '450224', '第1村民小组', 'group', '450224105212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105212002', '450224', '第2村民小组', 'group', '450224105212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224105212003', '450224', '第3村民小组', 'group', '450224105212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200', '450224', '雅瑶乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200001', '450224', '雅瑶社区', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200001001', '450224', '第1村民小组', 'group', '450224200001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200001002', '450224', '第2村民小组', 'group', '450224200001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200001003', '450224', '第3村民小组', 'group', '450224200001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201', '450224', '桥田村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201001', '450224', '第1村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201002', '450224', '第2村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201003', '450224', '第3村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201004', '450224', '第4村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201005', '450224', '第5村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201006', '450224', '第6村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200201007', '450224', '第7村民小组', 'group', '450224200201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202', '450224', '良屯村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202001', '450224', '第1村民小组', 'group', '450224200202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202002', '450224', '第2村民小组', 'group', '450224200202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202003', '450224', '第3村民小组', 'group', '450224200202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202004', '450224', '第4村民小组', 'group', '450224200202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200202005', '450224', '第5村民小组', 'group', '450224200202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200203', '450224', '青桥村', 'village', '450224200', false, NULL, true, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200203001', '450224', '第1村民小组', 'group', '450224200203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200203002', '450224', '第2村民小组', 'group', '450224200203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200203003', '450224', '第3村民小组', 'group', '450224200203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200203004', '450224', '第4村民小组', 'group', '450224200203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204', '450224', '青口村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204001', '450224', '第1村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204002', '450224', '第2村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204003', '450224', '第3村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204004', '450224', '第4村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204005', '450224', '第5村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200204006', '450224', '第6村民小组', 'group', '450224200204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205', '450224', '板田村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205001', '450224', '第1村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205002', '450224', '第2村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205003', '450224', '第3村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205004', '450224', '第4村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205005', '450224', '第5村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200205006', '450224', '第6村民小组', 'group', '450224200205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206', '450224', '上屯村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206001', '450224', '第1村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206002', '450224', '第2村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206003', '450224', '第3村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206004', '450224', '第4村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206005', '450224', '第5村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206006', '450224', '第6村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206007', '450224', '第7村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200206008', '450224', '第8村民小组', 'group', '450224200206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207', '450224', '平坡村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207001', '450224', '第1村民小组', 'group', '450224200207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207002', '450224', '第2村民小组', 'group', '450224200207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207003', '450224', '第3村民小组', 'group', '450224200207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207004', '450224', '第4村民小组', 'group', '450224200207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200207005', '450224', '第5村民小组', 'group', '450224200207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208', '450224', '寨岭村', 'village', '450224200', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208001', '450224', '第1村民小组', 'group', '450224200208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208002', '450224', '第2村民小组', 'group', '450224200208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208003', '450224', '第3村民小组', 'group', '450224200208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208004', '450224', '第4村民小组', 'group', '450224200208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200208005', '450224', '第5村民小组', 'group', '450224200208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200209', '450224', '福坡村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200209001', '450224', '第1村民小组', 'group', '450224200209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200209002', '450224', '第2村民小组', 'group', '450224200209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200209003', '450224', '第3村民小组', 'group', '450224200209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210', '450224', '马坪村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210001', '450224', '第1村民小组', 'group', '450224200210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210002', '450224', '第2村民小组', 'group', '450224200210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210003', '450224', '第3村民小组', 'group', '450224200210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210004', '450224', '第4村民小组', 'group', '450224200210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200210005', '450224', '第5村民小组', 'group', '450224200210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211', '450224', '青岭村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211001', '450224', '第1村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211002', '450224', '第2村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211003', '450224', '第3村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211004', '450224', '第4村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211005', '450224', '第5村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211006', '450224', '第6村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200211007', '450224', '第7村民小组', 'group', '450224200211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212', '450224', '北屯村', 'village', '450224200', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212001', '450224', '第1村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212002', '450224', '第2村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212003', '450224', '第3村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212004', '450224', '第4村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212005', '450224', '第5村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212006', '450224', '第6村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224200212007', '450224', '第7村民小组', 'group', '450224200212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201', '450224', '大坡乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001', '450224', '大坡社区', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001001', '450224', '第1村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001002', '450224', '第2村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001003', '450224', '第3村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001004', '450224', '第4村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001005', '450224', '第5村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001006', '450224', '第6村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201001007', '450224', '第7村民小组', 'group', '450224201001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201', '450224', '塘岭村', 'village', '450224201', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201001', '450224', '第1村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201002', '450224', '第2村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201003', '450224', '第3村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201004', '450224', '第4村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201005', '450224', '第5村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201006', '450224', '第6村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201201007', '450224', '第7村民小组', 'group', '450224201201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202', '450224', '凤垌村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202001', '450224', '第1村民小组', 'group', '450224201202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202002', '450224', '第2村民小组', 'group', '450224201202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202003', '450224', '第3村民小组', 'group', '450224201202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202004', '450224', '第4村民小组', 'group', '450224201202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201202005', '450224', '第5村民小组', 'group', '450224201202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203', '450224', '江岭村', 'village', '450224201', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203001', '450224', '第1村民小组', 'group', '450224201203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203002', '450224', '第2村民小组', 'group', '450224201203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203003', '450224', '第3村民小组', 'group', '450224201203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203004', '450224', '第4村民小组', 'group', '450224201203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201203005', '450224', '第5村民小组', 'group', '450224201203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201204', '450224', '金湾村', 'village', '450224201', false, NULL, false, false, 'city', false, false);
INSERT INTO public.regions VALUES ('450224201204001', '450224', '第1村民小组', 'group', '450224201204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201204002', '450224', '第2村民小组', 'group', '450224201204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201204003', '450224', '第3村民小组', 'group', '450224201204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201204004', '450224', '第4村民小组', 'group', '450224201204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201204005', '450224', '第5村民小组', 'group', '450224201204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205', '450224', '龙岭村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205001', '450224', '第1村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205002', '450224', '第2村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205003', '450224', '第3村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205004', '450224', '第4村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205005', '450224', '第5村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205006', '450224', '第6村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205007', '450224', '第7村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201205008', '450224', '第8村民小组', 'group', '450224201205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201206', '450224', '江洞村', 'village', '450224201', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201206001', '450224', '第1村民小组', 'group', '450224201206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201206002', '450224', '第2村民小组', 'group', '450224201206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201206003', '450224', '第3村民小组', 'group', '450224201206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201207', '450224', '双塘村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201207001', '450224', '第1村民小组', 'group', '450224201207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201207002', '450224', '第2村民小组', 'group', '450224201207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201207003', '450224', '第3村民小组', 'group', '450224201207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208', '450224', '凤洞村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208001', '450224', '第1村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208002', '450224', '第2村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208003', '450224', '第3村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208004', '450224', '第4村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208005', '450224', '第5村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201208006', '450224', '第6村民小组', 'group', '450224201208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209', '450224', '良田村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209001', '450224', '第1村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209002', '450224', '第2村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209003', '450224', '第3村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209004', '450224', '第4村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209005', '450224', '第5村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209006', '450224', '第6村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209007', '450224', '第7村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201209008', '450224', '第8村民小组', 'group', '450224201209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201210', '450224', '凤岩村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201210001', '450224', '第1村民小组', 'group', '450224201210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201210002', '450224', '第2村民小组', 'group', '450224201210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201210003', '450224', '第3村民小组', 'group', '450224201210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201211', '450224', '大塘村', 'village', '450224201', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201211001', '450224', '第1村民小组', 'group', '450224201211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201211002', '450224', '第2村民小组', 'group', '450224201211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201211003', '450224', '第3村民小组', 'group', '450224201211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201211004', '450224', '第4村民小组', 'group', '450224201211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212', '450224', '大林村', 'village', '450224201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212001', '450224', '第1村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212002', '450224', '第2村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212003', '450224', '第3村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212004', '450224', '第4村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212005', '450224', '第5村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224201212006', '450224', '第6村民小组', 'group', '450224201212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202', '450224', '东起乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202001', '450224', '东起社区', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202001001', '450224', '第1村民小组', 'group', '450224202001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202001002', '450224', '第2村民小组', 'group', '450224202001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202001003', '450224', '第3村民小组', 'group', '450224202001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202001004', '450224', '第4村民小组', 'group', '450224202001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201', '450224', '良岭村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201001', '450224', '第1村民小组', 'group', '450224202201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201002', '450224', '第2村民小组', 'group', '450224202201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201003', '450224', '第3村民小组', 'group', '450224202201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201004', '450224', '第4村民小组', 'group', '450224202201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202201005', '450224', '第5村民小组', 'group', '450224202201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202', '450224', '凤屯村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202001', '450224', '第1村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202002', '450224', '第2村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202003', '450224', '第3村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202004', '450224', '第4村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202005', '450224', '第5村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202006', '450224', '第6村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202202007', '450224', '第7村民小组', 'group', '450224202202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202203', '450224', '龙桥村', 'village', '450224202', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202203001', '450224', '第1村民小组', 'group', '450224202203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202203002', '450224', '第2村民小组', 'group', '450224202203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202203003', '450224', '第3村民小组', 'group', '450224202203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202203004', '450224', '第4村民小组', 'group', '450224202203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204', '450224', '三岩村', 'village', '450224202', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204001', '450224', '第1村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204002', '450224', '第2村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204003', '450224', '第3村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204004', '450224', '第4村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204005', '450224', '第5村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204006', '450224', '第6村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202204007', '450224', '第7村民小组', 'group', '450224202204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205', '450224', '沙岩村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205001', '450224', '第1村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205002', '450224', '第2村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205003', '450224', '第3村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205004', '450224', '第4村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205005', '450224', '第5村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205006', '450224', '第6村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202205007', '450224', '第7村民小组', 'group', '450224202205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206', '450224', '塘湾村', 'village', '450224202', false, NULL, false, false, 'county', false, false);
INSERT INTO public.regions VALUES ('450224202206001', '450224', '第1村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206002', '450224', '第2村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206003', '450224', '第3村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206004', '450224', '第4村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206005', '450224', '第5村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206006', '450224', '第6村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202206007', '450224', '第7村民小组', 'group', '450224202206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207', '450224', '安岩村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207001', '450224', '第1村民小组', 'group', '450224202207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207002', '450224', '第2村民小组', 'group', '450224202207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207003', '450224', '第3村民小组', 'group', '450224202207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207004', '450224', '第4村民小组', 'group', '450224202207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202207005', '450224', '第5村民小组', 'group', '450224202207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208', '450224', '良屯村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208001', '450224', '第1村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208002', '450224', '第2村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208003', '450224', '第3村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208004', '450224', '第4村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208005', '450224', '第5村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202208006', '450224', '第6村民小组', 'group', '450224202208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202209', '450224', '江坪村', 'village', '450224202', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202209001', '450224', '第1村民小组', 'group', '450224202209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202209002', '450224', '第2村民小组', 'group', '450224202209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202209003', '450224', '第3村民小组', 'group', '450224202209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210', '450224', '南林村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210001', '450224', '第1村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210002', '450224', '第2村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210003', '450224', '第3村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210004', '450224', '第4村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210005', '450224', '第5村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210006', '450224', '第6村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210007', '450224', '第7村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202210008', '450224', '第8村民小组', 'group', '450224202210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202211', '450224', '福洞村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202211001', '450224', '第1村民小组', 'group', '450224202211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202211002', '450224', '第2村民小组', 'group', '450224202211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202211003', '450224', '第3村民小组', 'group', '450224202211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202211004', '450224', '第4村民小组', 'group', '450224202211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202212', '450224', '福田村', 'village', '450224202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202212001', '450224', '第1村民小组', 'group', '450224202212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202212002', '450224', '第2村民小组', 'group', '450224202212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202212003', '450224', '第3村民小组', 'group', '450224202212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224202212004', '450224', '第4村民小组', 'group', '450224202212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203', '450224', '沙子乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001', '450224', '沙子社区', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001001', '450224', '第1村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001002', '450224', '第2村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001003', '450224', '第3村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001004', '450224', '第4村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001005', '450224', '第5村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001006', '450224', '第6村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001007', '450224', '第7村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203001008', '450224', '第8村民小组', 'group', '450224203001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201', '450224', '沙岩村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201001', '450224', '第1村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201002', '450224', '第2村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201003', '450224', '第3村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201004', '450224', '第4村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201005', '450224', '第5村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201006', '450224', '第6村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203201007', '450224', '第7村民小组', 'group', '450224203201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202', '450224', '大湾村', 'village', '450224203', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202001', '450224', '第1村民小组', 'group', '450224203202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202002', '450224', '第2村民小组', 'group', '450224203202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202003', '450224', '第3村民小组', 'group', '450224203202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202004', '450224', '第4村民小组', 'group', '450224203202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203202005', '450224', '第5村民小组', 'group', '450224203202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203', '450224', '林林村', 'village', '450224203', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203001', '450224', '第1村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203002', '450224', '第2村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203003', '450224', '第3村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203004', '450224', '第4村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203005', '450224', '第5村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203203006', '450224', '第6村民小组', 'group', '450224203203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203204', '450224', '田屯村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203204001', '450224', '第1村民小组', 'group', '450224203204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203204002', '450224', '第2村民小组', 'group', '450224203204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203204003', '450224', '第3村民小组', 'group', '450224203204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203204004', '450224', '第4村民小组', 'group', '450224203204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203205', '450224', '西山村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203205001', '450224', '第1村民小组', 'group', '450224203205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203205002', '450224', '第2村民小组', 'group', '450224203205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203205003', '450224', '第3村民小组', 'group', '450224203205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203205004', '450224', '第4村民小组', 'group', '450224203205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203206', '450224', '金溪村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203206001', '450224', '第1村民小组', 'group', '450224203206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203206002', '450224', '第2村民小组', 'group', '450224203206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203206003', '450224', '第3村民小组', 'group', '450224203206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207', '450224', '林湾村', 'village', '450224203', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207001', '450224', '第1村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207002', '450224', '第2村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207003', '450224', '第3村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207004', '450224', '第4村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207005', '450224', '第5村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207006', '450224', '第6村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203207007', '450224', '第7村民小组', 'group', '450224203207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203208', '450224', '青田村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203208001', '450224', '第1村民小组', 'group', '450224203208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203208002', '450224', '第2村民小组', 'group', '450224203208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203208003', '450224', '第3村民小组', 'group', '450224203208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203208004', '450224', '第4村民小组', 'group', '450224203208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203209', '450224', '新屯村', 'village', '450224203', false, NULL, false, false, NULL, false, true);
INSERT INTO public.regions VALUES ('450224203209001', '450224', '第1村民小组', 'group', '450224203209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203209002', '450224', '第2村民小组', 'group', '450224203209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203209003', '450224', '第3村民小组', 'group', '450224203209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203209004', '450224', '第4村民小组', 'group', '450224203209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203209005', '450224', '第5村民小组', 'group', '450224203209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210', '450224', '马江村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210001', '450224', '第1村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210002', '450224', '第2村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210003', '450224', '第3村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210004', '450224', '第4村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210005', '450224', '第5村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203210006', '450224', '第6村民小组', 'group', '450224203210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203211', '450224', '南林村', 'village', '450224203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203211001', '450224', '第1村民小组', 'group', '450224203211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203211002', '450224', '第2村民小组', 'group', '450224203211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203211003', '450224', '第3村民小组', 'group', '450224203211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203211004', '450224', '第4村民小组', 'group', '450224203211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212', '450224', '白岭村', 'village', '450224203', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212001', '450224', '第1村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212002', '450224', '第2村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212003', '450224', '第3村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212004', '450224', '第4村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212005', '450224', '第5村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212006', '450224', '第6村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224203212007', '450224', '第7村民小组', 'group', '450224203212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204', '450224', '桥板乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001', '450224', '桥板社区', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001001', '450224', '第1村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001002', '450224', '第2村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001003', '450224', '第3村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001004', '450224', '第4村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001005', '450224', '第5村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001006', '450224', '第6村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204001007', '450224', '第7村民小组', 'group', '450224204001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201', '450224', '和江村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201001', '450224', '第1村民小组', 'group', '450224204201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201002', '450224', '第2村民小组', 'group', '450224204201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201003', '450224', '第3村民小组', 'group', '450224204201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201004', '450224', '第4村民小组', 'group', '450224204201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204201005', '450224', '第5村民小组', 'group', '450224204201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202', '450224', '石垌村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202001', '450224', '第1村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202002', '450224', '第2村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202003', '450224', '第3村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202004', '450224', '第4村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202005', '450224', '第5村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204202006', '450224', '第6村民小组', 'group', '450224204202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203', '450224', '小垌村', 'village', '450224204', false, NULL, true, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203001', '450224', '第1村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203002', '450224', '第2村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203003', '450224', '第3村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203004', '450224', '第4村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203005', '450224', '第5村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203006', '450224', '第6村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203007', '450224', '第7村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204203008', '450224', '第8村民小组', 'group', '450224204203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204', '450224', '福江村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204001', '450224', '第1村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204002', '450224', '第2村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204003', '450224', '第3村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204004', '450224', '第4村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204005', '450224', '第5村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204006', '450224', '第6村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204007', '450224', '第7村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204204008', '450224', '第8村民小组', 'group', '450224204204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205', '450224', '桥冲村', 'village', '450224204', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205001', '450224', '第1村民小组', 'group', '450224204205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205002', '450224', '第2村民小组', 'group', '450224204205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205003', '450224', '第3村民小组', 'group', '450224204205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205004', '450224', '第4村民小组', 'group', '450224204205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204205005', '450224', '第5村民小组', 'group', '450224204205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206', '450224', '富洞村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206001', '450224', '第1村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206002', '450224', '第2村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206003', '450224', '第3村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206004', '450224', '第4村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206005', '450224', '第5村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206006', '450224', '第6村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204206007', '450224', '第7村民小组', 'group', '450224204206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207', '450224', '凤寨村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207001', '450224', '第1村民小组', 'group', '450224204207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207002', '450224', '第2村民小组', 'group', '450224204207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207003', '450224', '第3村民小组', 'group', '450224204207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207004', '450224', '第4村民小组', 'group', '450224204207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204207005', '450224', '第5村民小组', 'group', '450224204207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208', '450224', '三塘村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208001', '450224', '第1村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208002', '450224', '第2村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208003', '450224', '第3村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208004', '450224', '第4村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208005', '450224', '第5村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204208006', '450224', '第6村民小组', 'group', '450224204208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209', '450224', '西林村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209001', '450224', '第1村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209002', '450224', '第2村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209003', '450224', '第3村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209004', '450224', '第4村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209005', '450224', '第5村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209006', '450224', '第6村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204209007', '450224', '第7村民小组', 'group', '450224204209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204210', '450224', '大塘村', 'village', '450224204', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204210001', '450224', '第1村民小组', 'group', '450224204210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204210002', '450224', '第2村民小组', 'group', '450224204210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204210003', '450224', '第3村民小组', 'group', '450224204210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211', '450224', '下塘村', 'village', '450224204', false, NULL, false, false, 'county', false, false);
INSERT INTO public.regions VALUES ('450224204211001', '450224', '第1村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211002', '450224', '第2村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211003', '450224', '第3村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211004', '450224', '第4村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211005', '450224', '第5村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204211006', '450224', '第6村民小组', 'group', '450224204211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212', '450224', '北洞村', 'village', '450224204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212001', '450224', '第1村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212002', '450224', '第2村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212003', '450224', '第3村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212004', '450224', '第4村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212005', '450224', '第5村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212006', '450224', '第6村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212007', '450224', '第7村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224204212008', '450224', '第8村民小组', 'group', '450224204212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205', '450224', '潭头乡', 'township', '450224', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001', '450224', '潭头社区', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001001', '450224', '第1村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001002', '450224', '第2村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001003', '450224', '第3村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001004', '450224', '第4村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001005', '450224', '第5村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205001006', '450224', '第6村民小组', 'group', '450224205001', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201', '450224', '沙洞村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201001', '450224', '第1村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201002', '450224', '第2村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201003', '450224', '第3村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201004', '450224', '第4村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201005', '450224', '第5村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201006', '450224', '第6村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205201007', '450224', '第7村民小组', 'group', '450224205201', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202', '450224', '和口村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202001', '450224', '第1村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202002', '450224', '第2村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202003', '450224', '第3村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202004', '450224', '第4村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202005', '450224', '第5村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202006', '450224', '第6村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205202007', '450224', '第7村民小组', 'group', '450224205202', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203', '450224', '安坪村', 'village', '450224205', false, NULL, true, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203001', '450224', '第1村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203002', '450224', '第2村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203003', '450224', '第3村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203004', '450224', '第4村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203005', '450224', '第5村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203006', '450224', '第6村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205203007', '450224', '第7村民小组', 'group', '450224205203', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204', '450224', '安溪村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204001', '450224', '第1村民小组', 'group', '450224205204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204002', '450224', '第2村民小组', 'group', '450224205204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204003', '450224', '第3村民小组', 'group', '450224205204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204004', '450224', '第4村民小组', 'group', '450224205204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205204005', '450224', '第5村民小组', 'group', '450224205204', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205', '450224', '和坡村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205001', '450224', '第1村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205002', '450224', '第2村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205003', '450224', '第3村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205004', '450224', '第4村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205005', '450224', '第5村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205205006', '450224', '第6村民小组', 'group', '450224205205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206', '450224', '良冲村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206001', '450224', '第1村民小组', 'group', '450224205206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206002', '450224', '第2村民小组', 'group', '450224205206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206003', '450224', '第3村民小组', 'group', '450224205206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206004', '450224', '第4村民小组', 'group', '450224205206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205206005', '450224', '第5村民小组', 'group', '450224205206', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207', '450224', '福口村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207001', '450224', '第1村民小组', 'group', '450224205207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207002', '450224', '第2村民小组', 'group', '450224205207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207003', '450224', '第3村民小组', 'group', '450224205207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207004', '450224', '第4村民小组', 'group', '450224205207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205207005', '450224', '第5村民小组', 'group', '450224205207', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205208', '450224', '大屯村', 'village', '450224205', false, NULL, false, true, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205208001', '450224', '第1村民小组', 'group', '450224205208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205208002', '450224', '第2村民小组', 'group', '450224205208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205208003', '450224', '第3村民小组', 'group', '450224205208', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209', '450224', '平寨村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209001', '450224', '第1村民小组', 'group', '450224205209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209002', '450224', '第2村民小组', 'group', '450224205209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209003', '450224', '第3村民小组', 'group', '450224205209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209004', '450224', '第4村民小组', 'group', '450224205209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205209005', '450224', '第5村民小组', 'group', '450224205209', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205210', '450224', '双洞村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205210001', '450224', '第1村民小组', 'group', '450224205210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205210002', '450224', '第2村民小组', 'group', '450224205210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205210003', '450224', '第3村民小组', 'group', '450224205210', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205211', '450224', '沙垌村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205211001', '450224', '第1村民小组', 'group', '450224205211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205211002', '450224', '第2村民小组', 'group', '450224205211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205211003', '450224', '第3村民小组', 'group', '450224205211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205211004', '450224', '第4村民小组', 'group', '450224205211', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212', '450224', '安桥村', 'village', '450224205', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212001', '450224', '第1村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212002', '450224', '第2村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212003', '450224', '第3村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212004', '450224', '第4村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212005', '450224', '第5村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212006', '450224', '第6村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224205212007', '450224', '第7村民小组', 'group', '450224205212', false, NULL, false, false, NULL, false, false);
INSERT INTO public.regions VALUES ('450224100004', '450224', '幸福家园社区', 'village', '450224100', true, 26, false, false, NULL, false, false);


--
-- Data for Name: screening_records; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.screening_records VALUES ('a1f596f9-7629-4c01-9cb0-df0ebb369807', 'f205aa1c-8d7c-4092-af19-d635f24647c6', '450224', '450224100001', '019b76da-a8f6-7944-859a-2c949ec7c45b', '2026-11-20', '陆海英、黄文平', 'atHome', NULL, false, '', '', NULL, '', '演示数据', 1796055689);
INSERT INTO public.screening_records VALUES ('0955e580-6f93-48f1-8923-99d641e9b883', 'f205aa1c-8d7c-4092-af19-d635f24647c6', '450224', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', '2026-11-13', '黄文平、蓝志强', 'atHome', NULL, false, '', '', NULL, '', '演示数据', 1796055689);
INSERT INTO public.screening_records VALUES ('4069130f-bbaa-4305-a09e-6918138c55a5', 'f205aa1c-8d7c-4092-af19-d635f24647c6', '450224', '450224100004', '019b76da-a888-7437-9906-6b96e188a1dd', '2026-11-16', '陆海英、黄文平', 'atHome', NULL, false, '', '', NULL, '', '演示数据', 1796055689);
INSERT INTO public.screening_records VALUES ('d389a89a-832e-44ba-9524-59d8a459c1e3', 'f205aa1c-8d7c-4092-af19-d635f24647c6', '450224', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', '2026-11-07', '覃丽华、韦建国', 'atHome', NULL, false, '', 'illness', NULL, '', '演示数据', 1796055689);


--
-- Data for Name: screening_visitors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.screening_visitors VALUES ('a1f596f9-7629-4c01-9cb0-df0ebb369807', '450224', '陆海英', '2026-11-20');
INSERT INTO public.screening_visitors VALUES ('a1f596f9-7629-4c01-9cb0-df0ebb369807', '450224', '黄文平', '2026-11-20');
INSERT INTO public.screening_visitors VALUES ('0955e580-6f93-48f1-8923-99d641e9b883', '450224', '黄文平', '2026-11-13');
INSERT INTO public.screening_visitors VALUES ('0955e580-6f93-48f1-8923-99d641e9b883', '450224', '蓝志强', '2026-11-13');
INSERT INTO public.screening_visitors VALUES ('4069130f-bbaa-4305-a09e-6918138c55a5', '450224', '陆海英', '2026-11-16');
INSERT INTO public.screening_visitors VALUES ('4069130f-bbaa-4305-a09e-6918138c55a5', '450224', '黄文平', '2026-11-16');
INSERT INTO public.screening_visitors VALUES ('d389a89a-832e-44ba-9524-59d8a459c1e3', '450224', '覃丽华', '2026-11-07');
INSERT INTO public.screening_visitors VALUES ('d389a89a-832e-44ba-9524-59d8a459c1e3', '450224', '韦建国', '2026-11-07');


--
-- Data for Name: thresholds; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.thresholds VALUES ('45', '2022-01-01', 730000, '演示数据：参照河北省7300元，非本省正式标准，请按本省文件更正', '演示数据', 1796055689, NULL);


--
-- Data for Name: user_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('576e26f3-abf4-4cb1-8956-f320a35f508e', 'admin', '$2b$10$aDgGzH8nmvgs.NAjv5a8HOn8w6O5zAHlPlzhbdCJqH77w7wg2xUpi', 'county-admin', '450224', '县防贫中心管理员', false, 1796055689, NULL);
INSERT INTO public.users VALUES ('732837aa-8946-445f-8956-64c782123cda', 'township', '$2b$10$zXSpEOaCBaW/Y.P4CY0PPuTENvOueZW1q3BlL3IIExx8y7JyoGNRy', 'township-officer', '450224100', '长安镇工作站', false, 1796055690, NULL);
INSERT INTO public.users VALUES ('6bd7f8db-e96a-4058-a8b7-83b01e293b21', 'village', '$2b$10$yUYpC0pxWdOWj61URvQ02uSlMxB5s.r4yob6XCoWOEyIjGZP3jJNG', 'village-officer', '450224100201', '村网格员', false, 1796055690, NULL);
INSERT INTO public.users VALUES ('541cc50b-250a-472e-be2b-1a186e6c3e2f', 'department', '$2b$10$NiLkLf3FVWmR8CJvWE3hQuwTLsnTJzv1x8t1srzZeN3pJ3eAAt1mO', 'department-officer', 'edu', '县教育局', false, 1796055690, NULL);
INSERT INTO public.users VALUES ('88817707-1471-4711-b9e1-35033f8a7954', 'helper', '$2b$10$Lpo9bflwwJXfJjMtmW7pnufDqecrAF70P/ByxLF7D467VY06Lznru', 'helper', '450224', '帮扶责任人（名册中帮扶户最多的一位）', false, 1796055690, NULL);
INSERT INTO public.users VALUES ('baea521e-850a-4072-a13a-73c956f8df55', 'inspector', '$2b$10$Hf.dXJokCVrAFtoToIin4.RgczdR19j6IBY.dQyW0Na89OzRpeqNO', 'inspector', '450224', '县督查组', false, 1796055690, NULL);


--
-- Data for Name: visit_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.visit_plans VALUES ('9ab314c9-3410-45d8-87c0-c3ca0070f45d', '450224', 'f205aa1c-8d7c-4092-af19-d635f24647c6', '450224100201', '[{"name":"韦建国","role":"firstSecretary"},{"name":"覃丽华","role":"partySecretary"},{"name":"蓝志强","role":"villageCadre"}]', '2026-11-01', '2026-11-30', 0, 20, '演示数据', 1796055689);


--
-- Data for Name: warnings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.warnings VALUES ('a135b01b-0a42-4aa0-9b10-fefed6616b6f', '450224', '450224100', '450224100001', '019b76da-a8f6-7944-859a-2c949ec7c45b', '019b76da-a8f0-7290-a096-033d5a29b484', 'b9d80143-6982-488e-b778-edf35da3a535', 2, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失6000.00元', '{"受灾日期":"2026-11-10","姓名":"蒙斌伟","损失金额（元）":"6000.00","灾害类型":"洪涝","身份证号码":"450225********6693"}', 'clue', 'b1765040-4a4a-4ee3-81eb-5a7e090463e5', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('623663d1-aaf3-46a9-9369-058179efdf6c', '450224', '450224100', '450224100004', '019b76da-a826-7429-bfbd-0ec3e6031a71', '019b76da-a822-73d3-b3f1-4643437bab83', 'b9d80143-6982-488e-b778-edf35da3a535', 3, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失6700.00元', '{"受灾日期":"2026-11-10","姓名":"刘兰秀","损失金额（元）":"6700.00","灾害类型":"洪涝","身份证号码":"450224********8321"}', 'clue', 'b5d4dfd6-716b-4667-a2ca-a5a5a776793b', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('26c1474a-ad21-4fa8-bc7d-7f0d4b5ed40f', '450224', '450224100', '450224100004', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '019b76da-a859-7525-936f-e509aadaeef9', 'b9d80143-6982-488e-b778-edf35da3a535', 4, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失7400.00元', '{"受灾日期":"2026-11-10","姓名":"曾光杰","损失金额（元）":"7400.00","灾害类型":"洪涝","身份证号码":"450224********2691"}', 'clue', 'f78a3480-2882-404a-a0a9-a5c578cc7358', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('7f056fef-bbb4-4524-b984-20c0cbe8a307', '450224', '450224100', '450224100004', '019b76da-a86f-73fe-91e9-d024552c49d8', '019b76da-a86b-7f92-a66b-1db2370a1576', 'b9d80143-6982-488e-b778-edf35da3a535', 5, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失8100.00元', '{"受灾日期":"2026-11-10","姓名":"谢宏","损失金额（元）":"8100.00","灾害类型":"洪涝","身份证号码":"450224********3837"}', 'clue', 'aa318a25-306c-4052-8825-91dc8b3643a2', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('a5bcbe4a-ebd1-4ced-b5ee-3a3b30d50dce', '450224', '450224100', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', '019b76da-a876-70c4-ad3b-fbf5e267e681', 'b9d80143-6982-488e-b778-edf35da3a535', 6, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失8800.00元', '{"受灾日期":"2026-11-10","姓名":"张平波","损失金额（元）":"8800.00","灾害类型":"洪涝","身份证号码":"450224********0792"}', 'clue', 'edc7de1b-2bb3-40ab-bd7d-a77017913a0e', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('d68f3247-9b70-4adc-9ada-831845a7adcc', '450224', '450224100', '450224100004', '019b76da-a888-7437-9906-6b96e188a1dd', '019b76da-a884-79d3-a97c-feb32965e5f7', 'b9d80143-6982-488e-b778-edf35da3a535', 7, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失9500.00元', '{"受灾日期":"2026-11-10","姓名":"韦德","损失金额（元）":"9500.00","灾害类型":"洪涝","身份证号码":"450224********5314"}', 'clue', '94e9d4ef-6801-4b0f-8b57-6a394cc9d23f', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('deaec964-e365-4e06-ae63-bcef28a7e18a', '450224', '450224100', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', '019b76da-a92a-75a9-b756-030fe52217c6', 'b9d80143-6982-488e-b778-edf35da3a535', 8, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失10200.00元', '{"受灾日期":"2026-11-10","姓名":"陈成强","损失金额（元）":"10200.00","灾害类型":"洪涝","身份证号码":"450224********113X"}', 'clue', '635a9d5c-3e81-4656-878e-6b8e9e08c836', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('27c8cd9c-bca0-4f6a-9c7f-fa1eb6d8620f', '450224', '450224100', '450224100004', '019b76da-a95d-7545-a7f6-f378462ee2a5', '019b76da-a95c-7ad4-a622-86e467e6e80d', 'b9d80143-6982-488e-b778-edf35da3a535', 9, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失10900.00元', '{"受灾日期":"2026-11-10","姓名":"廖春海","损失金额（元）":"10900.00","灾害类型":"洪涝","身份证号码":"450224********2530"}', 'clue', '9808b9d5-e0d4-4424-9964-2ec61932b233', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('85037b0e-d29b-4a8e-bb32-ebe8a09b7ef5', '450224', '450224100', '450224100207', '019b76da-a956-7c2f-9e4d-c59c8b6ed2e5', '019b76da-a951-78b3-9b6a-93c404a7251f', 'b9d80143-6982-488e-b778-edf35da3a535', 10, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失11600.00元', '{"受灾日期":"2026-11-10","姓名":"廖国","损失金额（元）":"11600.00","灾害类型":"洪涝","身份证号码":"450224********5336"}', 'clue', '42871e48-8dfe-4912-87e3-fde35e7fc388', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('5cf6a7d4-da85-4dab-8266-a4c4dd4cc046', '450224', '450224100', '450224100209', '019b76da-a93b-794f-95ce-cda86ff4901d', '019b76da-a936-7c18-8f33-ebdcf3eca9e3', 'b9d80143-6982-488e-b778-edf35da3a535', 11, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失12300.00元', '{"受灾日期":"2026-11-10","姓名":"胡明林","损失金额（元）":"12300.00","灾害类型":"洪涝","身份证号码":"450224********9192"}', 'clue', '8106ed0d-a5a2-4459-862a-b35cd26df92d', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('4b14caa7-2157-4cc2-9627-d6c63b0dea1b', '450224', '450224100', '450224100212', '019b76da-a817-7521-8e8a-9901b725b43c', '019b76da-a813-7395-a5d4-2d4bd246c105', 'b9d80143-6982-488e-b778-edf35da3a535', 12, 'yjj', 'emergency.disaster', 'disaster', '洪涝损失13000.00元', '{"受灾日期":"2026-11-10","姓名":"吴强明","损失金额（元）":"13000.00","灾害类型":"洪涝","身份证号码":"450224********8576"}', 'clue', '4acf1cdc-253c-45be-bee9-ed50268579e0', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'disaster');
INSERT INTO public.warnings VALUES ('10d51105-dfed-43b3-8a5b-482a4182dec3', '450224', '450224101', '450224101202', '019b76da-a840-783e-b2f5-d779cd688ce8', '019b76da-a83d-784c-bbf9-d8f9447a4ce3', 'b9d80143-6982-488e-b778-edf35da3a535', 13, 'yjj', 'emergency.disaster', 'disaster', '疫情损失5200.00元', '{"受灾日期":"2026-10-26","姓名":"赵杰刚","损失金额（元）":"5200.00","灾害类型":"疫情","身份证号码":"450224********1035"}', 'clue', 'ef6d3a54-76c0-4010-a85e-88282ee6caf1', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'epidemic');
INSERT INTO public.warnings VALUES ('e6afa8cc-491d-467e-905b-e03b293a4e04', '450224', '450224101', '450224101202', '019b76da-a902-73cf-82d9-cddcfdd76e23', '019b76da-a8fe-7c51-8151-e7ee9790539a', 'b9d80143-6982-488e-b778-edf35da3a535', 14, 'yjj', 'emergency.disaster', 'disaster', '疫情损失5200.00元', '{"受灾日期":"2026-10-26","姓名":"张勇伟","损失金额（元）":"5200.00","灾害类型":"疫情","身份证号码":"450224********0950"}', 'clue', '2b4e332c-0b51-4883-840e-4a0141e932f0', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'epidemic');
INSERT INTO public.warnings VALUES ('7b7516ca-462f-43ca-82ad-74f9c9451579', '450224', '450224101', '450224101204', '019b76da-a863-7cda-a89a-95e3785d783a', '019b76da-a860-7c72-92a7-ec0de028ba9b', 'b9d80143-6982-488e-b778-edf35da3a535', 15, 'yjj', 'emergency.disaster', 'disaster', '疫情损失5200.00元', '{"受灾日期":"2026-10-26","姓名":"贾福","损失金额（元）":"5200.00","灾害类型":"疫情","身份证号码":"450224********2856"}', 'clue', 'd4dbb19b-1b46-44c1-ae6e-c39380205144', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'epidemic');
INSERT INTO public.warnings VALUES ('13452671-b6f3-49a3-a5f6-89f2b3404250', '450224', '450224101', '450224101204', '019b76da-a8ae-7af3-87a7-1355761379e2', '019b76da-a8ab-7f83-8db2-004ce37bd805', 'b9d80143-6982-488e-b778-edf35da3a535', 16, 'yjj', 'emergency.disaster', 'disaster', '疫情损失5200.00元', '{"受灾日期":"2026-10-26","姓名":"梁文伟","损失金额（元）":"5200.00","灾害类型":"疫情","身份证号码":"450224********295X"}', 'clue', 'b9f0d692-545f-4a17-a34f-1c608ff91a5e', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'epidemic');
INSERT INTO public.warnings VALUES ('48e4fee6-4101-4685-94da-2a530704228a', '450224', '450224101', '450224101207', '019b76da-a8c9-79a2-889e-9246c604ed80', '019b76da-a8c6-7f8e-ace3-265fc0269e10', '28079d16-3165-46fc-9016-782f0ebebc19', 2, 'nyj', 'agri.industry', 'industryFailure', '肉牛养殖合作社失败（市场价格下跌），损失18000.00元', '{"原因":"市场价格下跌","发生日期":"2026-11-05","姓名":"陈伟成","损失金额（元）":"18000.00","身份证号码":"450224********0311","项目名称":"肉牛养殖合作社"}', 'clue', '0476c82d-8109-4d94-8fef-fc8710585eb0', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'priceFall');
INSERT INTO public.warnings VALUES ('41c828d2-48cc-4420-b1fd-4e3a4cfc1382', '450224', '450224101', '450224101209', '019b76da-a8ce-7c95-8ca7-8cb6d1e550d1', '019b76da-a8ca-7db6-a7e4-de6bdac4a5e4', '28079d16-3165-46fc-9016-782f0ebebc19', 3, 'nyj', 'agri.industry', 'industryFailure', '肉牛养殖合作社失败（市场价格下跌），损失18500.00元', '{"原因":"市场价格下跌","发生日期":"2026-11-05","姓名":"林文志","损失金额（元）":"18500.00","身份证号码":"450224********1475","项目名称":"肉牛养殖合作社"}', 'clue', '7740805e-65fb-4831-b125-2330e9e097f9', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'priceFall');
INSERT INTO public.warnings VALUES ('729a5211-18a0-459f-91ff-778c53976d8e', '450224', '450224101', '450224101209', '019b76da-a947-7aa5-9865-d5d470b4a8c0', '019b76da-a943-7866-8ac2-a1841e9f2756', '28079d16-3165-46fc-9016-782f0ebebc19', 4, 'nyj', 'agri.industry', 'industryFailure', '肉牛养殖合作社失败（市场价格下跌），损失19000.00元', '{"原因":"市场价格下跌","发生日期":"2026-11-05","姓名":"覃雪云","损失金额（元）":"19000.00","身份证号码":"450226********8827","项目名称":"肉牛养殖合作社"}', 'clue', 'b12b2de9-ca60-4dd5-aee1-9847db2051ac', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'priceFall');
INSERT INTO public.warnings VALUES ('272147dc-abcd-4041-ac5e-fbe99d35c1b1', '450224', '450224101', '450224101210', '019b76da-a932-7f2a-b5c0-9580075a1a7c', '019b76da-a92e-7fc6-8b1a-2efff2e2ea5f', '28079d16-3165-46fc-9016-782f0ebebc19', 5, 'nyj', 'agri.industry', 'industryFailure', '肉牛养殖合作社失败（市场价格下跌），损失19500.00元', '{"原因":"市场价格下跌","发生日期":"2026-11-05","姓名":"龙婷","损失金额（元）":"19500.00","身份证号码":"450224********0566","项目名称":"肉牛养殖合作社"}', 'clue', 'b7c954e9-0c25-4abf-aa05-07d1bed96cc7', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'priceFall');
INSERT INTO public.warnings VALUES ('b53df929-0256-4c29-aa85-c6ab470bccb5', '450224', '450224100', '450224100004', '019b76da-a826-7429-bfbd-0ec3e6031a71', '019b76da-a822-73d3-b3f1-4643437bab83', '25203fef-e003-448a-9406-b0519845423c', 2, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"刘兰秀","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********8321"}', 'merged', 'b5d4dfd6-716b-4667-a2ca-a5a5a776793b', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('b9933394-c575-41aa-b4fb-24583e734ab0', '450224', '450224100', '450224100004', '019b76da-a85c-7c2c-a02a-74548b2ad13b', '019b76da-a859-7525-936f-e509aadaeef9', '25203fef-e003-448a-9406-b0519845423c', 3, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"曾光杰","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********2691"}', 'merged', 'f78a3480-2882-404a-a0a9-a5c578cc7358', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('158f5774-6453-487b-a973-ce09f7655a32', '450224', '450224100', '450224100004', '019b76da-a86f-73fe-91e9-d024552c49d8', '019b76da-a86b-7f92-a66b-1db2370a1576', '25203fef-e003-448a-9406-b0519845423c', 4, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"谢宏","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********3837"}', 'merged', 'aa318a25-306c-4052-8825-91dc8b3643a2', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('316861e4-5dcd-46e5-9125-117bdd864b79', '450224', '450224100', '450224100004', '019b76da-a87d-7ab5-9d39-196a18942a64', '019b76da-a876-70c4-ad3b-fbf5e267e681', '25203fef-e003-448a-9406-b0519845423c', 5, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"张平波","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********0792"}', 'merged', 'edc7de1b-2bb3-40ab-bd7d-a77017913a0e', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('d3c3c333-d7c3-4c5c-b1e0-e664b4b99208', '450224', '450224100', '450224100004', '019b76da-a888-7437-9906-6b96e188a1dd', '019b76da-a884-79d3-a97c-feb32965e5f7', '25203fef-e003-448a-9406-b0519845423c', 6, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"韦德","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********5314"}', 'merged', '94e9d4ef-6801-4b0f-8b57-6a394cc9d23f', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('8c839a5a-c18c-4f99-a1b3-8cf44432de07', '450224', '450224100', '450224100004', '019b76da-a92d-784b-809f-61be9de447cb', '019b76da-a92a-75a9-b756-030fe52217c6', '25203fef-e003-448a-9406-b0519845423c', 7, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"陈成强","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********113X"}', 'merged', '635a9d5c-3e81-4656-878e-6b8e9e08c836', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');
INSERT INTO public.warnings VALUES ('f44da2d4-813a-46ac-957e-b5d3736fcf11', '450224', '450224100', '450224100004', '019b76da-a95d-7545-a7f6-f378462ee2a5', '019b76da-a95c-7ad4-a622-86e467e6e80d', '25203fef-e003-448a-9406-b0519845423c', 8, 'rsj', 'hr.unemployment', 'unstableEmployment', '务工返乡', '{"姓名":"廖春海","登记日期":"2026-11-15","类别":"务工返乡","身份证号码":"450224********2530"}', 'merged', '9808b9d5-e0d4-4424-9964-2ec61932b233', '2026-12-01', '2026-12-15', NULL, NULL, NULL, NULL, 'unemployment,relocationEmployment');


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: calendar_years calendar_years_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_years
    ADD CONSTRAINT calendar_years_pkey PRIMARY KEY (year);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: case_events case_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT case_events_pkey PRIMARY KEY (id);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (id);


--
-- Name: changes changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.changes
    ADD CONSTRAINT changes_pkey PRIMARY KEY (id);


--
-- Name: county_form_rows county_form_rows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.county_form_rows
    ADD CONSTRAINT county_form_rows_pkey PRIMARY KEY (id);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: duty_reports duty_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_reports
    ADD CONSTRAINT duty_reports_pkey PRIMARY KEY (id);


--
-- Name: helpers helpers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.helpers
    ADD CONSTRAINT helpers_pkey PRIMARY KEY (id);


--
-- Name: household_events household_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household_events
    ADD CONSTRAINT household_events_pkey PRIMARY KEY (id);


--
-- Name: household_helpers household_helpers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household_helpers
    ADD CONSTRAINT household_helpers_pkey PRIMARY KEY (id);


--
-- Name: households households_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.households
    ADD CONSTRAINT households_pkey PRIMARY KEY (id);


--
-- Name: import_rows import_rows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_rows
    ADD CONSTRAINT import_rows_pkey PRIMARY KEY (id);


--
-- Name: imports imports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports
    ADD CONSTRAINT imports_pkey PRIMARY KEY (id);


--
-- Name: lookback_reviews lookback_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lookback_reviews
    ADD CONSTRAINT lookback_reviews_pkey PRIMARY KEY (id);


--
-- Name: measures measures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measures
    ADD CONSTRAINT measures_pkey PRIMARY KEY (id);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: policy_versions policy_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_pkey PRIMARY KEY (number);


--
-- Name: quality_findings quality_findings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quality_findings
    ADD CONSTRAINT quality_findings_pkey PRIMARY KEY (id);


--
-- Name: quality_runs quality_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quality_runs
    ADD CONSTRAINT quality_runs_pkey PRIMARY KEY (id);


--
-- Name: rectification_files rectification_files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_files
    ADD CONSTRAINT rectification_files_pkey PRIMARY KEY (id);


--
-- Name: rectifications rectifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectifications
    ADD CONSTRAINT rectifications_pkey PRIMARY KEY (id);


--
-- Name: regions regions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_pkey PRIMARY KEY (code);


--
-- Name: screening_records screening_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.screening_records
    ADD CONSTRAINT screening_records_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: case_events uq:case_events.case_id+case_events.seq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT "uq:case_events.case_id+case_events.seq" UNIQUE (case_id, seq);


--
-- Name: duty_reports uq:duty_reports.duty+duty_reports.unit+duty_reports.period; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.duty_reports
    ADD CONSTRAINT "uq:duty_reports.duty+duty_reports.unit+duty_reports.period" UNIQUE (duty, unit, period);


--
-- Name: households uq:households.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.households
    ADD CONSTRAINT "uq:households.code" UNIQUE (code);


--
-- Name: lookback_reviews uq:lookback_reviews.campaign_id+lookback_reviews.village_code+l; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lookback_reviews
    ADD CONSTRAINT "uq:lookback_reviews.campaign_id+lookback_reviews.village_code+l" UNIQUE (campaign_id, village_code, dimension);


--
-- Name: screening_records uq:screening_records.campaign_id+screening_records.household_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.screening_records
    ADD CONSTRAINT "uq:screening_records.campaign_id+screening_records.household_id" UNIQUE (campaign_id, household_id);


--
-- Name: thresholds uq:thresholds.province+thresholds.effective_from; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thresholds
    ADD CONSTRAINT "uq:thresholds.province+thresholds.effective_from" UNIQUE (province, effective_from);


--
-- Name: user_tokens uq:user_tokens.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_tokens
    ADD CONSTRAINT "uq:user_tokens.token_hash" UNIQUE (token_hash);


--
-- Name: users uq:users.username; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "uq:users.username" UNIQUE (username);


--
-- Name: user_tokens user_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_tokens
    ADD CONSTRAINT user_tokens_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: visit_plans visit_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_plans
    ADD CONSTRAINT visit_plans_pkey PRIMARY KEY (id);


--
-- Name: warnings warnings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warnings
    ADD CONSTRAINT warnings_pkey PRIMARY KEY (id);


--
-- Name: audit_log_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_actor ON public.audit_log USING btree (actor, seq);


--
-- Name: audit_log_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_address ON public.audit_log USING btree (address, action, at);


--
-- Name: audit_log_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_entity ON public.audit_log USING btree (entity_id, action, at);


--
-- Name: cases_county_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_county_state ON public.cases USING btree (county_code, state);


--
-- Name: cases_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_household ON public.cases USING btree (household_id);


--
-- Name: cases_reporter; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_reporter ON public.cases USING btree (reporter_id_number);


--
-- Name: cases_village_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_village_state ON public.cases USING btree (village_code, state);


--
-- Name: changes_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX changes_household ON public.changes USING btree (household_id, at);


--
-- Name: changes_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX changes_member ON public.changes USING btree (member_id);


--
-- Name: county_form_rows_form; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX county_form_rows_form ON public.county_form_rows USING btree (county_code, form, created_at);


--
-- Name: documents_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX documents_case ON public.documents USING btree (case_id);


--
-- Name: household_events_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX household_events_household ON public.household_events USING btree (household_id);


--
-- Name: household_helpers_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX household_helpers_household ON public.household_helpers USING btree (household_id);


--
-- Name: households_county_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_county_code ON public.households USING btree (county_code, dissolved_at, code);


--
-- Name: households_head_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_head_name ON public.households USING btree (head_name);


--
-- Name: households_origin_township; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_origin_township ON public.households USING btree (origin_township_code);


--
-- Name: households_origin_village; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_origin_village ON public.households USING btree (origin_village_code);


--
-- Name: households_township; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_township ON public.households USING btree (township_code, dissolved_at, code);


--
-- Name: households_village; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX households_village ON public.households USING btree (village_code, dissolved_at, code);


--
-- Name: import_rows_import; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX import_rows_import ON public.import_rows USING btree (import_id, row_number);


--
-- Name: import_rows_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX import_rows_key ON public.import_rows USING btree (list_type, row_key) WHERE (row_key IS NOT NULL);


--
-- Name: imports_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_department ON public.imports USING btree (department, created_at);


--
-- Name: imports_sha; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_sha ON public.imports USING btree (list_type, sha256);


--
-- Name: measures_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measures_household ON public.measures USING btree (household_id);


--
-- Name: members_active_id_number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX members_active_id_number ON public.members USING btree (id_number) WHERE (removed_at IS NULL);


--
-- Name: members_dropout; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_dropout ON public.members USING btree (household_id) WHERE ((schooling = 'droppedOut'::text) AND (removed_at IS NULL));


--
-- Name: members_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_household ON public.members USING btree (household_id);


--
-- Name: members_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_name ON public.members USING btree (name);


--
-- Name: members_uninsured; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX members_uninsured ON public.members USING btree (household_id) WHERE ((medical_insurance = 'none'::text) AND (removed_at IS NULL));


--
-- Name: quality_findings_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quality_findings_household ON public.quality_findings USING btree (household_id, state);


--
-- Name: quality_findings_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quality_findings_open ON public.quality_findings USING btree (county_code, state, township_code, severity);


--
-- Name: rectification_files_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rectification_files_item ON public.rectification_files USING btree (rectification_id);


--
-- Name: rectifications_region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rectifications_region ON public.rectifications USING btree (county_code, region_code);


--
-- Name: regions_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX regions_parent ON public.regions USING btree (parent_code);


--
-- Name: screening_records_village; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX screening_records_village ON public.screening_records USING btree (campaign_id, village_code);


--
-- Name: screening_visitors_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX screening_visitors_day ON public.screening_visitors USING btree (county_code, visitor, visited_on);


--
-- Name: warnings_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX warnings_department ON public.warnings USING btree (department, created_on);


--
-- Name: warnings_household; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX warnings_household ON public.warnings USING btree (household_id);


--
-- Name: warnings_scale_risk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX warnings_scale_risk ON public.warnings USING btree (scale_risk, created_on) WHERE (scale_risk IS NOT NULL);


--
-- Name: warnings_township; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX warnings_township ON public.warnings USING btree (township_code, result);


--
-- Name: case_events case_events_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT case_events_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;


--
-- Name: documents documents_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.cases(id) ON DELETE CASCADE;


--
-- Name: household_helpers household_helpers_helper_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household_helpers
    ADD CONSTRAINT household_helpers_helper_id_fkey FOREIGN KEY (helper_id) REFERENCES public.helpers(id);


--
-- Name: lookback_reviews lookback_reviews_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lookback_reviews
    ADD CONSTRAINT lookback_reviews_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- Name: rectification_files rectification_files_rectification_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rectification_files
    ADD CONSTRAINT rectification_files_rectification_id_fkey FOREIGN KEY (rectification_id) REFERENCES public.rectifications(id) ON DELETE CASCADE;


--
-- Name: screening_records screening_records_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.screening_records
    ADD CONSTRAINT screening_records_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- Name: user_tokens user_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_tokens
    ADD CONSTRAINT user_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: visit_plans visit_plans_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visit_plans
    ADD CONSTRAINT visit_plans_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- PostgreSQL database dump complete
--


