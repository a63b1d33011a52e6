-- The rollups of card uses were brought up to date in the group commit of the uses themselves: every batch ran one
-- statement that spread its increments over about twenty rollup rows (0.38 ms a batch, about 15 µs a verification,
-- docs/benchmarks.md). Now a batch appends its summed increments, one row per distinct key and no index, to
-- card_use_rollup_delta, in the same transaction as the uses; fold_card_use_rollup_deltas moves them into the
-- rollups in one transaction (delete ... returning, so each delta is folded exactly once, also by two folds at a
-- time). The platform folds every second and before every read of the rollups, so a figure read after a use was
-- answered includes it, as before.
create table card_use_rollup_delta (
    hour        timestamptz not null,
    use_region  text        not null,
    grade       smallint    not null,
    step        text        not null,
    scene       text        not null,
    channel     text        not null,
    institution text        not null,
    home        text        not null,
    n           bigint      not null
);

create function fold_card_use_rollup_deltas(zone text) returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    with d as (
        delete from card_use_rollup_delta returning *
    ), k as (
        select hour, use_region, grade, step, scene, channel, institution, home, sum(n) as n
        from d group by 1, 2, 3, 4, 5, 6, 7, 8
    ), activity as (
        insert into card_use_activity (grain, bucket, use_city, care_step, scene, channel, uses)
        select g.grain, g.bucket, left(k.use_region, 4) || '00', k.step, k.scene, k.channel, sum(k.n)
        from k
        cross join lateral (values ('D', date_trunc('day', k.hour, zone)),
                                   ('M', date_trunc('month', k.hour, zone))) as g(grain, bucket)
        group by 1, 2, 3, 4, 5, 6
        order by 1, 2, 3, 4, 5, 6
        on conflict (grain, bucket, use_city, care_step, scene, channel)
        do update set uses = card_use_activity.uses + excluded.uses
    ), uses as (
        insert into card_use_rollup (grain, dim, level, bucket, use_region, grade, value, uses)
        select g.grain, d.dim, r.level, g.bucket, r.region, k.grade, d.value, sum(k.n)
        from k
        cross join lateral (values ('H', k.hour),
                                   ('D', date_trunc('day', k.hour, zone)),
                                   ('M', date_trunc('month', k.hour, zone))) as g(grain, bucket)
        cross join lateral (values ('step', k.step || ':' || k.scene),
                                   ('channel', k.channel),
                                   ('institution', k.institution),
                                   ('home', k.home)) as d(dim, value)
        cross join lateral (values (3, k.use_region),
                                   (2, left(k.use_region, 4) || '00'),
                                   (1, left(k.use_region, 2) || '0000')) as r(level, region)
        where (g.grain <> 'H' or (g.bucket >= now() - interval '35 days' and d.dim in ('step', 'channel')))
          and (g.grain <> 'M' or d.dim = 'institution')
          and (r.level = 3 or d.dim <> 'institution')
          and (r.level > 1 or d.dim <> 'home')
        group by 1, 2, 3, 4, 5, 6, 7
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (grain, dim, level, bucket, use_region, grade, value)
        do update set uses = card_use_rollup.uses + excluded.uses
    )
    select coalesce(sum(n), 0) into folded from k;
    return folded;
end $$;

-- A rebuild counts every record through the same fold: the records, summed per key of a delta, become the deltas
-- (the ones not yet folded are dropped, the records hold them too), and one fold spreads them over empty rollups. One
-- spreading statement for the live path and the rebuild, instead of V11's second copy. The deltas are locked first,
-- in the order a fold takes them (deltas, then rollups), so that a rebuild and a fold cannot deadlock.
create or replace function rebuild_card_use_rollups(zone text) returns void language plpgsql as $$
begin
    lock table card_use in share mode;
    lock table card_use_rollup_delta, card_use_rollup, card_use_activity in exclusive mode;
    delete from card_use_rollup_delta;
    delete from card_use_rollup;
    delete from card_use_activity;
    insert into card_use_rollup_delta (hour, use_region, grade, step, scene, channel, institution, home, n)
    select date_trunc('hour', used_at, zone), use_region, institution_grade, care_step, coalesce(scene, ''), channel,
        institution_code, left(home_region, 4) || '00', count(*)
    from card_use
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    perform fold_card_use_rollup_deltas(zone);
end $$;
