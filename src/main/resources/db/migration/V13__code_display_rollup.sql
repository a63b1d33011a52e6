-- healthcode module: code displays (every static or dynamic code generated or refreshed) per local hour (last 35
-- days), day and month of the node's zone, home region (county) of the card and code type (0 dynamic, 1 static,
-- 9 temporary). Counted through group commit: a display is answered once its count is durable
-- (docs/decisions/0004-statistics-rollups.md). There are no raw display records to rebuild from.
create table code_display_rollup (
    grain       char(1)     not null check (grain in ('H', 'D', 'M')),
    bucket      timestamptz not null,
    home_region char(6)     not null,
    code_type   char(1)     not null,
    displays    bigint      not null,
    primary key (grain, bucket, home_region, code_type)
) with (fillfactor = 80);
