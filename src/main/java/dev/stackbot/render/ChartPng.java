package dev.stackbot.render;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** What the charts share: headless drawing, one look, and PNG bytes in memory. */
final class ChartPng {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x22, 0x22, 0x22);

    private ChartPng() {
    }

    /**
     * Java2D must know it has no display before its first use: a server has none, and without the flag AWT
     * would look for one. Set here, where drawing starts, so every entry point (bot, CLI, tests) draws alike;
     * a flag set on the command line wins.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The shared look: white, no border, readable sans-serif text. */
    static void style(Styler styler) {
        styler.setChartBackgroundColor(BACKGROUND);
        styler.setPlotBackgroundColor(BACKGROUND);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(TITLE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartFontColor(INK);
        styler.setLegendFont(TEXT);
        styler.setLegendBorderColor(BACKGROUND);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setChartPadding(16);
        styler.setAntiAlias(true);
    }

    /**
     * Runs a drawing; any failure of it (a machine whose Java2D cannot draw: no fonts, a broken native library)
     * is reported as {@link IllegalStateException}, so the caller can send its text without the image.
     */
    static byte[] draw(java.util.function.Supplier<byte[]> drawing) {
        headless();
        try {
            return drawing.get();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // a JRE without fonts fails deep inside Java2D, with an NPE or a plain Error ("No fonts found"): the
            // picture is an extra beside the text, so whatever breaks it must not break the answer
            throw new IllegalStateException("the chart cannot be drawn: " + e, e);
        }
    }

    static byte[] encode(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            // encoding into memory touches no file: an IOException here is a bug, not a user's problem
            throw new UncheckedIOException("a chart could not be encoded as PNG", e);
        }
    }
}
