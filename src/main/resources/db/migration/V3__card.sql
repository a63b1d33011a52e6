-- card module: one card per person of the master index; the history is append-only.
create table card (
    ehc_id            char(64)    primary key,
    master_index      char(64)    not null unique,
    kind              varchar(10) not null check (kind in ('FORMAL', 'TEMPORARY')),
    status            varchar(16) not null check (status in ('PENDING_REVIEW', 'ACTIVE', 'LOST', 'FROZEN', 'CANCELLED', 'MERGED')),
    generation        int         not null default 0,
    home_region       char(6)     not null,
    issuer_code       char(11)    not null,
    issue_channel     char(4)     not null,
    issue_institution varchar(32),
    issued_at         timestamptz not null,
    updated_at        timestamptz not null,
    merged_into       char(64)    references card,
    version           int         not null default 0
);
create index card_merged_into on card (merged_into) where merged_into is not null;
create index card_issued_at on card (issued_at);

create table card_event (
    id          bigint generated always as identity primary key,
    ehc_id      char(64)    not null references card,
    type        varchar(16) not null,
    from_status varchar(16),
    to_status   varchar(16) not null,
    generation  int         not null,
    actor       varchar(64) not null,
    reason      varchar(200),
    at          timestamptz not null
);
create index card_event_by_card on card_event (ehc_id, id);

create function card_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'card_event is append-only';
end $$;
create trigger card_event_no_change before update or delete on card_event
    for each row execute function card_event_append_only();
