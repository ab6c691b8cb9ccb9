package dev.gavel.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.room.Answer;
import dev.gavel.room.RoomCommand;
import dev.gavel.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket edge of {@code /rooms/{room}/live}: checks who may connect before the upgrade,
 * sends each socket a snapshot and then the room's events (see {@link Wire} for the protocol), runs
 * moderators' commands through the room's service, and drops sockets that have gone silent.
 */
public final class LiveSocket {

  public static final String PATH = "/rooms/{room}/live";

  /** Close code for a socket that stopped answering pings. */
  static final int WENT_SILENT = 4408;

  private static final Logger LOG = LoggerFactory.getLogger(LiveSocket.class);
  private static final int MAX_COMMAND_ID = 100;
  private static final String UNSAVED =
      "the server could not save this (is its disk full?); nothing changed, try again";

  private final Rooms rooms;
  private final Access access;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final int outboxLimit;
  private final Duration silenceLimit;
  private final Map<String, Connection> bySession = new ConcurrentHashMap<>();

  public LiveSocket(
      Rooms rooms,
      Access access,
      ObjectMapper mapper,
      Clock clock,
      int outboxLimit,
      Duration silenceLimit) {
    this.rooms = rooms;
    this.access = access;
    this.mapper = mapper;
    this.clock = clock;
    this.outboxLimit = outboxLimit;
    this.silenceLimit = silenceLimit;
  }

  /**
   * Runs before the upgrade: an HTTP filter does not guard it. An unknown room is 404, a wrong key
   * 403, and a moderating socket opened from another site's page is 403 as well.
   */
  public void beforeUpgrade(Context ctx) {
    LiveRoom room = room(ctx.pathParam("room"));
    Role role =
        access
            .roleIn(room.info().slug(), ctx.queryParam("key"))
            .orElseThrow(() -> new ForbiddenResponse("that key does not open this room"));
    if (role.mayCommand() && !sameOrigin(ctx.header("Origin"), ctx.header("Host"))) {
      throw new ForbiddenResponse("a moderating socket must come from this server's own pages");
    }
  }

  /** A browser always sends Origin; scripts need not, and their secret is their guard. */
  static boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false; // an Origin that is not a URI is nobody's page
    }
  }

  public void configure(WsConfig ws) {
    ws.onConnect(this::connected);
    ws.onMessage(ctx -> received(ctx, ctx.message()));
    ws.onClose(ctx -> closed(ctx));
    ws.onError(ctx -> closed(ctx));
  }

  private void connected(WsContext ctx) {
    LiveRoom room = room(ctx.pathParam("room"));
    Role role = access.roleIn(room.info().slug(), ctx.queryParam("key")).orElse(Role.VIEWER);
    Connection connection = new Connection(ctx, role, outboxLimit, clock.millis());
    bySession.put(ctx.sessionId(), connection);
    room.join(connection);
  }

  private void closed(WsContext ctx) {
    Connection connection = bySession.remove(ctx.sessionId());
    if (connection != null) {
      rooms.find(ctx.pathParam("room")).ifPresent(room -> room.leave(connection));
    }
  }

  private void received(WsContext ctx, String text) {
    Connection connection = bySession.get(ctx.sessionId());
    LiveRoom room = rooms.find(ctx.pathParam("room")).orElse(null);
    if (connection == null || room == null) {
      return; // the socket is already closing; there is nobody left to answer
    }
    connection.heard(clock.millis());
    try {
      JsonNode message = parse(text);
      switch (message.path("type").asText()) {
        case "command" -> command(room, connection, message);
        case "ping" ->
            send(connection, new Wire.Pong("pong", message.get("t"), clock.millis()));
        case "pong" -> {
          // being heard from is all a pong is for
        }
        case "resync" -> room.resync(connection);
        default ->
            throw new MalformedMessage(
                "unknown message type \"" + message.path("type").asText() + "\"");
      }
    } catch (MalformedMessage e) {
      send(connection, new Wire.Error("error", e.getMessage()));
    } catch (StoreException e) {
      LOG.error("room {}: a command could not be saved", room.info().slug(), e);
      send(connection, new Wire.Error("error", UNSAVED));
    }
  }

  private void command(LiveRoom room, Connection connection, JsonNode message) {
    String id = message.path("id").asText("");
    if (id.isBlank() || id.length() > MAX_COMMAND_ID) {
      throw new MalformedMessage("a command needs an \"id\" of 1 to 100 characters");
    }
    RoomCommand command = CommandDecoder.decode(message.get("command"));
    if (!connection.role.may(command)) {
      send(
          connection,
          new Wire.Refused(
              "refused", id, room.service().snapshot().seq(), connection.role.refusal()));
      return;
    }
    Answer answer;
    try {
      answer = room.service().handle(id, command);
    } catch (StoreException e) {
      LOG.error("room {}: command {} could not be saved", room.info().slug(), id, e);
      send(connection, new Wire.Unsaved("error", id, UNSAVED));
      return;
    }
    send(
        connection,
        switch (answer) {
          case Answer.Ack ack -> new Wire.Ack("ack", id, ack.seq());
          case Answer.Refusal refusal ->
              new Wire.Refused("refused", id, refusal.seq(), refusal.reason());
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

  private void send(Connection connection, Object message) {
    connection.outbox.offer(mapper.valueToTree(message).toString());
  }

  /**
   * Pings every socket, so clients hear from a server that has nothing else to say, and closes
   * those not heard from within the silence limit: a socket that looks open but carries nothing.
   */
  public void heartbeat() {
    long now = clock.millis();
    String ping = mapper.valueToTree(new Wire.Ping("ping", now)).toString();
    for (LiveRoom room : rooms.all()) {
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
        .orElseThrow(() -> new NotFoundResponse("there is no room \"" + slug + "\""));
  }
}
