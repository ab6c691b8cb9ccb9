package dev.gavel;

import dev.gavel.http.ReaderLane;
import dev.gavel.room.TimerThresholds;
import dev.gavel.site.Rendering;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a server is started with.
 *
 * @param port 0 for any free port (tests)
 * @param organiserSecret the organiser's secret; empty to use the stored one, or make one
 * @param newOrganiserSecret replace the stored organiser's secret with a new one
 * @param publicUrl the address people in the room use, for printed links and the QR code; empty to
 *     use the machine's first network address
 * @param heartbeat how long a socket that may command or sees the stage may be silent before it is
 *     pinged
 * @param silenceLimit how long such a socket may say nothing before it is closed
 * @param viewerHeartbeat how long a plain viewer's socket may be silent before it is pinged
 * @param viewerSilenceLimit how long a plain viewer's socket may say nothing before it is closed
 * @param outboxLimit how many messages a socket may fall behind before it is dropped
 * @param outboxBytes how many bytes a socket may fall behind before it is dropped
 * @param rendering how many session pages anonymous readers may have rendered at once
 * @param readers how many anonymous reads are worked on at once, and how many may wait
 */
public record Config(
    String host,
    int port,
    Path dataDir,
    boolean demo,
    Optional<String> organiserSecret,
    boolean newOrganiserSecret,
    Optional<String> publicUrl,
    TimerThresholds thresholds,
    Duration heartbeat,
    Duration silenceLimit,
    Duration viewerHeartbeat,
    Duration viewerSilenceLimit,
    int outboxLimit,
    long outboxBytes,
    Clock clock,
    Rendering rendering,
    ReaderLane.Limits readers) {

  public static final int DEFAULT_PORT = 7070;

  public static Config defaults(Path dataDir) {
    return new Config(
        "0.0.0.0",
        DEFAULT_PORT,
        dataDir,
        true,
        Optional.empty(),
        false,
        Optional.empty(),
        TimerThresholds.standard(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        Duration.ofSeconds(60),
        Duration.ofSeconds(150),
        512,
        4L * 1024 * 1024,
        Clock.systemDefaultZone(),
        Rendering.standard(),
        ReaderLane.Limits.standard());
  }

  public Path databaseFile() {
    return dataDir.resolve("gavel.db");
  }

  public Config withPort(int port) {
    Draft draft = new Draft(this);
    draft.port = port;
    return draft.done();
  }

  public Config withHost(String host) {
    Draft draft = new Draft(this);
    draft.host = host;
    return draft.done();
  }

  public Config withDemo(boolean demo) {
    Draft draft = new Draft(this);
    draft.demo = demo;
    return draft.done();
  }

  public Config withOrganiserSecret(String secret) {
    Draft draft = new Draft(this);
    draft.organiserSecret = Optional.ofNullable(secret);
    return draft.done();
  }

  /** Replaces the stored organiser's secret at this start; the old one stops working. */
  public Config withNewOrganiserSecret(boolean renew) {
    Draft draft = new Draft(this);
    draft.newOrganiserSecret = renew;
    return draft.done();
  }

  public Config withPublicUrl(String url) {
    Draft draft = new Draft(this);
    draft.publicUrl = Optional.ofNullable(url).map(u -> u.replaceAll("/+$", ""));
    return draft.done();
  }

  public Config withOutboxBytes(long outboxBytes) {
    Draft draft = new Draft(this);
    draft.outboxBytes = outboxBytes;
    return draft.done();
  }

  public Config withClock(Clock clock) {
    Draft draft = new Draft(this);
    draft.clock = clock;
    return draft.done();
  }

  /** How many of the session pages may be rendered at once (see {@link Rendering}). */
  public Config withRendering(Rendering rendering) {
    Draft draft = new Draft(this);
    draft.rendering = rendering;
    return draft.done();
  }

  /** How many anonymous reads are worked on at once (see {@link ReaderLane}). */
  public Config withReaders(ReaderLane.Limits readers) {
    Draft draft = new Draft(this);
    draft.readers = readers;
    return draft.done();
  }

  /** The same heartbeat for every socket, plain viewers included. */
  public Config withLiveness(Duration heartbeat, Duration silenceLimit, int outboxLimit) {
    Draft draft = new Draft(this);
    draft.heartbeat = heartbeat;
    draft.silenceLimit = silenceLimit;
    draft.viewerHeartbeat = heartbeat;
    draft.viewerSilenceLimit = silenceLimit;
    draft.outboxLimit = outboxLimit;
    return draft.done();
  }

  /** A copy being changed, so that each {@code with…} names only what it changes. */
  private static final class Draft {
    String host;
    int port;
    Path dataDir;
    boolean demo;
    Optional<String> organiserSecret;
    boolean newOrganiserSecret;
    Optional<String> publicUrl;
    TimerThresholds thresholds;
    Duration heartbeat;
    Duration silenceLimit;
    Duration viewerHeartbeat;
    Duration viewerSilenceLimit;
    int outboxLimit;
    long outboxBytes;
    Clock clock;
    Rendering rendering;
    ReaderLane.Limits readers;

    Draft(Config config) {
      host = config.host;
      port = config.port;
      dataDir = config.dataDir;
      demo = config.demo;
      organiserSecret = config.organiserSecret;
      newOrganiserSecret = config.newOrganiserSecret;
      publicUrl = config.publicUrl;
      thresholds = config.thresholds;
      heartbeat = config.heartbeat;
      silenceLimit = config.silenceLimit;
      viewerHeartbeat = config.viewerHeartbeat;
      viewerSilenceLimit = config.viewerSilenceLimit;
      outboxLimit = config.outboxLimit;
      outboxBytes = config.outboxBytes;
      clock = config.clock;
      rendering = config.rendering;
      readers = config.readers;
    }

    Config done() {
      return new Config(
          host,
          port,
          dataDir,
          demo,
          organiserSecret,
          newOrganiserSecret,
          publicUrl,
          thresholds,
          heartbeat,
          silenceLimit,
          viewerHeartbeat,
          viewerSilenceLimit,
          outboxLimit,
          outboxBytes,
          clock,
          rendering,
          readers);
    }
  }
}
