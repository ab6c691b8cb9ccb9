package dev.gavel.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import javax.imageio.ImageIO;

/**
 * The contrast of text with its background, read from a screenshot of the text's box the way WCAG 2
 * measures colours: the background is the commonest colour, the text the commonest colour that
 * clearly differs from it (anti-aliased edges are many colours, each of them rare).
 */
public final class Contrast {

  private Contrast() {}

  public static double ofText(byte[] png) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
      }
    }
    int background =
        counts.entrySet().stream().max(Entry.comparingByValue()).orElseThrow().getKey();
    double ground = luminance(background);
    int text =
        counts.entrySet().stream()
            .filter(colour -> ratio(luminance(colour.getKey()), ground) >= 1.5)
            .max(Entry.comparingByValue())
            .map(Entry::getKey)
            .orElse(background);
    return ratio(luminance(text), ground);
  }

  public static double ratio(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** WCAG 2's relative luminance of an sRGB colour. */
  public static double luminance(int rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
