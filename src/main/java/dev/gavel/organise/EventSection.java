package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.room.CueTimes;
import dev.gavel.route.Routes;
import java.time.ZoneId;
import java.util.TreeSet;

/**
 * The event itself: whether it is published, its title, slide limit, pacing and time zone, its
 * exports.
 */
final class EventSection {

  private EventSection() {}

  static Markup render(Programme event, Forms forms) {
    Markup out =
        Markup.of("<section id=\"event\" class=\"card\"><h2>Event</h2><div class=\"status-line\">");
    out.add(
        event.published()
            ? Markup.of(
                "<p><span class=\"badge ok\">Published</span> at <a" + " href=\"{}\">{}</a></p>",
                Routes.PROGRAMME.path(event.slug()),
                Routes.PROGRAMME.path(event.slug()))
            : Markup.of(
                "<p><span class=\"badge\">Not published yet</span> Only you can see it.</p>"));
    out.add(
        Fields.button(
            Routes.PUBLISH.path(event.slug()),
            event.published() ? "Unpublish" : "Publish",
            event.published() ? "quiet" : "primary",
            Fields.hidden("published", !event.published())));
    out.add(
        "</div><p class=\"muted\">Slide limit {} · a speaker's turn {} · {} · times in {} ·"
            + " exports: "
            + "<a href=\"{}\">schedule.xml</a> "
            + "<a href=\"{}\">schedule.ics</a> "
            + "<a href=\"{}\">schedule.json</a></p>",
        event.slideLimit(),
        TimeWords.minutesSeconds(event.pacing().speakerTurn()),
        cueWords(event.pacing().event()),
        event.timeZone().getId(),
        Routes.SCHEDULE_XML.path(event.slug()),
        Routes.SCHEDULE_ICS.path(event.slug()),
        Routes.SCHEDULE_JSON.path(event.slug()));
    FormState form = forms.state("edit-event");
    out.add(
        "<details{}><summary>Edit the event</summary><form method=\"post\" action=\"{}\""
            + " class=\"grid\" id=\"edit-event\">",
        forms.open("edit-event"),
        Routes.EVENT.path(event.slug()));
    out.add(Fields.formError(form))
        .add(Fields.title(form, event.title()))
        .add(
            Fields.input(
                form,
                "slideLimit",
                "Slide limit",
                "number",
                String.valueOf(event.slideLimit()),
                " required min=\"1\" max=\"99\""))
        .add(
            Fields.input(
                form,
                "timeZone",
                "Time zone",
                "text",
                event.timeZone().getId(),
                " required list=\"zones\""))
        .add(
            Fields.input(
                form,
                "turn",
                "A speaker's turn, m:ss (blank: 2:00)",
                "text",
                TimeWords.minutesSeconds(event.pacing().speakerTurn()),
                TopicSection.CLOCK_FIELD))
        .add(
            Fields.input(
                form,
                "warning",
                "Warning at, m:ss left (blank: Gavel's 2:00)",
                "text",
                TimeWords.minutesSeconds(event.pacing().event().warning()),
                TopicSection.CLOCK_FIELD))
        .add(
            Fields.input(
                form,
                "danger",
                "Danger at, m:ss left (blank: Gavel's 0:00)",
                "text",
                TimeWords.minutesSeconds(event.pacing().event().danger()),
                TopicSection.CLOCK_FIELD))
        .add(
            "<p class=\"muted hint\">A topic's own warning and danger, on its form, are these"
                + " when left blank.</p>")
        .add(
            "<div class=\"actions\"><button type=\"submit\">Save the"
                + " event</button></div></form></details></section>\n");
    return out;
  }

  /** "warning at 1:00, danger at Gavel's": what the event sets of its thresholds. */
  private static String cueWords(CueTimes cues) {
    return "warning at "
        + (cues.warning() == null ? "Gavel's" : TimeWords.minutesSeconds(cues.warning()))
        + ", danger at "
        + (cues.danger() == null ? "Gavel's" : TimeWords.minutesSeconds(cues.danger()));
  }

  /** Every time zone Java knows, offered as the organiser types one. */
  static Markup zones() {
    Markup options = new Markup();
    for (String zone : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      options.add("<option value=\"{}\">", zone);
    }
    return Markup.of("<datalist id=\"zones\">{}</datalist>\n", options);
  }
}
