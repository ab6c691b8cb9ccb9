package dev.gavel.site;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.html.TimeWords;
import dev.gavel.programme.Programme;
import dev.gavel.route.Routes;

/** Proposing a topic for a session, and the thank-you page after it. */
final class ProposePage {

  private ProposePage() {}

  static String form(Programme event, Programme.Session session, Forms forms) {
    FormState form = forms.state("propose");
    Markup body =
        Markup.of(
                "<section class=\"card narrow\"><p>For <strong>{}</strong> · {}. Every presenter"
                    + " gets at most {} slides: the point is the discussion. The organiser reviews"
                    + " each proposal.</p>",
                session.title(),
                TimeWords.span(session.startsAt(), session.endsAt(), event.timeZone()),
                event.slideLimit())
            .add(
                "<form method=\"post\" action=\"{}\" class=\"stack\"" + " id=\"propose\">",
                Routes.PROPOSE.path(session.id()))
            .add(Fields.formError(form))
            .add(Fields.title(form, ""))
            .add(
                Fields.textarea(form, "presenters", "Presenters, one per line", "", 3, " required"))
            .add(Fields.textarea(form, "abstract", "Abstract", "", 6, " maxlength=\"4000\""))
            .add(
                Fields.input(
                    form, "category", "Category (optional)", "text", "", " maxlength=\"100\""))
            .add(
                "<div class=\"actions\"><button type=\"submit\" class=\"primary\">Send the"
                    + " proposal</button></div></form></section>");
    return Layout.site("Propose a topic", event.title(), back(event), forms.failed(), body);
  }

  static String thanks(Programme event, Programme.Session session) {
    Markup body =
        Markup.of(
            "<section class=\"card narrow\"><h2>Thank you</h2><p>Your proposal for"
                + " <strong>{}</strong> has arrived. The organiser will review it; once accepted it"
                + " appears in the programme.</p></section>",
            session.title());
    return Layout.site("Proposal sent", event.title(), back(event), null, body);
  }

  private static Markup back(Programme event) {
    return Markup.of(
        "<nav><a href=\"{}\">Back to the programme</a></nav>", Routes.PROGRAMME.path(event.slug()));
  }
}
