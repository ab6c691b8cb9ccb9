package dev.gavel.html;

/**
 * HTML (and SVG) built from literal templates. Every {@code {}} is replaced by its argument,
 * escaped, so nothing a person typed ever becomes markup; only another {@code Markup} goes in as it
 * is, because it was built the same way. Escaped text also loses the characters XML 1.0 forbids
 * (control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; halves of a
 * surrogate pair without the other), so a title or a reason can never make a page or a picture
 * malformed.
 */
public final class Markup {

  private final StringBuilder out = new StringBuilder();

  public static Markup of(String template, Object... args) {
    return new Markup().add(template, args);
  }

  /**
   * HTML that its maker has already made safe: the notes' Markdown renderer, which escapes raw HTML
   * and keeps only safe links, and this server's own style sheets. Never anything typed.
   */
  public static Markup madeSafeBy(String maker, String html) {
    if (maker.isBlank()) {
      throw new IllegalArgumentException("say who made this HTML safe");
    }
    Markup markup = new Markup();
    markup.out.append(html);
    return markup;
  }

  public Markup add(String template, Object... args) {
    int next = 0;
    int from = 0;
    for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
      out.append(template, from, at);
      if (next >= args.length) {
        throw new IllegalArgumentException("more {} than arguments in: " + template);
      }
      Object arg = args[next++];
      if (arg instanceof Markup inner) {
        out.append(inner.out);
      } else {
        escape(String.valueOf(arg), out);
      }
      from = at + 2;
    }
    if (next != args.length) {
      throw new IllegalArgumentException("more arguments than {} in: " + template);
    }
    out.append(template, from, template.length());
    return this;
  }

  public Markup add(Markup inner) {
    out.append(inner.out);
    return this;
  }

  public boolean isEmpty() {
    return out.isEmpty();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Text as HTML or XML character data, also fit for a quoted attribute. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, out);
    return out.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (allowedInXml(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  /** XML 1.0's Char production, for one UTF-16 unit that is not part of a pair. */
  private static boolean allowedInXml(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c > 0xDFFF && c != 0xFFFE && c != 0xFFFF);
  }
}
