-- usage module: card-use records (用卡记录, DOMAIN.md §5). Append-only, range-partitioned by month of use.
create table card_use (
    use_id           uuid        not null,
    used_at          timestamptz not null,
    recorded_at      timestamptz not null,
    ehc_id           char(64)    not null,
    terminal_id      varchar(40) not null,
    institution_code varchar(32) not null,
    department_code  char(4)     not null,
    use_region       char(6)     not null,
    use_city         char(6)     not null,
    home_region      char(6)     not null,
    cross_region     boolean     not null,
    channel          char(4)     not null,
    care_step        char(6)     not null,
    scene            char(7),
    source           varchar(6)  not null check (source in ('SCAN', 'REPORT')),
    code_type        char(1),
    client_record_id varchar(64),
    primary key (use_id, used_at)
) partition by range (used_at);
create index card_use_by_card on card_use (ehc_id, used_at);

create table card_use_default partition of card_use default;

create function ensure_card_use_partition(month date) returns void language plpgsql as $$
declare
    first date := date_trunc('month', month)::date;
    name text := 'card_use_' || to_char(first, 'YYYYMM');
begin
    if to_regclass(name) is null then
        execute format('create table %I partition of card_use for values from (%L) to (%L)',
                       name, first::timestamptz, (first + interval '1 month')::timestamptz);
    end if;
end $$;

do $$
declare m date := date '2024-01-01';
begin
    while m < date '2028-01-01' loop
        perform ensure_card_use_partition(m);
        m := m + interval '1 month';
    end loop;
end $$;

create function card_use_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'card_use is append-only';
end $$;
create trigger card_use_no_change before update or delete on card_use
    for each row execute function card_use_append_only();
create trigger card_use_no_truncate before truncate on card_use
    for each statement execute function card_use_append_only();

-- Idempotency of reported uses: one row per institution and client record ID.
create table usage_report (
    institution_code varchar(32) not null,
    client_record_id varchar(64) not null,
    use_id           uuid        not null,
    used_at          timestamptz not null,
    payload_digest   bytea       not null,
    primary key (institution_code, client_record_id)
);
