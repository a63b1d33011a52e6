package io.ehc.card;

/** A formal card is bound to an identity document; a temporary card (临时卡) to a person without one. */
public enum CardKind {
    FORMAL,
    TEMPORARY
}
