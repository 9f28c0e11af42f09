package org.fieldbook.profile.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Native Word bar charts (DrawingML chart parts with their data in an embedded workbook, editable in Word),
 * rates in percent on a 0–100 axis.
 */
final class WordCharts {
    static final long EMU_PER_CM = 360_000L;
    private static final byte[][] COLOURS = {
            {(byte) 0x00, (byte) 0x33, (byte) 0x99}, // self-assessed: Council of Europe blue
            {(byte) 0xF2, (byte) 0xA9, (byte) 0x00}, // verified: amber
            {(byte) 0x9E, (byte) 0x9E, (byte) 0x9E}}; // sample: grey

    private WordCharts() {
    }

    /** One series of values per category; a null value is left out of its series. */
    record Series(String name, Double[] values) {
    }

    static XWPFChart bars(XWPFDocument doc, XWPFRun run, String title, List<String> categories, List<Series> series,
                          boolean horizontal, long widthEmu, long heightEmu) {
        XWPFChart chart;
        try {
            chart = doc.createChart(run, (int) widthEmu, (int) heightEmu);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot add a chart: " + e.getMessage(), e);
        }
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        var titleRun = chart.getTitle().getBody().getParagraph(0);
        titleRun.addDefaultRunProperties().setFontSize(12.0);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis catAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valAxis.setMinimum(0);
        valAxis.setMaximum(100);
        valAxis.setMajorUnit(20);
        valAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            catAxis.setOrientation(AxisOrientation.MAX_MIN);
            valAxis.setCrosses(AxisCrosses.MAX);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, catAxis, valAxis);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(60);
        int n = categories.size();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values(),
                    chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFChartData.Series added = data.addSeries(cats, values);
            added.setTitle(s.name(), chart.setSheetTitle(s.name(), i + 1));
            added.setFillProperties(new XDDFSolidFillProperties(i < COLOURS.length
                    ? XDDFColor.from(COLOURS[i]) : XDDFColor.from(PresetColor.DARK_GRAY)));
        }
        chart.plot(data);
        return chart;
    }
}
