package dev.gavel.organise;

import dev.gavel.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Forms sent over HTTP as a browser would send them, with or without the organiser's secret. */
record OrganiserClient(TestServer server, String secret, String origin) {

  static OrganiserClient organiser(TestServer server) {
    return new OrganiserClient(server, TestServer.ORGANISER_SECRET, server.base());
  }

  static OrganiserClient visitor(TestServer server) {
    return new OrganiserClient(server, null, server.base());
  }

  OrganiserClient from(String otherOrigin) {
    return new OrganiserClient(server, secret, otherOrigin);
  }

  HttpResponse<String> get(String path) {
    return server.send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return server.send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path));
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return request;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
