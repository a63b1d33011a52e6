package io.ehc.account.domain;

import java.util.List;
import java.util.Optional;

/** The staff accounts (repository port). */
public interface StaffAccounts {
    /** Adds a new account; false when the username is taken. */
    boolean add(StaffAccount account);

    Optional<StaffAccount> find(Username username);

    /** Like {@link #find}, locking the row until the transaction ends (sign-in attempts of one account queue up). */
    Optional<StaffAccount> findForUpdate(Username username);

    List<StaffAccount> all();

    /** Writes the mutable state: password hash, enabled flag, failed attempts, lock and last sign-in. */
    void save(StaffAccount account);

    boolean isEmpty();
}
