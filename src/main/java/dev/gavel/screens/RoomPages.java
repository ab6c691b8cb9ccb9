package dev.gavel.screens;

import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.html.Markup;
import dev.gavel.http.HtmlResponse;
import dev.gavel.http.RoomVisibility;
import dev.gavel.http.RouteOwner;
import dev.gavel.http.WebFiles;
import dev.gavel.room.RoomService;
import dev.gavel.room.RoomSlug;
import dev.gavel.route.Routes;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The room's screens: the start page, the projector, the attendee's phone, the moderator's tablet,
 * the note-taker's laptop, the speaker's view, the mic runner's phone, and the projector's QR code.
 * Each view is one static HTML file from {@code web/}, served at the room's address so links stay
 * short; a room's page comes with the room's snapshot inside it, so it shows the topic and the
 * notes at once, before its socket opens.
 */
public final class RoomPages implements RouteOwner {

  /** Where a page wants the snapshot: a {@code <script type="application/json">} element. */
  static final String SNAPSHOT_SLOT = "<!--snapshot-->";

  private final OpenRooms rooms;
  private final Access access;
  private final RoomVisibility visibility;
  private final Function<OpenRoom, String> snapshots;
  private final Function<String, ZoneId> zones;
  private final LongSupplier programmeVersion;
  private final KeptPages kept = new KeptPages();
  private final String home = WebFiles.text("index.html");
  private final String display = WebFiles.text("display/index.html");
  private final String moderate = WebFiles.text("moderate/index.html");
  private final String follow = WebFiles.text("follow/index.html");
  private final String takeNotes = WebFiles.text("notetaker/index.html");
  private final String denied = WebFiles.text("moderate/denied.html");
  private final String stage = WebFiles.text("stage/index.html");
  private final String mic = WebFiles.text("mic/index.html");

  /**
   * @param snapshots a room's snapshot as a viewer's socket starts with it
   * @param zones an event's time zone, by the event's slug
   * @param programmeVersion changes whenever the programme does (a name, a time zone)
   */
  public RoomPages(
      OpenRooms rooms,
      Access access,
      RoomVisibility visibility,
      Function<OpenRoom, String> snapshots,
      Function<String, ZoneId> zones,
      LongSupplier programmeVersion) {
    this.rooms = rooms;
    this.access = access;
    this.visibility = visibility;
    this.snapshots = snapshots;
    this.zones = zones;
    this.programmeVersion = programmeVersion;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(Routes.HOME.pattern(), ctx -> HtmlResponse.send(ctx, home));
    routes.get(Routes.DISPLAY.pattern(), ctx -> roomPage(ctx, display));
    routes.get(Routes.MODERATE.pattern(), ctx -> writerPage(ctx, moderate, Role::runsTheRoom));
    routes.get(Routes.TAKE_NOTES.pattern(), ctx -> writerPage(ctx, takeNotes, Role::mayCommand));
    routes.get(Routes.JOIN_CODE.pattern(), this::joinCode);
    routes.get(Routes.STAGE.pattern(), ctx -> writerPage(ctx, stage, Role::seesCues));
    routes.get(
        Routes.MIC.pattern(),
        ctx -> writerPage(ctx, mic, role -> role == Role.MIC_RUNNER || role.runsTheRoom()));
    routes.get(Routes.ROOM.pattern(), this::followPage);
  }

  private void roomPage(Context ctx, String page) {
    room(ctx).ifPresent(room -> HtmlResponse.send(ctx, withSnapshot(page, room)));
  }

  /**
   * The attendee's page, its notes and programme written in, for a phone that runs no script; made
   * once for what it shows and served as the same bytes until that changes (see {@link KeptPages}).
   */
  private void followPage(Context ctx) {
    room(ctx).ifPresent(room -> HtmlResponse.sendBytes(ctx, followPage(room)));
  }

  private byte[] followPage(OpenRoom room) {
    String snapshot = snapshots.apply(room);
    RoomService.Snapshot state = room.service().snapshot();
    KeptPages.Key key =
        new KeptPages.Key(snapshot, state.seq(), state.agenda(), programmeVersion.getAsLong());
    RoomSlug slug = room.info().slug();
    Optional<byte[]> page = kept.find(slug, key);
    if (page.isPresent()) {
      return page.get();
    }
    String rendered = FollowPage.render(follow, room, state, zones.apply(room.info().eventSlug()));
    byte[] made = withSnapshot(rendered, snapshot).getBytes(StandardCharsets.UTF_8);
    kept.keep(slug, key, made);
    return made;
  }

  /** Without a key that lets it write, a page says so, and offers nothing to press. */
  private void writerPage(Context ctx, String page, Predicate<Role> allowed) {
    Optional<OpenRoom> room = room(ctx);
    if (room.isEmpty()) {
      return;
    }
    boolean opens =
        access.roleIn(room.get().info().slug(), ctx.queryParam("key")).filter(allowed).isPresent();
    if (opens) {
      HtmlResponse.send(ctx, withSnapshot(page, room.get()));
    } else {
      ctx.status(403);
      HtmlResponse.send(
          ctx, denied.replace("<!--room-->", Markup.escape(room.get().info().slug().value())));
    }
  }

  private String withSnapshot(String page, OpenRoom room) {
    return withSnapshot(page, snapshots.apply(room));
  }

  private static String withSnapshot(String page, String snapshot) {
    return page.replace(SNAPSHOT_SLOT, scriptSafe(snapshot));
  }

  /** The QR code of the room's attendee page, for the projector. */
  private void joinCode(Context ctx) {
    room(ctx)
        .ifPresent(
            room ->
                ctx.header("Cache-Control", "no-cache")
                    .contentType("image/svg+xml")
                    .result(QrSvg.of(room.joinUrl())));
  }

  /**
   * The room in the address, if this request may see it (see {@link RoomVisibility}); else a 404
   * page, the same as for a room that does not exist.
   */
  private Optional<OpenRoom> room(Context ctx) {
    Optional<OpenRoom> room =
        rooms
            .find(ctx.pathParam("room"))
            .filter(found -> visibility.sees(ctx, found, ctx.queryParam("key")));
    if (room.isEmpty()) {
      ctx.status(404)
          .contentType("text/plain; charset=utf-8")
          .result("There is no room \"" + ctx.pathParam("room") + "\" on this server.");
    }
    return room;
  }

  /**
   * JSON inside a script element must not contain {@code </script>}; {@code <} never appears in
   * JSON outside a string, where {@code \u003c} means the same.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c");
  }
}
