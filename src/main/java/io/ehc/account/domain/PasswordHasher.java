package io.ehc.account.domain;

/** Hashes and checks staff passwords (port; Argon2id in the infrastructure). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
