package io.ehc.identity.events;

import java.time.Instant;

/** A person entered the master index. Carries no personal data beyond the home region. */
public record ResidentRegistered(String masterIndex, String homeRegion, boolean temporary, Instant at) {}
