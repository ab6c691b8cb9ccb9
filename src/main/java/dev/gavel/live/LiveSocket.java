package dev.gavel.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.access.Access;
import dev.gavel.access.Role;
import dev.gavel.access.SameOrigin;
import dev.gavel.json.EventCodec;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket edge of {@code /rooms/{room}/live}: checks who may connect before the upgrade,
 * sends each socket a snapshot (or, to one that comes back, what it missed) and then the room's
 * events (see {@link Wire} for the protocol), hands moderators' commands to the {@link
 * CommandGate}, and drops sockets that have gone silent or flood it.
 */
public final class LiveSocket implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveSocket.class);

  /** Close code for a socket that stopped answering pings. */
  static final int WENT_SILENT = Heartbeat.WENT_SILENT;

  /** Close code for a socket that asks for more snapshots than any page would. */
  static final int FLOODING = 1008;

  private final OpenRooms rooms;
  private final Map<OpenRoom, LiveRoom> watched = new ConcurrentHashMap<>();
  private final Access access;
  private final ObjectMapper mapper;
  private final WireWriter wire;
  private final EventCodec codec;
  private final Clock clock;
  private final LiveLimits limits;
  private final Heartbeat heartbeat;
  private final Walkers walkers = Walkers.forThisMachine();
  private final Map<String, Connection> bySession = new ConcurrentHashMap<>();
  private final AtomicLong connectionCount = new AtomicLong();

  public LiveSocket(
      OpenRooms rooms, Access access, ObjectMapper mapper, Clock clock, LiveLimits limits) {
    this.rooms = rooms;
    this.access = access;
    this.mapper = mapper;
    this.wire = new WireWriter(mapper);
    this.codec = new EventCodec(mapper);
    this.clock = clock;
    this.limits = limits;
    this.heartbeat =
        new Heartbeat(
            new Heartbeat.Pace(limits.heartbeat().toMillis(), limits.silenceLimit().toMillis()),
            new Heartbeat.Pace(
                limits.viewerHeartbeat().toMillis(), limits.viewerSilenceLimit().toMillis()));
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
    CoreSession session = ((WebSocketSession) ctx.session).getCoreSession();
    Sender sender = new Sender("s" + connectionCount.incrementAndGet(), givenName(ctx));
    Connection connection =
        new Connection(
            session,
            framesIn(session),
            role,
            sender,
            new Outbox(session, limits.outboxMessages(), limits.outboxBytes()),
            room,
            new ResyncAllowance(limits.resyncBurst(), limits.resyncPeriod().toMillis()),
            heartbeat.offset(role, ctx.sessionId().hashCode()),
            clock.millis());
    bySession.put(ctx.sessionId(), connection);
    heartbeat.add(connection);
    room.join(connection, ResumeToken.parse(ctx.queryParam("resume")).orElse(null));
  }

  /** Every frame the socket sent, as Jetty counts them, pongs to our pings included. */
  private static LongSupplier framesIn(CoreSession session) {
    return session instanceof WebSocketCoreSession core && core.getConnection() != null
        ? core.getConnection()::getMessagesIn
        : () -> 0;
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
      heartbeat.remove(connection);
      connection.room.leave(connection);
    }
  }

  private void received(WsContext ctx, String text) {
    Connection connection = bySession.get(ctx.sessionId());
    if (connection == null) {
      return; // the socket is already closing; there is nobody left to answer
    }
    long now = clock.millis();
    connection.heard(now);
    try {
      JsonNode message = parse(text);
      switch (message.path("type").asText()) {
        case "command" -> command(connection.room, connection, message);
        case "ping" -> send(connection, new Wire.Pong(message.get("t"), now));
        case "pong" -> {
          // being heard from is all a pong is for
        }
        case "resync" -> {
          if (connection.mayResync(now)) {
            connection.room.resync(connection);
          } else {
            connection.room.leave(connection);
            connection.close(FLOODING, "too many resyncs");
          }
        }
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
    JsonNode message = CommandDecoder.read(text);
    if (!message.isObject()) {
      throw new MalformedMessage("a message is a JSON object with a \"type\"");
    }
    return message;
  }

  private void send(Connection connection, Wire message) {
    connection.outbox.offer(wire.frame(message));
  }

  /** How often {@link #heartbeat} should run. */
  public long heartbeatMillis() {
    return heartbeat.tickMillis();
  }

  /** How long any socket may stay silent before the heartbeat closes it. */
  public Duration longestSilence() {
    return Duration.ofMillis(heartbeat.longestSilenceMillis());
  }

  /** Pings the sockets that are due and closes those gone silent; see {@link Heartbeat}. */
  public void heartbeat() {
    try {
      heartbeat.tick(clock.millis());
    } catch (RuntimeException e) {
      // Thrown out of a scheduled task, it would stop every later heartbeat.
      LOG.error("the heartbeat failed; it runs again at its next turn", e);
    }
  }

  /** What the room's sockets have not taken yet, in bytes: what they hold the server to. */
  public long queuedBytes(OpenRoom room) {
    long bytes = 0;
    for (Connection connection : sockets(room)) {
      bytes += connection.outbox.queuedBytes();
    }
    return bytes;
  }

  /** How many sockets watch the room. */
  public int socketCount(OpenRoom room) {
    int count = 0;
    for (Connection connection : sockets(room)) {
      count++;
    }
    return count;
  }

  private Iterable<Connection> sockets(OpenRoom room) {
    LiveRoom live = watched.get(room);
    return live == null ? List.of() : live.connections();
  }

  private LiveRoom room(String slug) {
    return rooms
        .find(slug)
        .map(this::watch)
        .orElseThrow(() -> new NotFoundResponse("there is no room \"" + slug + "\""));
  }

  /** The room's sockets; the first to watch a room starts listening to it. */
  private LiveRoom watch(OpenRoom room) {
    return watched.computeIfAbsent(
        room,
        open -> {
          NoteViews notes = new NoteViews();
          return new LiveRoom(
              open,
              wire,
              codec,
              notes,
              new Snapshots(open, wire, notes, clock),
              new KeptFrames(limits.keptEvents(), limits.keptBytes()),
              Executors.newSingleThreadExecutor(
                  Thread.ofPlatform()
                      .daemon()
                      .name("gavel-room-" + open.info().slug().value())
                      .factory()),
              walkers);
        });
  }

  /** Stops every room's outgoing sequence, and their helpers. */
  @Override
  public void close() {
    watched.values().forEach(LiveRoom::close);
    walkers.close();
  }
}
