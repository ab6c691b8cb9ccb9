package dev.gavel.room;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters nobody means to type into a title, a name, a reason or a note, refused where the text
 * comes in: control characters (XML cannot hold most of them, so exports and the report would
 * break; terminals obey them), broken or non-characters, and in one-line text the invisible
 * direction overrides that make a name read differently from how it is stored. A multi-line text
 * may hold tabs and line breaks, and direction controls, which right-to-left writing needs.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /**
   * What is wrong with the text, as the end of a sentence ("contains a line break"), or empty.
   *
   * @param multiLine whether the field holds lines and paragraphs (notes, abstracts)
   */
  public static Optional<String> find(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Optional<String> problem = problem(text, i, c, multiLine);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /**
   * The text without what {@link #find} would refuse: in one-line text a line break or a tab
   * becomes a space; every other such character is left out. For text that comes from another
   * tool's file, taken rather than refused.
   */
  public static String strip(String text, boolean multiLine) {
    if (text == null || find(text, multiLine).isEmpty()) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (problem(text, i, c, multiLine).isEmpty()) {
        kept.append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        kept.append(' ');
      }
    }
    return kept.toString();
  }

  private static Optional<String> problem(String text, int i, char c, boolean multiLine) {
    if (c == '\n' || c == '\r') {
      return multiLine ? Optional.empty() : Optional.of("contains a line break; it is one line");
    }
    if (c == '\t') {
      return multiLine ? Optional.empty() : Optional.of("contains a tab; use spaces");
    }
    if (Character.isISOControl(c)) {
      return Optional.of("contains an invisible control character (" + code(c) + ")");
    }
    if (!multiLine && isDirectionOverride(c)) {
      return Optional.of("contains an invisible direction override (" + code(c) + ")");
    }
    if (Character.isHighSurrogate(c)
        ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
        : Character.isLowSurrogate(c)
            && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
      return Optional.of("contains a broken character (" + code(c) + ")");
    }
    if (c == '\uFFFE' || c == '\uFFFF') {
      return Optional.of("contains a non-character (" + code(c) + ")");
    }
    return Optional.empty();
  }

  /** Embeddings, overrides and isolates: U+202A to U+202E and U+2066 to U+2069. */
  private static boolean isDirectionOverride(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String code(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
