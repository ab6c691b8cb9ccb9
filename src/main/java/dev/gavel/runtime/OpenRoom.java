package dev.gavel.runtime;

import dev.gavel.programme.RoomInfo;
import dev.gavel.room.Agenda;
import dev.gavel.room.Room;
import dev.gavel.room.RoomService;
import dev.gavel.room.TimerThresholds;
import dev.gavel.route.Routes;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * A running room as every edge sees it: what the programme says of it, its one writer, its live
 * state as screens and scripts read it, and the address attendees join at.
 */
public final class OpenRoom {

  // Replaced when the organiser renames the room or its event.
  private volatile RoomInfo info;
  private final RoomService service;
  private final Supplier<String> publicBase;
  private final TimerThresholds thresholds;
  private final Clock clock;

  OpenRoom(
      RoomInfo info,
      RoomService service,
      Supplier<String> publicBase,
      TimerThresholds thresholds,
      Clock clock) {
    this.info = info;
    this.service = service;
    this.publicBase = publicBase;
    this.thresholds = thresholds;
    this.clock = clock;
  }

  public RoomInfo info() {
    return info;
  }

  public RoomService service() {
    return service;
  }

  public Agenda agenda() {
    return service.agenda();
  }

  public TimerThresholds thresholds() {
    return thresholds;
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
    boolean changed = !renamed.equals(info) || !edited.equals(service.agenda());
    info = renamed;
    if (changed) {
      service.replaceAgenda(edited);
    }
  }
}
