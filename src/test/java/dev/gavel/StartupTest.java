package dev.gavel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting Gavel from the command line, as a newcomer does on their first morning: every failure is
 * one or two plain sentences and exit status 1, found before anything is written; what a successful
 * start prints, and what it never prints.
 */
class StartupTest {

  @TempDir Path dir;

  private final List<Gavel> started = new ArrayList<>();

  private record Outcome(Main.Launch launch, String out, String err) {
    int status() {
      return assertInstanceOf(Main.Launch.Finished.class, launch).status();
    }

    Gavel gavel() {
      return assertInstanceOf(Main.Launch.Running.class, launch, err).gavel();
    }
  }

  private Outcome launch(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.Launch launch =
        Main.launch(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (launch instanceof Main.Launch.Running running) {
      started.add(running.gavel());
    }
    return new Outcome(
        launch, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Outcome serve(Path data, Map<String, String> env, String... more) {
    List<String> args =
        new ArrayList<>(List.of("--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
    args.addAll(List.of(more));
    return launch(env, args.toArray(String[]::new));
  }

  @AfterEach
  void stopEveryServer() {
    started.forEach(Gavel::close);
  }

  @Test
  void portInUse_isOneSentenceAndNothingIsWritten() throws IOException {
    Path data = dir.resolve("data");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      Outcome outcome =
          launch(Map.of(), "--host", "127.0.0.1", "--port", "" + port, "--data", data.toString());

      assertEquals(1, outcome.status());
      assertEquals(
          "Port "
              + port
              + " is already in use by another program. Stop it first, or choose another port"
              + " with --port.\n",
          outcome.err());
      assertEquals("", outcome.out());
      assertFalse(Files.exists(data), "no folder, no database and no demo before the port is free");
    }
  }

  @Test
  void dataPointingAtAFile_isRefusedAndTheFileIsUntouched() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "my own notes");

    Outcome outcome = serve(file, Map.of());

    assertEquals(1, outcome.status());
    assertEquals(
        "The data folder "
            + file.toRealPath()
            + " is a file, not a folder. Point --data at the folder that holds gavel.db (it is"
            + " created if missing).\n",
        outcome.err());
    assertEquals("my own notes", Files.readString(file));
  }

  @Test
  void secondServerOnTheSameFolder_isRefusedNamingTheFirstOnesPidAndPort() throws IOException {
    Path data = dir.resolve("data");
    Gavel first = serve(data, Map.of()).gavel();

    Outcome second = serve(data, Map.of());

    assertEquals(1, second.status());
    assertEquals(
        "Another Gavel server (pid "
            + ProcessHandle.current().pid()
            + ", port "
            + first.port()
            + ") is already using the data folder "
            + data.toRealPath()
            + ". Stop it first, or give this server its own folder with --data.\n",
        second.err());
    assertEquals("", second.out());
    assertEquals(200, organise(first, first.organiserSecret()), "the first server runs on");
  }

  @Test
  void secondServerOnTheSamePortAndFolder_namesTheServerOnThatPort() throws IOException {
    Path data = dir.resolve("data");
    Gavel first = serve(data, Map.of()).gavel();

    Outcome second =
        launch(
            Map.of(),
            "--host",
            "127.0.0.1",
            "--port",
            "" + first.port(),
            "--data",
            data.toString());

    assertEquals(1, second.status());
    assertEquals(
        "Another Gavel server (pid "
            + ProcessHandle.current().pid()
            + ") is already running on port "
            + first.port()
            + " with this data folder. Stop it first, or give this one its own port with --port"
            + " and its own folder with --data.\n",
        second.err());
  }

  @Test
  void aFolderLetGoByAStoppedServer_canBeUsedAgain() {
    Path data = dir.resolve("data");
    serve(data, Map.of()).gavel().close();

    Outcome again = serve(data, Map.of());

    assertInstanceOf(Main.Launch.Running.class, again.launch(), again.err());
  }

  @Test
  void aDamagedDatabase_isOneLineThatOffersTheDetails() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("gavel.db"), "this is not a database, it is a shopping list");

    Outcome outcome = serve(data, Map.of());

    assertEquals(1, outcome.status());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    assertTrue(
        outcome.err().startsWith("Gavel cannot open its database " + data.resolve("gavel.db")),
        outcome.err());
    assertTrue(outcome.err().contains("not a database"), outcome.err());
    assertTrue(outcome.err().endsWith("Run it again with --verbose for details.\n"), outcome.err());
  }

