package dev.gavel.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under measurement, in a process of its own: Gavel from its jar, or the bare broadcast
 * loop. Its CPU time and its heap are read from outside, the same way for both.
 */
final class BenchServer implements AutoCloseable {

  /** The organiser's secret the benchmark starts Gavel with; it opens every room. */
  static final String SECRET = "benchmark-organiser-secret";

  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  // The clock ticks of a thread's stat: Linux fixes them at 100 a second for every program.
  private static final long USER_HZ = 100;

  final String kind;
  final int port;
  private final Process process;
  private final Path data;

  private BenchServer(String kind, int port, Process process, Path data) {
    this.kind = kind;
    this.port = port;
    this.process = process;
    this.data = data;
  }

  /** Gavel from this jar, on a fresh data folder with the demo programme. */
  static BenchServer gavel(Path jar, int port) throws IOException, InterruptedException {
    Path data = Files.createTempDirectory("gavel-bench");
    List<String> command = jvm();
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--data",
            data.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("GAVEL_ADMIN_SECRET", SECRET);
    return start("gavel", port, builder, "Gavel is running", data);
  }

  /** The bare loop, padding each message to this size. */
  static BenchServer bare(int port, int messageSize) throws IOException, InterruptedException {
    List<String> command = jvm();
    command.addAll(
        List.of(
            "-cp",
            classPath(),
            BareBroadcastServer.class.getName(),
            Integer.toString(port),
            Integer.toString(messageSize)));
    return start("bare", port, new ProcessBuilder(command), "READY", null);
  }

  /**
   * The same JVM for both servers, with the options of {@code -Dgavel.bench.jvm} for a profile of
   * the server, e.g. {@code -XX:StartFlightRecording=filename=server.jfr}.
   */
  private static List<String> jvm() {
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g"));
    String extra = System.getProperty("gavel.bench.jvm", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    return command;
  }

  private static BenchServer start(
      String kind, int port, ProcessBuilder builder, String ready, Path data)
      throws IOException, InterruptedException {
    builder.redirectErrorStream(true);
    Process process = builder.start();
    CountDownLatch started = new CountDownLatch(1);
    List<String> said = new ArrayList<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  synchronized (said) {
                    if (said.size() < 50) {
                      said.add(line);
                    }
                  }
                  if (line.contains(ready)) {
                    started.countDown();
                  }
                }
              } catch (IOException e) {
                // the process ended: what it said is kept
              }
            });
    if (!started.await(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      synchronized (said) {
        throw new IllegalStateException(kind + " did not start: " + said);
      }
    }
    return new BenchServer(kind, port, process, data);
  }

  /** A port nobody listens on now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  long pid() {
    return process.pid();
  }

  URI socket(String path) {
    return URI.create("ws://127.0.0.1:" + port + path);
  }

  /** CPU time the process has used so far, every thread, user and system. */
  Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /**
   * What of {@link #cpu()} the JVM's JIT compiler threads spent, read from each thread's {@code
   * stat} where the system lists a process's threads (Linux); empty elsewhere. A method a server
   * calls once per command is compiled by C2 only after some thousands of commands, so a phase can
   * pay for compiling rather than serving, and this says how much. A compiler thread that the JVM
   * retired meanwhile takes its time with it: the figure can only be too low.
   */
  Optional<Duration> compilerCpu() {
    Path threads = Path.of("/proc", Long.toString(pid()), "task");
    if (!Files.isDirectory(threads)) {
      return Optional.empty();
    }
    long ticks = 0;
    try (DirectoryStream<Path> each = Files.newDirectoryStream(threads)) {
      for (Path thread : each) {
        ticks += compilerTicks(thread.resolve("stat"));
      }
    } catch (IOException | UncheckedIOException unreadable) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(ticks * 1000 / USER_HZ));
  }

  /** A thread's user and system time in clock ticks if it is a JIT compiler, else 0. */
  private static long compilerTicks(Path stat) {
    String line;
    try {
      line = Files.readString(stat);
    } catch (IOException ended) {
      return 0; // the thread ended between the listing and the reading
    }
    // The name, in brackets, may hold spaces: the fields are counted from its closing bracket.
    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
      return 0;
    }
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** Heap in use after two full collections, as the JVM itself reports it. */
  long heapAfterGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    jcmd("GC.run");
    Matcher used = USED.matcher(jcmd("GC.heap_info"));
    return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()),
                command)
            .redirectErrorStream(true)
            .start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (data != null) {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(BenchServer::delete);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The classpath this benchmark runs on, for the bare server's process: the class loaders' own
   * (under {@code exec:java} the project's classes are not on {@code java.class.path}).
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader loader = BenchServer.class.getClassLoader();
        loader != null;
        loader = loader.getParent()) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file on this machine: not something a java command line can name
          }
        }
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(entry);
    }
    return String.join(File.pathSeparator, entries);
  }
}
