package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrabXmlRefusalTest {

  private static final String DOCTYPE_REFUSED =
      "the file declares a DOCTYPE; Gavel does not read DTDs or external entities";

  private static ImportException refused(String xml) {
    return assertThrows(
        ImportException.class,
        () ->
            ScheduleImport.read(
                ScheduleFormat.FRAB_XML,
                xml.getBytes(StandardCharsets.UTF_8),
                ImportOptions.none()));
  }

  /** A one-room schedule whose events are the given XML. */
  static String schedule(String conferenceExtra, String events) {
    return """
    <?xml version="1.0" encoding="UTF-8"?>
    <schedule><version>1</version>
      <conference><acronym>mc</acronym><title>MC</title>
        <time_zone_name>Europe/Dublin</time_zone_name>%s</conference>
      <day index="1" date="2026-09-18">
        <room name="Main">%s</room>
      </day>
    </schedule>
    """
        .formatted(conferenceExtra, events);
  }

  static String event(String guid, String title, String start, String duration) {
    return """
    <event guid="%s" id="1"><date>2026-09-18T%s:00+01:00</date><start>%s</start>
      <duration>%s</duration><room>Main</room><title>%s</title><type>talk</type></event>
    """
        .formatted(guid, start, start, duration, title);
  }

  @Test
  void malformedXml_isRefusedWithItsLineAndColumn() {
    ImportException e = refused("<schedule>\n  <conference>\n</schedule>");

    assertTrue(
        e.getMessage().startsWith("the XML is malformed at line 3, column "), e.getMessage());
  }

  @Test
  void externalEntity_isRefusedBeforeAnythingIsRead() {
    ImportException e =
        refused(
            """
            <?xml version="1.0"?>
            <!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <schedule><conference><acronym>&x;</acronym><title>&x;</title></conference></schedule>
            """);

    assertEquals(DOCTYPE_REFUSED, e.getMessage());
    assertFalse(e.getMessage().contains("root:"));
  }

  @Test
  void billionLaughs_isRefusedAtTheDoctype() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      String previous = "&lol" + (i - 1) + ";";
      entities
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(previous.repeat(10))
          .append("\">");
    }

    ImportException e =
        refused(
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities + "]><schedule>&lol9;</schedule>");

    assertEquals(DOCTYPE_REFUSED, e.getMessage());
  }

  @Test
  void wrongRootElement_isNotAFrabSchedule() {
    assertEquals(
        "not a frab schedule: root element is <html>",
        refused("<html><body>Schedule</body></html>").getMessage());
  }

  @Test
  void missingAcronymWithoutOptions_asksForTheEventsSlug() {
    String xml =
        schedule("", event("11111111-1111-1111-1111-111111111111", "Tracing", "09:00", "00:30"))
            .replace("<acronym>mc</acronym>", "")
            .replace("<title>MC</title>", "");

    assertTrue(refused(xml).getMessage().contains("pass ?event=<slug>"));
  }
}
