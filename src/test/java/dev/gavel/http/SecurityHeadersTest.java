package dev.gavel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.route.Route;
import dev.gavel.route.Routes;
import dev.gavel.testing.RawHttp;
import dev.gavel.testing.ServerTest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the security headers: each route of the catalogue (GET and POST, with real
 * and unknown values), each of the views' files, JSON, pictures, downloads, errors, addresses Jetty
 * refuses by itself, and the WebSocket upgrade's 101.
 */
class SecurityHeadersTest extends ServerTest {

  @Test
  void everyRouteOfTheCatalogue_answersWithTheHeaders_whateverItAnswers() {
    List<String> checked = new ArrayList<>();
    for (Route route : catalogue()) {
      for (String path :
          List.of(
              route.path(values(route, "networking", "lpc2015", "1")),
              route.path(values(route, "nowhere", "nothing", "999")))) {
        assertHeaders("GET " + path, server.get(path).headers());
        assertHeaders("POST " + path, post(path).headers());
        checked.add(path);
      }
    }
    assertTrue(checked.size() >= 2 * 40, "the whole catalogue: " + checked);
  }

  @Test
  void pages_allowOnlyThisServersOwnScriptsAndStyles() {
    for (String path :
        List.of(
            "/",
            "/rooms/networking",
            "/rooms/networking/display",
            "/rooms/networking/moderate?key=" + server.moderatorKey(),
            "/rooms/networking/notes?key=" + server.notesKey(),
            "/events/lpc2015",
            "/sessions/1/notes",
            "/sessions/1/propose",
            "/organise?key=wrong")) {
      HttpResponse<String> page = server.get(path);
      assertTrue(
          page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
      assertEquals(
          SecurityHeaders.PAGE_POLICY,
          page.headers().firstValue("Content-Security-Policy").orElseThrow(),
          path);
    }
    assertFalse(SecurityHeaders.PAGE_POLICY.contains("unsafe"));
  }

  @Test
  void theModeratorsPage_keepsItsKeyFromLeavingInAReferer() {
    HttpResponse<String> page =
        server.get("/rooms/networking/moderate?key=" + server.moderatorKey());

    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
  }

  @Test
  void everyFileOfTheViews_answersWithTheHeaders() throws IOException {
    Path web = Path.of("web");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(web)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertTrue(files.size() > 20, "the views' files: " + files);
    for (Path file : files) {
      String path = "/assets/" + web.relativize(file).toString().replace('\\', '/');
      HttpResponse<String> answer = server.get(path);
      assertEquals(200, answer.statusCode(), path);
      assertHeaders(path, answer.headers());
    }
    assertEquals(
        SecurityHeaders.PAGE_POLICY,
        server
            .get("/assets/display/index.html")
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow(),
        "a view's page served as a file still runs under the page's policy");
  }

  @Test
  void errorsAndJsonAndPictures_answerWithTheHeaders() {
    for (String path :
        List.of(
            "/no/such/page",
            "/api/rooms",
            "/api/rooms/networking/state",
            "/rooms/networking/join.svg",
            "/sessions/1/report.svg",
            "/api/sessions/1/notes.md",
            "/api/sessions/1/notes.txt",
            "/api/sessions/1/log.json",
            "/api/events/lpc2015/notes.zip",
            "/api/events/lpc2015/schedule.xml",
            "/api/events/lpc2015/schedule.ics",
            "/api/events/lpc2015/schedule.json",
            "/favicon.ico")) {
      HttpResponse<String> answer = server.get(path);
      assertHeaders(path, answer.headers());
      assertEquals(
          SecurityHeaders.NOTHING_POLICY,
          answer.headers().firstValue("Content-Security-Policy").orElseThrow(),
          path);
    }
    assertHeaders("a refused command", server.command("{\"type\":").headers());
    assertHeaders("a command without a key", server.command("{}", null).headers());
  }

  @Test
  void addressesJettyRefusesByItself_answerWithTheHeaders() {
    for (String target :
        List.of(
            "/assets/%2e%2e/db/migration/V1__create_programme.sql",
            "/assets/..%2fdb/migration/V1__create_programme.sql",
            "/assets/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/rooms/%00/display")) {
      RawHttp.Answer answer = RawHttp.get(server.port(), target);
      assertTrue(answer.status() >= 400, target + " answered " + answer.status());
      assertEquals("nosniff", answer.header("X-Content-Type-Options"), target);
      assertTrue(
          answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), target);
    }
  }

  @Test
  void theSocketsUpgrade_answersWithTheHeaders() {
    RawHttp.Answer upgrade =
        RawHttp.upgrade(server.port(), "/rooms/networking/live", server.base());

    assertEquals(101, upgrade.status());
    assertEquals("nosniff", upgrade.header("X-Content-Type-Options"));
    assertEquals("no-referrer", upgrade.header("Referrer-Policy"));
    assertTrue(upgrade.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  private static void assertHeaders(String what, HttpHeaders headers) {
    String policy = headers.firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
    assertFalse(policy.contains("script-src 'unsafe"), what + ": " + policy);
    assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), what);
    String referrer = headers.firstValue("Referrer-Policy").orElse("");
    assertTrue(
        referrer.equals("no-referrer") || referrer.equals("same-origin"), what + ": " + referrer);
  }

  private HttpResponse<String> post(String path) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.base() + path))
            .header("Origin", server.base())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(""))
            .build());
  }

  /** Every route the catalogue declares. */
  private static List<Route> catalogue() {
    List<Route> routes = new ArrayList<>();
    for (Field field : Routes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Route.class) {
        try {
          routes.add((Route) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return routes;
  }

  /** Values for the route's parameters, in order. */
  private static Object[] values(Route route, String room, String event, String id) {
    List<Object> values = new ArrayList<>();
    Matcher parameter = Pattern.compile("\\{([a-z]+)}").matcher(route.pattern());
    while (parameter.find()) {
      values.add(
          switch (parameter.group(1)) {
            case "room" -> room;
            case "event" -> event;
            case "id" -> id;
            default -> throw new IllegalStateException("a new parameter: " + parameter.group(1));
          });
    }
    return values.toArray();
  }
}
