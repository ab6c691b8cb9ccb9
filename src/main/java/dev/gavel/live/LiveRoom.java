package dev.gavel.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Role;
import dev.gavel.json.EventCodec;
import dev.gavel.notes.NoteMarkdown;
import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.Notebook;
import dev.gavel.room.Room;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomListener;
import dev.gavel.room.RoomRules;
import dev.gavel.room.RoomService;
import dev.gavel.room.TimerThresholds;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A room as the live edge sees it: its service, its programme, and the sockets watching it. Each
 * event is serialised once and handed to every socket's queue; nobody waits for a slow socket.
 */
public final class LiveRoom implements RoomListener {

  // Replaced when the organiser renames the room or its event.
  private volatile RoomInfo info;
  private final AtomicReference<Agenda> agenda;
  private final RoomService service;
  private final Supplier<String> publicBase;
  private final ObjectMapper mapper;
  private final EventCodec codec;
  private final TimerThresholds thresholds;
  private final Clock clock;
  final Set<Connection> connections = ConcurrentHashMap.newKeySet();

  /**
   * @param agenda the room's programme, replaced when the organiser edits it
   * @param publicBase the server's address as people in the room reach it, such as {@code
   *     http://192.168.1.20:7070}
   */
  public LiveRoom(
      RoomInfo info,
      AtomicReference<Agenda> agenda,
      RoomService service,
      Supplier<String> publicBase,
      ObjectMapper mapper,
      TimerThresholds thresholds,
      Clock clock) {
    this.info = info;
    this.agenda = agenda;
    this.service = service;
    this.publicBase = publicBase;
    this.mapper = mapper;
    this.codec = new EventCodec(mapper);
    this.thresholds = thresholds;
    this.clock = clock;
    service.listen(this);
  }

  public RoomInfo info() {
    return info;
  }

  public Agenda agenda() {
    return agenda.get();
  }

  /**
   * Shows an edited programme, or the room's new name, on every screen of the room; nothing happens
   * if both are the same.
   */
  public void replaceProgramme(RoomInfo renamed, Agenda edited) {
    // Under the service's lock, as a joining screen is: it gets either the old programme and then
    // this resync, or the new one.
    service.atSnapshot(
        snapshot -> {
          boolean same = edited.equals(agenda.getAndSet(edited)) && renamed.equals(info);
          info = renamed;
          if (!same) {
            for (Connection connection : connections) {
              resync(connection);
            }
          }
          return null;
        });
  }

  public RoomService service() {
    return service;
  }

  public int viewers() {
    return connections.size();
  }

  /** The attendee page's full address, for the projector's QR code. */
  public String joinUrl() {
    return publicBase.get() + Paths.follow(info.slug());
  }

  /** A snapshot as a watching screen gets it, for a page to start from before its socket opens. */
  public String viewerSnapshot() {
    return service.atSnapshot(snapshot -> snapshotMessage(snapshot, Role.VIEWER));
  }

  public StateView view(Room state) {
    return StateView.of(state, agenda.get(), clock.instant(), thresholds);
  }

  @Override
  public void published(LoggedEvent logged, Room state) {
    Wire.NoteView note =
        switch (logged.event()) {
          case RoomEvent.NoteWritten written -> noteView(logged.seq());
          case RoomEvent.NoteCorrected corrected -> noteView(corrected.note());
          case RoomEvent.NoteStruck struck -> noteView(struck.note());
          default -> null;
        };
    boolean agendaChanged =
        logged.event() instanceof RoomEvent.TopicStarted
            || logged.event() instanceof RoomEvent.TopicEnded
            || logged.event() instanceof RoomEvent.TopicSkipped
            || logged.event() instanceof RoomEvent.SessionEnded;
    StateView view = agendaChanged ? view(state) : view(state).withoutAgenda();
    String message =
        json(new Wire.Event("event", logged.seq(), codec.toTree(logged.event()), view, note));
    for (Connection connection : connections) {
      connection.outbox.offer(message);
    }
  }

  /** Sends the snapshot and joins the broadcast with nothing missed or doubled between the two. */
  void join(Connection connection) {
    service.atSnapshot(
        snapshot -> {
          connection.outbox.offer(snapshotMessage(snapshot, connection.role));
          connections.add(connection);
          return null;
        });
  }

  void resync(Connection connection) {
    service.atSnapshot(
        snapshot -> {
          connection.outbox.offer(snapshotMessage(snapshot, connection.role));
          return null;
        });
  }

  void leave(Connection connection) {
    connections.remove(connection);
  }

  private String snapshotMessage(RoomService.Snapshot snapshot, Role role) {
    Agenda programme = agenda.get();
    List<Wire.NoteView> notes =
        RoomRules.currentSession(snapshot.state(), programme)
            .map(service.notebook()::of)
            .orElse(List.of())
            .stream()
            .map(LiveRoom::noteView)
            .toList();
    return json(
        new Wire.Snapshot(
            "snapshot",
            snapshot.seq(),
            clock.millis(),
            role.wireName(),
            new Wire.RoomRef(info.slug().value(), info.name(), joinUrl()),
            new Wire.Thresholds(thresholds.warning().toMillis(), thresholds.danger().toMillis()),
            view(snapshot.state()),
            notes));
  }

  private Wire.NoteView noteView(long seq) {
    return service.notebook().find(seq).map(LiveRoom::noteView).orElse(null);
  }

  private static Wire.NoteView noteView(Notebook.Note note) {
    return new Wire.NoteView(
        note.seq(),
        note.at().toEpochMilli(),
        note.topic() == null ? null : note.topic().value(),
        note.text(),
        NoteMarkdown.html(note.text()),
        note.struck(),
        note.version(),
        note.editedAt() == null ? null : note.editedAt().toEpochMilli());
  }

  String json(Object message) {
    try {
      return mapper.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a wire message could not be written as JSON", e);
    }
  }
}
