package dev.gavel.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gavel as an operator runs it: its own Java process, started with {@code dev.gavel.Main} and
 * command-line options, watched through what it prints. For what only a real process shows: its
 * exit status, its lock on the data folder, and being killed with SIGKILL.
 */
public final class ServerProcess implements AutoCloseable {

  /** Start-up on a loaded two-core machine can take many seconds: a generous bound, not a pace. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static final Pattern OPEN_AT = Pattern.compile("Open it at (http://[^ ]+)");
  private static final Pattern MODERATOR = Pattern.compile("moderator +http://\\S+\\?key=(\\S+)");

  private final Process process;
  private final List<String> out = new CopyOnWriteArrayList<>();
  private final List<String> err = new CopyOnWriteArrayList<>();
  // Counted down as each pipe ends, so that a dead process's last words are all read.
  private final CountDownLatch drained = new CountDownLatch(2);
  private final Object printedMore = new Object();

  private ServerProcess(Process process) {
    this.process = process;
    collect(process.getInputStream(), out, "stdout");
    collect(process.getErrorStream(), err, "stderr");
  }

  /** Runs {@code gavel} with these options on loopback. */
  public static ServerProcess run(List<String> options) {
    return run(List.of(), options, Map.of());
  }

  /**
   * @param prefix a command to run Java under (such as one that drops privileges), or empty
   * @param env extra environment variables
   */
  public static ServerProcess run(
      List<String> prefix, List<String> options, Map<String, String> env) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx192m",
            "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.gavel.Main"));
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("GAVEL_ADMIN_SECRET");
    builder.environment().putAll(env);
    try {
      return new ServerProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server on loopback and any free port, with the demo programme, on this data folder. */
  public static ServerProcess serve(Path dataDir) {
    ServerProcess server =
        run(List.of("--host", "127.0.0.1", "--port", "0", "--data", dataDir.toString()));
    server.awaitOut(line -> line.startsWith("Stop with Ctrl+C"));
    return server;
  }

  private void collect(InputStream stream, List<String> lines, String name) {
    Thread.ofPlatform()
        .daemon()
        .name("server-process-" + name)
        .start(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  lines.add(line);
                  signal();
                }
              } catch (IOException e) {
                // The process was killed: its pipes close; what it printed before is kept.
                lines.add("(" + name + " closed: " + e.getMessage() + ")");
              } finally {
                drained.countDown();
                signal();
              }
            });
  }

  private void signal() {
    synchronized (printedMore) {
      printedMore.notifyAll();
    }
  }

  /** Waits until a line printed on stdout matches; fails with everything printed if it exits. */
  public String awaitOut(Predicate<String> wanted) {
    return await(out, wanted);
  }

  /** Waits until a line printed on stderr (the log) matches. */
  public String awaitErr(Predicate<String> wanted) {
    return await(err, wanted);
  }

  private String await(List<String> lines, Predicate<String> wanted) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    synchronized (printedMore) {
      while (true) {
        Optional<String> line = lines.stream().filter(wanted).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
        if (drained.getCount() == 0) {
          throw new AssertionError(
              "the server stopped before printing what was awaited:\n" + printed());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the server did not print what was awaited:\n" + printed());
        }
        waitForMore(left);
      }
    }
  }

  private void waitForMore(long nanos) {
    try {
      TimeUnit.NANOSECONDS.timedWait(printedMore, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the process to end (as a refused start does) and returns its exit status. */
  public int awaitExit() {
    try {
      if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)
          || !drained.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("the server is still running:\n" + printed());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public List<String> stdout() {
    return List.copyOf(out);
  }

  public List<String> stderr() {
    return List.copyOf(err);
  }

  public String base() {
    return group(OPEN_AT, "the address");
  }

  public int port() {
    return Integer.parseInt(base().replaceAll(".*:", ""));
  }

  public String moderatorKey() {
    return group(MODERATOR, "the moderator's link");
  }

  private String group(Pattern pattern, String what) {
    for (String line : out) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("the server did not print " + what + ":\n" + printed());
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no closing of the database, as a power cut or the OOM killer. */
  public void kill9() {
    process.destroyForcibly();
    try {
      process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String printed() {
    return "stdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
  }

  /** Stops the server as Ctrl+C does, and waits for it. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
