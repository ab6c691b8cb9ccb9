package dev.gavel.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void aScriptWithoutOrigin_passes() {
    assertTrue(SameOrigin.test(null, "gavel.example.org"));
  }

  @Test
  void ourOwnPage_passes_whateverTheCaseOfTheHost() {
    assertTrue(SameOrigin.test("http://Gavel.example.org:7070", "gavel.example.org:7070"));
  }

  @Test
  void anotherSitesPage_isRefused() {
    assertFalse(SameOrigin.test("https://evil.example", "gavel.example.org:7070"));
    assertFalse(SameOrigin.test("http://gavel.example.org:8080", "gavel.example.org:7070"));
  }

  @Test
  void anOpaqueOrMalformedOrigin_isRefused() {
    assertFalse(SameOrigin.test("null", "gavel.example.org"));
    assertFalse(SameOrigin.test("http://[bad", "gavel.example.org"));
    assertFalse(SameOrigin.test("http://gavel.example.org", null));
  }
}
