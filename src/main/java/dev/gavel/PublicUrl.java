package dev.gavel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The {@code --public-url} option: an address a phone can open from the projector's QR code, so a
 * web address with its scheme and host, and nothing after its path.
 */
final class PublicUrl {

  private PublicUrl() {}

  /**
   * @return the address as given, or null when none was given
   * @throws IllegalArgumentException saying what is wrong and what would do
   */
  static String check(String given) {
    if (given == null) {
      return null;
    }
    String url = given.strip();
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw refusal(given);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw refusal(given);
    }
    return url;
  }

  private static IllegalArgumentException refusal(String given) {
    return new IllegalArgumentException(
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \""
            + given
            + "\".");
  }
}
