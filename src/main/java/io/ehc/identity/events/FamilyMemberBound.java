package io.ehc.identity.events;

import java.time.Instant;

public record FamilyMemberBound(String ownerIndex, String memberIndex, String relation, Instant at) {}
