package dev.gavel;

import dev.gavel.access.OrganiserSecret;
import dev.gavel.startup.StartupFailure;
import dev.gavel.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The command line: starts a server and prints where each room's screens are. A start that fails
 * says why in one or two sentences on stderr and exits with status 1; {@code --verbose} adds the
 * technical details.
 */
@Command(
    name = "gavel",
    mixinStandardHelpOptions = true,
    version = "Gavel 0.1",
    usageHelpWidth = 100,
    description = "Runs the room during discussion-first technical sessions.",
    footer = {
      "",
      "Environment:",
      "  GAVEL_ADMIN_SECRET  the organiser's secret (16 characters or more), never printed.",
      "                      Without it Gavel makes one on the first start, stores it in the",
      "                      database and prints it that once."
    })
public final class Main {

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "0.0.0.0",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, every network).")
  String host;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description =
          "Folder of the database gavel.db, created if missing (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description = {
        "The address people in the room use, shown in the printed links and the projector's QR"
            + " code (default: this machine's network address). For example:",
        "https://gavel.example.org"
      })
  String publicUrl;

  @Option(
      names = "--no-demo",
      description = "Do not load the demo programme into an empty database.")
  boolean noDemo;

  @Option(
      names = "--new-organiser-secret",
      description =
          "Replace the stored organiser's secret with a new one and print it; the old one stops"
              + " working.")
  boolean newOrganiserSecret;

  @Option(names = "--verbose", description = "When the server cannot start, show the details too.")
  boolean verbose;

  @Option(
      names = "--repair-room",
      paramLabel = "ROOM",
      description =
          "Repair the room whose log is damaged, with no server running on this data folder: save"
              + " its whole log as JSON into the folder repair/ of the data folder, cut the log back"
              + " to its last sound position, and exit.")
  String repairRoom;

  /** How a launch ended: a server running, or an exit status (the reason already printed). */
  sealed interface Launch {
    record Running(Gavel gavel) implements Launch {}

    record Finished(int status) implements Launch {}
  }

  public static void main(String[] args) throws InterruptedException {
    // jOOQ greets with a banner and tips on first use; the start-up output is for the room.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    switch (launch(args, System.getenv(), System.out, System.err)) {
      case Launch.Finished finished -> System.exit(finished.status());
      case Launch.Running running -> runUntilStopped(running.gavel());
    }
  }

  private static void runUntilStopped(Gavel gavel) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gavel.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  /** Reads the options and the environment and starts a server, printing its addresses. */
  static Launch launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Main options = new Main();
    CommandLine cli = new CommandLine(options);
    try {
      cli.parseArgs(args);
    } catch (ParameterException e) {
      return refuse(err, sentence(e.getMessage()) + " Run gavel --help to see the options.");
    }
    if (cli.isUsageHelpRequested()) {
      cli.usage(out);
      return new Launch.Finished(0);
    }
    if (cli.isVersionHelpRequested()) {
      cli.printVersionHelp(out);
      return new Launch.Finished(0);
    }
    Config config;
    try {
      config = options.config(env);
    } catch (IllegalArgumentException e) {
      return refuse(err, e.getMessage());
    }
    if (options.repairRoom != null) {
      return new Launch.Finished(RoomRepair.run(config, options.repairRoom, out, err));
    }
    try {
      Gavel gavel = Gavel.start(config);
      StartupReport.print(gavel, out);
      return new Launch.Running(gavel);
    } catch (StartupFailure e) {
      return options.failed(err, e.getMessage(), e);
    } catch (StoreException e) {
      return options.failed(
          err,
          "Gavel cannot open its database "
              + config.databaseFile().toAbsolutePath()
              + ": "
              + StoreException.rootReason(e)
              + ".",
          e);
    } catch (RuntimeException e) {
      return options.failed(err, "Gavel could not start: " + firstLine(e) + ".", e);
    }
  }

  /** The options checked and turned into a server's configuration. */
  private Config config(Map<String, String> env) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "--port must be a number from 0 to 65535, not " + port + ".");
    }
    String organiserSecret = env.get(OrganiserSecret.VARIABLE);
    if (organiserSecret != null && organiserSecret.strip().length() < 16) {
      throw new IllegalArgumentException(
          OrganiserSecret.VARIABLE
              + " is too short to guard the rooms: use 16 characters or more, or unset it and"
              + " Gavel makes a secret.");
    }
    if (organiserSecret != null && newOrganiserSecret) {
      throw new IllegalArgumentException(
          "--new-organiser-secret replaces the stored secret, but "
              + OrganiserSecret.VARIABLE
              + " is set and comes first: change the variable instead.");
    }
    return Config.defaults(data)
        .withPort(port)
        .withHost(host)
        .withDemo(!noDemo)
        .withPublicUrl(PublicUrl.check(publicUrl))
        .withOrganiserSecret(organiserSecret == null ? null : organiserSecret.strip())
        .withNewOrganiserSecret(newOrganiserSecret);
  }

  private static Launch refuse(PrintStream err, String sentences) {
    err.println(sentences);
    err.flush();
    return new Launch.Finished(1);
  }

  private Launch failed(PrintStream err, String sentences, Throwable cause) {
    if (verbose) {
      err.println(sentences);
      cause.printStackTrace(err);
      err.flush();
      return new Launch.Finished(1);
    }
    boolean explained = cause instanceof StartupFailure;
    return refuse(
        err, explained ? sentences : sentences + " Run it again with --verbose for details.");
  }

  private static String sentence(String message) {
    String text = message.strip();
    return text.endsWith(".") ? text : text + ".";
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse("").strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
