-- A use verified with a dynamic health code records the code's expiry block (32 hex digits; it opens only for the
-- card's EHC ID, so with the EHC ID it names the code). The use records are then the durable count of a dynamic
-- code's verifications: a node that meets a code for the first time since it started counts the card's uses within
-- the code's validity that carry its block (through card_use_by_card). Until now every such verification also wrote
-- a numbered code_verification row, a second row and index entry in the same commit (docs/benchmarks.md).
-- A nullable column without a default: no table rewrite, existing rows read it as null.
-- code_verification is no longer written; it is still read for codes counted before this version, and emptied by
-- the hourly purge of expired codes.
alter table card_use add column code_block char(32) collate "C";
