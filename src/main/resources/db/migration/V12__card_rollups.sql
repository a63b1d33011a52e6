-- card module: cards issued and cards per state, per local day and month of the node's zone, home region (county),
-- issuing channel and institution ('' when issued online), kept in the transaction of every issuance and state
-- change (docs/decisions/0004-statistics-rollups.md).
--   issued: cards issued in the bucket whose first state is `status` (restoring a cancelled card is no issuance);
--   net:    cards that entered `status` in the bucket minus cards that left it.
-- Besides days (D) and months (M), one all-time bucket (A, at the epoch) holds the cards per state now; cards in a
-- state at the end of a past day are those now minus the net changes after that day, which reads the few recent
-- buckets instead of the whole history.
create table card_rollup (
    grain       char(1)     not null check (grain in ('A', 'D', 'M')),
    bucket      timestamptz not null,
    home_region char(6)     not null,
    channel     char(4)     not null,
    institution varchar(32) not null,
    status      varchar(16) not null,
    issued      bigint      not null,
    net         bigint      not null,
    primary key (grain, bucket, home_region, channel, institution, status)
) with (fillfactor = 80);

-- Recounts the rollup from the cards' recorded history (card_event); the same keys as JdbcCards writes.
create function rebuild_card_rollups(zone text) returns void language plpgsql as $$
begin
    lock table card, card_event in share mode;
    lock table card_rollup in exclusive mode;
    delete from card_rollup;
    insert into card_rollup (grain, bucket, home_region, channel, institution, status, issued, net)
    select g.grain, g.bucket, c.home_region, c.issue_channel, coalesce(c.issue_institution, ''), s.status,
           sum(s.issued), sum(s.net)
    from card_event e
    join card c on c.ehc_id = e.ehc_id
    cross join lateral (values (e.to_status, 1, case when e.type = 'ISSUED' then 1 else 0 end),
                               (e.from_status, -1, 0)) as s(status, net, issued)
    cross join lateral (values ('A', 'epoch'::timestamptz),
                               ('D', date_trunc('day', e.at, zone)),
                               ('M', date_trunc('month', e.at, zone))) as g(grain, bucket)
    where s.status is not null and e.from_status is distinct from e.to_status
    group by 1, 2, 3, 4, 5, 6;
end $$;

select rebuild_card_rollups('${node_zone}');
