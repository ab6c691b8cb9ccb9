package dev.gavel.live;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.access.Role;
import dev.gavel.json.EventCodec;
import dev.gavel.room.Agenda;
import dev.gavel.room.FloorEvent;
import dev.gavel.room.LoggedEvent;
import dev.gavel.room.Notebook;
import dev.gavel.room.Room;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomListener;
import dev.gavel.room.RoomService;
import dev.gavel.room.Sender;
import dev.gavel.room.StageEvent;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.StateView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sockets watching one open room, and the room's outgoing sequence. The room's writer only
 * hands each event over and returns: the command is answered at once, whatever the number of
 * screens. On a thread of its own the sequence then encodes each event once and gives the same
 * bytes to every socket, the screens that command first (a lone event's walk over a crowd shared
 * with the spare cores, see {@link Walkers}); joins and resyncs take their turn in the same
 * sequence, so that a snapshot and the events after it neither miss nor double one. A socket that
 * comes back where it left off is sent, in the same way, only the events it missed, when the room
 * still keeps them all. Nobody waits for a slow socket.
 */
final class LiveRoom implements RoomListener {

  private static final Logger LOG = LoggerFactory.getLogger(LiveRoom.class);

  /** The most events given to a socket as one write. */
  private static final int MOST_AT_ONCE = 16;

  /** What the sequence does, in the order it was asked. */
  private sealed interface Step {
    /**
     * @param by who sent the command that caused it, or null when it came from no socket or API
     *     request (a replay, the programme)
     */
    record Published(LoggedEvent logged, Room state, Agenda agenda, Notebook.Note note, Sender by)
        implements Step {}

    record Replaced(RoomService.Snapshot snapshot) implements Step {}

    /**
     * @param resume where the socket left off, when it came back with a token; else null
     */
    record Joined(Connection connection, ResumeToken resume) implements Step {}

    record Resync(Connection connection) implements Step {}
  }

  private final OpenRoom room;
  private final WireWriter wire;
  private final EventCodec codec;
  private final NoteViews notes;
  private final Snapshots snapshots;
  // The latest events' frames, and the position of the last: changed by the sequence alone.
  private final KeptFrames kept;
  private final ExecutorService sequence;
  private final Walkers walkers;
  private final SecureRandom streams = new SecureRandom();
  private final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Sockets commanders = new Sockets();
  private final Sockets viewers = new Sockets();
  private final Presence presence = new Presence();
  // What the sockets have been sent so far; changed by the sequence alone.
  private volatile Position position;

  LiveRoom(
      OpenRoom room,
      WireWriter wire,
      EventCodec codec,
      NoteViews notes,
      Snapshots snapshots,
      KeptFrames kept,
      ExecutorService sequence,
      Walkers walkers) {
    this.room = room;
    this.wire = wire;
    this.codec = codec;
    this.notes = notes;
    this.snapshots = snapshots;
    this.kept = kept;
    this.sequence = sequence;
    this.walkers = walkers;
    room.service()
        .atSnapshot(
            snapshot -> {
              restart(snapshot);
              room.service().listen(this);
              return null;
            });
  }

  OpenRoom room() {
    return room;
  }

  /** A snapshot as a watching screen gets it, for a page to start from before its socket opens. */
  String viewerSnapshot() {
    return snapshots.at(position, Role.VIEWER).text();
  }

  @Override
  public void published(LoggedEvent logged, Room state) {
    published(logged, state, null);
  }

  /** On the room's writer: the note as the event left it is taken now, the rest in turn. */
  @Override
  public void published(LoggedEvent logged, Room state, Sender by) {
    long changed =
        switch (logged.event()) {
          case RoomEvent.NoteWritten written -> logged.seq();
          case RoomEvent.NoteCorrected corrected -> corrected.note();
          case RoomEvent.NoteStruck struck -> struck.note();
          case RoomEvent.TopicStarted e -> 0;
          case RoomEvent.SlideShown e -> 0;
          case RoomEvent.SlideLimitReached e -> 0;
          case RoomEvent.DiscussionStarted e -> 0;
          case RoomEvent.TimerPaused e -> 0;
          case RoomEvent.TimerResumed e -> 0;
          case RoomEvent.TimeAdded e -> 0;
          case RoomEvent.PitchCutOff e -> 0;
          case RoomEvent.CutOffUndone e -> 0;
          case RoomEvent.Intervened e -> 0;
          case RoomEvent.TopicEnded e -> 0;
          case RoomEvent.TopicSkipped e -> 0;
          case RoomEvent.SessionEnded e -> 0;
          case FloorEvent e -> 0;
          case StageEvent e -> 0;
        };
    Notebook.Note note = changed == 0 ? null : room.service().notebook().find(changed).orElse(null);
    add(new Step.Published(logged, state, room.service().agenda(), note, by));
  }

