package dev.gavel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.DeviceTokens;
import dev.gavel.http.ApiError;
import dev.gavel.http.RoomVisibility;
import dev.gavel.http.RouteOwner;
import dev.gavel.room.Answer;
import dev.gavel.room.AttendeeCommand;
import dev.gavel.room.QueueEntry;
import dev.gavel.room.QueueRules;
import dev.gavel.room.SpeakingQueue;
import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.runtime.CommandGate;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The attendees' way into the speaking queue: no secret, a device token instead, every request held
 * to the device's and the address's limits. Only hands go this way; the moderator's commands never
 * do.
 */
public final class QueueApi implements RouteOwner {

  /** The header that carries the device's token; the first answer gives one. */
  public static final String DEVICE_HEADER = "X-Gavel-Device";

  private final OpenRooms rooms;
  private final DeviceTokens tokens;
  private final PublicLimits limits;
  private final RoomVisibility visibility;
  private final ObjectMapper mapper;

  public QueueApi(
      OpenRooms rooms,
      RoomVisibility visibility,
      DeviceTokens tokens,
      PublicLimits limits,
      ObjectMapper mapper) {
    this.visibility = visibility;
    this.rooms = rooms;
    this.tokens = tokens;
    this.limits = limits;
    this.mapper = mapper;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(Routes.API_QUEUE.pattern(), this::raise);
    routes.delete(Routes.API_QUEUE_ENTRY.pattern(), this::withdraw);
    routes.post(Routes.API_PLUS_ONE.pattern(), this::plusOne);
  }

  /** A device as this request presents it: its token and the public id inside. */
  private record Device(String token, String id) {}

  private void raise(Context ctx) {
    OpenRoom room = room(ctx);
    Device device = device(ctx, true);
    JsonNode body = body(ctx);
    String name = text(body, "name").orElse("");
    Optional<String> point = text(body, "point").filter(p -> !p.isBlank());
    Optional<String> seat = text(body, "seat").filter(s -> !s.isBlank());
    QueueRules.invalidHand(name, point, seat)
        .ifPresent(
            problem -> {
              throw new ApiError(400, problem);
            });
    AttendeeCommand.RaiseHand hand =
        new AttendeeCommand.RaiseHand(device.id(), name, point, HandKinds.of(body), seat);
    Answer answer = run(room, hand);
    if (answer instanceof Answer.Refusal refusal) {
      refuse(ctx, refusal, device);
      return;
    }
    SpeakingQueue queue = room.service().snapshot().state().floor().queue();
    long entry =
        queue
            .waitingFrom(device.id())
            .or(
                () ->
                    Optional.ofNullable(queue.speaking())
                        .filter(s -> s.device().equals(device.id())))
            .map(QueueEntry::id)
            .orElse(queue.lastEntry());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", entry);
    result.put("device", device.token());
    ctx.status(201).json(result);
  }

  private void withdraw(Context ctx) {
    OpenRoom room = room(ctx);
    Device device = device(ctx, false);
    long entry = entry(ctx);
    answer(ctx, device, run(room, new AttendeeCommand.Withdraw(device.id(), entry)));
  }

  private void plusOne(Context ctx) {
    OpenRoom room = room(ctx);
    Device device = device(ctx, false);
    long entry = entry(ctx);
    answer(ctx, device, run(room, new AttendeeCommand.SecondPoint(device.id(), entry)));
  }

  private static void answer(Context ctx, Device device, Answer answer) {
    switch (answer) {
      case Answer.Ack ack -> ctx.json(Map.of("seq", ack.seq(), "device", device.token()));
      // A hand carries no log position it was based on, so none crosses another; were one to,
      // what the attendee asked for is done.
      case Answer.AlreadyDone done -> ctx.json(Map.of("seq", done.seq(), "device", device.token()));
      case Answer.Refusal refusal -> refuse(ctx, refusal, device);
    }
  }

  private static void refuse(Context ctx, Answer.Refusal refusal, Device device) {
    ctx.status(409).json(Map.of("error", refusal.reason(), "device", device.token()));
  }

  private static Answer run(OpenRoom room, AttendeeCommand command) {
    return switch (CommandGate.fromAttendee(room, "hand-" + UUID.randomUUID(), command)) {
      case CommandGate.Outcome.Done done -> done.answer();
      case CommandGate.Outcome.Unsaved unsaved -> throw new ApiError(503, unsaved.message());
      case CommandGate.Outcome.NotYours notYours -> throw new ApiError(403, notYours.reason());
      case CommandGate.Outcome.Malformed malformed -> throw new ApiError(400, malformed.message());
    };
  }

  /**
   * The request's device, held to its limits before anything else is read. A token this server did
   * not issue is refused; without one, raising a hand makes a new device.
   */
  private Device device(Context ctx, boolean mayBeNew) {
    String token = ctx.header(DEVICE_HEADER);
    if (token == null || token.isBlank()) {
      if (!mayBeNew) {
        throw new ApiError(400, "send the device's token in the " + DEVICE_HEADER + " header");
      }
      limited(ctx, null);
      String fresh = tokens.issue();
      return new Device(fresh, tokens.device(fresh).orElseThrow());
    }
    String id =
        tokens
            .device(token)
            .orElseThrow(
                () ->
                    new ApiError(
                        403,
                        "this device token was not issued by this server: forget it and raise"
                            + " your hand again without one"));
    limited(ctx, id);
    return new Device(token, id);
  }

  private void limited(Context ctx, String device) {
    OptionalLong wait = limits.take(ctx.ip(), device);
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(wait.getAsLong()));
      throw new ApiError(
          429,
          "too many requests from "
              + (device == null ? "this network address" : "this device")
              + ": try again in "
              + wait.getAsLong()
              + " seconds");
    }
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = mapper.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new ApiError(
            400, "send a JSON object such as {\"name\": \"Ada\", \"kind\": \"point\"}");
      }
      for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
        String field = names.next();
        if (!HandKinds.FIELDS.contains(field)) {
          throw new ApiError(400, "a hand takes no field \"" + field + "\"");
        }
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new ApiError(400, "\"" + field + "\" must be text");
    }
    return Optional.of(value.asText());
  }

  private static long entry(Context ctx) {
    return Route.id(ctx.pathParam("id"))
        .orElseThrow(
            () -> new ApiError(404, "there is no queue entry \"" + ctx.pathParam("id") + "\""));
  }

  /** The room in the address, if this request may see it: a draft's room takes no hands. */
  private OpenRoom room(Context ctx) {
    return visibility.apiRoom(ctx, rooms);
  }
}
