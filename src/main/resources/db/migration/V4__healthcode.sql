-- healthcode module: one row per successful verification of a dynamic code, numbered per code, so that the limit
-- of verifications per code survives a restart. Rows of expired codes are purged.
create table code_verification (
    code_key    varchar(100) not null,
    n           int          not null,
    expires_at  timestamptz  not null,
    verified_at timestamptz  not null,
    primary key (code_key, n)
);
create index code_verification_expiry on code_verification (expires_at);
