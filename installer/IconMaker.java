import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Fieldbook icon (a notebook with a map pin on a calm teal tile) at every size the installers need.
 * Run from the project folder: {@code java installer/IconMaker.java assets/icons}. Writes fieldbook-N.png for
 * N in 16..1024; build-icons.sh turns them into fieldbook.ico and fieldbook.icns.
 */
public final class IconMaker {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "assets/icons");
        out.mkdirs();
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", new File(out, "fieldbook-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 512.0, size / 512.0);

        // tile
        g.setPaint(new GradientPaint(0, 0, new Color(0x3A8C8A), 0, 512, new Color(0x24605F)));
        g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 112, 112));

        // notebook shadow and cover
        g.setColor(new Color(0, 0, 0, 45));
        g.fill(new RoundRectangle2D.Double(124, 100, 276, 340, 28, 28));
        g.setColor(new Color(0xF7F3EA));
        g.fill(new RoundRectangle2D.Double(112, 88, 276, 340, 28, 28));
        // spine band
        g.setColor(new Color(0xE2DACB));
        g.fill(new RoundRectangle2D.Double(112, 88, 54, 340, 28, 28));
        g.fillRect(140, 88, 26, 340);

        // rings
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x5B6B73));
        for (int y = 132; y <= 392; y += 52) {
            g.drawLine(96, y, 136, y);
        }

        // ruled lines
        if (size >= 48) {
            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xB9C6C8));
            g.drawLine(196, 150, 344, 150);
            g.drawLine(196, 200, 344, 200);
            g.drawLine(196, 250, 300, 250);
        }

        // map pin
        double cx = 318;
        double top = 250;
        double r = 62;
        Path2D tail = new Path2D.Double();
        tail.moveTo(cx - r * 0.86, top + r * 1.25);
        tail.quadTo(cx - r * 0.3, top + r * 2.2, cx, top + r * 2.75);
        tail.quadTo(cx + r * 0.3, top + r * 2.2, cx + r * 0.86, top + r * 1.25);
        tail.closePath();
        Area pin = new Area(new Ellipse2D.Double(cx - r, top, 2 * r, 2 * r));
        pin.add(new Area(tail));
        g.setColor(new Color(0, 0, 0, 50));
        g.translate(6, 8);
        g.fill(pin);
        g.translate(-6, -8);
        g.setColor(new Color(0xE07A5F));
        g.fill(pin);
        g.setColor(new Color(0xF7F3EA));
        double hole = r * 0.42;
        g.fill(new Ellipse2D.Double(cx - hole, top + r - hole, 2 * hole, 2 * hole));
        g.dispose();
        return img;
    }
}
