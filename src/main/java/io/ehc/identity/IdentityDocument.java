package io.ehc.identity;

/** A resident's identity document in clear, for the few callers that must derive from it (the EHC ID). */
public record IdentityDocument(String type, String number) {
    @Override
    public String toString() {
        return type + ":" + io.ehc.shared.privacy.Mask.document(number);
    }
}
