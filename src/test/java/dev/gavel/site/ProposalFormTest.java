package dev.gavel.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalFormTest {

  @Test
  void aTitleAndOnePresenter_areEnough() {
    ProposalForm form =
        ProposalForm.check(Map.of("title", "MPTCP in the kernel", "presenters", "Mat Martineau"))
            .value();

    assertEquals(
        new ProposalForm("MPTCP in the kernel", List.of("Mat Martineau"), null, null), form);
  }

  @Test
  void noPresenter_isRefused() {
    assertEquals(
        Map.of("presenters", "At least one presenter is required: one name per line."),
        ProposalForm.check(Map.of("title", "T", "presenters", " \n ")).errors());
  }

  @Test
  void theLimits_areTheFormsLimits() {
    Map<String, String> errors =
        ProposalForm.check(
                Map.of(
                    "title",
                    "t".repeat(201),
                    "presenters",
                    "p\n".repeat(11),
                    "abstract",
                    "a".repeat(4001)))
            .errors();

    assertEquals("The title is at most 200 characters (this is 201).", errors.get("title"));
    assertEquals("At most 10 presenters, one per line.", errors.get("presenters"));
    assertEquals("The abstract is at most 4000 characters (this is 4001).", errors.get("abstract"));
  }

  @Test
  void aPresenterNameOfMoreThan100Characters_isRefused() {
    assertEquals(
        "Each of the presenters is at most 100 characters.",
        ProposalForm.check(Map.of("title", "T", "presenters", "n".repeat(101)))
            .errors()
            .get("presenters"));
  }
}
