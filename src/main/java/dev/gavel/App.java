package dev.gavel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.http.AcceptQueue;
import dev.gavel.http.Errors;
import dev.gavel.http.ReaderLane;
import dev.gavel.http.RouteOwner;
import dev.gavel.http.SecurityHeaders;
import dev.gavel.live.LiveSocket;
import dev.gavel.route.Routes;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;

/** Builds the Javalin app from its parts; the server and the tests both start it this way. */
public final class App {

  /** Large enough for any command or note; anything bigger is refused before it is read. */
  static final int MAX_MESSAGE_BYTES = 32 * 1024;

  private App() {}

  /**
   * @param owners every package that owns addresses, each declaring its own routes
   * @param live the room's socket, at {@link Routes#LIVE}
   * @param liveGuard runs before the socket's own checks: who may see the room at all
   * @param sessions keeps Jetty from holding an HTTP session for each socket
   * @param readers the lane anonymous reads take turns in, before anything else runs
   */
  static Javalin create(
      ObjectMapper mapper,
      List<RouteOwner> owners,
      LiveSocket live,
      Handler liveGuard,
      Duration idleTimeout,
      HttpSessions sessions,
      ReaderLane readers) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.http.maxRequestSize = MAX_MESSAGE_BYTES;
          config.staticFiles.add(
              files -> {
                files.hostedPath = Routes.ASSETS;
                files.directory = "/web";
                files.location = Location.CLASSPATH;
              });
          config.jetty.modifyServletContextHandler(sessions::configure);
          config.jetty.modifyWebSocketServletFactory(
              factory -> {
                factory.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
                factory.setIdleTimeout(idleTimeout);
                // Browsers offer per-message compression and Jetty would accept it: every event
                // would then be compressed again for every socket, with a compressor held per
                // socket, where each event is now encoded once and the same frame goes to all.
                factory.getAvailableExtensionNames().remove("permessage-deflate");
              });
          config.jetty.modifyHttpConfiguration(
              http -> http.addCustomizer(SecurityHeaders.everyAnswer()));
          config.jetty.modifyServer(
              server -> {
                server.setErrorHandler(SecurityHeaders.refusals());
                server.addEventListener(new AcceptQueue());
              });
          readers.register(config.routes);
          SecurityHeaders.register(config.routes);
          Errors.register(config.routes);
          owners.forEach(owner -> owner.register(config.routes));
          config.routes.wsBeforeUpgrade(Routes.LIVE.pattern(), liveGuard);
          config.routes.wsBeforeUpgrade(Routes.LIVE.pattern(), live::beforeUpgrade);
          config.routes.ws(Routes.LIVE.pattern(), live::configure);
        });
  }
}
