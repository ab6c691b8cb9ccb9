package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.programme.EventPlan;
import dev.gavel.programme.EventPlan.Link;
import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schedules that real conferences published (see {@code src/test/resources/corpus/README.md}): each
 * imports with the counts, times and identities its file gives, says what it assumed, and comes
 * back out of every export valid and unchanged.
 */
class CorpusTest {

  private static final String BASE = "https://gavel.example.org/events/x/";

  private static Imported read(ScheduleFormat format, String name, ImportOptions options) {
    return ScheduleImport.read(format, TestFiles.corpus(name), options);
  }

  private static final ImportOptions CAMP = new ImportOptions("camp99", "Camp 1999", null);

  private static final ImportOptions SENDEZENTRUM =
      new ImportOptions("31c3-sendezentrum", "31C3 Sendezentrum", ZoneId.of("Europe/Berlin"));

  private static Imported read(ScheduleFormat format, String name) {
    ImportOptions options =
        name.startsWith("sendezentrum") ? SENDEZENTRUM : name.startsWith("camp") ? CAMP : null;
    return read(format, name, options == null ? ImportOptions.none() : options);
  }

  private static Imported again(ScheduleFormat format, String text) {
    return ScheduleImport.read(format, text.getBytes(StandardCharsets.UTF_8), ImportOptions.none());
  }

  @ParameterizedTest
  @CsvSource({
    "FRAB_XML, ccc-36c3.xml, 4",
    "FRAB_XML, fosdem-2018.xml, 2",
    "FRAB_XML, debconf-23.xml, 86",
    "PRETALX_JSON, c3voc-38c3-schedule-v2.json, 2",
    "PRETALX_JSON, pretalx-democon.json, 4",
    "ICALENDAR, kolt-2020.ics, 6",
    "CSV, camp99.csv, 32",
    "CSV, sendezentrum-31c3.csv, 21"
  })
  void everyFile_importsItsTopics_andEveryExportValidatesAndReadsBackAsWhatTheFormatCarries(
      ScheduleFormat format, String name, int topics) {
    EventPlan plan = read(format, name).plan();

    String xml = ScheduleExport.frabXml(plan, Plans.DAY);
    String json = ScheduleExport.json(plan, BASE, Plans.DAY);
    var sameSlug = new ImportOptions(plan.slug(), null, null);

    assertEquals(topics, plan.topics().size());
    TestFiles.assertValidFrab(xml);
    TestFiles.assertValidScheduleJson(json);
    assertEquals(plan, again(ScheduleFormat.PRETALX_JSON, ScheduleExport.gavelJson(plan)).plan());
    assertEquals(
        Carried.byFrab(scheduled(plan)),
        Carried.byFrab(again(ScheduleFormat.FRAB_XML, xml).plan()));
    assertEquals(
        Carried.byJson(scheduled(plan)),
        Carried.byJson(again(ScheduleFormat.PRETALX_JSON, json).plan()));
    assertEquals(
        Carried.byICalendar(scheduled(plan)),
        Carried.byICalendar(
            ScheduleImport.read(
                    ScheduleFormat.ICALENDAR,
                    ScheduleExport.iCalendar(plan).getBytes(StandardCharsets.UTF_8),
                    sameSlug)
                .plan()));
  }

  /** The plan as the schedule formats have it: scheduled sessions only. */
  private static EventPlan scheduled(EventPlan plan) {
    return plan.withRooms(
        plan.rooms().stream()
            .map(
                room ->
                    new RoomPlan(
                        room.slug(),
                        room.name(),
                        room.sessions().stream().filter(s -> s.startsAt() != null).toList()))
            .toList());
  }

