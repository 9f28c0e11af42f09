package org.fieldbook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.fieldbook.index.answer.AnswerImportException;
import org.fieldbook.index.answer.ImportProblem;
import org.fieldbook.index.results.ResultImportException;
import org.fieldbook.index.results.ResultProblem;
import org.junit.jupiter.api.Test;

class ImportRefusalTest {
    @Test
    void oneProblemIsSaidWithoutACount() {
        assertEquals("a.csv: nothing imported; row 2: bad", ImportRefusal.message("a.csv", List.of("row 2: bad")));
    }

    @Test
    void manyProblemsAreCountedAndTheFirstTwentyListed() {
        List<String> problems = IntStream.rangeClosed(1, 25).mapToObj(i -> "p" + i).toList();
        String m = ImportRefusal.message("b.xlsx", problems);
        assertTrue(m.startsWith("b.xlsx: nothing imported; 25 problems: p1; p2; "), m);
        assertTrue(m.endsWith("; p20; …"), m);
        assertEquals("c.csv: nothing imported; 2 problems: x; y", ImportRefusal.message("c.csv", List.of("x", "y")));
    }

    @Test
    void bothImportExceptionsSayIt() {
        ResultProblem r = new ResultProblem(2, "city", "missing");
        assertEquals(ImportRefusal.message("r.csv", List.of(r)), new ResultImportException("r.csv", List.of(r)).getMessage());
        ImportProblem a = new ImportProblem(null, 4, "q1", "not a number");
        assertEquals(ImportRefusal.message("a.json", List.of(a)), new AnswerImportException("a.json", List.of(a)).getMessage());
    }
}
