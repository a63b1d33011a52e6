-- payment module: payments with scanned payment codes (付款码, DOMAIN.md §6) and their refunds.
-- A payment code is a secret: only its HMAC-SM3 digest (blind-index key) and its last four digits are stored.
create table payment (
    payment_id        uuid         primary key,
    institution_code  varchar(32)  not null,
    terminal_id       varchar(40)  not null,
    idempotency_key   varchar(64)  not null,
    request_digest    bytea        not null,   -- SM3 of channel, code digest and amount: a reused key must match
    channel           varchar(10)  not null check (channel in ('WECHAT', 'ALIPAY', 'UNIONPAY')),
    merchant_order_no char(32)     not null unique,
    code_digest       bytea        not null,
    code_last4        char(4)      not null,
    amount_fen        bigint       not null check (amount_fen > 0),
    refunded_fen      bigint       not null default 0 check (refunded_fen >= 0 and refunded_fen <= amount_fen),
    subject           varchar(128),
    status            varchar(20)  not null check (status in ('PENDING', 'SUCCEEDED', 'DECLINED',
                          'INSUFFICIENT_FUNDS', 'FAILED', 'UNKNOWN', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    channel_trade_no  varchar(64),
    failure_reason    varchar(200),
    claimed_until     timestamptz,             -- lease of the call settling it with the channel
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (institution_code, idempotency_key)
);
create index payment_unsettled on payment (updated_at) where status in ('PENDING', 'UNKNOWN');

create table payment_refund (
    refund_id         uuid         primary key,
    payment_id        uuid         not null references payment,
    refund_key        varchar(64)  not null,
    refund_no         char(32)     not null unique,
    amount_fen        bigint       not null check (amount_fen > 0),
    status            varchar(10)  not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    channel_refund_id varchar(64),
    failure_reason    varchar(200),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (payment_id, refund_key)
);
create index payment_refund_pending on payment_refund (updated_at) where status = 'PENDING';
