package dev.gavel;

import dev.gavel.programme.RoomInfo;
import dev.gavel.route.Routes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: starts a server and prints where each room's screens are. */
@Command(
    name = "gavel",
    mixinStandardHelpOptions = true,
    version = "Gavel 0.1",
    description = "Runs the room during discussion-first technical sessions.",
    footer = {
      "",
      "Environment:",
      "  GAVEL_ADMIN_SECRET  the organiser's secret; otherwise one is generated, stored and printed."
    })
public final class Main implements Callable<Integer> {

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port = Config.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).")
  String host = "0.0.0.0";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the database gavel.db, created if missing (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("data");

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The address people in the room use, such as https://gavel.example.org; shown in"
              + " links and the projector's QR code (default: this machine's network address).")
  String publicUrl;

  @Option(
      names = "--no-demo",
      description = "Do not load the demo programme into an empty database.")
  boolean noDemo;

  public static void main(String[] args) {
    // jOOQ greets with a banner and tips on first use; the start-up output is for the room.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    int code = new CommandLine(new Main()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--port must be between 0 and 65535, not " + port);
    }
    Config config =
        Config.defaults(data)
            .withPort(port)
            .withHost(host)
            .withDemo(!noDemo)
            .withPublicUrl(publicUrl)
            .withOrganiserSecret(System.getenv("GAVEL_ADMIN_SECRET"));
    Gavel gavel = Gavel.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gavel.close();
                  stopped.countDown();
                }));
    printAddresses(gavel, System.out);
    stopped.await();
    return 0;
  }

  static void printAddresses(Gavel gavel, PrintStream out) {
    String base = gavel.publicBase();
    out.println();
    out.println("Gavel is running. Database: " + gavel.config().databaseFile().toAbsolutePath());
    out.println(
        "Open it at "
            + String.join("  or  ", Addresses.bases(gavel.config().host(), gavel.port())));
    if (gavel.rooms().isEmpty()) {
      out.println("No rooms yet: import a programme (see README), or start without --no-demo.");
    }
    for (RoomInfo room : gavel.rooms()) {
      out.println();
      out.println(room.name() + " (" + room.eventTitle() + ")");
      out.println("  projector  " + base + Routes.DISPLAY.path(room.slug().value()));
      out.println("  attendees  " + base + Routes.ROOM.path(room.slug().value()));
      out.println(
          "  moderator  "
              + base
              + Routes.MODERATE.pathWithKey(room.moderatorSecret(), room.slug().value()));
      out.println(
          "  notes      "
              + base
              + Routes.TAKE_NOTES.pathWithKey(room.notesSecret(), room.slug().value()));
    }
    out.println();
    out.println("Organiser secret (keep it to yourself): " + gavel.organiserSecret());
    out.println(
        "Organise the programme: " + base + Routes.ORGANISE.pathWithKey(gavel.organiserSecret()));
    out.println("Stop with Ctrl+C.");
    out.flush();
  }
}
