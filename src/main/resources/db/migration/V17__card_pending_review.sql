-- The counter console lists an institution's cards waiting for review, oldest first: a partial index keeps that
-- look-up small however many cards the region has (only pending cards are in it).
create index card_pending_review on card (issue_institution, issued_at) where status = 'PENDING_REVIEW';
