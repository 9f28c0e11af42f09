package org.fieldbook.profile.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellReference;
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
    /** Series colours as RGB: self-assessed Council of Europe blue, verified amber, sample grey. */
    private static final java.util.List<Integer> COLOURS = java.util.List.of(0x003399, 0xF2A900, 0x9E9E9E);

    private WordCharts() {
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
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
        // The cells the chart refers to; their values are in the chart (cache) and in the embedded workbook below.
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                ChartWorkbook.range(0, 1, n), 0);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(s.values(),
                    ChartWorkbook.range(i + 1, 1, n), i + 1);
            XDDFChartData.Series added = data.addSeries(cats, values);
            added.setTitle(s.name(), new CellReference(ChartWorkbook.SHEET, 0, i + 1, true, true));
            added.setFillProperties(new XDDFSolidFillProperties(i < COLOURS.size()
                    ? XDDFColor.from(rgb(COLOURS.get(i))) : XDDFColor.from(PresetColor.DARK_GRAY)));
        }
        // Series by series rather than chart.plot(data), which builds the embedded workbook with POI's XSSF: loading
        // that machinery was most of a report's time in a fresh process (issue 13). The workbook is written directly.
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).plot();
        }
        embed(doc, chart, ChartWorkbook.xlsx(categories, series));
        return chart;
    }

    /** Adds the chart's data as an embedded workbook (a package part related to the chart), as Word does. */
    private static void embed(XWPFDocument doc, XWPFChart chart, byte[] xlsx) {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName name;
            int i = 1;
            do {
                name = PackagingURIHelper.createPartName("/word/embeddings/Microsoft_Excel_Worksheet" + i++ + ".xlsx");
            } while (pkg.containPart(name));
            PackagePart part = pkg.createPart(name, XLSX_CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xlsx);
            }
            PackageRelationship rel = chart.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    POIXMLDocument.PACK_OBJECT_REL_TYPE);
            chart.setExternalId(rel.getId());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("Cannot add a chart's data: " + e.getMessage(), e);
        }
    }

    static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
