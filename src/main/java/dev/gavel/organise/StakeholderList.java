package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.room.Stakeholder;
import dev.gavel.route.Routes;
import java.util.List;

/** The stakeholders of a session or a topic: each with their state, and a form to add one. */
final class StakeholderList {

  private StakeholderList() {}

  /**
   * @param addAction where the add form posts
   * @param id unique on the page; the add form's id is {@code add-} and this
   * @param back the section to come back to after a change
   */
  static Markup render(
      Programme event,
      List<Programme.Person> people,
      String addAction,
      String id,
      String back,
      Forms forms) {
    Markup out = new Markup();
    if (people.isEmpty()) {
      out.add("<p class=\"muted\">Nobody yet.</p>");
    } else {
      out.add("<ul class=\"people\" id=\"{}\">", id);
      for (Programme.Person person : people) {
        Stakeholder who = person.stakeholder();
        out.add(
                "<li data-state=\"{}\"><span class=\"who\"><strong>{}</strong>{}</span> <span"
                    + " class=\"badge {}\">{}</span>",
                who.state().wireName(),
                who.name(),
                who.area() == null ? "" : " · " + who.area(),
                who.state().wireName(),
                who.state().wireName())
            .add(
                "<form method=\"post\" action=\"{}\" class=\"inline\"><label"
                    + " class=\"sr-only\" for=\"state-{}\">State of {}</label><select"
                    + " id=\"state-{}\" name=\"state\">{}</select>{}<button"
                    + " type=\"submit\">Change</button></form>",
                Routes.STAKEHOLDER_STATE.path(event.slug(), person.id()),
                person.id(),
                who.name(),
                person.id(),
                options(who.state().wireName()),
                Fields.hidden("back", back))
            .add(
                Fields.button(
                    Routes.REMOVE_STAKEHOLDER.path(event.slug(), person.id()),
                    "Remove",
                    "quiet",
                    Fields.hidden("back", back)))
            .add("</li>");
      }
      out.add("</ul>");
    }
    FormState form = forms.state("add-" + id);
    return out.add(
            "<form method=\"post\" action=\"{}\" class=\"row\" id=\"{}\">", addAction, form.id())
        .add(Fields.formError(form))
        .add(Fields.input(form, "name", "Name", "text", "", " required maxlength=\"100\""))
        .add(Fields.input(form, "area", "Area", "text", "", " maxlength=\"100\""))
        .add(Fields.select(form, "state", "State", StakeholderForm.STATES, "requested"))
        .add("<button type=\"submit\">Add</button></form>");
  }

  private static Markup options(String chosen) {
    Markup options = new Markup();
    for (String state : StakeholderForm.STATES) {
      options.add(
          state.equals(chosen) ? "<option selected>{}</option>" : "<option>{}</option>", state);
    }
    return options;
  }
}
