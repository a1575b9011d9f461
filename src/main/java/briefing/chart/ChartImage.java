package briefing.chart;

import java.nio.charset.StandardCharsets;

/** A rendered chart: SVG for the page, PNG beside it; both byte-for-byte the same for the same spec. */
public record ChartImage(byte[] svg, byte[] png, int width, int height) {

    public String svgText() {
        return new String(svg, StandardCharsets.UTF_8);
    }
}
