-- scan module: the audit of every scan at the multi-code entry, and institutions' legacy patient cards.

-- One row per scan: which terminal, what kind, where it was routed and how it ended. Never the scanned text, a
-- payment code or a token. master_index/ehc_id are set when an identity-bearing code named a resident, so the
-- resident can see who scanned their codes. Append-only.
create table scan_audit (
    scan_id          uuid        primary key,
    scanned_at       timestamptz not null,
    terminal_id      varchar(40) not null,
    institution_code varchar(32) not null,
    purpose          varchar(20) not null,
    kind             varchar(24) not null,
    variant          varchar(12),
    routed_to        varchar(24) not null,
    outcome          varchar(24) not null,
    master_index     char(64),
    ehc_id           char(64),
    reference        varchar(64)
);
create index scan_audit_by_resident on scan_audit (master_index, scanned_at) where master_index is not null;
create index scan_audit_by_time on scan_audit using brin (scanned_at);

create function scan_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'scan_audit is append-only';
end $$;
create trigger scan_audit_no_change before update or delete on scan_audit
    for each row execute function scan_audit_append_only();
create trigger scan_audit_no_truncate before truncate on scan_audit
    for each statement execute function scan_audit_append_only();

-- 就诊卡号 ↔ EHC ID, per institution. A binding is never deleted: unbinding closes it (who, when).
create table legacy_card (
    binding_id       uuid        primary key,
    institution_code varchar(32) not null,
    legacy_id        varchar(64) not null,
    ehc_id           char(64)    not null,
    bound_at         timestamptz not null,
    bound_by         varchar(64) not null,
    unbound_at       timestamptz,
    unbound_by       varchar(64)
);
create unique index legacy_card_active on legacy_card (institution_code, legacy_id) where unbound_at is null;
create index legacy_card_by_card on legacy_card (ehc_id);

-- The shape of an institution's legacy card numbers, so that the scan entry recognises them at that institution.
create table legacy_card_scheme (
    institution_code varchar(32) primary key,
    pattern          varchar(200) not null,
    description      varchar(200),
    updated_at       timestamptz not null,
    updated_by       varchar(64) not null
);
