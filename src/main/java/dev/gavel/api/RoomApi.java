package dev.gavel.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.http.ApiError;
import dev.gavel.http.Bearer;
import dev.gavel.http.RoomVisibility;
import dev.gavel.http.RouteOwner;
import dev.gavel.room.Answer;
import dev.gavel.room.RoomService;
import dev.gavel.route.Routes;
import dev.gavel.runtime.CommandDecoder;
import dev.gavel.runtime.CommandGate;
import dev.gavel.runtime.MalformedMessage;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The automation API, for scripts and button boxes. Reading needs nothing; commanding needs the
 * room's moderator secret (or the organiser's) as {@code Authorization: Bearer <secret>}.
 */
public final class RoomApi implements RouteOwner {

  private final OpenRooms rooms;
  private final Access access;
  private final RoomVisibility visibility;
  private final ObjectMapper mapper;
  private final Clock clock;

  public RoomApi(
      OpenRooms rooms, Access access, RoomVisibility visibility, ObjectMapper mapper, Clock clock) {
    this.rooms = rooms;
    this.access = access;
    this.visibility = visibility;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(Routes.API_ROOMS.pattern(), this::listRooms);
    routes.get(Routes.API_STATE.pattern(), this::state);
    routes.post(Routes.API_COMMANDS.pattern(), this::command);
  }

  private void listRooms(Context ctx) {
    ctx.json(
        rooms.all().stream()
            .filter(room -> visibility.sees(ctx, room, Bearer.secret(ctx)))
            .map(
                room -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("slug", room.info().slug().value());
                  entry.put("name", room.info().name());
                  entry.put("event", room.info().eventSlug());
                  entry.put("display", Routes.DISPLAY.path(room.info().slug().value()));
                  entry.put("follow", Routes.ROOM.path(room.info().slug().value()));
                  room.damage()
                      .ifPresent(damage -> entry.put("damaged", CommandGate.closed(damage)));
                  return entry;
                })
            .toList());
  }

  private void state(Context ctx) {
    OpenRoom room = room(ctx);
    RoomService.Snapshot snapshot = room.service().snapshot();
    ObjectNode body = mapper.createObjectNode();
    body.put("room", room.info().slug().value());
    body.put("seq", snapshot.seq());
    body.put("serverTime", clock.millis());
    body.setAll((ObjectNode) mapper.valueToTree(room.view(snapshot)));
    ctx.contentType("application/json").result(body.toString());
  }

  private void command(Context ctx) {
    OpenRoom room = room(ctx);
    if (!Bearer.present(ctx)) {
      throw new ApiError(401, "commands need \"Authorization: Bearer <moderator secret>\"");
    }
    Role role =
        access
            .roleIn(room.info().slug(), Bearer.secret(ctx))
            .filter(Role::mayCommand)
            .orElseThrow(() -> new ApiError(403, "that secret does not open this room"));
    JsonNode body = body(ctx);
    switch (CommandGate.pass(room, role, commandId(ctx, body), body)) {
      case CommandGate.Outcome.Done(Answer.Ack ack) -> answer(ctx, 200, ack.seq(), null, role);
      case CommandGate.Outcome.Done(Answer.AlreadyDone done) -> alreadyDone(ctx, done, role);
      case CommandGate.Outcome.Done(Answer.Refusal refusal) ->
          answer(ctx, 409, refusal.seq(), refusal.reason(), role);
      case CommandGate.Outcome.NotYours notYours -> throw new ApiError(403, notYours.reason());
      case CommandGate.Outcome.Malformed malformed -> throw new ApiError(400, malformed.message());
      case CommandGate.Outcome.Unsaved unsaved -> throw new ApiError(503, unsaved.message());
    }
  }

  /** Done already by the same command from another sender, which crossed this one. */
  private static void alreadyDone(Context ctx, Answer.AlreadyDone done, Role role) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seq", done.seq());
    result.put("alreadyDone", true);
    result.put("role", role.wireName());
    ctx.status(200).json(result);
  }

  private static void answer(Context ctx, int status, long seq, String error, Role role) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seq", seq);
    if (error != null) {
      result.put("error", error);
    }
    result.put("role", role.wireName());
    ctx.status(status).json(result);
  }

  /**
   * The client's id for the command, so a retry takes effect once: the {@code Idempotency-Key}
   * header or the body's {@code commandId}. Scripts may leave it out and get a fresh one.
   */
  private static String commandId(Context ctx, JsonNode body) {
    String id = ctx.header("Idempotency-Key");
    if (id == null && body.hasNonNull("commandId")) {
      id = body.get("commandId").asText();
    }
    return id == null ? "http-" + UUID.randomUUID() : id;
  }

  /**
   * The command's JSON. The body must be sent as {@code application/json} (UTF-8 if a charset is
   * named) and read as strictly as a socket's message.
   */
  private static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (!isJson(type)) {
      throw new ApiError(
          415,
          type == null
              ? "send the command with \"Content-Type: application/json\""
              : "send the command as application/json, not " + type);
    }
    if (ctx.body().isBlank()) {
      throw new ApiError(
          400, "the body is empty: send a JSON command such as {\"type\": \"nextSlide\"}");
    }
    try {
      return CommandDecoder.read(ctx.body());
    } catch (MalformedMessage e) {
      throw new ApiError(400, "the body is " + e.getMessage());
    }
  }

  /** {@code application/json}, perhaps with {@code charset=utf-8}, and nothing else. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!parameter.equals("charset=utf-8")) {
        return false;
      }
    }
    return true;
  }

  /** The room in the address, if this request may see it (see {@link RoomVisibility}). */
  private OpenRoom room(Context ctx) {
    return visibility.apiRoom(ctx, rooms);
  }
}
