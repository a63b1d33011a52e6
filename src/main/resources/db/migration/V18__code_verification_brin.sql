-- The expiry index of code_verification serves only the hourly purge of the rows of expired codes. Rows arrive in
-- about the order of their expiry (a dynamic code is verified within its validity, minutes after it was issued), so a
-- BRIN index finds them as well, in a few pages, instead of a B-tree entry written with every verification of a
-- dynamic code (docs/benchmarks.md).
drop index code_verification_expiry;
create index code_verification_expiry on code_verification using brin (expires_at) with (autosummarize = on);
