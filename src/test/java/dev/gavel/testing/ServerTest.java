package dev.gavel.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test against a real server of its own, with its SQLite file in the test's temp folder. Each
 * test has a minute at most: a socket that never answers fails the test instead of hanging the
 * build (every wait inside is far shorter; this is only the backstop).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ServerTest {

  @TempDir protected Path data;
  protected TestServer server;

  @BeforeEach
  void startServer() {
    server = TestServer.start(data, serverClock());
  }

  /** The server's clock: the system's, unless a test holds the room's time in its hand. */
  protected Clock serverClock() {
    return Clock.systemDefaultZone();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }
}
