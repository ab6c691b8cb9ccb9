package dev.gavel;

import dev.gavel.room.TimerThresholds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a server is started with.
 *
 * @param port 0 for any free port (tests)
 * @param organiserSecret the organiser's secret; empty to use the stored one, or make one
 * @param publicUrl the address people in the room use, for printed links and the QR code; empty to
 *     use the machine's first network address
 * @param heartbeat how often every socket is pinged and silent ones are looked for
 * @param silenceLimit how long a socket may say nothing before it is closed
 * @param outboxLimit how many messages a socket may fall behind before it is dropped
 */
public record Config(
    String host,
    int port,
    Path dataDir,
    boolean demo,
    Optional<String> organiserSecret,
    Optional<String> publicUrl,
    TimerThresholds thresholds,
    Duration heartbeat,
    Duration silenceLimit,
    int outboxLimit,
    Clock clock) {

  public static final int DEFAULT_PORT = 7070;

  public static Config defaults(Path dataDir) {
    return new Config(
        "0.0.0.0",
        DEFAULT_PORT,
        dataDir,
        true,
        Optional.empty(),
        Optional.empty(),
        TimerThresholds.standard(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        512,
        Clock.systemDefaultZone());
  }

  public Path databaseFile() {
    return dataDir.resolve("gavel.db");
  }

  public Config withPort(int port) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withHost(String host) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withDemo(boolean demo) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withOrganiserSecret(String secret) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        Optional.ofNullable(secret),
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withPublicUrl(String url) {
    Optional<String> trimmed = Optional.ofNullable(url).map(u -> u.replaceAll("/+$", ""));
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        trimmed,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withClock(Clock clock) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }

  public Config withLiveness(Duration heartbeat, Duration silenceLimit, int outboxLimit) {
    return new Config(
        host,
        port,
        dataDir,
        demo,
        organiserSecret,
        publicUrl,
        thresholds,
        heartbeat,
        silenceLimit,
        outboxLimit,
        clock);
  }
}
