package dev.gavel.programme.exchange;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event's time zone, and what Gavel says about how it chose it. In this order:
 *
 * <ol>
 *   <li>{@code ?timeZone=}, when given;
 *   <li>the zone of the event already stored under the slug: a re-import never resets it;
 *   <li>the zone the file names ({@code time_zone_name}, {@code X-WR-TIMEZONE});
 *   <li>a zone whose offsets match every time the file gives with an offset, at its instant (so it
 *       behaves as the file does across a clock change). Of several, the first of {@link
 *       #PREFERRED} that matches, else the first by name. All offsets zero gives {@code UTC};
 *   <li>the zone of the city the file names (pentabarf's {@code <city>Brussels</city>});
 *   <li>{@code UTC}: times without an offset keep the wall-clock time the file shows.
 * </ol>
 *
 * From the fourth step on the answer's notes say what Gavel assumed. Zones are IANA names: {@code
 * UTC}, never {@code Z}.
 */
record ZoneChoice(ZoneId zone, List<String> notes) {

  static final ZoneId UTC = ZoneId.of("UTC");

  /** Where conferences most often are, for each offset they share with quieter zones. */
  static final List<String> PREFERRED =
      List.of(
          "Europe/London",
          "Europe/Berlin",
          "Europe/Helsinki",
          "Europe/Moscow",
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles",
          "America/Sao_Paulo",
          "Asia/Kolkata",
          "Asia/Singapore",
          "Asia/Tokyo",
          "Australia/Sydney",
          "Pacific/Auckland");

  private static final Pattern REGION =
      Pattern.compile(
          "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
              + "/[A-Za-z_]+(/[A-Za-z_]+)?");

  /**
   * @param slug the event's slug, to look up a stored event's zone
   * @param fixed every start the file gives with an offset (and the local time it shows for it)
   * @param floating whether some starts have no offset
   */
  static ZoneChoice of(
      ImportOptions options,
      String slug,
      String zoneName,
      String city,
      Collection<When> fixed,
      boolean floating) {
    if (options.timeZone() != null) {
      return new ZoneChoice(options.timeZone(), List.of());
    }
    List<String> notes = new ArrayList<>();
    Optional<ZoneId> stored = options.storedZone().apply(slug);
    ZoneId named = named(zoneName, notes);
    if (stored.isPresent()) {
      if (named != null && !named.equals(stored.get())) {
        notes.add(
            "the file names the time zone "
                + named.getId()
                + "; the event keeps its own, "
                + stored.get().getId()
                + " (pass ?timeZone= to change it)");
      }
      return new ZoneChoice(stored.get(), notes);
    }
    if (named != null) {
      // a date in UTC that the named zone shows at the local time the file gives is no surprise
      if (!fixed.isEmpty() && !matches(named, fixed)) {
        notes.add(
            "the file names the time zone "
                + named.getId()
                + ", but gives its times at other offsets: they are shown in "
                + named.getId());
      }
      return new ZoneChoice(named, notes);
    }
    if (!fixed.isEmpty()) {
      return new ZoneChoice(fromOffsets(fixed, notes), notes);
    }
    Optional<ZoneId> ofCity = city == null ? Optional.empty() : ofCity(city);
    if (ofCity.isPresent()) {
      notes.add(
          "the file names no time zone; Gavel took "
              + ofCity.get().getId()
              + ", the zone of "
              + city
              + " (pass ?timeZone= to choose another)");
      return new ZoneChoice(ofCity.get(), notes);
    }
    if (floating) {
      notes.add(
          "the file names no time zone and gives times without an offset; they are shown as the"
              + " file has them, in UTC (pass ?timeZone= to place them, such as Europe/Brussels)");
    }
    return new ZoneChoice(UTC, notes);
  }

  private static ZoneId named(String zoneName, List<String> notes) {
    if (zoneName == null) {
      return null;
    }
    try {
      ZoneId zone = ZoneId.of(zoneName);
      return zone.normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() == 0
          ? UTC
          : zone;
    } catch (DateTimeException e) {
      notes.add(
          "the file names the time zone \"" + zoneName + "\", which Gavel does not know: ignored");
      return null;
    }
  }

  private static ZoneId fromOffsets(Collection<When> fixed, List<String> notes) {
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    fixed.forEach(time -> offsets.add(time.offset()));
    String shown = String.join(", ", offsets.stream().map(ZoneChoice::shown).toList());
    // wafer writes each date in UTC and the local time beside it: that local time places the zone
    boolean clocksElsewhere = fixed.stream().anyMatch(time -> !time.agreesWith(time.offset()));
    if (offsets.equals(Set.of(ZoneOffset.UTC)) && !clocksElsewhere) {
      notes.add(
          "the file gives every time in UTC and names no time zone: shown in UTC (pass"
              + " ?timeZone= to show local times)");
      return UTC;
    }
    List<ZoneId> matching =
        ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION.matcher(id).matches())
            .map(ZoneId::of)
            .filter(zone -> matches(zone, fixed))
            .sorted(Comparator.comparing(ZoneChoice::rank).thenComparing(ZoneId::getId))
            .toList();
    if (matching.isEmpty()) {
      ZoneOffset offset = offsets.iterator().next();
      notes.add(
          "the file gives times at "
              + shown
              + " and names no time zone, and no zone has those offsets then: Gavel took "
              + offset.getId()
              + " (pass ?timeZone= to choose a zone)");
      return offset;
    }
    ZoneId zone = matching.getFirst();
    notes.add(
        "the file gives times at "
            + shown
            + (clocksElsewhere ? ", each with its local time beside it," : "")
            + " and names no time zone; Gavel took "
            + zone.getId()
            + (clocksElsewhere
                ? ", which shows every time at the local time the file gives"
                : ", whose offsets match every time in the file")
            + " (pass ?timeZone= to choose another)");
    return zone;
  }

  private static boolean matches(ZoneId zone, Collection<When> fixed) {
    return fixed.stream().allMatch(time -> time.agreesWith(zone));
  }

  private static int rank(ZoneId zone) {
    int index = PREFERRED.indexOf(zone.getId());
    return index < 0 ? PREFERRED.size() : index;
  }

  private static String shown(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  private static Optional<ZoneId> ofCity(String city) {
    String wanted = "/" + city.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id -> REGION.matcher(id).matches())
        .filter(id -> id.toLowerCase(Locale.ROOT).endsWith(wanted))
        .sorted()
        .findFirst()
        .map(ZoneId::of);
  }
}
