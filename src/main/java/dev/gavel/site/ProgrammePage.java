package dev.gavel.site;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.room.Stakeholder;
import dev.gavel.route.Routes;
import java.util.List;
import java.util.Set;

/** An event's published programme, for attendees on phones and laptops; works without scripts. */
final class ProgrammePage {

  private ProgrammePage() {}

  /**
   * @param joined the session the reader just signed up for, or null
   * @param over the sessions that are over: their notes and report are linked
   */
  static String render(Programme event, Programme.Session joined, Set<Long> over, Forms forms) {
    Markup body = new Markup();
    for (Programme.Room room : event.rooms()) {
      body.add(
          "<section class=\"card room\" id=\"room-{}\"><h2>{}</h2><p class=\"links\"><a"
              + " href=\"{}\">Follow this room live</a></p>",
          room.slug(),
          room.name(),
          Routes.ROOM.path(room.slug()));
      for (Programme.Session session : room.sessions()) {
        body.add(
            session(
                event,
                session,
                joined != null && joined.id() == session.id(),
                over.contains(session.id()),
                forms));
      }
      body.add("</section>\n");
    }
    if (event.rooms().isEmpty()) {
      body.add("<p class=\"muted\">The programme is still empty.</p>");
    }
    return Layout.site(event.title(), "Programme", new Markup(), forms.failed(), body);
  }

  /**
   * @param joined whether the reader just signed up for this session: they are told so here
   * @param over whether the session is over, with notes and a report to read
   */
  private static Markup session(
      Programme event, Programme.Session session, boolean joined, boolean over, Forms forms) {
    Markup out =
        Markup.of(
            "<article class=\"session\" id=\"session-{}\"><h3>{}</h3><p class=\"meta\">{}{}</p>",
            session.id(),
            session.title(),
            TimeWords.span(session.startsAt(), session.endsAt(), event.timeZone()),
            session.moderator() == null ? "" : " · moderated by " + session.moderator());
    if (over) {
      out.add(
          "<p class=\"links after\">This session is over: <a href=\"{}\">its notes</a> · <a"
              + " href=\"{}\">its report</a></p>",
          Routes.NOTES.path(session.id()),
          Routes.REPORT.path(session.id()));
    }
    out.add("<ol class=\"topics public\">");
    for (Programme.Topic topic : session.topics()) {
      out.add(
          "<li><strong>{}</strong> <span class=\"muted\">{}</span>{}{}</li>",
          topic.title(),
          String.join(", ", topic.presenters()),
          topic.category() == null
              ? new Markup()
              : Markup.of(" <span class=\"category\">{}</span>", topic.category()),
          people(topic.stakeholders(), "topic-people"));
    }
    out.add("</ol>");
    if (joined) {
      out.add(
          "<p class=\"notice\" id=\"joined\" role=\"status\">You're on the list for {}.</p>",
          session.title());
    }
    if (!session.stakeholders().isEmpty()) {
      out.add("<h4>Who will be there</h4>").add(people(session.stakeholders(), "session-people"));
    }
    FormState form = forms.state("attend-" + session.id());
    return out.add(
            "<form method=\"post\" action=\"{}\" class=\"row attend\" id=\"{}\">",
            Routes.ATTEND.path(session.id()),
            form.id())
        .add(Fields.formError(form))
        .add(
            Fields.input(
                form,
                "name",
                "Your name",
                "text",
                "",
                " required maxlength=\"100\" autocomplete=\"name\""))
        .add(Fields.input(form, "area", "Your area (optional)", "text", "", " maxlength=\"100\""))
        .add("<button type=\"submit\" class=\"primary\">I'll be there</button></form>")
        .add(
            "<p><a href=\"{}\">Propose a topic</a></p></article>\n",
            Routes.PROPOSE.path(session.id()));
  }

  private static Markup people(List<Programme.Person> people, String cssClass) {
    if (people.isEmpty()) {
      return new Markup();
    }
    Markup list = Markup.of("<ul class=\"people {}\">", cssClass);
    for (Programme.Person person : people) {
      Stakeholder who = person.stakeholder();
      list.add(
          "<li data-state=\"{}\">{}{} <span class=\"badge {}\">{}</span></li>",
          who.state().wireName(),
          who.name(),
          who.area() == null ? "" : " · " + who.area(),
          who.state().wireName(),
          who.state().wireName());
    }
    return list.add("</ul>");
  }
}
