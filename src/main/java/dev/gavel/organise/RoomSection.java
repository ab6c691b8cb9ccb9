package dev.gavel.organise;

import dev.gavel.html.Fields;
import dev.gavel.html.FormState;
import dev.gavel.html.Forms;
import dev.gavel.html.Markup;
import dev.gavel.programme.Programme;
import dev.gavel.programme.RoomInfo;
import dev.gavel.route.Routes;
import java.util.List;
import java.util.Optional;

/** One room: its links for the day, its name, and its sessions; and the form to add a room. */
final class RoomSection {

  private RoomSection() {}

  /**
   * @param shown the room's sessions this page shows (all of them, or one day's), each with its
   *     topics or named with a link to its own page
   */
  static Markup render(
      Programme event,
      Programme.Room room,
      Optional<RoomInfo> info,
      List<Pages.Shown> shown,
      Forms forms) {
    Markup out =
        Markup.of(
            "<section class=\"card room\" id=\"room-{}\"><h2>{} <span class=\"muted"
                + " slug\">{}</span></h2>",
            room.slug(),
            room.name(),
            room.slug());
    out.add(links(room.slug(), info));
    String renameId = "rename-room-" + room.slug();
    FormState rename = forms.state(renameId);
    out.add(
            "<details{}><summary>Rename the room</summary><form method=\"post\" action=\"{}\""
                + " class=\"row\" id=\"{}\">",
            forms.open(renameId),
            Routes.EDIT_ROOM.path(event.slug(), room.slug()),
            renameId)
        .add(Fields.formError(rename))
        .add(
            Fields.input(
                rename, "name", "Name", "text", room.name(), " required maxlength=\"100\""))
        .add("<button type=\"submit\">Rename</button></form></details>");
    for (Pages.Shown session : shown) {
      out.add(
          session.full()
              ? SessionSection.render(event, session.session(), 0, forms)
              : SessionSection.summary(event, session.session()));
    }
    if (room.sessions().isEmpty()) {
      out.add("<p class=\"muted\">No sessions in this room yet.</p>");
    }
    String addId = "add-session-" + room.slug();
    out.add(
            "<details class=\"add\"{}><summary>Add a session to {}</summary>",
            forms.open(addId),
            room.name())
        .add(
            SessionSection.form(
                forms.state(addId),
                Routes.ADD_SESSION.path(event.slug(), room.slug()),
                null,
                event.timeZone(),
                "Add the session"))
        .add("</details></section>\n");
    return out;
  }

  /** The addresses to hand out on the day; the keyed ones only ever appear on this page. */
  static Markup links(String slug, Optional<RoomInfo> info) {
    Markup out =
        Markup.of(
            "<p class=\"links\"><a href=\"{}\">Projector</a> <a href=\"{}\">Attendees</a>",
            Routes.DISPLAY.path(slug),
            Routes.ROOM.path(slug));
    info.ifPresent(
        room -> {
          out.add(
              " <a href=\"{}\">Moderator (with key)</a>",
              Routes.MODERATE.pathWithKey(room.moderatorSecret(), slug));
          if (room.notesSecret() != null) {
            out.add(
                " <a href=\"{}\">Note-taker (with key)</a>",
                Routes.TAKE_NOTES.pathWithKey(room.notesSecret(), slug));
          }
        });
    return out.add("</p>");
  }

  static Markup addForm(Programme event, Forms forms) {
    FormState form = forms.state("add-room");
    return Markup.of(
            "<section class=\"card\" id=\"rooms-new\"><h2>Add a room</h2><form method=\"post\""
                + " action=\"{}\" class=\"row\" id=\"add-room\">",
            Routes.ADD_ROOM.path(event.slug()))
        .add(Fields.formError(form))
        .add(Fields.slug(form))
        .add(Fields.input(form, "name", "Name", "text", "", " required maxlength=\"100\""))
        .add("<button type=\"submit\">Add the room</button></form></section>\n");
  }
}
