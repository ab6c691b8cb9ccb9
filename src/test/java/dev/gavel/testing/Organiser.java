package dev.gavel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organiser's forms, sent as the organiser's browser sends them (their secret, this server's
 * Origin), for tests that need more of a programme than the demo has.
 */
public record Organiser(TestServer server) {

  private static final Pattern ANCHOR = Pattern.compile("#(?:session|topic)-(\\d+)$");

  /** A draft event: made by hand, it is unpublished until the organiser publishes it. */
  public void event(String slug) {
    expectRedirect(
        post(
            "/organise/events",
            Map.of("slug", slug, "title", "Event " + slug, "slideLimit", "3", "timeZone", "UTC")));
  }

  public void room(String event, String slug) {
    expectRedirect(
        post("/organise/events/" + event + "/rooms", Map.of("slug", slug, "name", "Room " + slug)));
  }

  /** A session in the room; its id. */
  public long session(String event, String room) {
    return id(
        post(
            "/organise/events/" + event + "/rooms/" + room + "/sessions",
            Map.of("title", "Session in " + room)));
  }

  /** A topic at the end of the session; its id. */
  public long topic(String event, long session, String title) {
    return id(
        post(
            "/organise/events/" + event + "/sessions/" + session + "/topics",
            Map.of("title", title, "presenters", "Ana", "budget", "10")));
  }

  public void publish(String event, boolean published) {
    expectRedirect(
        post(
            "/organise/events/" + event + "/publish",
            Map.of("published", Boolean.toString(published))));
  }

  public HttpResponse<String> get(String path) {
    return server.send(request(path).GET().build());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    return server.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(TestServer.formBody(form)))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.base() + path))
        .header("Authorization", "Bearer " + TestServer.ORGANISER_SECRET)
        .header("Origin", server.base());
  }

  private static void expectRedirect(HttpResponse<String> answer) {
    assertEquals(303, answer.statusCode(), answer.body());
  }

  private static long id(HttpResponse<String> answer) {
    expectRedirect(answer);
    Matcher anchor = ANCHOR.matcher(answer.headers().firstValue("Location").orElseThrow());
    if (!anchor.find()) {
      throw new IllegalStateException("no id in " + answer.headers().firstValue("Location"));
    }
    return Long.parseLong(anchor.group(1));
  }
}
