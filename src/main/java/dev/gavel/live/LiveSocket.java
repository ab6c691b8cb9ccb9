package dev.gavel.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.access.SameOrigin;
import dev.gavel.room.Answer;
import dev.gavel.room.Sender;
import dev.gavel.runtime.CommandDecoder;
import dev.gavel.runtime.CommandGate;
import dev.gavel.runtime.MalformedMessage;
import dev.gavel.runtime.OpenRoom;
import dev.gavel.runtime.OpenRooms;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * The WebSocket edge of {@code /rooms/{room}/live}: checks who may connect before the upgrade,
 * sends each socket a snapshot and then the room's events (see {@link Wire} for the protocol),
 * hands moderators' commands to the {@link CommandGate}, and drops sockets that have gone silent.
 */
public final class LiveSocket {

  /** Close code for a socket that stopped answering pings. */
  static final int WENT_SILENT = 4408;

  private final OpenRooms rooms;
  private final Map<OpenRoom, LiveRoom> watched = new ConcurrentHashMap<>();
  private final Access access;
  private final ObjectMapper mapper;
  private final WireWriter wire;
  private final Clock clock;
  private final int outboxLimit;
  private final Duration silenceLimit;
  private final Map<String, Connection> bySession = new ConcurrentHashMap<>();
  private final AtomicLong connectionCount = new AtomicLong();

  public LiveSocket(
      OpenRooms rooms,
      Access access,
      ObjectMapper mapper,
      Clock clock,
      int outboxLimit,
      Duration silenceLimit) {
    this.rooms = rooms;
    this.access = access;
    this.mapper = mapper;
    this.wire = new WireWriter(mapper);
    this.clock = clock;
    this.outboxLimit = outboxLimit;
    this.silenceLimit = silenceLimit;
  }

  /**
   * Runs before the upgrade: an HTTP filter does not guard it. An unknown room is 404, a wrong key
   * 403, and a moderating socket opened from another site's page is 403 as well.
   */
  public void beforeUpgrade(Context ctx) {
    OpenRoom room = room(ctx.pathParam("room")).room();
    Role role =
        access
            .roleIn(room.info().slug(), ctx.queryParam("key"))
            .orElseThrow(() -> new ForbiddenResponse("that key does not open this room"));
    if (role.mayCommand() && !SameOrigin.test(ctx.header("Origin"), ctx.host())) {
      throw new ForbiddenResponse("a moderating socket must come from this server's own pages");
    }
  }

  public void configure(WsConfig ws) {
    ws.onConnect(this::connected);
    ws.onMessage(ctx -> received(ctx, ctx.message()));
    ws.onClose(ctx -> closed(ctx));
    ws.onError(ctx -> closed(ctx));
  }

  /** A page's first snapshot, the same a viewer's socket starts with. */
  public String viewerSnapshot(OpenRoom room) {
    return watch(room).viewerSnapshot();
  }

  private void connected(WsContext ctx) {
    LiveRoom room = room(ctx.pathParam("room"));
    Role role = access.roleIn(room.room().info().slug(), ctx.queryParam("key")).orElse(Role.VIEWER);
    Sender sender = new Sender("s" + connectionCount.incrementAndGet(), givenName(ctx));
    Connection connection = new Connection(ctx, role, sender, outboxLimit, clock.millis());
    bySession.put(ctx.sessionId(), connection);
    room.join(connection);
  }

  /** The name a tablet or note-taker gave with {@code ?name=}; one it may not have is dropped. */
  private static String givenName(WsContext ctx) {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return CommandDecoder.checkName(name.strip());
    } catch (MalformedMessage e) {
      return null;
    }
  }

  private void closed(WsContext ctx) {
    Connection connection = bySession.remove(ctx.sessionId());
    if (connection != null) {
      rooms.find(ctx.pathParam("room")).map(watched::get).ifPresent(room -> room.leave(connection));
    }
  }

  private void received(WsContext ctx, String text) {
    Connection connection = bySession.get(ctx.sessionId());
    LiveRoom room = rooms.find(ctx.pathParam("room")).map(watched::get).orElse(null);
    if (connection == null || room == null) {
      return; // the socket is already closing; there is nobody left to answer
    }
    connection.heard(clock.millis());
    try {
      JsonNode message = parse(text);
      switch (message.path("type").asText()) {
        case "command" -> command(room, connection, message);
        case "ping" -> send(connection, new Wire.Pong(message.get("t"), clock.millis()));
        case "pong" -> {
          // being heard from is all a pong is for
        }
        case "resync" -> room.resync(connection);
        default ->
            throw new MalformedMessage(
                "unknown message type \"" + message.path("type").asText() + "\"");
      }
    } catch (MalformedMessage e) {
      send(connection, new Wire.Error(e.getMessage()));
    }
  }

  private void command(LiveRoom room, Connection connection, JsonNode message) {
    String id = message.path("id").asText("");
    send(
        connection,
        switch (CommandGate.pass(
            room.room(), connection.role, id, message.get("command"), connection.sender)) {
          case CommandGate.Outcome.Done(Answer.Ack ack) -> new Wire.Ack(id, ack.seq());
          case CommandGate.Outcome.Done(Answer.AlreadyDone done) ->
              new Wire.Ack(id, done.seq(), room.labelOf(done.by()));
          case CommandGate.Outcome.Done(Answer.Refusal refusal) ->
              new Wire.Refused(id, refusal.seq(), refusal.reason());
          case CommandGate.Outcome.NotYours notYours ->
              new Wire.Refused(id, notYours.seq(), notYours.reason());
          case CommandGate.Outcome.Malformed malformed -> new Wire.Error(malformed.message());
          case CommandGate.Outcome.Unsaved unsaved -> new Wire.Error(unsaved.message(), id);
        });
  }

  private JsonNode parse(String text) {
    try {
      JsonNode message = mapper.readTree(text);
      if (message == null || !message.isObject()) {
        throw new MalformedMessage("a message is a JSON object with a \"type\"");
      }
      return message;
    } catch (JsonProcessingException e) {
      throw new MalformedMessage("not valid JSON: " + e.getOriginalMessage());
    }
  }

  private void send(Connection connection, Wire message) {
    connection.outbox.offer(wire.write(message));
  }

  /**
   * Pings every socket, so clients hear from a server that has nothing else to say, and closes
   * those not heard from within the silence limit: a socket that looks open but carries nothing.
   */
  public void heartbeat() {
    long now = clock.millis();
    String ping = wire.write(new Wire.Ping(now));
    for (LiveRoom room : watched.values()) {
      for (Connection connection : room.connections) {
        if (connection.silentFor(now) > silenceLimit.toMillis()) {
          room.leave(connection);
          connection.context.session.close(WENT_SILENT, "no answer to pings", Callback.NOOP);
        } else {
          connection.outbox.offer(ping);
        }
      }
    }
  }

  private LiveRoom room(String slug) {
    return rooms
        .find(slug)
        .map(this::watch)
        .orElseThrow(() -> new NotFoundResponse("there is no room \"" + slug + "\""));
  }

  /** The room's sockets; the first to watch a room starts listening to it. */
  private LiveRoom watch(OpenRoom room) {
    return watched.computeIfAbsent(room, open -> new LiveRoom(open, wire, mapper, clock));
  }
}
