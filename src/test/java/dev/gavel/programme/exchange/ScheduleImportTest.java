package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gavel.programme.EventPlan;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScheduleImportTest {

  @ParameterizedTest
  @CsvSource({
    "application/xml, FRAB_XML",
    "text/xml; charset=utf-8, FRAB_XML",
    "application/json, PRETALX_JSON",
    "Application/JSON;charset=UTF-8, PRETALX_JSON",
    "text/calendar, ICALENDAR",
    "text/csv; header=present, CSV"
  })
  void contentType_namesItsFormat_parametersIgnored(String contentType, ScheduleFormat format) {
    assertEquals(Optional.of(format), ScheduleFormat.ofContentType(contentType));
  }

  @Test
  void unknownOrMissingContentType_namesNoFormat() {
    assertEquals(Optional.empty(), ScheduleFormat.ofContentType("text/html"));
    assertEquals(Optional.empty(), ScheduleFormat.ofContentType(null));
  }

  @ParameterizedTest
  @EnumSource(ScheduleFormat.class)
  void fileOverTheLimit_isRefusedWithItsSize_beforeBeingRead(ScheduleFormat format) {
    byte[] body = new byte[(int) (12.3 * 1024 * 1024)];
    Arrays.fill(body, (byte) '<');

    ImportException e =
        assertThrows(
            ImportException.class, () -> ScheduleImport.read(format, body, ImportOptions.none()));

    assertEquals("the file is 12.3 MB; Gavel imports files of up to 10 MB", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ScheduleFormat.class)
  void emptyFile_isRefused(ScheduleFormat format) {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> ScheduleImport.read(format, " \n".getBytes(StandardCharsets.UTF_8), null));

    assertEquals("the file is empty", e.getMessage());
  }

  @Test
  void invalidSlugInTheOptions_isRefused() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                ScheduleImport.read(
                    ScheduleFormat.FRAB_XML,
                    TestFiles.bytes("lpc-microconferences.xml"),
                    new ImportOptions("Not A Slug", null, null)));

    assertEquals(
        "the event's slug \"Not A Slug\" must be 1 to 64 lower-case letters, digits and dashes",
        e.getMessage());
  }

  @Test
  void unknownTimeZoneInTheFile_isNamed_andTheZoneTakenFromTheOffsets() {
    byte[] xml =
        new String(TestFiles.bytes("lpc-microconferences.xml"), StandardCharsets.UTF_8)
            .replace("Asia/Tokyo", "Mars/Olympus_Mons")
            .getBytes(StandardCharsets.UTF_8);

    Imported imported = ScheduleImport.read(ScheduleFormat.FRAB_XML, xml, ImportOptions.none());

    assertEquals(ZoneId.of("Asia/Tokyo"), imported.plan().timeZone());
    assertEquals(
        List.of(
            "the file names the time zone \"Mars/Olympus_Mons\", which Gavel does not know:"
                + " ignored",
            "the file gives times at +09:00 and names no time zone; Gavel took Asia/Tokyo, whose"
                + " offsets match every time in the file (pass ?timeZone= to choose another)"),
        imported.notes());
  }

  @Test
  void gavelJson_takesTheOptionsSlugTitleAndZone() {
    var options = new ImportOptions("lpc-copy", "A copy", ZoneId.of("UTC"));

    EventPlan plan =
        ScheduleImport.read(
                ScheduleFormat.PRETALX_JSON,
                ScheduleExport.gavelJson(Plans.everything()).getBytes(StandardCharsets.UTF_8),
                options)
            .plan();

    assertEquals("lpc-copy", plan.slug());
    assertEquals("A copy", plan.title());
    assertEquals(ZoneId.of("UTC"), plan.timeZone());
    assertEquals(Plans.everything().rooms(), plan.rooms());
  }
}
