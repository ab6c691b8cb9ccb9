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

/** One session: when, who moderates, who should be there, and its topics in running order. */
final class SessionSection {

  private SessionSection() {}

  /**
   * The session with its topics from {@code from} on, {@link Pages#TOPICS} at most: all of them,
   * unless it is too big for one page.
   */
  static Markup render(Programme event, Programme.Session session, int from, Forms forms) {
    String slug = event.slug();
    long id = session.id();
    Markup out =
        Markup.of(
            "<article class=\"session\" id=\"session-{}\"><h3>{}</h3><p class=\"meta\">{}{}</p>",
            session.id(),
            session.title(),
            TimeWords.span(session.startsAt(), session.endsAt(), event.timeZone()),
            session.moderator() == null ? "" : " · moderated by " + session.moderator());
    String editId = "edit-session-" + session.id();
    out.add("<details{}><summary>Edit the session</summary>", forms.open(editId))
        .add(
            form(
                forms.state(editId),
                Routes.EDIT_SESSION.path(slug, id),
                session,
                event.timeZone(),
                "Save the session"))
        .add(
            Fields.button(
                Routes.DELETE_SESSION.path(slug, id),
                "Delete the session and its topics",
                "danger",
                new Markup()))
        .add("</details>");
    out.add("<h4>Topics</h4>");
    if (session.topics().isEmpty()) {
      out.add("<p class=\"muted\">No topics yet.</p>");
    } else {
      int to = Math.min(session.topics().size(), from + Pages.TOPICS);
      boolean all = from == 0 && to == session.topics().size();
      if (!all) {
        out.add(parts(event, session, from, to));
      }
      out.add("<ol class=\"topics\" data-session=\"{}\" start=\"{}\">", session.id(), from + 1);
      for (int i = from; i < to; i++) {
        out.add(TopicSection.render(event, session, i, forms));
      }
      out.add("</ol>");
    }
    String addId = "add-topic-" + session.id();
    out.add("<details class=\"add\"{}><summary>Add a topic</summary>", forms.open(addId))
        .add(
            TopicSection.form(
                forms.state(addId),
                Routes.ADD_TOPIC.path(slug, id),
                null,
                CueTimes.NONE,
                "Add the topic"))
        .add("</details>");
    out.add("<h4>Who should be there</h4>")
        .add(
            StakeholderList.render(
                event,
                session.stakeholders(),
                Routes.ADD_SESSION_STAKEHOLDER.path(slug, id),
                "session-people-" + session.id(),
                "session-" + session.id(),
                forms));
    return out.add("</article>\n");
  }

  /** A session too big for the room's page: when it is, and a link to its own page. */
  static Markup summary(Programme event, Programme.Session session) {
    return Markup.of(
        "<article class=\"session\" id=\"session-{}\"><h3>{}</h3><p class=\"meta\">{}</p><p><a"
            + " href=\"{}\">Open the session's {} topics</a></p></article>\n",
        session.id(),
        session.title(),
        TimeWords.span(session.startsAt(), session.endsAt(), event.timeZone()),
        new Pages.InSession(session.id(), 1).path(event.slug()),
        session.topics().size());
  }

  /** "Topics 121–240 of 300", and a link to each part of the session. */
  private static Markup parts(Programme event, Programme.Session session, int from, int to) {
    Markup out =
        Markup.of(
            "<nav class=\"parts\" aria-label=\"Parts of the session\"><span>Topics {}–{} of"
                + " {}</span>",
            from + 1,
            to,
            session.topics().size());
    int parts = (session.topics().size() + Pages.TOPICS - 1) / Pages.TOPICS;
    for (int part = 1; part <= parts; part++) {
      int first = (part - 1) * Pages.TOPICS;
      out.add(
          first == from
              ? Markup.of(" <strong aria-current=\"page\">{}</strong>", part)
              : Markup.of(
                  " <a href=\"{}\">{}</a>",
                  new Pages.InSession(session.id(), part).path(event.slug()),
                  part));
    }
    return out.add("</nav>");
  }

  /** The session form, for a new session (session null) or an existing one. */
  static Markup form(
      FormState form, String action, Programme.Session session, ZoneId zone, String button) {
    boolean isNew = session == null;
    return Markup.of(
            "<form method=\"post\" action=\"{}\" class=\"grid\" id=\"{}\">", action, form.id())
        .add(Fields.formError(form))
        .add(Fields.title(form, isNew ? "" : session.title()))
        .add(
            Fields.input(
                form,
                "start",
                "Start (" + zone.getId() + ")",
                "datetime-local",
                isNew ? "" : TimeWords.local(session.startsAt(), zone),
                ""))
        .add(
            Fields.input(
                form,
                "end",
                "End",
                "datetime-local",
                isNew ? "" : TimeWords.local(session.endsAt(), zone),
                ""))
        .add(
            Fields.input(
                form,
                "moderator",
                "Moderator",
                "text",
                isNew ? "" : session.moderator(),
                " maxlength=\"100\""))
        .add("<div class=\"actions\"><button type=\"submit\">{}</button></div></form>", button);
  }
}
