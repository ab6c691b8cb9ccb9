package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedule.xml that wafer (DebConf's conference software) writes: each event's {@code <date>}
 * in UTC with the local time beside it in {@code <start>}, days from 21:30 UTC, and meals with an
 * empty {@code <type/>} and no people.
 */
class WaferXmlTest {

  private static String schedule(String zoneName, String events) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <schedule>
          <generator name="wafer" version="0.14.0" />
          <conference>
            <title>DebConf 23</title>
            %s
            <acronym>debconf23</acronym>
          </conference>
          <day date="2023-09-09" start="2023-09-09T21:30:00+00:00"
               end="2023-09-10T21:29:59+00:00" index="1">
            <room name="Anamudi">%s</room>
          </day>
        </schedule>
        """
        .formatted(
            zoneName == null ? "" : "<time_zone_name>" + zoneName + "</time_zone_name>", events);
  }

  private static String event(int id, String date, String start, String title, String more) {
    return """
        <event id="%d" guid="00000000-0000-0000-0000-%012d">
          <date>%s</date><start>%s</start><duration>00:45</duration>
          <room>Anamudi</room><abstract/><subtitle/><title>%s</title>%s
        </event>
        """
        .formatted(id, id, date, start, title, more);
  }

  private static final String TALK =
      event(
          35,
          "2023-09-10T05:00:00+00:00",
          "10:30",
          "Opening Ceremony",
          "<type>Long talk (45 minutes)</type>"
              + "<persons><person id=\"63\">Sruthi Chandran</person></persons>");

  private static Imported read(String xml) {
    return ScheduleImport.read(
        ScheduleFormat.FRAB_XML, xml.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @Test
  void utcDates_inTheZoneTheFileNames_areShownAtTheLocalTimeBesideThem_withoutAWarning() {
    Imported imported = read(schedule("Asia/Kolkata", TALK));

    assertEquals(ZoneId.of("Asia/Kolkata"), imported.plan().timeZone());
    assertEquals(
        OffsetDateTime.parse("2023-09-10T10:30+05:30"),
        imported.plan().topics().getFirst().startsAt());
    assertEquals(List.of(), imported.notes());
  }

  @Test
  void localTimesTheNamedZoneDoesNotShow_areShownInThatZone_andTheAnswerSaysSo() {
    Imported imported = read(schedule("Europe/Berlin", TALK));

    assertEquals(
        OffsetDateTime.parse("2023-09-10T07:00+02:00"),
        imported.plan().topics().getFirst().startsAt());
    assertEquals(
        List.of(
            "the file names the time zone Europe/Berlin, but gives its times at other offsets:"
                + " they are shown in Europe/Berlin"),
        imported.notes());
  }

  @Test
  void utcDatesWithLocalTimesBeside_andNoZoneName_takeTheZoneThatShowsThoseTimes() {
    Imported imported = read(schedule(null, TALK));

    assertEquals(ZoneId.of("Asia/Kolkata"), imported.plan().timeZone());
    assertEquals(
        OffsetDateTime.parse("2023-09-10T10:30+05:30"),
        imported.plan().topics().getFirst().startsAt());
    assertEquals(
        List.of(
            "the file gives times at +00:00, each with its local time beside it, and names no"
                + " time zone; Gavel took Asia/Kolkata, which shows every time at the local time"
                + " the file gives (pass ?timeZone= to choose another)"),
        imported.notes());
  }

  @Test
  void mealsWithoutTypeOrPeople_areSkippedByTheirTitles_atTheLocalDayAndTimeTheFileShows() {
    String events =
        event(1, "2023-09-09T22:00:00+00:00", "03:30", "Breakfast", "<type/>")
            + TALK
            + event(2, "2023-09-10T07:00:00+00:00", "12:30", "Lunch", "<type/>")
            + event(3, "2023-09-10T12:00:00+00:00", "17:30", "Afternoon break", "<type/>")
            + event(
                4, "2023-09-10T13:30:00+00:00", "19:00", "Dinner", "<type>BoF (45 minutes)</type>")
            + event(
                5,
                "2023-09-10T15:00:00+00:00",
                "20:30",
                "Lunch",
                "<type/><persons><person id=\"4\">Stefano Rivera</person></persons>");

    Imported imported = read(schedule("Asia/Kolkata", events));

    assertEquals(
        List.of(
            new Skipped("Breakfast, 2023-09-10 03:30", "a break, not a topic"),
            new Skipped("Lunch, 2023-09-10 12:30", "a break, not a topic"),
            new Skipped("Afternoon break, 2023-09-10 17:30", "a break, not a topic")),
        imported.skipped());
    // a typed item, or one that names its people, is a topic whatever its title
    assertEquals(
        List.of("Opening Ceremony", "Dinner", "Lunch"),
        imported.plan().topics().stream().map(TopicPlan::title).toList());
  }
}