  @Test
  void verbose_addsTheDetailsBelowTheSentence() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("gavel.db"), "this is not a database");

    Outcome outcome = serve(data, Map.of(), "--verbose");

    assertEquals(1, outcome.status());
    assertTrue(outcome.err().startsWith("Gavel cannot open its database"), outcome.err());
    assertTrue(outcome.err().contains("\tat dev.gavel."), "the stack trace follows");
  }

  @Test
  void portOutOfRange_isRefusedWithoutPrintingTheHelp() {
    Outcome outcome = launch(Map.of(), "--port", "99999");

    assertEquals(1, outcome.status());
    assertEquals("--port must be a number from 0 to 65535, not 99999.\n", outcome.err());
    assertEquals("", outcome.out());
  }

  @Test
  void unknownOption_isOneLineThatPointsToTheHelp() {
    Outcome outcome = launch(Map.of(), "--prot", "8080");

    assertEquals(1, outcome.status());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    assertTrue(outcome.err().startsWith("Unknown option"), outcome.err());
    assertTrue(outcome.err().endsWith(" Run gavel --help to see the options.\n"), outcome.err());
  }

  @Test
  void help_showsTheDefaultPortNotARejectedValue() {
    Outcome outcome = launch(Map.of(), "--port", "99999", "--help");

    assertEquals(0, outcome.status());
    assertTrue(outcome.out().contains("Port to listen on (default: 7070)."), outcome.out());
    assertFalse(outcome.out().contains("99999"), outcome.out());
  }

  @Test
  void help_keepsEveryAddressWholeOnItsLine() {
    Outcome outcome = launch(Map.of(), "--help");

    Matcher urls = Pattern.compile("https?:\\S*").matcher(outcome.out());
    List<String> found = new ArrayList<>();
    while (urls.find()) {
      found.add(urls.group());
    }
    assertEquals(List.of("https://gavel.example.org"), found, outcome.out());
    assertTrue(outcome.out().contains("GAVEL_ADMIN_SECRET"), "the environment is explained");
  }

  @Test
  void publicUrlWithoutAScheme_isRefusedBeforeAnythingIsWritten() {
    Path data = dir.resolve("data");

    Outcome outcome = serve(data, Map.of(), "--public-url", "gavel.example.org");

    assertEquals(1, outcome.status());
    assertEquals(
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"gavel.example.org\".\n",
        outcome.err());
    assertFalse(Files.exists(data));
  }

  @Test
  void publicUrlWithAScheme_isUsedInEveryPrintedLink() {
    Outcome outcome =
        serve(dir.resolve("data"), Map.of(), "--public-url", "https://gavel.example.org/");

    outcome.gavel();
    assertTrue(
        outcome.out().contains("projector  https://gavel.example.org/rooms/networking/display"),
        outcome.out());
  }

  @Test
  void aSecretFromTheEnvironment_isNeverPrinted() {
    String secret = "s3cret-set-by-the-operator";
    Path data = dir.resolve("data");

    Outcome first = serve(data, Map.of("GAVEL_ADMIN_SECRET", secret));
    first.gavel().close();
    Outcome again = serve(data, Map.of("GAVEL_ADMIN_SECRET", secret));

    for (Outcome outcome : List.of(first, again)) {
      assertFalse(outcome.out().contains(secret), outcome.out());
      assertTrue(outcome.out().contains("Organiser secret: the one in GAVEL_ADMIN_SECRET."));
      assertTrue(outcome.out().contains("/organise?key=<GAVEL_ADMIN_SECRET>"));
    }
    assertEquals(200, organise(again.gavel(), secret), "the secret opens the organiser's pages");
  }

  @Test
  void aGeneratedSecret_isPrintedOnTheFirstStartOnly() {
    Path data = dir.resolve("data");

    Outcome first = serve(data, Map.of());
    String secret = first.gavel().organiserSecret();
    first.gavel().close();
    Outcome again = serve(data, Map.of());

    assertTrue(
        first.out().contains("Organiser secret (shown this once; keep it to yourself): " + secret));
    assertTrue(first.out().contains("/organise?key=" + secret));
    assertFalse(again.out().contains(secret), again.out());
    assertTrue(
        again.out().contains("Lost it? Start once with --new-organiser-secret for a new one."));
    assertEquals(secret, again.gavel().organiserSecret(), "the stored secret is kept");
  }

  @Test
  void newOrganiserSecret_replacesTheStoredOneAndPrintsItOnce() {
    Path data = dir.resolve("data");
    Outcome first = serve(data, Map.of());
    String old = first.gavel().organiserSecret();
    first.gavel().close();

    Outcome renewed = serve(data, Map.of(), "--new-organiser-secret");

    String secret = renewed.gavel().organiserSecret();
    assertFalse(secret.equals(old));
    assertTrue(renewed.out().contains("(shown this once; keep it to yourself): " + secret));
    assertEquals(403, organise(renewed.gavel(), old), "the old secret stops working");
    assertEquals(200, organise(renewed.gavel(), secret));
  }

  @Test
  void aShortSecretInTheEnvironment_isRefused() {
    Outcome outcome = serve(dir.resolve("data"), Map.of("GAVEL_ADMIN_SECRET", "admin"));

    assertEquals(1, outcome.status());
    assertEquals(
        "GAVEL_ADMIN_SECRET is too short to guard the rooms: use 16 characters or more, or unset"
            + " it and Gavel makes a secret.\n",
        outcome.err());
    assertFalse(outcome.err().contains("admin\n"));
  }

  @Test
  void newOrganiserSecretWithASecretInTheEnvironment_isRefused() {
    Outcome outcome =
        serve(
            dir.resolve("data"),
            Map.of("GAVEL_ADMIN_SECRET", "s3cret-set-by-the-operator"),
            "--new-organiser-secret");

    assertEquals(1, outcome.status());
    assertTrue(outcome.err().startsWith("--new-organiser-secret replaces the stored secret"));
  }

  @Test
  void favicon_isAnIconNotA404() throws IOException, InterruptedException {
    try (TestServer server = TestServer.start(dir.resolve("data"))) {
      HttpResponse<byte[]> icon =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.base() + "/favicon.ico")).build(),
                  HttpResponse.BodyHandlers.ofByteArray());

      assertEquals(200, icon.statusCode());
      assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElseThrow());
      byte[] body = icon.body();
      assertTrue(body.length > 22 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0);
    }
  }

  private static int organise(Gavel gavel, String key) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gavel.port() + "/organise"))
                  .header("Authorization", "Bearer " + key)
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
