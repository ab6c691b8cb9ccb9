package dev.gavel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Topics added to the demo programme the way an organiser adds them: through the forms. */
public final class Programmes {

  private static final String EVENT = "/organise/events/lpc2015";

  /** 120 characters, as a real proposal's title can be. */
  public static final String LONG_TITLE =
      "Scaling eBPF load balancers to a million flows: lessons from running XDP and tc programs"
          + " in production, and what is next";

  /** Six presenters with long names: Latin with diacritics, Greek and Cyrillic. */
  public static final List<String> SIX_PRESENTERS =
      List.of(
          "Zoë Ångström-Øvergård",
          "François-Xavier Lefèvre-Dœuf",
          "Γεώργιος Παπαδόπουλος-Καραμανλής",
          "Александра Владимировна Кузнецова",
          "Jiří Dvořák-Šťastný",
          "Ξανθίππη Αλεξανδροπούλου");

  private Programmes() {}

  /** Adds a topic to the demo's session and returns its id. */
  public static long addTopic(TestServer server, String title, List<String> presenters) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", title);
    form.put("presenters", String.join("\n", presenters));
    form.put("category", "Network virtualization");
    form.put("budget", "15");
    form.put("presentation", "5");
    post(server, EVENT + "/sessions/1/topics", form);
    JsonNode agenda = server.state().get("agenda");
    return agenda.get(agenda.size() - 1).get("id").asLong();
  }

  /** The long topic with its six presenters and two stakeholders who were asked to come. */
  public static long addLongTopic(TestServer server) {
    long id = addTopic(server, LONG_TITLE, SIX_PRESENTERS);
    post(
        server,
        EVENT + "/topics/" + id + "/stakeholders",
        Map.of("name", "Netfilter maintainers", "area", "conntrack", "state", "confirmed"));
    post(
        server,
        EVENT + "/topics/" + id + "/stakeholders",
        Map.of("name", "Κωνσταντίνος Δημητρίου", "area", "XDP drivers", "state", "requested"));
    return id;
  }

  private static void post(TestServer server, String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Authorization", "Bearer " + TestServer.ORGANISER_SECRET)
                .header("Origin", server.base())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.statusCode() >= 400) {
      throw new AssertionError(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
