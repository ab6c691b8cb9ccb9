package dev.gavel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.http.ApiRoutes;
import dev.gavel.http.Errors;
import dev.gavel.http.Pages;
import dev.gavel.http.SessionRoutes;
import dev.gavel.live.LiveSocket;
import dev.gavel.organise.OrganiseRoutes;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;

/** Builds the Javalin app from its parts; the server and the tests both start it this way. */
public final class App {

  /** Large enough for any command or note; anything bigger is refused before it is read. */
  static final int MAX_MESSAGE_BYTES = 32 * 1024;

  private App() {}

  public static Javalin create(
      ObjectMapper mapper,
      ApiRoutes api,
      Pages pages,
      SessionRoutes sessions,
      OrganiseRoutes organise,
      LiveSocket live,
      Duration idleTimeout) {
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.http.maxRequestSize = MAX_MESSAGE_BYTES;
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/assets";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
              });
          config.jetty.modifyWebSocketServletFactory(
              factory -> {
                factory.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
                factory.setIdleTimeout(idleTimeout);
              });
          Errors.register(config.routes);
          Favicon.register(config.routes);
          api.register(config.routes);
          pages.register(config.routes);
          sessions.register(config.routes);
          organise.register(config.routes);
          config.routes.wsBeforeUpgrade(LiveSocket.PATH, live::beforeUpgrade);
          config.routes.ws(LiveSocket.PATH, live::configure);
        });
  }
}
