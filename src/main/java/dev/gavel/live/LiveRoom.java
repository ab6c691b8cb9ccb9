package dev.gavel.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Role;
import dev.gavel.json.EventCodec;
import dev.gavel.notes.NoteMarkdown;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.Notebook;
import dev.gavel.room.Room;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomListener;
import dev.gavel.room.RoomRules;
import dev.gavel.room.RoomService;
import dev.gavel.room.Sender;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.StateView;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets watching one open room. Each event is serialised once and handed to every socket's
 * queue; nobody waits for a slow socket.
 */
final class LiveRoom implements RoomListener {

  private final OpenRoom room;
  private final WireWriter wire;
  private final EventCodec codec;
  private final Clock clock;
  final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final Presence presence = new Presence();

  LiveRoom(OpenRoom room, WireWriter wire, ObjectMapper mapper, Clock clock) {
    this.room = room;
    this.wire = wire;
    this.codec = new EventCodec(mapper);
    this.clock = clock;
    room.service().listen(this);
  }

  OpenRoom room() {
    return room;
  }

  /** A snapshot as a watching screen gets it, for a page to start from before its socket opens. */
  String viewerSnapshot() {
    return room.service().atSnapshot(snapshot -> snapshotMessage(snapshot, Role.VIEWER));
  }

  @Override
  public void published(LoggedEvent logged, Room state) {
    published(logged, state, null);
  }

  @Override
  public void published(LoggedEvent logged, Room state, Sender by) {
    Wire.NoteView note =
        switch (logged.event()) {
          case RoomEvent.NoteWritten written -> noteView(logged.seq());
          case RoomEvent.NoteCorrected corrected -> noteView(corrected.note());
          case RoomEvent.NoteStruck struck -> noteView(struck.note());
          case RoomEvent.TopicStarted e -> null;
          case RoomEvent.SlideShown e -> null;
          case RoomEvent.SlideLimitReached e -> null;
          case RoomEvent.DiscussionStarted e -> null;
          case RoomEvent.TimerPaused e -> null;
          case RoomEvent.TimerResumed e -> null;
          case RoomEvent.TimeAdded e -> null;
          case RoomEvent.PitchCutOff e -> null;
          case RoomEvent.CutOffUndone e -> null;
          case RoomEvent.Intervened e -> null;
          case RoomEvent.TopicEnded e -> null;
          case RoomEvent.TopicSkipped e -> null;
          case RoomEvent.SessionEnded e -> null;
        };
    boolean agendaChanged =
        logged.event() instanceof RoomEvent.TopicStarted
            || logged.event() instanceof RoomEvent.TopicEnded
            || logged.event() instanceof RoomEvent.TopicSkipped
            || logged.event() instanceof RoomEvent.SessionEnded;
    StateView view = agendaChanged ? room.view(state) : room.view(state).withoutAgenda();
    String message =
        wire.write(
            new Wire.Event(
                logged.seq(),
                codec.toTree(logged.event()),
                view,
                note,
                by == null ? null : presence.peer(by)));
    for (Connection connection : connections) {
      connection.outbox.offer(message);
    }
  }

  /** The programme or the room's name changed: every screen starts again from a snapshot. */
  @Override
  public void agendaReplaced(RoomService.Snapshot snapshot) {
    for (Connection connection : connections) {
      connection.outbox.offer(snapshotMessage(snapshot, connection.role));
    }
  }

  /** Sends the snapshot and joins the broadcast with nothing missed or doubled between the two. */
  void join(Connection connection) {
    room.service()
        .atSnapshot(
            snapshot -> {
              connection.outbox.offer(snapshotMessage(snapshot, connection.role));
              connections.add(connection);
              return null;
            });
    if (presence.join(connection)) {
      tellPresence();
    }
  }

  /** What the others call the sender of a command. */
  String labelOf(Sender sender) {
    return presence.peer(sender).name();
  }

  /** Every socket that may command hears who else is there, each as itself. */
  private void tellPresence() {
    for (Connection connection : presence.present()) {
      connection.outbox.offer(wire.write(presence.as(connection)));
    }
  }

  void resync(Connection connection) {
    room.service()
        .atSnapshot(
            snapshot -> {
              connection.outbox.offer(snapshotMessage(snapshot, connection.role));
              return null;
            });
  }

  void leave(Connection connection) {
    connections.remove(connection);
    if (presence.leave(connection)) {
      tellPresence();
    }
  }

  private String snapshotMessage(RoomService.Snapshot snapshot, Role role) {
    List<Wire.NoteView> notes =
        RoomRules.currentSession(snapshot.state(), snapshot.agenda())
            .map(room.service().notebook()::of)
            .orElse(List.of())
            .stream()
            .map(LiveRoom::noteView)
            .toList();
    return wire.write(
        new Wire.Snapshot(
            snapshot.seq(),
            clock.millis(),
            role.wireName(),
            new Wire.RoomRef(room.info().slug().value(), room.info().name(), room.joinUrl()),
            new Wire.Thresholds(
                room.thresholds().warning().toMillis(), room.thresholds().danger().toMillis()),
            room.view(snapshot),
            notes));
  }

  private Wire.NoteView noteView(long seq) {
    return room.service().notebook().find(seq).map(LiveRoom::noteView).orElse(null);
  }

  /** A line as the screens get it; a struck line is taken back, so its words are not sent. */
  private static Wire.NoteView noteView(Notebook.Note note) {
    return new Wire.NoteView(
        note.seq(),
        note.at().toEpochMilli(),
        note.topic() == null ? null : note.topic().value(),
        note.struck() ? "" : note.text(),
        note.struck() ? "" : NoteMarkdown.html(note.text()),
        note.struck(),
        note.version(),
        note.editedAt() == null ? null : note.editedAt().toEpochMilli(),
        note.by(),
        note.correctedBy());
  }
}
