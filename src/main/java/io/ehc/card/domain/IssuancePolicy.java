package io.ehc.card.domain;

import java.util.Set;

/**
 * Whether a new card waits for review: issuance at a counter channel for a document the counter cannot check against
 * the public-security database (passports, permits, other documents) goes to 待审核 first.
 */
public record IssuancePolicy(Set<String> reviewChannels, Set<String> reviewDocumentTypes) {
    public boolean needsReview(String channel, String documentType) {
        return reviewChannels.contains(channel) && reviewDocumentTypes.contains(documentType);
    }
}
