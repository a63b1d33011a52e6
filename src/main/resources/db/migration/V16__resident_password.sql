-- Residents' own passwords for the H5 pages (h5 module). Argon2id hashes in Spring Security's encoded form
-- ($argon2id$v=19$m=…,t=…,p=…$salt$hash); the master index refers to the identity module by value, no foreign key.
create table resident_password (
    master_index char(64)    primary key,
    hash         text        not null,
    changed_at   timestamptz not null
);
