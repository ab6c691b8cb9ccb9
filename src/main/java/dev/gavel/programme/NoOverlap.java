package dev.gavel.programme;

import java.util.Locale;

/**
 * An organiser's "no overlap" priority: topics of this category, or topics that ask for this
 * stakeholder, must not run at the same time in two rooms.
 */
public record NoOverlap(Kind kind, String name) {

  public enum Kind {
    CATEGORY,
    STAKEHOLDER;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromWireName(String name) {
      for (Kind kind : values()) {
        if (kind.wireName().equalsIgnoreCase(name == null ? "" : name.strip())) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "a no-overlap priority names a category or a stakeholder, not \"" + name + "\"");
    }
  }

  public NoOverlap {
    if (kind == null) {
      throw new IllegalArgumentException("a no-overlap priority needs a kind");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a no-overlap priority needs a name");
    }
    name = name.strip();
  }

  /** Whether this priority is about the given name; case does not matter ("ipv6" is "IPv6"). */
  public boolean names(String other) {
    return other != null && name.equalsIgnoreCase(other.strip());
  }
}
