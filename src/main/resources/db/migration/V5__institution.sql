-- institution module: institutions, departments and terminals. Terminal secrets are sealed with SM4-GCM.
create table institution (
    code       varchar(32)  primary key,
    name       varchar(100) not null,
    grade      smallint     not null check (grade between 0 and 3),
    type       varchar(10)  not null check (type in ('HOSPITAL', 'CLINIC', 'PHARMACY')),
    region     char(6)      not null,
    created_at timestamptz  not null
);
create table department (
    institution_code varchar(32)  not null references institution,
    code             char(4)      not null,
    name             varchar(100) not null,
    primary key (institution_code, code)
);
create table terminal (
    key_id           varchar(40)  primary key,
    institution_code varchar(32)  not null,
    department_code  char(4)      not null,
    channel          char(4)      not null,
    name             varchar(100) not null,
    secret_sealed    bytea        not null,
    status           varchar(10)  not null check (status in ('ACTIVE', 'REVOKED')),
    created_at       timestamptz  not null,
    revoked_at       timestamptz,
    foreign key (institution_code, department_code) references department
);
