package org.fieldbook.index.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native Excel clustered bar chart of the area rates on the summary sheet (POI XDDF). */
final class AreaChart {
    private AreaChart() {
    }

    /**
     * Adds the chart: categories are column A rows 2..areas+1; series are columns D (self), E (verified) and,
     * when {@code series} is 3, G (sample mean); placed from column {@code atColumn}.
     */
    static XSSFChart add(XSSFSheet sh, int areas, int series, String title, int atColumn) {
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, atColumn, 1, atColumn + 14, 1 + Math.max(24, areas + 8));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setMinimum(0);
        y.setMaximum(100);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sh, new CellRangeAddress(1, areas, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        int[] cols = series == 3 ? new int[] {3, 4, 6} : new int[] {3, 4};
        for (int col : cols) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sh,
                    new CellRangeAddress(1, areas, col, col));
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(cats, values);
            s.setTitle(sh.getRow(0).getCell(col).getStringCellValue(), new CellReference(sh.getSheetName(), 0, col, true, true));
        }
        chart.plot(data);
        return chart;
    }
}
