package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.programme.Proposal;
import dev.gavel.route.Routes;
import java.util.List;

/** Topics proposed on the public pages: the pending ones to accept or decline, then the rest. */
final class ProposalSection {

  private ProposalSection() {}

  static Markup render(Programme event, List<Proposal> proposals, Forms forms) {
    Markup out = Markup.of("<section class=\"card\" id=\"proposals\"><h2>Proposals</h2>");
    if (proposals.isEmpty()) {
      return out.add(
          "<p class=\"muted\">No proposals yet. Each session on the public programme has a “Propose"
              + " a topic” link.</p></section>\n");
    }
    out.add("<ul class=\"proposals\">");
    for (Proposal proposal : proposals) {
      out.add(
          "<li class=\"proposal {}\" id=\"proposal-{}\"><strong>{}</strong> <span"
              + " class=\"muted\">{}</span>{}<br><span class=\"muted small\">for {} in {}</span>",
          proposal.state().wireName(),
          proposal.id(),
          proposal.title(),
          String.join(", ", proposal.presenters()),
          proposal.category() == null
              ? new Markup()
              : Markup.of(" <span class=\"category\">{}</span>", proposal.category()),
          proposal.sessionTitle(),
          proposal.roomName());
      if (proposal.abstractText() != null) {
        out.add("<p class=\"abstract\">{}</p>", proposal.abstractText());
      }
      out.add(
          proposal.state() == Proposal.State.PENDING
              ? decide(event.slug(), proposal, forms)
              : Markup.of("<span class=\"badge\">{}</span>", proposal.state().wireName()));
      out.add("</li>");
    }
    return out.add("</ul></section>\n");
  }

  private static Markup decide(String slug, Proposal proposal, Forms forms) {
    FormState form = forms.state("accept-" + proposal.id());
    return Markup.of(
            "<div class=\"decide\"><form method=\"post\" action=\"{}\" class=\"row\""
                + " id=\"{}\">",
            Routes.ACCEPT_PROPOSAL.path(slug, proposal.id()),
            form.id())
        .add(Fields.formError(form))
        .add(
            Fields.input(
                form,
                "budget",
                "Budget (minutes)",
                "number",
                String.valueOf(AcceptForm.DEFAULT_MINUTES),
                " required min=\"1\" max=\"600\""))
        .add("<button type=\"submit\" class=\"primary\">Accept</button></form>")
        .add(
            Fields.button(
                Routes.DECLINE_PROPOSAL.path(slug, proposal.id()),
                "Decline",
                "quiet",
                new Markup()))
        .add("</div>");
  }
}
