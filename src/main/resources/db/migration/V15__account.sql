-- account module: staff accounts (administrators, regulators, institution staff) of the staff pages.
create table staff_account (
    id               uuid         primary key,
    username         varchar(32)  not null unique check (username ~ '^[a-z][a-z0-9._-]{2,31}$'),
    display_name     varchar(50)  not null,
    -- Argon2id in the PHC string form ($argon2id$v=19$m=…,t=…,p=…$salt$hash); never a password.
    password_hash    varchar(200) not null,
    -- comma-separated, sorted: ADMIN, REGULATOR, STAFF
    roles            varchar(40)  not null check (roles <> ''),
    -- GB/T 2260 region a regulator is responsible for (its figures and those of the regions within it)
    region           char(6),
    -- institution staff: their institution and, for the counter console, the terminal they work at
    institution_code varchar(30),
    terminal_key_id  varchar(64),
    enabled          boolean      not null default true,
    failed_attempts  int          not null default 0 check (failed_attempts >= 0),
    locked_until     timestamptz,
    created_at       timestamptz  not null,
    last_sign_in_at  timestamptz,
    check (region is not null or roles not like '%REGULATOR%')
);
