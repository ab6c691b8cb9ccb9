package dev.gavel.http;

import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pages people open: each view is one static HTML file from {@code web/}, served at the room's
 * address so links stay short and readable. A room's page comes with the room's snapshot inside it,
 * so it shows the topic and the notes at once, before its socket is even open.
 */
public final class Pages {

  /** Where a page wants the snapshot: a {@code <script type="application/json">} element. */
  static final String SNAPSHOT_SLOT = "<!--snapshot-->";

  private final OpenRooms rooms;
  private final Access access;
  private final Function<OpenRoom, String> snapshots;
  private final String home = page("index.html");
  private final String display = page("display/index.html");
  private final String moderate = page("moderate/index.html");
  private final String follow = page("follow/index.html");
  private final String takeNotes = page("notetaker/index.html");
  private final String denied = page("moderate/denied.html");

  /**
   * @param snapshots a room's snapshot as a viewer's socket starts with it
   */
  public Pages(OpenRooms rooms, Access access, Function<OpenRoom, String> snapshots) {
    this.rooms = rooms;
    this.access = access;
    this.snapshots = snapshots;
  }

  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> HtmlResponse.send(ctx, home));
    routes.get("/rooms/{room}/display", ctx -> roomPage(ctx, display));
    routes.get("/rooms/{room}/moderate", ctx -> writerPage(ctx, moderate, Role::runsTheRoom));
    routes.get("/rooms/{room}/notes", ctx -> writerPage(ctx, takeNotes, Role::mayCommand));
    routes.get("/rooms/{room}/join.svg", this::joinCode);
    routes.get("/rooms/{room}", ctx -> roomPage(ctx, follow));
  }

  private void roomPage(Context ctx, String page) {
    Optional<OpenRoom> room = room(ctx);
    if (room.isPresent()) {
      HtmlResponse.send(ctx, page.replace(SNAPSHOT_SLOT, scriptSafe(snapshots.apply(room.get()))));
    }
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
      HtmlResponse.send(ctx, page.replace(SNAPSHOT_SLOT, scriptSafe(snapshots.apply(room.get()))));
    } else {
      ctx.status(403);
      HtmlResponse.send(ctx, denied.replace("<!--room-->", room.get().info().slug().value()));
    }
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

  private Optional<OpenRoom> room(Context ctx) {
    Optional<OpenRoom> room = rooms.find(ctx.pathParam("room"));
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

  static String page(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the page web/" + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
