package dev.gavel;

import dev.gavel.access.OrganiserSecret;
import dev.gavel.live.Paths;
import dev.gavel.programme.RoomInfo;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a started server prints: where it is, each room's screens, and how the organiser gets in.
 * The organiser's secret appears only on the start that made it; later starts say where it came
 * from instead, so that service logs never collect it.
 */
final class StartupReport {

  private StartupReport() {}

  static void print(Gavel gavel, PrintStream out) {
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
      out.println("  projector  " + base + Paths.display(room.slug()));
      out.println("  attendees  " + base + Paths.follow(room.slug()));
      out.println("  moderator  " + base + Paths.moderate(room.slug(), room.moderatorSecret()));
      out.println("  notes      " + base + Paths.takeNotes(room.slug(), room.notesSecret()));
    }
    out.println();
    organiser(gavel.organiser(), base, out);
    out.println("Stop with Ctrl+C.");
    out.flush();
  }

  private static void organiser(OrganiserSecret secret, String base, PrintStream out) {
    switch (secret.origin()) {
      case MADE_NOW -> {
        out.println("Organiser secret (shown this once; keep it to yourself): " + secret.value());
        out.println(
            "Organise the programme: "
                + base
                + "/organise?key="
                + URLEncoder.encode(secret.value(), StandardCharsets.UTF_8));
      }
      case STORED -> {
        out.println(
            "Organiser secret: the one printed when it was made. Lost it? Start once with"
                + " --new-organiser-secret for a new one.");
        out.println("Organise the programme: " + base + "/organise?key=<organiser secret>");
      }
      case ENVIRONMENT -> {
        out.println("Organiser secret: the one in " + Main.ADMIN_SECRET_VARIABLE + ".");
        out.println(
            "Organise the programme: "
                + base
                + "/organise?key=<"
                + Main.ADMIN_SECRET_VARIABLE
                + ">");
      }
    }
  }
}
