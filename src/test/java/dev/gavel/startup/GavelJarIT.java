package dev.gavel.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run with {@code java -jar} as the README says, on a new and an old Java. */
class GavelJarIT {

  private static final Path JAR = Path.of(System.getProperty("gavel.jar", "target/gavel.jar"));

  private record Run(int status, String out, String err) {}

  private static Run run(Path java, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return process.getErrorStream().readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar is still running");
    return new Run(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
  }

  @Test
  void onJava21OrNewer_theJarRunsGavel() throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built before this test");

    Run help = run(Path.of(System.getProperty("java.home"), "bin", "java"), "--help");

    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().startsWith("Usage: gavel"), help.out());
    assertEquals("", help.err());
  }

  @Test
  void onAnOldJava_theJarSaysWhichJavaItNeeds() throws IOException, InterruptedException {
    Optional<Path> old = OldJava.find();
    assumeTrue(old.isPresent(), "no Java older than 21 on this machine (set GAVEL_OLD_JAVA)");

    Run refused = run(old.get(), "--help");

    assertEquals(1, refused.status());
    assertTrue(
        refused.err().startsWith("Gavel needs Java 21 or newer; this is Java "), refused.err());
    assertEquals(1, refused.err().lines().count(), refused.err());
    assertEquals("", refused.out());
  }
}
