package dev.gavel.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gavel.testing.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators' slips with real processes: a second server started on a folder a running one uses, and
 * a data folder the server may not write. Each is refused with one sentence and status 1, and
 * changes nothing.
 */
class TwoServersDrillTest {

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aSecondServerOnTheSameFolder_isRefusedAndTheFirstRunsOn() throws Exception {
    Path data = dir.resolve("data");
    try (ServerProcess first = ServerProcess.serve(data)) {
      long before = Files.size(data.resolve("gavel.db")) + walSize(data);

      ServerProcess second =
          ServerProcess.run(
              List.of("--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
      int status = second.awaitExit();

      assertEquals(1, status, second.printed());
      assertEquals(
          List.of(
              "Another Gavel server (pid "
                  + first.pid()
                  + ", port "
                  + first.port()
                  + ") is already using the data folder "
                  + data.toRealPath()
                  + ". Stop it first, or give this server its own folder with --data."),
          second.stderr());
      assertEquals(List.of(), second.stdout());
      assertEquals(before, Files.size(data.resolve("gavel.db")) + walSize(data), "nothing written");
      assertEquals(200, command(first, "{\"type\":\"startTopic\"}"), "the first server runs on");
    }
  }

  @Test
  void afterTheFirstServerIsKilled_itsFolderCanBeUsedAtOnce() throws Exception {
    Path data = dir.resolve("data");
    ServerProcess first = ServerProcess.serve(data);
    first.kill9();

    try (ServerProcess second = ServerProcess.serve(data)) {
      assertEquals(200, command(second, "{\"type\":\"startTopic\"}"), "no stale lock is left");
    }
  }

  @Test
  void aDataFolderThatCannotBeWritten_saysPermissionDenied() throws Exception {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean root = "root".equals(System.getProperty("user.name"));
    // Root may write anywhere: the server then runs without root's power to override permissions.
    List<String> asPlainUser =
        root ? List.of("setpriv", "--bounding-set=-all", "--inh-caps=-all") : List.of();
    assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv as root");

    ServerProcess server =
        ServerProcess.run(
            asPlainUser,
            List.of(
                "--host", "127.0.0.1", "--port", "0", "--data", locked.resolve("data").toString()),
            Map.of());

    assertEquals(1, server.awaitExit(), server.printed());
    assertEquals(
        List.of(
            "Gavel cannot create the data folder "
                + locked.resolve("data")
                + ": permission denied."),
        server.stderr());
    assertFalse(Files.exists(locked.resolve("data")));
  }

  private static long walSize(Path data) throws IOException {
    Path wal = data.resolve("gavel.db-wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  private int command(ServerProcess server, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.base() + "/api/rooms/networking/commands"))
            .header("Authorization", "Bearer " + server.moderatorKey())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
