package dev.gavel.organise;

import dev.gavel.html.Layout;
import dev.gavel.html.Markup;

/** What a browser without the organiser's secret sees: how to get in, and nothing to press. */
final class DeniedPage {

  private DeniedPage() {}

  static String render() {
    return Layout.site(
        "Organisers only",
        "Gavel",
        new Markup(),
        null,
        Markup.of(
            "<section class=\"card\"><p>These pages change the programme, so they need the"
                + " organiser's secret.</p><p>Open the organiser link that the server printed when"
                + " it started: it ends in <code>/organise?key=…</code>. After that this browser"
                + " remembers it.</p><p>Looking for the programme? Each published event is at"
                + " <code>/events/</code> and its name.</p></section>"));
  }
}
