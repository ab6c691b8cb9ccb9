package dev.gavel.live;

import dev.gavel.access.Role;
import dev.gavel.room.Floor;
import dev.gavel.room.Room;
import dev.gavel.room.RoomRules;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.StateView;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A room's snapshots, each rendered once for a position and a role and shared by every socket that
 * asks at that position: five thousand phones reconnecting at once cost a few renderings, not five
 * thousand. A snapshot carries the server's time, so one is shared for a moment only, after which
 * the next is rendered afresh; so is the word a socket that comes back where it left off starts
 * with. Rendering takes no lock of the room.
 */
final class Snapshots {

  /** How long a rendered snapshot's server time is close enough for a screen to start from. */
  static final long FRESH_MILLIS = 250;

  private record Rendered(Position position, long renderedAt, SharedFrame frame) {}

  private final OpenRoom room;
  private final WireWriter wire;
  private final NoteViews notes;
  private final Clock clock;
  private final Map<Role, Rendered> latest = new EnumMap<>(Role.class);
  private Rendered resumed;
  private long resumedFrom;

  Snapshots(OpenRoom room, WireWriter wire, NoteViews notes, Clock clock) {
    this.room = room;
    this.wire = wire;
    this.notes = notes;
    this.clock = clock;
  }

  SharedFrame at(Position position, Role role) {
    long now = clock.millis();
    synchronized (latest) {
      Rendered rendered = latest.get(role);
      if (rendered != null
          && rendered.position() == position
          && now - rendered.renderedAt() < FRESH_MILLIS) {
        return rendered.frame();
      }
    }
    SharedFrame frame = render(position, role, now);
    synchronized (latest) {
      latest.put(role, new Rendered(position, now, frame));
    }
    return frame;
  }

  /**
   * What a socket that comes back where it left off, at {@code from}, is told first, shared like a
   * snapshot: a thousand phones that had read everything and come back together cost one encoding.
   */
  SharedFrame resumed(Position position, long from) {
    long now = clock.millis();
    synchronized (latest) {
      if (resumed != null
          && resumed.position() == position
          && resumedFrom == from
          && now - resumed.renderedAt() < FRESH_MILLIS) {
        return resumed.frame();
      }
    }
    SharedFrame frame = wire.frame(new Wire.Resumed(from, now, position.stream()));
    synchronized (latest) {
      resumed = new Rendered(position, now, frame);
      resumedFrom = from;
    }
    return frame;
  }

  /**
   * The notes are the room's notebook as it is now, less the lines written after this position: a
   * correction or strike made since may show already, and its event, which follows, changes the
   * line to what it shows.
   */
  private SharedFrame render(Position position, Role role, long now) {
    List<Wire.NoteView> whole =
        RoomRules.currentSession(position.state(), position.agenda())
            .map(room.service().notebook()::of)
            .orElse(List.of())
            .stream()
            .filter(note -> note.seq() <= position.seq())
            .map(notes::of)
            .toList();
    StateView state = room.view(position.snapshot());
    return wire.frame(
        new Wire.Snapshot(
            position.seq(),
            position.stream(),
            now,
            role.wireName(),
            new Wire.RoomRef(room.info().slug().value(), room.info().name(), room.joinUrl()),
            // the running topic's, as the state gives them; the state carries them on
            new Wire.Thresholds(state.thresholds().warningMs(), state.thresholds().dangerMs()),
            state,
            role.mayCommand() ? whole : shown(whole),
            role.seesCues() ? cue(position.state()) : null));
  }

  /**
   * The lines as a screen that only watches shows them: the phones, thousands of which may join at
   * once, read each line once, as HTML, and no line that was taken back. Every role that may
   * command may also correct or strike a line, and so gets the lines whole.
   */
  private static List<Wire.ShownLine> shown(List<Wire.NoteView> whole) {
    return whole.stream().filter(line -> !line.struck()).map(Wire.NoteView::shown).toList();
  }

  /** The speaker's private cue, for the stage's and moderators' snapshots alone. */
  private static Wire.CueView cue(Room state) {
    Floor.Said cue = state.floor().cue();
    return cue == null ? null : new Wire.CueView(cue.text(), cue.at().toEpochMilli());
  }
}
