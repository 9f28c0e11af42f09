package org.fieldbook.bench;

/** Findings text for a full-size profile: three findings per area with paragraphs, lists, a quote and a table. */
public final class ReportBenchmarkBodies {
    private ReportBenchmarkBodies() {
    }

    public static String areaBody(String title) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            b.append("## ").append(title).append(": finding ").append(i).append("\n\n");
            for (int p = 0; p < 4; p++) {
                b.append("The visit found that the city's work on ").append(title.toLowerCase())
                        .append(" rests on **clear commitments** and on *many partners*. Officials described how departments ")
                        .append("share information, how residents of every origin are consulted, and where the gaps remain. ")
                        .append("Several stakeholders gave examples, and the evidence collected supports the self-assessment ")
                        .append("in most respects while showing that monitoring is still uneven across districts.\n\n");
            }
            b.append("- a first observation on the practice\n- a second observation with a [reference](https://www.coe.int/)\n")
                    .append("- a third observation\n\n");
            b.append("1. short-term step\n2. medium-term step\n3. long-term step\n\n");
            b.append("> We would like the city to listen to us more often.\n\n");
            b.append("| Indicator | 2019 | 2023 |\n| --- | ---: | ---: |\n| Staff trained | 12 | 48 |\n| Projects funded | 3 | 9 |\n\n");
        }
        return b.toString();
    }
}
