package dev.gavel.organise;

import dev.gavel.notes.Html;

/**
 * HTML built from literal templates. Every {@code {}} is replaced by its argument, escaped, so
 * nothing a person typed ever becomes markup; only another {@code Markup} goes in as it is, because
 * it was built the same way.
 */
final class Markup {

  private final StringBuilder out = new StringBuilder();

  static Markup of(String template, Object... args) {
    return new Markup().add(template, args);
  }

  Markup add(String template, Object... args) {
    int next = 0;
    int from = 0;
    for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
      out.append(template, from, at);
      if (next >= args.length) {
        throw new IllegalArgumentException("more {} than arguments in: " + template);
      }
      Object arg = args[next++];
      out.append(arg instanceof Markup inner ? inner.out : Html.escape(String.valueOf(arg)));
      from = at + 2;
    }
    if (next != args.length) {
      throw new IllegalArgumentException("more arguments than {} in: " + template);
    }
    out.append(template, from, template.length());
    return this;
  }

  Markup add(Markup inner) {
    out.append(inner.out);
    return this;
  }

  boolean isEmpty() {
    return out.isEmpty();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
