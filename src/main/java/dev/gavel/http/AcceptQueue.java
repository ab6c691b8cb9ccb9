package dev.gavel.http;

import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.Container;

/**
 * How many connections the operating system holds for the server before the server takes them.
 * Java's default is 50. When a room's Wi-Fi comes back, its phones reconnect in the same moment;
 * beyond the 50th, the system drops each phone's request to connect, and the phone's own system
 * asks again only after one second, then three, seven, fifteen: phones that were back at once would
 * show the room up to half a minute late. The system holds this many instead, as far as its own
 * bound allows (on Linux {@code net.core.somaxconn}, 4,096 by default).
 *
 * <p>Set on every connector as it joins the server, so that it holds for the one Javalin makes when
 * it starts, after the server's settings are applied.
 */
public final class AcceptQueue implements Container.Listener {

  public static final int CONNECTIONS = 4_096;

  @Override
  public void beanAdded(Container parent, Object child) {
    if (child instanceof ServerConnector connector) {
      connector.setAcceptQueueSize(CONNECTIONS);
    }
  }

  @Override
  public void beanRemoved(Container parent, Object child) {}
}