  @Test
  void ccc36c3_givesOffsetsButNoZone_soTheZoneComesFromTheOffsets_andLocalTimesStay() {
    Imported imported = read(ScheduleFormat.FRAB_XML, "ccc-36c3.xml");
    EventPlan plan = imported.plan();

    assertEquals(ZoneId.of("Europe/Berlin"), plan.timeZone());
    assertEquals(
        List.of(
            "the file gives times at +01:00 and names no time zone; Gavel took Europe/Berlin,"
                + " whose offsets match every time in the file (pass ?timeZone= to choose"
                + " another)"),
        imported.notes());
    TopicPlan keynote = plan.topics().get(1);
    assertEquals(OffsetDateTime.parse("2019-12-27T11:30+01:00"), keynote.startsAt());
    assertEquals("3aae5c0a-9c9b-483a-8c09-b4402d749a82", keynote.key());
    assertEquals(11220L, keynote.listing().number());
    assertEquals("Security Track Keynote", keynote.listing().subtitle());
    assertEquals("lecture", keynote.listing().type());
    assertEquals("en", keynote.listing().language());
    assertEquals(Map.of("Vincenzo Iozzo", "9846"), keynote.listing().personIds());
    assertEquals(
        List.of(new Link("https://wills.co.tt/bitbucket/36c3/messaging.pdf", "Slides")),
        plan.topics().get(2).listing().links());
    String xml = ScheduleExport.frabXml(plan, Plans.DAY);
    assertTrue(xml.contains("<time_zone_name>Europe/Berlin</time_zone_name>"), xml);
    assertTrue(xml.contains("<start>11:30</start>"), xml);
    assertTrue(xml.contains("id=\"11220\""), xml);
    assertTrue(xml.contains("<person id=\"9846\">Vincenzo Iozzo</person>"), xml);
  }

  private static final Set<String> MEALS =
      Set.of("Breakfast", "Lunch", "Afternoon break", "Dinner");

  @Test
  void debconf23_wholeWaferFile_takesEveryTalkAtTheLocalTimeItShows_andSkipsItsMealsByName() {
    FileEvents file = FileEvents.of(TestFiles.corpus("debconf-23.xml"));
    ZoneId zone = ZoneId.of(file.text("/schedule/conference/time_zone_name"));
    List<FileEvents.Event> events = file.events();
    // wafer gives its meals no type and no people: only their titles say what they are
    List<FileEvents.Event> meals =
        events.stream()
            .filter(e -> e.type().isEmpty() && e.persons().isEmpty() && MEALS.contains(e.title()))
            .toList();
    List<FileEvents.Event> talks = events.stream().filter(e -> !meals.contains(e)).toList();
    Imported imported = read(ScheduleFormat.FRAB_XML, "debconf-23.xml");
    EventPlan plan = imported.plan();
    Map<String, TopicPlan> topics =
        plan.topics().stream().collect(Collectors.toMap(TopicPlan::key, Function.identity()));

    assertEquals(117, events.size());
    assertEquals(31, meals.size());
    assertEquals(ZoneId.of("Asia/Kolkata"), plan.timeZone());
    assertEquals(List.of(), imported.notes());
    assertEquals(List.of(), imported.adjusted());
    assertEquals(
        meals.stream()
            .map(
                meal ->
                    new Skipped(
                        meal.title()
                            + ", "
                            + OffsetDateTime.parse(meal.date())
                                .atZoneSameInstant(zone)
                                .toLocalDate()
                            + " "
                            + meal.start(),
                        "a break, not a topic"))
            .toList(),
        imported.skipped());
    assertEquals(talks.size(), plan.topics().size());
    for (FileEvents.Event talk : talks) {
      TopicPlan topic = topics.get(talk.guid());
      assertEquals(talk.title(), topic.title());
      assertEquals(OffsetDateTime.parse(talk.date()).toInstant(), topic.startsAt().toInstant());
      assertEquals(talk.start(), topic.startsAt().toLocalTime().toString(), talk.title());
      assertEquals(
          zone.getRules().getOffset(topic.startsAt().toInstant()), topic.startsAt().getOffset());
      assertEquals(Long.valueOf(talk.id()), topic.listing().number());
      assertEquals(talk.persons(), topic.listing().personIds());
      assertEquals(talk.description().isEmpty() ? null : talk.description(), topic.abstractText());
    }
    assertEquals(
        OffsetDateTime.parse("2023-09-10T10:30+05:30"),
        topics.get("455d075f-48c0-2ec2-24b3-f5add30c383a").startsAt());
    assertEquals(
        OffsetDateTime.parse("2023-09-17T18:00+05:30"),
        topics.get("54c893f3-68da-0c4d-2b37-f89b770c6caf").startsAt());
    assertEquals(
        Duration.ofHours(8).plusMinutes(30),
        topics.get("5764409b-2f48-b97c-cb2a-84ce5f1711e0").budget());
  }

