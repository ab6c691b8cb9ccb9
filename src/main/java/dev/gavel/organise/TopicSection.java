package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.room.CueTimes;
import dev.gavel.route.Routes;
import java.time.Duration;
import java.util.Locale;

/** One topic in its session's order: what it is, Up and Down, its form, its stakeholders. */
final class TopicSection {

  /** A field of minutes and seconds, such as 1:30; the server reads and checks it. */
  static final String CLOCK_FIELD = " maxlength=\"6\"";

  private TopicSection() {}

  static Markup render(Programme event, Programme.Session session, int index, Forms forms) {
    Programme.Topic topic = session.topics().get(index);
    String slug = event.slug();
    long id = topic.id();
    Markup out =
        Markup.of(
            "<li class=\"topic\" id=\"topic-{}\" data-topic=\"{}\" data-index=\"{}\"><div"
                + " class=\"topic-line\"><div class=\"what\"><strong class=\"title\">{}</strong>"
                + " <span class=\"muted\">{}</span>{}<br><span class=\"muted"
                + " small\">{}</span></div>",
            topic.id(),
            topic.id(),
            index,
            topic.title(),
            String.join(", ", topic.presenters()),
            topic.category() == null
                ? new Markup()
                : Markup.of(" <span class=\"category\">{}</span>", topic.category()),
            facts(topic, event.slideLimit(), event.cues(topic.id())));
    out.add("<div class=\"order\">")
        .add(move(Routes.MOVE_TOPIC.path(slug, id), "Up", index - 1, index == 0, topic.title()))
        .add(
            move(
                Routes.MOVE_TOPIC.path(slug, id),
                "Down",
                index + 1,
                index == session.topics().size() - 1,
                topic.title()))
        .add("</div></div>");
    String editId = "edit-topic-" + topic.id();
    out.add("<details{}><summary>Edit</summary>", forms.open(editId))
        .add(
            form(
                forms.state(editId),
                Routes.EDIT_TOPIC.path(slug, id),
                topic,
                event.cues(topic.id()),
                "Save the topic"))
        .add(
            Fields.button(
                Routes.DELETE_TOPIC.path(slug, id), "Delete the topic", "danger", new Markup()))
        .add("</details>");
    String peopleId = "topic-people-" + topic.id();
    out.add(
            "<details{}><summary>Stakeholders ({})</summary>",
            forms.open("add-" + peopleId),
            topic.stakeholders().size())
        .add(
            StakeholderList.render(
                event,
                topic.stakeholders(),
                Routes.ADD_TOPIC_STAKEHOLDER.path(slug, id),
                peopleId,
                "topic-" + topic.id(),
                forms))
        .add("</details>");
    return out.add("</li>");
  }

  private static String facts(Programme.Topic topic, int eventSlideLimit, CueTimes cues) {
    String time = minutes(topic.budget()) + " min";
    if (topic.presentationBudget() != null) {
      time += " (" + minutes(topic.presentationBudget()) + " presenting)";
    }
    int slides = topic.slideLimit() == null ? eventSlideLimit : topic.slideLimit();
    String facts = time + " · " + slides + (slides == 1 ? " slide" : " slides");
    if (cues.warning() != null) {
      facts += " · warns at " + TimeWords.minutesSeconds(cues.warning());
    }
    if (cues.danger() != null) {
      facts += " · danger at " + TimeWords.minutesSeconds(cues.danger());
    }
    return facts;
  }

  /** Up or Down: the same move form the drag and drop script sends. */
  private static Markup move(String action, String label, int to, boolean disabled, String title) {
    if (disabled) {
      return Markup.of("<button type=\"button\" disabled>{}</button>", label);
    }
    return Markup.of(
        "<form method=\"post\" action=\"{}\" class=\"inline\">{}"
            + "<button type=\"submit\" aria-label=\"Move “{}” {}\">{}</button></form>",
        action,
        Fields.hidden("to", to),
        title,
        label.toLowerCase(Locale.ROOT),
        label);
  }

  /** The topic form, for a new topic (topic null) or an existing one with its own cues. */
  static Markup form(
      FormState form, String action, Programme.Topic topic, CueTimes cues, String button) {
    boolean isNew = topic == null;
    return Markup.of(
            "<form method=\"post\" action=\"{}\" class=\"grid\" id=\"{}\">", action, form.id())
        .add(Fields.formError(form))
        .add(Fields.title(form, isNew ? "" : topic.title()))
        .add(
            Fields.textarea(
                form,
                "presenters",
                "Presenters, one per line",
                isNew ? "" : String.join("\n", topic.presenters()),
                2,
                ""))
        .add(
            Fields.input(
                form,
                "category",
                "Category",
                "text",
                isNew ? "" : topic.category(),
                " maxlength=\"100\""))
        .add(
            Fields.input(
                form,
                "budget",
                "Budget (minutes)",
                "number",
                isNew ? "15" : minutes(topic.budget()),
                " required min=\"1\" max=\"600\""))
        .add(
            Fields.input(
                form,
                "presentation",
                "Presenting (minutes)",
                "number",
                isNew ? "" : minutes(topic.presentationBudget()),
                " min=\"1\" max=\"600\""))
        .add(
            Fields.input(
                form,
                "slideLimit",
                "Slide limit (blank: the event's)",
                "number",
                isNew || topic.slideLimit() == null ? "" : String.valueOf(topic.slideLimit()),
                " min=\"1\" max=\"99\""))
        .add(
            Fields.input(
                form,
                "warning",
                "Warning at (m:ss left)",
                "text",
                TimeWords.minutesSeconds(cues.warning()),
                CLOCK_FIELD))
        .add(
            Fields.input(
                form,
                "danger",
                "Danger at (m:ss left)",
                "text",
                TimeWords.minutesSeconds(cues.danger()),
                CLOCK_FIELD))
        .add(
            Fields.textarea(
                form,
                "abstract",
                "Abstract",
                isNew ? "" : topic.abstractText(),
                3,
                " class=\"wide\" maxlength=\"4000\""))
        .add("<div class=\"actions\"><button type=\"submit\">{}</button></div></form>", button);
  }

  private static String minutes(Duration duration) {
    return duration == null ? "" : String.valueOf(duration.toMinutes());
  }
}
