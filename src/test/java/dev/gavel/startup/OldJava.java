package dev.gavel.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Java older than 21 on this machine, to run the launcher as a newcomer would: {@code
 * GAVEL_OLD_JAVA} names one, else the oldest JDK under /usr/lib/jvm older than 21 (Debian's
 * default-jre is often 17).
 */
final class OldJava {

  private OldJava() {}

  static Optional<Path> find() {
    String named = System.getenv("GAVEL_OLD_JAVA");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> Files.isRegularFile(home.resolve("release")))
          .filter(home -> version(home) > 0 && version(home) < Launcher.NEEDED)
          .min(Comparator.comparingInt(OldJava::version))
          .map(home -> home.resolve("bin/java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The feature version a JDK's {@code release} file states, such as 17; 0 if unreadable. */
  static int version(Path home) {
    try {
      return Files.readAllLines(home.resolve("release")).stream()
          .filter(line -> line.startsWith("JAVA_VERSION="))
          .map(line -> line.replaceAll("[^0-9.]", "").replaceFirst("^1\\.", ""))
          .map(text -> text.split("\\.")[0])
          .filter(text -> !text.isEmpty())
          .map(Integer::parseInt)
          .findFirst()
          .orElse(0);
    } catch (IOException e) {
      return 0;
    }
  }
}
