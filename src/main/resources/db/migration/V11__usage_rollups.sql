-- usage module: statistics rollups of card uses (docs/decisions/0004-statistics-rollups.md). Both tables are kept
-- in the transaction that writes the use records (group commit or reported use), so they never lag behind.

-- The grade of the institution is part of the use record from now on: rollups and their rebuild read the use
-- records alone. Uses recorded before this migration take their institution's grade (the platform has no way to
-- change a grade); the append-only trigger is lifted for this one backfill of a new column.
alter table card_use add column institution_grade smallint;
alter table card_use disable trigger card_use_no_change;
update card_use u set institution_grade = i.grade from institution i where i.code = u.institution_code;
update card_use set institution_grade = 0 where institution_grade is null;
alter table card_use enable trigger card_use_no_change;
alter table card_use alter column institution_grade set not null;
alter table card_use add constraint card_use_grade check (institution_grade between 0 and 3);

-- Uses counted per local day of the node's zone, per region of use, institution grade and one dimension: step
-- (value: care step and scene, `010101:0101012`, the scene empty when none), channel, institution, home (the card's
-- home city). Each use adds 1 to one row of each dimension at each level of its region of use: 3 the institution's
-- region (a county, or a city for institutions registered at city level), 2 its city, 1 its province; so that a
-- province-wide figure reads province rows, not every county's. Rows that no figure needs are not kept, because the
-- group-commit batch pays for every row: the institution dimension is kept at level 3 only (an institution lies in one
-- region) but also per month (M), so that long periods by institution read months; the home city at levels 3 and 2
-- (cross-region needs the city of use); per local hour (H, last 35 days) only step and channel.
create table card_use_rollup (
    grain      char(1)     not null check (grain in ('H', 'D', 'M')),
    dim        varchar(12) not null check (dim in ('step', 'channel', 'institution', 'home')),
    level      smallint    not null check (level in (1, 2, 3)),
    bucket     timestamptz not null,
    use_region char(6)     not null,
    grade      smallint    not null,
    value      varchar(32) not null,
    uses       bigint      not null,
    primary key (grain, dim, level, bucket, use_region, grade, value),
    check (grain <> 'M' or dim = 'institution'),
    check (grain <> 'H' or dim in ('step', 'channel')),
    check (level = 3 or dim <> 'institution'),
    check (level > 1 or dim <> 'home')
) with (fillfactor = 80);

-- What is in use where, for service adoption: uses per day and month, city of use, care step, scene and channel.
create table card_use_activity (
    grain     char(1)     not null check (grain in ('D', 'M')),
    bucket    timestamptz not null,
    use_city  char(6)     not null,
    care_step char(6)     not null,
    scene     varchar(7)  not null,
    channel   char(4)     not null,
    uses      bigint      not null,
    primary key (grain, bucket, use_city, care_step, scene, channel)
) with (fillfactor = 80);

-- Recounts both rollups from the use records, for a change of the node's zone or a disaster; writers wait meanwhile.
-- The same buckets and keys as the incremental path (JdbcCardUses); StatisticsIT shows that both agree.
create function rebuild_card_use_rollups(zone text) returns void language plpgsql as $$
begin
    lock table card_use in share mode;
    lock table card_use_rollup, card_use_activity in exclusive mode;
    delete from card_use_rollup;
    delete from card_use_activity;
    insert into card_use_rollup (grain, dim, level, bucket, use_region, grade, value, uses)
    select g.grain, d.dim, r.level, g.bucket, r.region, u.institution_grade, d.value, count(*)
    from card_use u
    cross join lateral (values ('H', date_trunc('hour', u.used_at, zone)),
                               ('D', date_trunc('day', u.used_at, zone)),
                               ('M', date_trunc('month', u.used_at, zone))) as g(grain, bucket)
    cross join lateral (values ('step', u.care_step || ':' || coalesce(u.scene, '')),
                               ('channel', u.channel::text),
                               ('institution', u.institution_code::text),
                               ('home', left(u.home_region, 4) || '00')) as d(dim, value)
    cross join lateral (values (3, u.use_region::text),
                               (2, left(u.use_region, 4) || '00'),
                               (1, left(u.use_region, 2) || '0000')) as r(level, region)
    where (g.grain <> 'H' or (g.bucket >= now() - interval '35 days' and d.dim in ('step', 'channel')))
      and (g.grain <> 'M' or d.dim = 'institution')
      and (r.level = 3 or d.dim <> 'institution')
      and (r.level > 1 or d.dim <> 'home')
    group by 1, 2, 3, 4, 5, 6, 7;
    insert into card_use_activity (grain, bucket, use_city, care_step, scene, channel, uses)
    select g.grain, g.bucket, u.use_city, u.care_step, coalesce(u.scene, ''), u.channel, count(*)
    from card_use u
    cross join lateral (values ('D', date_trunc('day', u.used_at, zone)),
                               ('M', date_trunc('month', u.used_at, zone))) as g(grain, bucket)
    group by 1, 2, 3, 4, 5, 6;
end $$;

select rebuild_card_use_rollups('${node_zone}');
