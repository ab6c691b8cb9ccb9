package dev.gavel.testing;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a person at the back of the room would notice, measured on element boxes, not pixels. */
public final class ScreenChecks {

  private static final String CLIPPED =
      """
      () => {
        const problems = [];
        const name = (e) => e.id ? '#' + e.id
            : e.tagName.toLowerCase() + (e.classList.length ? '.' + e.classList[0] : '');
        const shown = (e) => !e.closest('[hidden]') && e.getClientRects().length > 0
            && getComputedStyle(e).visibility !== 'hidden';
        for (const e of document.querySelectorAll('.screen, .screen *')) {
          if (!shown(e)) continue;
          const box = e.getBoundingClientRect();
          if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1
              || box.bottom > innerHeight + 1) {
            problems.push(name(e) + ' reaches outside the screen');
          }
          const inline = getComputedStyle(e).display === 'inline';
          if (!inline && e.clientWidth > 0
              && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
            problems.push(name(e) + ' is cut: ' + e.scrollWidth + '×' + e.scrollHeight
                + ' in ' + e.clientWidth + '×' + e.clientHeight);
          }
        }
        const rows = [...document.querySelector('.screen').children].filter(shown)
            .map((row) => row.getBoundingClientRect());
        for (let i = 1; i < rows.length; i++) {
          if (rows[i].top < rows[i - 1].bottom - 1) problems.push('row ' + i + ' overlaps row ' + (i - 1));
        }
        return problems;
      }
      """;

  private static final String CAP_HEIGHT =
      """
      (selector) => {
        const e = document.querySelector(selector);
        const style = getComputedStyle(e);
        const context = document.createElement('canvas').getContext('2d');
        context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
        return context.measureText('H').actualBoundingBoxAscent / innerHeight;
      }
      """;

  private ScreenChecks() {}

  /** Every element of the screen that is cut, reaches outside it, or lies over its neighbour. */
  @SuppressWarnings("unchecked")
  public static List<String> clipped(Page page) {
    return new ArrayList<>((List<String>) page.evaluate(CLIPPED));
  }

  /** Each element's capital height as a share of the screen's height. */
  public static Map<String, Double> capHeights(Page page, List<String> selectors) {
    Map<String, Double> heights = new LinkedHashMap<>();
    for (String selector : selectors) {
      heights.put(selector, ((Number) page.evaluate(CAP_HEIGHT, selector)).doubleValue());
    }
    return heights;
  }
}
