-- certificate module: the trust store of foreign health certificate issuers' keys. Entries are revoked, never
-- deleted. public_key is the SubjectPublicKeyInfo (DER) for both kinds; SMART Health Card entries keep the issuer's
-- public JWK as uploaded, EU DCC entries the document signer certificate (DER). No personal data is stored here.
create table certificate_trust (
    id            bigint generated always as identity primary key,
    kind          varchar(20)  not null check (kind in ('SMART_HEALTH_CARD', 'EU_DCC')),
    issuer        varchar(255) not null,
    key_id        varchar(128) not null,
    key_algorithm varchar(8)   not null check (key_algorithm in ('EC', 'RSA')),
    public_key    bytea        not null,
    jwk           text,
    certificate   bytea,
    description   varchar(300),
    valid_until   timestamptz,
    added_at      timestamptz  not null,
    added_by      varchar(100) not null,
    revoked_at    timestamptz,
    revoked_by    varchar(100),
    check ((kind = 'SMART_HEALTH_CARD' and jwk is not null) or (kind = 'EU_DCC' and certificate is not null)),
    check ((revoked_at is null) = (revoked_by is null))
);
-- One active entry per issuer key; the same key may be trusted again after revocation.
create unique index certificate_trust_active_key on certificate_trust (kind, issuer, key_id) where revoked_at is null;
