package org.fieldbook.index.workbook;

import java.util.Locale;
import org.fieldbook.index.definition.AreaDefinition;

/**
 * Where things are in an answers workbook. Area sheets: column A (hidden) holds the key of the row
 * ("question id", or "question id|option id" for a multiple-choice tick row), F the answer, G the evidence.
 * The very hidden sheet {@value #META} holds the questionnaire id (also the named range
 * {@value #NAME_QUESTIONNAIRE}) and which sheet holds which area.
 */
public final class WorkbookLayout {
    public static final String META = "_fieldbook";
    public static final String LISTS = "_lists";
    public static final String NAME_QUESTIONNAIRE = "FIELDBOOK_QUESTIONNAIRE";
    public static final String FORMAT = "fieldbook-index-answers-1";
    public static final int COL_KEY = 0;
    public static final int COL_NUMBER = 1;
    public static final int COL_QUESTION = 2;
    public static final int COL_HELP = 3;
    public static final int COL_HOW = 4;
    public static final int COL_ANSWER = 5;
    public static final int COL_EVIDENCE = 6;
    public static final int FIRST_ROW = 2;
    /** Rows of the meta sheet: questionnaire id, edition, format; area mapping from {@link #META_AREAS}. */
    public static final int META_QUESTIONNAIRE = 0;
    public static final int META_FORMAT = 2;
    public static final int META_AREAS = 5;
    public static final char OPTION_SEPARATOR = '|';

    private WorkbookLayout() {
    }

    /** The sheet name for an area: its order and title, within Excel's 31 characters and allowed letters. */
    public static String sheetName(AreaDefinition a, String language) {
        String title = a.title(language).replaceAll("[\\\\/?*\\[\\]:']", " ").trim();
        String name = String.format(Locale.ROOT, "%02d %s", a.order(), title);
        return name.length() > 31 ? name.substring(0, 31).trim() : name;
    }
}
