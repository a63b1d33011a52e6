-- card module: cards issued and cards per state, per local day and month of the node's zone, kept in the
-- transaction of every issuance and state change (docs/decisions/0004-statistics-rollups.md).
--   issued: cards issued in the bucket whose first state is `status` (restoring a cancelled card is no issuance);
--   net:    cards that entered `status` in the bucket minus cards that left it.
-- Besides days (D) and months (M), one all-time bucket (A, at the epoch) holds the cards per state now; cards in a
-- state at the end of a past day are those now minus the net changes after that day, which reads the few recent
-- buckets instead of the whole history.
-- Rows per dimension, `channel` (value: the issuing channel) and `issuer` (value: channel:institution, the
-- institution empty when issued online), at three levels of the card's home region (3 as registered, usually a
-- county; 2 its city; 1 its province).
create table card_rollup (
    grain       char(1)     not null check (grain in ('A', 'D', 'M')),
    dim         varchar(8)  not null check (dim in ('channel', 'issuer')),
    level       smallint    not null check (level in (1, 2, 3)),
    bucket      timestamptz not null,
    home_region char(6)     not null,
    status      varchar(16) not null,
    value       varchar(40) not null,
    issued      bigint      not null,
    net         bigint      not null,
    primary key (grain, dim, level, bucket, home_region, status, value)
) with (fillfactor = 80);

-- Recounts the rollup from the cards' recorded history (card_event); the same keys as JdbcCards writes.
create function rebuild_card_rollups(zone text) returns void language plpgsql as $$
begin
    lock table card, card_event in share mode;
    lock table card_rollup in exclusive mode;
    delete from card_rollup;
    insert into card_rollup (grain, dim, level, bucket, home_region, status, value, issued, net)
    select g.grain, d.dim, r.level, g.bucket, r.region, s.status, d.value, sum(s.issued), sum(s.net)
    from card_event e
    join card c on c.ehc_id = e.ehc_id
    cross join lateral (values (e.to_status, 1, case when e.type = 'ISSUED' then 1 else 0 end),
                               (e.from_status, -1, 0)) as s(status, net, issued)
    cross join lateral (values ('A', 'epoch'::timestamptz),
                               ('D', date_trunc('day', e.at, zone)),
                               ('M', date_trunc('month', e.at, zone))) as g(grain, bucket)
    cross join lateral (values ('channel', c.issue_channel::text),
                               ('issuer', c.issue_channel || ':' || coalesce(c.issue_institution, ''))) as d(dim, value)
    cross join lateral (values (3, c.home_region::text),
                               (2, left(c.home_region, 4) || '00'),
                               (1, left(c.home_region, 2) || '0000')) as r(level, region)
    where s.status is not null and e.from_status is distinct from e.to_status
    group by 1, 2, 3, 4, 5, 6, 7;
end $$;

select rebuild_card_rollups('${node_zone}');
