package dev.gavel.runtime;

import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.RoomLog;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import dev.gavel.room.SessionId;
import dev.gavel.room.SessionsOver;
import dev.gavel.room.TimerThresholds;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every room this server runs, by slug: each brought back from its log when it opens, and kept in
 * step with the programme as the organiser edits it. Both transports find their rooms here.
 */
public final class OpenRooms {

  private static final Logger LOG = LoggerFactory.getLogger(OpenRooms.class);

  private final Map<String, OpenRoom> bySlug = new ConcurrentHashMap<>();
  private final List<OpenRoom> inOrder = new CopyOnWriteArrayList<>();
  private final RoomLog log;
  private final Clock clock;
  private final TimerThresholds thresholds;
  private final Supplier<String> publicBase;

  /**
   * @param publicBase the server's address as people in the room reach it, such as {@code
   *     http://192.168.1.20:7070}; known once the server listens
   */
  public OpenRooms(
      RoomLog log, Clock clock, TimerThresholds thresholds, Supplier<String> publicBase) {
    this.log = log;
    this.clock = clock;
    this.thresholds = thresholds;
    this.publicBase = publicBase;
  }

  /**
   * Brings the rooms up to date with the programme: rooms new to it open, and every room whose name
   * or agenda changed shows the new one on its screens at once.
   *
   * @param agendas each room's agenda; a room missing here has an empty one
   */
  public synchronized void update(List<RoomInfo> rooms, Map<RoomSlug, Agenda> agendas) {
    for (RoomInfo info : rooms) {
      Agenda agenda = agendas.getOrDefault(info.slug(), Agenda.empty());
      find(info.slug())
          .ifPresentOrElse(room -> room.replace(info, agenda), () -> open(info, agenda));
    }
  }

  /**
   * Brings a room back from its log. A room whose log is damaged is opened closed, with what is
   * wrong, and every other room opens as usual.
   */
  private void open(RoomInfo info, Agenda agenda) {
    OpenRoom room;
    try {
      RoomService service = RoomService.replay(info.slug(), log, clock, agenda);
      room = OpenRoom.running(info, service, publicBase, thresholds, clock);
    } catch (DamagedLog damage) {
      LOG.error(
          "{}. The room is closed until it is repaired; every other room runs.",
          damage.getMessage());
      room = OpenRoom.closed(info, agenda, damage, publicBase, thresholds, clock);
    }
    if (bySlug.putIfAbsent(info.slug().value(), room) == null) {
      inOrder.add(room);
    }
  }

  /** The rooms closed because their logs are damaged. */
  public List<OpenRoom> closed() {
    return inOrder.stream().filter(room -> room.damage().isPresent()).toList();
  }

  /** The room with this slug; empty for an unknown or malformed slug. */
  public Optional<OpenRoom> find(String slug) {
    return Optional.ofNullable(slug).map(bySlug::get);
  }

  public Optional<OpenRoom> find(RoomSlug slug) {
    return find(slug.value());
  }

  public List<OpenRoom> all() {
    return List.copyOf(inOrder);
  }

  /** A session found in a room's programme, whether or not its event is published. */
  public record SessionInRoom(OpenRoom room, Agenda.Session session) {}

  /** The one way a session is looked up from its id: in the programme of the room it is in. */
  public Optional<SessionInRoom> session(SessionId id) {
    for (OpenRoom room : inOrder) {
      Optional<Agenda.Session> session = room.agenda().session(id);
      if (session.isPresent()) {
        return Optional.of(new SessionInRoom(room, session.get()));
      }
    }
    return Optional.empty();
  }

  /** The ids of every room's sessions that are over (see {@link SessionsOver}). */
  public Set<Long> sessionsOver() {
    Set<Long> over = new HashSet<>();
    for (OpenRoom room : all()) {
      RoomService.Snapshot snapshot = room.service().snapshot();
      SessionsOver.of(snapshot.state(), snapshot.agenda())
          .forEach(session -> over.add(session.id().value()));
    }
    return over;
  }
}
