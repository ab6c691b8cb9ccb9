package dev.gavel.programme;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** An event's or a room's name in URLs: lower-case letters, digits and dashes. */
public final class EventSlug {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  private EventSlug() {}

  public static String require(String slug) {
    if (slug == null || !SHAPE.matcher(slug).matches()) {
      throw new IllegalArgumentException(
          "an event's slug is 1 to 64 lower-case letters, digits and dashes: " + slug);
    }
    return slug;
  }

  public static boolean isValid(String slug) {
    return slug != null && SHAPE.matcher(slug).matches();
  }

  /** Latin letters that have no accent to drop, written as plain ones ("Łódź" → "lodz"). */
  private static String spellOut(String lower) {
    StringBuilder out = new StringBuilder(lower.length());
    for (char c : lower.toCharArray()) {
      switch (c) {
        case 'ł' -> out.append('l');
        case 'ø' -> out.append('o');
        case 'đ', 'ð' -> out.append('d');
        case 'ı' -> out.append('i');
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ß' -> out.append("ss");
        case 'þ' -> out.append("th");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A slug made from a name: accents dropped, everything else that is not a letter or a digit
   * becomes a dash ("Salle Émile-Zola 1" → {@code salle-emile-zola-1}); empty when nothing is left.
   */
  public static String of(String name) {
    String plain =
        spellOut(
                Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT))
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > 64) {
      plain = plain.substring(0, 64).replaceAll("-+$", "");
    }
    return plain;
  }
}
