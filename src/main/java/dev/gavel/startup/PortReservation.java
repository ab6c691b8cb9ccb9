package dev.gavel.startup;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's port, taken before anything is written and held while the database opens, so that a
 * port in use is reported before a database is created or a demo loaded, and nobody takes the port
 * in between. Port 0 (any free port) needs no reservation.
 */
final class PortReservation implements AutoCloseable {

  private final ServerSocketChannel channel;

  private PortReservation(ServerSocketChannel channel) {
    this.channel = channel;
  }

  /**
   * @param folderHolder who holds this server's data folder, if anybody: named when it is the one
   *     on the port
   * @throws StartupFailure when the port cannot be had
   */
  static PortReservation take(String host, int port, Supplier<Optional<LockHolder>> folderHolder) {
    if (port == 0) {
      return new PortReservation(null);
    }
    ServerSocketChannel channel = null;
    try {
      channel = ServerSocketChannel.open();
      // As the server itself binds: a port that only lingers after a closed connection is free.
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(new InetSocketAddress(host, port), 1);
      return new PortReservation(channel);
    } catch (IOException | UnresolvedAddressException e) {
      StartupFailure failure = cannotListen(host, port, e, folderHolder.get());
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException closing) {
          failure.addSuppressed(closing);
        }
      }
      throw failure;
    }
  }

  /** Why a server cannot listen on {@code host:port}, in words. */
  static StartupFailure cannotListen(
      String host, int port, Exception e, Optional<LockHolder> folderHolder) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof UnresolvedAddressException) {
      return new StartupFailure(
          "Gavel cannot listen on "
              + host
              + ": that name is not an address of this machine. Use --host 0.0.0.0 to listen on"
              + " every network.",
          e);
    }
    if (e instanceof BindException && message.contains("already in use")) {
      return new StartupFailure(
          folderHolder
              .filter(holder -> holder.port().equals(Optional.of(port)))
              .map(
                  holder ->
                      new LockHolder(holder.pid(), Optional.empty()).describe()
                          + " is already running on port "
                          + port
                          + " with this data folder. Stop it first, or give this one its own"
                          + " port with --port and its own folder with --data.")
              .orElse(
                  "Port "
                      + port
                      + " is already in use by another program. Stop it first, or choose"
                      + " another port with --port."),
          e);
    }
    if (e instanceof BindException && message.contains("Permission denied")) {
      return new StartupFailure(
          "Gavel may not listen on port "
              + port
              + ": permission denied (ports below 1024 need special rights). Choose a port"
              + " above 1023 with --port.",
          e);
    }
    if (e instanceof BindException && message.contains("assign requested address")) {
      return new StartupFailure(
          "Gavel cannot listen on "
              + host
              + ": no network of this machine has that address. Use --host 0.0.0.0 to listen on"
              + " every network.",
          e);
    }
    return new StartupFailure(
        "Gavel cannot listen on " + host + " port " + port + ": " + message + ".", e);
  }

  /** Lets the port go, for the server to bind it at once. */
  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      throw new StartupFailure(
          "Gavel could not hand its port over to the server: " + e.getMessage(), e);
    }
  }
}
