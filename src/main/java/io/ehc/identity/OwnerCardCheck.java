package io.ehc.identity;

/**
 * Asked before a family member is bound or unbound or a newborn registered: the owner's own card must be in normal
 * state (DOMAIN.md §2, provincial code 7003). Implemented by the card module.
 */
public interface OwnerCardCheck {
    boolean hasActiveCard(MasterIndex owner);
}