  /** The programme or the room's name changed: every screen starts again from a snapshot. */
  @Override
  public void agendaReplaced(RoomService.Snapshot snapshot) {
    add(new Step.Replaced(snapshot));
  }

  /** Sends the snapshot and joins the broadcast with nothing missed or doubled between the two. */
  void join(Connection connection) {
    join(connection, null);
  }

  /**
   * Sends what the socket missed since the token's position, or the snapshot when the room no
   * longer keeps all of it (or the token names another run of the sequence), and joins the
   * broadcast with nothing missed or doubled.
   *
   * @param resume where a socket that came back left off; null for a new one
   */
  void join(Connection connection, ResumeToken resume) {
    connection.claimSnapshot();
    add(new Step.Joined(connection, resume));
  }

  /** A fresh snapshot, unless one is on its way to this socket already. */
  void resync(Connection connection) {
    if (connection.claimSnapshot()) {
      add(new Step.Resync(connection));
    }
  }

  void leave(Connection connection) {
    connection.leave();
    sockets(connection).remove(connection);
    if (presence.leave(connection)) {
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
      connection.outbox.offer(wire.frame(presence.as(connection)));
    }
  }

  Iterable<Connection> connections() {
    List<Connection> all = new ArrayList<>(List.of(commanders.copy()));
    all.addAll(List.of(viewers.copy()));
    return all;
  }

  /** Stops the sequence; what was not sent yet is not sent. */
  void close() {
    sequence.shutdownNow();
  }

  private void add(Step step) {
    steps.add(step);
    if (draining.compareAndSet(false, true)) {
      sequence.execute(this::drain);
    }
  }

  /** Takes every step waiting, in order; consecutive events go to each socket together. */
  private void drain() {
    do {
      List<Step.Published> run = new ArrayList<>();
      for (Step step = steps.poll(); step != null; step = steps.poll()) {
        if (step instanceof Step.Published published) {
          run.add(published);
          if (run.size() == MOST_AT_ONCE) {
            deliver(run);
          }
        } else {
          deliver(run);
          take(step);
        }
      }
      deliver(run);
      draining.set(false);
    } while (!steps.isEmpty() && draining.compareAndSet(false, true));
  }

  private void take(Step step) {
    try {
      switch (step) {
        case Step.Replaced replaced -> {
          restart(replaced.snapshot());
          for (Connection connection : connections()) {
            connection.outbox.offer(snapshots.at(position, connection.role));
          }
        }
        case Step.Joined joined -> {
          Connection connection = joined.connection();
          if (!resume(connection, joined.resume())) {
            sendSnapshot(connection);
          }
          sockets(connection).add(connection);
          if (connection.isGone()) {
            sockets(connection).remove(connection);
          } else if (presence.join(connection)) {
            // After its snapshot: a page reads who else is here once it knows the room.
            tellPresence();
          }
        }
        case Step.Resync resync -> sendSnapshot(resync.connection());
        case Step.Published published -> deliver(new ArrayList<>(List.of(published)));
      }
    } catch (RuntimeException e) {
      LOG.error("room {}: a step of its sockets failed", room.info().slug(), e);
    }
  }

