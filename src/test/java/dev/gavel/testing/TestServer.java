package dev.gavel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.Config;
import dev.gavel.Gavel;
import dev.gavel.access.Access;
import dev.gavel.programme.DemoProgramme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A real Gavel server for a test: its own SQLite file in the test's folder, loopback only, any free
 * port, and a quick heartbeat so that silent sockets are found within seconds. The silence limit
 * leaves a healthy client room for a busy machine (a build beside it can stall a test's threads for
 * a second), and is still well inside the few seconds a test waits for a silent socket.
 */
public final class TestServer implements AutoCloseable {

  public static final String ORGANISER_SECRET = "organiser-secret-for-tests";
  public static final String ROOM = DemoProgramme.ROOM_SLUG;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Config config;
  private final int port;
  private Gavel gavel;
  private boolean running;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(Config config) {
    this.config = config;
    this.gavel = Gavel.start(config);
    this.port = gavel.port();
    this.running = true;
  }

  public static TestServer start(Path dataDir) {
    return start(dataDir, config -> config);
  }

  /** A server on this clock: a {@link ManualClock} holds the room's time still. */
  public static TestServer start(Path dataDir, Clock clock) {
    return start(dataDir, config -> config.withClock(clock));
  }

  /** A test server with some of its settings changed from the usual test ones. */
  public static TestServer start(Path dataDir, UnaryOperator<Config> changes) {
    return new TestServer(
        changes.apply(
            production(dataDir).withLiveness(Duration.ofMillis(300), Duration.ofSeconds(4), 64)));
  }

  /** With the heartbeat and queue limits a real server has: for benchmarks. */
  public static TestServer startAsInProduction(Path dataDir) {
    return new TestServer(production(dataDir));
  }

  private static Config production(Path dataDir) {
    return Config.defaults(dataDir)
        .withHost("127.0.0.1")
        .withPort(0)
        .withOrganiserSecret(ORGANISER_SECRET);
  }

  /** The same database, started again: what a restart (or a crash and a restart) does. */
  public TestServer restart() {
    close();
    return new TestServer(config);
  }

  public int port() {
    return port;
  }

  /** Stops the server, as an outage or a restart does; {@link #startAgain} brings it back. */
  public void stop() {
    gavel.close();
    running = false;
  }

  /** The same database on the same port, so that the pages find it where it was. */
  public void startAgain() {
    gavel = Gavel.start(config.withPort(port));
    running = true;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public String moderatorKey() {
    return gavel.rooms().getFirst().moderatorSecret();
  }

  public String notesKey() {
    return gavel.rooms().getFirst().notesSecret();
  }

  /** The moderator's secret of the room with this slug. */
  public String moderatorKey(String room) {
    return gavel.rooms().stream()
        .filter(info -> info.slug().value().equals(room))
        .findFirst()
        .orElseThrow()
        .moderatorSecret();
  }

  public String notesKey(String room) {
    return gavel.rooms().stream()
        .filter(info -> info.slug().value().equals(room))
        .findFirst()
        .orElseThrow()
        .notesSecret();
  }

  /** The speaker's view's secret, as the start-up prints it in its link. */
  public String stageKey() {
    return Access.stageSecret(gavel.rooms().getFirst());
  }

  public String micKey() {
    return Access.micSecret(gavel.rooms().getFirst());
  }

  /** Raises a hand with this device token (null for a new device); the body is the hand's JSON. */
  public HttpResponse<String> raiseHand(String device, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/api/rooms/" + ROOM + "/queue"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (device != null) {
      request.header("X-Gavel-Device", device);
    }
    return send(request.build());
  }

  public URI socket(String key) {
    return socket(ROOM, key);
  }

  public URI socket(String room, String key) {
    return URI.create(
        "ws://127.0.0.1:" + port + "/rooms/" + room + "/live" + (key == null ? "" : "?key=" + key));
  }

  public LiveClient viewer() {
    return LiveClient.connect(socket(null));
  }

  public LiveClient moderator() {
    return LiveClient.connect(socket(moderatorKey()));
  }

  public Gavel gavel() {
    return gavel;
  }

  public HttpClient http() {
    return http;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  /** POSTs a command to the room with the moderator's secret. */
  public HttpResponse<String> command(String json) {
    return command(json, moderatorKey());
  }

  public HttpResponse<String> command(String json, String secret) {
    return command(ROOM, json, secret);
  }

  public HttpResponse<String> command(String room, String json, String secret) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/api/rooms/" + room + "/commands"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    return send(request.build());
  }

  /** POSTs a body of this type, with this bearer secret when not null. */
  public HttpResponse<String> post(String path, String contentType, byte[] body, String secret) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    return send(request.build());
  }

  /**
   * A form as a browser on this server's pages sends it (a GET when {@code fields} is null), with
   * the secret as a bearer or none.
   */
  public HttpResponse<String> form(String secret, String path, Map<String, String> fields) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path)).header("Origin", base());
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    if (fields == null) {
      return send(request.GET().build());
    }
    return send(
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
            .build());
  }

  /** The fields URL-encoded, as a form's body. */
  public static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public JsonNode state() {
    return json(get("/api/rooms/" + ROOM + "/state").body());
  }

  /** The room's phase: idle, presentation or discussion. */
  public String phase() {
    return state().get("phase").asText();
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (running) {
      gavel.close();
      running = false;
    }
  }
}
