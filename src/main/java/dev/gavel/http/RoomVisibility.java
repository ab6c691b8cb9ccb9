package dev.gavel.http;

import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.room.RoomSlug;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may see a room, on every edge alike: anybody, once its event is published or it has started a
 * topic; before that, only the organiser (the cookie or the bearer secret) and whoever presents a
 * key to that room. To anybody else such a room does not exist: it answers as an unknown room does,
 * so its name gives nothing away.
 */
public final class RoomVisibility {

  /** The room an address names: {@code /rooms/{room}/…} or {@code /api/rooms/{room}/…}. */
  private static final Pattern ROOM_IN_PATH =
      Pattern.compile("^/(?:api/)?rooms/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)(?:/.*)?$");

  private final Access access;
  private final OrganiserGate gate;

  public RoomVisibility(Access access, OrganiserGate gate) {
    this.access = access;
    this.gate = gate;
  }

  /**
   * @param presentedKey the key the request carries for this room (a link's {@code key}, a bearer
   *     secret), or null
   */
  public boolean sees(Context ctx, OpenRoom room, String presentedKey) {
    return room.isPublic()
        || room.shownTo(access.roleIn(room.info().slug(), presentedKey))
        || gate.admits(ctx);
  }

  /**
   * Whether a request proves a role beyond a viewer's: the organiser's cookie or secret, or a key
   * (a link's {@code key}, a bearer secret) of the room in its address that is not a viewer's. A
   * made-up key proves nothing.
   */
  public boolean provesRole(Context ctx) {
    if (gate.admits(ctx)) {
      return true;
    }
    String key = ctx.queryParam("key");
    String presented = key == null || key.isBlank() ? Bearer.secret(ctx) : key;
    if (presented.isBlank()) {
      return false;
    }
    if (access.isOrganiser(presented)) {
      return true;
    }
    Matcher room = ROOM_IN_PATH.matcher(ctx.path());
    return room.matches()
        && access
            .roleIn(new RoomSlug(room.group(1)), presented)
            .filter(role -> role != Role.VIEWER)
            .isPresent();
  }

  /** For a request that carries no key of its own: the organiser alone sees a hidden room. */
  public boolean sees(Context ctx, OpenRoom room) {
    return sees(ctx, room, null);
  }

  /**
   * The room in the address of an API request, when the request may see it (a key of its own comes
   * as {@code Authorization: Bearer …}); otherwise the same 404 as for a room that does not exist.
   */
  public OpenRoom apiRoom(Context ctx, OpenRooms rooms) {
    String slug = ctx.pathParam("room");
    return rooms
        .find(slug)
        .filter(room -> sees(ctx, room, Bearer.secret(ctx)))
        .orElseThrow(() -> new ApiError(404, "there is no room \"" + slug + "\""));
  }

  /**
   * Runs before a room's socket is upgraded: a room this request may not see is refused as an
   * unknown room, and a room closed for its damaged log says so. The upgrade's answer carries the
   * same headers as any other.
   */
  public Handler socketGuard(OpenRooms rooms) {
    return ctx -> {
      SecurityHeaders.apply(ctx);
      String slug = ctx.pathParam("room");
      OpenRoom room =
          rooms
              .find(slug)
              .filter(found -> sees(ctx, found, ctx.queryParam("key")))
              .orElseThrow(() -> new NotFoundResponse("there is no room \"" + slug + "\""));
      room.damage()
          .ifPresent(
              damage -> {
                throw damage.again();
              });
    };
  }
}
