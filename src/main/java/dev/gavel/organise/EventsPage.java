package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.programme.EventSummary;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.route.Routes;
import java.util.List;

/** The organiser's start page: every event, and a form to create one. */
final class EventsPage {

  private EventsPage() {}

  static String render(List<EventSummary> events, List<UnfinishedImport> unfinished, Forms forms) {
    Markup list = new Markup();
    for (EventSummary event : events) {
      list.add(
          "<tr><td><a href=\"{}\">{}</a><br><span class=\"muted\">{}</span></td>"
              + "<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
          Routes.EVENT.path(event.slug()),
          event.title(),
          event.slug(),
          event.published() ? "published" : "not published yet",
          event.rooms(),
          event.topics(),
          event.pendingProposals());
    }
    Markup body =
        new Markup()
            .add(UnfinishedImports.render(unfinished))
            .add("<section class=\"card\"><h2>Events</h2>");
    body.add(
        events.isEmpty()
            ? Markup.of("<p class=\"muted\">No events yet: create the first one below.</p>")
            : Markup.of(
                "<table><thead><tr><th>Event</th><th>Status</th><th>Rooms</th><th>Topics</th>"
                    + "<th>Proposals to review</th></tr></thead><tbody>{}</tbody></table>",
                list));
    FormState form = forms.state("new-event");
    body.add(
            "</section><section class=\"card\"><h2>Create an event</h2><form method=\"post\""
                + " action=\"{}\" class=\"grid\" id=\"new-event\">",
            Routes.NEW_EVENT.path())
        .add(Fields.formError(form))
        .add(Fields.slug(form))
        .add(Fields.title(form, ""))
        .add(
            Fields.input(
                form,
                "slideLimit",
                "Slide limit",
                "number",
                String.valueOf(EventForm.DEFAULT_SLIDE_LIMIT),
                " required min=\"1\" max=\"99\""))
        .add(Fields.input(form, "timeZone", "Time zone", "text", "UTC", " required list=\"zones\""))
        .add(
            "<div class=\"actions\"><button type=\"submit\" class=\"primary\">Create the"
                + " event</button></div></form></section>\n")
        .add(importForm())
        .add(EventSection.zones());
    return Layout.site(
        "Organise",
        "Gavel",
        new Markup(),
        forms.failed(),
        body,
        Routes.asset("organise/import.js"));
  }

  /**
   * The file goes to the import API as it is, with its type from its name: a script sends it (the
   * browser's own form would wrap it in multipart), with the organiser's cookie. It is checked
   * first (a dry run): the report says item by item what importing would do, and a button imports
   * it then.
   */
  private static Markup importForm() {
    return Markup.of(
        "<section class=\"card\" id=\"import-card\"><h2>Import a schedule</h2><p class=\"muted\">A"
            + " frab or pretalx schedule (<code>.xml</code>, <code>.json</code>), an Indico"
            + " timetable (<code>.ics</code>) or a spreadsheet (<code>.csv</code> with a header"
            + " row). Gavel checks the file first and says what importing it would make, change and"
            + " skip, and what it would take with an adjustment; nothing changes until you import"
            + " it. Importing the same file again changes only what changed, and completes an import"
            + " that stopped part way.</p><form id=\"import\" class=\"grid\"><label>Schedule file<input"
            + " type=\"file\" name=\"file\" required"
            + " accept=\".xml,.json,.ics,.csv\"></label><label>Event slug <span"
            + " class=\"muted\">(for a CSV)</span><input name=\"event\" maxlength=\"64\""
            + " pattern=\"[a-z0-9-]+\"></label><label>Times without a zone are in<input"
            + " name=\"timeZone\" list=\"zones\"></label><div class=\"actions\"><button"
            + " type=\"submit\" class=\"primary\">Check the file</button></div></form><div"
            + " id=\"import-result\" role=\"status\" aria-live=\"polite\" hidden></div><noscript><p>"
            + "Importing from this page needs JavaScript; without it, POST the file to"
            + " <code>/api/events/import</code> (add <code>?dryRun=true</code> to check it"
            + " first).</p></noscript></section>\n");
  }
}
