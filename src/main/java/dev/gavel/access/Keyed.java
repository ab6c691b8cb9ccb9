package dev.gavel.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A value only the holder of a key can make from a text: an HMAC-SHA256, cut to 128 bits and
 * written URL-safe. Used for what must be unguessable yet needs no storage of its own.
 */
final class Keyed {

  private Keyed() {}

  static String of(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      byte[] cut = new byte[16];
      System.arraycopy(full, 0, cut, 0, cut.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
    } catch (GeneralSecurityException e) {
      // Every Java has HmacSHA256; without it no secret could be checked at all.
      throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
    }
  }
}
