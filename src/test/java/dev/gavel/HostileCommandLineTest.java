package dev.gavel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's slips on the command line and in the environment: each start is refused in one
 * sentence on stderr, with nothing printed on stdout and nothing written.
 */
class HostileCommandLineTest {

  @TempDir Path data;

  @Test
  void publicUrl_withAJavascriptScheme_isRefused() {
    assertStartRefused(
        List.of("--public-url", "javascript:alert(1)"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"javascript:alert(1)\".");
  }

  @Test
  void publicUrl_withoutAHost_isRefused() {
    assertStartRefused(
        List.of("--public-url", "https://"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"https://\".");
  }

  @Test
  void publicUrl_withAPasswordInIt_isRefused() {
    assertStartRefused(
        List.of("--public-url", "https://admin:hunter2@gavel.example.org"),
        Map.of(),
        "--public-url must be a web address starting with http:// or https://, such as"
            + " https://gavel.example.org, not \"https://admin:hunter2@gavel.example.org\".");
  }

  @Test
  void adminSecret_thatIsBlank_isRefused() {
    assertStartRefused(
        List.of(),
        Map.of("GAVEL_ADMIN_SECRET", "   "),
        "GAVEL_ADMIN_SECRET is too short to guard the rooms: use 16 characters or more, or unset"
            + " it and Gavel makes a secret.");
  }

  @Test
  void port_negative_isRefused() {
    assertStartRefused(
        List.of("--port", "-1"), Map.of(), "--port must be a number from 0 to 65535, not -1.");
  }

  @Test
  void data_pointingAtADevice_isRefused() {
    assertStartRefused(
        List.of("--data", "/dev/null"),
        Map.of(),
        "The data folder /dev/null is a file, not a folder. Point --data at the folder that holds"
            + " gavel.db (it is created if missing).");
  }

  @Test
  void repairRoom_thatClimbsOutOfTheDataFolder_isRefused() {
    assertStartRefused(
        List.of("--repair-room", "../../etc/passwd"),
        Map.of(),
        "--repair-room needs a room's address, such as networking, not \"../../etc/passwd\".");
  }

  @Test
  void repairRoom_withoutADatabase_isRefused_andCreatesNone() {
    assertStartRefused(
        List.of("--repair-room", "networking"),
        Map.of(),
        "There is no database at "
            + data.resolve("another").resolve("gavel.db").toAbsolutePath()
            + ": nothing to repair. Check --data.");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private void assertStartRefused(List<String> options, Map<String, String> env, String said) {
    Path folder = data.resolve("another");
    List<String> args = new ArrayList<>(options);
    Map<String, String> defaults =
        Map.of("--host", "127.0.0.1", "--port", "0", "--data", folder.toString());
    defaults.forEach(
        (option, value) -> {
          if (!options.contains(option)) {
            args.addAll(List.of(option, value));
          }
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    Main.Launch launch =
        Main.launch(
            args.toArray(String[]::new),
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(new Main.Launch.Finished(1), launch);
    assertEquals(said + "\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertFalse(Files.exists(folder), "nothing written");
  }
}
