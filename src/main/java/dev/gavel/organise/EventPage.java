package dev.gavel.organise;

import dev.gavel.html.Forms;
import dev.gavel.html.Layout;
import dev.gavel.html.Markup;
import dev.gavel.programme.Clashes;
import dev.gavel.programme.Programme;
import dev.gavel.programme.Proposal;
import dev.gavel.programme.RoomClashes;
import dev.gavel.programme.RoomInfo;
import dev.gavel.programme.UnfinishedImport;
import dev.gavel.route.Routes;
import java.util.List;

/**
 * Everything the organiser edits about one event, section by section: the rooms at a glance, and,
 * when the whole programme fits on one page ({@link Pages#whole}), every room in full; a bigger
 * event's rooms each have their own page.
 */
final class EventPage {

  private EventPage() {}

  static String render(
      Programme event,
      List<RoomInfo> rooms,
      List<Proposal> proposals,
      List<UnfinishedImport> unfinished,
      Forms forms) {
    long pending = proposals.stream().filter(p -> p.state() == Proposal.State.PENDING).count();
    Markup body =
        new Markup()
            .add(UnfinishedImports.render(unfinished))
            .add(EventSection.render(event, forms))
            .add(ProposalSection.render(event, proposals, forms))
            .add(EventOverview.render(event, rooms, RoomClashes.in(event)));
    if (Pages.whole(event)) {
      for (Programme.Room room : event.rooms()) {
        body.add(
            RoomSection.render(
                event,
                room,
                EventOverview.info(rooms, room),
                Pages.layout(room, null, event.timeZone()),
                forms));
      }
    }
    body.add(RoomSection.addForm(event, forms))
        .add(PrioritySection.render(event, Clashes.in(event.plan()), forms))
        .add(EventSection.zones());
    Markup nav =
        Layout.nav(
            List.of(
                new Layout.Link(Routes.ORGANISE.path(), "All events"),
                new Layout.Link("#rooms", "Rooms"),
                new Layout.Link("#proposals", "Proposals (" + pending + " to review)"),
                new Layout.Link("#priorities", "Priorities and clashes"),
                new Layout.Link(Routes.PROGRAMME.path(event.slug()), "Public programme")));
    return Layout.site(
        event.title(), "Organise", nav, forms.failed(), body, Routes.asset("organise/reorder.js"));
  }
}
