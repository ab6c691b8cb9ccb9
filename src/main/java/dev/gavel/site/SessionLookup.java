package dev.gavel.site;

import dev.gavel.http.HtmlResponse;
import dev.gavel.http.RoomVisibility;
import dev.gavel.programme.Programme;
import dev.gavel.room.SessionId;
import dev.gavel.route.Route;
import dev.gavel.runtime.OpenRooms;
import dev.gavel.store.ProgrammeStore;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * How every {@code /sessions/{id}/…} page finds its session: by its id, in the programme of the
 * room it is in. What a session has done (its notes, log and report) is public as its room is (see
 * {@link RoomVisibility}); signing up and proposing a topic need its event to be published.
 */
final class SessionLookup {

  /** A published event's session, as its programme describes it. */
  record Published(Programme event, Programme.Session session) {}

  private final OpenRooms rooms;
  private final ProgrammeStore store;
  private final RoomVisibility visibility;

  SessionLookup(OpenRooms rooms, ProgrammeStore store, RoomVisibility visibility) {
    this.rooms = rooms;
    this.store = store;
    this.visibility = visibility;
  }

  /**
   * The session in the address, if this request may see its room (see {@link RoomVisibility}), or a
   * 404 page and empty.
   */
  Optional<OpenRooms.SessionInRoom> inRoom(Context ctx) {
    Optional<OpenRooms.SessionInRoom> found =
        find(ctx.pathParam("id")).filter(session -> visibility.sees(ctx, session.room()));
    if (found.isEmpty()) {
      notFound(ctx, "There is no session " + ctx.pathParam("id") + " on this server.");
    }
    return found;
  }

  /** The session in the address if its event is published, or a 404 page and empty. */
  Optional<Published> published(Context ctx) {
    Optional<Published> found =
        find(ctx.pathParam("id"))
            .flatMap(
                inRoom ->
                    store
                        .programme(inRoom.room().info().eventSlug())
                        .filter(Programme::published)
                        .flatMap(
                            event ->
                                event
                                    .session(inRoom.session().id().value())
                                    .map(session -> new Published(event, session))));
    if (found.isEmpty()) {
      notFound(ctx, "There is no published session " + ctx.pathParam("id") + " on this server.");
    }
    return found;
  }

  private Optional<OpenRooms.SessionInRoom> find(String id) {
    return Route.id(id).stream().boxed().findFirst().map(SessionId::new).flatMap(rooms::session);
  }

  private static void notFound(Context ctx, String message) {
    HtmlResponse.notFound(ctx, "No such session", message);
  }
}