  @Test
  void debconf23_throughItsOwnFrabExport_keepsEveryGuidFrabIdAndPersonId_withoutDuplicates() {
    EventPlan plan = read(ScheduleFormat.FRAB_XML, "debconf-23.xml").plan();
    String xml = ScheduleExport.frabXml(plan, Plans.DAY);
    FileEvents exported = FileEvents.of(xml.getBytes(StandardCharsets.UTF_8));

    EventPlan again = again(ScheduleFormat.FRAB_XML, xml).plan();

    assertEquals(identities(plan), identities(again));
    assertEquals(86, identities(again).stream().map(List::getFirst).distinct().count());
    assertEquals("Asia/Kolkata", exported.text("/schedule/conference/time_zone_name"));
    // each talk is on the day of its own local date, though wafer's days start at 21:30 UTC
    for (FileEvents.Event event : exported.events()) {
      assertEquals(
          OffsetDateTime.parse(event.date()).toLocalDate().toString(),
          exported.text("//event[@guid='" + event.guid() + "']/ancestor::day/@date"),
          event.title());
    }
  }

  /** Each topic's guid, frab id and people's ids, in order. */
  private static List<List<Object>> identities(EventPlan plan) {
    return plan.topics().stream()
        .map(t -> List.<Object>of(t.key(), t.listing().number(), t.listing().personIds()))
        .toList();
  }

  @Test
  void fosdem2018_hasNeitherDatesNorAZone_soItsCityGivesTheZone() {
    Imported imported = read(ScheduleFormat.FRAB_XML, "fosdem-2018.xml");
    EventPlan plan = imported.plan();

    assertEquals("fosdem-2018", plan.slug());
    assertEquals(ZoneId.of("Europe/Brussels"), plan.timeZone());
    assertEquals(
        List.of(
            "the file names no time zone; Gavel took Europe/Brussels, the zone of Brussels (pass"
                + " ?timeZone= to choose another)"),
        imported.notes());
    assertEquals(
        List.of(
            OffsetDateTime.parse("2018-02-03T10:00+01:00"),
            OffsetDateTime.parse("2018-02-03T12:00+01:00")),
        plan.topics().stream().map(TopicPlan::startsAt).toList());
    TopicPlan unix = plan.topics().get(1);
    assertEquals("6230", unix.key());
    assertEquals(
        "The Unix operating system has had a profound influence on the development of open"
            + " source software and associated communities.",
        unix.abstractText());
    assertNull(unix.listing().description());
  }

  @Test
  void c3vocScheduleV2_readsItsEventList_tracksByName_andParticipantsWithTheirGuids() {
    Imported imported = read(ScheduleFormat.PRETALX_JSON, "c3voc-38c3-schedule-v2.json");
    EventPlan plan = imported.plan();

    assertEquals("38c3", plan.slug());
    assertEquals(ZoneId.of("Europe/Berlin"), plan.timeZone());
    assertEquals(
        List.of("Saal 1", "Saal GLITCH", "Saal ZIGZAG", "Stage HUFF", "Stage YELL"),
        plan.rooms().stream().map(RoomPlan::name).toList());
    TopicPlan opening = plan.topics().getFirst();
    assertEquals("CCC", opening.category());
    assertEquals(Duration.ofMinutes(30), opening.budget());
    assertEquals(List.of("Gabriela Bogk", "Senficon", "Aline Blankertz"), opening.presenters());
    assertEquals(
        "0c16ffaa-709d-599f-959f-9a38b911361a", opening.listing().personIds().get("Gabriela Bogk"));
    assertEquals(2, opening.listing().links().size());
    TopicPlan talk = plan.topics().get(1);
    assertEquals("Hardware & Making", talk.category());
    assertEquals(OffsetDateTime.parse("2024-12-28T00:15+01:00"), talk.startsAt());
    assertEquals(Duration.ofMinutes(40), talk.budget());
    assertEquals("Most Wanted Using Deep Reinforcement Learning", talk.listing().subtitle());
    assertEquals(List.of(), imported.skipped());
  }

  @Test
  void pretalxDemocon_namesUtcButGivesOffsets_theNamedZoneWins_andTheAnswerSaysSo() {
    Imported imported = read(ScheduleFormat.PRETALX_JSON, "pretalx-democon.json");

    assertEquals(ZoneId.of("UTC"), imported.plan().timeZone());
    assertEquals(
        List.of(
            "the file names the time zone UTC, but gives its times at other offsets: they are"
                + " shown in UTC"),
        imported.notes());
    TopicPlan first = imported.plan().topics().getFirst();
    assertEquals(OffsetDateTime.parse("2020-12-14T08:00Z"), first.startsAt());
    assertEquals(Map.of("Brian Robinson", "26"), first.listing().personIds());
    assertEquals("http://localhost/democon/talk/G9JGWY/", first.listing().url());
  }