  /**
   * A new run of the sequence, from this snapshot: every socket is about to start again from a
   * snapshot, and no token handed out before may be resumed from.
   */
  private void restart(RoomService.Snapshot snapshot) {
    byte[] random = new byte[9];
    streams.nextBytes(random);
    position =
        Position.of(snapshot, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    kept.restart(position.seq());
  }

  /**
   * Sends a socket that came back what it missed, after a word that it may keep what it shows, when
   * the token is of this run and every event after it is kept; false when it must start from a
   * snapshot instead.
   */
  private boolean resume(Connection connection, ResumeToken token) {
    if (token == null
        || !token.stream().equals(position.stream())
        || kept.last() != position.seq()) {
      return false;
    }
    Optional<SharedFrame[]> missed = kept.after(token.seq(), connection.role.seesCues());
    if (missed.isEmpty()) {
      return false;
    }
    if (connection.outbox.offer(
        snapshots.resumed(position, token.seq()), startedFrom(connection))) {
      connection.outbox.offerAll(missed.get());
    }
    return true;
  }

  private void sendSnapshot(Connection connection) {
    connection.outbox.offer(snapshots.at(position, connection.role), startedFrom(connection));
  }

  /** Once the socket's starting point is sent: a snapshot it asked for meanwhile goes out then. */
  private Runnable startedFrom(Connection connection) {
    return () -> {
      if (connection.snapshotSent()) {
        add(new Step.Resync(connection));
      }
    };
  }

  /** Encodes each event once and hands the same bytes to every socket; empties the run. */
  private void deliver(List<Step.Published> run) {
    if (run.isEmpty()) {
      return;
    }
    try {
      SharedFrame[] frames = new SharedFrame[run.size()];
      SharedFrame[] withoutCues = new SharedFrame[run.size()];
      for (int i = 0; i < frames.length; i++) {
        Step.Published published = run.get(i);
        frames[i] = encode(published);
        withoutCues[i] =
            published.logged().event() instanceof StageEvent
                ? withheld(published.logged())
                : frames[i];
        kept.keep(published.logged().seq(), frames[i], withoutCues[i]);
      }
      // A lone event reaches a crowd sooner on the spare cores too. Events that queued up mean a
      // busy room: there a core is worth more to the commands than a millisecond is to the crowd,
      // and one write per socket carries them all anyway.
      Walkers walk = run.size() == 1 ? walkers : Walkers.ALONE;
      offerAll(walk, commanders, frames, withoutCues);
      offerAll(walk, viewers, frames, withoutCues);
    } catch (RuntimeException e) {
      LOG.error("room {}: events could not be sent to its sockets", room.info().slug(), e);
    }
    run.clear();
  }

  /**
   * A socket dropped for falling behind, or whose send failed, leaves the room as soon as the walk
   * is done: its close may wait for a network that takes nothing, and meanwhile it costs the room
   * nothing more.
   */
  private void offerAll(
      Walkers walk, Sockets sockets, SharedFrame[] frames, SharedFrame[] withoutCues) {
    Queue<Connection> dropped = new ConcurrentLinkedQueue<>();
    try {
      walk.each(
          sockets.walk(),
          connection -> {
            connection.outbox.offerAll(connection.role.seesCues() ? frames : withoutCues);
            if (connection.outbox.dropped()) {
              dropped.add(connection);
            }
          });
    } finally {
      dropped.forEach(this::leave);
    }
  }

  /**
   * An event as the wire carries it: the state after it only when the event changed it (and the
   * agenda only when it started or ended a topic); a line of notes once, in {@code note}.
   */
  private SharedFrame encode(Step.Published published) {
    Room before = position.state();
    LoggedEvent logged = published.logged();
    position = position.next(logged.seq(), published.state(), published.agenda());
    Wire.NoteView note = published.note() == null ? null : notes.of(published.note());
    ObjectNode event = codec.toTree(logged.event());
    if (note != null) {
      event.remove("text");
    }
    boolean agendaChanged =
        logged.event() instanceof RoomEvent.TopicStarted
            || logged.event() instanceof RoomEvent.TopicEnded
            || logged.event() instanceof RoomEvent.TopicSkipped
            || logged.event() instanceof RoomEvent.SessionEnded;
    StateView view = null;
    if (agendaChanged) {
      view = room.view(position.snapshot());
    } else if (!Objects.equals(before, published.state())) {
      view = room.view(position.snapshot()).withoutAgenda();
    }
    Sender by = published.by();
    return wire.frame(
        new Wire.Event(logged.seq(), event, view, note, by == null ? null : presence.peer(by)));
  }

  /**
   * A private cue is written only into the sockets that may see it; every other socket gets the
   * same position with nothing of the cue, so its sequence has no gap. The state after a cue is the
   * same for both: the room's public state never carries the cue.
   */
  private SharedFrame withheld(LoggedEvent logged) {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("type", "withheld");
    event.put("at", logged.event().at().toString());
    return wire.frame(new Wire.Event(logged.seq(), event, null, null, null));
  }

  private Sockets sockets(Connection connection) {
    return connection.role.mayCommand() ? commanders : viewers;
  }
}
