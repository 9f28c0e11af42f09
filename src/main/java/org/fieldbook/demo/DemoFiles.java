package org.fieldbook.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small attachment files for the demo: drawn "photos" (PNG) and a one-page PDF written by hand. */
final class DemoFiles {
    private DemoFiles() {
    }

    /** A 480×320 picture of a street scene with a caption, drawn without any display. */
    static byte[] photo(String caption, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(150 + r.nextInt(60), 190 + r.nextInt(40), 230));
            g.fillRect(0, 0, 480, 320);
            int x = 0;
            while (x < 480) {
                int w = 50 + r.nextInt(70);
                int h = 110 + r.nextInt(120);
                g.setColor(new Color(120 + r.nextInt(110), 90 + r.nextInt(90), 70 + r.nextInt(80)));
                g.fillRect(x, 270 - h, w - 4, h);
                g.setColor(new Color(240, 230, 190));
                for (int wy = 280 - h; wy < 250; wy += 28) {
                    for (int wx = x + 8; wx < x + w - 16; wx += 20) {
                        g.fillRect(wx, wy, 10, 14);
                    }
                }
                x += w;
            }
            g.setColor(new Color(90, 90, 95));
            g.fillRect(0, 270, 480, 50);
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, 290, 480, 30);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString(caption, 10, 310);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid one-page PDF (Helvetica, WinAnsi text) with the given lines; offsets computed for the xref table. */
    static byte[] pdf(String title, List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(escape(title)).append(") Tj ET\n");
        int y = 750;
        for (String line : lines) {
            content.append("BT /F1 11 Tf 56 ").append(y).append(" Td (").append(escape(line)).append(") Tj ET\n");
            y -= 16;
        }
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, "5 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
        out.writeBytes(stream);
        write(out, "endstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int off : offsets) {
            table.append(String.format("%010d 00000 n \n", off));
        }
        table.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '(' || ch == ')' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch <= 0xFF) {
                b.append(ch);
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }
}