  @Test
  void kolt2020_hasLfLinesFoldedLinesAndUtcTimes_andReadsWhole() {
    Imported imported = read(ScheduleFormat.ICALENDAR, "kolt-2020.ics");
    EventPlan plan = imported.plan();

    assertEquals("18-kieler-open-source-und-linux-tage", plan.slug());
    assertEquals(ZoneId.of("UTC"), plan.timeZone());
    assertEquals(
        List.of("Ravensberg", "Laboe", "Düsternbrook"),
        plan.rooms().stream().map(RoomPlan::name).toList());
    TopicPlan first = plan.topics().getFirst();
    assertEquals("460@KOLT20", first.key());
    assertEquals("https://kielux.de/programm/KOLT20#460", first.listing().url());
    assertTrue(
        first.abstractText().contains("von einer Applikation zu anderen Applikationen"),
        first.abstractText());
    assertEquals(
        List.of(
            "the file gives every time in UTC and names no time zone: shown in UTC (pass"
                + " ?timeZone= to show local times)"),
        imported.notes());
  }

  @Test
  void camp99Spreadsheet_withWeekdaysForDates_isTakenUnscheduled_rowByRow() {
    Imported imported = read(ScheduleFormat.CSV, "camp99.csv", CAMP);
    EventPlan plan = imported.plan();

    assertEquals(32, plan.topics().size());
    assertEquals(
        List.of("the CSV's columns start_hour are not read"), imported.notes().subList(0, 1));
    assertEquals(
        new Adjusted(
            "How To Leave The Planet (line 2)",
            "its date or time cannot be read: \"Freitag\"",
            "taken unscheduled"),
        imported.adjusted().getFirst());
    assertEquals(64, imported.adjusted().size());
    assertEquals(List.of("Hugh Daniel", "John Gilmore"), plan.topics().get(1).presenters());
    assertNull(plan.rooms().getFirst().sessions().getFirst().startsAt());
  }

  @Test
  void sendezentrum31c3_germanHeadersTwoDigitYearsAndAmPm_importsEveryRowAtItsLocalTime() {
    Imported imported = read(ScheduleFormat.CSV, "sendezentrum-31c3.csv");
    EventPlan plan = imported.plan();
    List<TopicPlan> topics = plan.topics();

    assertEquals(List.of(), imported.skipped());
    assertEquals(21, topics.size());
    assertEquals(List.of("Unassigned"), plan.rooms().stream().map(RoomPlan::name).toList());
    assertEquals("\"Der Einstieg ins Podcasten\"", topics.getFirst().title());
    assertEquals(List.of("Daniel Meßner"), topics.getFirst().presenters());
    assertEquals(OffsetDateTime.parse("2014-12-27T14:00+01:00"), topics.getFirst().startsAt());
    assertEquals(Duration.ofHours(1), topics.getFirst().budget());
    assertEquals(
        OffsetDateTime.parse("2014-12-30T00:00+01:00"), topic(plan, "DIE Reunion").startsAt());
    assertEquals(Duration.ofMinutes(119), topic(plan, "Jahresrückblick").budget());
    assertEquals(
        List.of(
            "Tim Pritlove",
            "John-Paul Bader",
            "Ruotger Deecke",
            "Clemens Schrimpe",
            "Denis Ahrens"),
        topic(plan, "FS147 That Escalatored Quickly").presenters());
    assertEquals(24, imported.adjusted().size());
    assertTrue(
        imported
            .adjusted()
            .contains(
                new Adjusted(
                    "an untitled item, 2014-12-28 17:00",
                    "it has no title",
                    "titled \"Untitled\"")),
        imported.adjusted().toString());
    assertEquals(
        new Adjusted(
            "#31C3-Rückblick (line 22)",
            "its length cannot be read: its end \"tbd\" is not a time Gavel reads",
            "taken without a length"),
        imported.adjusted().getFirst());
    assertTrue(
        imported
            .adjusted()
            .contains(
                new Adjusted(
                    "#31C3-Rückblick, 2014-12-30 15:00",
                    "it has no end after its start",
                    "given 30 minutes")),
        imported.adjusted().toString());
    assertEquals(
        List.of("the CSV's columns (a column without a name), Podcast are not read"),
        imported.notes());
  }

  private static TopicPlan topic(EventPlan plan, String title) {
    return plan.topics().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
  }
}
