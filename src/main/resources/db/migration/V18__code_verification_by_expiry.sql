-- code_verification is written once per verification of a dynamic code and read in two ways: the count of one code
-- (code key and expiry known) when the node meets the code for the first time since it started, and the hourly purge
-- of the rows of expired codes. A primary key led by the expiry serves both, and keeps the inserts together at the
-- recent end of one index: codes are verified within their validity, so their expiries arrive in about their order.
-- It replaces the key on (code_key, n), whose inserts landed at random pages (code keys are random), and the separate
-- expiry index, which every verification also wrote (docs/benchmarks.md).
alter table code_verification drop constraint code_verification_pkey;
drop index code_verification_expiry;
alter table code_verification add primary key (expires_at, code_key, n);
