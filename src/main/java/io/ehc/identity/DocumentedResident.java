package io.ehc.identity;

/** A resident with an identity document, as bulk card issuance needs it: the document in clear and the home region. */
public record DocumentedResident(MasterIndex masterIndex, IdentityDocument document, String homeRegion) {
    @Override
    public String toString() {
        return "DocumentedResident[" + masterIndex + ", " + document + "]";
    }
}
