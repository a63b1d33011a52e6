-- statistics module: data the figures need besides the platform's own records.

-- Resident population per region, the denominator of coverage (cards ÷ population). DEMO DATA: the four rows below
-- are the 2020 census (第七次全国人口普查) figures for Hunan and the three demo cities as published by the provincial
-- and city statistics bureaus, transcribed for the demonstration and not checked by the platform; a deployment loads
-- its official figures into this table (one row per region, any level).
create table region_population (
    region     char(6)      primary key,
    population bigint       not null check (population > 0),
    year       smallint     not null,
    source     varchar(200) not null
);
insert into region_population (region, population, year, source) values
    ('430000', 66444864, 2020, 'demo data: 2020 census, Hunan Provincial Bureau of Statistics'),
    ('430100', 10047914, 2020, 'demo data: 2020 census, Changsha Municipal Bureau of Statistics'),
    ('430200', 3902738, 2020, 'demo data: 2020 census, Zhuzhou Municipal Bureau of Statistics'),
    ('430300', 2726181, 2020, 'demo data: 2020 census, Xiangtan Municipal Bureau of Statistics');

-- The eight services whose adoption per prefecture city regulators publish (DOMAIN.md §5), and the rules that say
-- which recorded uses show a service in use: a use matches a rule when its care step, scene and channel match every
-- field the rule gives (null = any; channels is a comma-separated list). docs/statistics-services.md explains each.
create table statistics_service (
    code     varchar(32)  primary key,
    position smallint     not null unique,
    name_zh  varchar(50)  not null,
    name_en  varchar(100) not null
);
create table statistics_service_rule (
    id        int          generated always as identity primary key,
    service   varchar(32)  not null references statistics_service,
    care_step char(6),
    scene     varchar(7),
    channels  varchar(40),
    basis     varchar(300) not null,
    check (care_step is not null or scene is not null)
);
insert into statistics_service (code, position, name_zh, name_en) values
    ('appointment', 1, '预约挂号', 'appointment booking'),
    ('report_inquiry', 2, '报告查询', 'report inquiry'),
    ('online_payment', 3, '在线支付', 'online payment'),
    ('point_of_care_settlement', 4, '诊间结算', 'point-of-care settlement'),
    ('exam_appointment', 5, '检查预约', 'examination appointment'),
    ('intelligent_triage', 6, '智能导诊', 'intelligent triage'),
    ('queued_medication_pickup', 7, '排队取药', 'queued medication pickup'),
    ('queue_calling', 8, '叫号', 'queue calling');
insert into statistics_service_rule (service, care_step, scene, channels, basis) values
    ('appointment', null, '0101011', null, 'scene 0101011 预约挂号 [field]'),
    ('report_inquiry', null, '0101081', null, 'scene 0101081 查检验报告 [field]'),
    ('report_inquiry', null, '0101082', null, 'scene 0101082 查检查报告 [field]'),
    ('online_payment', '010105', null, '0401,0402', 'care step 010105 收费 through 服务号/小程序 [design]'),
    ('point_of_care_settlement', '010105', null, '0300', 'care step 010105 收费 at a 医生工作台 [design]'),
    ('exam_appointment', '010104', null, '0200,0401,0402', 'care step 010104 检查 through 自助机/服务号/小程序 [design]'),
    ('intelligent_triage', null, '0101014', null, 'scene 0101014 预约导诊 [field]'),
    ('queued_medication_pickup', '010103', null, null, 'care step 010103 取药: the scan queues the patient at the pharmacy [design]'),
    ('queue_calling', '010102', null, null, 'care step 010102 诊断: the scan checks the patient in for the doctor''s call [design]');
