package dev.gavel.programme.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The presenters line Indico puts in an iCalendar DESCRIPTION, {@code Speakers: Ana Ruiz (CERN), Bo
 * Li}: read into names (affiliations in parentheses dropped) and written back without them. A name
 * holding a comma or ending in parentheses does not survive the trip.
 *
 * @param names the presenters, in order
 * @param rest the description without that line: the topic's abstract
 */
record Speakers(List<String> names, String rest) {

  private static final Pattern LINE =
      Pattern.compile("(?im)^[ \\t]*speakers?[ \\t]*:[ \\t]*(.*?)[ \\t]*(?:\\r?\\n|$)");
  private static final Pattern AFFILIATION = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  /** The presenters a description names, and what else it says. */
  static Speakers read(String description) {
    if (description == null) {
      return new Speakers(List.of(), null);
    }
    Matcher line = LINE.matcher(description);
    if (!line.find()) {
      return new Speakers(List.of(), description);
    }
    List<String> names = new ArrayList<>();
    for (String part : splitOutsideParentheses(line.group(1))) {
      String name = AFFILIATION.matcher(part).replaceFirst("").strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    String rest = description.substring(0, line.start()) + description.substring(line.end());
    return new Speakers(names, rest);
  }

  /** A description as Indico writes it: the speakers' line, a blank line, then the abstract. */
  static String write(List<String> names, String abstractText) {
    String speakers = names.isEmpty() ? "" : "Speakers: " + String.join(", ", names);
    if (abstractText == null) {
      return speakers.isEmpty() ? null : speakers;
    }
    return speakers.isEmpty() ? abstractText : speakers + "\n\n" + abstractText;
  }

  /** "A (Org, Inc), B" → "A (Org, Inc)", "B": commas inside an affiliation do not split. */
  private static List<String> splitOutsideParentheses(String line) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(line.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(line.substring(from));
    return parts;
  }
}
