package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.route.Routes;
import java.time.ZoneId;

/** One session: when, who moderates, who should be there, and its topics in running order. */
final class SessionSection {

  private SessionSection() {}

  static Markup render(Programme event, Programme.Session session, Forms forms) {
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
      out.add("<ol class=\"topics\" data-session=\"{}\">", session.id());
      for (int i = 0; i < session.topics().size(); i++) {
        out.add(TopicSection.render(event, session, i, forms));
      }
      out.add("</ol>");
    }
    String addId = "add-topic-" + session.id();
    out.add("<details class=\"add\"{}><summary>Add a topic</summary>", forms.open(addId))
        .add(
            TopicSection.form(
                forms.state(addId), Routes.ADD_TOPIC.path(slug, id), null, "Add the topic"))
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
