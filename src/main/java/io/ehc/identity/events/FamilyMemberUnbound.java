package io.ehc.identity.events;

import java.time.Instant;

public record FamilyMemberUnbound(String ownerIndex, String memberIndex, Instant at) {}
