package dev.gavel.runtime;

import dev.gavel.access.Role;
import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.DamagedLog;
import dev.gavel.room.Room;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomService;
import dev.gavel.room.TimerThresholds;
import dev.gavel.route.Routes;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A running room as every edge sees it: what the programme says of it, its one writer, its live
 * state as screens and scripts read it, and the address attendees join at. A room whose log is
 * damaged is closed: it keeps its name and programme, and everything that would read its log or
 * write to it meets the {@link DamagedLog} instead.
 */
public final class OpenRoom {

  // Replaced when the organiser renames the room or its event.
  private volatile RoomInfo info;
  // Null when the room was closed as it opened: its log could not be replayed.
  private final RoomService service;
  // The programme of a closed room; an open one keeps its own on its writer.
  private volatile Agenda closedAgenda;
  private volatile DamagedLog damage;
  // Set once a topic has started: the room is then live, and public, whatever its event.
  private volatile boolean started;
  private final Supplier<String> publicBase;
  // The server's, for an event and a topic that set none of their own.
  private final TimerThresholds thresholds;
  private final Clock clock;

  private OpenRoom(
      RoomInfo info,
      RoomService service,
      Agenda closedAgenda,
      DamagedLog damage,
      Supplier<String> publicBase,
      TimerThresholds thresholds,
      Clock clock) {
    this.info = info;
    this.service = service;
    this.closedAgenda = closedAgenda;
    this.damage = damage;
    this.publicBase = publicBase;
    this.thresholds = thresholds;
    this.clock = clock;
  }

  static OpenRoom running(
      RoomInfo info,
      RoomService service,
      Supplier<String> publicBase,
      TimerThresholds thresholds,
      Clock clock) {
    OpenRoom room = new OpenRoom(info, service, null, null, publicBase, thresholds, clock);
    room.started = service.snapshot().state().session() != null;
    service.listen(
        (logged, state) -> {
          if (logged.event() instanceof RoomEvent.TopicStarted) {
            room.started = true;
          }
        });
    return room;
  }

  static OpenRoom closed(
      RoomInfo info,
      Agenda agenda,
      DamagedLog damage,
      Supplier<String> publicBase,
      TimerThresholds thresholds,
      Clock clock) {
    return new OpenRoom(info, null, agenda, damage, publicBase, thresholds, clock);
  }

  public RoomInfo info() {
    return info;
  }

  /**
   * The room's one writer.
   *
   * @throws DamagedLog when the room is closed because its log is damaged
   */
  public RoomService service() {
    DamagedLog found = damage;
    if (found != null) {
      throw found.again();
    }
    return service;
  }

  /** What is wrong with the room's log, when it is closed for it. */
  public Optional<DamagedLog> damage() {
    return Optional.ofNullable(damage);
  }

  /**
   * Closes the room: its log turned out to be damaged while it ran (read again after a failed
   * write). Its screens keep what they had; every command from now on is refused.
   */
  void close(DamagedLog found) {
    if (damage == null) {
      closedAgenda = service.agenda();
      damage = found;
    }
  }

  /**
   * Whether anybody may see the room: its event is published, or it has started a topic (a room
   * that ran is on a projector already). Until then only those who hold a key to it do.
   */
  public boolean isPublic() {
    return info.published() || started;
  }

  /**
   * Whether someone with this role (from a key they presented; empty for a key that is not the
   * room's) may see the room.
   */
  public boolean shownTo(Optional<Role> role) {
    return isPublic() || role.filter(Role::mayCommand).isPresent();
  }

  /** The room's programme; a closed room's too, so that its sessions can still be found. */
  public Agenda agenda() {
    return damage == null ? service.agenda() : closedAgenda;
  }

  /** The attendee page's full address, for the projector's QR code. */
  public String joinUrl() {
    return publicBase.get() + Routes.ROOM.path(info.slug().value());
  }

  /** The state of this snapshot as screens and scripts read it, timed at the server's now. */
  public StateView view(RoomService.Snapshot snapshot) {
    return StateView.of(snapshot.state(), snapshot.agenda(), clock.instant(), thresholds);
  }

  /**
   * The state after an event, as screens read it; for a listener on the room's writer, where the
   * programme cannot change meanwhile.
   */
  public StateView view(Room state) {
    return StateView.of(state, service.agenda(), clock.instant(), thresholds);
  }

  /**
   * Shows an edited programme, or the room's new name, on every screen of the room; nothing happens
   * if both are the same. Called by {@link OpenRooms#update} alone, one change at a time.
   */
  void replace(RoomInfo renamed, Agenda edited) {
    if (damage != null) {
      info = renamed;
      closedAgenda = edited;
      return;
    }
    boolean changed = !renamed.equals(info) || !edited.equals(service.agenda());
    info = renamed;
    if (changed) {
      service.replaceAgenda(edited);
    }
  }
}
