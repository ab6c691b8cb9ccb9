package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.programme.Clashes;
import dev.gavel.programme.NoOverlap;
import dev.gavel.programme.Programme;
import dev.gavel.route.Routes;
import java.util.List;

/** What must not run at the same time in two rooms, and where the programme breaks that. */
final class PrioritySection {

  private PrioritySection() {}

  static Markup render(Programme event, List<Clashes.Clash> clashes, Forms forms) {
    Markup out =
        Markup.of(
            "<section class=\"card\" id=\"priorities\"><h2>No-overlap priorities</h2><p"
                + " class=\"muted\">Topics of these categories, or asking for these stakeholders,"
                + " should not run at the same time in two rooms.</p>");
    if (event.noOverlap().isEmpty()) {
      out.add("<p class=\"muted\">None yet.</p>");
    } else {
      out.add("<ul class=\"priorities\">");
      for (NoOverlap priority : event.noOverlap()) {
        out.add(
                "<li><span class=\"muted\">{}</span> <strong>{}</strong> ",
                priority.kind().wireName(),
                priority.name())
            .add(
                Fields.button(
                    Routes.REMOVE_PRIORITY.path(event.slug()),
                    "Remove",
                    "quiet",
                    new Markup()
                        .add(Fields.hidden("kind", priority.kind().wireName()))
                        .add(Fields.hidden("name", priority.name()))))
            .add("</li>");
      }
      out.add("</ul>");
    }
    FormState form = forms.state("add-priority");
    out.add(
            "<form method=\"post\" action=\"{}\" class=\"row\" id=\"add-priority\">",
            Routes.ADD_PRIORITY.path(event.slug()))
        .add(Fields.formError(form))
        .add(Fields.select(form, "kind", "Kind", PriorityForm.KINDS, "category"))
        .add(Fields.input(form, "name", "Name", "text", "", " required maxlength=\"100\""))
        .add("<button type=\"submit\">Add</button></form>");
    out.add("<h3>Clashes</h3>");
    if (clashes.isEmpty()) {
      return out.add("<p class=\"ok-text\" id=\"clashes\">No clashes.</p></section>\n");
    }
    out.add("<ul class=\"clashes\" id=\"clashes\">");
    for (Clashes.Clash clash : clashes) {
      out.add("<li>{}</li>", ClashWords.of(clash, event.timeZone()));
    }
    return out.add("</ul></section>\n");
  }
}
