package dev.gavel.startup;

import io.javalin.Javalin;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a server takes before it writes anything, in this order: its port (checked, and held), then
 * its data folder (created if missing, checked and locked). Only then may the database be opened.
 * The folder stays locked until {@link #close}.
 */
public final class ServerClaim implements AutoCloseable {

  private final PortReservation port;
  private final DataFolder folder;

  private ServerClaim(PortReservation port, DataFolder folder) {
    this.port = port;
    this.folder = folder;
  }

  /**
   * @throws StartupFailure saying in plain words what stands in the way
   */
  public static ServerClaim take(String host, int port, Path dataDir) {
    PortReservation reserved = PortReservation.take(host, port, () -> DataFolder.holder(dataDir));
    try {
      return new ServerClaim(reserved, DataFolder.claim(dataDir));
    } catch (RuntimeException e) {
      reserved.close();
      throw e;
    }
  }

  /**
   * Hands the reserved port to the app and starts it; the lock file then names the port.
   *
   * @throws StartupFailure if another program took the port in the moment between
   */
  public void listen(Javalin app, String host, int requestedPort) {
    port.close();
    try {
      app.start(host, requestedPort);
    } catch (RuntimeException e) {
      Optional<BindException> bind = bindFailure(e);
      if (bind.isEmpty()) {
        throw e;
      }
      throw PortReservation.cannotListen(host, requestedPort, bind.get(), Optional.empty());
    }
    folder.listening(app.port());
  }

  private static Optional<BindException> bindFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return Optional.of(bind);
      }
    }
    return Optional.empty();
  }

  /** Lets the port (if still held) and the data folder go. */
  @Override
  public void close() {
    port.close();
    folder.close();
  }
}
