-- A dynamic code's verifications were counted under "<EHC ID>:<expiry block>" (97 characters). The expiry block alone
-- (32 hex digits, SM4 over the expiry, the card's generation and a binding to the EHC ID) already tells one card's code
-- from every other: a block opens only for the EHC ID it was sealed for. Counting under the block makes every row and
-- index entry 65 bytes shorter; a dynamic verification writes one of each (docs/benchmarks.md). Rows of codes still in
-- flight keep their counts.
update code_verification set code_key = substr(code_key, strpos(code_key, ':') + 1) where strpos(code_key, ':') > 0;
