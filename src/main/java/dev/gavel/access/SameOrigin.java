package dev.gavel.access;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a request that can change something comes from this server's own pages. A browser sends
 * {@code Origin} with every such request (a POST, a WebSocket upgrade); one from another site's
 * page is refused whatever cookie or key comes with it. A script sends none, and its secret is its
 * guard.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /**
   * @param origin the request's {@code Origin} header, or null
   * @param host the request's {@code Host} header, or null
   */
  public static boolean test(String origin, String host) {
    if (origin == null) {
      return true;
    }
    try {
      String authority = new URI(origin).getAuthority();
      return authority != null && host != null && authority.equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false; // an Origin that is not a URI is nobody's page
    }
  }
}
