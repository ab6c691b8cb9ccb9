package dev.gavel.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignUpFormTest {

  @Test
  void signingUp_needsAName_andTakesAnArea() {
    assertEquals(
        new SignUpForm("Ana", null), SignUpForm.check(Map.of("name", "Ana", "area", " ")).value());
    assertEquals(
        Map.of("name", "Your name is required."), SignUpForm.check(Map.of("area", "tc")).errors());
  }
}
