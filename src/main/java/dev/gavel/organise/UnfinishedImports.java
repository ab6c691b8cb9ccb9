package dev.gavel.organise;

import dev.gavel.html.Markup;
import dev.gavel.programme.UnfinishedImport;
import java.util.List;

/**
 * Imports that stopped part way, shown at the top of the organiser's pages: an organiser who did
 * not watch the server's start-up output must still learn that an event holds only part of its
 * file, and what to do about it.
 */
final class UnfinishedImports {

  private UnfinishedImports() {}

  static Markup render(List<UnfinishedImport> runs) {
    if (runs.isEmpty()) {
      return new Markup();
    }
    Markup items = new Markup();
    for (UnfinishedImport run : runs) {
      items.add("<li>{}.</li>", capitalised(run.sentence()));
    }
    return Markup.of(
        "<div class=\"unfinished\" role=\"alert\" id=\"unfinished-imports\"><h2>{}</h2><ul>{}</ul>"
            + "</div>\n",
        runs.size() == 1 ? "An import stopped part way" : runs.size() + " imports stopped part way",
        items);
  }

  private static String capitalised(String sentence) {
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
