package dev.gavel.access;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes secrets for links: 128 random bits, URL-safe, so they survive being printed as a QR code.
 */
public final class Secrets {

  private final SecureRandom random = new SecureRandom();

  public String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
