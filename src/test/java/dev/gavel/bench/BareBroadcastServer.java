package dev.gavel.bench;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * The yardstick for Gavel's fan-out: the cheapest server that does the same job on the same stack.
 * One WebSocket endpoint, {@code /ws}; every text it receives names a {@code seq}, and it sends one
 * message carrying that number, padded to the size of Gavel's event, to every open socket: built
 * once, sent without waiting, no log, no rules, no heartbeat. Run by {@link FanOutBenchmark} in a
 * process of its own.
 *
 * <p>Arguments: port, and the size to pad each message to (bytes).
 */
public final class BareBroadcastServer {

  private BareBroadcastServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 280;
    Set<WsContext> sockets = ConcurrentHashMap.newKeySet();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jetty.modifyWebSocketServletFactory(
                  factory -> factory.setIdleTimeout(Duration.ofMinutes(30)));
              config.routes.ws(
                  "/ws",
                  ws -> {
                    ws.onConnect(sockets::add);
                    ws.onClose(sockets::remove);
                    ws.onError(sockets::remove);
                    ws.onMessage(
                        ctx -> {
                          String message = message(seq(ctx.message()), size);
                          for (WsContext socket : sockets) {
                            if (socket.session.isOpen()) {
                              socket.session.sendText(message, Callback.NOOP);
                            }
                          }
                        });
                  });
            });
    app.start("127.0.0.1", port);
    System.out.println("READY pid " + ProcessHandle.current().pid());
  }

  /** The first number in the trigger. */
  private static long seq(String trigger) {
    long value = 0;
    boolean digits = false;
    for (int i = 0; i < trigger.length(); i++) {
      char c = trigger.charAt(i);
      if (Character.isDigit(c)) {
        value = value * 10 + (c - '0');
        digits = true;
      } else if (digits) {
        break;
      }
    }
    return value;
  }

  private static String message(long seq, int size) {
    String head =
        "{\"type\":\"event\",\"seq\":"
            + seq
            + ",\"event\":{\"type\":\"noteWritten\",\"at\":"
            + System.currentTimeMillis()
            + "},\"pad\":\"";
    return head + "x".repeat(Math.max(0, size - head.length() - 2)) + "\"}";
  }
}
