package dev.gavel.route;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One address of the server, as its route is declared ({@code /rooms/{room}/display}) and as a link
 * to it is built ({@code /rooms/networking/display}): both come from the same pattern, so a link
 * can never point where no route answers.
 */
public record Route(String pattern) {

  private static final Pattern PARAMETER = Pattern.compile("\\{[a-z]+}");
  private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

  public Route {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("a route starts with /: " + pattern);
    }
  }

  /**
   * The address with each parameter filled in, in order, each value encoded as a path segment.
   *
   * @throws IllegalArgumentException when the values are more or fewer than the parameters
   */
  public String path(Object... values) {
    Matcher parameters = PARAMETER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    int next = 0;
    while (parameters.find()) {
      if (next >= values.length) {
        throw new IllegalArgumentException("too few values for " + pattern);
      }
      parameters.appendReplacement(out, Matcher.quoteReplacement(segment(values[next++])));
    }
    if (next != values.length) {
      throw new IllegalArgumentException("too many values for " + pattern);
    }
    parameters.appendTail(out);
    return out.toString();
  }

  /** The address with a secret that opens it, encoded: {@code …?key=…}. */
  public String pathWithKey(String key, Object... values) {
    return path(values) + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  /**
   * The id an address carries, as ids are written there: 1 to 18 digits, no leading zero. Empty for
   * anything else, which no id is.
   */
  public static OptionalLong id(String segment) {
    return segment != null && ID.matcher(segment).matches()
        ? OptionalLong.of(Long.parseLong(segment))
        : OptionalLong.empty();
  }

  private static String segment(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
  }
}
