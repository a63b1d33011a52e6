-- identity module: the master index. Name, document number, phone and address are sealed with SM4-GCM
-- (key version in the first byte); *_blind columns are HMAC-SM3 blind indexes for equality look-up.
create table resident (
    master_index   char(64)    primary key,
    doc_type       char(2),
    doc_blind      bytea,
    doc_sealed     bytea,
    name_sealed    bytea       not null,
    phone_sealed   bytea,
    phone_blind    bytea,
    address_sealed bytea,
    sex            char(1)     not null,
    nationality    char(2)     not null,
    birth_date     date        not null,
    home_region    char(6)     not null,
    temporary      boolean     not null default false,
    registered_at  timestamptz not null,
    registered_by  varchar(64) not null,
    constraint resident_document_complete check ((doc_type is null) = (doc_blind is null) and (doc_blind is null) = (doc_sealed is null))
);
create unique index resident_by_document on resident (doc_type, doc_blind) where doc_blind is not null;
create index resident_by_phone on resident (phone_blind) where phone_blind is not null;

-- Bindings are never deleted: unbinding closes them with who, when and why.
create table family_binding (
    id            bigint generated always as identity primary key,
    owner_index   char(64)    not null references resident,
    member_index  char(64)    not null references resident,
    relation      char(1)     not null,
    bound_at      timestamptz not null,
    bound_by      varchar(64) not null,
    unbound_at    timestamptz,
    unbound_by    varchar(64),
    unbind_reason varchar(200),
    constraint family_not_self check (owner_index <> member_index)
);
create unique index family_binding_active on family_binding (owner_index, member_index) where unbound_at is null;
create index family_binding_by_member on family_binding (member_index) where unbound_at is null;
